#include "WeightSensitivity.h"

#include "WeightVector.h"
#include "WeightedSum.h"
#include "core/model/DebugString.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tw::evaluation {

namespace {

// A step past a crossing point to see who wins there.
constexpr double kProbe = 1e-9;

int winnerAt(const Matrix &utilities, const std::vector<double> &weights, int k, double t)
{
    return WeightedSum::rank(utilities, WeightSensitivity::varied(weights, k, t)).winner();
}

} // namespace

double WeightStability::margin() const
{
    const double below = winnerBelow >= 0 ? weight - lower : std::numeric_limits<double>::infinity();
    const double above = winnerAbove >= 0 ? upper - weight : std::numeric_limits<double>::infinity();
    return std::min(below, above);
}

std::vector<double> WeightSensitivity::varied(const std::vector<double> &weights, int k, double t)
{
    std::vector<double> result(weights.size(), 0.0);
    const double rest = 1.0 - weights[size_t(k)];
    for (size_t j = 0; j < weights.size(); ++j) {
        if (int(j) == k)
            result[j] = t;
        else if (rest > 1e-12)
            result[j] = weights[j] * (1.0 - t) / rest;
        else // every other weight was 0: proportional rescaling is undefined, share equally
            result[j] = (1.0 - t) / double(weights.size() - 1);
    }
    return result;
}

std::vector<WeightStability> WeightSensitivity::analyse(const Matrix &utilities, const std::vector<double> &weights)
{
    std::vector<WeightStability> result;
    const auto normalized = WeightVector::normalized(weights);
    if (!normalized || utilities.empty())
        return result;
    const std::vector<double> &w = *normalized;
    const int winner = WeightedSum::rank(utilities, w).winner();
    for (int k = 0; k < int(w.size()); ++k) {
        WeightStability stability;
        stability.criterion = k;
        stability.weight = w[size_t(k)];
        stability.winner = winner;
        // R_i: the score of i from the other criteria at their rescaled weights, per unit of (1 - t).
        const std::vector<double> others = varied(w, k, 0.0);
        auto rest = [&](size_t i) {
            double score = 0;
            for (size_t j = 0; j < w.size(); ++j)
                score += others[j] * utilities[i][j];
            return score;
        };
        const double restWinner = rest(size_t(winner));
        const double t0 = stability.weight;
        for (size_t b = 0; b < utilities.size(); ++b) {
            if (int(b) == winner)
                continue;
            // D(t) = S_a(t) - S_b(t) = c + t (d - c), c = R_a - R_b, d = u_ak - u_bk.
            const double c = restWinner - rest(b);
            const double d = utilities[size_t(winner)][size_t(k)] - utilities[b][size_t(k)];
            const double slope = d - c;
            if (std::abs(slope) < 1e-15)
                continue; // parallel: the gap never closes
            const double crossing = -c / slope;
            if (slope < 0 && crossing >= t0)
                stability.upper = std::min(stability.upper, crossing);
            else if (slope > 0 && crossing <= t0)
                stability.lower = std::max(stability.lower, crossing);
        }
        stability.lower = std::clamp(stability.lower, 0.0, 1.0);
        stability.upper = std::clamp(stability.upper, 0.0, 1.0);
        if (stability.lower > 0) {
            const int below = winnerAt(utilities, w, k, std::max(0.0, stability.lower - kProbe));
            stability.winnerBelow = below != winner ? below : -1;
        }
        if (stability.upper < 1) {
            const int above = winnerAt(utilities, w, k, std::min(1.0, stability.upper + kProbe));
            stability.winnerAbove = above != winner ? above : -1;
        }
        result.push_back(stability);
    }
    return result;
}

QDebug operator<<(QDebug debug, const WeightStability &stability)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "WeightStability(criterion " << stability.criterion << ", weight " << stability.weight
                    << ", winner #" << stability.winner << " in [" << stability.lower << ", " << stability.upper
                    << "], below #" << stability.winnerBelow << ", above #" << stability.winnerAbove << ")";
    return debug;
}

char *toString(const WeightStability &stability) { return debugCString(stability); }

} // namespace tw::evaluation
