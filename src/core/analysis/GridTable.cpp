#include "GridTable.h"

#include <QRegularExpression>

namespace tw::analysis {

namespace {

bool isGridRule(const QString &line)
{
    static const QRegularExpression rule(QStringLiteral(R"(^\s*\+[-=+:]*-[-=+:]*\+\s*$)"));
    return rule.match(line).hasMatch();
}

// The cells of a line drawn between | borders, trimmed; none for any other line.
QStringList borderedCells(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.size() < 3 || !trimmed.startsWith(QLatin1Char('|')) || !trimmed.endsWith(QLatin1Char('|')) ||
        trimmed.count(QLatin1Char('|')) < 3)
        return {};
    QStringList cells = trimmed.mid(1, trimmed.size() - 2).split(QLatin1Char('|'));
    for (QString &cell : cells)
        cell = cell.trimmed();
    return cells;
}

// A bordered line of a grid: where it stands and its cells, split once.
struct DrawnLine
{
    int index;
    QStringList cells;
};

// One row from the lines it is drawn on: each column's pieces joined by a space.
GridRow joinedRow(const QList<DrawnLine> &rowLines, int table)
{
    QStringList cells;
    for (const DrawnLine &line : rowLines) {
        for (int c = 0; c < line.cells.size(); ++c) {
            if (c >= cells.size())
                cells << QString();
            const QString &piece = line.cells.at(c);
            if (!piece.isEmpty())
                cells[c] = cells.at(c).isEmpty() ? piece : cells.at(c) + QLatin1Char(' ') + piece;
        }
    }
    return GridRow{cells, table};
}

} // namespace

GridTables gridTables(const QStringList &lines)
{
    GridTables tables;
    int tableCount = 0;
    const int count = int(lines.size());
    for (int first = 0; first < count; ++first) {
        if (!isGridRule(lines.at(first)))
            continue;
        // The grid: rules and bordered lines from its top rule on, grouped by the rules between them.
        int end = first;
        QList<QList<DrawnLine>> groups{{}};
        for (; end < count; ++end) {
            if (isGridRule(lines.at(end))) {
                if (!groups.last().isEmpty())
                    groups << QList<DrawnLine>();
                continue;
            }
            QStringList cells = borderedCells(lines.at(end));
            if (cells.isEmpty())
                break;
            groups.last() << DrawnLine{end, std::move(cells)};
        }
        if (groups.last().isEmpty())
            groups.removeLast();
        if (groups.isEmpty()) {
            first = end - 1;
            continue;
        }
        for (int i = first; i < end; ++i)
            tables.lines.insert(i);
        // The header is the group above the first rule; below it, a line whose first cell is blank goes on
        // the row above (a group may hold several rows: "| GOLD | … |" / "| SILVER | … |").
        for (int g = 0; g < groups.size(); ++g) {
            const QList<DrawnLine> &group = groups.at(g);
            if (g == 0 && groups.size() >= 2) {
                tables.rows.insert(group.first().index, joinedRow(group, tableCount));
                continue;
            }
            QList<DrawnLine> row;
            for (const DrawnLine &line : group) {
                if (!row.isEmpty() && !line.cells.first().isEmpty()) {
                    tables.rows.insert(row.first().index, joinedRow(row, tableCount));
                    row.clear();
                }
                row << line;
            }
            if (!row.isEmpty())
                tables.rows.insert(row.first().index, joinedRow(row, tableCount));
        }
        ++tableCount;
        first = end - 1;
    }
    return tables;
}

} // namespace tw::analysis
