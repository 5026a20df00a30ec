#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace tw::analysis {

/** One row of a bordered plain-text table, its cells joined over the lines it is drawn on. */
struct GridRow
{
    QStringList cells;
    int table = 0; ///< which grid of the text it belongs to, in order
};

/**
 * Plain-text tables drawn with borders (an e-mail's ASCII grid, a console export):
 *
 *     +-----+--------------------------------+-----------+
 *     | Opt | Service                        | GBP/srv/yr|
 *     +-----+--------------------------------+-----------+
 *     |  A  | HPE Foundation Care 24x7       |  1,284.00 |
 *     |     | (H8QT4PE) - 4 hr onsite, 24x7  |           |
 *
 * A row drawn over several lines is one row: the header above the first rule, and below it a line
 * whose first cell is blank goes on the row above it.
 */
struct GridTables
{
    QHash<int, GridRow> rows; ///< by the line index where each row starts
    QSet<int> lines;          ///< every line of a grid, rules included (none of it is prose)
};

GridTables gridTables(const QStringList &lines);

} // namespace tw::analysis
