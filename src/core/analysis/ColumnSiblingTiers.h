#pragma once

#include "AnalysisText.h"

namespace tw::analysis {

/**
 * Adds the tiers a table lists beside ones already learnt: a column headed "Site" (or "Plan", "站点", …) whose
 * cells name two learnt tiers and one or two other names ("Tbilisi Data Centre" above "Batumi Port Office" and
 * "Kutaisi Warehouse", the two a later table heads) names plans in all its cells. Totals are no plans.
 */
void addColumnSiblingTiers(const QList<PreparedSegment> &segments, TierContext *tiers);

} // namespace tw::analysis
