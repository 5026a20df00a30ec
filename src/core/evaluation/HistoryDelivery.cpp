#include "HistoryDelivery.h"

#include "core/history/CalendarSpec.h"
#include "core/history/SlaMetrics.h"
#include "core/history/SlaTargets.h"

#include <cmath>

namespace tw::evaluation {

std::optional<double> TierDelivery::headlineAttainment() const
{
    for (const DeliveryRecord *record : {&onsite, &response, &resolution}) {
        if (record->tickets > 0 && record->attainmentPercent)
            return record->attainmentPercent;
    }
    return std::nullopt;
}

std::optional<TierDelivery> HistoryDelivery::measure(const HistorySet &set, const QString &vendorName,
                                                     double responseMinutes, double onsiteMinutes,
                                                     double resolutionMinutes, QString *error)
{
    history::CalendarSpec calendarSpec;
    const auto calendar = calendarSpec.parse(set.calendar);
    if (!calendar) {
        if (error)
            *error = calendarSpec.errorString();
        return std::nullopt;
    }

    // One vendor (the spec's name, whatever the export calls it) and one pooled priority "P1".
    history::ImportedTickets tickets = set.tickets;
    const QString pooled = QStringLiteral("P1");
    QStringList priorities{pooled};
    std::vector<qint32> priorityMap(size_t(tickets.priorities.size()), -1);
    for (int i = 0; i < tickets.priorities.size(); ++i) {
        if (set.priorities.contains(tickets.priorities.at(i))) {
            priorityMap[size_t(i)] = 0;
        } else {
            // Keep other priorities apart under a name no target uses.
            priorityMap[size_t(i)] = qint32(priorities.size());
            priorities << QStringLiteral("other:") + tickets.priorities.at(i);
        }
    }
    for (history::TicketRecord &record : tickets.tickets) {
        record.vendor = 0;
        if (record.priority >= 0 && size_t(record.priority) < priorityMap.size())
            record.priority = priorityMap[size_t(record.priority)];
    }
    tickets.vendors = QStringList{vendorName};
    tickets.priorities = priorities;

    const bool businessCalendar = !calendar->calendar.isAllHours();
    const double coveredDayMinutes =
        businessCalendar ? double(calendar->calendar.endMinute() - calendar->calendar.startMinute()) : 1440.0;
    const auto targetMinutes = [&](double promised) {
        if (promised <= 0)
            return 0.0;
        if (businessCalendar && std::fmod(promised, 1440.0) == 0)
            return promised / 1440.0 * coveredDayMinutes;
        return promised;
    };
    QStringList parts;
    const auto addTarget = [&](const char *metric, double promised) {
        const double minutes = targetMinutes(promised);
        if (minutes > 0)
            parts << QStringLiteral("%1=%2").arg(QLatin1String(metric)).arg(qMax<qint64>(1, qRound64(minutes)));
    };
    addTarget("response", responseMinutes);
    addTarget("onsite", onsiteMinutes);
    addTarget("resolution", resolutionMinutes);
    history::SlaTargets targets;
    if (!parts.isEmpty() && !targets.addRule(pooled + QLatin1Char(':') + parts.join(QLatin1Char(',')))) {
        if (error)
            *error = targets.errorString();
        return std::nullopt;
    }

    const history::SlaHistory metrics = history::computeSlaHistory(tickets, calendar->calendar, targets);
    TierDelivery delivery;
    delivery.source = set.source;
    delivery.calendar = calendar->spec;
    for (const history::GroupMetrics &group : metrics.groups) {
        if (group.vendor != vendorName || group.priority != pooled)
            continue;
        delivery.tickets = group.count;
        const auto record = [&](const history::DurationStats &stats) {
            DeliveryRecord out;
            out.tickets = stats.count;
            if (stats.count == 0)
                return out;
            out.attainmentPercent = stats.attainment;
            if (!businessCalendar) {
                out.medianMinutes = stats.median;
                out.p90Minutes = stats.p90;
            }
            return out;
        };
        delivery.response = record(group.response);
        delivery.onsite = record(group.onsite);
        delivery.resolution = record(group.resolution);
    }
    return delivery;
}

} // namespace tw::evaluation
