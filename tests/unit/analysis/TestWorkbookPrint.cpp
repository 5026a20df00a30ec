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

} // namespace

class TestWorkbookPrint : public QObject
{
    Q_OBJECT

private slots:
    void columnLettersAndRowNumbersComeOff()
    {
        const QList<TextLine> lines = slaSheet();
        QList<const TextLine *> page;
        for (const TextLine &line : lines)
            page << &line;
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
