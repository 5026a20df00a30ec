#include "SlaMetrics.h"

#include "CivilDate.h"
#include "PriorityLabel.h"

#include <algorithm>
#include <unordered_map>

namespace tw::history {

namespace {

constexpr qint64 kNoDuration = kNoTime;

struct Sample
{
    qint32 month;
    std::array<qint64, 3> durations; // response, onsite, resolution; kNoDuration when absent
};

qint32 monthKey(qint64 localSeconds)
{
    const CivilDate date = civilFromDays(dayOfSeconds(localSeconds));
    return qint32(date.year * 12 + date.month - 1);
}

QString monthText(qint32 key)
{
    return QStringLiteral("%1-%2").arg(key / 12, 4, 10, QLatin1Char('0')).arg(key % 12 + 1, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> targetOf(const SlaTarget *target, int metric)
{
    if (!target)
        return std::nullopt;
    return metric == 0 ? target->response : metric == 1 ? target->onsite : target->resolution;
}

// Statistics of each metric over samples[begin, end).
// values is scratch space reused between calls: fresh pages for every group cost more than the statistics.
std::array<DurationStats, 3> statsOf(const std::vector<Sample> &samples, size_t begin, size_t end,
                                     const SlaTarget *target, std::vector<qint64> &values)
{
    std::array<DurationStats, 3> result;
    values.reserve(end - begin);
    for (int metric = 0; metric < 3; ++metric) {
        values.clear();
        for (size_t i = begin; i < end; ++i) {
            if (samples[i].durations[size_t(metric)] != kNoDuration)
                values.push_back(samples[i].durations[size_t(metric)]);
        }
        result[size_t(metric)] = computeDurationStats(values, targetOf(target, metric));
    }
    return result;
}

const char *const kMetricNames[] = {"response", "onsite", "resolution"};

} // namespace

std::optional<qint64> ticketDuration(const ImportedTickets &tickets, const BusinessCalendar &calendar, qint64 opened,
                                     qint64 moment)
{
    if (moment == kNoTime || opened == kNoTime)
        return std::nullopt;
    if (calendar.isAllHours()) {
        // Elapsed time is a UTC difference: a DST change inside the interval adds or removes an hour.
        if (tickets.zone.isFloating() || tickets.zone.isFixed())
            return moment - opened;
        return tickets.zone.toUtc(moment) - tickets.zone.toUtc(opened);
    }
    return calendar.businessSeconds(opened, moment);
}

SlaHistory computeSlaHistory(const ImportedTickets &tickets, const BusinessCalendar &calendar,
                             const SlaTargets &targets)
{
    const qint64 priorityCount = qMax<qint64>(1, tickets.priorities.size());
    const qint64 keyCount = qMax<qint64>(1, tickets.vendors.size()) * priorityCount;
    // Vendors times priorities is small in practice: a flat table beats hashing every ticket.
    const bool flat = keyCount <= 1000000;
    std::vector<qint32> flatIndex(flat ? size_t(keyCount) : 0, -1);
    std::unordered_map<qint64, size_t> groupIndex;
    std::vector<std::vector<Sample>> groupSamples;
    std::vector<std::pair<qint32, qint32>> groupKeys;
    const auto groupOf = [&](const TicketRecord &ticket) -> size_t {
        const qint64 key = qint64(ticket.vendor) * priorityCount + ticket.priority;
        if (flat && flatIndex[size_t(key)] >= 0)
            return size_t(flatIndex[size_t(key)]);
        if (!flat) {
            const auto it = groupIndex.find(key);
            if (it != groupIndex.end())
                return it->second;
        }
        const size_t index = groupSamples.size();
        if (flat)
            flatIndex[size_t(key)] = qint32(index);
        else
            groupIndex.emplace(key, index);
        groupSamples.emplace_back();
        groupKeys.emplace_back(ticket.vendor, ticket.priority);
        return index;
    };
    // Counted first so each group's samples are allocated once.
    std::vector<size_t> groupSizes;
    for (const TicketRecord &ticket : tickets.tickets) {
        const size_t index = groupOf(ticket);
        if (index >= groupSizes.size())
            groupSizes.resize(index + 1, 0);
        ++groupSizes[index];
    }
    for (size_t i = 0; i < groupSamples.size(); ++i)
        groupSamples[i].reserve(groupSizes[i]);
    for (const TicketRecord &ticket : tickets.tickets) {
        const size_t index = groupOf(ticket);
        Sample sample;
        sample.month = monthKey(ticket.opened);
        const qint64 moments[] = {ticket.responded, ticket.onsite, ticket.resolved};
        for (int metric = 0; metric < 3; ++metric)
            sample.durations[size_t(metric)] =
                ticketDuration(tickets, calendar, ticket.opened, moments[metric]).value_or(kNoDuration);
        groupSamples[index].push_back(sample);
    }

    // Vendors by name, priorities P1..P9 then others.
    std::vector<size_t> order(groupSamples.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const QString &vendorA = tickets.vendors.at(groupKeys[a].first);
        const QString &vendorB = tickets.vendors.at(groupKeys[b].first);
        if (vendorA != vendorB)
            return vendorA < vendorB;
        return prioritySortKey(tickets.priorities.at(groupKeys[a].second)) <
               prioritySortKey(tickets.priorities.at(groupKeys[b].second));
    });

    SlaHistory history;
    std::vector<qint64> scratchValues;
    std::vector<Sample> scratchSamples;
    long double vendorResolutionSum = 0;
    qint64 vendorResolutionCount = 0;
    for (size_t position = 0; position < order.size(); ++position) {
        const size_t index = order[position];
        std::vector<Sample> &samples = groupSamples[index];
        GroupMetrics group;
        group.vendor = tickets.vendors.at(groupKeys[index].first);
        group.priority = tickets.priorities.at(groupKeys[index].second);
        group.count = qint64(samples.size());
        const SlaTarget *target = targets.find(group.priority);
        const auto all = statsOf(samples, 0, samples.size(), target, scratchValues);
        group.response = all[0];
        group.onsite = all[1];
        group.resolution = all[2];
        group.mttr = group.resolution.mean;

        // Grouped by month with a counting sort: a few dozen months, a linear pass.
        if (!samples.empty()) {
            qint32 firstMonth = samples.front().month;
            qint32 lastMonth = firstMonth;
            for (const Sample &sample : samples) {
                firstMonth = std::min(firstMonth, sample.month);
                lastMonth = std::max(lastMonth, sample.month);
            }
            std::vector<size_t> starts(size_t(lastMonth - firstMonth) + 2, 0);
            for (const Sample &sample : samples)
                ++starts[size_t(sample.month - firstMonth) + 1];
            for (size_t i = 1; i < starts.size(); ++i)
                starts[i] += starts[i - 1];
            scratchSamples.resize(samples.size());
            for (const Sample &sample : samples)
                scratchSamples[starts[size_t(sample.month - firstMonth)]++] = sample;
            samples.swap(scratchSamples);
        }
        for (size_t begin = 0; begin < samples.size();) {
            size_t end = begin;
            while (end < samples.size() && samples[end].month == samples[begin].month)
                ++end;
            MonthlyMetrics month;
            month.month = monthText(samples[begin].month);
            month.count = qint64(end - begin);
            const auto stats = statsOf(samples, begin, end, target, scratchValues);
            month.response = stats[0];
            month.onsite = stats[1];
            month.resolution = stats[2];
            group.months.push_back(month);
            begin = end;
        }

        if (history.vendors.empty() || history.vendors.back().vendor != group.vendor) {
            history.vendors.push_back({group.vendor, 0, 0, {}, std::nullopt});
            vendorResolutionSum = 0;
            vendorResolutionCount = 0;
        }
        VendorMetrics &vendor = history.vendors.back();
        vendor.tickets += group.count;
        vendorResolutionSum += (long double)group.resolution.mean * group.resolution.count;
        vendorResolutionCount += group.resolution.count;
        vendor.mttr = vendorResolutionCount ? double(vendorResolutionSum / vendorResolutionCount) : 0.0;
        const DurationStats *metrics[] = {&group.response, &group.onsite, &group.resolution};
        for (int metric = 0; metric < 3; ++metric) {
            const DurationStats &stats = *metrics[metric];
            if (stats.count == 0)
                continue;
            PromiseCheck check;
            check.priority = group.priority;
            check.metric = QString::fromLatin1(kMetricNames[metric]);
            check.promised = stats.target;
            check.deliveredP90 = stats.p90;
            check.deliveredMedian = stats.median;
            check.attainment = stats.attainment;
            check.tickets = stats.count;
            if (stats.target && *stats.target > 0) {
                check.factor = stats.p90 / *stats.target;
                vendor.worstFactor = std::max(vendor.worstFactor.value_or(0.0), *check.factor);
            }
            vendor.checks.push_back(check);
        }
        history.groups.push_back(std::move(group));
        std::vector<Sample>().swap(samples); // done with this group: give the memory back
    }
    return history;
}

} // namespace tw::history
