#pragma once

#include "Ahp.h"
#include "Criterion.h"
#include "HistoryAdjustment.h"
#include "KnockOut.h"
#include "TcoSimulation.h"
#include "TierValueScale.h"

#include "core/history/ImportedTickets.h"
#include "core/model/Finding.h"
#include "core/model/ServerTier.h"
#include "core/model/SlaTerm.h"
#include "core/model/Vendor.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace tw::evaluation {

/** Evaluation-wide settings of a spec: money, horizon, simulation. */
struct EvaluationSettings
{
    QString name;
    QString currency = QStringLiteral("CNY"); ///< ISO 4217 code every figure is reported in
    QMap<QString, double> exchangeRates;      ///< code -> units of currency per unit of code
    int horizonYears = 3;
    double discountRate = 0;
    double unboundedEscalationPercent = 8; ///< yearly increase assumed for an uncapped price clause
    double lowPriceThreshold = 0.55;       ///< low_price below this share of the others' median
    MonteCarloSettings monteCarlo;
    HistoryPolicy historyPolicy;
};

/** One server tier of the spec with its requirements, weights and modelling assumptions. */
struct TierSpec
{
    ServerTier tier;
    QStringList aliases;           ///< other names proposals use for the tier ("关键业务数据库")
    TierRequirements requirements; ///< knock-outs
    std::vector<double> weights;   ///< kCriterionCount entries, normalised to sum 1
    std::optional<AhpResult> ahp;  ///< set when the weights come from a pairwise matrix
    QList<Criterion> ahpCriteria;  ///< the matrix's criteria in row order
    TierValueScale scale;
    double partsNeededProbability = 0.5; ///< share of incidents that need a part
    double repairHours = 2;              ///< hands-on repair when no resolution time is promised
    double excludedFraction = 0.05;      ///< share of incidents excluded from the contract (T&M)
    double tmCostPerIncident = 0;        ///< T&M bill for one excluded incident, spec currency
};

/** An explicit offer value that completes or replaces what the documents say, with its reason. */
struct OfferOverride
{
    QString tier;     ///< empty: every tier of the vendor
    QString field;    ///< e.g. "onsite_minutes", "price_per_server_year" (docs/spec.md)
    QVariant value;   ///< number, string or map, as in the spec
    QString currency; ///< prices only; empty = the spec's currency
    QString reason;
    QString path; ///< where the override sits in the spec, e.g. "vendors[1].overrides[0]"
};

/** Tickets of one vendor for some tiers, read under one contract calendar. */
struct HistorySet
{
    QString source;                                  ///< file name (and segment) for reports
    QStringList tiers;                               ///< tiers the tickets speak for; empty = all
    QString calendar = QStringLiteral("7x24");       ///< CalendarSpec text the SLA clock counts in
    QStringList priorities = {QStringLiteral("P1")}; ///< priorities pooled as the P1 promise
    history::ImportedTickets tickets;
};

/** One vendor with everything read about it. */
struct VendorInput
{
    Vendor vendor;
    QStringList tiers;       ///< tiers the vendor bids for (names of TierSpec)
    double priceFactor = 1;  ///< e.g. 1.06 when its prices exclude 6 % VAT
    QStringList documents;   ///< file names, for reports
    QList<SlaTerm> terms;    ///< from the contract analyzer, all documents
    QList<Finding> findings; ///< from the contract analyzer, all documents
    QStringList analysisWarnings;
    QList<OfferOverride> overrides;
    QList<HistorySet> histories;
};

/** Everything one evaluation needs, already read from disk (tw_io's spec loader fills it). */
struct EvaluationInput
{
    EvaluationSettings settings;
    QList<TierSpec> tiers;
    QList<VendorInput> vendors;
    QStringList warnings; ///< e.g. an AHP matrix above the consistency bound
};

} // namespace tw::evaluation
