#include "HistoryJson.h"

#include <QJsonArray>

#include <cmath>

namespace tw::history {

namespace {

// Minutes rounded to 1/1000 so that binary fractions do not print as long tails.
QJsonValue number(double value) { return std::round(value * 1000.0) / 1000.0; }

template <typename T> QJsonValue optionalNumber(const std::optional<T> &value)
{
    return value ? number(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject statsJson(const DurationStats &stats)
{
    QJsonObject object;
    object.insert(QStringLiteral("count"), stats.count);
    if (stats.count > 0) {
        object.insert(QStringLiteral("mean"), number(stats.mean));
        object.insert(QStringLiteral("median"), number(stats.median));
        object.insert(QStringLiteral("p90"), number(stats.p90));
        object.insert(QStringLiteral("max"), number(stats.max));
    } else {
        for (const char *key : {"mean", "median", "p90", "max"})
            object.insert(QLatin1String(key), QJsonValue(QJsonValue::Null));
    }
    object.insert(QStringLiteral("target"), optionalNumber(stats.target));
    object.insert(QStringLiteral("attainment"),
                  stats.count > 0 ? optionalNumber(stats.attainment) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("breaches"),
                  stats.breaches ? QJsonValue(double(*stats.breaches)) : QJsonValue(QJsonValue::Null));
    return object;
}

QString vendorLabel(const QString &vendor)
{
    return vendor.isEmpty() ? QCoreApplication::translate("tw::history::HistoryJson", "(no vendor)") : vendor;
}

QString statsText(const DurationStats &stats)
{
    if (stats.count == 0)
        return QStringLiteral("-");
    QString text = QStringLiteral("n=%1 mean=%2 median=%3 p90=%4 max=%5")
                       .arg(stats.count)
                       .arg(stats.mean, 0, 'f', 1)
                       .arg(stats.median, 0, 'f', 1)
                       .arg(stats.p90, 0, 'f', 1)
                       .arg(stats.max, 0, 'f', 1);
    if (stats.attainment)
        text += QStringLiteral(" target=%1 attained=%2% breaches=%3")
                    .arg(*stats.target, 0, 'f', 0)
                    .arg(*stats.attainment, 0, 'f', 1)
                    .arg(*stats.breaches);
    return text;
}

} // namespace

QJsonObject historyToJson(const ImportedTickets &tickets, const SlaHistory &history, const ContractCalendar &calendar)
{
    QJsonObject root;
    root.insert(QStringLiteral("calendar"), calendar.spec);
    if (calendar.chinaHolidays) {
        QJsonObject holidays;
        holidays.insert(QStringLiteral("first_year"), calendar.holidayFirstYear);
        holidays.insert(QStringLiteral("last_year"), calendar.holidayLastYear);
        QJsonArray provisional;
        for (int year : calendar.provisionalYears)
            provisional.append(year);
        holidays.insert(QStringLiteral("provisional_years"), provisional);
        root.insert(QStringLiteral("holiday_data"), holidays);
    }
    root.insert(QStringLiteral("time_zone"), tickets.zone.name());
    root.insert(QStringLiteral("source"), tickets.source);
    root.insert(QStringLiteral("format"), tickets.eventLog ? QStringLiteral("event_log") : QStringLiteral("tickets"));
    root.insert(QStringLiteral("rows"), double(tickets.dataRows));
    if (tickets.eventLog) {
        root.insert(QStringLiteral("events"), double(tickets.events));
        root.insert(QStringLiteral("event_tickets"), double(tickets.eventTickets));
    }
    root.insert(QStringLiteral("tickets"), double(tickets.tickets.size()));

    QJsonObject columns;
    for (int field = 0; field < kTicketFieldCount; ++field) {
        const int column = tickets.mapping.column(TicketField(field));
        if (column >= 0)
            columns.insert(ticketFieldName(TicketField(field)), tickets.header.value(column));
    }
    root.insert(QStringLiteral("columns"), columns);
    QJsonObject dateFormats;
    for (auto it = tickets.dateFormats.cbegin(); it != tickets.dateFormats.cend(); ++it)
        dateFormats.insert(it.key(), it.value());
    root.insert(QStringLiteral("date_formats"), dateFormats);

    QJsonArray badRows;
    qint64 excluded = 0;
    for (const BadRow &bad : tickets.badRows) {
        QJsonObject object;
        object.insert(QStringLiteral("row"), double(bad.row));
        object.insert(QStringLiteral("reason"), bad.reason);
        if (!bad.ticket.isEmpty())
            object.insert(QStringLiteral("ticket"), bad.ticket);
        object.insert(QStringLiteral("excluded"), bad.excluded);
        excluded += bad.excluded;
        badRows.append(object);
    }
    root.insert(QStringLiteral("bad_row_count"), double(tickets.badRows.size()));
    root.insert(QStringLiteral("excluded_row_count"), double(excluded));
    root.insert(QStringLiteral("bad_rows"), badRows);

    QJsonArray groups;
    for (const GroupMetrics &group : history.groups) {
        QJsonObject object;
        object.insert(QStringLiteral("vendor"), group.vendor);
        object.insert(QStringLiteral("priority"), group.priority);
        object.insert(QStringLiteral("count"), double(group.count));
        object.insert(QStringLiteral("response"), statsJson(group.response));
        object.insert(QStringLiteral("onsite"), statsJson(group.onsite));
        object.insert(QStringLiteral("resolution"), statsJson(group.resolution));
        object.insert(QStringLiteral("mttr"),
                      group.resolution.count ? number(group.mttr) : QJsonValue(QJsonValue::Null));
        QJsonArray months;
        for (const MonthlyMetrics &month : group.months) {
            QJsonObject monthObject;
            monthObject.insert(QStringLiteral("month"), month.month);
            monthObject.insert(QStringLiteral("count"), double(month.count));
            monthObject.insert(QStringLiteral("response"), statsJson(month.response));
            monthObject.insert(QStringLiteral("onsite"), statsJson(month.onsite));
            monthObject.insert(QStringLiteral("resolution"), statsJson(month.resolution));
            months.append(monthObject);
        }
        object.insert(QStringLiteral("monthly"), months);
        groups.append(object);
    }
    root.insert(QStringLiteral("groups"), groups);

    QJsonArray vendors;
    for (const VendorMetrics &vendor : history.vendors) {
        QJsonObject object;
        object.insert(QStringLiteral("vendor"), vendor.vendor);
        object.insert(QStringLiteral("tickets"), double(vendor.tickets));
        object.insert(QStringLiteral("mttr"), number(vendor.mttr));
        QJsonObject promised;
        QJsonArray checks;
        for (const PromiseCheck &check : vendor.checks) {
            QJsonObject checkObject;
            checkObject.insert(QStringLiteral("priority"), check.priority);
            checkObject.insert(QStringLiteral("metric"), check.metric);
            checkObject.insert(QStringLiteral("tickets"), double(check.tickets));
            checkObject.insert(QStringLiteral("promised"), optionalNumber(check.promised));
            checkObject.insert(QStringLiteral("delivered_p90"), number(check.deliveredP90));
            checkObject.insert(QStringLiteral("delivered_median"), number(check.deliveredMedian));
            checkObject.insert(QStringLiteral("attainment"), optionalNumber(check.attainment));
            checkObject.insert(QStringLiteral("factor"), optionalNumber(check.factor));
            checks.append(checkObject);
        }
        promised.insert(QStringLiteral("checks"), checks);
        promised.insert(QStringLiteral("worst_factor"), optionalNumber(vendor.worstFactor));
        object.insert(QStringLiteral("promised_vs_delivered"), promised);
        vendors.append(object);
    }
    root.insert(QStringLiteral("vendors"), vendors);
    return root;
}

QString historyToText(const ImportedTickets &tickets, const SlaHistory &history, const ContractCalendar &calendar)
{
    QString text;
    text += QStringLiteral("calendar: %1\ntime zone: %2\n").arg(calendar.spec, tickets.zone.name());
    if (!calendar.provisionalYears.isEmpty()) {
        QStringList years;
        for (int year : calendar.provisionalYears)
            years << QString::number(year);
        text += QStringLiteral("holiday data provisional for: %1\n").arg(years.join(QStringLiteral(", ")));
    }
    if (!tickets.source.isEmpty())
        text += QStringLiteral("source: %1\n").arg(tickets.source);
    text += QStringLiteral("format: %1, rows: %2, tickets: %3, bad rows: %4\n")
                .arg(tickets.eventLog ? QStringLiteral("event log") : QStringLiteral("one row per ticket"))
                .arg(tickets.dataRows)
                .arg(tickets.tickets.size())
                .arg(tickets.badRows.size());
    for (auto it = tickets.dateFormats.cbegin(); it != tickets.dateFormats.cend(); ++it)
        text += QStringLiteral("dates in %1: %2\n").arg(it.key(), it.value());
    text += QStringLiteral("durations in minutes\n");
    for (const GroupMetrics &group : history.groups) {
        text += QStringLiteral("\n%1 %2: %3 tickets\n").arg(vendorLabel(group.vendor), group.priority).arg(group.count);
        text += QStringLiteral("  response:   %1\n").arg(statsText(group.response));
        text += QStringLiteral("  on-site:    %1\n").arg(statsText(group.onsite));
        text += QStringLiteral("  resolution: %1\n").arg(statsText(group.resolution));
        QStringList trend;
        for (const MonthlyMetrics &month : group.months)
            trend << QStringLiteral("%1 n=%2 mttr=%3")
                         .arg(month.month)
                         .arg(month.count)
                         .arg(month.resolution.count ? QString::number(month.resolution.mean, 'f', 1)
                                                     : QStringLiteral("-"));
        text += QStringLiteral("  monthly: %1\n").arg(trend.join(QStringLiteral("; ")));
    }
    for (const VendorMetrics &vendor : history.vendors) {
        text += QStringLiteral("\nvendor %1: %2 tickets, MTTR %3 min\n")
                    .arg(vendorLabel(vendor.vendor))
                    .arg(vendor.tickets)
                    .arg(vendor.mttr, 0, 'f', 1);
        for (const PromiseCheck &check : vendor.checks) {
            if (!check.promised)
                continue;
            text += QStringLiteral("  %1 %2: promised %3, met in 90% of cases %4 (x%5), attained %6%\n")
                        .arg(check.priority, check.metric)
                        .arg(*check.promised, 0, 'f', 0)
                        .arg(check.deliveredP90, 0, 'f', 1)
                        .arg(*check.factor, 0, 'f', 2)
                        .arg(*check.attainment, 0, 'f', 1);
        }
    }
    if (!tickets.badRows.empty()) {
        text += QStringLiteral("\nbad rows (%1):\n").arg(tickets.badRows.size());
        for (const BadRow &bad : tickets.badRows)
            text += QStringLiteral("  row %1%2: %3%4\n")
                        .arg(bad.row)
                        .arg(bad.ticket.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(bad.ticket))
                        .arg(bad.reason)
                        .arg(bad.excluded ? QStringLiteral(" [row not used]") : QString());
    }
    return text;
}

} // namespace tw::history
