#include "DurationStats.h"

#include <algorithm>
#include <cmath>

namespace tw::history {

namespace {
double minutes(double seconds) { return seconds / 60.0; }
} // namespace

double quantile(std::vector<qint64> &values, double q)
{
    if (values.empty())
        return 0;
    const double position = q * double(values.size() - 1);
    const size_t lower = size_t(std::floor(position));
    const double weight = position - double(lower);
    std::nth_element(values.begin(), values.begin() + qint64(lower), values.end());
    const double low = double(values[lower]);
    if (weight == 0 || lower + 1 >= values.size())
        return low;
    // The next order statistic is the smallest value above the lower one's position.
    const double high = double(*std::min_element(values.begin() + qint64(lower) + 1, values.end()));
    return low + (high - low) * weight;
}

DurationStats computeDurationStats(std::vector<qint64> &seconds, std::optional<qint64> targetSeconds)
{
    DurationStats stats;
    stats.count = qint64(seconds.size());
    if (targetSeconds)
        stats.target = minutes(double(*targetSeconds));
    if (seconds.empty())
        return stats;
    long double sum = 0;
    qint64 maximum = seconds.front();
    qint64 breaches = 0;
    for (qint64 value : seconds) {
        sum += value;
        maximum = std::max(maximum, value);
        if (targetSeconds && value > *targetSeconds)
            ++breaches;
    }
    stats.mean = minutes(double(sum / (long double)seconds.size()));
    stats.max = minutes(double(maximum));
    stats.median = minutes(quantile(seconds, 0.5));
    stats.p90 = minutes(quantile(seconds, 0.9));
    if (targetSeconds) {
        stats.breaches = breaches;
        stats.attainment = 100.0 * double(stats.count - breaches) / double(stats.count);
    }
    return stats;
}

} // namespace tw::history
