#include "TcoSimulation.h"

#include "core/model/DebugString.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <random>
#include <thread>
#include <vector>

namespace tw::evaluation {

namespace {

struct ChunkSums
{
    double total = 0;
    double downtime = 0;
    double tm = 0;
    double credits = 0;
};

/** Lognormal sampler with a given mean (mu = ln(mean) - sigma^2 / 2); fixed value when sigma is 0. */
class DurationSampler
{
public:
    explicit DurationSampler(const DurationModel &model)
        : m_fixed(model.meanHours > 0 ? model.meanHours : 0.0), m_random(model.meanHours > 0 && model.sigma > 0),
          m_distribution(m_random ? std::log(model.meanHours) - model.sigma * model.sigma / 2 : 0.0,
                         m_random ? model.sigma : 1.0)
    {}
    double operator()(std::mt19937_64 &engine) { return m_random ? m_distribution(engine) : m_fixed; }

private:
    double m_fixed;
    bool m_random;
    std::lognormal_distribution<double> m_distribution;
};

// Per-year constants shared by every trial.
struct YearPlan
{
    double discount = 0;   ///< mid-year factor for incident costs
    double monthlyFee = 0; ///< credits are a share of it
    double creditCap = 0;  ///< yearly cap on credits (infinite when none)
};

void simulateChunk(const TcoInputs &inputs, const std::vector<YearPlan> &plan, double contract, quint64 seed,
                   qint64 first, qint64 count, double *totals, ChunkSums *sums)
{
    std::mt19937_64 engine(seed);
    std::poisson_distribution<int> failures(std::max(TcoModel::failuresPerYear(inputs), 0.0));
    std::uniform_real_distribution<double> moment(0.0, 168.0);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    DurationSampler arrival(inputs.arrival);
    DurationSampler repair(inputs.repair);
    const bool hasFailures = TcoModel::failuresPerYear(inputs) > 0;

    for (qint64 trial = 0; trial < count; ++trial) {
        double downtime = 0;
        double tm = 0;
        double credits = 0;
        for (const YearPlan &year : plan) {
            const int incidents = hasFailures ? failures(engine) : 0;
            double yearDowntime = 0;
            double yearTm = 0;
            double yearCredits = 0;
            for (int i = 0; i < incidents; ++i) {
                const double wait = inputs.coverage.waitHoursAt(moment(engine));
                double clock = arrival(engine);
                if (unit(engine) < inputs.partsNeededProbability)
                    clock += inputs.partsDelayHours;
                clock += repair(engine);
                yearDowntime += (wait + clock) * inputs.downtimeCostPerHour;
                if (unit(engine) < inputs.excludedFraction)
                    yearTm += inputs.tmCostPerIncident;
                else
                    yearCredits += TcoModel::incidentCredit(inputs.credits, clock, year.monthlyFee);
            }
            downtime += year.discount * yearDowntime;
            tm += year.discount * yearTm;
            credits += year.discount * std::min(yearCredits, year.creditCap);
        }
        const double total = contract + downtime + tm - credits;
        totals[first + trial] = total;
        sums->total += total;
        sums->downtime += downtime;
        sums->tm += tm;
        sums->credits += credits;
    }
}

// Linear interpolation between closest ranks (the same definition as the history statistics).
double quantileOfSorted(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return 0;
    const double position = q * double(sorted.size() - 1);
    const size_t below = size_t(std::floor(position));
    const size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - double(below)) * (sorted[above] - sorted[below]);
}

} // namespace

TcoDistribution TcoSimulation::run(const TcoInputs &inputs, const MonteCarloSettings &settings)
{
    TcoDistribution result;
    const qint64 trials = std::max<qint64>(settings.trials, 0);
    result.trials = trials;
    if (trials == 0)
        return result;

    std::vector<YearPlan> plan;
    double contract = 0;
    for (int year = 0; year < inputs.years; ++year) {
        const double fee =
            ContractCost::yearFee(inputs.pricePerServerYear, inputs.servers, inputs.priceAdjustment, year);
        contract += fee * ContractCost::discountFactor(inputs.discountRate, year);
        YearPlan entry;
        entry.discount = TcoModel::midYearDiscount(inputs, year);
        entry.monthlyFee = fee / 12.0;
        entry.creditCap = inputs.credits.capPercentOfAnnualFee > 0 ? inputs.credits.capPercentOfAnnualFee / 100.0 * fee
                                                                   : std::numeric_limits<double>::infinity();
        plan.push_back(entry);
    }

    const qint64 chunkSize = std::max(settings.chunkSize, 1);
    const qint64 chunks = (trials + chunkSize - 1) / chunkSize;
    std::vector<double> totals(static_cast<size_t>(trials), 0.0);
    std::vector<ChunkSums> sums(static_cast<size_t>(chunks));
    std::atomic<qint64> nextChunk{0};
    auto worker = [&]() {
        for (qint64 chunk = nextChunk++; chunk < chunks; chunk = nextChunk++) {
            const qint64 first = chunk * chunkSize;
            simulateChunk(inputs, plan, contract, settings.seed + quint64(chunk), first,
                          std::min(chunkSize, trials - first), totals.data(), &sums[size_t(chunk)]);
        }
    };
    const unsigned hardware = std::max(std::thread::hardware_concurrency(), 1u);
    const qint64 threadCount = std::min<qint64>(settings.threads > 0 ? settings.threads : qint64(hardware), chunks);
    std::vector<std::thread> threads;
    for (qint64 i = 1; i < threadCount; ++i)
        threads.emplace_back(worker);
    worker(); // the calling thread works too
    for (std::thread &thread : threads)
        thread.join();

    // Sum chunk by chunk in chunk order: the floating-point result must not depend on which
    // thread finished first.
    ChunkSums total;
    for (const ChunkSums &chunk : sums) {
        total.total += chunk.total;
        total.downtime += chunk.downtime;
        total.tm += chunk.tm;
        total.credits += chunk.credits;
    }
    const double n = double(trials);
    result.mean = total.total / n;
    result.breakdown.contract = contract;
    result.breakdown.downtime = total.downtime / n;
    result.breakdown.tm = total.tm / n;
    result.breakdown.credits = total.credits / n;
    double squares = 0;
    for (double value : totals)
        squares += (value - result.mean) * (value - result.mean);
    result.standardError = trials > 1 ? std::sqrt(squares / (n - 1)) / std::sqrt(n) : 0.0;
    std::sort(totals.begin(), totals.end());
    result.p50 = quantileOfSorted(totals, 0.5);
    result.p90 = quantileOfSorted(totals, 0.9);
    return result;
}

QDebug operator<<(QDebug debug, const TcoDistribution &distribution)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "TcoDistribution(mean " << distribution.mean << " +- " << distribution.standardError << ", P50 "
                    << distribution.p50 << ", P90 " << distribution.p90 << ", " << distribution.breakdown << ", "
                    << distribution.trials << " trials)";
    return debug;
}

char *toString(const TcoDistribution &distribution) { return debugCString(distribution); }

} // namespace tw::evaluation
