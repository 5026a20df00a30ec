#include "core/history/CalendarSpec.h"
#include "core/history/CivilDate.h"
#include "core/history/HistoryJson.h"
#include "core/history/SlaMetrics.h"

#include <QJsonArray>
#include <QTest>

using namespace tw::history;

namespace {
qint64 at(int year, int month, int day, int hour = 0, int minute = 0)
{
    return daysFromCivil(year, month, day) * kSecondsPerDay + hour * 3600 + minute * 60;
}

TicketRecord ticket(qint32 vendor, qint32 priority, qint64 opened, int responseMinutes, int onsiteMinutes,
                    int resolutionMinutes)
{
    TicketRecord record;
    record.vendor = vendor;
    record.priority = priority;
    record.opened = opened;
    record.responded = responseMinutes < 0 ? kNoTime : opened + responseMinutes * 60;
    record.onsite = onsiteMinutes < 0 ? kNoTime : opened + onsiteMinutes * 60;
    record.resolved = resolutionMinutes < 0 ? kNoTime : opened + resolutionMinutes * 60;
    return record;
}

ImportedTickets sample()
{
    ImportedTickets tickets;
    tickets.vendors = {QStringLiteral("Vendor B"), QStringLiteral("Vendor A")};
    tickets.priorities = {QStringLiteral("P2"), QStringLiteral("P1")};
    // Vendor A, P1: responses 10, 20, 30, 40, 100; on-site only for three; two months.
    tickets.tickets = {
        ticket(1, 1, at(2024, 3, 4, 10), 10, 120, 200),  ticket(1, 1, at(2024, 3, 5, 10), 20, -1, 300),
        ticket(1, 1, at(2024, 3, 20, 10), 30, 240, 400), ticket(1, 1, at(2024, 4, 2, 10), 40, -1, -1),
        ticket(1, 1, at(2024, 4, 3, 10), 100, 300, 600), ticket(0, 0, at(2024, 3, 6, 10), 5, -1, 60),
    };
    return tickets;
}
} // namespace

class TestSlaMetrics : public QObject
{
    Q_OBJECT

private slots:
    void quantilesInterpolateLikePandas()
    {
        std::vector<qint64> values = {100, 10, 40, 20, 30};
        QCOMPARE(quantile(values, 0.5), 30.0);
        QCOMPARE(quantile(values, 0.9), 76.0); // position 3.6: 40 + 0.6 * (100 - 40)
        std::vector<qint64> even = {4, 1, 3, 2};
        QCOMPARE(quantile(even, 0.5), 2.5);
        std::vector<qint64> one = {7};
        QCOMPARE(quantile(one, 0.9), 7.0);
    }

    void groupsAndTargets()
    {
        SlaTargets targets;
        QVERIFY(targets.addRule(QStringLiteral("P1:response=30m,onsite=4h,resolution=6h")));
        QVERIFY(targets.addRule(QStringLiteral("2 - High:response=15")));
        const ImportedTickets tickets = sample();
        const SlaHistory history = computeSlaHistory(tickets, BusinessCalendar(), targets);
        QCOMPARE(history.groups.size(), size_t(2));
        const GroupMetrics &a = history.groups[0]; // "Vendor A" sorts first
        QCOMPARE(a.vendor, QStringLiteral("Vendor A"));
        QCOMPARE(a.priority, QStringLiteral("P1"));
        QCOMPARE(a.count, 5);
        QCOMPARE(a.response.count, 5);
        QCOMPARE(a.response.mean, 40.0);
        QCOMPARE(a.response.median, 30.0);
        QCOMPARE(a.response.p90, 76.0);
        QCOMPARE(a.response.max, 100.0);
        QCOMPARE(*a.response.attainment, 60.0); // 10, 20, 30 within 30 min
        QCOMPARE(*a.response.breaches, 2);
        // On-site left out where there was no visit: 120, 240, 300 against 240.
        QCOMPARE(a.onsite.count, 3);
        QCOMPARE(a.onsite.mean, 220.0);
        QCOMPARE(a.onsite.median, 240.0);
        QCOMPARE(*a.onsite.breaches, 1);
        QCOMPARE(a.resolution.count, 4);
        QCOMPARE(a.resolution.mean, 375.0);
        QCOMPARE(a.mttr, 375.0);
        QCOMPARE(*a.resolution.attainment, 50.0); // 400 and 600 exceed 360
        QCOMPARE(a.months.size(), size_t(2));
        QCOMPARE(a.months[0].month, QStringLiteral("2024-03"));
        QCOMPARE(a.months[0].count, 3);
        QCOMPARE(a.months[0].resolution.mean, 300.0);
        QCOMPARE(a.months[1].month, QStringLiteral("2024-04"));
        QCOMPARE(a.months[1].response.mean, 70.0);

        const GroupMetrics &b = history.groups[1];
        QCOMPARE(b.priority, QStringLiteral("P2"));
        QCOMPARE(*b.response.attainment, 100.0);
        QVERIFY(!b.onsite.attainment);

        QCOMPARE(history.vendors.size(), size_t(2));
        const VendorMetrics &vendorA = history.vendors[0];
        QCOMPARE(vendorA.tickets, 5);
        QCOMPARE(vendorA.mttr, 375.0);
        QCOMPARE(vendorA.checks.size(), size_t(3));
        QCOMPARE(vendorA.checks[0].metric, QStringLiteral("response"));
        QCOMPARE(*vendorA.checks[0].factor, 76.0 / 30.0);
        // On-site p90 of 120, 240, 300: position 1.8 -> 240 + 0.8 * 60 = 288 against 240 promised.
        QCOMPARE(vendorA.checks[1].deliveredP90, 288.0);
        QCOMPARE(*vendorA.checks[1].factor, 1.2);
        QCOMPARE(*vendorA.worstFactor, 76.0 / 30.0);
    }

    void businessCalendarDurations()
    {
        ImportedTickets tickets;
        tickets.vendors = {QStringLiteral("V")};
        tickets.priorities = {QStringLiteral("P1")};
        TicketRecord record;
        record.vendor = 0;
        record.priority = 0;
        record.opened = at(2024, 9, 30, 17); // Monday before Golden Week
        record.responded = at(2024, 9, 30, 17, 30);
        record.resolved = at(2024, 10, 8, 10); // Tuesday after it
        tickets.tickets = {record};
        CalendarSpec spec;
        const auto calendar = spec.parse(QStringLiteral("5x9+cn"));
        QVERIFY(calendar);
        const SlaHistory history = computeSlaHistory(tickets, calendar->calendar, {});
        QCOMPARE(history.groups[0].response.mean, 30.0);
        QCOMPARE(history.groups[0].resolution.mean, 120.0);
        const SlaHistory elapsed = computeSlaHistory(tickets, BusinessCalendar(), {});
        QCOMPARE(elapsed.groups[0].resolution.mean, double(7 * 1440 + 17 * 60));
    }

    void daylightSavingIn7x24()
    {
        ImportedTickets tickets;
        tickets.vendors = {QStringLiteral("V")};
        tickets.priorities = {QStringLiteral("P1")};
        tickets.zone = TimeZoneConverter(QTimeZone("America/New_York"));
        TicketRecord record;
        record.vendor = 0;
        record.priority = 0;
        record.opened = at(2024, 3, 9, 12);
        record.resolved = at(2024, 3, 10, 12); // clocks went forward overnight
        tickets.tickets = {record};
        const SlaHistory history = computeSlaHistory(tickets, BusinessCalendar(), {});
        QCOMPARE(history.groups[0].resolution.mean, 23.0 * 60);
    }

    void targetRules()
    {
        QCOMPARE(SlaTargets::parseDuration(QStringLiteral("15m")), std::optional<qint64>(900));
        QCOMPARE(SlaTargets::parseDuration(QStringLiteral("1.5h")), std::optional<qint64>(5400));
        QCOMPARE(SlaTargets::parseDuration(QStringLiteral("2d")), std::optional<qint64>(2 * 86400));
        QCOMPARE(SlaTargets::parseDuration(QStringLiteral("4 小时")), std::optional<qint64>(4 * 3600));
        QCOMPARE(SlaTargets::parseDuration(QStringLiteral("90")), std::optional<qint64>(5400));
        QVERIFY(!SlaTargets::parseDuration(QStringLiteral("soon")));
        QVERIFY(!SlaTargets::parseDuration(QStringLiteral("0m")));
        SlaTargets targets;
        QVERIFY(!targets.addRule(QStringLiteral("P1:speed=4h")));
        QVERIFY(targets.errorString().contains(QStringLiteral("unknown metric")));
        QVERIFY(!targets.addRule(QStringLiteral("response=4h")));
        QVERIFY(targets.addRule(QStringLiteral("Sev 1:onsite=4h")));
        QVERIFY(targets.find(QStringLiteral("P1")));
        QCOMPARE(*targets.find(QStringLiteral("P1"))->onsite, 4 * 3600);
    }

    void jsonShape()
    {
        SlaTargets targets;
        QVERIFY(targets.addRule(QStringLiteral("P1:response=30m")));
        ImportedTickets tickets = sample();
        tickets.badRows.push_back({7, QStringLiteral("missing priority"), QStringLiteral("T7"), true});
        CalendarSpec spec;
        const auto calendar = spec.parse(QStringLiteral("7x24"));
        const SlaHistory history = computeSlaHistory(tickets, calendar->calendar, targets);
        const QJsonObject json = historyToJson(tickets, history, *calendar);
        QCOMPARE(json.value(QStringLiteral("calendar")).toString(), QStringLiteral("7x24"));
        QCOMPARE(json.value(QStringLiteral("tickets")).toInt(), 6);
        QCOMPARE(json.value(QStringLiteral("bad_row_count")).toInt(), 1);
        const QJsonObject bad = json.value(QStringLiteral("bad_rows")).toArray().at(0).toObject();
        QCOMPARE(bad.value(QStringLiteral("row")).toInt(), 7);
        QCOMPARE(bad.value(QStringLiteral("reason")).toString(), QStringLiteral("missing priority"));
        const QJsonObject group = json.value(QStringLiteral("groups")).toArray().at(0).toObject();
        QCOMPARE(group.value(QStringLiteral("vendor")).toString(), QStringLiteral("Vendor A"));
        QCOMPARE(group.value(QStringLiteral("count")).toInt(), 5);
        const QJsonObject response = group.value(QStringLiteral("response")).toObject();
        for (const char *key : {"mean", "median", "p90", "max", "attainment", "breaches"})
            QVERIFY2(response.contains(QLatin1String(key)), key);
        QCOMPARE(response.value(QStringLiteral("p90")).toDouble(), 76.0);
        QCOMPARE(response.value(QStringLiteral("attainment")).toDouble(), 60.0);
        QVERIFY(group.value(QStringLiteral("onsite")).toObject().value(QStringLiteral("attainment")).isNull());
        // Vendor B's P2 ticket had no on-site visit: the metric is empty, its keys are still there.
        const QJsonObject empty =
            json.value(QStringLiteral("groups")).toArray().at(1).toObject().value(QStringLiteral("onsite")).toObject();
        QCOMPARE(empty.value(QStringLiteral("count")).toInt(), 0);
        for (const char *key : {"mean", "median", "p90", "max", "attainment", "breaches"}) {
            QVERIFY2(empty.contains(QLatin1String(key)), key);
            QVERIFY(empty.value(QLatin1String(key)).isNull());
        }
        const QJsonObject vendor = json.value(QStringLiteral("vendors")).toArray().at(0).toObject();
        QVERIFY(vendor.value(QStringLiteral("promised_vs_delivered")).isObject());
        QVERIFY(historyToText(tickets, history, *calendar).contains(QStringLiteral("row 7 (T7): missing priority")));
    }
};

QTEST_GUILESS_MAIN(TestSlaMetrics)
#include "TestSlaMetrics.moc"
