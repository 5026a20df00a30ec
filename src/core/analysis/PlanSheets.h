#pragma once

#include "AnalysisText.h"

#include <QPair>

namespace tw::analysis {

/**
 * Plans set out as sheets of service fields, one per plan: the learners of TierLearning that read a plan from the
 * sheet of fields ("服务时间 | …", "响应 | …", "价格 | …") it heads rather than from its name.
 */

/** True when the section opened by the numbered heading at segments[from] (up to the next one) holds a plan's sheet
 *  of fields: a two-column table with three rows or more labelled by service fields. */
bool headsPlanSheet(const QList<PreparedSegment> &segments, int from);

/** The plans (name, name as written) each set out in a two-column sheet of its own under the same corner label
 *  ("服务项目 | 省心版", "服务项目 | 安心版"), when two sheets or more name different plans. */
QList<QPair<QString, QString>> siblingPlanSheets(const QList<PreparedSegment> &segments);

/** Adds the plans led by markdown sections of one level ("## 省心版｜…", "## 放心版｜…") once two of them are known
 *  tiers: the others whose names end alike. */
void addMarkdownSectionSiblings(const QList<PreparedSegment> &segments, TierContext *tiers);

/** True when two names are whole cells of the same column of one table ("机房 | 地点" over "主机房", "备援机房"). */
bool sameTableColumn(const QList<PreparedSegment> &segments, const QString &a, const QString &b);

} // namespace tw::analysis
