// A data centre's hosting and hardware maintenance SLA (IDC 托管 + 硬件维保): plans opened by numbered clauses,
// availability levels beside the credits for missing them, a parts replacement time column, fees that follow the
// price of electricity, a quality standard deferred to an annex never attached.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/ContractAnalyzer.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::fieldsOf;
using tw::test::findingsOf;
using tw::test::minutesByTierAndPriority;
using tw::test::termsOf;
using tw::test::textDocument;

class TestHostingSla : public QObject
{
    Q_OBJECT

private slots:
    void plansOpenedByNumberedClauses()
    {
        // "4.4 金牌维保：…" / "4.5 标准维保：…" are the plans; "4.3 故障级别：…" and "4.6 增值服务：…" are not, nor are
        // the sections' titles.
        const auto result = analyze(textDocument({{
            QStringLiteral("三、托管服务水平"),
            QStringLiteral("3.1 双流机房提供 7×24×365 运维值守服务。"),
            QStringLiteral("四、硬件维保服务水平"),
            QStringLiteral("4.3 故障级别：1级故障指设备宕机或业务中断；2级故障指冗余部件失效。"),
            QStringLiteral("4.4 金牌维保：服务时间为 7×24 小时，含法定节假日。各级故障的服务时限如下表："),
            QStringLiteral("故障级别\t响应时间\t到场时间\t备件更换时间"),
            QStringLiteral("1级故障\t15 分钟内\t30 分钟内\t4 小时内"),
            QStringLiteral("2级故障\t30 分钟内\t2 小时内\t8 小时内"),
            QStringLiteral(
                "4.5 标准维保：服务时间为 5×8（工作时间）。1级故障 1 小时内响应，4 个工作小时内到场，下一个工作日内"
                "完成备件更换；2级及以下故障于下一个工作日到场处理。"),
            QStringLiteral("4.6 增值服务：每季度一次预防性巡检。"),
        }}));
        const auto resolution = minutesByTierAndPriority(result, QStringLiteral("resolution_time"));
        QCOMPARE(resolution.value(QStringLiteral("金牌维保 P1")), 240);
        QCOMPARE(resolution.value(QStringLiteral("金牌维保 P2")), 480);
        const auto onsite = minutesByTierAndPriority(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.value(QStringLiteral("标准维保 P1")), 240);
        QCOMPARE(onsite.value(QStringLiteral("金牌维保 P1")), 30);
        for (const SlaTerm &term : result.terms)
            QVERIFY2(term.tier != QLatin1String("增值服务") && term.tier != QLatin1String("故障级别") &&
                         !term.tier.endsWith(QStringLiteral("服务水平")),
                     qPrintable(term.tier));
    }

    void resourcePoolsOfAGovernmentCloud()
    {
        // "关键业务资源池" / "一般业务资源池" are graded classes; a note that "各项时限" run on natural hours speaks
        // for every time in the table, though it says "分级响应" on the way.
        const auto result = analyze(textDocument({{
            QStringLiteral("关键业务资源池：7×24 小时，含法定节假日。"),
            QStringLiteral("一般业务资源池：5×8 小时（工作日 9:00–17:00）。"),
            QStringLiteral("关键业务资源池按下表分级响应，各项时限均按自然小时连续计算，不因夜间、周末或节假日中断。"),
            QStringLiteral("表 3-1 关键业务资源池故障分级及服务时限"),
            QStringLiteral("故障级别\t响应时间\t到场时间\t修复时间"),
            QStringLiteral("一级故障\t15 分钟内响应\t2 小时内到场\t6 小时内修复"),
            QStringLiteral("二级故障\t30 分钟内响应\t4 小时内到场\t12 小时内修复"),
            QStringLiteral("一般业务资源池的故障，我司在服务时间内 2 小时内响应，原则上下一个工作日到场。"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("关键业务资源池"), QStringLiteral("一般业务资源池")}));
        QCOMPARE(
            minutesByTierAndPriority(result, QStringLiteral("onsite_time")).value(QStringLiteral("关键业务资源池 P2")),
            240);
        for (const SlaTerm &term : termsOf(result, QStringLiteral("resolution_time")))
            QCOMPARE(term.values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        QCOMPARE(termsOf(result, QStringLiteral("resolution_time")).size(), 2);
    }

    void serviceCreditsBesideTheAvailabilityMissed()
    {
        // 服务积分 are service credits; the availability level missed is not the credit, "每累计满 1 小时" is per hour.
        const auto result = analyze(textDocument({{
            QStringLiteral("六、服务积分"),
            QStringLiteral(
                "（1）机柜电力可用性低于 99.99%的，每发生1次电力中断事件，按该机柜当月托管费的 10%计算服务积分；"),
            QStringLiteral("（2）带宽可用性低于 99.9%的，不可用时间每累计满 1 小时，按当月带宽费的 5%计算服务积分。"),
        }}));
        const auto penalties = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalties.size(), 2);
        QCOMPARE(penalties.at(0).values.value(QStringLiteral("percent")).toDouble(), 10.0);
        QCOMPARE(penalties.at(0).values.value(QStringLiteral("per")).toString(), QStringLiteral("incident"));
        QCOMPARE(penalties.at(1).values.value(QStringLiteral("percent")).toDouble(), 5.0);
        QCOMPARE(penalties.at(1).values.value(QStringLiteral("per")).toString(), QStringLiteral("hour"));
    }

    void hostingFeeFollowingThePriceOfElectricity()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("8.2 服务期内维保费单价保持不变。"),
            QStringLiteral(
                "8.3 如遇国家或地方电价上调，乙方有权根据电价调整幅度相应上调机柜托管费，并提前 30 日书面通知甲方。"),
        }}));
        QCOMPARE(fieldsOf(result, QStringLiteral("price_adjustment"), QStringLiteral("value")),
                 QStringList({QStringLiteral("fixed"), QStringLiteral("unbounded")}));
        QCOMPARE(findingsOf(result, QStringLiteral("price_adjustment")).size(), 1);
    }

    void qualityStandardInAnAnnexNeverAttached()
    {
        // The annex named for the network's quality levels is missing; a regulation followed is no annex.
        const auto result = analyze(textDocument({{
            QStringLiteral("3.3 网络带宽：乙方承诺带宽的月度可用性不低于 "
                           "99.9%；网络质量指标（丢包率、时延、抖动）详见附件三《网络服务质量标准》。"),
            QStringLiteral("3.5 本协议已按照《数据中心服务质量管理办法》对托管服务的要求编制。"),
        }}));
        const auto missing = findingsOf(result, QStringLiteral("missing_sla"));
        QCOMPARE(missing.size(), 1);
        QVERIFY(missing.first().evidence.quote.contains(QStringLiteral("附件三")));
    }
};

QTEST_GUILESS_MAIN(TestHostingSla)
#include "TestHostingSla.moc"
