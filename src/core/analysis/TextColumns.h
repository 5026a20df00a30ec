#pragma once

#include "core/model/Document.h"

#include <QList>

namespace tw::analysis {

/**
 * The stretches of a PDF page set in two newspaper columns ("Support Services Agreement" terms),
 * each with the lines of its left and of its right column in the reader's (Poppler's) order. Read as rows by height,
 * the two columns would make a two-cell table whose cells hold halves of unrelated sentences. A zone is a run of prose
 * lines within the left half followed by a run within the right half that starts higher up again; a table read column
 * by column has cells too short and too few per run to be one. @p lines are the page's lines in the reader's order.
 */
struct ColumnZone
{
    QList<const TextLine *> left;  ///< top to bottom
    QList<const TextLine *> right; ///< top to bottom, starting higher than the left column ends
};
QList<ColumnZone> textColumnZones(const QList<const TextLine *> &lines);

} // namespace tw::analysis
