#include "ContractCost.h"

#include <cmath>

namespace tw::evaluation {

double PriceAdjustment::yearlyRate() const
{
    switch (kind) {
    case PriceAdjustmentKind::Fixed:
        return 0;
    case PriceAdjustmentKind::Capped:
        return capPercent / 100.0; // a vendor that may raise by N % usually will
    case PriceAdjustmentKind::Unbounded:
        return assumedEscalationPercent / 100.0;
    }
    return 0;
}

double ContractCost::yearFee(double pricePerServerYear, int servers, const PriceAdjustment &adjustment, int year)
{
    return pricePerServerYear * servers * std::pow(1.0 + adjustment.yearlyRate(), year);
}

double ContractCost::discountFactor(double discountRate, double years) { return std::pow(1.0 + discountRate, -years); }

double ContractCost::presentValue(double pricePerServerYear, int servers, int years, const PriceAdjustment &adjustment,
                                  double discountRate)
{
    double total = 0;
    for (int year = 0; year < years; ++year)
        total += yearFee(pricePerServerYear, servers, adjustment, year) * discountFactor(discountRate, year);
    return total;
}

QString priceAdjustmentKindName(PriceAdjustmentKind kind)
{
    switch (kind) {
    case PriceAdjustmentKind::Fixed:
        return QStringLiteral("fixed");
    case PriceAdjustmentKind::Capped:
        return QStringLiteral("capped");
    case PriceAdjustmentKind::Unbounded:
        return QStringLiteral("unbounded");
    }
    return {};
}

bool priceAdjustmentKindFromName(const QString &name, PriceAdjustmentKind *kind)
{
    for (PriceAdjustmentKind candidate :
         {PriceAdjustmentKind::Fixed, PriceAdjustmentKind::Capped, PriceAdjustmentKind::Unbounded}) {
        if (priceAdjustmentKindName(candidate) == name) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QDebug operator<<(QDebug debug, const PriceAdjustment &adjustment)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "PriceAdjustment(" << priceAdjustmentKindName(adjustment.kind) << ", "
                              << adjustment.yearlyRate() * 100 << " %/year)";
    return debug;
}

} // namespace tw::evaluation
