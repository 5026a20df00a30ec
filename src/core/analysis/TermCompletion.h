#pragma once

#include "AnalysisText.h"

#include "core/model/SlaTerm.h"

namespace tw::analysis {

/**
 * Values a term's own sentence or cell leaves open, filled from elsewhere in the document: a penalty's
 * cap from its row's cap column or a cap stated once for all credits; the basis of times from notes
 * ("注：关键业务级各项时间均按自然小时连续计算", "P3 and P4 times are counted in Business Hours"); the
 * holiday rule of a business-hours window from its paragraph or the definition of the business day.
 * termUnits gives the unit each term was found in.
 */
void completeFromContext(const AnalysisText &text, QList<SlaTerm> &terms, const QList<int> &termUnits);

} // namespace tw::analysis
