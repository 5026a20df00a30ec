#include "core/history/BusinessCalendar.h"
#include "core/history/CalendarSpec.h"
#include "core/history/ChinaHolidays.h"
#include "core/history/CivilDate.h"
#include "core/history/IcsHolidayImport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tw::history;

namespace {

qint64 at(int year, int month, int day, int hour = 0, int minute = 0)
{
    return daysFromCivil(year, month, day) * kSecondsPerDay + hour * 3600 + minute * 60;
}

qint64 day(int year, int month, int dayOfMonth) { return daysFromCivil(year, month, dayOfMonth); }

ContractCalendar parsed(const QString &text)
{
    CalendarSpec spec;
    const auto calendar = spec.parse(text);
    if (!calendar)
        qFatal("calendar %s: %s", qPrintable(text), qPrintable(spec.errorString()));
    return *calendar;
}

// Independent reference: walks minute by minute, deciding each day from the weekday and the raw
// holiday data only (not from BusinessCalendar's own tables).
qint64 bruteForceMinutes(const HolidaySet &holidays, int startMinute, int endMinute, qint64 from, qint64 to)
{
    qint64 minutes = 0;
    for (qint64 t = from; t < to; t += 60) {
        const qint64 dayNumber = dayOfSeconds(t);
        const qint64 minuteOfDay = (t - dayNumber * kSecondsPerDay) / 60;
        const bool working =
            holidays.isWorkingDay(dayNumber) || (isoWeekday(dayNumber) <= 5 && !holidays.isHoliday(dayNumber));
        if (working && minuteOfDay >= startMinute && minuteOfDay < endMinute)
            ++minutes;
    }
    return minutes;
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void civilDatesRoundTrip()
    {
        QCOMPARE(daysFromCivil(1970, 1, 1), 0);
        QCOMPARE(daysFromCivil(2024, 2, 29), 19782);
        QCOMPARE(isoWeekday(daysFromCivil(2024, 10, 12)), 6); // a Saturday
        QCOMPARE(isoWeekday(daysFromCivil(1969, 12, 31)), 3); // a Wednesday
        for (qint64 d = -800000; d < 800000; d += 997) {
            const CivilDate date = civilFromDays(d);
            QCOMPARE(daysFromCivil(date.year, date.month, date.day), d);
        }
        QCOMPARE(formatLocalSeconds(at(2016, 2, 29, 1, 16)), QStringLiteral("2016-02-29 01:16"));
    }

    void handComputedDurations_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("minutes");
        // Each figure is worked out by hand in the row's comment.
        // Tue 17:00 -> Wed 10:00: 17-18 + 9-10.
        QTest::newRow("night") << "5x9+cn" << at(2024, 3, 5, 17) << at(2024, 3, 6, 10) << qint64(120);
        QTest::newRow("night 7x24") << "7x24" << at(2024, 3, 5, 17) << at(2024, 3, 6, 10) << qint64(1020);
        // Fri 16:00 -> Mon 11:00: 2 h Friday, 2 h Monday.
        QTest::newRow("weekend") << "5x9" << at(2024, 3, 8, 16) << at(2024, 3, 11, 11) << qint64(240);
        // Same day inside the window.
        QTest::newRow("same day") << "5x9" << at(2024, 3, 5, 9, 30) << at(2024, 3, 5, 11, 15) << qint64(105);
        // Opened and closed on a Saturday: the clock never runs.
        QTest::newRow("saturday only") << "5x9" << at(2024, 3, 9, 10) << at(2024, 3, 9, 15) << qint64(0);
        // Opened at night, resolved before the window opens.
        QTest::newRow("night only") << "5x9" << at(2024, 3, 5, 19) << at(2024, 3, 6, 8, 59) << qint64(0);
        // Two whole weeks: 10 working days x 540 min.
        QTest::newRow("two weeks") << "5x9" << at(2024, 3, 4, 9) << at(2024, 3, 18, 9) << qint64(5400);
        // Golden Week 2024: Oct 1-7 off. Mon Sep 30 17-18 and Tue Oct 8 9-10.
        QTest::newRow("golden week") << "5x9+cn" << at(2024, 9, 30, 17) << at(2024, 10, 8, 10) << qint64(120);
        // Without the holidays: Sep 30 1 h, Oct 1-4 (Tue-Fri) 4 x 9 h, Oct 7 9 h, Oct 8 1 h.
        QTest::newRow("golden week, no holidays")
            << "5x9" << at(2024, 9, 30, 17) << at(2024, 10, 8, 10) << qint64(60 + 4 * 540 + 540 + 60);
        // 调休 Saturday 2024-10-12 is worked: Fri 1 h + Sat 9 h + Mon 1 h.
        QTest::newRow("tiaoxiu saturday")
            << "5x9+cn" << at(2024, 10, 11, 17) << at(2024, 10, 14, 10) << qint64(60 + 540 + 60);
        QTest::newRow("same, no holidays") << "5x9" << at(2024, 10, 11, 17) << at(2024, 10, 14, 10) << qint64(120);
        // 调休 Sunday 2024-09-29: Saturday 28th is a normal weekend day, Sunday 9-12 counts.
        QTest::newRow("tiaoxiu sunday") << "5x9+cn" << at(2024, 9, 28, 10) << at(2024, 9, 29, 12) << qint64(180);
        // Year end 2024/25: Jan 1 off. Dec 31 16-18 and Jan 2 9-10.
        QTest::newRow("year end 2024") << "5x9+cn" << at(2024, 12, 31, 16) << at(2025, 1, 2, 10) << qint64(180);
        // Year end 2016/17: Dec 31 (Sat) to Jan 2 (Mon) off. Fri 17:30-18 and Tue 9-9:30.
        QTest::newRow("year end 2016") << "5x9+cn" << at(2016, 12, 30, 17, 30) << at(2017, 1, 3, 9, 30) << qint64(60);
        // Spring Festival 2026: Feb 15-23 off, Sat 14th worked. Fri 1 h + Sat 9 h + Tue 24th 1 h.
        QTest::newRow("spring festival 2026")
            << "5x9+cn" << at(2026, 2, 13, 17) << at(2026, 2, 24, 10) << qint64(60 + 540 + 60);
        // 2020's make-up Saturday Feb 1 was cancelled when the holiday was extended to Feb 2.
        QTest::newRow("2020 extension") << "5x9+cn" << at(2020, 1, 23, 17) << at(2020, 2, 3, 10) << qint64(120);
        // 5x12 08:00-20:00 and 5x8 09:00-17:00 over Monday 07:00-21:00.
        QTest::newRow("5x12") << "5x12" << at(2024, 3, 4, 7) << at(2024, 3, 4, 21) << qint64(720);
        QTest::newRow("5x8") << "5x8" << at(2024, 3, 4, 7) << at(2024, 3, 4, 21) << qint64(480);
        QTest::newRow("5x10") << "5x10" << at(2024, 3, 4, 7) << at(2024, 3, 4, 21) << qint64(600);
        // 7x12 counts Sunday too: Sat 19:00 -> Sun 09:00 = 1 h Saturday + 1 h Sunday.
        QTest::newRow("7x12") << "7x12" << at(2024, 3, 9, 19) << at(2024, 3, 10, 9) << qint64(120);
        // Custom window 08:30-17:30.
        QTest::newRow("custom window") << "5x9@08:30-17:30" << at(2024, 3, 5, 8) << at(2024, 3, 5, 9) << qint64(30);
    }

    void handComputedDurations()
    {
        QFETCH(QString, spec);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qint64, minutes);
        const ContractCalendar calendar = parsed(spec);
        QCOMPARE(calendar.calendar.businessSeconds(from, to), minutes * 60);
        QCOMPARE(calendar.calendar.businessSeconds(to, from), -minutes * 60);
    }

    void matchesMinuteByMinuteCount()
    {
        // Random intervals over 2016-2026 against a brute-force walk: holidays, 调休 and windows together.
        const ContractCalendar calendar = parsed(QStringLiteral("5x9@09:00-18:00+cn"));
        ChinaHolidayLoader loader;
        const HolidaySet holidays = loader.load()->days;
        QRandomGenerator random(20240929);
        const qint64 start = at(2016, 1, 1);
        const qint64 span = at(2026, 12, 31) - start;
        for (int i = 0; i < 300; ++i) {
            const qint64 from = start + qint64(random.bounded(quint64(span / 60))) * 60;
            const qint64 to = from + qint64(random.bounded(30 * 24 * 60)) * 60;
            QCOMPARE(calendar.calendar.businessSeconds(from, to) / 60,
                     bruteForceMinutes(holidays, 540, 1080, from, to));
        }
        // Outside the precomputed 1970-2100 table, and across its edges, the arithmetic path agrees.
        const qint64 edges[][2] = {{at(2099, 12, 20, 10), at(2100, 1, 12, 15)},
                                   {at(2150, 3, 1, 8), at(2150, 3, 29, 17, 30)},
                                   {at(1969, 12, 25, 12), at(1970, 1, 6, 9, 30)}};
        for (const auto &edge : edges)
            QCOMPARE(calendar.calendar.businessSeconds(edge[0], edge[1]) / 60,
                     bruteForceMinutes(holidays, 540, 1080, edge[0], edge[1]));
    }

    void chinaDataIsLoadedFromResources()
    {
        ChinaHolidayLoader loader;
        const auto data = loader.load();
        QVERIFY2(data, qPrintable(loader.errorString()));
        QCOMPARE(data->firstYear, 2016);
        QCOMPARE(data->lastYear, 2027);
        QCOMPARE(data->provisionalYears, QList<int>{2027});
        QVERIFY(data->days.isHoliday(day(2024, 10, 1)));
        QVERIFY(data->days.isWorkingDay(day(2024, 10, 12)));
        QVERIFY(data->days.isWorkingDay(day(2026, 2, 28)));
        QVERIFY(!data->days.isWorkingDay(day(2020, 2, 1))); // cancelled by the 2020 extension
        QVERIFY(data->days.isHoliday(day(2020, 2, 2)));
        QCOMPARE(data->days.nameOf(day(2025, 1, 28)), QStringLiteral("春节"));
        // Every 调休 working day is a Saturday or Sunday.
        for (qint64 working : data->days.workingDays())
            QVERIFY2(isoWeekday(working) >= 6, qPrintable(formatDay(working)));
        // Working days in 2024: 262 weekdays, minus 19 weekday holidays (Jan 1; Feb 12-16; Apr 4-5; May 1-3;
        // Jun 10; Sep 16-17; Oct 1-4 and 7), plus 8 调休 weekend days = 251, the official count.
        const ContractCalendar calendar = parsed(QStringLiteral("5x9+cn"));
        QCOMPARE(calendar.calendar.workingDaysBetween(day(2024, 1, 1), day(2025, 1, 1)), qint64(262 - 19 + 8));
        QCOMPARE(calendar.provisionalYears, QList<int>{2027});
    }

    void malformedHolidayDataIsRefused()
    {
        ChinaHolidayLoader loader;
        QVERIFY(!loader.parse("{\"years\": [{\"year\": 2024, \"festivals\": [{\"name\": \"x\", \"off\": "
                              "[\"2024-02-30\", \"2024-03-01\"]}]}]}",
                              QStringLiteral("bad.json")));
        QVERIFY(loader.errorString().contains(QStringLiteral("bad.json")));
        QVERIFY(!loader.parse("not json", QStringLiteral("bad.json")));
        QVERIFY(!loader.load(QStringLiteral("/nonexistent/cn.json")));
    }

    void specs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("7x24") << "7x24"
                              << "7x24";
        QTest::newRow("7x24+cn") << "7x24+cn"
                                 << "7x24";
        QTest::newRow("5x8") << "5x8"
                             << "5x8@09:00-17:00";
        QTest::newRow("5x9") << "5x9"
                             << "5x9@09:00-18:00";
        QTest::newRow("5x10") << "5x10"
                              << "5x10@08:00-18:00";
        QTest::newRow("5x12") << "5x12"
                              << "5x12@08:00-20:00";
        QTest::newRow("window and cn") << " 5x9 @ 08:30-17:30 + cn "
                                       << "5x9@08:30-17:30+cn";
        QTest::newRow("6x8") << "6x8"
                             << "6x8@09:00-17:00";
        QTest::newRow("5x24") << "5x24"
                              << "5x24@00:00-24:00";
    }

    void specs()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QCOMPARE(parsed(text).spec, canonical);
    }

    void badSpecs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("garbage") << "office hours"
                                 << "not understood";
        QTest::newRow("window length") << "5x9@09:00-17:00"
                                       << "480 minutes";
        QTest::newRow("eight days") << "8x9"
                                    << "working days";
        QTest::newRow("reversed") << "5x9@18:00-09:00"
                                  << "start before end";
        QTest::newRow("unknown holidays") << "5x9+us"
                                          << "unknown holiday set";
    }

    void badSpecs()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        CalendarSpec spec;
        QVERIFY(!spec.parse(text));
        QVERIFY2(spec.errorString().contains(message), qPrintable(spec.errorString()));
    }

    void icsHolidays()
    {
        IcsHolidayImport ics;
        const auto set =
            ics.load(qEnvironmentVariable("TW_TEST_DATA") + QStringLiteral("/history/calendars/company.ics"));
        QVERIFY2(set, qPrintable(ics.errorString()));
        QCOMPARE(ics.eventCount(), 3);
        QVERIFY(set->isHoliday(day(2024, 3, 8)));
        QVERIFY(set->isWorkingDay(day(2024, 3, 9)));
        QCOMPARE(set->nameOf(day(2024, 3, 9)), QStringLiteral("补班 (make-up working day)"));
        QCOMPARE(set->nameOf(day(2024, 3, 26)), QStringLiteral("Site move, three days"));
        QCOMPARE(set->holidaysInRange(day(2024, 3, 1), day(2024, 4, 1)),
                 qint64(4)); // Mar 8, 25, 26, 27 (DTEND exclusive)

        CalendarSpec spec;
        spec.setExtraHolidays(*set, QStringLiteral("ics:company.ics"));
        const auto calendar = spec.parse(QStringLiteral("5x9"));
        QVERIFY(calendar);
        QCOMPARE(calendar->spec, QStringLiteral("5x9@09:00-18:00+ics:company.ics"));
        // Thu Mar 7 17:00 -> Mon Mar 11 10:00: Thu 1 h, Fri off, Sat worked 9 h, Mon 1 h.
        QCOMPARE(calendar->calendar.businessSeconds(at(2024, 3, 7, 17), at(2024, 3, 11, 10)), qint64(660 * 60));
    }

    void badIcs()
    {
        IcsHolidayImport ics;
        QVERIFY(!ics.parse(QStringLiteral("hello"), QStringLiteral("x.ics")));
        QVERIFY(ics.errorString().contains(QStringLiteral("VCALENDAR")));
        QVERIFY(!ics.parse(QStringLiteral("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2024\nEND:VEVENT\nEND:VCALENDAR\n"),
                           QStringLiteral("x.ics")));
        QVERIFY(ics.errorString().contains(QStringLiteral("DTSTART")));
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "TestBusinessCalendar.moc"
