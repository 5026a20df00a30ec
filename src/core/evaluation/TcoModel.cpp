#include "TcoModel.h"

#include "core/model/DebugString.h"

#include <algorithm>

namespace tw::evaluation {

bool TcoInputs::operator==(const TcoInputs &other) const
{
    return servers == other.servers && annualFailureRate == other.annualFailureRate &&
           downtimeCostPerHour == other.downtimeCostPerHour && years == other.years &&
           discountRate == other.discountRate && pricePerServerYear == other.pricePerServerYear &&
           priceAdjustment == other.priceAdjustment && coverage == other.coverage && arrival == other.arrival &&
           repair == other.repair && partsNeededProbability == other.partsNeededProbability &&
           partsDelayHours == other.partsDelayHours && excludedFraction == other.excludedFraction &&
           tmCostPerIncident == other.tmCostPerIncident && credits == other.credits;
}

double TcoModel::expectedClockHours(const TcoInputs &inputs)
{
    return inputs.arrival.meanHours + inputs.partsNeededProbability * inputs.partsDelayHours + inputs.repair.meanHours;
}

double TcoModel::expectedOutageHours(const TcoInputs &inputs)
{
    return inputs.coverage.expectedWaitHours() + expectedClockHours(inputs);
}

double TcoModel::incidentCredit(const CreditTerms &terms, double clockHours, double monthlyFee)
{
    const double late = clockHours - terms.targetHours;
    if (late <= 0 || terms.isEmpty())
        return 0;
    double percent = terms.percentPerIncident + terms.percentPerHourLate * late;
    if (terms.capPercentPerIncident > 0)
        percent = std::min(percent, terms.capPercentPerIncident);
    return percent / 100.0 * monthlyFee;
}

double TcoModel::midYearDiscount(const TcoInputs &inputs, int year)
{
    return ContractCost::discountFactor(inputs.discountRate, year + 0.5);
}

TcoBreakdown TcoModel::expected(const TcoInputs &inputs)
{
    TcoBreakdown breakdown;
    const double failures = failuresPerYear(inputs);
    const double outage = expectedOutageHours(inputs);
    const double clock = expectedClockHours(inputs);
    for (int year = 0; year < inputs.years; ++year) {
        const double fee =
            ContractCost::yearFee(inputs.pricePerServerYear, inputs.servers, inputs.priceAdjustment, year);
        breakdown.contract += fee * ContractCost::discountFactor(inputs.discountRate, year);
        const double discount = midYearDiscount(inputs, year);
        breakdown.downtime += discount * failures * outage * inputs.downtimeCostPerHour;
        breakdown.tm += discount * failures * inputs.excludedFraction * inputs.tmCostPerIncident;
        double credits = failures * (1 - inputs.excludedFraction) * incidentCredit(inputs.credits, clock, fee / 12.0);
        if (inputs.credits.capPercentOfAnnualFee > 0)
            credits = std::min(credits, inputs.credits.capPercentOfAnnualFee / 100.0 * fee);
        breakdown.credits += discount * credits;
    }
    return breakdown;
}

QDebug operator<<(QDebug debug, const TcoBreakdown &breakdown)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "TcoBreakdown(contract " << breakdown.contract << ", downtime " << breakdown.downtime << ", tm "
                    << breakdown.tm << ", credits " << breakdown.credits << ", total " << breakdown.total() << ")";
    return debug;
}

char *toString(const TcoBreakdown &breakdown) { return debugCString(breakdown); }

} // namespace tw::evaluation
