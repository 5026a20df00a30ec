#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace tw::analysis {

/**
 * Tables of plain text (e-mails, text exports) laid out in fixed-width columns under a dashed rule:
 *
 *     Qty  Server / role      Support level         Per unit
 *     ---  -----------------  --------------------  ---------
 *      2   Dell R750 (SQL01)  ProSupport 4hr MC     $2,940.00
 *
 * The rule's dash groups give the columns; the line above it is the header, the lines below it are
 * rows for as long as they leave the column boundaries blank.
 */
struct FixedWidthTables
{
    QHash<int, QStringList> rows; ///< cells by line index (header and body rows)
    QSet<int> rules;              ///< the dashed rule lines themselves (not text)
};

FixedWidthTables fixedWidthTables(const QStringList &lines);

} // namespace tw::analysis
