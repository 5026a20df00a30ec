// Procurement forms: a compliance matrix answered "Y", a federal quote of CLINs and option years, an OEM's
// renewal quote per serial number, a bid that quotes the buyer's requirements before its own promises,
// and proposals from Macau and Japan with their local wording.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::findingCount;
using tw::test::minutesByTierAndPriority;
using tw::test::termsOf;
using tw::test::textDocument;

namespace {

QString valueOf(const SlaTerm &term, const char *field) { return term.values.value(QLatin1String(field)).toString(); }

} // namespace

class TestProcurementForms : public QObject
{
    Q_OBJECT

private slots:
    void complianceMatrixRequirementsAnsweredYes()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Price Schedule"),
            QStringLiteral("Item\tDescription\tQty\tUnit Price per Year (SGD)"),
            QStringLiteral("1\tCategory A – Dell PowerEdge R750 (Production), 24x7 support\t12\t2,150.00"),
            QStringLiteral("2\tCategory B – HPE ProLiant DL380 Gen10 (UAT), Business Hours support\t20\t980.00"),
            QStringLiteral("Service Level Requirements"),
            QStringLiteral("S/N\tRequirement\tComply (Y/N)\tRemarks"),
            QStringLiteral(
                "SLR-03\tResponse: a qualified engineer shall contact the Agency's officer within 30 minutes "
                "(Category A) or within 2 Business Hours (Category B).\tY\t"),
            QStringLiteral("SLR-05\tRestoration: Category A hardware faults shall be restored within 8 hours of the "
                           "fault call; Category B within 3 Business Days.\tY\t"),
            QStringLiteral("SLR-06\tReplacement parts shall be new and genuine OEM parts. Refurbished or third-party "
                           "compatible parts are not acceptable.\tY\tOnly brand-new genuine Dell / HPE parts will be "
                           "used."),
            QStringLiteral("SLR-12\tLiquidated damages shall apply for each breach of the on-site time.\tY\tSGD 300 "
                           "per breach, capped at 10% of the annual contract sum."),
            QStringLiteral("SLR-13\tWorks shall be performed by the Contractor's own staff.\tY\tKestrel may engage its "
                           "appointed service partner for after-hours attendance at the DR site."),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("Category A ")), 30);
        QCOMPARE(response.value(QStringLiteral("Category B ")), 120);
        QStringList restored;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("resolution_time")))
            restored << term.tier;
        restored.sort();
        QCOMPARE(restored, (QStringList{QStringLiteral("Category A"), QStringLiteral("Category B")}));
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_quality")))
            QCOMPARE(valueOf(term, "value"), QStringLiteral("oem_new"));
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 0); // "… are not acceptable"
        const QList<SlaTerm> penalties = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalties.size(), 1);
        QCOMPARE(valueOf(penalties.first(), "per"), QStringLiteral("incident"));
        QCOMPARE(findingCount(result, QStringLiteral("no_penalty")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
    }

    void federalQuoteOfLineItems()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Unit prices are per server for a 12-month period (SVR-YR)."),
            QStringLiteral("CLIN\tDescription\tQty\tUnit\tUnit Price\tExtended Price"),
            QStringLiteral(
                "0001\tHardware Maintenance, Tier 1 (Mission Critical) servers, 24x7 coverage, 4-hour on-site, "
                "FFP\t22\tSVR-YR\t$1,140.00\t$25,080.00"),
            QStringLiteral("0002\tHardware Maintenance, Tier 2 (Standard) servers, next-business-day on-site, FFP\t40\t"
                           "SVR-YR\t$395.00\t$15,800.00"),
            QStringLiteral("Total Base Year\t\t\t\t\t$40,880.00"),
            QStringLiteral("Option year prices are stated above and are not subject to economic price adjustment."),
            QStringLiteral("For each Tier 1 Service Call for which the technician is not on-site within the standard, "
                           "the Government will deduct two percent (2%) of the monthly value of the Tier 1 "
                           "maintenance CLIN, not to exceed ten percent (10%) in any month."),
            QStringLiteral("Parts for Tier 2 equipment are shipped from our regional depot in Salt Lake City, UT."),
        }}));
        QMap<int, QString> perByAmount;
        QMap<int, QString> tierByAmount;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price"))) {
            perByAmount.insert(term.values.value(QStringLiteral("amount")).toInt(), valueOf(term, "per"));
            tierByAmount.insert(term.values.value(QStringLiteral("amount")).toInt(), term.tier);
        }
        QCOMPARE(perByAmount.value(1140), QStringLiteral("server_year")); // SVR-YR
        QCOMPARE(tierByAmount.value(1140), QStringLiteral("Tier 1"));     // the line item's tier, "$" and all
        QCOMPARE(perByAmount.value(25080), QStringLiteral("year"));       // 22 servers for a year
        QCOMPARE(perByAmount.value(40880), QStringLiteral("year"));       // "Total Base Year"
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 0);
        const QList<SlaTerm> penalties = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalties.size(), 1);
        QCOMPARE(valueOf(penalties.first(), "per"), QStringLiteral("incident")); // "for each … Service Call"
        const QList<SlaTerm> depots = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(depots.size(), 1);
        QCOMPARE(valueOf(depots.first(), "location"), QStringLiteral("Salt Lake City"));
    }

    void oemRenewalQuote()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("二、报价汇总"),
            QStringLiteral("服务类型\t服务代码\t台数/数量\t单价（元/年）\t年限\t小计（元）"),
            QStringLiteral("7×24×4服务\tSVC-7X24X4-3Y\t4台\t18,600.00\t3\t223,200.00"),
            QStringLiteral("5×9×NBD服务\tSVC-5X9NBD-3Y\t6台\t6,900.00\t3\t124,200.00"),
            QStringLiteral("注1：5×9服务中的“服务时间”及“工作日”均指周一至周五9:00–18:00，国家法定节假日除外。"),
            QStringLiteral("7×24×4服务：受理后30分钟内工程师电话响应，4小时内工程师到达现场。"),
            QStringLiteral("本报价单所列服务的具体内容以《恒擎原厂服务条款（2024版）》为准。"),
            QStringLiteral("客户确认（签字/盖章）：报价方：北京恒擎计算机系统有限公司（服务销售专用章）"),
            QStringLiteral("请将签字盖章后的报价单扫描件发送至我司，以便恒擎尽快安排合同登记。"),
        }}));
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price"))) {
            if (term.values.value(QStringLiteral("amount")).toInt() == 18600)
                QCOMPARE(valueOf(term, "per"), QStringLiteral("server_year")); // a unit price beside 台数
        }
        // The note defines the 5×9 service's days: it is no basis note for the 7×24 service's times.
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            QVERIFY2(term.values.value(QStringLiteral("basis")).isNull(), qPrintable(valueOf(term, "basis")));
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);   // 服务条款（2024版）
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 0);   // 计算机 is no clock
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0); // 尽快安排合同登记
    }

    void aBidQuotingTheBuyersRequirementsFirst()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("附：招标文件第三章 采购需求（原文摘录）"),
            QStringLiteral("一、商务要求"),
            QStringLiteral("中标人须提供7×24小时服务，接到报修后15分钟内响应，2小时内到达现场。"),
            QStringLiteral("未按要求时间到达现场的，每超时1小时扣除当年度服务费的1%，累计扣款不超过合同总价的10%。"),
            QStringLiteral("第5部分 售后服务方案及服务承诺"),
            QStringLiteral("一、服务标准"),
            QStringLiteral("我公司提供7×24小时服务，接到报修后30分钟内电话响应，原则上4小时内到达现场。"),
            QStringLiteral("A类设备8小时内无法修复时提供同档次备用机。"),
        }}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("response_time")).values(), QList<int>{30});
        QCOMPARE(termsOf(result, QStringLiteral("penalty")).size(), 0); // the buyer's, not promised
        QCOMPARE(findingCount(result, QStringLiteral("no_penalty")), 1);
        QCOMPARE(termsOf(result, QStringLiteral("resolution_time")).size(), 0); // "8小时内无法修复时" is a condition
        QStringList services;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added")))
            services << valueOf(term, "value");
        QVERIFY2(services.contains(QStringLiteral("loaner")), qPrintable(services.join(QLatin1Char(','))));
    }

    void macauAndJapaneseWording()
    {
        const auto macau = analyze(textDocument({{
            QStringLiteral("如澳門懸掛八號或以上熱帶氣旋信號，到場時間順延至有關信號除下後起計。"),
            QStringLiteral("乙級設備可使用原廠全新件或經本公司測試合格之拆機件，由本公司按庫存情況決定。"),
            QStringLiteral("不屬服務範圍：作業系統、資料庫及應用軟件之故障（設備韌體及驅動程式之升級屬本服務範圍）。"),
            QStringLiteral("第二及第三年度之服務費，本公司保留因原廠價格或匯率變動而調整之權利。"),
        }}));
        QCOMPARE(findingCount(macau, QStringLiteral("vague_wording")), 0); // a deferral with a defined end
        QCOMPARE(findingCount(macau, QStringLiteral("scope_exclusion")), 0);
        QCOMPARE(findingCount(macau, QStringLiteral("price_adjustment")), 1);
        const QList<SlaTerm> parts = termsOf(macau, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(valueOf(parts.first(), "value"), QStringLiteral("vendor_discretion"));

        const auto japan = analyze(textDocument({{
            QStringLiteral("Item\tPlan A (24h/365d)\tPlan B (Business day)"),
            QStringLiteral("Service hours\t24 hours 365 days (including holidays)\t9:00-17:30 JST on business days"),
            QStringLiteral("Engineer call back\tWithin 30 minutes\tWithin 2 hours (in service hours)"),
            QStringLiteral("5.1 Replacement parts will be new parts or equivalent-to-new parts."),
        }}));
        QList<double> hours;
        for (const SlaTerm &term : termsOf(japan, QStringLiteral("coverage")))
            hours << term.values.value(QStringLiteral("hours_per_day")).toDouble();
        QCOMPARE(hours, (QList<double>{24, 8.5})); // "24 hours 365 days", "9:00-17:30"
        for (const SlaTerm &term : termsOf(japan, QStringLiteral("response_time"))) {
            if (term.values.value(QStringLiteral("minutes")).toInt() == 120)
                QCOMPARE(valueOf(term, "basis"), QStringLiteral("business")); // "(in service hours)"
        }
        const QList<SlaTerm> japanParts = termsOf(japan, QStringLiteral("parts_quality"));
        QCOMPARE(japanParts.size(), 1);
        QCOMPARE(valueOf(japanParts.first(), "value"), QStringLiteral("new_or_equivalent"));
    }
    void packedCellsAndLocalCurrencies()
    {
        // Malaysia: each matrix cell packs three values; prices in RM.
        const auto malaysia = analyze(textDocument({{
            QStringLiteral("Crescent is Malaysia's leading multi-vendor server support company."),
            QStringLiteral("Tier\tP1\tP3"),
            QStringLiteral("Gold\tResp 30m / Onsite 6h / Fix 12h\tResp 4h / Onsite NBD / Fix 3BD"),
            QStringLiteral("Silver\tResp 2h / Onsite NBD / Fix 2BD\tResp 8h / Onsite 2BD / Fix 5BD"),
            QStringLiteral("Tier\tServers\tPrice per server per year (RM)"),
            QStringLiteral("Gold\t12\t4,350.00"),
            QStringLiteral("Silver\t20\t1,650.00"),
        }}));
        QCOMPARE(minutesByTierAndPriority(malaysia, QStringLiteral("response_time")).value(QStringLiteral("Silver P1")),
                 120); // "Resp 2h"
        bool twoBusinessDays = false;
        for (const SlaTerm &term : termsOf(malaysia, QStringLiteral("resolution_time")))
            twoBusinessDays =
                twoBusinessDays || (term.tier == QLatin1String("Silver") && term.priority == QLatin1String("P1") &&
                                    term.values.value(QStringLiteral("business_days")).toInt() == 2);
        QVERIFY(twoBusinessDays); // "Fix 2BD"
        for (const SlaTerm &term : termsOf(malaysia, QStringLiteral("price")))
            QCOMPARE(valueOf(term, "currency"), QStringLiteral("MYR"));
        QCOMPARE(findingCount(malaysia, QStringLiteral("marketing_claim")), 1);

        // The Philippines: a dash glossary defines the business day, a caption says how a table counts, PHP.
        const auto philippines = analyze(textDocument({{
            QStringLiteral("Business Day – any day from Monday to Friday, excluding regular holidays and special "
                           "non-working days declared by the national government."),
            QStringLiteral("Business Hours – 8:00 AM to 5:00 PM (Philippine Standard Time) on a Business Day."),
            QStringLiteral("Service Plan\tNo. of Servers\tAnnual Fee per Server (PHP)"),
            QStringLiteral("Platinum\t14\t38,500.00"),
            QStringLiteral("Gold\t22\t16,800.00"),
            QStringLiteral("Table 6.1 – Platinum (elapsed clock hours, including nights, weekends and holidays)"),
            QStringLiteral("Severity\tResponse\tOn-site"),
            QStringLiteral("Sev 1\t15 minutes\t4 hours"),
            QStringLiteral("Table 6.2 – Gold (measured in Business Hours only)"),
            QStringLiteral("Severity\tResponse\tOn-site"),
            QStringLiteral("Sev 1\t1 business hour\tNext Business Day"),
            QStringLiteral("Additional work is charged at PHP 2,800.00 per man-hour during Business Hours."),
            QStringLiteral("For Visayas sites, TDSI may engage accredited local service partners to perform on-site "
                           "work."),
        }}));
        QCOMPARE(findingCount(philippines, QStringLiteral("day_basis")), 0);
        QCOMPARE(findingCount(philippines, QStringLiteral("subcontracting")), 1);
        for (const SlaTerm &term : termsOf(philippines, QStringLiteral("response_time"))) {
            if (term.values.value(QStringLiteral("minutes")).toInt() == 15)
                QCOMPARE(valueOf(term, "basis"), QStringLiteral("calendar"));
        }
        QMap<int, QString> perByAmount;
        for (const SlaTerm &term : termsOf(philippines, QStringLiteral("price"))) {
            QCOMPARE(valueOf(term, "currency"), QStringLiteral("PHP"));
            perByAmount.insert(term.values.value(QStringLiteral("amount")).toInt(), valueOf(term, "per"));
        }
        QCOMPARE(perByAmount.value(2800), QStringLiteral("hour")); // "per man-hour"
        QCOMPARE(perByAmount.value(38500), QStringLiteral("server_year"));
    }

    void planMatrixWhosePriorityLabelsUseAPlanWord()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Plan\tCoverage Hours"),
            QStringLiteral("Essentials\tBusiness Hours"),
            QStringLiteral("Business\tExtended Hours"),
            QStringLiteral("Critical\t24x7x365"),
            QStringLiteral("5.1 Response"),
            QStringLiteral("Priority\tDefinition\tEssentials\tBusiness\tCritical"),
            QStringLiteral("P1 – Critical\tServer down\t2 Business Hours\t1 hour\t15 minutes"),
            QStringLiteral("P2 – High\tServer degraded\t4 Business Hours\t2 hours\t30 minutes"),
            QStringLiteral(
                "Hands-on attendance at the DR rack is provided through our Melbourne field services partner."),
            QStringLiteral("Other work is charged at $175.00 per hour, in 30-minute increments, minimum one hour per "
                           "attendance."),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("Essentials P1")), 120);
        QCOMPARE(response.value(QStringLiteral("Business P1")), 60);
        QCOMPARE(response.value(QStringLiteral("Critical P1")), 15);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QVERIFY(termsOf(result, QStringLiteral("onsite_time")).isEmpty()); // increments and minimums bill time
    }
    void serviceLevelsInNestedBullets()
    {
        // A Word list flattened: tier bullets, measure bullets ending in a colon, priority bullets.
        const auto result = analyze(textDocument({{
            QStringLiteral("Service tier\tServers\tCoverage"),
            QStringLiteral("Critical Systems (Tier 1)\t14\t24x7x365"),
            QStringLiteral("Business Production (Tier 2)\t30\t16x5"),
            QStringLiteral("4.3 Service levels by tier"),
            QStringLiteral("• Critical Systems (Tier 1) - 14 servers"),
            QStringLiteral("• Coverage: 24x7x365, including statutory holidays"),
            QStringLiteral("• Response time (remote, qualified engineer):"),
            QStringLiteral("• P1: 15 minutes"),
            QStringLiteral("• P2: 30 minutes"),
            QStringLiteral("• On-site attendance:"),
            QStringLiteral("• P1: 4 hours"),
            QStringLiteral("• Business Production (Tier 2) - 30 servers"),
            QStringLiteral("• Coverage: 16x5, 07:00 to 23:00 Eastern Time, Monday to Friday"),
            QStringLiteral("• Times for this tier are counted within Coverage Hours only"),
            QStringLiteral("• Response time:"),
            QStringLiteral("• P1: 1 hour"),
            QStringLiteral("• On-site attendance:"),
            QStringLiteral("• P1: 8 hours"),
        }}));
        const QMap<QString, int> onsite = minutesByTierAndPriority(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.value(QStringLiteral("Critical Systems P1")), 240);
        QCOMPARE(onsite.value(QStringLiteral("Business Production P1")), 480);
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time"))) {
            // The note under Tier 2 counts Tier 2's times in its hours, not Tier 1's.
            const QString basis = valueOf(term, "basis");
            QCOMPARE(basis, term.tier == QLatin1String("Business Production") ? QStringLiteral("business") : QString());
        }
    }

    void aClarificationReplyChangingTheBid()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("问题2：请明确A类设备故障的响应时间。原投标文件承诺的响应时间为30分钟，能否进一步缩短？"),
            QStringLiteral("回复：经我司研究，现对原投标文件中A类设备的服务时限作如下调整："),
            QStringLiteral("服务指标\t原投标承诺\t本次澄清后承诺"),
            QStringLiteral("电话响应时间\t30分钟内\t15分钟内（缩短）"),
            QStringLiteral("工程师到场时间\t4小时内\t4小时内（不变）"),
            QStringLiteral("B类设备的响应、到场及修复时限仍按原投标文件《售后服务承诺书》第3条执行，本次不作调整。"),
        }}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("response_time")).values(), QList<int>{15});
        QVERIFY(!result.tiers.contains(QStringLiteral("原投标承诺")));
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
    }
    void plansNamedByGradeAndKindOfSupport()
    {
        // A CPQ quote's bundles: "Critical Care", "Essential Care", "Basic Care", each named more than once.
        const auto result = analyze(textDocument({{
            QStringLiteral("Critical Care Bundle - PROD-DB (Dell PowerEdge R760)"),
            QStringLiteral("Essential Care Bundle - PROD-APP (HPE ProLiant DL380)"),
            QStringLiteral("Basic Care Bundle - DEV/TEST (Lenovo ThinkSystem SR630)"),
            QStringLiteral("Corvane Critical Care 24x7x4: coverage 24x7x365, including holidays."),
            QStringLiteral("Corvane Essential Care: 24x7 phone and remote support; technician next Business Day."),
            QStringLiteral("Corvane Basic Care: 9x5 phone support during Business Hours."),
        }}));
        for (const QString &plan :
             {QStringLiteral("Critical Care"), QStringLiteral("Essential Care"), QStringLiteral("Basic Care")})
            QVERIFY2(result.tiers.contains(plan), qPrintable(result.tiers.join(QLatin1Char(','))));
    }
    void productNotesSpeakForTheirPlan()
    {
        // A CPQ quote's product notes: each catalogue entry ("CODE - Brand Plan") leads the bullets under it. An
        // entry for another product, or notes "applicable to all … offerings", speak for no plan; the codes'
        // first letters ("CRV") are no plan either.
        const auto result = analyze(textDocument({{
            QStringLiteral("Critical Care Bundle - PROD-DB (Dell PowerEdge R760)"),
            QStringLiteral("Essential Care Bundle - PROD-APP (HPE ProLiant DL380)"),
            QStringLiteral("Basic Care Bundle - DEV/TEST (Lenovo ThinkSystem SR630)"),
            QStringLiteral("PRODUCT NOTES"),
            QStringLiteral("CRV-CC-24X7-4H - Corvane Critical Care 24x7x4"),
            QStringLiteral("• Severity 1 callback: within 30 minutes."),
            QStringLiteral("• Parts are pre-staged at the Omaha forward stocking location."),
            QStringLiteral("CRV-EC-24X7-NBD - Corvane Essential Care"),
            QStringLiteral("• 24x7 phone and remote support; callback within 2 hours."),
            QStringLiteral("• Parts are shipped from the regional depot."),
            QStringLiteral("CRV-SNTL-AGT - Corvane Sentinel Remote Monitoring Agent"),
            QStringLiteral("• Alerts are acknowledged within 3 hours."),
            QStringLiteral("CRV-BC-9X5-NBD - Corvane Basic Care"),
            QStringLiteral("• 9x5 phone support; callback within 4 hours."),
            QStringLiteral("Applicable to all Corvane support offerings"),
            QStringLiteral("• Onsite response: technician within 8 hours of dispatch."),
        }}));
        QVERIFY2(!result.tiers.contains(QStringLiteral("CRV")), qPrintable(result.tiers.join(QLatin1Char(','))));
        const QMap<QString, int> expected{{QStringLiteral("Critical Care P1"), 30},
                                          {QStringLiteral("Essential Care "), 120},
                                          {QStringLiteral(" "), 180},
                                          {QStringLiteral("Basic Care "), 240}};
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("response_time")), expected);
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time")))
            QVERIFY2(term.tier.isEmpty(), qPrintable(term.tier));
        QStringList stockTiers;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_stock")))
            stockTiers << term.tier;
        QCOMPARE(stockTiers, (QStringList{QStringLiteral("Critical Care"), QStringLiteral("Essential Care")}));
    }
    void cpqQuoteLinesAndTerms()
    {
        // A CPQ quote: the currency in a header field, list and net unit prices for a 12-month term, sub-lines
        // under their bundle's line, a recurring total, and terms that point at a guide on the web.
        const auto result = analyze(textDocument({{
            QStringLiteral("Currency\tUSD\tPayment Terms\tNet 30"),
            QStringLiteral("LINE ITEMS"),
            QStringLiteral("#\tProduct Code\tProduct Description\tQty\tTerm (Mo)\tList Unit Price\tDisc. %\tNet Unit "
                           "Price\tNet Total"),
            QStringLiteral("1\tBNDL-CC\tCritical Care Bundle - PROD-DB\t6\t12\t\t\t\t23,025.60"),
            QStringLiteral("1.1\tCRV-CC-24X7-4H\tCorvane Critical Care 24x7x4, Onsite 4 Hr\t6\t12\t4,680.00\t18.00%"
                           "\t3,837.60\t23,025.60"),
            QStringLiteral("1.2\tCRV-SNTL-AGT\tCorvane Sentinel Remote Monitoring Agent\t6\t12\t240.00\t100.00%\t0.00"
                           "\t0.00"),
            QStringLiteral("2\tBNDL-BC\tBasic Care Bundle - DEV/TEST\t5\t12\t\t\t\t3,782.50"),
            QStringLiteral("2.1\tCRV-BC-9X5-NBD\tCorvane Basic Care 9x5 Phone / NBD Onsite\t5\t12\t890.00\t15.00%"
                           "\t756.50\t3,782.50"),
            QStringLiteral("Annual Recurring (Years 1-3)\tUSD 26,808.10"),
            QStringLiteral("Support services are delivered in accordance with the Corvane Support Services Guide "
                           "available at https://www.corvane.com/support/ssg, which sets out severity definitions "
                           "and service level targets."),
            QStringLiteral("Corvane may update the Guide from time to time."),
            QStringLiteral("Prices are valid until the expiration date shown above and are subject to change "
                           "thereafter."),
            QStringLiteral("Critical Care parts are pre-staged at Corvane's Omaha forward stocking location."),
        }}));
        QStringList prices;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price")))
            prices << QStringLiteral("%1 %2 %3 %4")
                          .arg(term.tier, term.values.value(QStringLiteral("amount")).toString(),
                               term.values.value(QStringLiteral("currency")).toString(),
                               term.values.value(QStringLiteral("per")).toString());
        QVERIFY2(prices.contains(QStringLiteral("Critical Care 3837.6 USD server_year")),
                 qPrintable(prices.join(QLatin1Char('|'))));
        QVERIFY2(prices.contains(QStringLiteral("Basic Care 756.5 USD server_year")),
                 qPrintable(prices.join(QLatin1Char('|'))));
        QVERIFY2(prices.contains(QStringLiteral(" 26808.1 USD year")), qPrintable(prices.join(QLatin1Char('|'))));
        for (const QString &listPrice : {QStringLiteral(" 4680 "), QStringLiteral(" 890 "), QStringLiteral(" 240 ")})
            QVERIFY2(!prices.join(QLatin1Char('|')).contains(listPrice), qPrintable(prices.join(QLatin1Char('|'))));
        QStringList monitoring;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added")))
            if (term.values.value(QStringLiteral("value")) == QStringLiteral("remote_monitoring"))
                monitoring << term.tier;
        QCOMPARE(monitoring, QStringList{QStringLiteral("Critical Care")});
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 0);
        const QList<SlaTerm> stock = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 1);
        QCOMPARE(stock.first().values.value(QStringLiteral("location")).toString(), QStringLiteral("Omaha"));
    }
    void germanStyleSlaInEnglish()
    {
        // A German provider's SLA: spaced and decimal-comma percentages, credits per commenced hour of delay
        // capped with "max.", parts supply in months after EOSL, reaction times in an annex not attached.
        const auto result = analyze(textDocument({{
            QStringLiteral("The ticket portal is available 99,5 % per calendar month."),
            QStringLiteral("8.2 Service class Premium: 5 % of the monthly fee of the affected system for each "
                           "commenced hour of delay, max. 25 % of the monthly fee of the affected system."),
            QStringLiteral("5.5 For systems past their End of Service Life (EOSL), the Provider supplies spare parts "
                           "for at least 24 months after the EOSL date."),
            QStringLiteral("1.4 The reaction times for software support are set out in Annex 3."),
        }}));
        const QList<SlaTerm> uptime = termsOf(result, QStringLiteral("uptime_guarantee"));
        QCOMPARE(uptime.size(), 1);
        QCOMPARE(uptime.first().values.value(QStringLiteral("percent")).toDouble(), 99.5);
        const QList<SlaTerm> penalties = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalties.size(), 1);
        QCOMPARE(penalties.first().values.value(QStringLiteral("percent")).toDouble(), 5.0);
        QCOMPARE(penalties.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("hour"));
        QCOMPARE(penalties.first().values.value(QStringLiteral("cap_percent")).toDouble(), 25.0);
        const QList<SlaTerm> eol = termsOf(result, QStringLiteral("eol_parts_years"));
        QCOMPARE(eol.size(), 1);
        QCOMPARE(eol.first().values.value(QStringLiteral("value")).toInt(), 2);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
    }
    void slaAnnexWithKpiFormulas()
    {
        // An SLA annex: an availability column, a worked example of the formula, the term stated twice, a
        // rounding rule for credits, the buyer's own third parties, a consent clause and a windowed 5×8.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务期：自 2025 年 1 月 1 日起至 2027 年 12 月 31 日止，服务期三年。"),
            QStringLiteral("系统等级\t服务时间\t服务可用率（月度）"),
            QStringLiteral("一级系统\t7×24 小时（含法定节假日）\t≥99.95%"),
            QStringLiteral("三级系统\t5×8小时（周一至周五8:30—17:30）\t≥99.5%"),
            QStringLiteral("示例：某一级系统当月故障停机 0.5 小时，则服务可用率 =（720 − 0.5）÷ 720 × 100% = 99.93%。"),
            QStringLiteral("修复时间：自乙方工程师到达现场并完成故障定位之时起，至设备恢复正常运行时止。"),
            QStringLiteral("响应时间自我司服务热线受理报修之时起计算。"),
            QStringLiteral("如需原厂调货的，修复时间相应顺延。"),
            QStringLiteral("到场时间每超时 1 小时扣减当月服务费的 2%，不足 1 小时按 1 小时计。"),
            QStringLiteral("（3）甲方自行或委托第三方变更设备硬件配置导致的故障不在服务范围内。"),
            QStringLiteral("确需委托第三方承担现场服务的，须事先取得甲方书面同意。"),
        }}));
        QStringList uptime;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("uptime_guarantee")))
            uptime << term.tier + QLatin1Char(' ') + term.values.value(QStringLiteral("percent")).toString();
        QCOMPARE(uptime, (QStringList{QStringLiteral("一级系统 99.95"), QStringLiteral("三级系统 99.5")}));
        const QList<SlaTerm> term = termsOf(result, QStringLiteral("term_months"));
        QCOMPARE(term.size(), 1);
        QCOMPARE(term.first().values.value(QStringLiteral("value")).toInt(), 36);
        QCOMPARE(termsOf(result, QStringLiteral("onsite_time")).size(), 0);
        bool nineHours = false;
        for (const SlaTerm &coverage : termsOf(result, QStringLiteral("coverage")))
            nineHours = nineHours || (coverage.tier == QStringLiteral("三级系统") &&
                                      coverage.values.value(QStringLiteral("hours_per_day")).toInt() == 9);
        QVERIFY(nineHours);
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 0);
    }
    void tableNestedInAnAnswerCell()
    {
        // Word rows as the reader gives them: a nested table's rows right after the row holding it, then the
        // enclosing table goes on.
        const auto result = analyze(textDocument({{
            QStringLiteral("Req. ID\tRequirement\tCompliance\tProponent Response"),
            QStringLiteral("SLA-02\tState response times for all severities and tiers.\tFully Meets\tResponse "
                           "means a call-back by a qualified engineer."),
            QStringLiteral("Severity\tGold\tSilver"),
            QStringLiteral("Severity 1\t15 minutes\t1 Business Hour"),
            QStringLiteral("Severity 2\t30 minutes\t2 Business Hours"),
            QStringLiteral("SLA-03\tState on-site times.\tFully Meets\tAn engineer is on site within 6 hours."),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("Gold P1")), 15);
        QCOMPARE(response.value(QStringLiteral("Silver P2")), 120);
        // The row after the nested table is the questionnaire's again: its answer is under "Proponent Response".
        const QList<SlaTerm> onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 1);
        QCOMPARE(onsite.first().values.value(QStringLiteral("minutes")).toInt(), 360);
    }
    void amcProposalWithAcronymsForItsPlans()
    {
        // An Indian AMC proposal: plans defined with their acronyms, price tables naming only the acronyms, an
        // uptime row, a warehouse with its suburb in brackets, renewal at prevailing market rates.
        const auto result = analyze(textDocument({{
            QStringLiteral("2.1 Comprehensive AMC"),
            QStringLiteral("Option A – Comprehensive AMC (CAMC): covers labour, preventive maintenance and parts."),
            QStringLiteral("2.2 Non-Comprehensive AMC"),
            QStringLiteral("Option B – Non-Comprehensive AMC (NCAMC): covers labour and preventive maintenance only."),
            QStringLiteral("Parameter\tCAMC\tNCAMC"),
            QStringLiteral("Server uptime\t98% per quarter\tNot applicable"),
            QStringLiteral("Spares buffer stock is maintained at our Pune (Bhosari) warehouse."),
            QStringLiteral("Sr. No.\tDescription\tQty\tRate per server per annum (INR)\tAmount (INR)"),
            QStringLiteral("1\tCAMC – Dell PowerEdge R740\t4\t38,500\t1,54,000"),
            QStringLiteral("2\tNCAMC – Dell PowerEdge R740\t4\t16,000\t64,000"),
            QStringLiteral("8.4 Renewal: AMC charges for the subsequent year shall be revised as per prevailing market "
                           "rates at the time of renewal."),
            QStringLiteral("QTY 12   USD 1,284.00/YR"),
        }}));
        QStringList prices;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price")))
            prices << term.tier + QLatin1Char(' ') + term.values.value(QStringLiteral("amount")).toString();
        QVERIFY2(prices.contains(QStringLiteral("Comprehensive AMC 38500")), qPrintable(prices.join(QLatin1Char('|'))));
        QVERIFY2(prices.contains(QStringLiteral("Non-Comprehensive AMC 16000")),
                 qPrintable(prices.join(QLatin1Char('|'))));
        // "QTY 12   USD 1,284.00": the code prices the amount after it, not the count before it.
        QVERIFY2(prices.join(QLatin1Char('|')).contains(QStringLiteral(" 1284")),
                 qPrintable(prices.join(QLatin1Char('|'))));
        QVERIFY2(!prices.join(QLatin1Char('|')).contains(QRegularExpression(QStringLiteral(" 12(?:\\||$)"))),
                 qPrintable(prices.join(QLatin1Char('|'))));
        const QList<SlaTerm> uptime = termsOf(result, QStringLiteral("uptime_guarantee"));
        QCOMPARE(uptime.size(), 1);
        QCOMPARE(uptime.first().tier, QStringLiteral("Comprehensive AMC"));
        const QList<SlaTerm> stock = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 1);
        QCOMPARE(stock.first().values.value(QStringLiteral("location")).toString(), QStringLiteral("Pune"));
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
    }
    void contractTemplateWithClassColumns()
    {
        // A 技术服务合同: A类 round the clock with holidays, B类 in working hours whose holidays nobody defines (the
        // cell beside it says nothing of B's), and a credit per hour over the limit.
        const auto undefinedDays = analyze(textDocument({{
            QStringLiteral("项目\tA类设备\tB类设备"),
            QStringLiteral("服务时间\t7×24小时（含法定节假日）\t工作日8:30—17:30"),
            QStringLiteral("到场时间\t4小时内\t下一个工作日"),
            QStringLiteral(
                "响应、到场或修复每超过约定时限1小时，甲方有权扣减当季度服务费的1%，单季度累计扣减不超过当季度"
                "服务费的10%。"),
        }}));
        QCOMPARE(findingCount(undefinedDays, QStringLiteral("day_basis")), 2);
        const QList<SlaTerm> penalties = termsOf(undefinedDays, QStringLiteral("penalty"));
        QCOMPARE(penalties.size(), 1);
        QCOMPARE(penalties.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("hour"));
        QCOMPARE(termsOf(undefinedDays, QStringLiteral("resolution_time")).size(), 0);
        // 「工作日」，指…: defined, so nothing to flag.
        const auto defined = analyze(textDocument({{
            QStringLiteral("本合約所稱「工作日」，指星期一至星期五，但不含國定假日。"),
            QStringLiteral("服務時段\t7×24（全年無休，含國定假日）\t5×9（工作日08:30～17:30）"),
        }}));
        QCOMPARE(findingCount(defined, QStringLiteral("day_basis")), 0);
    }
    void onlyTickedOptionsAreOffered()
    {
        // An RFQ answered with check boxes: the unticked options beside the ticked one, and a level table whose
        // unticked row is only for reference.
        const auto en = analyze(textDocument({{
            QStringLiteral("Item\tRequirement\tResponse"),
            QStringLiteral("C.2\tTelephone response by a qualified engineer\t☐ 15 minutes ☒ 30 minutes ☐ 1 hour"),
            QStringLiteral(
                "D.5\tAnnual price escalation (years 2 and 3)\t☐ None – fixed for the term ☒ Capped at 4% per "
                "year ☐ Respondent's then-current list price"),
        }}));
        const QList<SlaTerm> response = termsOf(en, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 1);
        QCOMPARE(response.first().values.value(QStringLiteral("minutes")).toInt(), 30);
        const QList<SlaTerm> adjustment = termsOf(en, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustment.size(), 1);
        QCOMPARE(adjustment.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("capped"));
        QCOMPARE(adjustment.first().values.value(QStringLiteral("percent")).toDouble(), 4.0);
        QCOMPARE(findingCount(en, QStringLiteral("price_adjustment")), 0);

        const auto zh = analyze(textDocument({{
            QStringLiteral("选定\t服务级别\t服务时间\t到场时间\t备件"),
            QStringLiteral("☑\t金牌\t7×24 小时，含法定节假日\t4 小时\t原厂全新件"),
            QStringLiteral("□\t铜牌\t5×8（工作日 9:00–17:00）\t预约上门（一般 2 个工作日内）\t认证翻新件"),
        }}));
        QCOMPARE(findingCount(zh, QStringLiteral("parts_quality")), 0);
        QCOMPARE(findingCount(zh, QStringLiteral("vague_wording")), 0);
        QCOMPARE(termsOf(zh, QStringLiteral("onsite_time")).size(), 1);
        // Without a ticked box anywhere, □ is a bullet and its line counts.
        const auto bullets = analyze(textDocument({{QStringLiteral("□ 工程师 4 小时内到场。")}}));
        QCOMPARE(termsOf(bullets, QStringLiteral("onsite_time")).size(), 1);
    }
    void serviceDescriptionSmallPrint()
    {
        // An OEM's service description: a clock after its own remote diagnosis, times left to the order
        // confirmation, a partner in one country, a service level withdrawn at will; a clock's end and the date
        // commitments take effect are no clock start.
        const auto result = analyze(textDocument({{
            QStringLiteral(
                "Keystrel will use commercially reasonable efforts to have a representative arrive at the "
                "Customer's site within four (4) hours after Keystrel's remote diagnosis has determined that "
                "on-site attendance is required."),
            QStringLiteral(
                "For sites outside this radius, on-site response times are as stated in the Customer's order "
                "confirmation."),
            QStringLiteral("In mainland China, on-site Services are delivered by a locally licensed Keystrel service "
                           "partner."),
            QStringLiteral("Keystrel may withdraw a service level in a country at any time."),
            QStringLiteral("Call-to-repair time ends when Keystrel determines that the hardware has been repaired."),
            QStringLiteral(
                "Call-to-repair commitments become effective only after Keystrel has completed a site audit."),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
    }
    void catalogueAndScheduleWording()
    {
        const auto zh = analyze(textDocument({{
            QStringLiteral("BIOS、BMC及RAID卡固件问题的诊断与升级作为故障处理的一部分提供；操作系统及应用软件故障不属于"
                           "服务范围。"),
            QStringLiteral("（1）计时起点：以服务台在ITSM平台完成工单分类及定级的时间为准。"),
            QStringLiteral("（2）挂起：等待甲方提供信息或甲方要求暂缓处理期间，SLA计时暂停。"),
            QStringLiteral("乙方有权根据服务运营情况对服务目录内容进行修订。"),
        }}));
        QCOMPARE(findingCount(zh, QStringLiteral("scope_exclusion")), 0);
        QCOMPARE(findingCount(zh, QStringLiteral("clock_start")), 1); // the classification, not the pause
        QCOMPARE(findingCount(zh, QStringLiteral("unilateral_change")), 1);

        const auto en = analyze(textDocument({{
            QStringLiteral("The Supplier shall respond to Severity 1 Incidents within 30 minutes and restore service "
                           "within 4 hours."),
            QStringLiteral(
                "\"Incident Start Time\" means the time at which the Supplier's Service Desk logs the Incident "
                "in the Service Management System and assigns it a Severity Level;"),
            QStringLiteral(
                "4 Targets for Severity 4 Incidents and for Service Requests (including install, move, add and "
                "change requests) are as set out in the Operations Manual."),
            QStringLiteral(
                "8 The Supplier may use Subcontractors in the performance of the Services only in accordance "
                "with Clause 18 (Subcontracting) of the Agreement, which requires the Customer's prior written "
                "consent."),
        }}));
        QCOMPARE(findingCount(en, QStringLiteral("clock_start")), 1);
        QCOMPARE(findingCount(en, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(en, QStringLiteral("subcontracting")), 0);
    }

    void frameworkServiceDefinition()
    {
        // A G-Cloud style Service Definition: alerts forwarded from the servers' controllers are remote
        // monitoring; the buyer's duties ("Provide timely site access") are no hedge of the supplier's; a
        // named supplier's "approved field-service partners" attend some sites.
        const auto result = analyze(textDocument({{
            QStringLiteral("1.1 Service options"),
            QStringLiteral("Feature\tCritical 24x7\tCore"),
            QStringLiteral("Monitoring\tHardware alerts from iDRAC, iLO and XClarity forwarded to the Service Desk and "
                           "logged automatically\tNot included"),
            QStringLiteral("5.3 Who delivers the Service"),
            QStringLiteral(
                "For Buyer sites in the Scottish Highlands and Islands, on-site attendance is provided by "
                "Calder Vale’s approved field-service partners, working to the Service Levels in section 3."),
            QStringLiteral("10. Buyer responsibilities"),
            QStringLiteral("• Provide timely site access for engineers, including escorts and any security clearance "
                           "requirements notified at onboarding."),
            QStringLiteral("• Report hardware faults promptly through the Service Portal."),
        }}));
        const QList<SlaTerm> monitoring = termsOf(result, QStringLiteral("value_added"));
        QCOMPARE(monitoring.size(), 1);
        QCOMPARE(valueOf(monitoring.first(), "value"), QStringLiteral("remote_monitoring"));
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
    }

    void colocationOrderFormWithMaintenanceLines()
    {
        // A data centre's order form: an "Initial Term" row, unit prices whose lines say they are per server
        // per month, a credit table whose "Service level" column holds values (no plans), and the site's
        // rules, which the provider may update, are no change to the service.
        const auto result = analyze(textDocument({{
            QStringLiteral(
                "Initial Term\t36 months from the Service Commencement Date\tBilling\tMonthly in advance, AED"),
            QStringLiteral("Line\tSKU\tDescription\tQty\tUnit price (AED)\tMRC (AED)"),
            QStringLiteral(
                "6\tHWM-PRM\tHardware Maintenance – Premium (24x7, 4-hour on-site), Dell PowerEdge R760, per server "
                "per month\t8\t640.00\t5,120.00"),
            QStringLiteral("Service\tService level\tCredit\tMonthly cap"),
            QStringLiteral(
                "Temperature and humidity\t99.99% of the month\t3% of cabinet MRC per hour outside range\t25% of "
                "cabinet MRC"),
            QStringLiteral("Remote Hands response\t30 minutes\tAED 100.00 per late request\tAED 1,000.00"),
            QStringLiteral(
                "B3. Customer and its personnel shall comply with the DXB2 Site Rules, which KDI may update from "
                "time to time on 30 days' written notice."),
        }}));
        const QList<SlaTerm> term = termsOf(result, QStringLiteral("term_months"));
        QCOMPARE(term.size(), 1);
        QCOMPARE(term.first().values.value(QStringLiteral("value")).toInt(), 36);
        QString perOfUnitPrice;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price"))) {
            if (price.values.value(QStringLiteral("amount")).toInt() == 640)
                perOfUnitPrice = valueOf(price, "per");
        }
        QCOMPARE(perOfUnitPrice, QStringLiteral("server_month"));
        QVERIFY2(!result.tiers.contains(QStringLiteral("minutes")) &&
                     !result.tiers.contains(QStringLiteral("99.99% of the month")),
                 qPrintable(result.tiers.join(QLatin1Char(','))));
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 0);
    }
};

QTEST_APPLESS_MAIN(TestProcurementForms)
#include "TestProcurementForms.moc"
