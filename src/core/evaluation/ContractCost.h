#pragma once

#include <QDebug>
#include <QString>

namespace tw::evaluation {

/** How a contract's price may change from year to year. */
enum class PriceAdjustmentKind { Fixed, Capped, Unbounded };

/** A price adjustment clause, as a yearly escalation rate for the TCO. */
struct PriceAdjustment
{
    PriceAdjustmentKind kind = PriceAdjustmentKind::Fixed;
    double capPercent = 0;               ///< Capped: the contractual maximum increase per year
    double assumedEscalationPercent = 8; ///< Unbounded: the increase the buyer should plan for

    /** Yearly escalation as a fraction: 0, the cap (the buyer's worst case), or the assumption. */
    double yearlyRate() const;
    bool operator==(const PriceAdjustment &other) const
    {
        return kind == other.kind && capPercent == other.capPercent &&
               assumedEscalationPercent == other.assumedEscalationPercent;
    }
    bool operator!=(const PriceAdjustment &other) const { return !(*this == other); }
};

/** Contract cost and discounting over the horizon (docs/evaluation.md, "Contract cost"). */
class ContractCost
{
public:
    /** The tier's fee in year y (0-based): price x servers x (1 + g)^y. */
    static double yearFee(double pricePerServerYear, int servers, const PriceAdjustment &adjustment, int year);
    /** Discount factor for a payment at time t years: (1 + r)^-t. */
    static double discountFactor(double discountRate, double years);
    /** Present value of the fees, paid yearly in advance (year y discounted by (1 + r)^-y). */
    static double presentValue(double pricePerServerYear, int servers, int years, const PriceAdjustment &adjustment,
                               double discountRate);
};

QString priceAdjustmentKindName(PriceAdjustmentKind kind); ///< "fixed", "capped", "unbounded"
bool priceAdjustmentKindFromName(const QString &name, PriceAdjustmentKind *kind);
QDebug operator<<(QDebug debug, const PriceAdjustment &adjustment);

} // namespace tw::evaluation
