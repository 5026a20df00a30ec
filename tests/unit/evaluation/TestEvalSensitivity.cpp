// Weight sensitivity (exact rank-flip points of the weighted sum) and the TCO tornado.
#include "core/evaluation/TcoTornado.h"
#include "core/evaluation/WeightSensitivity.h"
#include "core/evaluation/WeightedSum.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace tw::evaluation;

namespace {

bool near(double a, double b, double tolerance) { return std::abs(a - b) <= tolerance; }

int winnerAt(const Matrix &u, const std::vector<double> &w, int k, double t)
{
    return WeightedSum::rank(u, WeightSensitivity::varied(w, k, t)).winner();
}

} // namespace

class TestEvalSensitivity : public QObject
{
    Q_OBJECT

private slots:
    void flipPointsByHand()
    {
        // u = A0 (1, 0), A1 (0, 1), A2 (0.4, 0.4); w = (0.6, 0.4): scores 0.6, 0.4, 0.4 -> A0 wins.
        // Weight 0 at t (weight 1 gets 1 - t): S0 = t, S1 = 1 - t, S2 = 0.4.
        //   A0 = A1 at t = 0.5, A0 = A2 at t = 0.4 -> A0 wins on [0.5, 1]; below, A1 wins.
        // Weight 1 at t: S0 = 1 - t, S1 = t, S2 = 0.4.
        //   A0 = A1 at t = 0.5, A0 = A2 at t = 0.6 -> A0 wins on [0, 0.5]; above, A1 wins.
        const Matrix u{{1, 0}, {0, 1}, {0.4, 0.4}};
        const std::vector<WeightStability> result = WeightSensitivity::analyse(u, {0.6, 0.4});
        QCOMPARE(int(result.size()), 2);
        QCOMPARE(result[0].winner, 0);
        QVERIFY(near(result[0].lower, 0.5, 1e-12));
        QCOMPARE(result[0].upper, 1.0);
        QCOMPARE(result[0].winnerBelow, 1);
        QCOMPARE(result[0].winnerAbove, -1);
        QVERIFY(near(result[0].margin(), 0.1, 1e-12));
        QCOMPARE(result[1].lower, 0.0);
        QVERIFY(near(result[1].upper, 0.5, 1e-12));
        QCOMPARE(result[1].winnerBelow, -1);
        QCOMPARE(result[1].winnerAbove, 1);
        QVERIFY(near(result[1].margin(), 0.1, 1e-12));
    }

    void variedWeightsStayNormalised()
    {
        const std::vector<double> w{0.5, 0.3, 0.2};
        const std::vector<double> v = WeightSensitivity::varied(w, 0, 0.8);
        QVERIFY(near(v[0], 0.8, 1e-15));
        QVERIFY(near(v[1], 0.3 * 0.2 / 0.5, 1e-15)); // proportional: 0.12
        QVERIFY(near(v[2], 0.2 * 0.2 / 0.5, 1e-15)); // 0.08
        QVERIFY(near(v[0] + v[1] + v[2], 1.0, 1e-15));
        // All weight on one criterion: the others share the rest equally.
        const std::vector<double> single = WeightSensitivity::varied({1, 0, 0}, 0, 0.5);
        QCOMPARE(single, (std::vector<double>{0.5, 0.25, 0.25}));
    }

    void boundsVerifiedByRerankingInsideAndOutside()
    {
        std::mt19937 random(2024);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        const double delta = 1e-7;
        int flipsChecked = 0;
        for (int trial = 0; trial < 40; ++trial) {
            Matrix u(4, std::vector<double>(5));
            for (auto &row : u)
                for (double &value : row)
                    value = unit(random);
            std::vector<double> w(5);
            for (double &value : w)
                value = 0.05 + unit(random);
            const double total = w[0] + w[1] + w[2] + w[3] + w[4];
            for (double &value : w)
                value /= total;
            for (const WeightStability &s : WeightSensitivity::analyse(u, w)) {
                QVERIFY(s.lower <= s.weight + 1e-12 && s.weight <= s.upper + 1e-12);
                // Inside: the winner holds near both ends and across the interval (at a bound itself
                // the two scores tie and rounding may pick either).
                QCOMPARE(winnerAt(u, w, s.criterion, std::min(s.upper, s.lower + delta)), s.winner);
                QCOMPARE(winnerAt(u, w, s.criterion, std::max(s.lower, s.upper - delta)), s.winner);
                for (int step = 1; step < 20; ++step)
                    QCOMPARE(winnerAt(u, w, s.criterion, s.lower + (s.upper - s.lower) * step / 20.0), s.winner);
                // Outside: someone else wins, and it is the reported one.
                if (s.lower > 0) {
                    QCOMPARE(winnerAt(u, w, s.criterion, s.lower - delta), s.winnerBelow);
                    QVERIFY(s.winnerBelow != s.winner);
                    ++flipsChecked;
                }
                if (s.upper < 1) {
                    QCOMPARE(winnerAt(u, w, s.criterion, s.upper + delta), s.winnerAbove);
                    QVERIFY(s.winnerAbove != s.winner);
                    ++flipsChecked;
                }
            }
        }
        QVERIFY(flipsChecked > 40); // the random cases really exercise flips
    }

    void tornadoOfTcoDrivers()
    {
        TcoInputs inputs;
        inputs.servers = 20;
        inputs.annualFailureRate = 0.1;
        inputs.downtimeCostPerHour = 10000;
        inputs.pricePerServerYear = 1000;
        inputs.coverage = *CoverageWindow::parse(QStringLiteral("5x9"));
        inputs.excludedFraction = 0.1;
        inputs.tmCostPerIncident = 5000;
        DurationSources sources;
        sources.promisedArrivalMinutes = 240;
        sources.arrivalRecord.tickets = 80;
        sources.arrivalRecord.attainmentPercent = 70;
        sources.arrivalRecord.p90Minutes = 420;
        sources.promisedRepairMinutes = 120;

        TcoInputs applied = inputs;
        TcoTornado::applyHistory(&applied, sources);
        QVERIFY(near(applied.arrival.meanHours * 60,
                     HistoryAdjustment::expected(240, sources.arrivalRecord).meanMinutes, 1e-9));
        const TcoBreakdown base = TcoModel::expected(applied);

        const QList<TornadoBar> bars = TcoTornado::analyse(inputs, sources, 0.2);
        QCOMPARE(bars.size(), 3);
        for (const TornadoBar &bar : bars)
            QVERIFY(near(bar.base, base.total(), 1e-6));
        for (int i = 1; i < bars.size(); ++i)
            QVERIFY(bars[i - 1].swing() >= bars[i].swing());
        auto bar = [&bars](const QString &name) {
            for (const TornadoBar &candidate : bars) {
                if (candidate.driver == name)
                    return candidate;
            }
            return TornadoBar{};
        };
        // Linear drivers: +-20 % moves downtime (and T&M for the failure rate) by exactly 20 %.
        const TornadoBar downtime = bar(QStringLiteral("downtime_cost"));
        QVERIFY(near(downtime.atPlus - downtime.base, 0.2 * base.downtime, 1e-6));
        QVERIFY(near(downtime.base - downtime.atMinus, 0.2 * base.downtime, 1e-6));
        const TornadoBar failures = bar(QStringLiteral("failure_rate"));
        QVERIFY(near(failures.atPlus - failures.base, 0.2 * (base.downtime + base.tm - base.credits), 1e-6));
        // Better attainment shortens outages: lower TCO at +20 %.
        const TornadoBar attainment = bar(QStringLiteral("attainment"));
        QVERIFY(attainment.atPlus < attainment.base);
        QVERIFY(attainment.atMinus > attainment.base);
    }
};

QTEST_GUILESS_MAIN(TestEvalSensitivity)
#include "TestEvalSensitivity.moc"
