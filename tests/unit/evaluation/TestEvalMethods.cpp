// Weighted sum, TOPSIS and AHP: hand-computed cases, published examples and properties.
#include "core/evaluation/Ahp.h"
#include "core/evaluation/CriterionScorer.h"
#include "core/evaluation/Topsis.h"
#include "core/evaluation/WeightVector.h"
#include "core/evaluation/WeightedSum.h"

#include <QTest>

#include <numeric>
#include <random>

using namespace tw::evaluation;

Q_DECLARE_METATYPE(tw::evaluation::Matrix)
Q_DECLARE_METATYPE(std::vector<double>)

namespace {

bool near(double a, double b, double tolerance) { return std::abs(a - b) <= tolerance; }

double sum(const std::vector<double> &values) { return std::accumulate(values.begin(), values.end(), 0.0); }

ServiceOffer randomOffer(std::mt19937 &random, int index)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    ServiceOffer offer;
    offer.vendor = QStringLiteral("V%1").arg(index);
    offer.responseMinutes = 10 + 300 * unit(random);
    offer.onsiteMinutes = 60 + 1800 * unit(random);
    offer.resolutionMinutes = 120 + 5000 * unit(random);
    offer.coverage = unit(random) < 0.5 ? CoverageWindow::allWeek() : *CoverageWindow::parse(QStringLiteral("5x9"));
    offer.partsQuality = PartsQuality(int(unit(random) * 6) % 6);
    offer.partsLocality = PartsLocality(int(unit(random) * 4) % 4);
    offer.engineers = {EngineerCertification(int(unit(random) * 3) % 3), EngineerPresence(int(unit(random) * 4) % 4)};
    if (unit(random) < 0.7)
        offer.attainmentPercent = 40 + 60 * unit(random);
    offer.clarityPenalty = std::floor(25 * unit(random));
    offer.tco = 1e5 + 1e6 * unit(random);
    return offer;
}

/** An offer no better than the given one on any criterion (and dearer). */
ServiceOffer dominatedBy(const ServiceOffer &better)
{
    ServiceOffer worse = better;
    worse.vendor = QStringLiteral("Dominated");
    worse.responseMinutes += 30;
    worse.onsiteMinutes += 60;
    worse.resolutionMinutes += 60;
    worse.coverage = *CoverageWindow::parse(QStringLiteral("5x8"));
    worse.partsQuality = PartsQuality::Unspecified;
    worse.partsLocality = PartsLocality::Unspecified;
    worse.engineers = {};
    worse.attainmentPercent =
        better.attainmentPercent ? std::optional<double>(*better.attainmentPercent - 5) : std::optional<double>(0.0);
    worse.clarityPenalty += 3;
    worse.tco *= 1.3;
    return worse;
}

} // namespace

class TestEvalMethods : public QObject
{
    Q_OBJECT

private slots:
    void weightedSumByHand()
    {
        const Matrix u{{1.0, 0.2}, {0.5, 0.6}, {0.0, 1.0}};
        // w = (0.6, 0.4): 0.6 + 0.08 = 0.68; 0.3 + 0.24 = 0.54; 0 + 0.4 = 0.40.
        const Ranking a = WeightedSum::rank(u, {0.6, 0.4});
        QVERIFY(near(a.scores[0], 0.68, 1e-12) && near(a.scores[1], 0.54, 1e-12) && near(a.scores[2], 0.40, 1e-12));
        QCOMPARE(a.order, (std::vector<int>{0, 1, 2}));
        // w = (2, 3) normalises to (0.4, 0.6): 0.4 + 0.12 = 0.52; 0.2 + 0.36 = 0.56; 0.6.
        const Ranking b = WeightedSum::rank(u, {2, 3});
        QVERIFY(near(b.scores[0], 0.52, 1e-12) && near(b.scores[1], 0.56, 1e-12) && near(b.scores[2], 0.60, 1e-12));
        QCOMPARE(b.order, (std::vector<int>{2, 1, 0}));
        QCOMPARE(b.winner(), 2);
        QCOMPARE(b.rankOf(0), 3);
    }

    void topsisByHand()
    {
        // Column norms: sqrt(3^2 + 4^2 + 0^2) = 5 for both. Weights 0.5 each, so
        // v = (0.3, 0.4), (0.4, 0.3), (0, 0). Column 1 benefit, column 2 cost:
        // ideal = (0.4, 0), anti-ideal = (0, 0.4).
        // A0: d+ = sqrt(0.01 + 0.16) = 0.41231, d- = sqrt(0.09 + 0) = 0.3 -> C = 0.3 / 0.71231 = 0.42116
        // A1: d+ = sqrt(0 + 0.09) = 0.3, d- = sqrt(0.16 + 0.01) = 0.41231 -> C = 0.57884
        // A2: d+ = 0.4, d- = 0.4 -> C = 0.5
        const TopsisResult result =
            Topsis::rank({{3, 4}, {4, 3}, {0, 0}}, {1, 1}, {Direction::Benefit, Direction::Cost});
        const double root17 = std::sqrt(0.17);
        QVERIFY(near(result.distanceToIdeal[0], root17, 1e-12));
        QVERIFY(near(result.distanceToAntiIdeal[0], 0.3, 1e-12));
        QVERIFY(near(result.ranking.scores[0], 0.3 / (0.3 + root17), 1e-12));
        QVERIFY(near(result.ranking.scores[1], root17 / (0.3 + root17), 1e-12));
        QVERIFY(near(result.ranking.scores[2], 0.5, 1e-12));
        QCOMPARE(result.ranking.order, (std::vector<int>{1, 2, 0}));
    }

    void topsisPublishedFighterAircraft()
    {
        // Hwang & Yoon (1981), Multiple Attribute Decision Making, the fighter aircraft example:
        // max speed, ferry range, max payload, acquisition cost (cost), reliability,
        // maneuverability; w = (0.2, 0.1, 0.1, 0.1, 0.2, 0.3). Published closeness:
        // A1 0.643, A2 0.268, A3 0.613, A4 0.312 -> A1 > A3 > A4 > A2 (three decimals; A3 is
        // 0.61354 unrounded, so the tolerance is one unit of the last published digit).
        const Matrix values{{2.0, 1500, 20000, 5.5, 5, 9},
                            {2.5, 2700, 18000, 6.5, 3, 5},
                            {1.8, 2000, 21000, 4.5, 7, 7},
                            {2.2, 1800, 20000, 5.0, 5, 5}};
        const std::vector<Direction> directions{Direction::Benefit, Direction::Benefit, Direction::Benefit,
                                                Direction::Cost,    Direction::Benefit, Direction::Benefit};
        const TopsisResult result = Topsis::rank(values, {0.2, 0.1, 0.1, 0.1, 0.2, 0.3}, directions);
        const std::vector<double> published{0.643, 0.268, 0.613, 0.312};
        for (size_t i = 0; i < published.size(); ++i)
            QVERIFY2(near(result.ranking.scores[i], published[i], 0.001),
                     qPrintable(QString::number(result.ranking.scores[i])));
        QCOMPARE(result.ranking.order, (std::vector<int>{0, 2, 3, 1}));
    }

    void topsisRankingIgnoresPriceScale()
    {
        std::mt19937 random(7);
        const CriterionScorer scorer;
        const std::vector<double> weights{0.15, 0.15, 0.1, 0.1, 0.1, 0.05, 0.1, 0.05, 0.2};
        for (int trial = 0; trial < 20; ++trial) {
            std::vector<ServiceOffer> offers;
            for (int i = 0; i < 5; ++i)
                offers.push_back(randomOffer(random, i));
            const TopsisResult base = Topsis::rank(scorer.rawValues(offers), weights, CriterionScorer::rawDirections());
            const Ranking baseSum = WeightedSum::rank(scorer.utilities(offers), weights);
            for (ServiceOffer &offer : offers)
                offer.tco *= 7.31; // e.g. another currency
            const TopsisResult scaled =
                Topsis::rank(scorer.rawValues(offers), weights, CriterionScorer::rawDirections());
            QCOMPARE(scaled.ranking.order, base.ranking.order);
            for (size_t i = 0; i < offers.size(); ++i)
                QVERIFY(near(scaled.ranking.scores[i], base.ranking.scores[i], 1e-12));
            QCOMPARE(WeightedSum::rank(scorer.utilities(offers), weights).order, baseSum.order);
        }
    }

    void dominatedVendorDoesNotChangeWeightedSumWinner()
    {
        std::mt19937 random(11);
        const CriterionScorer scorer;
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        for (int trial = 0; trial < 50; ++trial) {
            std::vector<ServiceOffer> offers;
            for (int i = 0; i < 4; ++i)
                offers.push_back(randomOffer(random, i));
            std::vector<double> weights;
            for (int j = 0; j < kCriterionCount; ++j)
                weights.push_back(unit(random));
            const Ranking before = WeightedSum::rank(scorer.utilities(offers), weights);
            offers.push_back(dominatedBy(offers[size_t(trial % 4)]));
            const Ranking after = WeightedSum::rank(scorer.utilities(offers), weights);
            QCOMPARE(after.winner(), before.winner());
            QVERIFY(after.rankOf(4) > after.rankOf(trial % 4));
            for (size_t i = 0; i < 4; ++i)
                QVERIFY(near(after.scores[i], before.scores[i], 1e-12)); // ratio-to-cheapest keeps scores
        }
    }

    void weightsNormaliseToOne()
    {
        QString error;
        const auto weights = WeightVector::normalized({2, 3, 5}, &error);
        QVERIFY(weights);
        QCOMPARE(*weights, (std::vector<double>{0.2, 0.3, 0.5}));
        QVERIFY(near(sum(*weights), 1.0, 1e-15));
        QVERIFY(!WeightVector::normalized({1, -1}, &error));
        QCOMPARE(error, QStringLiteral("Weight 2 is -1; weights must be finite and not negative"));
        QVERIFY(!WeightVector::normalized({0, 0}, &error));
        QCOMPARE(error, QStringLiteral("All weights are zero"));
    }

    void ahpSaatyHouseExample()
    {
        // Saaty (1990), "How to make a decision: The Analytic Hierarchy Process", EJOR 48:9-26,
        // Table 2 (the family buying a house, eight criteria): published priorities
        // .173 .054 .188 .018 .031 .036 .167 .333, lambdaMax = 9.669, CI = 0.238, CR = 0.169.
        const Matrix house{{1, 5, 3, 7, 6, 6, 1. / 3, 1. / 4},
                           {1. / 5, 1, 1. / 3, 5, 3, 3, 1. / 5, 1. / 7},
                           {1. / 3, 3, 1, 6, 3, 4, 6, 1. / 5},
                           {1. / 7, 1. / 5, 1. / 6, 1, 1. / 3, 1. / 4, 1. / 7, 1. / 8},
                           {1. / 6, 1. / 3, 1. / 3, 3, 1, 1. / 2, 1. / 5, 1. / 6},
                           {1. / 6, 1. / 3, 1. / 4, 4, 2, 1, 1. / 5, 1. / 6},
                           {3, 5, 1. / 6, 7, 5, 5, 1, 1. / 2},
                           {4, 7, 5, 8, 6, 6, 2, 1}};
        QString error;
        const auto result = Ahp::compute(house, &error);
        QVERIFY2(result, qPrintable(error));
        const std::vector<double> published{.173, .054, .188, .018, .031, .036, .167, .333};
        for (size_t i = 0; i < published.size(); ++i)
            QVERIFY2(near(result->weights[i], published[i], 0.0005), qPrintable(QString::number(result->weights[i])));
        QVERIFY(near(result->lambdaMax, 9.669, 0.0005));
        QVERIFY(near(result->consistencyIndex, 0.238, 0.0005));
        QVERIFY(near(result->consistencyRatio, 0.169, 0.0005));
        QCOMPARE(result->randomIndex, 1.41);
        QVERIFY(!result->isConsistent());
        QVERIFY(result->warning.contains(QStringLiteral("0.169")));
        QVERIFY(near(sum(result->weights), 1.0, 1e-12));
    }

    void ahpSaatyThreeByThree_data()
    {
        // Same paper, Table 3: the three houses A, B, C compared on two criteria.
        QTest::addColumn<Matrix>("matrix");
        QTest::addColumn<std::vector<double>>("priorities");
        QTest::addColumn<double>("lambdaMax");
        QTest::addColumn<double>("ci");
        QTest::addColumn<double>("cr");
        QTest::newRow("size of house") << Matrix{{1, 6, 8}, {1. / 6, 1, 4}, {1. / 8, 1. / 4, 1}}
                                       << std::vector<double>{.754, .181, .065} << 3.136 << 0.068 << 0.117;
        QTest::newRow("transportation") << Matrix{{1, 7, 1. / 5}, {1. / 7, 1, 1. / 8}, {5, 8, 1}}
                                        << std::vector<double>{.233, .055, .713} << 3.247 << 0.124 << 0.213;
    }

    void ahpSaatyThreeByThree()
    {
        QFETCH(Matrix, matrix);
        QFETCH(std::vector<double>, priorities);
        QFETCH(double, lambdaMax);
        QFETCH(double, ci);
        QFETCH(double, cr);
        const auto result = Ahp::compute(matrix);
        QVERIFY(result);
        for (size_t i = 0; i < priorities.size(); ++i)
            QVERIFY2(near(result->weights[i], priorities[i], 0.0015), qPrintable(QString::number(result->weights[i])));
        QVERIFY(near(result->lambdaMax, lambdaMax, 0.0005));
        // The paper rounds CI from the rounded lambdaMax; allow one unit in the last digit.
        QVERIFY(near(result->consistencyIndex, ci, 0.0015));
        QVERIFY(near(result->consistencyRatio, cr, 0.0015));
        QVERIFY(!result->warning.isEmpty()); // both are above 0.10 in the paper
    }

    void ahpConsistentMatricesByHand()
    {
        // 2x2 (1, 3; 1/3, 1): w = (3/4, 1/4), lambda = 2, CR = 0 (RI(2) = 0).
        const auto two = Ahp::compute({{1, 3}, {1. / 3, 1}});
        QVERIFY(two);
        QVERIFY(near(two->weights[0], 0.75, 1e-12) && near(two->weights[1], 0.25, 1e-12));
        QVERIFY(near(two->lambdaMax, 2.0, 1e-12));
        QCOMPARE(two->consistencyRatio, 0.0);
        // a_ij = w_i / w_j for w = (0.5, 0.3, 0.2) is perfectly consistent: lambda = n = 3, CI = 0,
        // and the eigenvector gives w back.
        const std::vector<double> w{0.5, 0.3, 0.2};
        Matrix consistent(3, std::vector<double>(3));
        for (size_t i = 0; i < 3; ++i)
            for (size_t j = 0; j < 3; ++j)
                consistent[i][j] = w[i] / w[j];
        const auto three = Ahp::compute(consistent);
        QVERIFY(three);
        for (size_t i = 0; i < 3; ++i)
            QVERIFY(near(three->weights[i], w[i], 1e-12));
        QVERIFY(near(three->lambdaMax, 3.0, 1e-12));
        QVERIFY(near(three->consistencyRatio, 0.0, 1e-12));
        QVERIFY(three->isConsistent());
        QVERIFY(three->warning.isEmpty());
    }

    void ahpValidatesMatrix_data()
    {
        QTest::addColumn<Matrix>("matrix");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << Matrix{} << QStringLiteral("The comparison matrix is empty");
        QTest::newRow("not square") << Matrix{{1, 2}, {0.5}}
                                    << QStringLiteral(
                                           "The comparison matrix is not square: row 2 has 1 values, expected 2");
        QTest::newRow("negative") << Matrix{{1, -2}, {0.5, 1}}
                                  << QStringLiteral(
                                         "Comparison (1, 2) is -2; every comparison must be a positive number");
        QTest::newRow("diagonal") << Matrix{{2, 2}, {0.5, 1}}
                                  << QStringLiteral(
                                         "Comparison (1, 1) is 2; an element compared with itself must be 1");
        QTest::newRow("not reciprocal") << Matrix{{1, 3}, {0.5, 1}}
                                        << QStringLiteral("Comparisons (1, 2) = 3 and (2, 1) = 0.5 are not reciprocal");
        QTest::newRow("typed thirds pass") << Matrix{{1, 3}, {0.333, 1}} << QString();
        QTest::newRow("too large") << Matrix(16, std::vector<double>(16, 1.0))
                                   << QStringLiteral(
                                          "The comparison matrix has 16 rows; at most 15 criteria can be compared");
    }

    void ahpValidatesMatrix()
    {
        QFETCH(Matrix, matrix);
        QFETCH(QString, error);
        QCOMPARE(Ahp::validate(matrix), error);
        QString computeError;
        QCOMPARE(Ahp::compute(matrix, &computeError).has_value(), error.isEmpty());
        QCOMPARE(computeError, error);
    }

    void randomIndexTable()
    {
        QCOMPARE(Ahp::randomIndex(1), 0.0);
        QCOMPARE(Ahp::randomIndex(3), 0.58);
        QCOMPARE(Ahp::randomIndex(4), 0.90);
        QCOMPARE(Ahp::randomIndex(9), 1.45);
        QCOMPARE(Ahp::randomIndex(16), -1.0);
    }
};

QTEST_GUILESS_MAIN(TestEvalMethods)
#include "TestEvalMethods.moc"
