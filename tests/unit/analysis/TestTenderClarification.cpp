// A tender's clarification and Q&A document (招标澄清及答疑文件): a bidder's question quoted with the buyer's answer in
// one paragraph, and a table of corrections setting the tender's original wording beside the corrected one.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/ContractAnalyzer.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::fieldsOf;
using tw::test::findingCount;
using tw::test::termsOf;
using tw::test::textDocument;

class TestTenderClarification : public QObject
{
    Q_OBJECT

private slots:
    void answerInTheQuestionsParagraph()
    {
        // The question's "5×8 小时" asks; the answer after "答复：" sets the hours and the response.
        const auto result = analyze(textDocument({{
            QStringLiteral(
                "问题 9：B类设备“5×8 "
                "小时”服务的具体时段如何界定？服务时间以外发生的故障如何处理？答复：B类设备服务时间为"
                "工作日 8:30—17:30，服务时间内 2 小时内响应；服务时间以外报修的，自下一服务时段开始时起算。"),
        }}));
        const auto coverage = termsOf(result, QStringLiteral("coverage"));
        QCOMPARE(coverage.size(), 1);
        QCOMPARE(coverage.first().values.value(QStringLiteral("start")).toString(), QStringLiteral("08:30"));
        QCOMPARE(fieldsOf(result, QStringLiteral("response_time"), QStringLiteral("minutes")),
                 QStringList{QStringLiteral("120")});
    }

    void originalWordingBesideTheCorrection()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("序号\t招标文件位置\t原表述\t更正后表述"),
            QStringLiteral("3\t第三章第 2.4 条\t故障发生后尽快恢复设备正常运行。\tA类设备到场后 4 小时内修复。"),
            QStringLiteral("5\t第三章第 3.1 条\t备件可采用原厂件或同等品质的兼容件。\tA类设备须使用原厂全新备件。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 0);
        QCOMPARE(fieldsOf(result, QStringLiteral("parts_quality"), QStringLiteral("value")),
                 QStringList{QStringLiteral("oem_new")});
    }

    void negotiationMinutesKeepWhatWasAgreed()
    {
        // "乙方原方案：…" and "甲方意见：…" are superseded by "经协商双方同意：…"; the vendor's own "乙方说明：…" still
        // speaks for it.
        const auto result = analyze(textDocument({{
            QStringLiteral("议题二：服务时间与服务时限"),
            QStringLiteral(
                "乙方原方案：金牌服务提供7×24电话支持，关键设备原则上4小时内到场；备件类型根据库存情况确定。"),
            QStringLiteral("甲方意见：要求按故障级别明确到场时限，删除“原则上”等表述。"),
            QStringLiteral("乙方说明：芜湖地区的现场服务由乙方在当地的合作服务商执行。"),
            QStringLiteral("经协商双方同意：关键业务级服务时间为7×24小时，含法定节假日，2小时内到场。"),
        }}));
        const QStringList onsite = fieldsOf(result, QStringLiteral("onsite_time"), QStringLiteral("minutes"));
        QCOMPARE(onsite, QStringList{QStringLiteral("120")});
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
    }
};

QTEST_GUILESS_MAIN(TestTenderClarification)
#include "TestTenderClarification.moc"
