#include "core/analysis/DurationParser.h"
#include "core/analysis/Normalizer.h"
#include "core/analysis/PriorityParser.h"

#include <QTest>

using namespace tw::analysis;

class TestDurationParser : public QObject
{
    Q_OBJECT

private slots:
    void findsDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("minutes");
        QTest::addColumn<bool>("nbd");
        QTest::addColumn<QString>("basis");
        QTest::newRow("minutes zh") << QStringLiteral("15 分钟内响应") << 15.0 << false << QString();
        QTest::newRow("hours zh words") << QStringLiteral("二十四小时到场") << 1440.0 << false << QString();
        QTest::newRow("two hours") << QStringLiteral("两小时内回复") << 120.0 << false << QString();
        QTest::newRow("working days") << QStringLiteral("3 个工作日内修复") << 4320.0 << false
                                      << QStringLiteral("business");
        QTest::newRow("natural days") << QStringLiteral("2 个自然日") << 2880.0 << false << QStringLiteral("calendar");
        QTest::newRow("nbd zh") << QStringLiteral("下一个工作日到场") << 0.0 << true << QStringLiteral("business");
        QTest::newRow("nbd en") << QStringLiteral("Next Business Day (NBD)") << 0.0 << true
                                << QStringLiteral("business");
        QTest::newRow("number words") << QStringLiteral("within four (4) hours") << 240.0 << false << QString();
        QTest::newRow("business hours") << QStringLiteral("2 Business Hours") << 120.0 << false
                                        << QStringLiteral("business");
        QTest::newRow("range takes the bound") << QStringLiteral("2-4 hours") << 240.0 << false << QString();
        QTest::newRow("half an hour") << QStringLiteral("within half an hour") << 30.0 << false << QString();
        QTest::newRow("an hour") << QStringLiteral("within an hour") << 60.0 << false << QString();
        QTest::newRow("office hour") << QStringLiteral("within 1 Office Hour") << 60.0 << false
                                     << QStringLiteral("business");
        QTest::newRow("elapsed") << QStringLiteral("8 elapsed hours") << 480.0 << false << QStringLiteral("calendar");
        QTest::newRow("day after next working day")
            << QStringLiteral("day after next working day") << 2880.0 << false << QStringLiteral("business");
        QTest::newRow("third business day")
            << QStringLiteral("attend on the third business day") << 4320.0 << false << QStringLiteral("business");
        QTest::newRow("4th working day") << QStringLiteral("on the 4th working day") << 5760.0 << false
                                         << QStringLiteral("business");
        QTest::newRow("第三个工作日") << QStringLiteral("第三个工作日上门") << 4320.0 << false
                                      << QStringLiteral("business");
    }

    void priorityNumberBeforeADashIsNoRangeStart()
    {
        // "Priority 1 — twelve (12) hours" is twelve hours for Priority 1, not one to twelve hours: the duration
        // leaves the priority's number to it. A range without a level before it keeps both ends.
        const QString priority = Normalizer::normalize(QStringLiteral("Priority 1 — twelve (12) hours;")).text;
        const QList<Duration> found = DurationParser::find(priority);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().minutes, 720.0);
        QVERIFY(priority.left(found.first().start).contains(QStringLiteral("Priority 1")));
        const QString range = Normalizer::normalize(QStringLiteral("within 2 - 4 hours")).text;
        QCOMPARE(DurationParser::find(range).first().start, int(range.indexOf(QLatin1Char('2'))));
    }

    void findsDurations()
    {
        QFETCH(QString, text);
        QFETCH(double, minutes);
        QFETCH(bool, nbd);
        QFETCH(QString, basis);
        const QList<Duration> found = DurationParser::find(Normalizer::normalize(text).text);
        QVERIFY2(!found.isEmpty(), qPrintable(text));
        QCOMPARE(found.first().nextBusinessDay, nbd);
        if (!nbd)
            QCOMPARE(found.first().minutes, minutes);
        QCOMPARE(found.first().basis, basis);
    }

    void basisOfANote()
    {
        QCOMPARE(DurationParser::basisOf(QStringLiteral("到场时间按自然时间计算")), QStringLiteral("calendar"));
        QCOMPARE(DurationParser::basisOf(QStringLiteral("时限按日历时间连续计算")), QStringLiteral("calendar"));
        QCOMPARE(DurationParser::basisOf(QStringLiteral("按工作时间计算")), QStringLiteral("business"));
        QCOMPARE(DurationParser::basisOf(QStringLiteral("按现场服务窗口计算")), QString());
    }

    void timesOfDayAndDatesAreNotDurations()
    {
        QVERIFY(DurationParser::find(QStringLiteral("9:00-18:00")).isEmpty());
        QVERIFY(DurationParser::find(QStringLiteral("Monday to Friday")).isEmpty());
        QVERIFY(DurationParser::find(QStringLiteral("日期：2025 年 3 月 17 日")).isEmpty());
        QCOMPARE(DurationParser::find(QStringLiteral("3 日内修复")).size(), 1);
    }

    void readsPriorities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("P1") << QStringLiteral("P1") << QStringList{QStringLiteral("P1")};
        QTest::newRow("severity") << QStringLiteral("Severity 2 incidents") << QStringList{QStringLiteral("P2")};
        QTest::newRow("priority") << QStringLiteral("Priority 3") << QStringList{QStringLiteral("P3")};
        QTest::newRow("zh level") << Normalizer::normalize(QStringLiteral("一级故障")).text
                                  << QStringList{QStringLiteral("P1")};
        QTest::newRow("zh level with word")
            << Normalizer::normalize(QStringLiteral("二级（严重）")).text << QStringList{QStringLiteral("P2")};
        QTest::newRow("urgent") << QStringLiteral("紧急故障") << QStringList{QStringLiteral("P1")};
        QTest::newRow("pair") << QStringLiteral("P1 / P2") << QStringList{QStringLiteral("P1"), QStringLiteral("P2")};
        QTest::newRow("range") << QStringLiteral("P1-P3")
                               << QStringList{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3")};
        QTest::newRow("template priority")
            << QStringLiteral("support ticket priority urgent") << QStringList{QStringLiteral("P1")};
        QTest::newRow("high priority") << QStringLiteral("High priority tickets") << QStringList{QStringLiteral("P2")};
        QTest::newRow("escalation step is none") << QStringLiteral("第一级") << QStringList{};
        QTest::newRow("after a list number")
            << Normalizer::normalize(QStringLiteral("注：1．三级故障各区域均于下一个工作日到场")).text
            << QStringList{QStringLiteral("P3")};
        QTest::newRow("class after a noun is none")
            << Normalizer::normalize(QStringLiteral("灾备一级（热备系统）")).text << QStringList{};
        QTest::newRow("fault after a noun")
            << Normalizer::normalize(QStringLiteral("核心生产系统一级、二级故障实行备件先行")).text
            << QStringList{QStringLiteral("P1"), QStringLiteral("P2")};
        QTest::newRow("level after a verb")
            << Normalizer::normalize(QStringLiteral("故障等级定为二级")).text << QStringList{QStringLiteral("P2")};
        QTest::newRow("levels run together") << Normalizer::normalize(QStringLiteral("1级2级及以下")).text
                                             << QStringList{QStringLiteral("P1"), QStringLiteral("P2")};
        QTest::newRow("classes listed before their noun")
            << Normalizer::normalize(QStringLiteral("注：一级、二级设备的上述时限均按自然小时计算。")).text
            << QStringList{};
        QTest::newRow("plain text") << QStringLiteral("Production tier") << QStringList{};
    }

    void readsPriorities()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(PriorityParser::prioritiesOf(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestDurationParser)
#include "TestDurationParser.moc"
