// An English SLA with its service credits and schedule of fees in tables: what a credit is per, what a
// fee is per, and which rows are plans.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/ContractAnalyzer.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::boxLine;
using tw::test::clauseFindingCounts;
using tw::test::findingCount;
using tw::test::minutesByTierAndPriority;
using tw::test::pdfPage;
using tw::test::termsOf;
using tw::test::textDocument;
using tw::test::tiersOf;

class TestSlaSchedule : public QObject
{
    Q_OBJECT

private slots:
    void creditColumnSaysWhatACreditIsPer()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral(
                "Service tier\tService level missed\tCredit per missed service level\tMaximum credit in a month"),
            QStringLiteral("Tier 1 — Production\tResponse Time\t5% of the Monthly Fee\t30% of the Monthly Fee"),
            QStringLiteral("Tier 2 — Non-Production\tRestoration Time\t2% of the Monthly Fee\t10% of the Monthly Fee"),
        }}));
        const QList<SlaTerm> penalties = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalties.size(), 2);
        for (const SlaTerm &term : penalties)
            QCOMPARE(term.values.value(QStringLiteral("per")).toString(), QStringLiteral("incident"));
        // Without such a column, "of the Monthly Fee" is the month's credit.
        const auto monthly = analyze(
            textDocument({{QStringLiteral("Availability\tCredit"), QStringLiteral("Below 99.9%\t5% of the Monthly Fee"),
                           QStringLiteral("Below 99.5%\t10% of the Monthly Fee")}}));
        for (const SlaTerm &term : termsOf(monthly, QStringLiteral("penalty")))
            QCOMPARE(term.values.value(QStringLiteral("per")).toString(), QStringLiteral("month"));
    }

    void scheduleOfFeesPerServerPerMonth()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Fees are in SGD."),
            QStringLiteral("Service tier\tCovered Servers\tMonthly charge per server (SGD)\tMonthly total (SGD)"),
            QStringLiteral("Tier 1 — Production\t12\t185.00\t2,220.00"),
            QStringLiteral("Tier 2 — Non-Production\t30\t62.00\t1,860.00"),
            QStringLiteral("Monthly Fee\t42\t\t4,080.00"),
        }}));
        QMap<int, QString> perByAmount;
        QStringList tiers;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price"))) {
            perByAmount.insert(term.values.value(QStringLiteral("amount")).toInt(),
                               term.values.value(QStringLiteral("per")).toString());
            if (!term.tier.isEmpty() && !tiers.contains(term.tier))
                tiers << term.tier;
        }
        QCOMPARE(perByAmount.value(185), QStringLiteral("server_month"));
        QCOMPARE(perByAmount.value(2220), QStringLiteral("month"));
        QCOMPARE(perByAmount.value(4080), QStringLiteral("month"));
        QVERIFY2(!tiers.contains(QStringLiteral("Monthly Fee")), qPrintable(tiers.join(QLatin1Char(','))));
    }

    void aPlansSheetOfFields()
    {
        // A call-off order form: one two-column sheet per plan, headed "Service Level | Gold".
        const auto result = analyze(textDocument({{
            QStringLiteral("B1. Gold"),
            QStringLiteral("Service Level\tGold"),
            QStringLiteral("Applies to\tGroup A (38 servers)"),
            QStringLiteral("Hours of Cover\t24 hours a day, 7 days a week, 365 days a year"),
            QStringLiteral("Response Time\tfifteen (15) minutes"),
            QStringLiteral("On-site Attendance\tfour (4) hours"),
            QStringLiteral("Replacement Parts\tNew genuine manufacturer parts"),
            QStringLiteral("B2. Silver"),
            QStringLiteral("Service Level\tSilver"),
            QStringLiteral("Hours of Cover\t08:00 to 18:00 on Working Days"),
            QStringLiteral("Response Time\tone (1) hour within Hours of Cover"),
            QStringLiteral("On-site Attendance\tNext Working Day"),
            QStringLiteral("Part D – Schedule of Charges"),
            QStringLiteral("Service Level\tNumber of servers\tCharge per server per annum (GBP)"),
            QStringLiteral("Gold\t38\t£415.00"),
            QStringLiteral("Silver\t60\t£236.00"),
        }}));
        const QStringList onsite = tiersOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite, (QStringList{QStringLiteral("Gold"), QStringLiteral("Silver")}));
        QVERIFY2(!result.tiers.contains(QStringLiteral("Response Time")),
                 qPrintable(result.tiers.join(QLatin1Char(','))));
    }

    void kpiTableColumnsAreNoPlans()
    {
        // A statement of work's KPI rows: Target, Measurement period and Service credit are columns of
        // facts, not plans.
        const auto result = analyze(textDocument({{
            QStringLiteral("KPI\tDescription\tTarget\tMeasurement period\tService credit"),
            QStringLiteral("KPI 2 Response – Priority 1\tStart Time to an engineer contacting Customer\tthirty (30) "
                           "minutes\tCalendar month\tNil"),
            QStringLiteral("KPI 3 Response – Priority 2\tAs for KPI 2\t2 Business Hours\tCalendar month\tNil"),
            QStringLiteral(
                "KPI 6 On-site attendance – Priority 2\tAs for KPI 5\tNext Business Day\tCalendar month\tNil"),
            QStringLiteral(
                "7.4 Provider will review the Charges before the start of each Contract Year, having regard to "
                "movements in CPI and labour costs."),
            QStringLiteral("Moves and changes will be completed within the timeframes set out in Schedule 3 (Service "
                           "Catalogue)."),
        }}));
        QVERIFY2(result.tiers.isEmpty(), qPrintable(result.tiers.join(QLatin1Char(','))));
        QCOMPARE(termsOf(result, QStringLiteral("response_time")).size(), 2);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
        QVERIFY(findingCount(result, QStringLiteral("missing_sla")) >= 1);
    }

    void fieldServicePartnersAndCustomerAccess()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("On-site work at restricted-access sites may be carried out by the Provider's authorised "
                           "field-service partners."),
            QStringLiteral("8.2 The Customer shall report Incidents promptly, keep the asset register current and give "
                           "the Provider's engineers remote and physical access as soon as practicable after an "
                           "Incident is logged."),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
    }

    void capRowUnderTheCreditsTable()
    {
        // The last row caps every credit above it; it is no credit of its own.
        const auto result = analyze(textDocument({{
            QStringLiteral("Ref\tService Level\tPlan\tService Credit"),
            QStringLiteral("SC-1\tResponse Time, Priority 1\tPremium Care\t1% of Monthly Fee per full hour"),
            QStringLiteral("SC-2\tOn-site Time, Priority 1\tPremium Care\t5% of Monthly Fee per full hour"),
            QStringLiteral("\tMaximum Service Credits in any calendar month\t\ttwenty per cent (20%) of the Monthly "
                           "Fees"),
        }}));
        const QList<SlaTerm> penalties = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalties.size(), 2);
        for (const SlaTerm &penalty : penalties)
            QCOMPARE(penalty.values.value(QStringLiteral("cap_percent")).toDouble(), 20.0);
    }

    void creditsAndCalendarMonthsSayNothingOfHowTimesCount()
    {
        // "each calendar month" is a measurement period and "each Business Day of delay" reckons credits:
        // neither makes a response time calendar or business time.
        const auto result = analyze(textDocument({{
            QStringLiteral("4.1 Premium Care: a Response Time of fifteen (15) minutes for Priority 1 Incidents."),
            QStringLiteral("4.4 The Service Desk telephone line shall be available 99.9% of the time in each calendar "
                           "month."),
            QStringLiteral("5.1 If the Supplier misses a Service Level, the Customer is entitled to a Service Credit "
                           "for each full hour (or, where stated, each Business Day) of delay."),
        }}));
        const QList<SlaTerm> response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 1);
        QVERIFY(response.first().values.value(QStringLiteral("basis")).isNull());
    }

    void complianceMatrixAnswersTakeTheRequirementsPriority()
    {
        // The buyer's requirement names the priority; the vendor's answer in the same row gives the times.
        const auto result = analyze(textDocument({{
            QStringLiteral("Req. ID\tRequirement\tComply (Y/N/Partial)\tVendor Response"),
            QStringLiteral(
                "A.04\tFor Priority 1 incidents on Tier A, the Supplier shall respond within 15 minutes.\tY\t"
                "Comply. A Castlegate engineer will call back within thirty (30) minutes."),
            QStringLiteral("A.05\tFor Priority 2 incidents on Tier A, the Supplier shall respond within 1 hour.\tY\t"
                           "Comply. Call-back within one (1) hour."),
            QStringLiteral("A.10\tThe Supplier shall state resolution times for Tier B incidents.\tPartial\tPartial. "
                           "Resolution targets for Tier B are as set out in the Castlegate Standard Service Schedule."),
            QStringLiteral("B.10\tThe Supplier shall apply firmware updates.\tN\tSoftware, including firmware and "
                           "BIOS, is outside the scope of hardware maintenance."),
        }}));
        QMap<QString, int> minutesByPriority;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            minutesByPriority.insert(term.priority, term.values.value(QStringLiteral("minutes")).toInt());
        QCOMPARE(minutesByPriority.value(QStringLiteral("P1")), 30);
        QCOMPARE(minutesByPriority.value(QStringLiteral("P2")), 60);
        QVERIFY(!minutesByPriority.contains(QString())); // the requirements' own times are not the vendor's
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 1);
    }

    void colocationProvidersServiceLevelAgreement()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("1.1.6 “On-site Time” means the period between Polderline's confirmation that attendance "
                           "at the Data Centre is required and the arrival of a Polderline engineer."),
            QStringLiteral("4.2.1 Premium Care, Priority 1 Incidents: Polderline shall achieve an On-site Time of "
                           "four (4) hours."),
            QStringLiteral("6.2 For Standard Care, replacement parts may be new or refurbished, at Polderline's "
                           "discretion, and shall be functionally equivalent to the failed part."),
            QStringLiteral("6.3 All other parts are shipped from Polderline's regional logistics hub in Venlo."),
            QStringLiteral("6.4 Polderline maintains equipment for three (3) years after end of life, subject to the "
                           "availability of parts on the secondary market."),
            QStringLiteral("6.5 For Premium Care, Polderline dispatches the replacement part together with the "
                           "engineer."),
            QStringLiteral("7.2 At FRA1, Polderline may engage local service partners to perform on-site attendance."),
            QStringLiteral("7.5 Remote hands requests are handled in accordance with the response times in the Remote "
                           "Hands Schedule to the Agreement."),
            QStringLiteral("8.1 Polderline may amend this SLA from time to time by publishing a revised version."),
            QStringLiteral("9.3 Polderline may increase the Monthly Fees once in each contract year, provided that no "
                           "increase exceeds four per cent (4%)."),
            QStringLiteral("We deliver the highest quality service in the industry."),
        }}));
        const QList<SlaTerm> quality = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(quality.size(), 1);
        QCOMPARE(quality.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("vendor_discretion"));
        const QList<SlaTerm> stock = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 1);
        QCOMPARE(stock.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("regional"));
        QCOMPARE(termsOf(result, QStringLiteral("parts_dispatch_first")).size(), 1);
        const QList<SlaTerm> adjustment = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustment.size(), 1);
        QCOMPARE(adjustment.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("capped"));
        QCOMPARE(adjustment.first().values.value(QStringLiteral("percent")).toDouble(), 4.0);
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("marketing_claim")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 0);
        QVERIFY(findingCount(result, QStringLiteral("vague_wording")) >= 1); // subject to the availability of parts
    }

    void equivalentToNewAtTheVendorsDiscretionIsEquivalent()
    {
        const auto result = analyze(textDocument(
            {{QStringLiteral("Replacement parts may be new or equivalent to new, at Ridgeline's discretion.")}}));
        const QList<SlaTerm> quality = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(quality.size(), 1);
        QCOMPARE(quality.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("new_or_equivalent"));
    }

    void captionSaysWhatTheSlashPairsAre()
    {
        // Tiers down the side, priorities across, and a caption saying each cell is "response / Restore".
        const auto result = analyze(textDocument({{
            QStringLiteral("7.3 Response and Restore Times"),
            QStringLiteral("Each cell shows the response time / the Restore time."),
            QStringLiteral("Server tier\tP1\tP2"),
            QStringLiteral("Tier A\t15 min / 4 hr\t30 min / 8 hr"),
            QStringLiteral("Tier B\t30 min / 8 hr\t1 hr / NBD"),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("Tier A P1")), 15);
        QCOMPARE(response.value(QStringLiteral("Tier B P2")), 60);
        const QMap<QString, int> restore = minutesByTierAndPriority(result, QStringLiteral("resolution_time"));
        QCOMPARE(restore.value(QStringLiteral("Tier A P1")), 240);
        QCOMPARE(restore.value(QStringLiteral("Tier A P2")), 480);
    }

    void orderFormWithASummaryBox()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Support Center: 1-800-555-0143"),
            QStringLiteral("Covered Sites: Erie Data Center; Meadville Clinic server room"),
            QStringLiteral("Plan\tPremier 24x7x4"),
            QStringLiteral("Coverage\t24x7x365"),
            QStringLiteral("On-site\t4 hours"),
            QStringLiteral("Annual subtotal\t$23,154.00"),
            QStringLiteral("Total Contract Value (36 months)\t$69,462.00"),
            QStringLiteral("4. Severity definitions and repair targets are set out in the Service Description."),
            QStringLiteral("7. The Services do not include software, firmware, BIOS and operating system support."),
            QStringLiteral("11. Keystone may engage independent service providers and subcontractors to perform "
                           "on-site work."),
            QStringLiteral("Please call the Support Center or visit the Covered Sites list in the portal."),
        }}));
        for (const SlaTerm &term : result.terms)
            QVERIFY2(term.tier != QLatin1String("Covered Sites") && term.tier != QLatin1String("Support Center"),
                     qPrintable(term.tier));
        QMap<int, QString> perByAmount;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price")))
            perByAmount.insert(term.values.value(QStringLiteral("amount")).toInt(),
                               term.values.value(QStringLiteral("per")).toString());
        QCOMPARE(perByAmount.value(69462), QStringLiteral("total"));
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
    }

    void clarificationLogAnswersOnly()
    {
        // The buyer's questions quote the proposal's old wording; only the vendor's answers commit.
        const auto result = analyze(textDocument({{
            QStringLiteral("No.\tQuestion (from LCU)\tAnswer (from Tamarack)"),
            QStringLiteral("1\tSection 6 of the proposal states that pricing is subject to annual adjustment. Please "
                           "confirm.\tFees are fixed for the initial term; renewal increases are capped at 3%."),
            QStringLiteral("2\tSection 3.1 gives a Tier A on-site time of 4 hours. Are these business hours?\t"
                           "Confirmed: for Tier A the on-site time is 4 clock hours, counted around the clock."),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 0);
        const QList<SlaTerm> onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 1);
        QCOMPARE(onsite.first().values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
    }

    void targetsInACatalogueNotAttached()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Priority 1: response within 30 minutes."),
            QStringLiteral("Service Request targets are as set out in the Service Catalogue."),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
    }

    void transposedMatrixGivesEachPriorityItsWindowAndBasis()
    {
        // A statement of work's matrix with the priorities as columns, and a measurement note in the
        // next section naming the priorities it speaks for.
        const auto result = analyze(textDocument({{
            QStringLiteral("4.1 Service level matrix"),
            QStringLiteral("Measure\tP1 - Critical\tP2 - High\tP3 - Medium"),
            QStringLiteral("Coverage window\t24x7x365\t24x7x365\tBusiness Hours"),
            QStringLiteral("Response\t15 minutes\t30 minutes\t2 Business Hours"),
            QStringLiteral("4.2 Measurement"),
            QStringLiteral("P1 and P2 targets are measured in elapsed clock time, 24 hours a day, including weekends "
                           "and statutory holidays. P3 targets are measured in Business Hours."),
        }}));
        QMap<QString, int> coverageDays;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("coverage")))
            coverageDays.insert(term.priority, term.values.value(QStringLiteral("days_per_week")).toInt());
        QCOMPARE(coverageDays.value(QStringLiteral("P1")), 7);
        QCOMPARE(coverageDays.value(QStringLiteral("P2")), 7);
        QVERIFY(coverageDays.contains(QStringLiteral("P3")));
        const QList<SlaTerm> responses = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(responses.size(), 3);
        for (const SlaTerm &term : responses)
            QCOMPARE(term.values.value(QStringLiteral("basis")).toString(),
                     term.priority == QLatin1String("P3") ? QStringLiteral("business") : QStringLiteral("calendar"));
    }

    void amountBeforeANewSentenceIsPerItsOwnLabel()
    {
        // "Annual value: $70,668.00. Total value over the Initial Term: $212,004.00."
        const auto result = analyze(textDocument({{
            QStringLiteral("Annual value: $70,668.00. Total value over the Initial Term: $212,004.00. All amounts "
                           "are in Canadian dollars."),
        }}));
        QMap<double, QString> perOfAmount;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price")))
            perOfAmount.insert(term.values.value(QStringLiteral("amount")).toDouble(),
                               term.values.value(QStringLiteral("per")).toString());
        QCOMPARE(perOfAmount.value(70668), QStringLiteral("year"));
        QCOMPARE(perOfAmount.value(212004), QStringLiteral("total"));
    }

    void exclVatDoesNotEndTheSentence()
    {
        // "(excl. VAT)" between the label and the amount: the label still says what the amount is per.
        const auto result = analyze(textDocument({{
            QStringLiteral("Total Fees per annum (excl. VAT): R504 840,00 (five hundred and four thousand eight "
                           "hundred and forty rand)."),
        }}));
        const QList<SlaTerm> prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 1);
        QCOMPARE(prices.first().values.value(QStringLiteral("amount")).toDouble(), 504840.0);
        QCOMPARE(prices.first().values.value(QStringLiteral("currency")).toString(), QStringLiteral("ZAR"));
        QCOMPARE(prices.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("year"));
    }

    void statementOfServiceLevelsAsNumberedList()
    {
        // A statement of service levels in legal list style: plans defined by short names, clauses with
        // run-in titles, and items per plan under "(a) Premier:".
        const auto result = analyze(textDocument({{
            QStringLiteral("1. Support Plans."),
            QStringLiteral("(a) Premier 24x7x4 (\"Premier\") - for production systems."),
            QStringLiteral("(b) Essential NBD (\"Essential\") - for development and test systems."),
            QStringLiteral("3. Incident Response. The TAC will respond to an Incident by telephone with a qualified "
                           "technician."),
            QStringLiteral("(a) Premier:"),
            QStringLiteral("(i) Severity 1: thirty (30) minutes;"),
            QStringLiteral("(ii) Severity 2: two (2) hours;"),
            QStringLiteral("(b) Essential: two (2) Business Hours, all Severities."),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("Premier P1")), 30);
        QCOMPARE(response.value(QStringLiteral("Premier P2")), 120);
        QCOMPARE(response.value(QStringLiteral("Essential ")), 120);
    }

    void agreementClausesOnClockProceduresAndEquipmentChanges()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("1.1.10 \u201cOn-site Time\u201d means the period from the time the Service Desk confirms, "
                           "following remote diagnosis, that attendance at the Site is required, until a Supplier "
                           "engineer arrives at the Site;"),
            QStringLiteral("4.6 Equipment may be added to or removed from Schedule 2 by written agreement between the "
                           "Parties, in which event the Fees shall be adjusted pro rata using the unit rates in "
                           "Schedule 2."),
            QStringLiteral("7.5 Response, On-site and Resolution Times for Severity 3 Faults are set out in the "
                           "Supplier\u2019s Service Desk Operating Procedures, which the Supplier may amend from time "
                           "to time on notice to the Customer."),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 0);
        // (Schedule 2 is not attached to this excerpt either.)
        bool procedures = false;
        for (const Finding &finding : tw::test::findingsOf(result, QStringLiteral("missing_sla")))
            procedures = procedures || finding.evidence.quote.contains(QStringLiteral("Operating Procedures"));
        QVERIFY(procedures);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
    }

    void measurementColumnAndPartsPickedByTheSupplier()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Service Level\tService Hours\tMeasurement of time"),
            QStringLiteral("Platinum\t24 hours a day, 7 days a week\tElapsed clock hours, without interruption for "
                           "nights, weekends or public holidays"),
            QStringLiteral("Gold\t07:00 to 19:00, Monday to Saturday\tWithin Service Hours only"),
            QStringLiteral("Service Level\tSeverity\tResponse\tOn-site"),
            QStringLiteral("Platinum\tSeverity 1\t15 minutes\t4 hours"),
            QStringLiteral("Gold\tSeverity 1\t30 minutes\t6 hours"),
            QStringLiteral("5.1 Replacement parts shall be functionally equivalent to the part being replaced and may "
                           "be new or refurbished, in the Supplier\u2019s sole discretion."),
        }}));
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time")))
            QCOMPARE(term.values.value(QStringLiteral("basis")).toString(),
                     term.tier == QLatin1String("Platinum") ? QStringLiteral("calendar") : QStringLiteral("business"));
        const QList<SlaTerm> parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("vendor_discretion"));
    }

    void creditTableAndClarificationAnswers()
    {
        // A tender clarification letter: credits in a table whose columns say what each cell is, and answers
        // that mention refurbished parts and change control without conceding either.
        const auto result = analyze(textDocument({{
            QStringLiteral("Category\tTrigger\tCredit\tCap"),
            QStringLiteral("Category A\tEach P1 or P2 on-site attendance missed\t\u00a3250 per incident\t20% of the "
                           "monthly Charges for Category A"),
            QStringLiteral("Category B\tEach P1 on-site attendance missed\t\u00a3100 per incident\t10% of the monthly "
                           "Charges for Category B"),
            QStringLiteral(
                "Category B: parts will be new or OEM-certified refurbished, at Ardenvale\u2019s discretion. "
                "All refurbished parts are tested to OEM specification and carry the same warranty as new "
                "parts."),
            QStringLiteral(
                "Firmware updates are applied during preventive maintenance visits, subject to the Trust\u2019s "
                "change control."),
            QStringLiteral("Ardenvale may appoint additional or replacement subcontractors during the Term."),
            QStringLiteral(
                "For each optional extension, prices may be increased by no more than the lower of CPI and 3%."),
        }}));
        QMap<QString, double> cap;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("penalty")))
            cap.insert(term.tier, term.values.value(QStringLiteral("cap_percent")).toDouble());
        QCOMPARE(cap.value(QStringLiteral("Category A")), 20.0);
        QCOMPARE(cap.value(QStringLiteral("Category B")), 10.0);
        QVERIFY(termsOf(result, QStringLiteral("price")).isEmpty());
        QCOMPARE(findingCount(result, QStringLiteral("no_penalty")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        const QList<SlaTerm> adjustment = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustment.size(), 1);
        QCOMPARE(adjustment.first().values.value(QStringLiteral("percent")).toDouble(), 3.0);
    }

    void dataSheetTermsAndStandingOfferHedges()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral(
                "Service terms. CarePath is provided under the applicable CarePath Service Description, which "
                "set out service level details, geographic availability and exclusions and are available on "
                "request."),
            QStringLiteral("Critical Cover: an engineer on site within 4 hours plus reasonable travel time outside the "
                           "metropolitan area."),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 1);
        // The vendor adjusting its own inspections at will is a unilateral change; at the buyer's request it is not.
        const auto vendorWill = analyze(textDocument({{
            QStringLiteral(
                "2. 预防性巡检：1级系统每周巡检1次。我公司可根据设备运行状况对巡检频次及巡检内容进行适当调整。"),
        }}));
        QCOMPARE(findingCount(vendorWill, QStringLiteral("unilateral_change")), 1);
        const auto buyerWill = analyze(textDocument({{
            QStringLiteral("2. 预防性巡检：1级系统每周巡检1次。我公司可根据采购人需求对巡检频次进行调整。"),
        }}));
        QCOMPARE(findingCount(buyerWill, QStringLiteral("unilateral_change")), 0);
        // "We'll try to find OEM parts" hedges the parts; "please try to provide the logs" is the buyer's duty.
        QCOMPARE(findingCount(analyze(textDocument({{QStringLiteral("备件我们尽量找原厂的。")}})),
                              QStringLiteral("vague_wording")),
                 1);
        QCOMPARE(findingCount(
                     analyze(textDocument({{QStringLiteral("报修时请说明设备位置，并尽量提供故障现象及告警日志。")}})),
                     QStringLiteral("vague_wording")),
                 0);
    }

    void fieldServicesPartnersDoTheWork()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("6.4 Northcove may engage qualified field services partners to perform on-site work at "
                           "Customer locations."),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
    }

    void glossaryEntryDefinesBusinessHours()
    {
        // A glossary entry "Business Hours: 08:00-18:00, Monday-Friday. All times exclude public holidays"
        // gives both the hours and the holiday rule: targets in business hours are then well defined.
        const QStringList glossary = {
            QStringLiteral("Severity 3: initial response within 8 Business hours."),
            QStringLiteral("Glossary"),
            QStringLiteral("Business Hours: 08:00&ndash;18:00, Monday&ndash;Friday, local to the customer's "
                           "headquarters. All times exclude public holidays"),
        };
        QCOMPARE(findingCount(analyze(textDocument({glossary})), QStringLiteral("day_basis")), 0);
        // Without the holiday rule the same entry leaves the business hours open.
        QStringList noHolidays = glossary;
        noHolidays.last() = QStringLiteral("Business Hours: 08:00-18:00, Monday-Friday, local to the customer's "
                                           "headquarters.");
        QVERIFY(findingCount(analyze(textDocument({noHolidays})), QStringLiteral("day_basis")) >= 1);
        // Nor does a sentence that only says holidays vary.
        QStringList varying = glossary;
        varying.last() = QStringLiteral("1 Local Business Hours: 8:00 a.m. to 5:00 p.m. customer local time, Monday "
                                        "through Friday. Holiday coverage varies by country.");
        QVERIFY(findingCount(analyze(textDocument({varying})), QStringLiteral("day_basis")) >= 1);
    }
    void slaCodesOfAnEquipmentScheduleAreTheTiers()
    {
        // A TPM agreement: an equipment schedule names each asset's SLA code, a legend defines the codes.
        const auto result = analyze(textDocument({{
            QStringLiteral("EXHIBIT A – EQUIPMENT SCHEDULE"),
            QStringLiteral("Line\tSite\tManufacturer / Model\tSerial No.\tSLA Code\tMonthly Charge"),
            QStringLiteral("1\tPIT1\tDell PowerEdge R750\t7HX2K93\t24x7x4\t$118.00"),
            QStringLiteral("2\tWEX1\tDell PowerEdge R740xd\t9FVZT53\t9x5xNBD\t$48.00"),
            QStringLiteral("Total for Initial Term (36 months, before any adjustment)\t\t\t\t\t$5,976.00"),
            QStringLiteral("EXHIBIT B – SLA CODE LEGEND"),
            QStringLiteral("SLA Code\tCoverage Window\tRemote Response\tOn-Site Target"),
            QStringLiteral("24x7x4\t24 hours a day, 7 days a week, including Holidays\t30 minutes\t4 hours"),
            QStringLiteral("9x5xNBD\tBusiness Hours (8:00 a.m. to 5:00 p.m., Business Days)\t2 Business Hours\tNext "
                           "Business Day"),
            QStringLiteral("For Assets assigned SLA Code 9x5xNBD, Remote Response times run only during the "
                           "applicable Coverage Window."),
            QStringLiteral("For Assets assigned SLA Code 24x7x4, Provider will perform one preventive maintenance "
                           "inspection per Contract Year during Business Hours at a time agreed with Customer."),
        }}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("response_time")).value(QStringLiteral("24x7x4 ")),
                 30);
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("onsite_time")).value(QStringLiteral("24x7x4 ")), 240);
        QMap<int, QString> perByAmount;
        QMap<int, QString> tierByAmount;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price"))) {
            perByAmount.insert(term.values.value(QStringLiteral("amount")).toInt(),
                               term.values.value(QStringLiteral("per")).toString());
            tierByAmount.insert(term.values.value(QStringLiteral("amount")).toInt(), term.tier);
        }
        // One asset per row: its monthly charge is per server; the term's total is a total.
        QCOMPARE(perByAmount.value(118), QStringLiteral("server_month"));
        QCOMPARE(tierByAmount.value(118), QStringLiteral("24x7x4"));
        QCOMPARE(tierByAmount.value(48), QStringLiteral("9x5xNBD"));
        QCOMPARE(perByAmount.value(5976), QStringLiteral("total"));
        // The note naming 9x5xNBD makes its times business time; a visit "during Business Hours at a time
        // agreed" says nothing about how 24x7x4's times are counted.
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time"))) {
            if (term.tier == QLatin1String("24x7x4"))
                QVERIFY2(term.values.value(QStringLiteral("basis")).isNull(),
                         qPrintable(term.values.value(QStringLiteral("basis")).toString()));
        }
    }

    void anEquipmentListWithoutSerialsKeepsAMonthlyCharge()
    {
        // A table of service levels priced per month, no asset per row: the charge is the month's.
        const auto result = analyze(textDocument({{
            QStringLiteral("SLA Code\tServers\tMonthly Charge"),
            QStringLiteral("24x7x4\t12\t$1,416.00"),
            QStringLiteral("9x5xNBD\t20\t$960.00"),
        }}));
        const QList<SlaTerm> prices = termsOf(result, QStringLiteral("price"));
        QVERIFY(!prices.isEmpty());
        for (const SlaTerm &term : prices)
            QCOMPARE(term.values.value(QStringLiteral("per")).toString(), QStringLiteral("month"));
    }
    void aGulfProposalWithPlanHoursAndPartsPerPlan()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Crescent is one of the region's leading IT infrastructure integrators."),
            QStringLiteral("3. Definitions"),
            QStringLiteral("“Silver Hours” means 07:00 to 19:00 GST, Sunday to Thursday, excluding UAE Public "
                           "Holidays."),
            QStringLiteral("4. Service levels"),
            QStringLiteral("Gold servers are covered 24 x 7 x 365. For Gold P1 calls the engineer travels with the "
                           "likely replacement parts."),
            QStringLiteral("Service element\tGold\tSilver\tBronze"),
            QStringLiteral("Response time\t30 minutes\t1 hour\t4 hours"),
            QStringLiteral("On-site attendance\t4 hours\t8 hours\tNext business day"),
            QStringLiteral("SLA performance report\tMonthly\tMonthly\tQuarterly"),
            QStringLiteral("6. Parts"),
            QStringLiteral("6.1 Gold and Silver. Crescent will supply new, genuine OEM parts (Dell or HPE) only. "
                           "Crescent does not install refurbished, used or third-party compatible parts on Gold or "
                           "Silver equipment."),
            QStringLiteral("6.2 Bronze. Parts for Bronze equipment may be new or refurbished at Crescent's "
                           "discretion."),
        }}));
        bool silverWeek = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("coverage"))) {
            if (term.tier == QLatin1String("Silver"))
                silverWeek = term.values.value(QStringLiteral("days_per_week")).toInt() == 5 &&
                             term.values.value(QStringLiteral("hours_per_day")).toInt() == 12;
        }
        QVERIFY(silverWeek); // "Silver Hours" are the Silver plan's; Sunday to Thursday is five days
        QMap<QString, QString> partsByTier;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_quality")))
            partsByTier.insert(term.tier, term.values.value(QStringLiteral("value")).toString());
        QCOMPARE(partsByTier.value(QStringLiteral("Gold")), QStringLiteral("oem_new"));
        QCOMPARE(partsByTier.value(QStringLiteral("Silver")), QStringLiteral("oem_new"));
        QCOMPARE(partsByTier.value(QStringLiteral("Bronze")), QStringLiteral("vendor_discretion"));
        QVERIFY(!partsByTier.values().contains(QStringLiteral("compatible"))); // "does not install …, … or …"
        QCOMPARE(termsOf(result, QStringLiteral("parts_dispatch_first")).size(), 1);
        QStringList reported;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added"))) {
            if (term.values.value(QStringLiteral("value")) == QLatin1String("sla_reporting"))
                reported << term.tier;
        }
        reported.sort();
        QCOMPARE(reported, (QStringList{QStringLiteral("Bronze"), QStringLiteral("Gold"), QStringLiteral("Silver")}));
        QCOMPARE(findingCount(result, QStringLiteral("marketing_claim")), 1);
    }

    void newPartsSaidPlainly_data()
    {
        QTest::addColumn<QString>("clause");
        QTest::addColumn<QString>("service");
        QTest::newRow("supplied new") << QStringLiteral("5.1 Replacement parts are genuine OEM parts, supplied new.")
                                      << QString();
        QTest::newRow("new and supplied by the manufacturer")
            << QStringLiteral("5.1 Replacement parts are new and supplied by the original manufacturer; we will not "
                              "fit refurbished, used or third-party compatible components.")
            << QString();
        // "at no additional charge, install a loan server": no list, so "no" does not reach the loaner.
        QTest::newRow("no list after a negation")
            << QStringLiteral(
                   "5.1 Replacement parts are genuine OEM parts, supplied new. Where a Fault is not resolved "
                   "within the Resolution Time, the Supplier shall, at no additional charge, install a loan "
                   "server of equivalent specification.")
            << QStringLiteral("loaner");
    }

    void newPartsSaidPlainly()
    {
        QFETCH(QString, clause);
        QFETCH(QString, service);
        const auto result = analyze(textDocument({{QStringLiteral("5. Parts"), clause}}));
        const QList<SlaTerm> parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("oem_new"));
        if (service.isEmpty())
            return;
        QStringList services;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added")))
            services << term.values.value(QStringLiteral("value")).toString();
        QVERIFY2(services.contains(service), qPrintable(services.join(QLatin1Char(','))));
    }

    void chineseAnnexDeductsPointsForMissedTimes()
    {
        // A framework agreement's SLA annex: points deducted per breach, each point a share of the quarter's
        // fee up to a cap; a reply "for every grade" is no grade's.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务项目\t故障级别\t金牌服务\t银牌服务"),
            QStringLiteral("响应时间\t一级\t15分钟\t30分钟"),
            QStringLiteral("三级故障\t三级\t各服务等级均于下一个工作日内答复处理意见"),
            QStringLiteral("表2　考核扣分标准"),
            QStringLiteral("序号\t考核项目\t扣分标准"),
            QStringLiteral("1\t响应超时\t每发生一次扣1分"),
            QStringLiteral("2\t到场超时\t每超时1小时扣2分，不足1小时按1小时计"),
            QStringLiteral("3\t未按时提交季度服务报告\t每次扣2分"),
            QStringLiteral("5.3 扣分折算：每扣1分，扣减当季度服务费的1%；当季度累计扣款不超过当季度服务费的20%。"),
        }}));
        QMap<QString, double> percentByPer;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("penalty"))) {
            QCOMPARE(term.values.value(QStringLiteral("cap_percent")).toDouble(), 20.0);
            percentByPer.insert(term.values.value(QStringLiteral("per")).toString(),
                                term.values.value(QStringLiteral("percent")).toDouble());
        }
        // Two credits for missed times; the late report and the conversion rate are none.
        QCOMPARE(percentByPer.size(), 2);
        QCOMPARE(percentByPer.value(QStringLiteral("incident")), 1.0);
        QCOMPARE(percentByPer.value(QStringLiteral("hour")), 2.0);
        QStringList nextDayTiers;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time"))) {
            if (term.values.value(QStringLiteral("next_business_day")).toBool())
                nextDayTiers << term.tier;
        }
        QCOMPARE(nextDayTiers, QStringList{QString()});
    }

    void buyerDraftedGridOfServiceCategories()
    {
        // "服务类别 | 考核项目 | 一级故障 | …": the categories group the measures and name no tiers; the remarks
        // hold the risks (a partner at 无锡 is no negation; the vendor alone changes the inspections); resuming
        // performance after force majeure is no hedge.
        const auto result = analyze(textDocument({{
            QStringLiteral("序号\t服务类别\t考核项目\t一级故障\t二级故障\t三级故障\t备注"),
            QStringLiteral("1\t一、服务受理\t响应时间\t15分钟\t30分钟\t工作时间内2小时\t—"),
            QStringLiteral(
                "2\t二、现场服务\t到场时间\t2小时\t4小时\t下一个工作日\t无锡、常州基地由乙方授权服务商提供现场服务"),
            QStringLiteral("3\t三、增值服务\t预防性巡检\t每季度1次现场巡检\t\t\t巡检内容及频次乙方可根据设备运行情况调"
                           "整，并书面通知甲方"),
            QStringLiteral("10.2 受不可抗力影响的一方应在事件结束后及时恢复履行。"),
        }}));
        QVERIFY2(result.tiers.isEmpty(), qPrintable(result.tiers.join(QLatin1Char(','))));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("response_time")).value(QStringLiteral(" P1")), 15);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
    }

    void europeanSlaWithGermanFormats()
    {
        // Amounts written "1.234,50 €"; an on-site time that begins when the provider has decided a visit is
        // needed; prices that follow the consumer price index; a server's level that can be changed.
        const auto result = analyze(textDocument({{
            QStringLiteral("Premium: 1.234,50 € per server per year. Standard: 689,90 € per server per year."),
            QStringLiteral(
                "The On-site Time begins as soon as Isarwerk's second-level support has completed its remote "
                "diagnosis and has decided that an on-site deployment is required."),
            QStringLiteral("Engineer on-site by the next Business Day following remote diagnosis confirming a hardware "
                           "fault."),
            QStringLiteral(
                "Isarwerk may adjust the prices once per contract year in line with the change in the consumer "
                "price index for Germany (VPI). Any increase is limited to 3,5 % per contract year."),
            QStringLiteral("Servers added during the term are charged pro rata; the service level of a server can be "
                           "changed with effect from the first day of a calendar quarter."),
            QStringLiteral("\"Business Day\" means Monday to Friday, excluding public holidays in Bavaria."),
        }}));
        QMap<double, QString> currencyByAmount;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            currencyByAmount.insert(price.values.value(QStringLiteral("amount")).toDouble(),
                                    price.values.value(QStringLiteral("currency")).toString());
        QCOMPARE(currencyByAmount.value(1234.5), QStringLiteral("EUR"));
        QCOMPARE(currencyByAmount.value(689.9), QStringLiteral("EUR"));
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 2);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 0);
    }

    void handbookDefinesItsServiceWindowByItsShorthand()
    {
        // "5×9：周一至周五 9:00–18:00，国家法定节假日除外" defines the business time the NBD times are counted in; a
        // section titled 快速响应服务时间 hedges nothing; a visit "经乙方远程诊断确认需要现场服务的" is on the vendor's
        // clock.
        const auto result = analyze(textDocument({{
            QStringLiteral("一、快速响应服务时间"),
            QStringLiteral("标准服务：5×9，下一个工作日到场。"),
            QStringLiteral("注 1 服务时间。5×9：周一至周五 9:00–18:00，国家法定节假日除外；7×24：每周 7 天、每天 24 "
                           "小时，含国家法定节假日。"),
            QStringLiteral("3.3　经乙方远程诊断确认需要现场服务的，乙方工程师应在4小时内到达现场。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        // ... and the note gives "5×9" its hours and holiday rule.
        bool spelledOut = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("coverage"))) {
            if (term.values.value(QStringLiteral("days_per_week")).toInt() != 5 ||
                term.evidence.quote.contains(QStringLiteral("周一")))
                continue;
            spelledOut = true;
            QCOMPARE(term.values.value(QStringLiteral("holidays")), QVariant(false));
            QCOMPARE(term.values.value(QStringLiteral("start")).toString(), QStringLiteral("09:00"));
        }
        QVERIFY(spelledOut);
    }

    void noteCountsSomePrioritiesInNaturalTime()
    {
        // "按自然时间计算" is calendar time, said here of the P1 and P2 on-site times only; P3's time is counted
        // in the service window, which sets no basis the buyer can read.
        const auto result = analyze(textDocument({{
            QStringLiteral("事件级别\t响应时间\t到场时间"),
            QStringLiteral("P1\t15分钟内\t2小时内"),
            QStringLiteral("P2\t30分钟内\t4小时内"),
            QStringLiteral("P3\t2小时内\t8小时内"),
            QStringLiteral(
                "注2：P1、P2级事件的到场时间按自然时间计算；P3、P4级事件的到场及恢复时间按现场服务窗口计算。"),
        }}));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 3);
        QCOMPARE(onsite.at(0).values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        QCOMPARE(onsite.at(1).values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        QVERIFY(onsite.at(2).values.value(QStringLiteral("basis")).isNull());
        QVERIFY(
            termsOf(result, QStringLiteral("response_time")).first().values.value(QStringLiteral("basis")).isNull());
    }

    void headerRowRepeatedOverAPageBreakIsNoTier()
    {
        // The table of regions goes on over the page break under its header row again; the repeat's "区域" is
        // no region, so "各区域均…" speaks of every region. "1．三级故障…" (a list number before the level) is P3.
        const auto result = analyze(textDocument({
            {QStringLiteral("三、服务级别"),
             QStringLiteral("我司服务区域分为华东区、华南区和西部区，各区域服务级别见表1。"),
             QStringLiteral("表1　各区域服务级别"), QStringLiteral("区域\t服务时间\t一级故障到场\t二级故障到场"),
             QStringLiteral("华东区\t7×24小时\t4小时内\t8小时内"),
             QStringLiteral("华南区\t7×24小时\t4小时内\t12小时内")},
            {QStringLiteral("区域\t服务时间\t一级故障到场\t二级故障到场"),
             QStringLiteral("西部区\t5×8小时\t8小时内\t下一个工作日内"),
             QStringLiteral("注：1．三级故障各区域均于下一个工作日到场。")},
        }));
        QVERIFY(!result.tiers.contains(QStringLiteral("区域")));
        QVERIFY(result.tiers.contains(QStringLiteral("西部区")));
        const auto p3 = termsOf(result, QStringLiteral("onsite_time"), QStringLiteral("P3"));
        QCOMPARE(p3.size(), 1);
        QCOMPARE(p3.first().tier, QString());
        QVERIFY(p3.first().values.value(QStringLiteral("next_business_day")).toBool());
    }

    void tierCellsAtTheTopOfTheirPriorityRuns()
    {
        // Each tier's cell printed at the top of its three priority rows, the second tier's name wrapped onto its
        // second row ("Tier 2 –" / "Production"): a row without a tier cell is in the tier whose run of rising
        // priorities it continues, not the nearest cell's, and the wrapped word is no tier of its own.
        QList<TextLine> lines{boxLine(QStringLiteral("Service Tier"), 40, 80, 80),
                              boxLine(QStringLiteral("Priority"), 200, 80, 60),
                              boxLine(QStringLiteral("Response Time"), 320, 80, 90)};
        const QList<QStringList> rows{
            {QStringLiteral("Tier 1 – Mission Critical"), QStringLiteral("Priority 1"), QStringLiteral("15 minutes")},
            {QString(), QStringLiteral("Priority 2"), QStringLiteral("30 minutes")},
            {QString(), QStringLiteral("Priority 3"), QStringLiteral("45 minutes")},
            {QStringLiteral("Tier 2 –"), QStringLiteral("Priority 1"), QStringLiteral("1 hour")},
            {QStringLiteral("Production"), QStringLiteral("Priority 2"), QStringLiteral("2 hours")},
            {QString(), QStringLiteral("Priority 3"), QStringLiteral("4 hours")},
            {QStringLiteral("Tier 3 – Non-Production"), QStringLiteral("Priority 1"), QStringLiteral("3 hours")},
            {QString(), QStringLiteral("Priority 2"), QStringLiteral("5 hours")},
        };
        double y = 100;
        for (const QStringList &row : rows) {
            if (!row.at(0).isEmpty())
                lines << boxLine(row.at(0), 40, y, 6.0 * row.at(0).size());
            lines << boxLine(row.at(1), 200, y, 60) << boxLine(row.at(2), 320, y, 70);
            y += 18;
        }
        lines << boxLine(QStringLiteral("Times are measured from the logging of the Service Request."), 40, y + 20,
                         360);
        const auto result = analyze(pdfPage(QStringLiteral("levels.pdf"), lines));
        const auto minutes = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(minutes.value(QStringLiteral("Tier 1 P3")), 45);
        QCOMPARE(minutes.value(QStringLiteral("Tier 2 P2")), 120);
        QCOMPARE(minutes.value(QStringLiteral("Tier 2 P3")), 240);
        QCOMPARE(minutes.value(QStringLiteral("Tier 3 P2")), 300);
        QCOMPARE(result.tiers,
                 (QStringList{QStringLiteral("Tier 1"), QStringLiteral("Tier 2"), QStringLiteral("Tier 3")}));
    }

    void tableContinuedUnderATitledCaptionAfterANote()
    {
        // "Table 1 continues on the next page." and a clause stand between the table and its caption "Table 1 –
        // Priorities and targets (continued)" on the next page: the rows under the caption are the table's, under its
        // header, not a table of their own headed by "Priority 3".
        const auto result = analyze(textDocument({
            {QStringLiteral("Table 1 – Priorities and targets"),
             QStringLiteral("Priority\tService Hours\tTarget Response\tTarget Restore"),
             QStringLiteral("Priority 1 (Critical)\t24 x 7 x 365\t30 minutes\t4 hours"),
             QStringLiteral("Table 1 continues on the next page."),
             QStringLiteral("4.4 For Priority 1 Incidents, all times run continuously.")},
            {QStringLiteral("Table 1 – Priorities and targets (continued)"),
             QStringLiteral("Priority 3 (Medium)\tBusiness Hours\t4 Business Hours\t3 Business Days"),
             QStringLiteral("Priority 4 (Low)\tBusiness Hours\t1 Business Day\tAs set out in the Service Catalogue")},
        }));
        const auto response = termsOf(result, QStringLiteral("response_time"), QStringLiteral("P3"));
        QCOMPARE(response.size(), 1);
        QCOMPARE(response.first().values.value(QStringLiteral("minutes")).toInt(), 240);
        QCOMPARE(termsOf(result, QStringLiteral("resolution_time"), QStringLiteral("P3")).size(), 1);
    }

    void creditTableUnderItsSectionWithACapPerPlan()
    {
        // The table names no credit itself: its section does. Its last row caps each plan's credits.
        const auto result = analyze(textDocument({{
            QStringLiteral("Service element\tPremium\tStandard"),
            QStringLiteral("Coverage\t24x7\tBusiness Hours"),
            QStringLiteral("Reaction Time\t30 minutes\t2 hours"),
            QStringLiteral("On-site Time\t4 hours\tNext Business Day"),
            QStringLiteral("Replacement parts\tOEM new\tOEM new"),
            QStringLiteral("Premium and Standard are billed per server and month."),
            QStringLiteral("6. Service Credits (Gutschriften)"),
            QStringLiteral("Missed service level (Verfehlung)\tPremium\tStandard"),
            QStringLiteral("Reaction Time exceeded (per incident)\t5 % of the Monthly Fee\t2 % of the Monthly Fee"),
            QStringLiteral("On-site Time exceeded\t10 % per commenced hour of delay\t5 % per commenced Business Day of "
                           "delay"),
            QStringLiteral("Maximum per server and calendar month (Obergrenze)\t50 % of the Monthly Fee\t25 % of the "
                           "Monthly Fee"),
        }}));
        QStringList credits;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("penalty")))
            credits << QStringLiteral("%1 %2/%3 cap %4")
                           .arg(term.tier, term.values.value(QStringLiteral("percent")).toString(),
                                term.values.value(QStringLiteral("per")).toString(),
                                term.values.value(QStringLiteral("cap_percent")).toString());
        credits.sort();
        QCOMPARE(credits,
                 (QStringList{QStringLiteral("Premium 10/hour cap 50"), QStringLiteral("Premium 5/incident cap 50"),
                              QStringLiteral("Standard 2/incident cap 25"),
                              QStringLiteral("Standard 5/business_day cap 25")}));
    }

    void initialCommunicationByNumberedSeverity()
    {
        // A hosting agreement's severity table: "1 - Critical Impact" under "Severity" is P1, and the "Initial
        // Communication" the vendor provides within 15 minutes is its response.
        const auto result = analyze(textDocument({{
            QStringLiteral("Severity\tInitial Communication\tRecurring Communication"),
            QStringLiteral("1 - Critical Impact\tIBM provides notification within 15 minutes of a confirmed outage.\t"
                           "IBM support is available 24 x 7 for the duration of the outage."),
            QStringLiteral("2 - Major Impact\tIBM provides notification within 30 minutes of a confirmed outage.\t"
                           "IBM support is available 24 x 7 for the duration of the outage."),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral(" P1")), 15);
        QCOMPARE(response.value(QStringLiteral(" P2")), 30);
    }

    void productionAndNonProductionServers()
    {
        // A US MSA's SLA exhibit: "Production Servers" and their "Non-" counterpart are the tiers; on-site support
        // "is provided during Business Hours" for the latter; OEM parts "new and manufactured by or for the OEM"; a
        // target "As set forth in the Procedures Manual" (still to be written) is not given.
        const auto result = analyze(textDocument({{
            QStringLiteral("\"Business Hours\" means 8:00 a.m. to 6:00 p.m. Eastern Time, Monday through Friday."),
            QStringLiteral(
                "4.2 Production Servers. On-site support for Production Servers is provided 24 hours a day, 7 "
                "days a week, 365 days a year, including weekends and holidays."),
            QStringLiteral("4.3 Non-Production Servers. On-site support for Non-Production Servers is provided during "
                           "Business Hours."),
            QStringLiteral("ID\tKey Measurement\tTarget"),
            QStringLiteral("KM-6\tSeverity 4 Restore\tAs set forth in the Procedures Manual"),
            QStringLiteral(
                "10.1 Parts. Replacement parts for Production Servers shall be new and manufactured by or for "
                "the OEM. Replacement parts for Non-Production Servers shall be new or equivalent to new."),
        }}));
        QVERIFY2(result.tiers.contains(QStringLiteral("Non-Production Servers")), qPrintable(result.tiers.join(u',')));
        const QList<SlaTerm> coverage = termsOf(result, QStringLiteral("coverage"));
        QVERIFY(std::any_of(coverage.cbegin(), coverage.cend(), [](const SlaTerm &term) {
            return term.tier == QLatin1String("Non-Production Servers") &&
                   term.values.value(QStringLiteral("start")).toString() == QLatin1String("08:00");
        }));
        QMap<QString, QString> parts;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_quality")))
            parts.insert(term.tier, term.values.value(QStringLiteral("value")).toString());
        QCOMPARE(parts.value(QStringLiteral("Production Servers")), QStringLiteral("oem_new"));
        QCOMPARE(parts.value(QStringLiteral("Non-Production Servers")), QStringLiteral("new_or_equivalent"));
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
    }

    void aHostingSlaMeasuresAvailabilityAndReplacement()
    {
        // A data centre's SLA: the numbered availability clauses name what is measured, not plans; the time to
        // finish replacing a part is the repair time; racking and cabling are installation.
        const auto result = analyze(textDocument({{
            QStringLiteral("3.1 电力可用性：采用 A、B 双路供电的托管机柜，月度电力可用性不低于 99.99%。"),
            QStringLiteral("3.2 网络可用性：BGP 多线带宽的月度网络可用性不低于 99.95%。"),
            QStringLiteral("5.2 硬件更换时限："),
            QStringLiteral("（1）尊享版：原则上 4 小时内完成故障部件更换；"),
            QStringLiteral("（2）标准版：下一个工作日内完成故障部件更换；"),
            QStringLiteral("5.3 首次上架、布线免费提供。"),
        }}));
        QVERIFY2(!result.tiers.contains(QStringLiteral("电力可用性")), qPrintable(result.tiers.join(QLatin1Char('|'))));
        QCOMPARE(termsOf(result, QStringLiteral("uptime_guarantee")).size(), 2);
        const QList<SlaTerm> repair = termsOf(result, QStringLiteral("resolution_time"));
        QCOMPARE(repair.size(), 2);
        QCOMPARE(repair.first().values.value(QStringLiteral("minutes")).toInt(), 240);
        const QList<SlaTerm> added = termsOf(result, QStringLiteral("value_added"));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().values.value(QStringLiteral("value")).toString(),
                 QStringLiteral("installation_migration"));
    }

    void aChineseSowWithEnglishTerms()
    {
        // A multinational's China SOW names its vendor in Latin letters and its annexes in English.
        const auto result = analyze(textDocument({{
            QStringLiteral("Tier B：Restore Target 恢复目标：详见 Appendix C - Non-Production Restore Targets。"),
            QString(),
            QStringLiteral("Tier B：备件可为 OEM new 或 refurbished 部件，由 Hainard 根据库存自行决定。"),
            QString(),
            QStringLiteral("Site CC（长春）的现场服务由 Hainard 在东北地区的授权合作伙伴（local partner）提供。"),
            QString(),
            QStringLiteral("以下情况不在服务范围内：（4）其他超出 Hainard 合理控制范围的原因导致的故障。"),
            QString(),
            QStringLiteral("Year 2、Year 3 单价将根据 OEM 备件价格及 USD/CNY 汇率变化另行调整。"),
            QString(),
            QStringLiteral("Change 变更：Hainard 保留根据 OEM 政策变化调整 Service Catalogue 及服务流程的权利。"),
        }}));
        const QMap<QString, int> clauses = clauseFindingCounts(result);
        for (const char *category : {"missing_sla", "parts_quality", "subcontracting", "scope_exclusion",
                                     "price_adjustment", "unilateral_change"})
            QVERIFY2(clauses.value(QLatin1String(category)) == 1, category);
        const QList<SlaTerm> parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("vendor_discretion"));
        const QList<SlaTerm> adjustment = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustment.size(), 1);
        QCOMPARE(adjustment.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("unbounded"));
    }

    void aShopPageForExtendedWarranty()
    {
        // A web shop's page: the hours in the plan table and the holiday rule in its FAQ define the business day; the
        // shop ("本店") reserves changes; renewal at the page's price then is unbounded.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务项目\t标准版\t尊享版"),
            QStringLiteral("服务时间\t周一至周五 9:00-17:00\t7x24 小时（含法定节假日）"),
            QStringLiteral("上门时效\t下一个工作日上门\t4 小时上门"),
            QString(),
            QStringLiteral("注1：其他地区的上门时效以《服务网点时效表》为准。"),
            QString(),
            QStringLiteral("Q：节假日可以报修吗？"),
            QStringLiteral("A：尊享版 7x24 小时受理。标准版法定节假日期间不提供服务，报修顺延至节后第一个工作日处理。"),
            QString(),
            QStringLiteral("Q：谁来上门？"),
            QStringLiteral("A：由我司自有工程师或当地授权服务网点的工程师上门。"),
            QString(),
            QStringLiteral("2. 服务到期后可续保，续保价格以续保时页面价格为准；"),
            QStringLiteral("3. 本店有权根据原厂政策及运营情况调整服务内容。"),
        }}));
        const QMap<QString, int> clauses = clauseFindingCounts(result);
        QCOMPARE(clauses.value(QStringLiteral("day_basis")), 0);
        for (const char *category : {"missing_sla", "subcontracting", "price_adjustment", "unilateral_change"})
            QVERIFY2(clauses.value(QLatin1String(category)) == 1, category);
        const QList<SlaTerm> adjustment = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustment.size(), 1);
        QCOMPARE(adjustment.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("unbounded"));
    }

    void onSiteAttendanceColumnIsAMeasure()
    {
        // "On-site attendance" heads on-site times; it names no plan.
        const auto result = analyze(
            textDocument({{
                             QStringLiteral("Tier / Severity\tResponse\tOn-site attendance\tRestore"),
                             QStringLiteral("Critical (Tier A) – Severity 1\t30 minutes\t4 hours (Lae)\t8 hours"),
                             QStringLiteral("Critical (Tier A) – Severity 2\t1 hour\t8 hours\t24 hours"),
                         }},
                         DocumentFormat::Text));
        QVERIFY(!result.tiers.contains(QStringLiteral("On-site attendance")));
        QCOMPARE(termsOf(result, QStringLiteral("onsite_time")).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSlaSchedule)
#include "TestSlaSchedule.moc"
