#pragma once

#include "AnalysisText.h"

namespace tw::analysis {

/**
 * Learns the service tiers a document names and adds them to tiers: tier columns and features-by-tier
 * matrices of its tables, enumerations ("分为A和B两个级别", "two tiers: A and B"), sibling plan
 * paragraphs, list items and headings, and classes named throughout ("核心设备"/"一般设备",
 * "Category A"/"Category B"). Names are reported as the document writes them.
 */
void learnTiers(const QList<PreparedSegment> &segments, const QString &fullText, TierContext *tiers);

} // namespace tw::analysis
