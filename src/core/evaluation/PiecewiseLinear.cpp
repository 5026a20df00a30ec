#include "PiecewiseLinear.h"

#include "core/model/DebugString.h"

#include <algorithm>

namespace tw::evaluation {

PiecewiseLinear::PiecewiseLinear(std::vector<std::pair<double, double>> points) : m_points(std::move(points))
{
    std::sort(m_points.begin(), m_points.end());
}

PiecewiseLinear PiecewiseLinear::between(double ideal, double worst)
{
    if (ideal == worst) // degenerate scale: meeting the value is all that counts
        return PiecewiseLinear({{ideal, 1.0}});
    return PiecewiseLinear({{ideal, 1.0}, {worst, 0.0}});
}

double PiecewiseLinear::operator()(double value) const
{
    if (m_points.empty())
        return 0;
    if (m_points.size() == 1)
        return m_points.front().second;
    if (value <= m_points.front().first)
        return m_points.front().second;
    if (value >= m_points.back().first)
        return m_points.back().second;
    const auto upper = std::upper_bound(m_points.begin(), m_points.end(), value,
                                        [](double v, const std::pair<double, double> &p) { return v < p.first; });
    const auto lower = upper - 1;
    const double fraction = (value - lower->first) / (upper->first - lower->first);
    return lower->second + fraction * (upper->second - lower->second);
}

QDebug operator<<(QDebug debug, const PiecewiseLinear &function)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "PiecewiseLinear(";
    bool first = true;
    for (const auto &point : function.points()) {
        debug << (first ? "" : ", ") << point.first << "->" << point.second;
        first = false;
    }
    debug << ")";
    return debug;
}

char *toString(const PiecewiseLinear &function) { return debugCString(function); }

} // namespace tw::evaluation
