// A supervisor's review of a vendor's maintenance plan (监理单位的维保方案审核意见): each clause of the plan quoted
// ("方案原文：…"), then the reviewer's comments ("审核意见：需修改。…") and a conclusion. Only the plan promises.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/ContractAnalyzer.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::fieldsOf;
using tw::test::findingCount;
using tw::test::textDocument;

class TestPlanReview : public QObject
{
    Q_OBJECT

private slots:
    void onlyThePlanQuotedPromises()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("（三）故障分级及服务时限"),
            QStringLiteral("方案原文：“响应时间自接到医院报修电话起计算；到场时间自服务商工程师远程诊断确认需现场处理之"
                           "时起计算。”"),
            QStringLiteral("审核意见："),
            QStringLiteral("1. 需修改。到场时间应自医院报修之时起算，不应以服务商远程诊断确认的时间为起算点。"),
            QStringLiteral("2. 建议修复时限改为“48 小时内修复”，不应“视故障情况而定”。"),
            QStringLiteral("方案原文：“A类设备 1级故障 4 小时内修复。”"),
            QStringLiteral("四、审核结论"),
            QStringLiteral("监理单位原则上同意该方案，请服务商按审核意见修改后再次报审。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
        QCOMPARE(fieldsOf(result, QStringLiteral("resolution_time"), QStringLiteral("minutes")),
                 QStringList{QStringLiteral("240")});
    }
};

QTEST_GUILESS_MAIN(TestPlanReview)
#include "TestPlanReview.moc"
