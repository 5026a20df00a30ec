#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace tw::history {

/** Summary of one duration metric over a set of tickets, in minutes. */
struct DurationStats
{
    qint64 count = 0;
    double mean = 0;
    double median = 0;
    double p90 = 0; ///< linear interpolation between closest ranks, as pandas' quantile(0.9)
    double max = 0;
    std::optional<double> target;     ///< promised minutes, when a target was given
    std::optional<double> attainment; ///< % of tickets at or within the target
    std::optional<qint64> breaches;   ///< tickets over the target
};

/**
 * Computes the statistics of durations given in seconds (the vector is reordered). targetSeconds
 * adds attainment and breaches.
 */
DurationStats computeDurationStats(std::vector<qint64> &seconds, std::optional<qint64> targetSeconds);

/** The q-quantile (0..1) of sorted-or-not values with linear interpolation; reorders the values. */
double quantile(std::vector<qint64> &values, double q);

} // namespace tw::history
