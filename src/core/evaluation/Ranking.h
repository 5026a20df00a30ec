#pragma once

#include <QDebug>

#include <vector>

namespace tw::evaluation {

/** Scores of alternatives and their order, best first (ties keep the input order). */
struct Ranking
{
    std::vector<double> scores; ///< per alternative, in input order
    std::vector<int> order;     ///< alternative indexes, best first

    /** Builds the order from scores, descending; equal scores keep the lower index first. */
    static Ranking fromScores(std::vector<double> scores);
    /** Index of the best alternative, -1 when there is none. */
    int winner() const { return order.empty() ? -1 : order.front(); }
    /** 1-based rank of an alternative. */
    int rankOf(int alternative) const;

    bool operator==(const Ranking &other) const { return scores == other.scores && order == other.order; }
    bool operator!=(const Ranking &other) const { return !(*this == other); }
};

QDebug operator<<(QDebug debug, const Ranking &ranking);
char *toString(const Ranking &ranking);

} // namespace tw::evaluation
