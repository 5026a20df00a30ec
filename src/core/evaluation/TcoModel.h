#pragma once

#include "ContractCost.h"
#include "CoverageWindow.h"

#include <QDebug>

namespace tw::evaluation {

/** A lognormal duration component of an outage: mean hours and log-scale spread (0 = fixed). */
struct DurationModel
{
    double meanHours = 0;
    double sigma = 0.5;

    bool operator==(const DurationModel &other) const { return meanHours == other.meanHours && sigma == other.sigma; }
    bool operator!=(const DurationModel &other) const { return !(*this == other); }
};

/** Service credits for a late restore, in percent of the monthly fee. */
struct CreditTerms
{
    double targetHours = 0;           ///< restore target on the SLA clock; credits start after it
    double percentPerIncident = 0;    ///< flat credit for a late incident
    double percentPerHourLate = 0;    ///< e.g. 2 % of the monthly fee per hour late
    double capPercentPerIncident = 0; ///< e.g. 20 %; 0 = no cap
    double capPercentOfAnnualFee = 0; ///< yearly cap on all credits, % of the year's fee; 0 = none

    bool isEmpty() const { return percentPerIncident <= 0 && percentPerHourLate <= 0; }
    bool operator==(const CreditTerms &other) const
    {
        return targetHours == other.targetHours && percentPerIncident == other.percentPerIncident &&
               percentPerHourLate == other.percentPerHourLate && capPercentPerIncident == other.capPercentPerIncident &&
               capPercentOfAnnualFee == other.capPercentOfAnnualFee;
    }
    bool operator!=(const CreditTerms &other) const { return !(*this == other); }
};

/** Everything the risk-adjusted TCO of one vendor in one tier depends on. */
struct TcoInputs
{
    int servers = 0;
    double annualFailureRate = 0;   ///< incidents per server per year
    double downtimeCostPerHour = 0; ///< per incident-hour of outage
    int years = 3;
    double discountRate = 0; ///< per year, e.g. 0.05

    double pricePerServerYear = 0;
    PriceAdjustment priceAdjustment;

    CoverageWindow coverage;             ///< failures outside it wait for the next covered hour
    DurationModel arrival;               ///< report to engineer on site (history-adjusted)
    DurationModel repair;                ///< hands-on repair after arrival (history-adjusted)
    double partsNeededProbability = 0.5; ///< share of incidents that need a part
    double partsDelayHours = 0;          ///< extra wait for a part (partsDelayHours(locality))

    double excludedFraction = 0;  ///< share of incidents the contract excludes (billed as T&M)
    double tmCostPerIncident = 0; ///< T&M bill for one excluded incident

    CreditTerms credits;

    bool operator==(const TcoInputs &other) const;
    bool operator!=(const TcoInputs &other) const { return !(*this == other); }
};

/** TCO components over the horizon, present values in the evaluation's currency. */
struct TcoBreakdown
{
    double contract = 0;
    double downtime = 0;
    double tm = 0;
    double credits = 0; ///< subtracted from the total

    double total() const { return contract + downtime + tm - credits; }
    bool operator==(const TcoBreakdown &other) const
    {
        return contract == other.contract && downtime == other.downtime && tm == other.tm && credits == other.credits;
    }
    bool operator!=(const TcoBreakdown &other) const { return !(*this == other); }
};

/** The closed-form expectations of the TCO model (the Monte Carlo simulation samples the same model). */
class TcoModel
{
public:
    /** Expected incidents in the tier per year: servers x annual failure rate. */
    static double failuresPerYear(const TcoInputs &inputs) { return inputs.servers * inputs.annualFailureRate; }
    /** Expected hours the SLA clock runs per incident: arrival + parts + repair (no calendar wait). */
    static double expectedClockHours(const TcoInputs &inputs);
    /** Expected outage hours per incident: calendar wait + arrival + parts share x delay + repair. */
    static double expectedOutageHours(const TcoInputs &inputs);
    /** Credit for one covered incident whose SLA clock ran clockHours, given the month's fee. */
    static double incidentCredit(const CreditTerms &terms, double clockHours, double monthlyFee);
    /** Mid-year discount factor of year y: costs of failures fall on average in the middle of it. */
    static double midYearDiscount(const TcoInputs &inputs, int year);
    /**
     * Expected TCO. Contract, downtime and T&M are exact expectations; credits are evaluated at
     * the expected clock time (a point estimate: credits are not linear in duration; the
     * simulation gives their exact mean).
     */
    static TcoBreakdown expected(const TcoInputs &inputs);
};

QDebug operator<<(QDebug debug, const TcoBreakdown &breakdown);
char *toString(const TcoBreakdown &breakdown);

} // namespace tw::evaluation
