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

/** A row under a measure cell merged down over rows of priorities ("故障修复" beside 一级 / 二级 / 三级故障). */
struct SpannedMeasureRow
{
    QString label; ///< the measure and the row's own label ("故障修复 一级故障（业务中断/宕机）")
    QStringList priorities; ///< the priority the row's own label names
};

/**
 * Rows of measure × priority grids whose measure cell is merged down over the priorities and printed once,
 * on its middle row: the rows above and below that name a priority and have no first cell of their own
 * are the measure's too. By segment, the label row included.
 */
QHash<int, SpannedMeasureRow> spannedMeasureRows(const QList<PreparedSegment> &segments, const TierContext &tiers);

} // namespace tw::analysis
