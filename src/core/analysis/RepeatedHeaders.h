#pragma once

#include "TextSegment.h"

namespace tw::analysis {

/**
 * Drops the header rows a table repeats where it goes on over a page break ("区域 | 覆盖省（市） | 服务时间 |
 * …" again at the top of page 3): the repeat is no row of values, and its first cell ("区域") no tier.
 * Gives the segments without each row whose cells are those of its table's header, the segment references
 * (header, enclosing row) renumbered.
 */
QList<TextSegment> dropRepeatedHeaders(const QList<TextSegment> &segments);

} // namespace tw::analysis
