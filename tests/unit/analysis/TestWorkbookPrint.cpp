// A price-and-service workbook printed sheet by sheet: the spreadsheet's column letters and row numbers
// around each grid, unit prices per month, a column per contract year, subtotals per plan, an escalator row.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/SheetPrint.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::boxLine;
using tw::test::linePointers;
using tw::test::pdfPage;
using tw::test::termsOf;
using tw::test::textDocument;
using tw::test::wordsLine;

namespace {

QString valueOf(const SlaTerm &term, const char *field) { return term.values.value(QLatin1String(field)).toString(); }

/** The SLA sheet as printed: a ruler of column letters, then numbered rows. */
QList<TextLine> slaSheet()
{
    QList<TextLine> lines;
    lines << boxLine(QStringLiteral("Sheet: SLA Matrix"), 51, 63, 60);
    lines << boxLine(QStringLiteral("A"), 138, 77, 5) << boxLine(QStringLiteral("B"), 311, 77, 5)
          << boxLine(QStringLiteral("C"), 511, 77, 5);
    lines << wordsLine({{QStringLiteral("2"), 57}, {QStringLiteral("Service"), 67}, {QStringLiteral("Element"), 115}},
                       101)
          << boxLine(QStringLiteral("Platinum"), 215, 101, 36) << boxLine(QStringLiteral("Silver"), 420, 101, 30);
    lines << wordsLine({{QStringLiteral("3"), 57}, {QStringLiteral("Coverage"), 67}, {QStringLiteral("window"), 121}},
                       114)
          << boxLine(QStringLiteral("24x7x365, including holidays"), 215, 114, 109)
          << boxLine(QStringLiteral("Business Days, 8:00 AM - 5:00 PM"), 420, 114, 130);
    lines << wordsLine({{QStringLiteral("4"), 57},
                        {QStringLiteral("Sev"), 67},
                        {QStringLiteral("1"), 89},
                        {QStringLiteral("Response"), 97}},
                       126)
          << boxLine(QStringLiteral("30 minutes"), 215, 126, 42)
          << boxLine(QStringLiteral("2 Business Hours"), 420, 126, 70);
    lines << wordsLine({{QStringLiteral("5"), 57}, {QStringLiteral("Parts"), 67}, {QStringLiteral("stocking"), 99}},
                       139)
          << boxLine(QStringLiteral("Forward stocking location, Columbus, OH"), 215, 139, 157)
          << boxLine(QStringLiteral("Central depot, Louisville, KY"), 420, 139, 120);
    return lines;
}

/** A row of a printed grid: each cell's text at its column's x, 15 pt below the last (12-pt boxes touch but for 3 pt).
 */
QList<TextLine> gridRow(const QList<QPair<QString, double>> &cells, double y)
{
    QList<TextLine> lines;
    for (const auto &cell : cells) {
        if (!cell.first.isEmpty())
            lines << boxLine(cell.first, cell.second, y, 10.5 * cell.first.size());
    }
    return lines;
}

} // namespace

class TestWorkbookPrint : public QObject
{
    Q_OBJECT

private slots:
    void columnLettersAndRowNumbersComeOff()
    {
        const QList<TextLine> lines = slaSheet();
        const QList<const TextLine *> page = linePointers(lines);
        std::list<TextLine> storage;
        const QList<const TextLine *> grid = withoutSheetMargins(page, &storage);
        QStringList texts;
        for (const TextLine *line : grid)
            texts << line->text;
        QVERIFY(!texts.contains(QStringLiteral("A")) && !texts.contains(QStringLiteral("C")));
        QVERIFY2(texts.contains(QStringLiteral("Service Element")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Coverage window")));
        // A page without a ruler keeps its numbered lines.
        const QList<TextLine> numbered = {boxLine(QStringLiteral("1 Scope"), 57, 100, 60),
                                          boxLine(QStringLiteral("2 Terms"), 57, 114, 60)};
        QList<const TextLine *> plain{&numbered.at(0), &numbered.at(1)};
        QCOMPARE(withoutSheetMargins(plain, &storage), plain);
    }

    void twoLettersAreARulerOnlyOverNumberedRows()
    {
        // A sheet of notes prints only columns A and B: over three numbered rows they are still its ruler.
        QList<TextLine> lines = {boxLine(QStringLiteral("A"), 88, 80, 5), boxLine(QStringLiteral("B"), 400, 80, 5)};
        for (int row = 1; row <= 3; ++row)
            lines << wordsLine({{QString::number(row), 57}, {QString::number(row), 88}, {QStringLiteral("Note"), 108}},
                               90 + 15 * row);
        QList<const TextLine *> page = linePointers(lines);
        std::list<TextLine> storage;
        QStringList texts;
        for (const TextLine *line : withoutSheetMargins(page, &storage))
            texts << line->text;
        QCOMPARE(texts, (QStringList{QStringLiteral("1 Note"), QStringLiteral("2 Note"), QStringLiteral("3 Note")}));
        // Over two numbered rows, two letters may be anything.
        page.removeLast();
        QCOMPARE(withoutSheetMargins(page, &storage), page);
    }

    void exportedQuoteSheetWithSitesAndLevels()
    {
        // Rows 3 pt apart read as one buffered row at first, the letterhead's lines with them; a row without a
        // remark is a row of its own. Each
        // site's servers take a level: the level column names the tiers, not the site column.
        const double x[] = {60, 90, 160, 230, 280, 420};
        auto row = [&](const QStringList &cells, double y) {
            QList<QPair<QString, double>> placed;
            for (int i = 0; i < cells.size(); ++i)
                placed << qMakePair(cells.at(i), x[i]);
            return gridRow(placed, y);
        };
        QList<TextLine> lines = gridRow(
            {{QStringLiteral("报价单位：南京致衡信息系统有限公司"), 60}, {QStringLiteral("币种：人民币（元）"), 235}},
            85);
        lines << row({QStringLiteral("序号"), QStringLiteral("站点"), QStringLiteral("型号"),
                      QStringLiteral("服务级别"), QStringLiteral("单价（元/台/年）"), QStringLiteral("备注")},
                     100);
        lines << row({QStringLiteral("1"), QStringLiteral("常州总部"), QStringLiteral("R740"), QStringLiteral("A级"),
                      QStringLiteral("8,400.00"), QStringLiteral("虚拟化")},
                     115);
        lines << row({QStringLiteral("2"), QStringLiteral("常州总部"), QStringLiteral("R640"), QStringLiteral("A级"),
                      QStringLiteral("7,800.00"), QString()},
                     130);
        lines << row({QStringLiteral("3"), QStringLiteral("无锡工厂"), QStringLiteral("DL380"), QStringLiteral("B级"),
                      QStringLiteral("4,500.00"), QStringLiteral("已过保")},
                     145);
        lines << row({QStringLiteral("4"), QStringLiteral("合肥分公司"), QStringLiteral("NF5270"),
                      QStringLiteral("B级"), QStringLiteral("4,200.00"), QStringLiteral("本地上门")},
                     160);
        const auto result = analyze(pdfPage(QStringLiteral("quote.pdf"), lines));
        QMap<double, QString> tierByAmount;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            tierByAmount.insert(price.values.value(QStringLiteral("amount")).toDouble(), price.tier);
        QCOMPARE(tierByAmount.value(8400), QStringLiteral("A级"));
        QCOMPARE(tierByAmount.value(7800), QStringLiteral("A级"));
        QCOMPARE(tierByAmount.value(4500), QStringLiteral("B级"));
        QCOMPARE(tierByAmount.value(4200), QStringLiteral("B级"));
    }

    void measureMergedDownOverPriorities()
    {
        // "故障修复" is merged down over the three fault levels and printed on the middle one.
        QList<TextLine> lines;
        lines << gridRow({{QStringLiteral("类别"), 60},
                          {QStringLiteral("服务项目"), 110},
                          {QStringLiteral("A级"), 260},
                          {QStringLiteral("B级"), 340}},
                         100);
        lines << gridRow({{QStringLiteral("响应时间"), 60},
                          {QStringLiteral("电话响应"), 110},
                          {QStringLiteral("15 分钟"), 260},
                          {QStringLiteral("30 分钟"), 340}},
                         115);
        lines << gridRow({{QStringLiteral("一级故障（宕机）"), 110},
                          {QStringLiteral("8 小时"), 260},
                          {QStringLiteral("24 小时"), 340}},
                         130);
        lines << gridRow({{QStringLiteral("故障修复"), 60},
                          {QStringLiteral("二级故障（性能下降）"), 110},
                          {QStringLiteral("24 小时"), 260},
                          {QStringLiteral("48 小时"), 340}},
                         145);
        lines << gridRow({{QStringLiteral("三级故障（告警）"), 110},
                          {QStringLiteral("72 小时"), 260},
                          {QStringLiteral("96 小时"), 340}},
                         160);
        lines << gridRow({{QStringLiteral("备件"), 60},
                          {QStringLiteral("备件品质"), 110},
                          {QStringLiteral("原厂全新备件"), 260},
                          {QStringLiteral("兼容备件"), 340}},
                         175);
        const auto result = analyze(pdfPage(QStringLiteral("sla.pdf"), lines));
        const QMap<QString, int> repair = tw::test::minutesByTierAndPriority(result, QStringLiteral("resolution_time"));
        QCOMPARE(repair.value(QStringLiteral("A级 P1")), 480);
        QCOMPARE(repair.value(QStringLiteral("B级 P1")), 1440);
        QCOMPARE(repair.value(QStringLiteral("A级 P2")), 1440);
        QCOMPARE(repair.value(QStringLiteral("B级 P3")), 5760);
        QCOMPARE(repair.size(), 6);
    }

    void slaSheetReadsAsAPlanMatrix()
    {
        const auto result = analyze(pdfPage(QStringLiteral("workbook.pdf"), slaSheet()));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("Platinum"), QStringLiteral("Silver")}));
        const QMap<QString, int> response = tw::test::minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("Platinum P1")), 30);
        QMap<QString, QString> places;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_stock")))
            places.insert(term.tier, valueOf(term, "location"));
        QCOMPARE(places.value(QStringLiteral("Platinum")), QStringLiteral("Columbus"));
        QCOMPARE(places.value(QStringLiteral("Silver")), QStringLiteral("Louisville"));
    }

    void pricingSheet()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Line\tModel\tPlan\tQty\tUnit Price / Mo\tYear 1\t36-Mo Total"),
            QStringLiteral("1\tPowerEdge R740xd\tPlatinum\t8\t118.00\t11,328.00\t35,013.72"),
            QStringLiteral("2\tPowerEdge R640\tSilver\t10\t52.00\t6,240.00\t19,287.22"),
            QStringLiteral("Subtotal — Platinum\t\t\t8\t\t11,328.00\t35,013.72"),
            QStringLiteral("Annual escalator (applied to Years 2–3)\t3% Compounded on each contract anniversary"),
            QString(),
            QStringLiteral("Item\tRate\tNotes"),
            QStringLiteral("Field Engineer — Business Day\t185.00 per hour\t2-hour minimum per call-out"),
            QStringLiteral("Amounts in USD, excluding sales/use tax."),
        }}));
        QMap<double, QString> perByAmount;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            perByAmount.insert(price.values.value(QStringLiteral("amount")).toDouble(), valueOf(price, "per"));
        QCOMPARE(perByAmount.value(118), QStringLiteral("server_month"));
        QCOMPARE(perByAmount.value(6240), QStringLiteral("year"));
        QCOMPARE(perByAmount.value(35013.72), QStringLiteral("total"));
        QCOMPARE(perByAmount.value(185), QStringLiteral("hour"));
        QVERIFY(!perByAmount.contains(8)); // the subtotal's quantity is no price
        const QList<SlaTerm> adjustment = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustment.size(), 1);
        QCOMPARE(valueOf(adjustment.first(), "value"), QStringLiteral("capped"));
        QCOMPARE(adjustment.first().values.value(QStringLiteral("percent")).toDouble(), 3.0);
    }
};

QTEST_GUILESS_MAIN(TestWorkbookPrint)
#include "TestWorkbookPrint.moc"
