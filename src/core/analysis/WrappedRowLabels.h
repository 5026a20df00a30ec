#pragma once

#include "TextSegment.h"

namespace tw::analysis {

/**
 * Rejoins a row label merged down several rows whose words run on to the next row ("Tier 2 –" beside a
 * tier's first row, "Production" beside its second, perhaps over a page break): a first cell that ends
 * with a dash or a joining word ("&", "and", "/") goes on in the first cell of the row below, which is
 * no label of its own. Gives the segments with each such pair of cells joined in the upper row and the lower
 * row's first cell left empty, as a label merged down the rows leaves it.
 */
QList<TextSegment> joinWrappedRowLabels(const QList<TextSegment> &segments);

} // namespace tw::analysis
