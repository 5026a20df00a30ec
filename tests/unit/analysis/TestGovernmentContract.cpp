// A government procurement service contract on the standard text (政府采购服务合同): 工作日 defined at length in the
// general terms, the levels and per-mille penalties in the special terms' table, the buyer's own late-payment
// penalty, a signature block run into the price table.
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

class TestGovernmentContract : public QObject
{
    Q_OBJECT

private slots:
    void specialTermsOfAStandardContract()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral(
                "1.4 “工作日”指国家规定的工作日，即周一至周五以及国务院调休安排的上班日，不含法定节假日和休息日。"),
            QStringLiteral("7.2 甲方无正当理由逾期付款的，每逾期1日按逾期金额的 0.3‰向乙方支付违约金。"),
            QStringLiteral("条款号\t条款名称\t约定内容"),
            QStringLiteral("3.2\t服务时间\tB 类设备：工作日 8:30—17:30。"),
            QStringLiteral("3.3\t到场时间\tB 类设备：下一个工作日到达现场。"),
            QStringLiteral("7.1\t违约金标准\t乙方响应或到场每超时 1 小时，按合同总价的 "
                           "0.5‰向甲方支付违约金；修复超时的，每超时 1 小时"
                           "按合同总价的 1‰支付违约金。违约金累计不超过合同总价的 10%。"),
            QStringLiteral("序号\t设备类别\t数量（台）\t单价（元/台·年）"),
            QStringLiteral("1\tA类设备\t12\t8500.00"),
            QStringLiteral("2\tB类设备\t40\t2100.00"),
            QStringLiteral("\t甲方（盖章）：芜湖市政务数据管理中心\t\t乙方（盖章）：安徽恒拓信息技术有限公司"),
            QStringLiteral("\t法定代表人或授权代表（签字）：\t\t法定代表人或授权代表（签字）："),
            QStringLiteral("\t日期：2025 年 6 月 20 日\t\t日期：2025 年 6 月 20 日"),
        }}));
        // (The per mille of the total per hour, read twice in one cell; the buyer's late payment is no credit.)
        QCOMPARE(fieldsOf(result, QStringLiteral("penalty"), QStringLiteral("percent")),
                 (QStringList{QStringLiteral("0.05"), QStringLiteral("0.1")}));
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 0);
        for (const QString &tier : result.tiers)
            QVERIFY2(!tier.contains(QStringLiteral("甲方")) && !tier.contains(QStringLiteral("日期")) &&
                         !tier.contains(QStringLiteral("法定代表人")),
                     qPrintable(tier));
    }
};

QTEST_GUILESS_MAIN(TestGovernmentContract)
#include "TestGovernmentContract.moc"
