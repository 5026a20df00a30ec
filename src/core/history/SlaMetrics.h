#pragma once

#include "BusinessCalendar.h"
#include "DurationStats.h"
#include "ImportedTickets.h"
#include "SlaTargets.h"

#include <QString>

#include <vector>

namespace tw::history {

/** One month of a group's tickets (by the month they were opened). */
struct MonthlyMetrics
{
    QString month; ///< "2024-03"
    qint64 count = 0;
    DurationStats response;
    DurationStats onsite;
    DurationStats resolution;
};

/** Metrics of one vendor and priority. Durations without a value (no on-site visit) are left out. */
struct GroupMetrics
{
    QString vendor;
    QString priority;
    qint64 count = 0;
    DurationStats response;
    DurationStats onsite;
    DurationStats resolution;
    double mttr = 0; ///< mean time to resolve, minutes (= resolution.mean)
    std::vector<MonthlyMetrics> months;
};

/** What a vendor promised for one priority and metric against what it delivered. */
struct PromiseCheck
{
    QString priority;
    QString metric;                 ///< "response", "onsite" or "resolution"
    std::optional<double> promised; ///< minutes
    double deliveredP90 = 0;        ///< the duration met in 90 % of cases, minutes
    double deliveredMedian = 0;
    std::optional<double> attainment;
    std::optional<double> factor; ///< deliveredP90 / promised: 1.0 keeps the promise, 2.0 takes twice as long
    qint64 tickets = 0;
};

/** Per vendor: totals and the promised-vs-delivered comparison the evaluation uses. */
struct VendorMetrics
{
    QString vendor;
    qint64 tickets = 0;
    double mttr = 0;
    std::vector<PromiseCheck> checks;
    /** The worst factor over the checks with targets (the one to discount a promise by); empty without targets. */
    std::optional<double> worstFactor;
};

/** Everything computed from one import. */
struct SlaHistory
{
    std::vector<GroupMetrics> groups;
    std::vector<VendorMetrics> vendors;
};

/**
 * Computes durations in the calendar (7x24 counts elapsed UTC time; other calendars count business
 * seconds of local wall time) and their statistics per vendor and priority.
 */
SlaHistory computeSlaHistory(const ImportedTickets &tickets, const BusinessCalendar &calendar,
                             const SlaTargets &targets);

/** One ticket's duration from opening to a moment in the calendar; nothing when the moment is missing. */
std::optional<qint64> ticketDuration(const ImportedTickets &tickets, const BusinessCalendar &calendar, qint64 opened,
                                     qint64 moment);

} // namespace tw::history
