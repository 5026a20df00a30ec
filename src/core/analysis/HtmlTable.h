#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace tw::analysis {

/** One row of an HTML table, read into cells of plain text. */
struct HtmlRow
{
    QStringList cells;
    int table = 0; ///< which table of the text it belongs to, in order
};

/**
 * HTML tables inside Markdown or plain text (support pages exported from a web CMS):
 * <table><tr><th>Plan</th><th>Response</th></tr><tr><td>Gold</td><td>1 hour<br>24x7</td></tr></table>.
 * Rows are read whether the markup spans many lines or sits on one; a cell spanning columns
 * (colspan) leaves the columns after it empty and one spanning rows (rowspan) the rows below it,
 * as a merged cell of a Word table does. Line breaks in a cell (<br>, </p>, </li>) become "; ".
 */
struct HtmlTables
{
    QHash<int, QList<HtmlRow>> rows; ///< by the line index where each row starts
    QSet<int> lines;                 ///< every line of table markup (none of it is prose)
};

HtmlTables htmlTables(const QStringList &lines);

} // namespace tw::analysis
