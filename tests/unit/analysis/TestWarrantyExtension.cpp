// A server maker's extended warranty service description (原厂延保服务说明书): its packages priced as columns under a
// line giving the unit ("以下价格单位为人民币元/台/年"), firmware help included in every package.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/ContractAnalyzer.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::findingCount;
using tw::test::termsOf;
using tw::test::textDocument;

class TestWarrantyExtension : public QObject
{
    Q_OBJECT

private slots:
    void packagePricesUnderAUnitLine()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("五、服务价格"),
            QStringLiteral("以下价格单位为人民币元/台/年，含 6%增值税。"),
            QStringLiteral("机型\t配置说明\t基础延保\t增强延保"),
            QStringLiteral("SH2280 G3\t2U 双路\t2600\t4350"),
        }}));
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        QCOMPARE(prices.at(1).values.value(QStringLiteral("amount")).toDouble(), 4350.0);
        QCOMPARE(prices.at(1).values.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
        QCOMPARE(prices.at(1).values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
    }

    void firmwareIncludedInEveryPackage()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("四、不保范围"),
            QStringLiteral("操作系统、数据库及应用软件的故障不在延保服务范围内；服务器 BIOS、BMC 及 RAID "
                           "卡固件的故障诊断与升级指导"
                           "包含在各延保服务包中。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 0);
    }
};

QTEST_GUILESS_MAIN(TestWarrantyExtension)
#include "TestWarrantyExtension.moc"
