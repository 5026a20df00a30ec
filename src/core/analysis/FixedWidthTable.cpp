#include "FixedWidthTable.h"

#include <QMap>
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

// Start of each column of a header line set with runs of spaces ("Plan        Cover       Response"): the
// line start and every word after two spaces or more. Three columns at least.
QList<int> spacedColumns(const QString &line)
{
    QList<int> starts;
    for (int i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char(' '))
            continue;
        if (starts.isEmpty() || (i >= 2 && line.at(i - 1) == QLatin1Char(' ') && line.at(i - 2) == QLatin1Char(' ')))
            starts << i;
    }
    return starts.size() >= 3 && starts.first() == 0 ? starts : QList<int>();
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
    // Tables without a rule line: a header of three columns or more set with runs of spaces and at
    // least two rows below it that are blank at every one of its column boundaries.
    for (int i = 0; i + 2 < lines.size(); ++i) {
        if (tables.rows.contains(i) || tables.rules.contains(i))
            continue;
        const QList<int> starts = spacedColumns(lines.at(i));
        if (starts.isEmpty())
            continue;
        QMap<int, QStringList> block;
        int row = i + 1;
        for (; row < lines.size() && !tables.rows.contains(row); ++row) {
            const QStringList cells = cellsOf(lines.at(row), starts);
            if (cells.isEmpty())
                break;
            block.insert(row, cells);
        }
        if (block.size() < 2)
            continue;
        tables.rows.insert(i, cellsOf(lines.at(i), starts));
        for (auto it = block.cbegin(); it != block.cend(); ++it)
            tables.rows.insert(it.key(), it.value());
        i = row - 1;
    }
    return tables;
}

} // namespace tw::analysis
