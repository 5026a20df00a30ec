#pragma once

#include "AnalysisResult.h"

#include <QJsonObject>

namespace tw::analysis {

/** The analyze command's JSON: document, rule_packs, terms, findings (plus coverage and warnings). */
QJsonObject analysisToJson(const Document &document, const AnalysisResult &result);

/** One term as JSON: key, tier, priority, quote, page, bbox and its value fields. */
QJsonObject termToJson(const SlaTerm &term);
/** One finding as JSON: category, rule, severity, quote, page, bbox, explanation, suggestion. */
QJsonObject findingToJson(const Finding &finding);

} // namespace tw::analysis
