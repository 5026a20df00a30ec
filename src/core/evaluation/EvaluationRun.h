#pragma once

#include "EvaluationInput.h"
#include "HistoryDelivery.h"
#include "LowPriceCheck.h"
#include "OfferBuilder.h"
#include "TcoSimulation.h"
#include "TcoTornado.h"
#include "Topsis.h"
#include "WeightSensitivity.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tw::evaluation {

/** One vendor in one tier: its offer, knock-outs, scores, TCO and sensitivity of its TCO. */
struct VendorTierResult
{
    QString vendor;
    TierOffer offer;
    std::optional<TierDelivery> delivery; ///< ticket history measured against this tier's promises
    ExpectedDuration arrival;             ///< history-adjusted on-site time
    ExpectedDuration repair;              ///< history-adjusted repair time
    TcoInputs tcoInputs;
    TcoDistribution tco;      ///< Monte Carlo
    TcoBreakdown expectedTco; ///< closed form, for the tornado base
    QList<TornadoBar> tornado;
    QList<KnockOut> knockOuts;
    std::vector<double> utilities; ///< per criterion, allCriteria() order
    std::vector<double> rawValues; ///< TOPSIS inputs, same order
    int rank = 0;                  ///< 1-based weighted-sum rank among qualified offers; 0 when knocked out
    double score = 0;              ///< weighted sum
    int topsisRank = 0;
    double topsisCloseness = 0;

    bool qualified() const { return knockOuts.isEmpty(); }
};

/** How far one weight can move before the tier's winner changes, with vendor names. */
struct WeightSensitivityResult
{
    Criterion criterion = Criterion::Cost;
    WeightStability stability;
    QString winnerBelow; ///< who wins below the lower bound (empty: nobody overtakes)
    QString winnerAbove;
};

/** Everything decided for one tier. */
struct TierResult
{
    TierSpec spec;
    QList<VendorTierResult> vendors; ///< in spec order
    QList<int> rankingOrder;         ///< indexes into vendors, weighted-sum order (qualified only)
    QList<int> topsisOrder;          ///< indexes into vendors, TOPSIS order (qualified only)
    QString winner;                  ///< weighted-sum winner; empty when nobody qualifies
    QString topsisWinner;
    QList<WeightSensitivityResult> sensitivity; ///< per criterion with a weight; empty with < 2 qualified
    QList<LowPriceFinding> lowPrice;
    QStringList warnings;

    /** The sensitivity entry with the smallest margin (the weight closest to flipping the winner). */
    const WeightSensitivityResult *mostSensitive() const;
};

/** The result of a whole evaluation. */
struct EvaluationResult
{
    EvaluationSettings settings;
    QList<VendorInput> vendors; ///< as given (terms, findings, documents)
    QList<TierResult> tiers;
    QList<LowPriceFinding> lowPrice;
    QStringList warnings;
    QStringList errors; ///< problems that make the result unusable (e.g. a tier offer without a price)

    bool ok() const { return errors.isEmpty(); }
    /** The vendor's findings from its documents followed by its low_price findings. */
    QList<Finding> findingsOf(const QString &vendor) const;
};

/**
 * Runs one evaluation (docs/spec.md, "What the evaluation does"): per tier, each vendor's offer
 * from the analyzer's terms and the overrides, history adjustment, knock-outs, scores, weighted
 * sum and TOPSIS rankings, Monte Carlo TCO, weight sensitivity and TCO tornado; low_price over
 * all tiers. Deterministic for a seed.
 */
class EvaluationRun
{
    Q_DECLARE_TR_FUNCTIONS(tw::evaluation::EvaluationRun)

public:
    static EvaluationResult run(const EvaluationInput &input);
    /** One tier (low_price is filled by run()). */
    static TierResult evaluateTier(const TierSpec &tier, const QList<VendorInput> &vendors,
                                   const EvaluationSettings &settings, QStringList *errors);
};

} // namespace tw::evaluation
