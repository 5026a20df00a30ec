// A maintenance provider's page of questions and answers (问：… 答：…), and an amendment quoting its own
// definitions: the questions ask, the answers commit.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/ContractAnalyzer.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::findingCount;
using tw::test::findingsOf;
using tw::test::textDocument;

class TestServiceFaq : public QObject
{
    Q_OBJECT

private slots:
    void questionsAskAndAnswersCommit()
    {
        const auto result = analyze(
            textDocument({{
                             QStringLiteral("**问：你们说的“快速响应”到底有多快？**"),
                             QStringLiteral("答：尊享级一级故障15分钟内响应，2小时内到场。"),
                             QStringLiteral("**问：时间从什么时候开始算？**"),
                             QStringLiteral("答：热线工程师先做远程诊断，响应和到场时间从工单定级完成后开始计算。"),
                             QStringLiteral("答：标准级的修复时间，具体约定以合同附件《服务级别明细》为准。"),
                             QStringLiteral("答：标准级使用原厂新件或经过我们检测的翻新件，具体用哪种由我们自行决定。"),
                             QStringLiteral("答：续签时的价格会根据原厂备件价格和人工成本的变化重新核定。"),
                         }},
                         DocumentFormat::Text));
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        const auto parts = findingsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QVERIFY(parts.first().evidence.quote.contains(QStringLiteral("由我们自行决定")));
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
    }

    void amendmentQuotingItsOwnDefinitions()
    {
        // The amended clause is quoted whole, its defined term in inner quotes (‘工作日’指…); a price the vendor may
        // adjust with its costs is a price adjustment, not a change of the service.
        const auto result = analyze(textDocument({{
            QStringLiteral(
                "1．原合同第3.1条修改为：“金牌服务提供7×24小时服务，含法定节假日；银牌服务时间为工作日8:30—17:30。"
                "本合同所称‘工作日’指周一至周五，国家法定节假日除外，国务院通知调休上班的周六、周日视为工作日。”"),
            QStringLiteral("2．原合同第3.2条修改为：“银牌服务一级故障4个工作小时内到场，二级故障下一个工作日到场。”"),
            QStringLiteral("3．原合同第8.1条修改为：“银牌服务单价自 2026 年 4 月 1 "
                           "日起，乙方可根据原厂备件及物流成本的市场变化情况"
                           "进行相应调整，调整后的单价以乙方书面通知为准。”"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
    }

    void pictureTranscribedInAChat()
    {
        // "[图片：安心套餐故障分级，已转文字]" over the table a salesman typed out from a screenshot: the table is
        // 安心套餐's.
        const auto result = analyze(textDocument({{
            QStringLiteral("套餐\t服务时间\t单价"),
            QStringLiteral("省心套餐\t5×8\t2800元/台/年"),
            QStringLiteral("安心套餐\t7×24\t5600元/台/年"),
            QStringLiteral("[图片：安心套餐故障分级，已转文字]"),
            QStringLiteral("级别\t情况\t响应\t到场"),
            QStringLiteral("P1 紧急\t业务中断\t30分钟内\t4小时内"),
            QStringLiteral("P2 严重\t冗余失效\t1小时内\t8小时内"),
        }}));
        QCOMPARE(tw::test::minutesByTierAndPriority(result, QStringLiteral("onsite_time")),
                 (QMap<QString, int>{{QStringLiteral("安心套餐 P1"), 240}, {QStringLiteral("安心套餐 P2"), 480}}));
    }
};

QTEST_GUILESS_MAIN(TestServiceFaq)
#include "TestServiceFaq.moc"
