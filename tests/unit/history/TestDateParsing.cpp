#include "core/history/CivilDate.h"
#include "core/history/DateColumnFormat.h"
#include "core/history/RawDateTime.h"
#include "core/history/TimeZoneConverter.h"

#include <QTest>

using namespace tw::history;

namespace {
qint64 at(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return daysFromCivil(year, month, day) * kSecondsPerDay + hour * 3600 + minute * 60 + second;
}

qint64 resolved(const char *text, DayOrder order = DayOrder::DayFirst, bool date1904 = false)
{
    DateColumnFormat format;
    format.order = order;
    format.date1904 = date1904;
    qint64 seconds = 0;
    DateProblem problem = DateProblem::None;
    if (!resolveDateTime(parseRawDateTime(QByteArrayView(text)), format, &seconds, &problem))
        return -1;
    return seconds;
}
} // namespace

class TestDateParsing : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("shape");
        QTest::newRow("iso") << QByteArray("2024-03-05 14:05") << int(DateShape::YearFirst);
        QTest::newRow("iso T seconds") << QByteArray("2024-03-05T14:05:09") << int(DateShape::YearFirst);
        QTest::newRow("slashes year first") << QByteArray("2024/3/5 14:05") << int(DateShape::YearFirst);
        QTest::newRow("chinese") << QByteArray("2024年3月5日 14:05") << int(DateShape::YearFirst);
        QTest::newRow("compact") << QByteArray("20240305") << int(DateShape::YearFirst);
        QTest::newRow("year last") << QByteArray("5/3/2024 14:05") << int(DateShape::YearLast);
        QTest::newRow("dots") << QByteArray("05.03.2024") << int(DateShape::YearLast);
        QTest::newRow("serial") << QByteArray("45356.5833333") << int(DateShape::Serial);
        QTest::newRow("serial integer") << QByteArray("45356") << int(DateShape::Serial);
        QTest::newRow("missing ?") << QByteArray("?") << int(DateShape::Missing);
        QTest::newRow("missing empty") << QByteArray("  ") << int(DateShape::Missing);
        QTest::newRow("missing N/A") << QByteArray("N/A") << int(DateShape::Missing);
        QTest::newRow("words") << QByteArray("yesterday") << int(DateShape::Invalid);
        QTest::newRow("bad time") << QByteArray("2024-03-05 25:00") << int(DateShape::Invalid);
        QTest::newRow("minute 60") << QByteArray("2024-03-05 10:60") << int(DateShape::Invalid);
        QTest::newRow("trailing junk") << QByteArray("2024-03-05 10:00 foo") << int(DateShape::Invalid);
        QTest::newRow("formula") << QByteArray("=cmd|' /C calc'!A0") << int(DateShape::Invalid);
        QTest::newRow("month 13 year first") << QByteArray("2024-13-05") << int(DateShape::YearFirst);
    }

    void shapes()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, shape);
        QCOMPARE(int(parseRawDateTime(text).shape()), shape);
    }

    void values()
    {
        QCOMPARE(resolved("2024-03-05 14:05"), at(2024, 3, 5, 14, 5));
        QCOMPARE(resolved("2024-03-05T14:05:09.250"), at(2024, 3, 5, 14, 5, 9));
        QCOMPARE(resolved("2024/3/5 14:05"), at(2024, 3, 5, 14, 5));
        QCOMPARE(resolved("2024年3月5日 14:05"), at(2024, 3, 5, 14, 5));
        QCOMPARE(resolved("2024年3月5日 14时05分"), at(2024, 3, 5, 14, 5));
        QCOMPARE(resolved("2024年3月5日 下午2:05"), at(2024, 3, 5, 14, 5));
        QCOMPARE(resolved("3/5/2024 2:05 PM", DayOrder::MonthFirst), at(2024, 3, 5, 14, 5));
        QCOMPARE(resolved("3/5/2024 12:05 AM", DayOrder::MonthFirst), at(2024, 3, 5, 0, 5));
        QCOMPARE(resolved("29/2/2016 01:16", DayOrder::DayFirst), at(2016, 2, 29, 1, 16));
        QCOMPARE(resolved("5/3/24 14:05", DayOrder::DayFirst), at(2024, 3, 5, 14, 5));
        QCOMPARE(resolved("2024-03-05 24:00"), at(2024, 3, 6));
        QCOMPARE(resolved("20240305"), at(2024, 3, 5));
        // Serial 45356.5 is 2024-03-05 12:00 in the 1900 system; 1462 days later in the 1904 system.
        QCOMPARE(resolved("45356.5"), at(2024, 3, 5, 12));
        QCOMPARE(resolved("43894.5", DayOrder::DayFirst, true), at(2024, 3, 5, 12));
        QCOMPARE(resolved("45356.58333333"), at(2024, 3, 5, 14)); // rounded to the second
        // No such day: Feb 30, and 31/4 in a day-first column.
        QCOMPARE(resolved("2024-02-30"), -1);
        QCOMPARE(resolved("31/4/2024"), -1);
        QCOMPARE(resolved("2023-02-29"), -1);
    }

    void offsets()
    {
        const RawDateTime value = parseRawDateTime("2024-03-05T14:05:00+08:00");
        QVERIFY(value.hasOffset());
        QCOMPARE(value.offsetMinutes(), 480);
        const RawDateTime utc = parseRawDateTime("2024-03-05T06:05Z");
        QVERIFY(utc.hasOffset());
        QCOMPARE(utc.offsetMinutes(), 0);
        const RawDateTime negative = parseRawDateTime("2024-03-05 01:05 -0530");
        QCOMPARE(negative.offsetMinutes(), -330);
        QVERIFY(!parseRawDateTime("2024-03-05 01:05").hasOffset());
        QVERIFY(!parseRawDateTime("45356.5").hasOffset());
    }

    void dayOrderFromWholeColumn()
    {
        DateColumnStats stats;
        for (const char *text : {"1/2/2024", "3/4/2024", "12/11/2024"})
            stats.add(parseRawDateTime(text));
        QCOMPARE(decideDayOrder(stats), DayOrder::Unknown);
        stats.add(parseRawDateTime("25/12/2024 10:00"));
        QCOMPARE(decideDayOrder(stats), DayOrder::DayFirst);

        DateColumnStats us;
        for (const char *text : {"1/2/2024", "12/31/2024", "3/15/2024"})
            us.add(parseRawDateTime(text));
        QCOMPARE(decideDayOrder(us), DayOrder::MonthFirst);
        QCOMPARE(us.yearLast, 3);

        DateColumnStats other;
        other.add(parseRawDateTime("?"));
        other.add(parseRawDateTime("45356"));
        other.add(parseRawDateTime("2024-03-05"));
        other.add(parseRawDateTime("bad"));
        QCOMPARE(other.missing, 1);
        QCOMPARE(other.serial, 1);
        QCOMPARE(other.yearFirst, 1);
        QCOMPARE(other.invalid, 1);
        DateColumnFormat format;
        QVERIFY(format.describe(other).contains(QStringLiteral("1900")));
    }

    void timeZones()
    {
        const TimeZoneConverter floating;
        QVERIFY(floating.isFloating());
        QCOMPARE(floating.toUtc(1000), 1000);

        const TimeZoneConverter shanghai(QTimeZone("Asia/Shanghai"));
        QCOMPARE(shanghai.toUtc(at(2024, 3, 5, 8)), at(2024, 3, 5, 0));
        QCOMPARE(shanghai.toLocal(at(2024, 3, 5, 0)), at(2024, 3, 5, 8));
        // China kept summer time from 1986 to 1991.
        QCOMPARE(shanghai.toUtc(at(1988, 7, 1, 9)), at(1988, 7, 1, 0));

        // New York springs forward on 2024-03-10 02:00: that local day has 23 hours.
        const TimeZoneConverter newYork(QTimeZone("America/New_York"));
        QCOMPARE(newYork.toUtc(at(2024, 3, 10, 12)) - newYork.toUtc(at(2024, 3, 9, 12)), qint64(23 * 3600));
        QCOMPARE(newYork.toUtc(at(2024, 11, 3, 12)) - newYork.toUtc(at(2024, 11, 2, 12)), qint64(25 * 3600));
        QCOMPARE(newYork.toUtc(at(2024, 1, 15, 7)), at(2024, 1, 15, 12));
        // Every local time converts back to itself away from the transitions.
        for (qint64 t = at(2023, 1, 1); t < at(2025, 1, 1); t += 7919) {
            const qint64 utc = newYork.toUtc(t);
            const QDateTime reference(
                QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toTimeZone(QTimeZone("America/New_York")));
            const qint64 local = newYork.toLocal(utc);
            QCOMPARE(local, reference.toSecsSinceEpoch() + reference.offsetFromUtc());
        }
    }
};

QTEST_GUILESS_MAIN(TestDateParsing)
#include "TestDateParsing.moc"
