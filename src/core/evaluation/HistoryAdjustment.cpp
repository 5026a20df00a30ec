#include "HistoryAdjustment.h"

#include "NormalQuantile.h"
#include "core/model/DebugString.h"

#include <algorithm>
#include <cmath>

namespace tw::evaluation {

namespace {

constexpr double kMinSigma = 0.05;
constexpr double kMaxSigma = 3.0;

double clampSigma(double sigma) { return std::clamp(sigma, kMinSigma, kMaxSigma); }
// Attainment of 0 % or 100 % would put the target at an infinite quantile.
double clampProbability(double p) { return std::clamp(p, 0.005, 0.995); }

double lognormalMean(double mu, double sigma) { return std::exp(mu + sigma * sigma / 2); }

struct Fit
{
    double mean = 0;
    double sigma = 0;
    DurationBasis basis = DurationBasis::None;
};

// The lognormal through the quantiles (q1 at p1) and (q2 at p2): sigma from the spread in z.
std::optional<Fit> fitTwoQuantiles(double q1, double p1, double q2, double p2, DurationBasis basis)
{
    const double z1 = normalQuantile(p1);
    const double z2 = normalQuantile(p2);
    if (!(q1 > 0) || !(q2 > 0) || std::abs(z2 - z1) < 0.1)
        return std::nullopt; // the two points are (almost) the same quantile: no spread information
    const double sigma = (std::log(q2) - std::log(q1)) / (z2 - z1);
    if (!(sigma > 0))
        return std::nullopt; // contradictory evidence (e.g. P90 below a target missed 30 % of the time)
    const double clamped = clampSigma(sigma);
    const double mu = std::log(q2) - clamped * z2;
    return Fit{lognormalMean(mu, clamped), clamped, basis};
}

Fit fitOneQuantile(double q, double p, double sigma, DurationBasis basis)
{
    const double mu = std::log(q) - sigma * normalQuantile(p);
    return Fit{lognormalMean(mu, sigma), sigma, basis};
}

std::optional<Fit> fitHistory(double promised, const DeliveryRecord &record, const HistoryPolicy &policy)
{
    const double p90 = 0.9; // the probability level of a P90
    if (record.attainmentPercent && record.p90Minutes && promised > 0) {
        if (auto fit = fitTwoQuantiles(promised, clampProbability(*record.attainmentPercent / 100.0),
                                       *record.p90Minutes, p90, DurationBasis::AttainmentAndP90))
            return fit;
    }
    if (record.medianMinutes && record.p90Minutes) {
        if (auto fit =
                fitTwoQuantiles(*record.medianMinutes, 0.5, *record.p90Minutes, p90, DurationBasis::MedianAndP90))
            return fit;
    }
    if (record.attainmentPercent && promised > 0)
        return fitOneQuantile(promised, clampProbability(*record.attainmentPercent / 100.0), policy.defaultSigma,
                              DurationBasis::Attainment);
    if (record.p90Minutes && *record.p90Minutes > 0)
        return fitOneQuantile(*record.p90Minutes, p90, policy.defaultSigma, DurationBasis::P90);
    return std::nullopt;
}

} // namespace

double ExpectedDuration::quantile(double p) const
{
    if (!(meanMinutes > 0))
        return 0;
    const double mu = std::log(meanMinutes) - sigma * sigma / 2;
    return std::exp(mu + sigma * normalQuantile(p));
}

ExpectedDuration HistoryAdjustment::expected(double promisedMinutes, const DeliveryRecord &record,
                                             const HistoryPolicy &policy)
{
    ExpectedDuration result;
    std::optional<Fit> prior;
    if (promisedMinutes > 0) {
        prior = fitOneQuantile(promisedMinutes, clampProbability(policy.assumedAttainment),
                               clampSigma(policy.defaultSigma), DurationBasis::Promise);
    }
    const std::optional<Fit> history = record.tickets > 0 ? fitHistory(promisedMinutes, record, policy) : std::nullopt;
    if (!history) {
        if (prior) {
            result.meanMinutes = prior->mean;
            result.sigma = prior->sigma;
            result.basis = DurationBasis::Promise;
        }
        return result;
    }
    // Credibility weighting (Buhlmann-style n / (n + k)): a handful of tickets moves the promise a
    // little, hundreds of tickets replace it.
    const double weight = prior ? double(record.tickets) / (double(record.tickets) + policy.credibilityTickets) : 1.0;
    result.credibility = weight;
    result.basis = history->basis;
    result.meanMinutes = weight * history->mean + (prior ? (1 - weight) * prior->mean : 0.0);
    result.sigma = weight * history->sigma + (prior ? (1 - weight) * prior->sigma : 0.0);
    return result;
}

QString durationBasisName(DurationBasis basis)
{
    switch (basis) {
    case DurationBasis::None:
        return QStringLiteral("none");
    case DurationBasis::Promise:
        return QStringLiteral("promise");
    case DurationBasis::AttainmentAndP90:
        return QStringLiteral("attainment_p90");
    case DurationBasis::MedianAndP90:
        return QStringLiteral("median_p90");
    case DurationBasis::Attainment:
        return QStringLiteral("attainment");
    case DurationBasis::P90:
        return QStringLiteral("p90");
    }
    return {};
}

QDebug operator<<(QDebug debug, const ExpectedDuration &duration)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "ExpectedDuration(" << duration.meanMinutes << " min, sigma " << duration.sigma << ", "
                              << durationBasisName(duration.basis) << ", credibility " << duration.credibility << ")";
    return debug;
}

char *toString(const ExpectedDuration &duration) { return debugCString(duration); }

} // namespace tw::evaluation
