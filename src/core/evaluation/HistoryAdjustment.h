#pragma once

#include <QDebug>
#include <QtGlobal>

#include <optional>

namespace tw::evaluation {

/** What a vendor delivered against one promise (one metric, one priority), from its ticket history. */
struct DeliveryRecord
{
    std::optional<double> medianMinutes;     ///< delivered median
    std::optional<double> p90Minutes;        ///< delivered P90 (met in 90 % of cases)
    std::optional<double> attainmentPercent; ///< % of tickets within the promised target, 0..100
    qint64 tickets = 0;                      ///< tickets behind the figures; 0 = no history

    bool operator==(const DeliveryRecord &other) const
    {
        return medianMinutes == other.medianMinutes && p90Minutes == other.p90Minutes &&
               attainmentPercent == other.attainmentPercent && tickets == other.tickets;
    }
    bool operator!=(const DeliveryRecord &other) const { return !(*this == other); }
};

/** Assumptions used where history is missing or thin. */
struct HistoryPolicy
{
    double assumedAttainment = 0.90; ///< a promise without history is taken as kept 90 % of the time
    double defaultSigma = 0.5;       ///< log-scale spread of durations without enough history
    double credibilityTickets = 20;  ///< k in the credibility weight n / (n + k)

    bool operator==(const HistoryPolicy &other) const
    {
        return assumedAttainment == other.assumedAttainment && defaultSigma == other.defaultSigma &&
               credibilityTickets == other.credibilityTickets;
    }
    bool operator!=(const HistoryPolicy &other) const { return !(*this == other); }
};

/** Which evidence fixed the delivered-duration distribution. */
enum class DurationBasis { None, Promise, AttainmentAndP90, MedianAndP90, Attainment, P90 };

/** A lognormal duration: expected minutes and log-scale spread, with how it was derived. */
struct ExpectedDuration
{
    double meanMinutes = 0;
    double sigma = 0;       ///< standard deviation of ln(duration)
    double credibility = 0; ///< weight of the history against the promise-only prior, 0..1
    DurationBasis basis = DurationBasis::None;

    /** meanMinutes / promised: 1.0 delivers the promise's own length on average. */
    double factor(double promisedMinutes) const { return promisedMinutes > 0 ? meanMinutes / promisedMinutes : 0; }
    /** The p-quantile of the lognormal, minutes. */
    double quantile(double p) const;

    bool operator==(const ExpectedDuration &other) const
    {
        return meanMinutes == other.meanMinutes && sigma == other.sigma && credibility == other.credibility &&
               basis == other.basis;
    }
    bool operator!=(const ExpectedDuration &other) const { return !(*this == other); }
};

/**
 * Expected time from a promise corrected by measured delivery (docs/evaluation.md, "History
 * adjustment"). Delivered durations are lognormal. The promise alone places the target at the
 * assumed attainment quantile; history fits the lognormal through two quantiles (target at the
 * measured attainment and the P90, or the median and the P90); the two are blended by credibility.
 */
class HistoryAdjustment
{
public:
    static ExpectedDuration expected(double promisedMinutes, const DeliveryRecord &record,
                                     const HistoryPolicy &policy = {});
};

QString durationBasisName(DurationBasis basis); ///< "promise", "attainment_p90"...
QDebug operator<<(QDebug debug, const ExpectedDuration &duration);
char *toString(const ExpectedDuration &duration);

} // namespace tw::evaluation
