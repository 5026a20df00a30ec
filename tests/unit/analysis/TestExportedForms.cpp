// Quotes exported from tools: a procurement platform's blocks of "key：value" lines, one block per quote line,
// and a spreadsheet printed to PDF with its letterhead box above the table and the terms in a 备注 column.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/AnalysisText.h"
#include "core/analysis/ItemBlocks.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::boxLine;
using tw::test::findingCount;
using tw::test::pdfPage;
using tw::test::termsOf;
using tw::test::textDocument;

class TestExportedForms : public QObject
{
    Q_OBJECT

private slots:
    void itemNameLines()
    {
        QCOMPARE(itemBlockName(QStringLiteral("物料名称：服务器维保服务-核心业务")), QStringLiteral("核心业务"));
        QCOMPARE(itemBlockName(QStringLiteral("物料名称：服务器维修服务-测试开发（按次）")),
                 QStringLiteral("测试开发"));
        QCOMPARE(itemBlockName(QStringLiteral("物料编码：SV-MA-001")), QString());
    }

    void platformReplyOfKeyValueBlocks()
    {
        const auto result =
            analyze(textDocument({{
                                     QStringLiteral("币种：人民币（CNY）"),
                                     QStringLiteral("询价行 1/2"),
                                     QStringLiteral("物料名称：服务器维保服务-核心业务"),
                                     QStringLiteral("需求描述：要求7×24小时服务、4小时到场、原厂全新备件。"),
                                     QStringLiteral("报价单位：元/台/年"),
                                     QStringLiteral("含税单价：11,800.00"),
                                     QStringLiteral("含税金额：118,000.00"),
                                     QStringLiteral("响应时间：15分钟"),
                                     QStringLiteral("到场时间：4小时"),
                                     QStringLiteral("询价行 2/2"),
                                     QStringLiteral("物料名称：服务器维保服务-一般业务"),
                                     QStringLiteral("需求描述：要求5×8小时，下一工作日到场。"),
                                     QStringLiteral("报价单位：元/台/年"),
                                     QStringLiteral("含税单价：4,650.00"),
                                     QStringLiteral("响应时间：2小时"),
                                     QStringLiteral("【供应商整体备注】"),
                                     QStringLiteral("服务期内每季度提交服务报告。"),
                                 }},
                                 DocumentFormat::Text));
        QMap<QString, int> responseByTier;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            responseByTier.insert(term.tier, term.values.value(QStringLiteral("minutes")).toInt());
        QCOMPARE(responseByTier.value(QStringLiteral("核心业务")), 15);
        QCOMPARE(responseByTier.value(QStringLiteral("一般业务")), 120);
        QMap<int, QString> perByAmount;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price")))
            perByAmount.insert(term.values.value(QStringLiteral("amount")).toInt(),
                               term.values.value(QStringLiteral("per")).toString());
        QCOMPARE(perByAmount.value(11800), QStringLiteral("server_year")); // 报价单位：元/台/年
        QCOMPARE(perByAmount.value(118000), QStringLiteral("total"));
        // The buyer's 需求描述 promises nothing: no on-site term of 下一工作日, no day_basis finding on it.
        QCOMPARE(termsOf(result, QStringLiteral("onsite_time")).size(), 1);
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 0);
        // A 【…】 block after the items is no item's.
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added")))
            QVERIFY2(term.tier.isEmpty(), qPrintable(term.tier));
    }

    void tenderFormWithUnitsInItsLabels()
    {
        // A tender platform's quote form, one "字段（单位）：值" per line and a section per package: the unit in the
        // label goes with the value, and "服务包一" / "服务包二" are the tiers.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务期限（月）：36"),
            QStringLiteral("三、服务包一"),
            QStringLiteral("服务时间：7×24小时（含法定节假日）"),
            QStringLiteral("响应时间（分钟）：15"),
            QStringLiteral("到场时间（小时）：原则上不超过4"),
            QStringLiteral("二级故障修复时间（自然小时）：二十四"),
            QStringLiteral("单价（元/台/年）：8,600.00"),
            QStringLiteral("四、服务包二"),
            QStringLiteral("响应时间（分钟）：60"),
            QStringLiteral("单价（元/台/年）：2,900.00"),
            QStringLiteral("补充说明：服务包一由我司自有工程师完成；服务包二的边缘节点由当地合作伙伴提供。"),
        }}));
        QCOMPARE(tw::test::minutesByTierAndPriority(result, QStringLiteral("response_time")),
                 (QMap<QString, int>{{QStringLiteral("服务包一 "), 15}, {QStringLiteral("服务包二 "), 60}}));
        QCOMPARE(tw::test::minutesByTierAndPriority(result, QStringLiteral("onsite_time")),
                 (QMap<QString, int>{{QStringLiteral("服务包一 "), 240}}));
        QCOMPARE(tw::test::minutesByTierAndPriority(result, QStringLiteral("resolution_time")),
                 (QMap<QString, int>{{QStringLiteral("服务包一 P2"), 1440}}));
        QCOMPARE(tw::test::currencyByAmount(result),
                 (QMap<double, QString>{{8600, QStringLiteral("CNY")}, {2900, QStringLiteral("CNY")}}));
        const auto months = termsOf(result, QStringLiteral("term_months"));
        QCOMPARE(months.size(), 1);
        QCOMPARE(months.first().values.value(QStringLiteral("value")).toInt(), 36);
    }

    void spreadsheetWithALetterheadBox()
    {
        QList<TextLine> lines;
        // The letterhead box: four narrow rows of labels and values.
        lines << boxLine(QStringLiteral("客户名称"), 40, 60, 40)
              << boxLine(QStringLiteral("陕西某材料公司"), 100, 60, 90)
              << boxLine(QStringLiteral("报价编号"), 330, 60, 40)
              << boxLine(QStringLiteral("HT-20250418"), 400, 60, 80);
        lines << boxLine(QStringLiteral("联系人"), 40, 76, 30) << boxLine(QStringLiteral("王工"), 100, 76, 20)
              << boxLine(QStringLiteral("报价日期"), 330, 76, 40) << boxLine(QStringLiteral("2025/4/18"), 400, 76, 50);
        // The table: 设备组 names the tiers; the 备注 column holds the terms.
        const QList<QPair<QString, double>> header = {
            {QStringLiteral("序号"), 40},      {QStringLiteral("设备组"), 70},          {QStringLiteral("数量"), 130},
            {QStringLiteral("服务时段"), 160}, {QStringLiteral("响应"), 210},           {QStringLiteral("到场"), 250},
            {QStringLiteral("修复"), 290},     {QStringLiteral("单价(元/台/年)"), 330}, {QStringLiteral("备注"), 420}};
        for (const auto &[text, x] : header)
            lines << boxLine(text, x, 100, 30);
        auto row = [&](const QStringList &cells, double y) {
            for (int i = 0; i < cells.size(); ++i)
                lines << boxLine(cells.at(i), header.at(i).second, y, 30);
        };
        row({QStringLiteral("1"), QStringLiteral("核心数据库"), QStringLiteral("6"), QStringLiteral("7x24"),
             QStringLiteral("15分钟"), QStringLiteral("2小时"), QStringLiteral("6小时"), QStringLiteral("9600.00"),
             QStringLiteral("含法定节假日")},
            120);
        row({QStringLiteral("2"), QStringLiteral("开发测试"), QStringLiteral("10"), QStringLiteral("5x8"),
             QStringLiteral("2小时"), QStringLiteral("下一个工作日"), QStringLiteral("3个工作日"),
             QStringLiteral("1800.00"), QStringLiteral("兼容件")},
            140);
        lines << boxLine(QStringLiteral("报价说明"), 40, 170, 40)
              << boxLine(QStringLiteral("7×24服务的响应、到场、修复时间均按自然小时计算；5×8服务仅在工作时间内计时。"),
                         100, 170, 400);
        const auto result = analyze(pdfPage(QStringLiteral("quote.pdf"), lines));
        QStringList tiers = result.tiers;
        tiers.sort();
        QCOMPARE(tiers, (QStringList{QStringLiteral("开发测试"), QStringLiteral("核心数据库")})); // not 报价说明
        QMap<QString, QString> basisByTier;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            basisByTier.insert(term.tier, term.values.value(QStringLiteral("basis")).toString());
        QCOMPARE(basisByTier.value(QStringLiteral("核心数据库")), QStringLiteral("calendar"));
        QCOMPARE(basisByTier.value(QStringLiteral("开发测试")), QStringLiteral("business"));
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price")))
            QCOMPARE(term.values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
    }
};

QTEST_APPLESS_MAIN(TestExportedForms)
#include "TestExportedForms.moc"
