// A third-party maintainer's tender response (投标文件) as hospitals receive them: equipment zones as tiers,
// one sentence giving two zones their hours, totals rows with their labels in several cells.
#include "AnalysisTestDocs.h"
#include "core/analysis/ContractAnalyzer.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::textDocument;

namespace {

AnalysisResult analyze(const Document &document) { return ContractAnalyzer().analyze(document); }

QList<SlaTerm> termsOf(const AnalysisResult &result, const QString &key)
{
    QList<SlaTerm> found;
    for (const SlaTerm &term : result.terms) {
        if (term.key == key)
            found << term;
    }
    return found;
}

int findingsOf(const AnalysisResult &result, const QString &category)
{
    int count = 0;
    for (const Finding &finding : result.findings)
        count += finding.category == category ? 1 : 0;
    return count;
}

} // namespace

class TestTenderResponse : public QObject
{
    Q_OBJECT

private slots:
    void letteredZonesAreTiers()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("1. 服务对象。机房 A 区为核心业务服务器；机房 B 区为办公服务器。"),
            QStringLiteral("（一）响应时间表——机房 A 区"),
            QStringLiteral("故障等级\t远程响应\t到达现场"),
            QStringLiteral("一级故障\t十五分钟内响应\t两小时内到场"),
            QStringLiteral("（二）响应时间表——机房 B 区"),
            QStringLiteral("故障等级\t远程响应\t到达现场"),
            QStringLiteral("一级故障\t半小时内响应\t6 小时内到场"),
        }}));
        QStringList tiers;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time")))
            tiers << term.tier + QLatin1Char('=') + term.values.value(QStringLiteral("minutes")).toString();
        tiers.sort();
        QCOMPARE(tiers, (QStringList{QStringLiteral("机房A区=120"), QStringLiteral("机房B区=360")}));
    }

    void anotherZonesHolidaysDoNotDefineTheBusinessDay()
    {
        // The holidays named for zone A's 7×24 say nothing of zone B's 工作日.
        const auto result =
            analyze(textDocument({{QStringLiteral("2. 服务时间。机房 A 区设备提供 7×24 小时服务（含法定节假日）；机房 "
                                                  "B 区设备提供 5×8 小时服务（工作日 9:00-17:00）。")}}));
        QCOMPARE(findingsOf(result, QStringLiteral("day_basis")), 1);
        // Said in the same part of the sentence, the holiday rule does define it.
        const auto defined = analyze(textDocument(
            {{QStringLiteral("服务时间。机房 B 区设备提供 5×8 小时服务（工作日 9:00-17:00，法定节假日除外）。")}}));
        QCOMPARE(findingsOf(defined, QStringLiteral("day_basis")), 0);
    }

    void oneClauseIsOnePartsFinding()
    {
        const auto result = analyze(textDocument({{QStringLiteral(
            "4. 备件质量。机房 B 区设备所需备件，由我司自行决定采用原厂新件或经检测合格的翻新件。")}}));
        QCOMPARE(findingsOf(result, QStringLiteral("parts_quality")), 1);
    }

    void totalsRowLabelInASecondCell()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("序号\t服务内容\t数量（台）\t单价（元/台·年）"),
            QStringLiteral("1\tA 类服务器维保服务\t40\t4,800.00"),
            QStringLiteral("报价说明：\t报价合计（三年）\t人民币玖拾柒万贰仟元整（¥972,000.00）"),
            QStringLiteral("年服务费合计（大写）：人民币壹拾贰万元整\t（小写）：¥120,000.00"),
        }}));
        QMap<int, QString> perByAmount;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price")))
            perByAmount.insert(term.values.value(QStringLiteral("amount")).toInt(),
                               term.values.value(QStringLiteral("per")).toString());
        QCOMPARE(perByAmount.value(4800), QStringLiteral("server_year"));
        QCOMPARE(perByAmount.value(972000), QStringLiteral("total"));
        QCOMPARE(perByAmount.value(120000), QStringLiteral("year"));
    }

    void hardwareStatusMonitoring()
    {
        const auto result = analyze(textDocument({{QStringLiteral(
            "（二）远程监控：依托智能运维平台，对全部设备的带外管理接口（iDRAC/iLO）进行实时硬件状态监控。")}}));
        bool monitoring = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added")))
            monitoring =
                monitoring || term.values.value(QStringLiteral("value")) == QStringLiteral("remote_monitoring");
        QVERIFY(monitoring);
    }
};

QTEST_GUILESS_MAIN(TestTenderResponse)
#include "TestTenderResponse.moc"
