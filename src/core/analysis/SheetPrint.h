#pragma once

#include "core/model/Document.h"

#include <QList>

#include <list>

namespace tw::analysis {

/**
 * Takes the margins off a page printed from a spreadsheet with its headings: the ruler of column letters
 * ("A  B  C  D") above the grid and the row numbers ("1", "2", … "14") down its left edge. They are the
 * spreadsheet's, not the document's: left in, the letters become the table's header and the numbers its
 * first column. Gives the page's lines without them (a line that starts with its row number comes back
 * as a copy without it, kept in @p storage); a page without a ruler comes back as it was.
 */
QList<const TextLine *> withoutSheetMargins(const QList<const TextLine *> &lines, std::list<TextLine> *storage);

} // namespace tw::analysis
