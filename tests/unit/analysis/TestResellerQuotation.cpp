// A reseller's renewal quotation: price lines grouped under section rows ("Section 1 – Critical"), a
// service-level summary by section, and the small print where the risks are.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/AnalysisText.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::boxLine;
using tw::test::currencyByAmount;
using tw::test::findingCount;
using tw::test::minutesByTierAndPriority;
using tw::test::pdfPage;
using tw::test::termsOf;
using tw::test::textDocument;

namespace {

// A body row of the quotation table at y: line number, part number, quantity, unit price, line total.
QList<TextLine> quoteRow(const QString &line, const QString &part, const QString &quantity, const QString &unit,
                         const QString &total, double y)
{
    return {boxLine(line, 40, y, 20), boxLine(part, 80, y, 90), boxLine(quantity, 300, y, 10),
            boxLine(unit, 390, y, 45), boxLine(total, 470, y, 50)};
}

QList<TextLine> groupedQuotation()
{
    QList<TextLine> lines;
    lines << boxLine(QStringLiteral("Ln"), 40, 100, 12) << boxLine(QStringLiteral("Part no."), 80, 100, 40)
          << boxLine(QStringLiteral("Qty"), 300, 100, 16) << boxLine(QStringLiteral("Unit price"), 400, 100, 45)
          << boxLine(QStringLiteral("Line total"), 480, 100, 45);
    lines << boxLine(QStringLiteral("Section 1 – Critical"), 40, 125, 110);
    lines << quoteRow(QStringLiteral("1.1"), QStringLiteral("HX3-CTR6D-36"), QStringLiteral("4"),
                      QStringLiteral("2,148.00"), QStringLiteral("8,592.00"), 145);
    lines << boxLine(QStringLiteral("Section 2 – Standard"), 40, 175, 110);
    lines << quoteRow(QStringLiteral("2.1"), QStringLiteral("DL-BAS-NBD-36"), QStringLiteral("6"),
                      QStringLiteral("598.00"), QStringLiteral("3,588.00"), 195);
    return lines;
}

} // namespace

class TestResellerQuotation : public QObject
{
    Q_OBJECT

private slots:
    void sectionRowsGroupTheLinesOfOneTable()
    {
        const Document document = pdfPage(QStringLiteral("quote.pdf"), groupedQuotation());
        const AnalysisText text(document);
        // The lines under each section row are still rows of the one table, under its header.
        QStringList headers;
        for (const TextUnit &unit : text.units()) {
            if (text.unitText(unit).contains(QStringLiteral("598.00")))
                headers << unit.columnHeader;
        }
        QCOMPARE(headers, QStringList{QStringLiteral("Unit price")});
    }

    void aSectionRowSetTightOverItsLinesIsNoCell()
    {
        // The section row sits as close to the lines as a wrapped cell's next line: it is still a row of its
        // own, flush with the table's left edge and running on into the second column.
        QList<TextLine> lines = groupedQuotation();
        for (TextLine &line : lines) {
            if (line.text.startsWith(QStringLiteral("Section 2")))
                line.box.y = 159; // 2 points under the line above, 24 above the next
            else if (line.box.y == 195)
                line.box.y = 173;
        }
        const AnalysisText text(pdfPage(QStringLiteral("quote.pdf"), lines));
        bool sectionParagraph = false;
        for (const PreparedSegment &segment : text.segments())
            sectionParagraph = sectionParagraph || (segment.source.kind == TextSegment::Kind::Paragraph &&
                                                    segment.norm.text.contains(QStringLiteral("Section 2")));
        QVERIFY(sectionParagraph);
        for (const TextUnit &unit : text.units()) {
            if (text.unitText(unit).contains(QStringLiteral("DL-BAS")))
                QCOMPARE(unit.columnHeader, QStringLiteral("Part no."));
        }
    }

    void aServiceLevelLabelGroupsTheLinesUnderIt()
    {
        // "Service Level: Critical – …, 28 servers" over the lines it prices, a note above the header saying
        // what "Unit Price" is per, and SKU lines whose first line wraps above the row.
        QList<TextLine> lines;
        lines << boxLine(QStringLiteral("Pricing notes: Qty = number of servers x years of coverage and Unit Price is "
                                        "per server per year. Serial numbers are listed on the Assets tab."),
                         40, 70, 500);
        lines << boxLine(QStringLiteral("Ln"), 40, 100, 12) << boxLine(QStringLiteral("Part no."), 80, 100, 40)
              << boxLine(QStringLiteral("Description"), 175, 100, 60) << boxLine(QStringLiteral("Qty"), 300, 100, 16)
              << boxLine(QStringLiteral("Unit Price"), 400, 100, 45)
              << boxLine(QStringLiteral("Line total"), 480, 100, 45);
        lines << boxLine(QStringLiteral("Service Level: Critical – production clinical systems (Epic ODB, PACS, SQL "
                                        "Server clusters), 28 servers"),
                         40, 125, 420);
        lines << boxLine(QStringLiteral("CVN-HWS-2474-"), 80, 145, 90)
              << boxLine(QStringLiteral("HW Support 24x7"), 175, 145, 100);
        lines << quoteRow(QStringLiteral("1.0"), QStringLiteral("R760-3Y"), QStringLiteral("54"),
                          QStringLiteral("$1,180.00"), QStringLiteral("$63,720.00"), 158);
        lines << boxLine(QStringLiteral("Service Level: Standard – non-production systems, 62 servers"), 40, 190, 300);
        lines << quoteRow(QStringLiteral("5.0"), QStringLiteral("CVN-HWS-95NBD-3Y"), QStringLiteral("186"),
                          QStringLiteral("$420.00"), QStringLiteral("$78,120.00"), 210);
        const auto result = tw::test::analyze(pdfPage(QStringLiteral("quote.pdf"), lines));
        QMap<int, QString> tierByAmount;
        QMap<int, QString> perByAmount;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price"))) {
            tierByAmount.insert(term.values.value(QStringLiteral("amount")).toInt(), term.tier);
            perByAmount.insert(term.values.value(QStringLiteral("amount")).toInt(),
                               term.values.value(QStringLiteral("per")).toString());
        }
        QCOMPARE(tierByAmount.value(1180), QStringLiteral("Critical"));
        QCOMPARE(tierByAmount.value(420), QStringLiteral("Standard"));
        QCOMPARE(perByAmount.value(1180), QStringLiteral("server_year")); // "Unit Price is per server per year"
    }

    void aNumberedHeadingBetweenTablesStartsTheNext()
    {
        // "4.2 Severity definitions" between a tier table and a severity table is no section row.
        QList<TextLine> lines;
        lines << boxLine(QStringLiteral("Tier"), 40, 100, 20) << boxLine(QStringLiteral("Coverage"), 160, 100, 40)
              << boxLine(QStringLiteral("Response"), 300, 100, 40) << boxLine(QStringLiteral("On-site"), 420, 100, 40);
        lines << boxLine(QStringLiteral("Production"), 40, 120, 50) << boxLine(QStringLiteral("24x7"), 160, 120, 20)
              << boxLine(QStringLiteral("30 minutes"), 300, 120, 50)
              << boxLine(QStringLiteral("4 hours"), 420, 120, 40);
        lines << boxLine(QStringLiteral("4.2 Severity definitions"), 40, 145, 120);
        lines << boxLine(QStringLiteral("Severity"), 40, 165, 40) << boxLine(QStringLiteral("Definition"), 160, 165, 50)
              << boxLine(QStringLiteral("Critical 24x7 on-site"), 300, 165, 100)
              << boxLine(QStringLiteral("Enhanced 24x7 on-site"), 420, 165, 100);
        lines << boxLine(QStringLiteral("Severity 1"), 40, 185, 50)
              << boxLine(QStringLiteral("Server down"), 160, 185, 60)
              << boxLine(QStringLiteral("4 hours"), 300, 185, 40) << boxLine(QStringLiteral("8 hours"), 420, 185, 40);
        const AnalysisText text(pdfPage(QStringLiteral("quote.pdf"), lines));
        QVERIFY2(!text.tiers().names().contains(QStringLiteral("Severity")),
                 qPrintable(text.tiers().names().join(QLatin1Char(','))));
    }

    void aCaptionOverANewTableStartsThatTable()
    {
        // A caption between two tables is no section row: the second table's header is its own.
        QList<TextLine> lines;
        lines << boxLine(QStringLiteral("Ln"), 40, 100, 12) << boxLine(QStringLiteral("Part no."), 80, 100, 40)
              << boxLine(QStringLiteral("Qty"), 300, 100, 16) << boxLine(QStringLiteral("Unit price"), 400, 100, 45);
        lines << boxLine(QStringLiteral("1.1"), 40, 120, 20) << boxLine(QStringLiteral("HX3-CTR6D-36"), 80, 120, 90)
              << boxLine(QStringLiteral("4"), 300, 120, 10) << boxLine(QStringLiteral("2,148.00"), 390, 120, 45);
        lines << boxLine(QStringLiteral("Table 2 – Service levels"), 40, 150, 120);
        lines << boxLine(QStringLiteral("Plan"), 40, 170, 20) << boxLine(QStringLiteral("Response"), 80, 170, 50)
              << boxLine(QStringLiteral("On-site"), 300, 170, 40) << boxLine(QStringLiteral("Repair"), 400, 170, 40);
        lines << boxLine(QStringLiteral("Gold"), 40, 190, 20) << boxLine(QStringLiteral("30 minutes"), 80, 190, 50)
              << boxLine(QStringLiteral("4 hours"), 300, 190, 40) << boxLine(QStringLiteral("8 hours"), 400, 190, 40);
        const AnalysisText text(pdfPage(QStringLiteral("quote.pdf"), lines));
        for (const TextUnit &unit : text.units()) {
            if (text.unitText(unit) == QLatin1String("4 hours"))
                QCOMPARE(unit.columnHeader, QStringLiteral("On-site"));
        }
    }

    void aSectionColumnBesideMeasuresNamesTheTiers()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Service level summary"),
            QStringLiteral("Section\tCoverage\tTarget\tTerm"),
            QStringLiteral("1 Critical\t24x7x365\tRepair within 6 hours (CTR)\t36 months"),
            QStringLiteral("2 Production\t24x7 incl. UK bank holidays\tEngineer on site within 4 hours\t36 months"),
            QStringLiteral("3 Standard\t9x5, Business Hours\tEngineer on site next business day\t36 months"),
        }}));
        QStringList tiers = result.tiers;
        tiers.sort();
        QCOMPARE(tiers,
                 (QStringList{QStringLiteral("Critical"), QStringLiteral("Production"), QStringLiteral("Standard")}));
        bool holidays = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("coverage"))) {
            if (term.tier == QLatin1String("Production"))
                holidays = term.values.value(QStringLiteral("holidays")).toBool();
        }
        QVERIFY(holidays); // "incl. UK bank holidays"
    }

    void smallPrintRisksAndWhatIsNoRisk()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Section 4 is delivered by our approved third-party maintenance partner. Replacement "
                           "parts may be new, refurbished or used, at the partner’s discretion. Years 2 and 3 will be "
                           "quoted at renewal at the prevailing rate."),
            QStringLiteral("We recommend you raise a purchase order as soon as possible and in any case before 20 June "
                           "2025, as the manufacturers may charge a reinstatement fee for lapsed hardware cover."),
            QStringLiteral("For calls logged with our Service Desk, a support engineer will call you back within 30 "
                           "minutes to triage the fault and raise the case with the manufacturer or partner on your "
                           "behalf."),
            QStringLiteral("Prices exclude VAT, which is charged at the prevailing rate."),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 1); // "at the partner’s discretion"
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
    }

    void cpqRenewalQuoteAndItsFootnotes()
    {
        // A CPQ system's line items: a description that opens with the plan and runs on with serial numbers,
        // a parts depot in "City, ST", footnotes defining Business Hours in a.m./p.m. and "U.S. federal
        // holidays", resolution targets in a guide "available on request", and the provider's right to revise.
        const auto result = analyze(textDocument({{
            QStringLiteral("#\tPart Number\tDescription\tQty\tUnit Price / Yr\tYear 1 Ext."),
            QStringLiteral(
                "1\tPHS-SC-MC4-2U\tSentinelCare Mission Critical – 24x7, 4-Hour Onsite* – Dell PowerEdge R750 "
                "(2U) S/N 7HQ2LM3, 7HQ2LM4, 9FZ8KQ2, 9FZ8KQ3, B41TTR3, B41TTR4 · Site 001 Columbus Data "
                "Center\t6\t$1,860.00\t$11,160.00"),
            QStringLiteral("2\tPHS-SC-ES-NBD\tSentinelCare Essential – 9x5, Next Business Day Onsite** – HPE ProLiant "
                           "DL380 Gen10, 12 units per attached serial list (Site 001: 8; Site 002: 4)\t12\t$690.00\t"
                           "$8,280.00"),
            QStringLiteral("Service Element\tSentinelCare Mission Critical\tSentinelCare Essential"),
            QStringLiteral("Coverage window\t24x7x365, including holidays\t9x5 Business Hours**"),
            QStringLiteral("Parts stocking\tColumbus, OH forward stocking location\tIndianapolis, IN regional depot"),
            QStringLiteral("Resolution (fix) targets\tsee Service Level Guide***\tsee Service Level Guide***"),
            QStringLiteral(
                "** Business Hours means 8:00 a.m. to 5:00 p.m. local time, Monday through Friday, excluding "
                "U.S. federal holidays."),
            QStringLiteral(
                "*** Resolution targets by Severity level are set out in the SentinelCare Service Level Guide "
                "v4.2, available on request."),
            QStringLiteral(
                "9. Changes. Parallax may revise the SentinelCare Service Description and Service Level Guide "
                "from time to time. The Project Managers may amend any Work Plan upon their written "
                "agreement at any time."),
        }}));
        QMap<int, QString> tierByAmount;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price")))
            tierByAmount.insert(term.values.value(QStringLiteral("amount")).toInt(), term.tier);
        QCOMPARE(tierByAmount.value(1860), QStringLiteral("SentinelCare Mission Critical"));
        QCOMPARE(tierByAmount.value(690), QStringLiteral("SentinelCare Essential"));
        QStringList places;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_stock")))
            places << term.values.value(QStringLiteral("location")).toString();
        places.sort();
        QCOMPARE(places, (QStringList{QStringLiteral("Columbus"), QStringLiteral("Indianapolis")}));
        bool essentialWindow = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("coverage"))) {
            if (term.tier != QLatin1String("SentinelCare Essential"))
                continue;
            essentialWindow = true;
            QCOMPARE(term.values.value(QStringLiteral("start")).toString(), QStringLiteral("08:00"));
            QCOMPARE(term.values.value(QStringLiteral("holidays")), QVariant(false));
        }
        QVERIFY(essentialWindow);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1); // not the agreed Work Plan
    }
    void itemFieldsOfAPortalQuoteAreNoPlans()
    {
        // A partner portal's quote lists each item's fields under it ("Service Level:  24x7 4hr Onsite", "Includes:
        // Defective Media Retention"): field labels, not plans.
        QStringList lines;
        for (const QString &level : {QStringLiteral("24x7 6hr Call-to-Repair"), QStringLiteral("24x7 4hr Onsite")}) {
            lines << QStringLiteral("Serial #:   MXQ94102KD ,  MXQ94102KF")
                  << QStringLiteral("Coverage:   08/01/2025 - 07/31/2028") << QStringLiteral("Service Level:  ") + level
                  << QStringLiteral("Includes:   Comprehensive Defective Material Retention (CDMR)");
        }
        Document document = textDocument({lines}, DocumentFormat::Text);
        document.fileName = QStringLiteral("quote.txt");
        const auto result = analyze(document);
        QVERIFY2(result.tiers.isEmpty(), qPrintable(result.tiers.join(QStringLiteral(", "))));
        QCOMPARE(termsOf(result, QStringLiteral("onsite_time")).size(), 1);
    }
    void noteUnderTheFeeTableSaysWhatUnitPricesArePer()
    {
        // "Unit prices for recurring items are per server per month" under the fee table: its unit prices are per
        // server per month; the one-time fee and the totals are not unit prices.
        const auto result = analyze(textDocument({{
            QStringLiteral("6.1 Fee Schedule."),
            QStringLiteral("Item\tType\tQty\tUnit Price\tAmount"),
            QStringLiteral("Tier A hardware support\tRecurring, monthly\t14\t$118.00\t$1,652.00"),
            QStringLiteral("Tier B hardware support\tRecurring, monthly\t27\t$46.00\t$1,242.00"),
            QStringLiteral(
                "Unit prices for recurring items are per server per month. All amounts are in U.S. dollars."),
        }}));
        int perServerMonth = 0;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            perServerMonth +=
                price.values.value(QStringLiteral("per")).toString() == QLatin1String("server_month") ? 1 : 0;
        QCOMPARE(perServerMonth, 2);
    }
    void renewalNoticeWithALegendOfServiceCodes()
    {
        // An OEM's renewal notice prices each serial number by a service code the legend below explains
        // ("4H-7×24（4 小时上门服务）：…"): the codes are the plans, though mostly digits.
        const auto result = analyze(textDocument({{
            QStringLiteral("序号\t序列号\t当前级别\t续保级别\t续保价格（元/年，含税）"),
            QStringLiteral("1\t2105C3K0001847\t4H-7×24\t4H-7×24\t6,950.00"),
            QStringLiteral("2\t2103B1M0004411\tNBD-5×9\tNBD-5×9\t2,150.00"),
            QStringLiteral("二、服务级别代码说明"),
            QStringLiteral("NBD-5×9（下一工作日上门服务）：服务时间为工作日 8:30–17:30；工程师于下一个工作日到场。"),
            QStringLiteral("4H-7×24（4 小时上门服务）：服务时间为每周 7 天、每天 24 小时；工程师 4 小时内到场。"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("NBD-5×9"), QStringLiteral("4H-7×24")}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("onsite_time")).value(QStringLiteral("4H-7×24 ")),
                 240);
    }
    void leaseScheduleWithMaintenanceInTheMonthlyPayment()
    {
        // A hardware-as-a-service schedule: "Monthly Payment per Unit" is per server per month, and "The Monthly
        // Payment is fixed for the Initial Term" fixes the price.
        const auto result = analyze(textDocument({{
            QStringLiteral("Qty\tEquipment\tService Option\tMonthly Payment per Unit\tExtended Monthly Payment"),
            QStringLiteral("8\tDell PowerEdge R760\tPremium\t$1,145.00\t$9,160.00"),
            QStringLiteral("12\tHPE ProLiant DL360 Gen11\tStandard\t$612.00\t$7,344.00"),
            QStringLiteral("The Monthly Payment is fixed for the Initial Term and will not increase."),
        }}));
        int perServerMonth = 0;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            perServerMonth +=
                price.values.value(QStringLiteral("per")).toString() == QLatin1String("server_month") ? 1 : 0;
        QCOMPARE(perServerMonth, 2);
        const auto revisions = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(revisions.size(), 1);
        QCOMPARE(revisions.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("fixed"));
    }

    void aRenewalLetterListsItsServersBySerialNumber()
    {
        // A reseller's 续保确认函: the serial-number list gives each server its renewed level and term; the levels are
        // explained below it.
        const auto result = analyze(textDocument({{
            QStringLiteral("序号\t序列号\t型号\t续保服务级别\t续保期限\t单价（元/台）"),
            QStringLiteral("1\t8QK2JX2\tDell PowerEdge R740xd\t关键级（7x24x4H）\t36个月\t26800.00"),
            QStringLiteral("2\t3FN7KQ3\tDell PowerEdge R650\t标准级（5x9xNBD）\t36个月\t9600.00"),
            QStringLiteral("3\t5XH3J22\tDell PowerEdge R730\t延保级（我司保障）\t12个月\t4500.00"),
            QString(),
            QStringLiteral("（一）关键级（7x24x4H）"),
            QStringLiteral("其他：含原厂远程主动监控。"),
            QStringLiteral("（三）延保级（我司保障）"),
            QStringLiteral("备件：我司苏州仓库常备该型号常用备件（硬盘、内存、电源）。"),
        }}));
        QMap<QString, int> months;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("term_months")))
            months.insert(term.tier, term.values.value(QStringLiteral("value")).toInt());
        QCOMPARE(months,
                 (QMap<QString, int>{
                     {QStringLiteral("关键级"), 36}, {QStringLiteral("标准级"), 36}, {QStringLiteral("延保级"), 12}}));
        const QList<SlaTerm> monitoring = termsOf(result, QStringLiteral("value_added"));
        QCOMPARE(monitoring.size(), 1);
        QCOMPARE(monitoring.first().values.value(QStringLiteral("value")).toString(),
                 QStringLiteral("remote_monitoring"));
        QCOMPARE(monitoring.first().tier, QStringLiteral("关键级"));
        const QList<SlaTerm> stock = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 1);
        QCOMPARE(stock.first().tier, QStringLiteral("延保级"));
        QCOMPARE(stock.first().values.value(QStringLiteral("location")).toString(), QStringLiteral("苏州"));
    }

    void currenciesOfLatinAmericaEuropeAndAsia()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Fee: R$ 4.980,00 per server per year."),
            QStringLiteral("Warsaw sites: 480,00 PLN per server per month."),
            QStringLiteral("Hanoi: 12.500.000 VND per server per year."),
            QStringLiteral("Support plan: MXN 18,400 per server per year."),
            QStringLiteral("Price per server per year"),
        }}));
        QMap<QString, double> amounts;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            amounts.insert(price.values.value(QStringLiteral("currency")).toString(),
                           price.values.value(QStringLiteral("amount")).toDouble());
        QCOMPARE(amounts, (QMap<QString, double>{{QStringLiteral("BRL"), 4980},
                                                 {QStringLiteral("PLN"), 480},
                                                 {QStringLiteral("VND"), 12500000},
                                                 {QStringLiteral("MXN"), 18400}}));
    }

    void kronorAndTheirCountry()
    {
        // "kr" is the krona of a Swedish proposal, the krone of a Norwegian one; "per server and year" is per
        // server-year.
        const auto swedish = analyze(textDocument({{
            QStringLiteral("Site group\tPrice per server and year"),
            QStringLiteral("Metro sites\t6 900 kr"),
            QStringLiteral("Norrland sites\t8 400 kr"),
        }}));
        const QList<SlaTerm> prices = termsOf(swedish, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        for (const SlaTerm &price : prices) {
            QCOMPARE(price.values.value(QStringLiteral("currency")).toString(), QStringLiteral("SEK"));
            QCOMPARE(price.values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
        }
        QCOMPARE(prices.first().values.value(QStringLiteral("amount")).toDouble(), 6900.0);
        const auto norwegian = analyze(textDocument({{
            QStringLiteral("Service for the Norwegian sites costs 9 850 kr per server per year."),
        }}));
        const QList<SlaTerm> krone = termsOf(norwegian, QStringLiteral("price"));
        QCOMPARE(krone.size(), 1);
        QCOMPARE(krone.first().values.value(QStringLiteral("currency")).toString(), QStringLiteral("NOK"));
    }

    void termsDefinedInAnAppendixAreNoPlans()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Tier\tOn-site time"),
            QStringLiteral("Metro sites\t4 hours"),
            QStringLiteral("Norrland sites\t12 Business Hours"),
            QString(),
            QStringLiteral("Appendix A - Definitions"),
            QString(),
            QStringLiteral("Business Hours: 08.00-17.00, Monday to Friday, excluding Swedish public holidays."),
            QString(),
            QStringLiteral("Business Day: Monday to Friday, excluding Swedish public holidays."),
            QString(),
            QStringLiteral("Incident: any fault reported to the Service Desk. A Business Day starts at 08.00."),
        }}));
        QVERIFY2(!result.tiers.contains(QStringLiteral("Business Day")),
                 qPrintable(result.tiers.join(QLatin1Char('|'))));
    }

    void oneStockInEachPlaceOfAList()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("For the Metro sites Nordvik keeps forward stock of parts for the Customer's server models "
                           "in Stockholm (Kista), Gothenburg and Malmö."),
        }}));
        QStringList places;
        for (const SlaTerm &stock : termsOf(result, QStringLiteral("parts_stock")))
            places << stock.values.value(QStringLiteral("location")).toString();
        QCOMPARE(places,
                 (QStringList{QStringLiteral("Stockholm"), QStringLiteral("Gothenburg"), QStringLiteral("Malmö")}));
    }

    void liraPricesAndAnExchangeRateClause()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Platinum: ₺48.600,00 per server per year. Extra work: 2.750,00 TL per engineer hour."),
            QStringLiteral(
                "The prices above were calculated with the CBRT USD/TRY forex selling rate of 36,6500. If this "
                "rate on the invoice date is more than 5% higher, BST will adjust the invoice amount in "
                "proportion to the change in the exchange rate."),
        }}));
        const QMap<double, QString> prices = currencyByAmount(result);
        QCOMPARE(prices, (QMap<double, QString>{{2750, QStringLiteral("TRY")}, {48600, QStringLiteral("TRY")}}));
        const QList<SlaTerm> adjustment = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustment.size(), 1);
        QCOMPARE(adjustment.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("unbounded"));
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
    }

    void pesosWrittenWithADollarSignAndTenge()
    {
        // A Chilean proposal writes its peso "$" and names it once; a Kazakh one writes tenge "₸ 450 000".
        const auto chilean = analyze(textDocument({{
            QStringLiteral("All prices are in Chilean pesos (CLP) plus IVA."),
            QStringLiteral("Plan Premium: $1.250.000 per server per year."),
        }}));
        const QList<SlaTerm> pesos = termsOf(chilean, QStringLiteral("price"));
        QCOMPARE(pesos.size(), 1);
        QCOMPARE(pesos.first().values.value(QStringLiteral("currency")).toString(), QStringLiteral("CLP"));
        QCOMPARE(pesos.first().values.value(QStringLiteral("amount")).toDouble(), 1250000.0);
        const auto kazakh = analyze(textDocument({{
            QStringLiteral("Premium: ₸ 450 000 per server per year. Extra work: 18 000 tenge per engineer hour."),
            QStringLiteral("If the official rate changes by more than 5% from this level, the Contractor has the right "
                           "to revise the prices for the remaining period in proportion to the change of the rate."),
        }}));
        const QMap<double, QString> tenge = currencyByAmount(kazakh);
        QCOMPARE(tenge, (QMap<double, QString>{{18000, QStringLiteral("KZT")}, {450000, QStringLiteral("KZT")}}));
        const QList<SlaTerm> adjustment = termsOf(kazakh, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustment.size(), 1);
        QCOMPARE(adjustment.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("unbounded"));
    }

    void cedisSolesAndDirhams()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Accra: GH₵ 8,400.00 per server per year."),
            QStringLiteral(
                "Out-of-scope work is billed at S/. 185 per hour in Lima and S/. 240 per hour in the provinces."),
            QStringLiteral("Call-out to Tangier: MAD 950 per visit; rates are 1 200 dirhams per engineer hour."),
        }}));
        const QMap<double, QString> prices = currencyByAmount(result);
        QCOMPARE(prices, (QMap<double, QString>{{185, QStringLiteral("PEN")},
                                                {240, QStringLiteral("PEN")},
                                                {950, QStringLiteral("MAD")},
                                                {1200, QStringLiteral("MAD")},
                                                {8400, QStringLiteral("GHS")}}));
    }

    void rupiahTakaAndAPakistaniRupee()
    {
        const auto indonesian = analyze(textDocument({{
            QStringLiteral("Zone 1: Rp 14.500.000 per server per year. Three-year total: IDR 2,82 miliar."),
        }}));
        const QMap<double, QString> rupiah = currencyByAmount(indonesian);
        QCOMPARE(rupiah,
                 (QMap<double, QString>{{14500000, QStringLiteral("IDR")}, {2820000000, QStringLiteral("IDR")}}));
        const auto southAsian = analyze(textDocument({{
            QStringLiteral("All prices are in Pakistani rupees. Annual fee: Rs. 185,000 per server per year."),
            QStringLiteral("Dhaka: Tk 1,15,000 per server per year."),
        }}));
        const QMap<double, QString> prices = currencyByAmount(southAsian);
        QCOMPARE(prices, (QMap<double, QString>{{115000, QStringLiteral("BDT")}, {185000, QStringLiteral("PKR")}}));
    }

    void egyptianPoundsAndARateClauseWithoutTheWordRate()
    {
        // The rate is named before the clause that ties the prices to it; the restoration cell defers to an annex.
        const auto result = analyze(textDocument({{
            QStringLiteral("Premier (Cairo DC): EGP 96,000 per server per year."),
            QStringLiteral("Should the official rate change by more than 5%, Horus shall have the right to revise the "
                           "contract prices in proportion to the change."),
            QString(),
            QStringLiteral("Service level\tPremier\tStandard"),
            QStringLiteral("Restoration\t8 hours\tPer Annex C - Service Level Matrix"),
        }}));
        QCOMPARE(currencyByAmount(result), (QMap<double, QString>{{96000, QStringLiteral("EGP")}}));
        const QList<SlaTerm> adjustment = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustment.size(), 1);
        QCOMPARE(adjustment.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("unbounded"));
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
        int annex = 0;
        for (const Finding &finding : result.findings)
            annex += finding.category == QLatin1String("missing_sla") && finding.evidence.page > 0 ? 1 : 0;
        QCOMPARE(annex, 1);
    }

    void gulfRialsHryvniasAndColones()
    {
        // Omani rials with three decimals ("OMR 385.000", "RO 28.000"); riyals in a Qatari document; dinars; hryvnias
        // grouped by spaces with a decimal comma; colones grouped by dots.
        const auto omani = analyze(textDocument({{
            QStringLiteral("Platinum (Muscat): OMR 385.000 per server per year. Total for three years: RO 26,314.500."),
            QStringLiteral("Work outside the scope is charged at RO 28.000 per engineer-hour."),
        }}));
        QCOMPARE(currencyByAmount(omani),
                 (QMap<double, QString>{
                     {28, QStringLiteral("OMR")}, {385, QStringLiteral("OMR")}, {26314.5, QStringLiteral("OMR")}}));
        const auto qatari = analyze(textDocument({{
            QStringLiteral("All prices are in Qatari riyals (QAR). Platinum (Doha): QAR 18,500 per server per year."),
            QStringLiteral("Out-of-scope work is charged at 450 riyals per engineer-hour."),
        }}));
        QCOMPARE(currencyByAmount(qatari).value(450), QStringLiteral("QAR"));
        // Bahraini and Jordanian dinars written "BD" and "JD" with their fils; "BD 2" alone is no amount.
        const auto dinars = analyze(textDocument({{
            QStringLiteral("Tier A (Manama): BD 1,250.500 per server per year. Tier A (Amman): JD 1,250.000 per server "
                           "per year."),
            QStringLiteral("Parts arrive on BD 2 at the latest."),
        }}));
        QCOMPARE(currencyByAmount(dinars),
                 (QMap<double, QString>{{1250, QStringLiteral("JOD")}, {1250.5, QStringLiteral("BHD")}}));
        const auto other = analyze(textDocument({{
            QStringLiteral("Premium (Kyiv): 3 450,00 UAH per server per year; Standard: ₴1,450 per server per year."),
            QStringLiteral(
                "Premium 24x7 (San José): ₡95.000,00 per server per month; the term total is CRC 92,070,000."),
        }}));
        QCOMPARE(currencyByAmount(other), (QMap<double, QString>{{1450, QStringLiteral("UAH")},
                                                                 {3450, QStringLiteral("UAH")},
                                                                 {95000, QStringLiteral("CRC")},
                                                                 {92070000, QStringLiteral("CRC")}}));
    }

    void optionsNumberedBesideTheirDescriptions()
    {
        // "序号 | 方案 | 服务级别 | …": the options are "方案一" / "方案二", the names the e-mail goes on using, not
        // the descriptions in the level column.
        const auto result = analyze(textDocument({{
            QStringLiteral("序号\t方案\t服务级别\t台数\t单价（元/台/年）"),
            QStringLiteral("1\t方案一\t原厂续保 7×24×4小时\t16\t6,850"),
            QStringLiteral("2\t方案二\t原厂续保 5×9 下一工作日\t16\t3,980"),
            QStringLiteral("一、方案一：原厂续保 7×24×4小时"),
            QStringLiteral("1. 原厂400热线全天受理报修，工程师30分钟内电话响应；"),
            QStringLiteral("二、方案二：原厂续保 5×9 下一工作日"),
            QStringLiteral("1. 工作时间内2小时电话响应；"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("方案一"), QStringLiteral("方案二")}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("response_time")).value(QStringLiteral("方案二 ")),
                 120);
    }

    void quoteLinesGroupedUnderTheirServers()
    {
        // A maker's extended-warranty quote: rows of one cell group the product lines by the servers they cover, and
        // name the tiers; a group naming none ("增值服务（…）") ends the last one. The yearly unit price is per server.
        const auto result = analyze(textDocument({{
            QStringLiteral("序号\t服务产品编码\t产品名称\t数量（台）\t年单价（元/台）\t服务年限\t小计（元）"),
            QStringLiteral("生产数据库服务器（ERP 数据库集群，HR5280 G5，4 台）\t\t\t\t\t\t"),
            QStringLiteral("1\tH7K52E\t衡宇 3年 7×24 4小时响应 硬件延保服务\t4\t9,800.00\t3\t117,600.00"),
            QStringLiteral("研发测试服务器（研发测试环境，HR2180 G3，6 台）\t\t\t\t\t\t"),
            QStringLiteral("2\tU3P26E\t衡宇 1年 5×9 下一工作日响应 超保续保服务\t6\t3,900.00\t1\t23,400.00"),
            QStringLiteral("增值服务（适用于生产数据库服务器，共 4 台）\t\t\t\t\t\t"),
            QStringLiteral("3\tH8N10E\t衡宇 3年 预防性巡检服务（每年两次）\t4\t600.00\t3\t7,200.00"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("生产数据库服务器"), QStringLiteral("研发测试服务器")}));
        QMap<double, QString> unitPrices;
        for (const auto &term : termsOf(result, QStringLiteral("price"))) {
            if (term.values.value(QStringLiteral("per")).toString() == QStringLiteral("server_year"))
                unitPrices.insert(term.values.value(QStringLiteral("amount")).toDouble(), term.tier);
        }
        QCOMPARE(unitPrices, (QMap<double, QString>{{600, QString()},
                                                    {3900, QStringLiteral("研发测试服务器")},
                                                    {9800, QStringLiteral("生产数据库服务器")}}));
    }
};

QTEST_APPLESS_MAIN(TestResellerQuotation)
#include "TestResellerQuotation.moc"
