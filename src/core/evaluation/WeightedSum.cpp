#include "WeightedSum.h"

#include <numeric>

namespace tw::evaluation {

Ranking WeightedSum::rank(const Matrix &utilities, const std::vector<double> &weights)
{
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<double> scores;
    scores.reserve(utilities.size());
    for (const std::vector<double> &row : utilities) {
        double score = 0;
        for (size_t j = 0; j < row.size() && j < weights.size(); ++j)
            score += weights[j] * row[j];
        scores.push_back(total > 0 ? score / total : 0.0);
    }
    return Ranking::fromScores(std::move(scores));
}

} // namespace tw::evaluation
