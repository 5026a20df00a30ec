#include "EvaluationRun.h"

#include "CriterionScorer.h"
#include "WeightedSum.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tw::evaluation {

namespace {

QString hoursText(double minutes)
{
    if (minutes >= 60 && std::fmod(minutes, 60.0) == 0)
        return EvaluationRun::tr("%n h", nullptr, int(minutes / 60));
    return EvaluationRun::tr("%1 min").arg(minutes, 0, 'g', 6);
}

/** Knock-outs, with "not promised" reasons where the document gives no number at all. */
QList<KnockOut> knockOutsOf(const TierRequirements &requirements, const TierOffer &tierOffer)
{
    QList<KnockOut> checked = KnockOutCheck::check(requirements, tierOffer.offer);
    struct Unpromised
    {
        Criterion criterion;
        bool promised;
        std::optional<double> limit;
        QString what;
    };
    const Unpromised times[] = {
        {Criterion::ResponseTime, tierOffer.responsePromised, requirements.maxResponseMinutes,
         EvaluationRun::tr("response time")},
        {Criterion::OnsiteTime, tierOffer.onsitePromised, requirements.maxOnsiteMinutes,
         EvaluationRun::tr("on-site time")},
        {Criterion::ResolutionTime, tierOffer.resolutionPromised, requirements.maxResolutionMinutes,
         EvaluationRun::tr("resolution time")},
    };
    QList<KnockOut> result;
    for (const KnockOut &knockOut : checked) {
        bool replaced = false;
        for (const Unpromised &time : times) {
            if (time.criterion == knockOut.criterion && !time.promised)
                replaced = true;
        }
        if (!replaced)
            result << knockOut;
    }
    for (const Unpromised &time : times) {
        if (!time.promised && time.limit) {
            result << KnockOut{time.criterion,
                               EvaluationRun::tr("No binding %1 is promised; the tier requires at most %2")
                                   .arg(time.what, hoursText(*time.limit))};
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const KnockOut &a, const KnockOut &b) {
        return criterionIndex(a.criterion) < criterionIndex(b.criterion);
    });
    return result;
}

} // namespace

const WeightSensitivityResult *TierResult::mostSensitive() const
{
    const WeightSensitivityResult *best = nullptr;
    for (const WeightSensitivityResult &entry : sensitivity) {
        if (!best || entry.stability.margin() < best->stability.margin())
            best = &entry;
    }
    return best;
}

QList<Finding> EvaluationResult::findingsOf(const QString &vendor) const
{
    QList<Finding> findings;
    for (const VendorInput &input : vendors) {
        if (input.vendor.name == vendor)
            findings += input.findings;
    }
    for (const LowPriceFinding &low : lowPrice) {
        if (low.vendor == vendor)
            findings << low.finding;
    }
    return findings;
}

TierResult EvaluationRun::evaluateTier(const TierSpec &tier, const QList<VendorInput> &vendors,
                                       const EvaluationSettings &settings, QStringList *errors)
{
    TierResult result;
    result.spec = tier;
    if (tier.ahp && !tier.ahp->warning.isEmpty())
        result.warnings << tr("Tier %1: %2").arg(tier.tier.name, tier.ahp->warning);

    for (const VendorInput &vendor : vendors) {
        if (!vendor.tiers.contains(tier.tier.name))
            continue;
        VendorTierResult entry;
        entry.vendor = vendor.vendor.name;
        entry.offer = OfferBuilder::build(vendor, tier, settings);
        if (errors)
            *errors += entry.offer.errors;
        TierOffer &tierOffer = entry.offer;

        // History: the first set that speaks for this tier, measured against this tier's promises.
        for (const HistorySet &set : vendor.histories) {
            if (!set.tiers.isEmpty() && !set.tiers.contains(tier.tier.name))
                continue;
            QString error;
            entry.delivery = HistoryDelivery::measure(
                set, vendor.vendor.name, tierOffer.responsePromised ? tierOffer.offer.responseMinutes : 0,
                tierOffer.onsitePromised ? tierOffer.offer.onsiteMinutes : 0,
                tierOffer.resolutionPromised ? tierOffer.offer.resolutionMinutes : 0, &error);
            if (!entry.delivery && errors)
                *errors << tr("%1, history %2: %3").arg(vendor.vendor.name, set.source, error);
            break;
        }
        if (entry.delivery)
            tierOffer.offer.attainmentPercent = entry.delivery->headlineAttainment();

        TcoInputs &inputs = entry.tcoInputs;
        inputs.servers = tier.tier.servers;
        inputs.annualFailureRate = tier.tier.annualFailureRate;
        inputs.downtimeCostPerHour = tier.tier.downtimeCostPerHour;
        inputs.years = settings.horizonYears;
        inputs.discountRate = settings.discountRate;
        inputs.pricePerServerYear = tierOffer.pricePerServerYear;
        inputs.priceAdjustment = tierOffer.priceAdjustment;
        inputs.coverage = tierOffer.offer.coverage;
        inputs.partsNeededProbability = tier.partsNeededProbability;
        inputs.partsDelayHours = partsDelayHours(tierOffer.offer.partsLocality);
        inputs.excludedFraction = tierOffer.excludedFraction;
        inputs.tmCostPerIncident = tierOffer.tmCostPerIncident;
        inputs.credits = tierOffer.credits;
        DurationSources sources;
        sources.promisedArrivalMinutes = tierOffer.offer.onsiteMinutes;
        sources.promisedRepairMinutes = tierOffer.repairMinutes;
        sources.policy = settings.historyPolicy;
        if (entry.delivery)
            sources.arrivalRecord = entry.delivery->onsite;
        TcoTornado::applyHistory(&inputs, sources);
        entry.arrival =
            HistoryAdjustment::expected(sources.promisedArrivalMinutes, sources.arrivalRecord, sources.policy);
        entry.repair = HistoryAdjustment::expected(sources.promisedRepairMinutes, sources.repairRecord, sources.policy);
        // Common random numbers: every vendor of the tier sees the same failure draws, so the
        // differences between their TCOs are not simulation noise.
        entry.tco = TcoSimulation::run(inputs, settings.monteCarlo);
        entry.expectedTco = TcoModel::expected(inputs);
        entry.tornado = TcoTornado::analyse(inputs, sources);
        tierOffer.offer.tco = entry.tco.mean;
        entry.knockOuts = knockOutsOf(tier.requirements, tierOffer);
        result.vendors << entry;
    }

    // Utilities: cost is relative to the cheapest qualified offer (or to all when none qualifies).
    const CriterionScorer scorer(tier.scale);
    std::vector<ServiceOffer> qualified;
    std::vector<int> qualifiedIndex;
    for (int i = 0; i < result.vendors.size(); ++i) {
        if (result.vendors.at(i).qualified()) {
            qualified.push_back(result.vendors.at(i).offer.offer);
            qualifiedIndex.push_back(i);
        }
    }
    double lowest = std::numeric_limits<double>::infinity();
    for (const VendorTierResult &entry : result.vendors) {
        if ((entry.qualified() || qualified.empty()) && entry.offer.offer.tco > 0)
            lowest = std::min(lowest, entry.offer.offer.tco);
    }
    for (VendorTierResult &entry : result.vendors) {
        for (Criterion criterion : allCriteria())
            entry.utilities.push_back(scorer.utility(entry.offer.offer, criterion, lowest));
        entry.rawValues = scorer.rawValues({entry.offer.offer}).front();
    }
    if (qualified.empty()) {
        result.warnings << tr("Tier %1: every offer is knocked out; no recommendation").arg(tier.tier.name);
        return result;
    }

    Matrix utilities;
    Matrix raw;
    for (int index : qualifiedIndex) {
        utilities.push_back(result.vendors.at(index).utilities);
        raw.push_back(result.vendors.at(index).rawValues);
    }
    const Ranking ranking = WeightedSum::rank(utilities, tier.weights);
    const TopsisResult topsis = Topsis::rank(raw, tier.weights, CriterionScorer::rawDirections());
    for (size_t k = 0; k < qualifiedIndex.size(); ++k) {
        VendorTierResult &entry = result.vendors[qualifiedIndex[k]];
        entry.score = ranking.scores[k];
        entry.rank = ranking.rankOf(int(k));
        entry.topsisCloseness = topsis.ranking.scores[k];
        entry.topsisRank = topsis.ranking.rankOf(int(k));
    }
    for (int k : ranking.order)
        result.rankingOrder << qualifiedIndex[size_t(k)];
    for (int k : topsis.ranking.order)
        result.topsisOrder << qualifiedIndex[size_t(k)];
    result.winner = result.vendors.at(result.rankingOrder.constFirst()).vendor;
    result.topsisWinner = result.vendors.at(result.topsisOrder.constFirst()).vendor;
    if (result.winner != result.topsisWinner) {
        result.warnings << tr("Tier %1: the weighted sum prefers %2, TOPSIS prefers %3")
                               .arg(tier.tier.name, result.winner, result.topsisWinner);
    }

    if (qualified.size() >= 2) {
        const auto nameOf = [&](int k) {
            return k >= 0 ? result.vendors.at(qualifiedIndex[size_t(k)]).vendor : QString();
        };
        for (const WeightStability &stability : WeightSensitivity::analyse(utilities, tier.weights)) {
            if (tier.weights[size_t(stability.criterion)] <= 0)
                continue; // a criterion the tier ignores is not a decision lever
            WeightSensitivityResult entry;
            entry.criterion = allCriteria()[size_t(stability.criterion)];
            entry.stability = stability;
            entry.winnerBelow = nameOf(stability.winnerBelow);
            entry.winnerAbove = nameOf(stability.winnerAbove);
            result.sensitivity << entry;
        }
    }
    return result;
}

EvaluationResult EvaluationRun::run(const EvaluationInput &input)
{
    EvaluationResult result;
    result.settings = input.settings;
    result.vendors = input.vendors;
    result.warnings = input.warnings;
    QList<PriceQuote> quotes;
    for (const TierSpec &tier : input.tiers) {
        TierResult tierResult = evaluateTier(tier, input.vendors, input.settings, &result.errors);
        for (const VendorTierResult &entry : tierResult.vendors) {
            if (entry.offer.hasPrice)
                quotes << PriceQuote{entry.vendor, tier.tier.name, entry.offer.pricePerServerYear};
        }
        result.warnings += tierResult.warnings;
        result.tiers << tierResult;
    }
    result.lowPrice = LowPriceCheck::find(quotes, input.settings.lowPriceThreshold);
    for (TierResult &tier : result.tiers) {
        for (const LowPriceFinding &low : result.lowPrice) {
            if (low.tier == tier.spec.tier.name)
                tier.lowPrice << low;
        }
    }
    for (const VendorInput &vendor : input.vendors) {
        for (const QString &warning : vendor.analysisWarnings)
            result.warnings << tr("%1: %2").arg(vendor.vendor.name, warning);
    }
    return result;
}

} // namespace tw::evaluation
