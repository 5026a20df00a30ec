#pragma once

#include "AnalysisText.h"

#include "core/model/SlaTerm.h"

namespace tw::analysis {

/**
 * What the lines around a table say of all its cells, filled into the terms read from them:
 * - a note under the table naming the one priority its times are for ("注 1：表中时限适用于一级故障",
 *   "Times in the table above apply to Severity 1 incidents") gives that priority to its times that
 *   have none;
 * - a row of holiday rules ("节假日 | 全年无休 | 含法定节假日 | 仅限工作日", "Public holidays | Included |
 *   Excluded") gives each plan's coverage in the same table its holiday rule;
 * - a note under a price table saying what its unit prices are per ("Unit prices for recurring items are per
 *   server per month", "以上单价为每台设备每年的服务费") gives that unit to the unit-price cells that state none.
 * termUnits gives the unit each term was found in.
 */
void fillFromTableNotes(const AnalysisText &text, QList<SlaTerm> &terms, const QList<int> &termUnits);

} // namespace tw::analysis
