#pragma once

#include "AnalysisText.h"

#include <QHash>
#include <QStringList>

namespace tw::analysis {

/**
 * Tier names as the document writes them. Names are learnt from the normalised text, where Traditional
 * characters are Simplified ("黃金計劃" is read as "黄金计划"); a reader of a Hong Kong or Taiwan proposal
 * expects the document's own characters. Gives, for each of @p names the document writes otherwise, the
 * written form (the first place it occurs); names written as learnt are left out.
 */
QHash<QString, QString> tierNamesAsWritten(const AnalysisText &text, const QStringList &names);

} // namespace tw::analysis
