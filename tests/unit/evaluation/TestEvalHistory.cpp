// History adjustment: expected durations from promises corrected by measured delivery.
#include "core/evaluation/HistoryAdjustment.h"
#include "core/evaluation/NormalQuantile.h"

#include <QTest>

#include <cmath>

using namespace tw::evaluation;

namespace {

bool near(double a, double b, double tolerance) { return std::abs(a - b) <= tolerance; }

DeliveryRecord record(std::optional<double> median, std::optional<double> p90, std::optional<double> attainment,
                      qint64 tickets)
{
    DeliveryRecord result;
    result.medianMinutes = median;
    result.p90Minutes = p90;
    result.attainmentPercent = attainment;
    result.tickets = tickets;
    return result;
}

} // namespace

class TestEvalHistory : public QObject
{
    Q_OBJECT

private slots:
    void normalQuantileKnownValues()
    {
        QVERIFY(near(normalQuantile(0.5), 0.0, 1e-9));
        QVERIFY(near(normalQuantile(0.9), 1.2815515655, 1e-8));
        QVERIFY(near(normalQuantile(0.975), 1.9599639845, 1e-8));
        QVERIFY(near(normalQuantile(0.01), -2.3263478740, 1e-8));
        QVERIFY(std::isinf(normalQuantile(0.0)));
    }

    void promiseAloneIsTheAssumedQuantile()
    {
        // 240 min promised, kept 90 % of the time, sigma 0.5:
        // mu = ln 240 - 0.5 * 1.28155 = 4.83986; mean = exp(mu + 0.5^2 / 2) = 143.289 min.
        const ExpectedDuration duration = HistoryAdjustment::expected(240, {});
        QCOMPARE(duration.basis, DurationBasis::Promise);
        QVERIFY(near(duration.meanMinutes, 143.289, 0.001));
        QCOMPARE(duration.sigma, 0.5);
        QCOMPARE(duration.credibility, 0.0);
        QVERIFY(near(duration.quantile(0.9), 240, 1e-6)); // the promise is the P90
        // Tickets = 0 means no history, whatever the figures say.
        QCOMPARE(HistoryAdjustment::expected(240, record(100, 420, 70, 0)), duration);
    }

    void attainmentAndP90Fit()
    {
        // Promise 240 min met in 70 % of 60 tickets, delivered P90 420 min. Quantiles (240 at 0.7)
        // and (420 at 0.9): sigma = ln(420 / 240) / (1.28155 - 0.52440) = 0.55962 / 0.75715 = 0.73911,
        // mu = ln 420 - 0.73911 * 1.28155 = 5.09305, history mean = exp(mu + sigma^2 / 2) = 214.046.
        HistoryPolicy pure;
        pure.credibilityTickets = 0; // history only
        const ExpectedDuration history = HistoryAdjustment::expected(240, record({}, 420, 70, 60), pure);
        QCOMPARE(history.basis, DurationBasis::AttainmentAndP90);
        QVERIFY(near(history.sigma, 0.739107, 1e-5));
        QVERIFY(near(history.meanMinutes, 214.046, 0.001));
        QVERIFY(near(history.quantile(0.9), 420, 1e-6));
        QVERIFY(near(history.quantile(0.7), 240, 1e-6));
        QCOMPARE(history.credibility, 1.0);
        // Blended with k = 20: w = 60 / 80 = 0.75; mean = 0.75 * 214.046 + 0.25 * 143.289 = 196.357,
        // sigma = 0.75 * 0.73911 + 0.25 * 0.5 = 0.67933.
        const ExpectedDuration blended = HistoryAdjustment::expected(240, record({}, 420, 70, 60));
        QVERIFY(near(blended.meanMinutes, 196.357, 0.001));
        QVERIFY(near(blended.sigma, 0.679330, 1e-5));
        QCOMPARE(blended.credibility, 0.75);
        // The 70 % vendor is expected to be slower than one with no record against it.
        QVERIFY(blended.meanMinutes > HistoryAdjustment::expected(240, {}).meanMinutes);
    }

    void medianAndP90Fit()
    {
        // No attainment (no target in the history): median 150, P90 420:
        // sigma = ln(420 / 150) / 1.28155 = 0.80342, mean = 150 * exp(sigma^2 / 2) = 207.136.
        HistoryPolicy pure;
        pure.credibilityTickets = 0;
        const ExpectedDuration duration = HistoryAdjustment::expected(240, record(150, 420, {}, 500), pure);
        QCOMPARE(duration.basis, DurationBasis::MedianAndP90);
        QVERIFY(near(duration.sigma, 0.803416, 1e-5));
        QVERIFY(near(duration.meanMinutes, 207.136, 0.001));
    }

    void contradictoryEvidenceFallsBack()
    {
        // 70 % attainment but a P90 under the target cannot both be true: use the attainment alone.
        HistoryPolicy pure;
        pure.credibilityTickets = 0;
        const ExpectedDuration duration = HistoryAdjustment::expected(240, record({}, 200, 70, 40), pure);
        QCOMPARE(duration.basis, DurationBasis::Attainment);
        // 240 at the 0.7 quantile with sigma 0.5: mean = 240 * exp(-0.5 * 0.52440 + 0.125) = 209.42.
        QVERIFY(near(duration.meanMinutes, 240 * std::exp(-0.5 * 0.5244005127 + 0.125), 1e-6));
    }

    void historyWithoutPromise()
    {
        // No on-site promise at all: history decides alone, whatever the credibility setting.
        const ExpectedDuration duration = HistoryAdjustment::expected(0, record(150, 420, {}, 5));
        QCOMPARE(duration.credibility, 1.0);
        QVERIFY(near(duration.meanMinutes, 207.136, 0.001));
        QCOMPARE(HistoryAdjustment::expected(0, {}).basis, DurationBasis::None);
    }

    void higherAttainmentNeverLengthensExpectation()
    {
        double previous = std::numeric_limits<double>::infinity();
        for (double attainment = 40; attainment <= 100; attainment += 1) {
            const double mean = HistoryAdjustment::expected(240, record({}, {}, attainment, 100)).meanMinutes;
            QVERIFY2(mean <= previous, qPrintable(QString::number(attainment)));
            previous = mean;
        }
    }
};

QTEST_GUILESS_MAIN(TestEvalHistory)
#include "TestEvalHistory.moc"
