#include "Ranking.h"

#include "core/model/DebugString.h"

#include <algorithm>
#include <numeric>

namespace tw::evaluation {

Ranking Ranking::fromScores(std::vector<double> scores)
{
    Ranking ranking;
    ranking.order.resize(scores.size());
    std::iota(ranking.order.begin(), ranking.order.end(), 0);
    std::stable_sort(ranking.order.begin(), ranking.order.end(),
                     [&scores](int a, int b) { return scores[size_t(a)] > scores[size_t(b)]; });
    ranking.scores = std::move(scores);
    return ranking;
}

int Ranking::rankOf(int alternative) const
{
    const auto it = std::find(order.begin(), order.end(), alternative);
    return it == order.end() ? 0 : int(it - order.begin()) + 1;
}

QDebug operator<<(QDebug debug, const Ranking &ranking)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Ranking(";
    for (size_t i = 0; i < ranking.order.size(); ++i) {
        const int alternative = ranking.order[i];
        debug << (i ? ", " : "") << "#" << alternative << "=" << ranking.scores[size_t(alternative)];
    }
    debug << ")";
    return debug;
}

char *toString(const Ranking &ranking) { return debugCString(ranking); }

} // namespace tw::evaluation
