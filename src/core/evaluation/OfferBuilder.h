#pragma once

#include "ContractCost.h"
#include "EvaluationInput.h"
#include "ServiceOffer.h"
#include "TcoModel.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tw::evaluation {

/** Where one offer value came from. */
struct ValueOrigin
{
    QString source; ///< "document", "override" or "default"
    QString detail; ///< the quote (document), the reason (override) or the assumption (default)
    int page = 0;   ///< document page, 0 when not from a page
};

/** One vendor's offer for one tier: the scored values plus what the TCO needs, with their origins. */
struct TierOffer
{
    ServiceOffer offer; ///< tco and attainmentPercent are filled by the evaluation
    bool responsePromised = false;
    bool onsitePromised = false;
    bool resolutionPromised = false;
    bool hasPrice = false;
    double pricePerServerYear = 0; ///< spec currency, VAT factor applied
    PriceAdjustment priceAdjustment;
    CreditTerms credits;
    double repairMinutes = 0; ///< hands-on repair after arrival (promise or the tier's estimate)
    double excludedFraction = 0;
    double tmCostPerIncident = 0;
    QMap<QString, ValueOrigin> origins; ///< by override field name ("onsite_minutes"...)
    QStringList errors;                 ///< e.g. no price anywhere, an unknown currency
};

/**
 * Builds a vendor's offer for one tier from the contract analyzer's terms and the spec's overrides
 * (docs/spec.md, "How offers are built"): terms for the tier's name or aliases first, then terms
 * that name no tier; for response, on-site and resolution the P1 promise (or one with no priority).
 */
class OfferBuilder
{
    Q_DECLARE_TR_FUNCTIONS(tw::evaluation::OfferBuilder)

public:
    /** The override fields a spec may set. */
    static const QStringList &overrideFields();
    /** Why an override's value does not fit its field; empty when it does. */
    static QString validateOverride(const OfferOverride &override);
    /** True when a term's tier names the spec tier (its name or an alias, ignoring case, spaces and a "tier"/"层"
     * suffix). */
    static bool tierMatches(const QString &termTier, const TierSpec &tier);
    /** Minutes of a time term: minutes, business_days x 1440, or 1440 for next business day; -1 when none. */
    static double termMinutes(const SlaTerm &term);

    static TierOffer build(const VendorInput &vendor, const TierSpec &tier, const EvaluationSettings &settings);
};

} // namespace tw::evaluation
