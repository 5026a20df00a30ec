#include "TcoSimulation.h"

#include "core/model/DebugString.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <thread>
#include <vector>

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#include <immintrin.h>
#endif

namespace tw::evaluation {

namespace {

struct ChunkSums
{
    double total = 0;
    double downtime = 0;
    double tm = 0;
    double credits = 0;
};

// SplitMix64's finaliser: a bijective 64-bit mix, used to key the generators by (seed, chunk).
quint64 mix64(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/**
 * xoshiro256++ (Blackman & Vigna 2019): 256 bits of state, about 1 ns a draw, passes BigCrush;
 * several times cheaper than mt19937_64 and it does not need 2.5 kB of state per stream.
 */
class Xoshiro256
{
public:
    using result_type = quint64; // a UniformRandomBitGenerator for the large-lambda fallback
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return ~result_type(0); }

    explicit Xoshiro256(quint64 *splitMixState)
    {
        for (quint64 &word : m_s)
            word = mix64(*splitMixState += 0x9E3779B97F4A7C15ULL);
    }
    result_type operator()()
    {
        const quint64 result = rotl(m_s[0] + m_s[3], 23) + m_s[0];
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    /** Uniform on [0, 1) with 53 random bits. */
    double uniform() { return double(qint64((*this)() >> 11)) * 0x1.0p-53; } // signed: one cvtsi2sd

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

/**
 * Tables of the 256-layer ziggurat for the standard normal (Marsaglia & Tsang 2000, with 52-bit
 * mantissas as in numpy): one 64-bit draw, a multiply and a compare 99 % of the time, against
 * a log and a sqrt per pair (and a rejection loop) for std::normal_distribution.
 */
struct ZigguratTables
{
    static constexpr double r = 3.6541528853610088;  // start of the tail
    static constexpr double area = 4.92867323399e-3; // of each layer
    quint64 k[256];
    double w[256];
    double f[256];

    ZigguratTables()
    {
        const double m = 0x1.0p52;
        double dn = r;
        double tn = dn;
        const double q = area / std::exp(-0.5 * dn * dn);
        k[0] = quint64(dn / q * m);
        k[1] = 0;
        w[0] = q / m;
        w[255] = dn / m;
        f[0] = 1.0;
        f[255] = std::exp(-0.5 * dn * dn);
        for (int i = 254; i >= 1; --i) {
            dn = std::sqrt(-2.0 * std::log(area / dn + std::exp(-0.5 * dn * dn)));
            k[i + 1] = quint64(dn / tn * m);
            tn = dn;
            f[i] = std::exp(-0.5 * dn * dn);
            w[i] = dn / m;
        }
    }
};

const ZigguratTables &zigguratTables()
{
    static const ZigguratTables tables; // thread-safe initialisation, computed once
    return tables;
}

// The 1 % of ziggurat draws outside the layer's rectangle: the wedge test, the tail, or a new draw.
Q_NEVER_INLINE double standardNormalSlow(Xoshiro256 &engine, const ZigguratTables &table, quint64 bits)
{
    for (;;) {
        const int layer = int(bits & 0xff);
        bits >>= 8;
        const bool negative = bits & 1;
        const quint64 magnitude = (bits >> 1) & 0x000fffffffffffffULL;
        double x = double(qint64(magnitude)) * table.w[layer];
        if (negative)
            x = -x;
        if (magnitude < table.k[layer])
            return x; // inside the layer's rectangle
        if (layer == 0) {
            // The tail beyond r (Marsaglia 1964); 1 - U keeps log away from 0.
            for (;;) {
                const double xx = -std::log1p(-engine.uniform()) / ZigguratTables::r;
                const double yy = -std::log1p(-engine.uniform());
                if (yy + yy > xx * xx)
                    return ((magnitude >> 8) & 1) ? -(ZigguratTables::r + xx) : ZigguratTables::r + xx;
            }
        }
        if ((table.f[layer - 1] - table.f[layer]) * engine.uniform() + table.f[layer] < std::exp(-0.5 * x * x))
            return x;
        bits = engine();
    }
}

/**
 * Standard normals for n incidents: arrival shocks from one stream, repair shocks from another,
 * drawn in the same loop so the two generators' dependency chains overlap. Each generator is
 * copied to a local whose address is never taken, so its state stays in registers; only the rare
 * slow path goes through the stream object (passing the local by reference would keep the state
 * in memory for every draw: 3x slower).
 */
void fillNormals(Xoshiro256 &firstStream, Xoshiro256 &secondStream, const ZigguratTables &table, double *first,
                 double *second, size_t n)
{
    Xoshiro256 firstLocal = firstStream;
    Xoshiro256 secondLocal = secondStream;
    const auto draw = [&table](Xoshiro256 &local, Xoshiro256 &stream) {
        const quint64 bits = local();
        const int layer = int(bits & 0xff);
        const quint64 magnitude = (bits >> 9) & 0x000fffffffffffffULL;
        if (magnitude < table.k[layer]) {
            const double x = double(qint64(magnitude)) * table.w[layer]; // < 2^52: the signed conversion is exact
            // The sign from bit 8, copied into the sign bit: a branch on it mispredicts half the time.
            quint64 xBits;
            std::memcpy(&xBits, &x, sizeof xBits);
            xBits ^= (bits & 0x100) << 55;
            double signedX;
            std::memcpy(&signedX, &xBits, sizeof signedX);
            return signedX;
        }
        stream = local;
        const double x = standardNormalSlow(stream, table, bits);
        local = stream;
        return x;
    };
    for (size_t i = 0; i < n; ++i) {
        first[i] = draw(firstLocal, firstStream);
        second[i] = draw(secondLocal, secondStream);
    }
    firstStream = firstLocal;
    secondStream = secondLocal;
}

/**
 * exp for |x| <= 700 without a call: x = k ln2 + r (Cody-Waite), exp(r) by its Taylor series to
 * degree 13 (truncation < 5e-18 on |r| <= ln2 / 2), times 2^k built in the exponent bits. About
 * 1 ulp, branch-free, so the incident loop vectorises; libm's exp is a call per value (and an AVX
 * function called from SSE code, see clearUpperVectorState).
 */
inline double exponential(double x)
{
    constexpr double log2e = 1.4426950408889634;
    constexpr double ln2Hi = 6.93147180369123816490e-01; // 32 significant bits: k * ln2Hi is exact
    constexpr double ln2Lo = 1.90821492927058770002e-10;
    constexpr double shifter = 0x1.8p52; // adding it rounds to an integer, kept in the low bits
    const double shifted = x * log2e + shifter;
    const double k = shifted - shifter;
    const double r = (x - k * ln2Hi) - k * ln2Lo;
    double p = 1.0 / 6227020800.0; // 1/13!
    p = p * r + 1.0 / 479001600.0;
    p = p * r + 1.0 / 39916800.0;
    p = p * r + 1.0 / 3628800.0;
    p = p * r + 1.0 / 362880.0;
    p = p * r + 1.0 / 40320.0;
    p = p * r + 1.0 / 5040.0;
    p = p * r + 1.0 / 720.0;
    p = p * r + 1.0 / 120.0;
    p = p * r + 1.0 / 24.0;
    p = p * r + 1.0 / 6.0;
    p = p * r + 0.5;
    p = p * r + 1.0;
    p = p * r + 1.0;
    quint64 bits;
    std::memcpy(&bits, &shifted, sizeof bits);
    bits = (bits + 1023) << 52; // the low bits hold k (two's complement): 2^k
    double scale;
    std::memcpy(&scale, &bits, sizeof scale);
    return p * scale;
}

/**
 * Poisson by inversion of a tabulated CDF with a guide table (Chen & Asau 1974): one uniform
 * and about one compare per draw, where std::poisson_distribution multiplies ~lambda uniforms.
 * The table spans the mode +- 12 standard deviations (+30), the mass left out is below 1e-30.
 * Rates too large to tabulate fall back to the standard library.
 */
class PoissonSampler
{
public:
    explicit PoissonSampler(double lambda) : m_lambda(std::max(lambda, 0.0)), m_fallback(lambda > 1e5 ? lambda : 1.0)
    {
        if (m_lambda <= 0 || m_lambda > 1e5)
            return;
        const double mode = std::floor(m_lambda);
        const double span = std::ceil(12.0 * std::sqrt(m_lambda)) + 30.0;
        m_first = int(std::max(0.0, mode - span));
        const int last = int(mode + span);
        std::vector<double> pmf(size_t(last - m_first + 1), 0.0);
        // Recurrences from the mode, where the mass is, so nothing underflows for large lambda.
        const size_t modeIndex = size_t(mode) - size_t(m_first);
        pmf[modeIndex] = std::exp(mode * std::log(m_lambda) - m_lambda - std::lgamma(mode + 1.0));
        for (size_t i = modeIndex; i + 1 < pmf.size(); ++i)
            pmf[i + 1] = pmf[i] * m_lambda / double(size_t(m_first) + i + 1);
        for (size_t i = modeIndex; i > 0; --i)
            pmf[i - 1] = pmf[i] * double(size_t(m_first) + i) / m_lambda;
        m_cdf.resize(pmf.size());
        double sum = 0;
        for (size_t i = 0; i < pmf.size(); ++i)
            m_cdf[i] = sum += pmf[i];
        m_guide.resize(m_cdf.size());
        size_t k = 0;
        for (size_t j = 0; j < m_guide.size(); ++j) {
            const double threshold = double(j) / double(m_guide.size());
            while (k + 1 < m_cdf.size() && m_cdf[k] <= threshold)
                ++k;
            m_guide[j] = int(k);
        }
    }

    int operator()(Xoshiro256 &engine)
    {
        if (m_cdf.empty())
            return m_lambda > 0 ? int(std::min(m_fallback(engine), qint64(std::numeric_limits<int>::max()))) : 0;
        const double u = engine.uniform();
        size_t k = size_t(m_guide[std::min(size_t(u * double(m_guide.size())), m_guide.size() - 1)]);
        while (k + 1 < m_cdf.size() && u >= m_cdf[k])
            ++k;
        return m_first + int(k);
    }

private:
    double m_lambda;
    int m_first = 0;
    std::vector<double> m_cdf;
    std::vector<int> m_guide;
    std::poisson_distribution<qint64> m_fallback;
};

/** Lognormal with a given mean (mu = ln(mean) - sigma^2 / 2) from a standard normal; fixed when sigma is 0. */
struct DurationSampler
{
    explicit DurationSampler(const DurationModel &model)
        : fixed(model.meanHours > 0 ? model.meanHours : 0.0), random(model.meanHours > 0 && model.sigma > 0),
          mu(random ? std::log(model.meanHours) - model.sigma * model.sigma / 2 : 0.0), sigma(model.sigma)
    {}
    /** Whether mu + sigma z stays within exponential()'s range for any z the ziggurat returns (|z| < 14). */
    bool fitsFastExp() const { return !random || std::abs(mu) + 14.0 * sigma <= 700.0; }

    double fixed;
    bool random;
    double mu;
    double sigma;
};

/**
 * CoverageWindow::waitHoursAt as a table: for each minute of the week the hour at which coverage
 * next starts (-inf inside coverage), so wait = max(next start - moment, 0) (incidentKernel): a load and a
 * subtraction instead of a floor, a division and three data-dependent branches. Exact at every
 * moment, since coverage changes only on whole minutes; a moment within an ulp below a minute
 * boundary may round into the next minute (probability ~1e-15 per incident).
 */
class CoverageWait
{
public:
    static constexpr int minutesPerWeek = 7 * 1440;

    explicit CoverageWait(const CoverageWindow &window) : m_nextStart(size_t(minutesPerWeek))
    {
        const int start = window.dayStartMinute;
        const int end = start + window.dayLengthMinutes;
        for (int minute = 0; minute < minutesPerWeek; ++minute) {
            const int day = minute / 1440;
            const int timeOfDay = minute % 1440;
            const bool workingDay = day < window.daysPerWeek;
            int nextStart; // minute of the week
            if (workingDay && timeOfDay >= start && timeOfDay < end)
                nextStart = -1; // covered
            else if (workingDay && timeOfDay < start)
                nextStart = day * 1440 + start;
            else
                nextStart = (day + 1 < window.daysPerWeek ? day + 1 : 7) * 1440 + start;
            m_nextStart[size_t(minute)] = nextStart < 0 ? -std::numeric_limits<double>::infinity() : nextStart / 60.0;
        }
    }
    const double *table() const { return m_nextStart.data(); }

private:
    std::vector<double> m_nextStart;
};

// Per-year constants shared by every trial.
struct YearPlan
{
    double discount = 0;   ///< mid-year factor for incident costs
    double monthlyFee = 0; ///< credits are a share of it
    double creditCap = 0;  ///< yearly cap on credits (infinite when none)
};

// Everything a chunk needs, computed once per run.
struct SimulationPlan
{
    const TcoInputs *inputs = nullptr;
    std::vector<YearPlan> years;
    double contract = 0;
    const ZigguratTables *ziggurat = nullptr;
    const CoverageWait *wait = nullptr;
};

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
__attribute__((target("avx"))) void zeroUpperAvx() { _mm256_zeroupper(); }
#endif

/**
 * Library code run before the evaluation in tierwise-cli (document loading; not identified) leaves
 * the upper halves of the AVX registers dirty, and new threads inherit that state. Then every switch
 * between SSE code (ours) and AVX code (libm's exp and log, our AVX2 clones) stalls: an exp called
 * from SSE code took 148 ns instead of 4 ns on the build machine, which made the old simulation 4x
 * slower in tierwise-cli than in a benchmark (demo evaluation 4 s). vzeroupper clears the state.
 */
void clearUpperVectorState()
{
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
    if (__builtin_cpu_supports("avx"))
        zeroUpperAvx();
#endif
}

// Per-incident constants of the kernel below.
struct IncidentModel
{
    DurationSampler arrival;
    DurationSampler repair;
    const CoverageWait *wait;
    double partsProbability;
    double partsDelay;
    double excludedFraction;
    bool hasCredits;
    CreditTerms credits;
    double creditCapPerIncident; ///< infinite when none

    IncidentModel(const TcoInputs &inputs, const CoverageWait *coverageWait)
        : arrival(inputs.arrival), repair(inputs.repair), wait(coverageWait),
          partsProbability(inputs.partsNeededProbability), partsDelay(inputs.partsDelayHours),
          excludedFraction(inputs.excludedFraction), hasCredits(!inputs.credits.isEmpty()), credits(inputs.credits),
          creditCapPerIncident(inputs.credits.capPercentPerIncident > 0 ? inputs.credits.capPercentPerIncident
                                                                        : std::numeric_limits<double>::infinity())
    {}
};

// Draws of a block of incidents, one array per quantity (structure of arrays: the kernel's loads
// are contiguous and it vectorises).
struct IncidentBlock
{
    std::vector<double> moment, partsDraw, excludedDraw, arrivalZ, repairZ; // inputs
    std::vector<double> outage, creditPercent, excluded;                    // outputs

    void resize(size_t n)
    {
        for (std::vector<double> *v :
             {&moment, &partsDraw, &excludedDraw, &arrivalZ, &repairZ, &outage, &creditPercent, &excluded})
            v->resize(n);
    }
};

// An AVX2 clone of the vectorised loops where the CPU has it (4 doubles a vector instead of 2),
// picked at load time. Without FMA (not implied by avx2), every clone computes the same bits.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define TW_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define TW_VECTOR_CLONES
#endif

// Durations of n incidents from their standard normals. Parameters are copied to locals: out
// could alias them as far as the compiler knows, which would stop the loop vectorising.
TW_VECTOR_CLONES void sampleDurations(const DurationSampler &sampler, const double *z, double *out, size_t n)
{
    const double mu = sampler.mu;
    const double sigma = sampler.sigma;
    if (!sampler.random) {
        std::fill(out, out + n, sampler.fixed);
    } else if (sampler.fitsFastExp()) {
        for (size_t i = 0; i < n; ++i)
            out[i] = exponential(mu + sigma * z[i]);
    } else {
        for (size_t i = 0; i < n; ++i)
            out[i] = std::exp(mu + sigma * z[i]);
    }
}

/**
 * Per incident: outage hours (calendar wait + arrival + parts + repair), whether it is excluded
 * (T&M) and its credit in percent of the month's fee (0 when excluded or on time). Branch-free
 * (selects, min/max, & instead of &&).
 */
TW_VECTOR_CLONES void incidentKernel(const IncidentModel &model, IncidentBlock &block, size_t n)
{
    double *arrival = block.outage.data();       // the outage array holds the arrival time first
    double *repair = block.creditPercent.data(); // and the credit array the repair time
    sampleDurations(model.arrival, block.arrivalZ.data(), arrival, n);
    sampleDurations(model.repair, block.repairZ.data(), repair, n);
    const double *moment = block.moment.data();
    const double *partsDraw = block.partsDraw.data();
    const double *excludedDraw = block.excludedDraw.data();
    double *excluded = block.excluded.data();
    const double partsProbability = model.partsProbability;
    const double partsDelay = model.partsDelay;
    const double excludedFraction = model.excludedFraction;
    const double target = model.credits.targetHours;
    const double flat = model.hasCredits ? model.credits.percentPerIncident : 0.0;
    const double perHour = model.hasCredits ? model.credits.percentPerHourLate : 0.0;
    const double cap = model.creditCapPerIncident;
    const double *nextStart = model.wait->table();
    for (size_t i = 0; i < n; ++i) {
        const double partsWait = partsDraw[i] < partsProbability ? partsDelay : 0.0;
        const double clock = (arrival[i] + partsWait) + repair[i];
        const double hourOfWeek = moment[i]; // CoverageWait, see there
        const int minute = std::min(int(hourOfWeek * 60.0), CoverageWait::minutesPerWeek - 1);
        const double wait = std::max(nextStart[minute] - hourOfWeek, 0.0);
        const double late = clock - target;
        const double percent = std::min(flat + perHour * late, cap);
        const bool isExcluded = excludedDraw[i] < excludedFraction;
        arrival[i] = wait + clock; // outage
        repair[i] = !isExcluded & (late > 0) ? percent : 0.0;
        excluded[i] = isExcluded ? 1.0 : 0.0;
    }
}

void simulateChunk(const SimulationPlan &plan, quint64 seed, qint64 chunk, qint64 first, qint64 count, double *totals,
                   ChunkSums *sums)
{
    const TcoInputs &inputs = *plan.inputs;
    // Five streams keyed by (seed, chunk): counts, moments, parts and exclusion draws, arrival
    // shocks, repair shocks. Each consumes a fixed number of values per trial-year or per
    // incident, so the same seed gives every offer of a tier the same failures (common random
    // numbers); separate streams also let the generators run in parallel within a loop.
    quint64 key = mix64(seed) ^ mix64(quint64(chunk) + 0x632BE59BD9B4E019ULL);
    Xoshiro256 countStream(&key);
    Xoshiro256 momentStream(&key);
    Xoshiro256 bernoulliStream(&key);
    Xoshiro256 arrivalStream(&key);
    Xoshiro256 repairStream(&key);
    PoissonSampler failures(TcoModel::failuresPerYear(inputs));
    const ZigguratTables &ziggurat = *plan.ziggurat;
    const IncidentModel model(inputs, plan.wait);
    const size_t years = plan.years.size();

    // Blocks of trials: their incidents are drawn, then computed array by array. About 4,096
    // incidents a block keeps the arrays in L2 (and bounded for huge failure rates); each stream is
    // read in order whatever the block size, so the block size does not change the result.
    const double incidentsPerTrial = TcoModel::failuresPerYear(inputs) * double(years);
    const qint64 blockTrials = qint64(std::clamp(4096.0 / (std::max(incidentsPerTrial, 0.0) + 1.0), 1.0, 128.0));
    std::vector<int> counts(size_t(blockTrials) * years);
    IncidentBlock block;
    for (qint64 blockFirst = 0; blockFirst < count; blockFirst += blockTrials) {
        const qint64 trialsInBlock = std::min(blockTrials, count - blockFirst);
        size_t incidents = 0;
        for (size_t cell = 0; cell < size_t(trialsInBlock) * years; ++cell) {
            counts[cell] = failures(countStream);
            incidents += size_t(counts[cell]);
        }
        if (block.moment.size() < incidents)
            block.resize(incidents);
        for (size_t i = 0; i < incidents; ++i) {
            block.moment[i] = 168.0 * momentStream.uniform();
            block.partsDraw[i] = bernoulliStream.uniform();
            block.excludedDraw[i] = bernoulliStream.uniform();
        }
        fillNormals(arrivalStream, repairStream, ziggurat, block.arrivalZ.data(), block.repairZ.data(), incidents);
        incidentKernel(model, block, incidents);

        size_t incident = 0;
        size_t cell = 0;
        for (qint64 trial = blockFirst; trial < blockFirst + trialsInBlock; ++trial) {
            double downtime = 0;
            double tm = 0;
            double credits = 0;
            for (const YearPlan &year : plan.years) {
                double outageHours = 0;
                double excluded = 0;
                double creditPercent = 0; // of the month's fee, summed over the year's covered incidents
                for (const size_t end = incident + size_t(counts[cell++]); incident < end; ++incident) {
                    outageHours += block.outage[incident];
                    excluded += block.excluded[incident];
                    creditPercent += block.creditPercent[incident];
                }
                downtime += year.discount * (outageHours * inputs.downtimeCostPerHour);
                tm += year.discount * (excluded * inputs.tmCostPerIncident);
                credits += year.discount * std::min(creditPercent / 100.0 * year.monthlyFee, year.creditCap);
            }
            const double total = plan.contract + downtime + tm - credits;
            totals[first + trial] = total;
            sums->total += total;
            sums->downtime += downtime;
            sums->tm += tm;
            sums->credits += credits;
        }
    }
}

// Linear interpolation between closest ranks (the same definition as the history statistics),
// with selection instead of a full sort: the values at ranks `below` and `below + 1`.
double quantileBySelection(std::vector<double> &values, size_t from, double q, size_t *below)
{
    const double position = q * double(values.size() - 1);
    *below = std::max(size_t(std::floor(position)), from);
    const auto nth = values.begin() + std::ptrdiff_t(*below);
    std::nth_element(values.begin() + std::ptrdiff_t(from), nth, values.end());
    if (*below + 1 >= values.size())
        return *nth;
    const double above = *std::min_element(nth + 1, values.end()); // everything after nth is >= it
    return *nth + (position - double(*below)) * (above - *nth);
}

} // namespace

TcoDistribution TcoSimulation::run(const TcoInputs &inputs, const MonteCarloSettings &settings)
{
    TcoDistribution result;
    const qint64 trials = std::max<qint64>(settings.trials, 0);
    result.trials = trials;
    if (trials == 0)
        return result;

    SimulationPlan plan;
    plan.inputs = &inputs;
    plan.ziggurat = &zigguratTables();
    const CoverageWait wait(inputs.coverage);
    plan.wait = &wait;
    for (int year = 0; year < inputs.years; ++year) {
        const double fee =
            ContractCost::yearFee(inputs.pricePerServerYear, inputs.servers, inputs.priceAdjustment, year);
        plan.contract += fee * ContractCost::discountFactor(inputs.discountRate, year);
        YearPlan entry;
        entry.discount = TcoModel::midYearDiscount(inputs, year);
        entry.monthlyFee = fee / 12.0;
        entry.creditCap = inputs.credits.capPercentOfAnnualFee > 0 ? inputs.credits.capPercentOfAnnualFee / 100.0 * fee
                                                                   : std::numeric_limits<double>::infinity();
        plan.years.push_back(entry);
    }

    const qint64 chunkSize = std::max(settings.chunkSize, 1);
    const qint64 chunks = (trials + chunkSize - 1) / chunkSize;
    std::vector<double> totals(static_cast<size_t>(trials));
    std::vector<ChunkSums> sums(static_cast<size_t>(chunks));
    std::atomic<qint64> nextChunk{0};
    auto worker = [&]() {
        clearUpperVectorState();
        for (qint64 chunk = nextChunk++; chunk < chunks; chunk = nextChunk++) {
            const qint64 first = chunk * chunkSize;
            simulateChunk(plan, settings.seed, chunk, first, std::min(chunkSize, trials - first), totals.data(),
                          &sums[size_t(chunk)]);
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
    result.breakdown.contract = plan.contract;
    result.breakdown.downtime = total.downtime / n;
    result.breakdown.tm = total.tm / n;
    result.breakdown.credits = total.credits / n;
    double squares = 0;
    for (double value : totals)
        squares += (value - result.mean) * (value - result.mean);
    result.standardError = trials > 1 ? std::sqrt(squares / (n - 1)) / std::sqrt(n) : 0.0;
    size_t medianRank = 0;
    size_t p90Rank = 0;
    result.p50 = quantileBySelection(totals, 0, 0.5, &medianRank);
    // Selection left everything above the median rank to its right: the P90 searches only there.
    result.p90 = quantileBySelection(totals, medianRank, 0.9, &p90Rank);
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
