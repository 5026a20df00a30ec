#include "Topsis.h"

#include "core/model/DebugString.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tw::evaluation {

TopsisResult Topsis::rank(const Matrix &values, const std::vector<double> &weights,
                          const std::vector<Direction> &directions)
{
    const size_t rows = values.size();
    const size_t columns = weights.size();
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);

    Matrix weighted(rows, std::vector<double>(columns, 0.0));
    for (size_t j = 0; j < columns; ++j) {
        double sumOfSquares = 0;
        for (size_t i = 0; i < rows; ++i)
            sumOfSquares += values[i][j] * values[i][j];
        const double norm = std::sqrt(sumOfSquares);
        if (norm == 0 || total <= 0)
            continue; // every alternative equal (zero) here: the column cannot separate them
        for (size_t i = 0; i < rows; ++i)
            weighted[i][j] = weights[j] / total * values[i][j] / norm;
    }

    std::vector<double> ideal(columns, 0.0);
    std::vector<double> antiIdeal(columns, 0.0);
    for (size_t j = 0; j < columns && rows > 0; ++j) {
        double best = weighted[0][j];
        double worst = weighted[0][j];
        const bool benefit = j >= directions.size() || directions[j] == Direction::Benefit;
        for (size_t i = 1; i < rows; ++i) {
            best = benefit ? std::max(best, weighted[i][j]) : std::min(best, weighted[i][j]);
            worst = benefit ? std::min(worst, weighted[i][j]) : std::max(worst, weighted[i][j]);
        }
        ideal[j] = best;
        antiIdeal[j] = worst;
    }

    TopsisResult result;
    std::vector<double> closeness;
    for (size_t i = 0; i < rows; ++i) {
        double plus = 0;
        double minus = 0;
        for (size_t j = 0; j < columns; ++j) {
            plus += (weighted[i][j] - ideal[j]) * (weighted[i][j] - ideal[j]);
            minus += (weighted[i][j] - antiIdeal[j]) * (weighted[i][j] - antiIdeal[j]);
        }
        plus = std::sqrt(plus);
        minus = std::sqrt(minus);
        result.distanceToIdeal.push_back(plus);
        result.distanceToAntiIdeal.push_back(minus);
        // All alternatives identical: both distances are 0, call it a tie at 0.5.
        closeness.push_back(plus + minus > 0 ? minus / (plus + minus) : 0.5);
    }
    result.ranking = Ranking::fromScores(std::move(closeness));
    return result;
}

QDebug operator<<(QDebug debug, const TopsisResult &result)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Topsis(" << result.ranking << ")";
    return debug;
}

char *toString(const TopsisResult &result) { return debugCString(result); }

} // namespace tw::evaluation
