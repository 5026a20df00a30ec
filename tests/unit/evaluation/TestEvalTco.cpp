// Risk-adjusted TCO: contract cost, closed-form expectations and the Monte Carlo simulation.
#include "core/evaluation/ContractCost.h"
#include "core/evaluation/PartsQuality.h"
#include "core/evaluation/TcoModel.h"
#include "core/evaluation/TcoSimulation.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace tw::evaluation;

namespace {

bool near(double a, double b, double tolerance) { return std::abs(a - b) <= tolerance; }

/** 20 servers, 0.1 failures per server-year, 10,000 per hour down, 5x9 contract at 1,000 per server-year. */
TcoInputs sampleInputs()
{
    TcoInputs inputs;
    inputs.servers = 20;
    inputs.annualFailureRate = 0.1;
    inputs.downtimeCostPerHour = 10000;
    inputs.years = 3;
    inputs.pricePerServerYear = 1000;
    inputs.coverage = *CoverageWindow::parse(QStringLiteral("5x9"));
    inputs.arrival = {4, 0.6};
    inputs.repair = {2, 0.8};
    inputs.partsNeededProbability = 0.5;
    inputs.partsDelayHours = partsDelayHours(PartsLocality::Regional); // 4 h
    inputs.excludedFraction = 0.1;
    inputs.tmCostPerIncident = 5000;
    return inputs;
}

} // namespace

class TestEvalTco : public QObject
{
    Q_OBJECT

private slots:
    void contractCostByHand()
    {
        PriceAdjustment capped;
        capped.kind = PriceAdjustmentKind::Capped;
        capped.capPercent = 5;
        // Fees 10,000, 10,500, 11,025 paid in advance, discounted at 10 %:
        // 10,000 + 10,500 / 1.1 + 11,025 / 1.21 = 10,000 + 9,545.4545 + 9,111.5702 = 28,657.0248.
        QVERIFY(near(ContractCost::presentValue(1000, 10, 3, capped, 0.10), 28657.0248, 1e-3));
        QCOMPARE(ContractCost::presentValue(1000, 10, 3, PriceAdjustment{}, 0.0), 30000.0);
        PriceAdjustment unbounded;
        unbounded.kind = PriceAdjustmentKind::Unbounded; // assumed 8 %: 10,000 + 10,800 + 11,664
        QVERIFY(near(ContractCost::presentValue(1000, 10, 3, unbounded, 0.0), 32464.0, 1e-9));
        QVERIFY(near(ContractCost::yearFee(1000, 10, capped, 2), 11025.0, 1e-9));
    }

    void expectedTcoByHand()
    {
        TcoInputs inputs = sampleInputs();
        inputs.credits.targetHours = 4;
        inputs.credits.percentPerHourLate = 2;
        inputs.credits.capPercentPerIncident = 20;
        // Outage = 5x9 wait (4 * 15^2 + 63^2) / 336 = 14.49107 h + arrival 4 + 0.5 * 4 parts + repair 2
        //        = 22.49107 h.
        const double wait = 4869.0 / 336.0;
        QVERIFY(near(TcoModel::expectedOutageHours(inputs), wait + 8, 1e-12));
        const TcoBreakdown tco = TcoModel::expected(inputs);
        // Contract 1,000 x 20 x 3 = 60,000. Failures 20 x 0.1 = 2 per year.
        QCOMPARE(tco.contract, 60000.0);
        // Downtime 3 years x 2 x 22.49107 h x 10,000 = 1,349,464.29.
        QVERIFY(near(tco.downtime, 3 * 2 * (wait + 8) * 10000, 1e-6));
        // T&M 3 x 2 x 10 % x 5,000 = 3,000.
        QVERIFY(near(tco.tm, 3000, 1e-9));
        // Credits: clock 8 h, 4 h late x 2 % = 8 % of the monthly fee 20,000 / 12 = 133.33 per covered
        // incident; 3 x 2 x 90 % x 133.33 = 720.
        QVERIFY(near(tco.credits, 720, 1e-9));
        QVERIFY(near(tco.total(), 60000 + 3 * 2 * (wait + 8) * 10000 + 3000 - 720, 1e-6));
    }

    void creditsRespectCaps()
    {
        CreditTerms terms;
        terms.targetHours = 4;
        terms.percentPerIncident = 5;
        terms.percentPerHourLate = 2;
        terms.capPercentPerIncident = 20;
        QCOMPARE(TcoModel::incidentCredit(terms, 4, 1000), 0.0);             // on time
        QVERIFY(near(TcoModel::incidentCredit(terms, 6, 1000), 90, 1e-9));   // 5 + 2 x 2 = 9 %
        QVERIFY(near(TcoModel::incidentCredit(terms, 40, 1000), 200, 1e-9)); // 5 + 72 capped at 20 %
        // Yearly cap of 1 % of the annual fee: 3 years x 20,000 x 1 % = 600 at most.
        TcoInputs inputs = sampleInputs();
        inputs.credits = terms;
        inputs.credits.capPercentOfAnnualFee = 1;
        QVERIFY(TcoModel::expected(inputs).credits <= 600 + 1e-9);
        MonteCarloSettings settings;
        settings.trials = 20000;
        QVERIFY(TcoSimulation::run(inputs, settings).breakdown.credits <= 600 + 1e-9);
    }

    void sameSeedSameResultForAnyThreadCount()
    {
        TcoInputs inputs = sampleInputs();
        inputs.credits.targetHours = 6;
        inputs.credits.percentPerHourLate = 2;
        MonteCarloSettings settings;
        settings.trials = 50000;
        settings.seed = 42;
        settings.chunkSize = 1000;
        settings.threads = 1;
        const TcoDistribution single = TcoSimulation::run(inputs, settings);
        for (int threads : {2, 3, 8}) {
            settings.threads = threads;
            QCOMPARE(TcoSimulation::run(inputs, settings), single); // bit for bit
        }
        settings.seed = 43;
        QVERIFY(TcoSimulation::run(inputs, settings).mean != single.mean);
    }

    void sameSeedSameFailuresForEveryOffer()
    {
        // Common random numbers: two offers of a tier (same failure rate) that differ in coverage,
        // durations, parts and price see the same incidents and exclusions, so their T&M is equal
        // bit for bit; with identical terms but another price the distribution shifts exactly.
        TcoInputs first = sampleInputs();
        TcoInputs second = sampleInputs();
        second.coverage = CoverageWindow::allWeek();
        second.arrival = {9, 1.1};
        second.repair = {1, 0};
        second.partsDelayHours = 24;
        second.pricePerServerYear = 700;
        MonteCarloSettings settings;
        settings.trials = 30000;
        settings.seed = 5;
        const TcoDistribution a = TcoSimulation::run(first, settings);
        const TcoDistribution b = TcoSimulation::run(second, settings);
        QCOMPARE(b.breakdown.tm, a.breakdown.tm);
        QVERIFY(b.breakdown.downtime != a.breakdown.downtime);

        TcoInputs cheaper = sampleInputs();
        cheaper.pricePerServerYear = 800; // contract 48,000 instead of 60,000
        const TcoDistribution c = TcoSimulation::run(cheaper, settings);
        QCOMPARE(c.breakdown.downtime, a.breakdown.downtime);
        QVERIFY(near(a.p50 - c.p50, 12000, 1e-6));
        QVERIFY(near(a.p90 - c.p90, 12000, 1e-6));
    }

    void meanConvergesToClosedForm()
    {
        const TcoInputs inputs = sampleInputs(); // no credits: the closed form is exact
        MonteCarloSettings settings;
        settings.trials = 200000;
        settings.seed = 7;
        const TcoDistribution simulated = TcoSimulation::run(inputs, settings);
        const TcoBreakdown expected = TcoModel::expected(inputs);
        QCOMPARE(simulated.breakdown.contract, expected.contract);
        // Within 4 standard errors (a false alarm about once in 16,000 seeds; the seed is fixed).
        QVERIFY2(near(simulated.mean, expected.total(), 4 * simulated.standardError),
                 qPrintable(QStringLiteral("%1 vs %2 +- %3")
                                .arg(simulated.mean)
                                .arg(expected.total())
                                .arg(simulated.standardError)));
        QVERIFY(near(simulated.breakdown.downtime, expected.downtime, 4 * simulated.standardError));
        QVERIFY(near(simulated.breakdown.tm, expected.tm, 0.02 * expected.tm));
        // The standard error is small relative to the mean at this many trials.
        QVERIFY(simulated.standardError < 0.01 * simulated.mean);
        // Right-skewed costs: the median sits below the mean, the P90 above both.
        QVERIFY(simulated.p50 <= simulated.mean);
        QVERIFY(simulated.p90 >= simulated.p50);
        QVERIFY(simulated.p90 > simulated.mean);
    }

    void discountingMatchesClosedForm()
    {
        TcoInputs inputs = sampleInputs();
        inputs.discountRate = 0.08;
        inputs.priceAdjustment.kind = PriceAdjustmentKind::Capped;
        inputs.priceAdjustment.capPercent = 3;
        MonteCarloSettings settings;
        settings.trials = 100000;
        const TcoDistribution simulated = TcoSimulation::run(inputs, settings);
        const TcoBreakdown expected = TcoModel::expected(inputs);
        QVERIFY(near(simulated.breakdown.contract, expected.contract, 1e-6));
        QVERIFY(near(simulated.mean, expected.total(), 4 * simulated.standardError));
    }

    void deterministicDurationsGiveExactCredits()
    {
        // 7x24 (no wait), fixed 3 h arrival and 3 h repair, no parts: every covered incident is
        // 2 h late against a 4 h target -> 2 x 3 % = 6 % of 1,666.67 = 100 each.
        TcoInputs inputs = sampleInputs();
        inputs.coverage = CoverageWindow::allWeek();
        inputs.arrival = {3, 0};
        inputs.repair = {3, 0};
        inputs.partsNeededProbability = 0;
        inputs.credits.targetHours = 4;
        inputs.credits.percentPerHourLate = 3;
        MonteCarloSettings settings;
        settings.trials = 100000;
        const TcoDistribution simulated = TcoSimulation::run(inputs, settings);
        const TcoBreakdown expected = TcoModel::expected(inputs);
        QVERIFY(near(expected.credits, 3 * 2 * 0.9 * 100, 1e-9)); // 540
        QVERIFY2(near(simulated.breakdown.credits, expected.credits, 0.01 * expected.credits),
                 qPrintable(QString::number(simulated.breakdown.credits)));
        // Every incident costs exactly 6 h of downtime.
        QVERIFY(near(expected.downtime, 3 * 2 * 6 * 10000, 1e-6));
    }

    void moreTrialsNarrowTheMedianEstimate()
    {
        const TcoInputs inputs = sampleInputs();
        auto spread = [&](qint64 trials) {
            double low = std::numeric_limits<double>::infinity();
            double high = -low;
            for (quint64 seed = 1; seed <= 8; ++seed) {
                MonteCarloSettings settings;
                settings.trials = trials;
                settings.seed = seed * 1000003;
                const double p50 = TcoSimulation::run(inputs, settings).p50;
                low = std::min(low, p50);
                high = std::max(high, p50);
            }
            return high - low;
        };
        const double few = spread(1000);
        const double many = spread(64000);
        QVERIFY2(many < few / 2, qPrintable(QStringLiteral("%1 vs %2").arg(many).arg(few)));
    }
};

QTEST_GUILESS_MAIN(TestEvalTco)
#include "TestEvalTco.moc"
