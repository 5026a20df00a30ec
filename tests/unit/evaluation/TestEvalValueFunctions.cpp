// Value functions, coverage calendars, parts and engineer maps, knock-outs and the criterion scorer.
#include "core/evaluation/CoverageWindow.h"
#include "core/evaluation/CriterionScorer.h"
#include "core/evaluation/KnockOut.h"
#include "core/evaluation/PartsQuality.h"
#include "core/evaluation/PiecewiseLinear.h"
#include "core/evaluation/WeightedSum.h"

#include <QTest>

using namespace tw;
using namespace tw::evaluation;

namespace {

ServiceOffer sampleOffer()
{
    ServiceOffer offer;
    offer.vendor = QStringLiteral("Acme");
    offer.responseMinutes = 60;
    offer.onsiteMinutes = 240;
    offer.resolutionMinutes = 480;
    offer.coverage = CoverageWindow::allWeek();
    offer.partsQuality = PartsQuality::OemNew;
    offer.partsLocality = PartsLocality::Regional;
    offer.engineers = {EngineerCertification::Oem, EngineerPresence::LocalCity};
    offer.attainmentPercent = 90;
    offer.clarityPenalty = 6;
    offer.tco = 100;
    return offer;
}

} // namespace

class TestEvalValueFunctions : public QObject
{
    Q_OBJECT

private slots:
    void piecewiseLinearInterpolatesAndClamps()
    {
        // Cost direction: ideal 15 min, worst 240 min. Midpoint (15 + 240) / 2 = 127.5 -> 0.5.
        const PiecewiseLinear response = PiecewiseLinear::between(15, 240);
        QCOMPARE(response(15), 1.0);
        QCOMPARE(response(240), 0.0);
        QCOMPARE(response(127.5), 0.5);
        QCOMPARE(response(5), 1.0);
        QCOMPARE(response(1000), 0.0);
        // 60 min: (240 - 60) / (240 - 15) = 180 / 225 = 0.8.
        QVERIFY(qAbs(response(60) - 0.8) < 1e-12);
        // Benefit direction: ideal 100 %, worst 50 %. 75 % -> 0.5, 90 % -> 0.8.
        const PiecewiseLinear attainment = PiecewiseLinear::between(100, 50);
        QCOMPARE(attainment(75), 0.5);
        QVERIFY(qAbs(attainment(90) - 0.8) < 1e-12);
        QCOMPARE(attainment(40), 0.0);
        // Three breakpoints: (0,0) (10,0.5) (30,1): 20 -> 0.5 + 0.5 * 10/20 = 0.75.
        const PiecewiseLinear kinked({{30, 1.0}, {0, 0.0}, {10, 0.5}});
        QCOMPARE(kinked(20), 0.75);
        QCOMPARE(kinked(5), 0.25);
        QCOMPARE(PiecewiseLinear()(3), 0.0);
    }

    void parsesCoverage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("hours");
        QTest::addColumn<int>("startMinute");
        QTest::newRow("7x24") << QStringLiteral("7x24") << true << 168.0 << 0;
        QTest::newRow("24x7") << QStringLiteral("24x7") << true << 168.0 << 0;
        QTest::newRow("7x24x4") << QStringLiteral("7×24×4") << true << 168.0 << 0;
        QTest::newRow("5x9") << QStringLiteral("5x9") << true << 45.0 << 540;
        QTest::newRow("5x8") << QStringLiteral(" 5 X 8 ") << true << 40.0 << 540;
        QTest::newRow("5x12") << QStringLiteral("5x12") << true << 60.0 << 480;
        QTest::newRow("8 days") << QStringLiteral("8x9") << false << 0.0 << 0;
        QTest::newRow("text") << QStringLiteral("business hours") << false << 0.0 << 0;
    }

    void parsesCoverage()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, hours);
        QFETCH(int, startMinute);
        const std::optional<CoverageWindow> window = CoverageWindow::parse(text);
        QCOMPARE(window.has_value(), valid);
        if (valid) {
            QCOMPARE(window->coveredHoursPerWeek(), hours);
            QCOMPARE(window->dayStartMinute, startMinute);
            QVERIFY(window->isValid());
        }
    }

    void coverageOrdinalOrder()
    {
        const QStringList order{QStringLiteral("7x24"), QStringLiteral("5x12"), QStringLiteral("5x10"),
                                QStringLiteral("5x9"), QStringLiteral("5x8")};
        const QList<double> expected{1.0, 0.6, 0.45, 0.35, 0.25};
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(coverageUtility(*CoverageWindow::parse(order[i])), expected[i]);
    }

    void expectedWaitMatchesBruteForce_data()
    {
        QTest::addColumn<QString>("coverage");
        QTest::addColumn<double>("closedForm");
        // Gaps: 5x9 -> four 15 h nights and a 15 + 48 = 63 h weekend:
        // (4 * 15^2 + 63^2) / (2 * 168) = (900 + 3969) / 336 = 14.491071...
        QTest::newRow("5x9") << QStringLiteral("5x9") << 4869.0 / 336.0;
        // 5x8: (4 * 16^2 + 64^2) / 336 = (1024 + 4096) / 336 = 15.238095...
        QTest::newRow("5x8") << QStringLiteral("5x8") << 5120.0 / 336.0;
        // 5x12: (4 * 12^2 + 60^2) / 336 = (576 + 3600) / 336 = 12.428571...
        QTest::newRow("5x12") << QStringLiteral("5x12") << 4176.0 / 336.0;
        // 7x12: seven 12 h nights: 7 * 144 / 336 = 3.
        QTest::newRow("7x12") << QStringLiteral("7x12") << 3.0;
        // 6x10: (5 * 14^2 + 38^2) / 336 = (980 + 1444) / 336 = 7.214285...
        QTest::newRow("6x10") << QStringLiteral("6x10") << 2424.0 / 336.0;
        QTest::newRow("7x24") << QStringLiteral("7x24") << 0.0;
    }

    void expectedWaitMatchesBruteForce()
    {
        QFETCH(QString, coverage);
        QFETCH(double, closedForm);
        const CoverageWindow window = *CoverageWindow::parse(coverage);
        QVERIFY(qAbs(window.expectedWaitHours() - closedForm) < 1e-12);
        // Brute force: the wait at the middle of each minute of the week, averaged. The wait is
        // linear within a minute (coverage starts on whole minutes), so the midpoint is exact.
        double sum = 0;
        int uncovered = 0;
        for (int minute = 0; minute < 7 * 24 * 60; ++minute) {
            const double wait = window.waitHoursAt((minute + 0.5) / 60.0);
            sum += wait;
            uncovered += wait > 0 ? 1 : 0;
        }
        QVERIFY2(qAbs(sum / 10080.0 - closedForm) < 1e-9, qPrintable(QString::number(sum / 10080.0, 'g', 12)));
        QVERIFY(qAbs(uncovered / 10080.0 - window.uncoveredFraction()) < 1e-12);
    }

    void waitAtKnownMoments()
    {
        const CoverageWindow window = *CoverageWindow::parse(QStringLiteral("5x9")); // 09:00-18:00
        QCOMPARE(window.waitHoursAt(10), 0.0);                                       // Monday 10:00
        QCOMPARE(window.waitHoursAt(7), 2.0);                                        // Monday 07:00 -> 09:00
        QCOMPARE(window.waitHoursAt(4 * 24 + 20), 24 * 3 - 20 + 9.0); // Friday 20:00 -> Monday 09:00 = 61 h
        QCOMPARE(window.waitHoursAt(5 * 24 + 12), 24 * 2 - 12 + 9.0); // Saturday noon -> 45 h
    }

    void partsOrdinalOrder()
    {
        const QList<PartsQuality> order{PartsQuality::OemNew, PartsQuality::CertifiedRefurbished,
                                        PartsQuality::NewOrEquivalent, PartsQuality::Compatible,
                                        PartsQuality::VendorDiscretion};
        for (int i = 1; i < order.size(); ++i)
            QVERIFY(partsQualityUtility(order[i - 1]) > partsQualityUtility(order[i]));
        QCOMPARE(partsQualityUtility(PartsQuality::VendorDiscretion), partsQualityUtility(PartsQuality::Unspecified));
        QVERIFY(partsLocalityUtility(PartsLocality::Local) > partsLocalityUtility(PartsLocality::Regional));
        QVERIFY(partsLocalityUtility(PartsLocality::Regional) > partsLocalityUtility(PartsLocality::Central));
        PartsQuality parsed = PartsQuality::Unspecified;
        QVERIFY(partsQualityFromName(QStringLiteral("certified_refurbished"), &parsed));
        QCOMPARE(parsed, PartsQuality::CertifiedRefurbished);
        QVERIFY(!partsQualityFromName(QStringLiteral("shiny"), &parsed));
    }

    void knockOutsGiveReasons()
    {
        TierRequirements requirements;
        requirements.minimumCoverage = CoverageWindow::allWeek();
        requirements.maxOnsiteMinutes = 240;
        requirements.minimumPartsQuality = PartsQuality::CertifiedRefurbished;
        requirements.minAttainmentPercent = 80;

        ServiceOffer offer = sampleOffer();
        QCOMPARE(KnockOutCheck::check(requirements, offer), QList<KnockOut>());

        offer.coverage = *CoverageWindow::parse(QStringLiteral("5x9"));
        offer.onsiteMinutes = 480;
        offer.partsQuality = PartsQuality::Compatible;
        offer.attainmentPercent = 70;
        const QList<KnockOut> failed = KnockOutCheck::check(requirements, offer);
        QCOMPARE(failed.size(), 4);
        QCOMPARE(failed[0].criterion, Criterion::OnsiteTime);
        QCOMPARE(failed[0].reason, QStringLiteral("On-site time of 8 h exceeds the tier's maximum of 4 h"));
        QCOMPARE(failed[1].criterion, Criterion::Coverage);
        QCOMPARE(failed[1].reason, QStringLiteral("Coverage 5x9 is below the tier's minimum of 7x24"));
        QCOMPARE(failed[2].reason,
                 QStringLiteral("Parts quality \"compatible\" is below the required \"certified_refurbished\""));
        QCOMPARE(failed[3].reason,
                 QStringLiteral("Historical attainment of 70.0 % is below the tier's minimum of 80.0 %"));
        // Without history the attainment requirement cannot knock the offer out.
        offer.attainmentPercent.reset();
        QCOMPARE(KnockOutCheck::check(requirements, offer).size(), 3);
    }

    void scoresOfferByHand()
    {
        const CriterionScorer scorer;
        ServiceOffer cheaper = sampleOffer();
        cheaper.tco = 80;
        const Matrix u = scorer.utilities({sampleOffer(), cheaper});
        const std::vector<double> expected{
            180.0 / 225.0,   // response 60: (240 - 60) / (240 - 15)
            1200.0 / 1320.0, // on-site 240: (1440 - 240) / (1440 - 120)
            3840.0 / 4080.0, // resolution 480: (4320 - 480) / (4320 - 240)
            1.0,             // 7x24
            0.6 + 0.4 * 0.6, // oem_new 1.0 x 0.6 + regional 0.6 x 0.4 = 0.84
            0.5 + 0.5 * 0.8, // oem certified 1 x 0.5 + local city 0.8 x 0.5 = 0.9
            0.8,             // attainment 90 %: (90 - 50) / (100 - 50)
            0.7,             // penalty 6: (20 - 6) / 20
            0.8,             // cost: cheapest 80 / own 100
        };
        QCOMPARE(int(u[0].size()), kCriterionCount);
        for (int j = 0; j < kCriterionCount; ++j)
            QVERIFY2(qAbs(u[0][size_t(j)] - expected[size_t(j)]) < 1e-12, qPrintable(QString::number(j)));
        QCOMPARE(u[1][size_t(criterionIndex(Criterion::Cost))], 1.0);

        ServiceOffer unknown = sampleOffer();
        unknown.attainmentPercent.reset();
        QCOMPARE(scorer.utility(unknown, Criterion::Attainment, 100), 0.5);
    }

    void clarityPenaltyWeighsSeverity()
    {
        Finding low;
        low.severity = Severity::Low;
        Finding medium;
        medium.severity = Severity::Medium;
        Finding high;
        high.severity = Severity::High;
        // 1 + 2 + 4 + 4 = 11
        QCOMPARE(CriterionScorer::clarityPenalty({low, medium, high, high}), 11.0);
        QCOMPARE(CriterionScorer::clarityPenalty({}), 0.0);
    }

    void betterResponseNeverLowersScore()
    {
        const CriterionScorer scorer;
        const std::vector<double> weights(kCriterionCount, 1.0);
        ServiceOffer rival = sampleOffer();
        rival.vendor = QStringLiteral("Rival");
        double previousScore = -1;
        double previousUtility = -1;
        // Walk from slow to fast: neither the utility nor the total may ever drop.
        for (double minutes = 600; minutes >= 0; minutes -= 2.5) {
            ServiceOffer offer = sampleOffer();
            offer.responseMinutes = minutes;
            const Matrix u = scorer.utilities({offer, rival});
            const double score = WeightedSum::rank(u, weights).scores[0];
            const double utility = u[0][size_t(criterionIndex(Criterion::ResponseTime))];
            QVERIFY2(score >= previousScore, qPrintable(QString::number(minutes)));
            QVERIFY(utility >= previousUtility);
            previousScore = score;
            previousUtility = utility;
        }
        QCOMPARE(previousUtility, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestEvalValueFunctions)
#include "TestEvalValueFunctions.moc"
