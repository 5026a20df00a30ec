#pragma once

#include "Matrix.h"

#include <QDebug>

#include <vector>

namespace tw::evaluation {

/** How far one criterion weight can move before the weighted-sum winner changes. */
struct WeightStability
{
    int criterion = 0; ///< column index
    double weight = 0; ///< current normalised weight
    double lower = 0;  ///< the winner stays the winner for weights in [lower, upper]
    double upper = 1;
    int winner = -1;      ///< current winner
    int winnerBelow = -1; ///< who wins just below lower (-1 when lower is 0 and nobody overtakes)
    int winnerAbove = -1; ///< who wins just above upper (-1 when upper is 1 and nobody overtakes)

    /** Smallest absolute weight change that flips the winner; infinity when none does. */
    double margin() const;
    bool operator==(const WeightStability &other) const
    {
        return criterion == other.criterion && weight == other.weight && lower == other.lower && upper == other.upper &&
               winner == other.winner && winnerBelow == other.winnerBelow && winnerAbove == other.winnerAbove;
    }
    bool operator!=(const WeightStability &other) const { return !(*this == other); }
};

/**
 * One-at-a-time weight sensitivity of the weighted sum. Weight k moves to t and the others are
 * rescaled proportionally, w_j(t) = w_j (1 - t) / (1 - w_k), so every score is linear in t:
 * S_i(t) = t u_ik + (1 - t) R_i. The rank-flip points are the exact roots of S_a(t) = S_b(t).
 */
class WeightSensitivity
{
public:
    /** Stability interval of the winner for every criterion weight (weights are normalised first). */
    static std::vector<WeightStability> analyse(const Matrix &utilities, const std::vector<double> &weights);
    /** The weights with weight k set to t and the others rescaled (equal shares when they were all 0). */
    static std::vector<double> varied(const std::vector<double> &weights, int k, double t);
};

QDebug operator<<(QDebug debug, const WeightStability &stability);
char *toString(const WeightStability &stability);

} // namespace tw::evaluation
