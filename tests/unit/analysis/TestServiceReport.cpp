// A maintainer's monthly service report (维保服务月报): the contract's levels restated under a list item naming
// their tier, the month's attainment beside them, a row of levels for every tier at the end of a tier's table.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/ContractAnalyzer.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::minutesByTierAndPriority;
using tw::test::termsOf;
using tw::test::textDocument;

class TestServiceReport : public QObject
{
    Q_OBJECT

private slots:
    void levelsUnderAListItemNamingTheirTier()
    {
        // "（1）A类设备服务时间：…" right over the grid of times speaks for it; "（3）通用约定" in the next tier's
        // table is every tier's.
        const auto result = analyze(textDocument({{
            QStringLiteral("在保设备分为 A类设备 42 台、B类设备 86 台。A类设备为核心交易系统，B类设备为办公系统。"),
            QStringLiteral("3.1 合同约定服务级别"),
            QStringLiteral("（1）A类设备服务时间：7×24 小时（含法定节假日）"),
            QStringLiteral("考核项\t1级故障\t2级故障"),
            QStringLiteral("响应时间\t≤15 分钟\t≤30 分钟"),
            QStringLiteral("到场时间\t≤2 小时\t≤4 小时"),
            QStringLiteral("（2）B类设备服务时间：5×8（工作日）"),
            QStringLiteral("考核项\t约定"),
            QStringLiteral("响应时间\t≤4 个工作小时"),
            QStringLiteral("（3）通用约定\t服务热线可用率：≥99.9%（按月统计）"),
        }}));
        const auto response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("A类设备 P1")), 15);
        QCOMPARE(response.value(QStringLiteral("A类设备 P2")), 30);
        QCOMPARE(response.value(QStringLiteral("B类设备 ")), 240);
        const auto uptime = termsOf(result, QStringLiteral("uptime_guarantee"));
        QCOMPARE(uptime.size(), 1);
        QCOMPARE(uptime.first().tier, QString());
    }

    void attainmentIsNoPromise()
    {
        // The month's "达成率" and "Actual" columns measured the levels; only the contract's are promised.
        const auto result = analyze(textDocument({{
            QStringLiteral("考核项\t约定值\t达成率\t备注"),
            QStringLiteral("服务热线可用率\t≥99.9%\t100%\t无中断"),
            QStringLiteral("Measure\tTarget\tActual"),
            QStringLiteral("Portal availability\t99.5%\t99.8%"),
        }}));
        QStringList percents;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("uptime_guarantee")))
            percents << term.values.value(QStringLiteral("percent")).toString();
        QCOMPARE(percents, (QStringList{QStringLiteral("99.9"), QStringLiteral("99.5")}));
    }

    void averagesMeasuredUnderEachMeasure()
    {
        // A renewal letter's report of last year: "响应时间 实际平均" under a two-line header measured the levels, so
        // its times in 工作小时 promise nothing and raise no finding.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务等级\t故障级别\t到场时间 承诺\t到场时间 实际平均\t修复时间 实际平均"),
            QStringLiteral("标准级\t一级\t4 工作小时\t4.2 工作小时\t0.8 工作日"),
            QStringLiteral("标准级\t二级\t下一工作日\t0.9 工作日\t2.1 工作日"),
        }}));
        QStringList quotes;
        for (const Finding &finding : result.findings)
            quotes << finding.evidence.quote;
        for (const QString &measured :
             {QStringLiteral("4.2 工作小时"), QStringLiteral("0.8 工作日"), QStringLiteral("2.1 工作日")})
            QVERIFY2(!quotes.contains(measured), qPrintable(quotes.join(QLatin1String(" | "))));
        QVERIFY(quotes.contains(QStringLiteral("4 工作小时"))); // the level promised
    }
};

QTEST_GUILESS_MAIN(TestServiceReport)
#include "TestServiceReport.moc"
