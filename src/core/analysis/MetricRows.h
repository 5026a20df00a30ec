#pragma once

#include "AnalysisText.h"

#include <QHash>
#include <QStringList>

namespace tw::analysis {

/** A table row whose measure is named in its own cell ("一级故障 | 响应时间 | 15 分钟 | 30 分钟"). */
struct MetricRow
{
    int cell = -1;             ///< the cell naming the measure (响应时间, Onsite)
    QStringList groupPriority; ///< the priority of the group of rows the row belongs to, or empty
};

/**
 * Rows of priority × measure grids, by segment: the priority cell is merged down over the group of
 * measures it governs and printed once, on its first or middle row (or, across a page break, only on
 * one part). A group starts where the first measure of the table comes round again.
 */
QHash<int, MetricRow> metricRows(const QList<PreparedSegment> &segments, const TierContext &tiers);

} // namespace tw::analysis
