#pragma once

#include <QDebug>

#include <utility>
#include <vector>

namespace tw::evaluation {

/**
 * A utility function through breakpoints (value, utility), linear in between and flat outside:
 * the value function of a numeric criterion (docs/evaluation.md, "Value functions").
 */
class PiecewiseLinear
{
public:
    PiecewiseLinear() = default;
    /** Breakpoints in any order; values must differ. Utilities are not required to be monotone. */
    explicit PiecewiseLinear(std::vector<std::pair<double, double>> points);
    /** Utility 1 at ideal, 0 at worst acceptable, linear between: works for both directions. */
    static PiecewiseLinear between(double ideal, double worst);

    /** The utility of a raw value; 0 when there are no breakpoints. */
    double operator()(double value) const;
    const std::vector<std::pair<double, double>> &points() const { return m_points; }

    bool operator==(const PiecewiseLinear &other) const { return m_points == other.m_points; }
    bool operator!=(const PiecewiseLinear &other) const { return !(*this == other); }

private:
    std::vector<std::pair<double, double>> m_points; ///< sorted by value
};

QDebug operator<<(QDebug debug, const PiecewiseLinear &function);
char *toString(const PiecewiseLinear &function);

} // namespace tw::evaluation
