// The language of real maintenance agreements filed with the SEC (tests/data/analysis-holdout/real-*):
// working hours "08.00h - 18.00h except Saturday, Sunday and public holidays", availability columns,
// efforts and clocks in legal English, and the legal clauses that are no service terms.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/ContractAnalyzer.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::termsOf;
using tw::test::textDocument;

namespace {

AnalysisResult analyze(const QStringList &lines) { return ContractAnalyzer().analyze(textDocument({lines})); }

QStringList rulesOf(const AnalysisResult &result, const QString &category)
{
    QStringList rules;
    for (const Finding &finding : result.findings) {
        if (finding.category == category)
            rules << finding.ruleId;
    }
    return rules;
}

} // namespace

class TestFilingLanguage : public QObject
{
    Q_OBJECT

private slots:
    void swissWorkingHours()
    {
        const auto result = analyze({QStringLiteral(
            "The working hours for Sicap Ltd are: 08.00h - 18.00h except Saturday, Sunday and public holidays in "
            "Switzerland.")});
        const QList<SlaTerm> coverage = termsOf(result, QStringLiteral("coverage"));
        QCOMPARE(coverage.size(), 1);
        QCOMPARE(coverage.first().values.value(QStringLiteral("days_per_week")).toInt(), 5);
        QCOMPARE(coverage.first().values.value(QStringLiteral("start")).toString(), QStringLiteral("08:00"));
        QCOMPARE(coverage.first().values.value(QStringLiteral("end")).toString(), QStringLiteral("18:00"));
        QCOMPARE(coverage.first().values.value(QStringLiteral("holidays")), QVariant(false));
    }

    void germanServiceHours()
    {
        const auto result =
            analyze({QStringLiteral("Service hours: Mo–Fr 08:00–17:00 excluding public holidays in Bavaria.")});
        const QList<SlaTerm> coverage = termsOf(result, QStringLiteral("coverage"));
        QCOMPARE(coverage.size(), 1);
        QCOMPARE(coverage.first().values.value(QStringLiteral("days_per_week")).toInt(), 5);
        QCOMPARE(coverage.first().values.value(QStringLiteral("holidays")), QVariant(false));
    }

    void availabilityColumnGivesTheRowsBasis()
    {
        const auto result = analyze({QStringLiteral("Priority of request\tAvailability\tResponse Time"),
                                     QStringLiteral("emergency\t24 hours, 7 days a week\t4 hours"),
                                     QStringLiteral("high\tduring working hours\t4 hours")});
        QStringList found;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            found << term.priority + QLatin1Char('=') + term.values.value(QStringLiteral("basis")).toString();
        found.sort();
        QCOMPARE(found, (QStringList{QStringLiteral("P1="), QStringLiteral("P2=business")}));
    }

    void pricesCappedByAnIndex()
    {
        const auto result = analyze({QStringLiteral(
            "All charges are subject to change by MMMW for the forthcoming period capped at the CPI annually.")});
        const QList<SlaTerm> adjustments = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustments.size(), 1);
        QCOMPARE(adjustments.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("capped"));
        QVERIFY(adjustments.first().values.value(QStringLiteral("percent")).isNull());
        QVERIFY(rulesOf(result, QStringLiteral("price_adjustment")).isEmpty());
    }

    void legalEnglishRisks()
    {
        const auto result = analyze({
            QStringLiteral("In an emergency case Sicap Ltd shall do every effort to make the application running "
                           "within 24 hours after response."),
            QStringLiteral("ISC will contact the responsible engineer from Sicap Ltd with its Subcontractor(s) "
                           "immediately."),
            QStringLiteral("MMMW will respond within 3 hours, with a goal of on site within 2 hours."),
            QStringLiteral("MMMW is not liable for delays due to cases beyond its reasonable control."),
            QStringLiteral("XIMAGE undertakes to have an engineer on site within 72 hours, exclusive of the time "
                           "required to arrange for travel."),
            QStringLiteral("Renewal is at XIMAGE's then current charges."),
            QStringLiteral("The Provider or its affiliate will provide the maintenance services."),
        });
        QVERIFY(rulesOf(result, QStringLiteral("vague_wording")).contains(QStringLiteral("en.vague.efforts")));
        QVERIFY(rulesOf(result, QStringLiteral("vague_wording")).contains(QStringLiteral("en.vague.hedge")));
        QCOMPARE(rulesOf(result, QStringLiteral("clock_start")).size(), 2);
        QCOMPARE(rulesOf(result, QStringLiteral("subcontracting")).size(), 2);
        QCOMPARE(rulesOf(result, QStringLiteral("scope_exclusion")).size(), 1);
        QCOMPARE(rulesOf(result, QStringLiteral("price_adjustment")).size(), 1);
        bool restore = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("resolution_time")))
            restore = restore || term.values.value(QStringLiteral("minutes")).toInt() == 1440;
        QVERIFY(restore);
    }

    void moreWaysToSayTheRisks()
    {
        const auto result = analyze({
            QStringLiteral("Provider may update Exhibit A from time to time by notice to Customer."),
            QStringLiteral("Restoration time is measured from the time the Contractor has classified the fault as a "
                           "hardware fault."),
            QStringLiteral("Our engineers deliver first-class service quality."),
            QStringLiteral("到场时限由本公司工程師完成遠程診斷並確認故障後起計。"),
            QStringLiteral("服务单价可根据备件市场价格变化情况适当调整。"),
        });
        QCOMPARE(rulesOf(result, QStringLiteral("unilateral_change")).size(), 1);
        QCOMPARE(rulesOf(result, QStringLiteral("clock_start")).size(), 2);
        QCOMPARE(rulesOf(result, QStringLiteral("marketing_claim")).size(), 1);
        QCOMPARE(rulesOf(result, QStringLiteral("price_adjustment")).size(), 1);
    }

    void legalClausesAreNoServiceRisks()
    {
        const auto result = analyze({
            QStringLiteral("The Recipient will use its best efforts to minimize the disclosure of such information."),
            QStringLiteral("MORPHO hereby indemnifies XIMAGE from claims arising out of any act of MORPHO and its "
                           "employees or agents."),
            QStringLiteral("The determination of the arbitrators shall not be subject to judicial review."),
            QStringLiteral("1. Commercially Reasonable Efforts."),
            QStringLiteral(
                "XIMAGE shall make their best efforts to dispatch the engineer as expeditiously as possible."),
        });
        QCOMPARE(rulesOf(result, QStringLiteral("subcontracting")).size(), 0);
        QCOMPARE(rulesOf(result, QStringLiteral("price_adjustment")).size(), 0);
        // Only the dispatch sentence is vague, and it is one promise however many hedges it holds.
        QCOMPARE(rulesOf(result, QStringLiteral("vague_wording")).size(), 1);
    }

    void subcontractorsAndPromptnessOutsideTheService()
    {
        // A master agreement names subcontractors in its liability, intellectual-property and confidentiality
        // clauses, and asks for promptness in paperwork: none of it is how the service is delivered.
        const auto result = analyze({
            QStringLiteral("Under no circumstances is IBM, its Affiliates or its Subcontractors liable for any lost "
                           "profits."),
            QStringLiteral("IBM (or its Affiliates or subcontractors) retains all right, title, and interest in the "
                           "materials."),
            QStringLiteral("Bank of America may disclose Confidential Information to independent contractors."),
            QStringLiteral("Perform the investigation where it involves Customer's or its subcontractors' "
                           "responsibilities."),
            QStringLiteral("Upon request, Supplier shall promptly furnish its audited financial statements."),
            QStringLiteral("Supplier shall promptly return or destroy all Confidential Information."),
            QStringLiteral("Supplier shall promptly repair any defect reported in the Software."),
            QStringLiteral("IBM may use subcontractors to provide the Services at the data centre."),
            // A glossary entry and a list of who must follow the bank's rules deliver nothing.
            QStringLiteral("43 Subcontractor - a third party to whom Supplier has delegated its obligations."),
            QStringLiteral("Supplier's Representatives or Subcontractors shall comply with the Bank's security "
                           "policies."),
        });
        QCOMPARE(rulesOf(result, QStringLiteral("subcontracting")).size(), 1);
        QCOMPARE(rulesOf(result, QStringLiteral("vague_wording")).size(), 1);
    }

    void hardWrappedTermsWithOneLongLine()
    {
        // Markdown terms wrapped at 72 columns, with one paragraph left on a single long line.
        QStringList lines;
        for (int i = 1; i <= 60; ++i)
            lines << QStringLiteral("Clause %1 of the general terms applies to each Order placed by Client").arg(i, 2);
        lines << QStringLiteral("### 4.2 Incident Management Service Levels")
              << QStringLiteral("Supplier targets to respond to incidents within the maximum following")
              << QStringLiteral("time frame as of receipt of notice of incident within fifteen (15)")
              << QStringLiteral("minutes.")
              << QStringLiteral("Except under the conditions mentioned in the section 4.1 above, if the")
              << QStringLiteral("Services Availability is less than 99.95%, the Supplier will issue a")
              << QStringLiteral("credit to Client according to the following table:")
              << QStringLiteral("- From 99.95% to 98.3% : fifty percent (50%) of the monthly")
              << QStringLiteral("Service Fees for the affected Services")
              << QStringLiteral("Supplier shall charge the Services Fees to Client as detailed in the")
              << QStringLiteral("Order(s). Supplier shall be *entitled* to increase its Service Fees upon")
              << QStringLiteral("a forty-five (45) day prior written notice to Client.")
              << QStringLiteral("Client shall keep its credentials safe. ").repeated(10);
        Document document = textDocument({lines}, DocumentFormat::Text);
        document.fileName = QStringLiteral("terms.markdown");
        const AnalysisResult result = ContractAnalyzer().analyze(document);
        bool response = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            response = response || term.values.value(QStringLiteral("minutes")).toInt() == 15;
        QVERIFY(response);
        const QList<SlaTerm> credits = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(credits.size(), 1);
        QCOMPARE(credits.first().values.value(QStringLiteral("percent")).toInt(), 50);
        QCOMPARE(termsOf(result, QStringLiteral("price_adjustment")).size(), 1);
        QCOMPARE(rulesOf(result, QStringLiteral("price_adjustment")).size(), 1);
        QVERIFY(rulesOf(result, QStringLiteral("no_penalty")).isEmpty());
    }

    void aPeriodIsNoDeadline()
    {
        const auto result = analyze({QStringLiteral(
            "If Provider fails to meet the Onsite Time in three (3) or more Incidents in any rolling ninety (90) day "
            "period, Client may terminate.")});
        QVERIFY(termsOf(result, QStringLiteral("onsite_time")).isEmpty());
    }

    void theClientsEffortsInAListOfDuties()
    {
        const auto result = analyze({QStringLiteral(
            "Client shall (i) keep its credentials confidential, (ii) notify Supplier of any breach, and (iii) use "
            "commercially reasonable efforts to prevent unauthorized access to the Services.")});
        QVERIFY(rulesOf(result, QStringLiteral("vague_wording")).isEmpty());
    }

    void supportHoursDefinedWithTheirTimeZone()
    {
        // US filings define their own business time ("Support Day", "Support Hours") and name the zone
        // between the two times.
        const auto result = analyze({
            QStringLiteral("1.23 \"Support Day\" means Monday through Friday, excluding VNE-recognized holidays."),
            QStringLiteral("1.24 \"Support Hours\" means the hours between 8:00 a.m., Eastern Time, and 5:00 p.m., "
                           "Eastern Time on Support Days."),
            QStringLiteral("VNE will provide telephone support during Support Hours on each Support Day."),
        });
        bool window = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("coverage")))
            window = window || (term.values.value(QStringLiteral("start")).toString() == QLatin1String("08:00") &&
                                term.values.value(QStringLiteral("end")).toString() == QLatin1String("17:00"));
        QVERIFY(window);
    }

    void indianAmcWording()
    {
        const auto result = analyze({
            QStringLiteral("Engineer visit within 4 hours for the Comprehensive AMC."),
            QStringLiteral("The AMC does not cover software, operating system, firmware or data recovery."),
            QStringLiteral("Calls at the DR site are attended through our authorised service associate."),
        });
        QCOMPARE(rulesOf(result, QStringLiteral("scope_exclusion")).size(), 1);
        QCOMPARE(rulesOf(result, QStringLiteral("subcontracting")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFilingLanguage)
#include "TestFilingLanguage.moc"
