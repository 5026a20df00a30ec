// A maintenance contract renewed with changed levels (维保服务续签合同): a table of the old terms beside the renewed
// ones, where only the renewed wording is promised, and a row "同原约定" keeps the old.
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

class TestContractRenewal : public QObject
{
    Q_OBJECT

private slots:
    void oldTermsBesideTheRenewedOnes()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("序号\t项目\t原约定\t续签后约定"),
            QStringLiteral("10\t备件\t原厂备件或同等品质兼容备件\tA类服务器使用原厂全新备件"),
            QStringLiteral("11\t现场服务人员\t现场服务可由乙方合作伙伴提供\t现场服务由乙方自有工程师提供"),
            QStringLiteral("12\t到场时间\t接到报修后 4 小时内到场\t同原约定"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 0);
        QCOMPARE(fieldsOf(result, QStringLiteral("parts_quality"), QStringLiteral("value")),
                 QStringList{QStringLiteral("oem_new")});
        QCOMPARE(fieldsOf(result, QStringLiteral("onsite_time"), QStringLiteral("minutes")),
                 QStringList{QStringLiteral("240")});
    }
};

QTEST_GUILESS_MAIN(TestContractRenewal)
#include "TestContractRenewal.moc"
