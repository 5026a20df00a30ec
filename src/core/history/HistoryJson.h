#pragma once

#include "CalendarSpec.h"
#include "ImportedTickets.h"
#include "SlaMetrics.h"

#include <QJsonObject>

namespace tw::history {

/**
 * The history report as JSON (snake_case keys, durations in minutes): calendar, ticket and bad-row
 * counts, bad rows, groups per vendor and priority, vendors' promised-vs-delivered comparison.
 */
QJsonObject historyToJson(const ImportedTickets &tickets, const SlaHistory &history, const ContractCalendar &calendar);

/** The same report as plain text for a terminal. */
QString historyToText(const ImportedTickets &tickets, const SlaHistory &history, const ContractCalendar &calendar);

} // namespace tw::history
