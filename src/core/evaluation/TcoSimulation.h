#pragma once

#include "TcoModel.h"

#include <QDebug>
#include <QtGlobal>

namespace tw::evaluation {

/** Monte Carlo settings: trials, seed and how the work is split. */
struct MonteCarloSettings
{
    qint64 trials = 100000;
    quint64 seed = 1;
    int threads = 0;      ///< 0 = one per hardware thread; the result does not depend on it
    int chunkSize = 8192; ///< trials per chunk; chunk c has its own generators, keyed by (seed, c)

    bool operator==(const MonteCarloSettings &other) const
    {
        return trials == other.trials && seed == other.seed && threads == other.threads && chunkSize == other.chunkSize;
    }
    bool operator!=(const MonteCarloSettings &other) const { return !(*this == other); }
};

/** The simulated TCO distribution of one vendor in one tier. */
struct TcoDistribution
{
    double mean = 0;
    double p50 = 0;
    double p90 = 0;
    double standardError = 0; ///< of the mean: sample standard deviation / sqrt(trials)
    TcoBreakdown breakdown;   ///< mean of each component
    qint64 trials = 0;

    bool operator==(const TcoDistribution &other) const
    {
        return mean == other.mean && p50 == other.p50 && p90 == other.p90 && standardError == other.standardError &&
               breakdown == other.breakdown && trials == other.trials;
    }
    bool operator!=(const TcoDistribution &other) const { return !(*this == other); }
};

/**
 * Samples the TCO model: per trial and year a Poisson number of incidents, each at a uniform
 * moment of the week (calendar wait from the coverage window), lognormal arrival and repair
 * times, a Bernoulli parts delay and a Bernoulli exclusion (T&M instead of credits).
 * Reproducible: trials are split into fixed chunks with their own generators, so the result is
 * the same for any number of threads. Common random numbers: incident counts, moments, parts
 * needs, exclusions and the standard normal shocks of the durations come from separate streams,
 * so every offer simulated with the same seed and failure rate sees the same failures.
 */
class TcoSimulation
{
public:
    static TcoDistribution run(const TcoInputs &inputs, const MonteCarloSettings &settings);
};

QDebug operator<<(QDebug debug, const TcoDistribution &distribution);
char *toString(const TcoDistribution &distribution);

} // namespace tw::evaluation
