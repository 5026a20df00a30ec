#include "FixedWidthTable.h"

#include <QRegularExpression>

namespace tw::analysis {

namespace {

// Start of each column: the dash groups of a rule line "---  -------  -----" (two groups at least).
QList<int> ruleColumns(const QString &line)
{
    static const QRegularExpression rule(QStringLiteral(R"(^\s*[-=]{2,}(?:\s+[-=]{2,})+\s*$)"));
    if (!rule.match(line).hasMatch())
        return {};
    QList<int> starts;
    for (int i = 0; i < line.size(); ++i) {
        if (line.at(i) != QLatin1Char(' ') && (i == 0 || line.at(i - 1) == QLatin1Char(' ')))
            starts << i;
    }
    return starts;
}

// A line is a row of the table when it is blank at every column boundary (just before each column
// after the first), has text in at least two columns and is padded somewhere (prose that happens to
// have spaces at the boundaries has single spaces only).
QStringList cellsOf(const QString &line, const QList<int> &starts)
{
    if (!line.trimmed().contains(QLatin1String("  ")))
        return {};
    for (int k = 1; k < starts.size(); ++k) {
        const int boundary = starts.at(k) - 1;
        if (boundary < line.size() && line.at(boundary) != QLatin1Char(' '))
            return {};
    }
    QStringList cells;
    int filled = 0;
    for (int k = 0; k < starts.size(); ++k) {
        const int from = k == 0 ? 0 : starts.at(k);
        const int to = k + 1 < starts.size() ? starts.at(k + 1) : int(line.size());
        const QString cell = from < line.size() ? line.mid(from, to - from).trimmed() : QString();
        filled += cell.isEmpty() ? 0 : 1;
        cells << cell;
    }
    return filled >= 2 ? cells : QStringList();
}

} // namespace

FixedWidthTables fixedWidthTables(const QStringList &lines)
{
    FixedWidthTables tables;
    for (int i = 0; i < lines.size(); ++i) {
        const QList<int> starts = ruleColumns(lines.at(i));
        if (starts.isEmpty())
            continue;
        tables.rules.insert(i);
        if (i > 0 && !tables.rows.contains(i - 1)) {
            const QStringList header = cellsOf(lines.at(i - 1), starts);
            if (!header.isEmpty())
                tables.rows.insert(i - 1, header);
        }
        int row = i + 1;
        for (; row < lines.size(); ++row) {
            if (!ruleColumns(lines.at(row)).isEmpty())
                break;
            const QStringList cells = cellsOf(lines.at(row), starts);
            if (cells.isEmpty())
                break;
            tables.rows.insert(row, cells);
        }
        i = row - 1;
    }
    return tables;
}

} // namespace tw::analysis
