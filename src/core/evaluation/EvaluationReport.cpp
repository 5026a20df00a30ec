#include "EvaluationReport.h"

#include "core/analysis/AnalysisJson.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tw::evaluation {

namespace {

double rounded(double value, int decimals)
{
    if (!std::isfinite(value))
        return value;
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonValue money(double value) { return rounded(value, 2); }
QJsonValue fraction(double value) { return rounded(value, 6); }

QJsonValue optionalNumber(const std::optional<double> &value, int decimals = 3)
{
    return value ? QJsonValue(rounded(*value, decimals)) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableString(const QString &text) { return text.isEmpty() ? QJsonValue(QJsonValue::Null) : text; }

QJsonObject tcoToJson(const TcoDistribution &tco)
{
    QJsonObject object;
    object.insert(QStringLiteral("mean"), money(tco.mean));
    object.insert(QStringLiteral("p50"), money(tco.p50));
    object.insert(QStringLiteral("p90"), money(tco.p90));
    object.insert(QStringLiteral("contract"), money(tco.breakdown.contract));
    object.insert(QStringLiteral("downtime"), money(tco.breakdown.downtime));
    object.insert(QStringLiteral("tm"), money(tco.breakdown.tm));
    object.insert(QStringLiteral("credits"), money(tco.breakdown.credits));
    object.insert(QStringLiteral("standard_error"), money(tco.standardError));
    object.insert(QStringLiteral("trials"), double(tco.trials));
    return object;
}

QJsonObject recordToJson(const DeliveryRecord &record)
{
    QJsonObject object;
    object.insert(QStringLiteral("tickets"), double(record.tickets));
    object.insert(QStringLiteral("median"), optionalNumber(record.medianMinutes));
    object.insert(QStringLiteral("p90"), optionalNumber(record.p90Minutes));
    object.insert(QStringLiteral("attainment"), optionalNumber(record.attainmentPercent));
    return object;
}

QJsonObject durationToJson(const ExpectedDuration &duration, double promised)
{
    QJsonObject object;
    object.insert(QStringLiteral("promised_minutes"), rounded(promised, 3));
    object.insert(QStringLiteral("expected_minutes"), rounded(duration.meanMinutes, 3));
    object.insert(QStringLiteral("factor"), rounded(duration.factor(promised), 4));
    object.insert(QStringLiteral("sigma"), rounded(duration.sigma, 4));
    object.insert(QStringLiteral("credibility"), rounded(duration.credibility, 4));
    object.insert(QStringLiteral("basis"), durationBasisName(duration.basis));
    return object;
}

QJsonObject offerToJson(const TierOffer &tierOffer)
{
    const ServiceOffer &offer = tierOffer.offer;
    QJsonObject values;
    const auto time = [](bool promised, double minutes) {
        return promised ? QJsonValue(rounded(minutes, 3)) : QJsonValue(QJsonValue::Null);
    };
    values.insert(QStringLiteral("response_minutes"), time(tierOffer.responsePromised, offer.responseMinutes));
    values.insert(QStringLiteral("onsite_minutes"), time(tierOffer.onsitePromised, offer.onsiteMinutes));
    values.insert(QStringLiteral("resolution_minutes"), time(tierOffer.resolutionPromised, offer.resolutionMinutes));
    values.insert(QStringLiteral("repair_minutes"), rounded(tierOffer.repairMinutes, 3));
    values.insert(QStringLiteral("coverage"), offer.coverage.name());
    values.insert(QStringLiteral("parts_quality"), partsQualityName(offer.partsQuality));
    values.insert(QStringLiteral("parts_locality"), partsLocalityName(offer.partsLocality));
    values.insert(QStringLiteral("certification"), certificationName(offer.engineers.certification));
    values.insert(QStringLiteral("presence"), presenceName(offer.engineers.presence));
    values.insert(QStringLiteral("attainment"), optionalNumber(offer.attainmentPercent));
    values.insert(QStringLiteral("clarity_penalty"), rounded(offer.clarityPenalty, 3));
    values.insert(QStringLiteral("price_per_server_year"),
                  tierOffer.hasPrice ? money(tierOffer.pricePerServerYear) : QJsonValue(QJsonValue::Null));
    QJsonObject adjustment;
    adjustment.insert(QStringLiteral("kind"), priceAdjustmentKindName(tierOffer.priceAdjustment.kind));
    adjustment.insert(QStringLiteral("yearly_rate"), rounded(tierOffer.priceAdjustment.yearlyRate(), 6));
    values.insert(QStringLiteral("price_adjustment"), adjustment);
    QJsonObject credits;
    credits.insert(QStringLiteral("target_hours"), rounded(tierOffer.credits.targetHours, 3));
    credits.insert(QStringLiteral("percent_per_incident"), tierOffer.credits.percentPerIncident);
    credits.insert(QStringLiteral("percent_per_hour_late"), rounded(tierOffer.credits.percentPerHourLate, 6));
    credits.insert(QStringLiteral("cap_percent_per_incident"), tierOffer.credits.capPercentPerIncident);
    credits.insert(QStringLiteral("cap_percent_of_annual_fee"), tierOffer.credits.capPercentOfAnnualFee);
    values.insert(QStringLiteral("credits"), credits);
    values.insert(QStringLiteral("excluded_fraction"), fraction(tierOffer.excludedFraction));
    values.insert(QStringLiteral("tm_cost_per_incident"), money(tierOffer.tmCostPerIncident));

    QJsonObject origins;
    for (auto it = tierOffer.origins.cbegin(); it != tierOffer.origins.cend(); ++it) {
        QJsonObject origin;
        origin.insert(QStringLiteral("source"), it.value().source);
        origin.insert(it.value().source == QLatin1String("override") ? QStringLiteral("reason")
                                                                     : QStringLiteral("detail"),
                      it.value().detail);
        if (it.value().page > 0)
            origin.insert(QStringLiteral("page"), it.value().page);
        origins.insert(it.key(), origin);
    }
    values.insert(QStringLiteral("origins"), origins);
    return values;
}

QJsonObject criterionMap(const std::vector<double> &values, int decimals)
{
    QJsonObject object;
    for (Criterion criterion : allCriteria()) {
        const size_t index = size_t(criterionIndex(criterion));
        if (index < values.size())
            object.insert(criterionKey(criterion), rounded(values[index], decimals));
    }
    return object;
}

QJsonValue boundToJson(double value)
{
    return std::isfinite(value) ? QJsonValue(rounded(value, 6)) : QJsonValue(QJsonValue::Null);
}

QJsonObject sensitivityToJson(const WeightSensitivityResult &entry)
{
    QJsonObject object;
    object.insert(QStringLiteral("criterion"), criterionKey(entry.criterion));
    object.insert(QStringLiteral("weight"), rounded(entry.stability.weight, 6));
    object.insert(QStringLiteral("lower"), rounded(entry.stability.lower, 6));
    object.insert(QStringLiteral("upper"), rounded(entry.stability.upper, 6));
    object.insert(QStringLiteral("margin"), boundToJson(entry.stability.margin()));
    object.insert(QStringLiteral("winner_below"), nullableString(entry.winnerBelow));
    object.insert(QStringLiteral("winner_above"), nullableString(entry.winnerAbove));
    return object;
}

QJsonObject lowPriceToJson(const LowPriceFinding &low)
{
    QJsonObject object;
    object.insert(QStringLiteral("vendor"), low.vendor);
    object.insert(QStringLiteral("tier"), low.tier);
    object.insert(QStringLiteral("price"), money(low.price));
    object.insert(QStringLiteral("median_of_others"), money(low.medianOfOthers));
    object.insert(QStringLiteral("ratio"), rounded(low.ratio(), 4));
    object.insert(QStringLiteral("severity"), severityName(low.finding.severity));
    return object;
}

QString moneyText(double value, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(QLocale::c().toString(value, 'f', 0), currency);
}

QString padded(const QString &text, int width) { return text.leftJustified(width, QLatin1Char(' '), true); }

} // namespace

QJsonObject EvaluationReport::toJson(const EvaluationResult &result)
{
    const EvaluationSettings &settings = result.settings;
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("name"), settings.name);
    root.insert(QStringLiteral("currency"), settings.currency);
    root.insert(QStringLiteral("horizon_years"), settings.horizonYears);
    root.insert(QStringLiteral("discount_rate"), settings.discountRate);
    QJsonObject monteCarlo;
    monteCarlo.insert(QStringLiteral("trials"), double(settings.monteCarlo.trials));
    monteCarlo.insert(QStringLiteral("seed"), QString::number(settings.monteCarlo.seed));
    root.insert(QStringLiteral("monte_carlo"), monteCarlo);

    QJsonArray tiers;
    for (const TierResult &tier : result.tiers) {
        QJsonObject object;
        object.insert(QStringLiteral("tier"), tier.spec.tier.name);
        object.insert(QStringLiteral("servers"), tier.spec.tier.servers);
        object.insert(QStringLiteral("winner"), nullableString(tier.winner));
        object.insert(QStringLiteral("topsis_winner"), nullableString(tier.topsisWinner));
        object.insert(QStringLiteral("weights"), criterionMap(tier.spec.weights, 6));
        if (tier.spec.ahp) {
            QJsonObject ahp;
            ahp.insert(QStringLiteral("lambda_max"), rounded(tier.spec.ahp->lambdaMax, 6));
            ahp.insert(QStringLiteral("consistency_index"), rounded(tier.spec.ahp->consistencyIndex, 6));
            ahp.insert(QStringLiteral("consistency_ratio"), rounded(tier.spec.ahp->consistencyRatio, 6));
            ahp.insert(QStringLiteral("consistent"), tier.spec.ahp->isConsistent());
            object.insert(QStringLiteral("ahp"), ahp);
        } else {
            object.insert(QStringLiteral("ahp"), QJsonValue::Null);
        }

        QJsonArray ranking;
        for (int index : tier.rankingOrder) {
            const VendorTierResult &entry = tier.vendors.at(index);
            QJsonObject row;
            row.insert(QStringLiteral("rank"), entry.rank);
            row.insert(QStringLiteral("vendor"), entry.vendor);
            row.insert(QStringLiteral("score"), rounded(entry.score, 6));
            row.insert(QStringLiteral("topsis_rank"), entry.topsisRank);
            row.insert(QStringLiteral("topsis_closeness"), rounded(entry.topsisCloseness, 6));
            row.insert(QStringLiteral("scores"), criterionMap(entry.utilities, 6));
            ranking.append(row);
        }
        object.insert(QStringLiteral("ranking"), ranking);
        QJsonArray topsis;
        for (int index : tier.topsisOrder)
            topsis.append(tier.vendors.at(index).vendor);
        object.insert(QStringLiteral("topsis_order"), topsis);

        QJsonArray knockOuts;
        QJsonArray vendors;
        for (const VendorTierResult &entry : tier.vendors) {
            if (!entry.qualified()) {
                QJsonObject knocked;
                knocked.insert(QStringLiteral("vendor"), entry.vendor);
                QJsonArray reasons;
                for (const KnockOut &knockOut : entry.knockOuts) {
                    QJsonObject reason;
                    reason.insert(QStringLiteral("criterion"), criterionKey(knockOut.criterion));
                    reason.insert(QStringLiteral("reason"), knockOut.reason);
                    reasons.append(reason);
                }
                knocked.insert(QStringLiteral("reasons"), reasons);
                knockOuts.append(knocked);
            }
            QJsonObject vendor;
            vendor.insert(QStringLiteral("vendor"), entry.vendor);
            vendor.insert(QStringLiteral("qualified"), entry.qualified());
            vendor.insert(QStringLiteral("rank"),
                          entry.rank > 0 ? QJsonValue(entry.rank) : QJsonValue(QJsonValue::Null));
            vendor.insert(QStringLiteral("offer"), offerToJson(entry.offer));
            vendor.insert(QStringLiteral("scores"), criterionMap(entry.utilities, 6));
            vendor.insert(QStringLiteral("raw"), criterionMap(entry.rawValues, 6));
            vendor.insert(QStringLiteral("tco"), tcoToJson(entry.tco));
            QJsonObject expected;
            expected.insert(QStringLiteral("total"), money(entry.expectedTco.total()));
            expected.insert(QStringLiteral("contract"), money(entry.expectedTco.contract));
            expected.insert(QStringLiteral("downtime"), money(entry.expectedTco.downtime));
            expected.insert(QStringLiteral("tm"), money(entry.expectedTco.tm));
            expected.insert(QStringLiteral("credits"), money(entry.expectedTco.credits));
            vendor.insert(QStringLiteral("tco_closed_form"), expected);
            QJsonObject durations;
            durations.insert(QStringLiteral("arrival"), durationToJson(entry.arrival, entry.offer.offer.onsiteMinutes));
            durations.insert(QStringLiteral("repair"), durationToJson(entry.repair, entry.offer.repairMinutes));
            durations.insert(QStringLiteral("calendar_wait_hours"),
                             rounded(entry.tcoInputs.coverage.expectedWaitHours(), 4));
            durations.insert(QStringLiteral("parts_delay_hours"), entry.tcoInputs.partsDelayHours);
            vendor.insert(QStringLiteral("durations"), durations);
            if (entry.delivery) {
                QJsonObject history;
                history.insert(QStringLiteral("source"), entry.delivery->source);
                history.insert(QStringLiteral("calendar"), entry.delivery->calendar);
                history.insert(QStringLiteral("tickets"), double(entry.delivery->tickets));
                history.insert(QStringLiteral("response"), recordToJson(entry.delivery->response));
                history.insert(QStringLiteral("onsite"), recordToJson(entry.delivery->onsite));
                history.insert(QStringLiteral("resolution"), recordToJson(entry.delivery->resolution));
                vendor.insert(QStringLiteral("history"), history);
            } else {
                vendor.insert(QStringLiteral("history"), QJsonValue::Null);
            }
            QJsonArray tornado;
            for (const TornadoBar &bar : entry.tornado) {
                QJsonObject item;
                item.insert(QStringLiteral("driver"), bar.driver);
                item.insert(QStringLiteral("base"), money(bar.base));
                item.insert(QStringLiteral("at_minus"), money(bar.atMinus));
                item.insert(QStringLiteral("at_plus"), money(bar.atPlus));
                item.insert(QStringLiteral("swing"), money(bar.swing()));
                tornado.append(item);
            }
            vendor.insert(QStringLiteral("tornado"), tornado);
            vendors.append(vendor);
        }
        object.insert(QStringLiteral("knock_outs"), knockOuts);
        object.insert(QStringLiteral("vendors"), vendors);

        QJsonObject sensitivity;
        QJsonArray weights;
        for (const WeightSensitivityResult &entry : tier.sensitivity)
            weights.append(sensitivityToJson(entry));
        sensitivity.insert(QStringLiteral("weights"), weights);
        const WeightSensitivityResult *most = tier.mostSensitive();
        sensitivity.insert(QStringLiteral("most_sensitive"),
                           most ? QJsonValue(sensitivityToJson(*most)) : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("sensitivity"), sensitivity);

        QJsonArray lowPrice;
        for (const LowPriceFinding &low : tier.lowPrice)
            lowPrice.append(lowPriceToJson(low));
        object.insert(QStringLiteral("low_price"), lowPrice);
        QJsonArray warnings;
        for (const QString &warning : tier.warnings)
            warnings.append(warning);
        object.insert(QStringLiteral("warnings"), warnings);
        tiers.append(object);
    }
    root.insert(QStringLiteral("tiers"), tiers);

    QJsonArray vendors;
    for (const VendorInput &input : result.vendors) {
        QJsonObject vendor;
        vendor.insert(QStringLiteral("name"), input.vendor.name);
        vendor.insert(QStringLiteral("kind"), vendorKindName(input.vendor.kind));
        vendor.insert(QStringLiteral("service_provider"), nullableString(input.vendor.serviceProvider));
        QJsonArray documents;
        for (const QString &document : input.documents)
            documents.append(document);
        vendor.insert(QStringLiteral("documents"), documents);
        QJsonArray findings;
        for (const Finding &finding : input.findings)
            findings.append(analysis::findingToJson(finding));
        for (const LowPriceFinding &low : result.lowPrice) {
            if (low.vendor != input.vendor.name)
                continue;
            QJsonObject finding = analysis::findingToJson(low.finding);
            finding.insert(QStringLiteral("tier"), low.tier);
            finding.insert(QStringLiteral("ratio"), rounded(low.ratio(), 4));
            findings.append(finding);
        }
        vendor.insert(QStringLiteral("findings"), findings);
        QJsonArray overrides;
        for (const OfferOverride &override : input.overrides) {
            QJsonObject object;
            object.insert(QStringLiteral("tier"), nullableString(override.tier));
            object.insert(QStringLiteral("field"), override.field);
            object.insert(QStringLiteral("value"), QJsonValue::fromVariant(override.value));
            object.insert(QStringLiteral("reason"), override.reason);
            overrides.append(object);
        }
        vendor.insert(QStringLiteral("overrides"), overrides);
        vendors.append(vendor);
    }
    root.insert(QStringLiteral("vendors"), vendors);
    QJsonArray lowPrice;
    for (const LowPriceFinding &low : result.lowPrice)
        lowPrice.append(lowPriceToJson(low));
    root.insert(QStringLiteral("low_price"), lowPrice);
    QJsonArray warnings;
    for (const QString &warning : result.warnings)
        warnings.append(warning);
    root.insert(QStringLiteral("warnings"), warnings);
    return root;
}

QString EvaluationReport::toText(const EvaluationResult &result)
{
    const QString &currency = result.settings.currency;
    QString out;
    out += tr("Evaluation: %1\n").arg(result.settings.name.isEmpty() ? tr("(unnamed)") : result.settings.name);
    out += tr("Horizon %1 years, discount rate %2 %, %3 Monte Carlo trials (seed %4); money in %5\n")
               .arg(result.settings.horizonYears)
               .arg(result.settings.discountRate * 100, 0, 'g', 4)
               .arg(result.settings.monteCarlo.trials)
               .arg(result.settings.monteCarlo.seed)
               .arg(currency);
    for (const TierResult &tier : result.tiers) {
        out += QStringLiteral("\n== %1 (%2) ==\n")
                   .arg(tier.spec.tier.name, tr("%n server(s)", nullptr, tier.spec.tier.servers));
        if (tier.winner.isEmpty()) {
            out += tr("No recommendation: every offer is knocked out.\n");
        } else {
            const VendorTierResult &best = tier.vendors.at(tier.rankingOrder.constFirst());
            out += tr("Recommended: %1 (weighted score %2; TOPSIS winner %3); TCO mean %4, P90 %5\n")
                       .arg(tier.winner)
                       .arg(best.score, 0, 'f', 3)
                       .arg(tier.topsisWinner, moneyText(best.tco.mean, currency), moneyText(best.tco.p90, currency));
        }
        if (tier.spec.ahp) {
            out += tr("Weights from AHP: consistency ratio %1%2\n")
                       .arg(tier.spec.ahp->consistencyRatio, 0, 'f', 3)
                       .arg(tier.spec.ahp->isConsistent() ? QString() : tr(" (above 0.10: revise the judgements)"));
        }
        out += tr("\nRanking\n");
        out += QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                   .arg(padded(tr("#"), 2), padded(tr("vendor"), 30), padded(tr("score"), 6), padded(tr("TOPSIS"), 6),
                        padded(tr("TCO mean"), 16), tr("TCO P90"));
        for (int index : tier.rankingOrder) {
            const VendorTierResult &entry = tier.vendors.at(index);
            out += QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                       .arg(padded(QString::number(entry.rank), 2), padded(entry.vendor, 30),
                            padded(QString::number(entry.score, 'f', 3), 6),
                            padded(QString::number(entry.topsisCloseness, 'f', 3), 6),
                            padded(moneyText(entry.tco.mean, currency), 16), moneyText(entry.tco.p90, currency));
        }
        bool anyKnockOut = false;
        for (const VendorTierResult &entry : tier.vendors) {
            if (entry.qualified())
                continue;
            if (!anyKnockOut)
                out += tr("\nKnocked out\n");
            anyKnockOut = true;
            for (const KnockOut &knockOut : entry.knockOuts)
                out += QStringLiteral("  %1: %2\n").arg(entry.vendor, knockOut.reason);
        }
        out += tr("\nRisk-adjusted TCO over %n year(s) (mean = contract + downtime + T&M - credits)\n", nullptr,
                  result.settings.horizonYears);
        for (const VendorTierResult &entry : tier.vendors) {
            out +=
                QStringLiteral("  %1 %2 = %3 + %4 + %5 - %6; P50 %7, P90 %8\n")
                    .arg(padded(entry.vendor, 30), moneyText(entry.tco.mean, currency),
                         moneyText(entry.tco.breakdown.contract, currency),
                         moneyText(entry.tco.breakdown.downtime, currency), moneyText(entry.tco.breakdown.tm, currency),
                         moneyText(entry.tco.breakdown.credits, currency), moneyText(entry.tco.p50, currency),
                         moneyText(entry.tco.p90, currency));
        }
        if (const WeightSensitivityResult *most = tier.mostSensitive()) {
            const double margin = most->stability.margin();
            if (std::isfinite(margin)) {
                out += tr("\nMost sensitive weight: %1 (%2 %): %3 stays the winner for weights %4-%5 %; "
                          "a change of %6 points flips it to %7\n")
                           .arg(criterionKey(most->criterion))
                           .arg(most->stability.weight * 100, 0, 'f', 1)
                           .arg(tier.winner)
                           .arg(most->stability.lower * 100, 0, 'f', 1)
                           .arg(most->stability.upper * 100, 0, 'f', 1)
                           .arg(margin * 100, 0, 'f', 1)
                           .arg(most->stability.weight - most->stability.lower <= margin + 1e-12 &&
                                        !most->winnerBelow.isEmpty()
                                    ? most->winnerBelow
                                    : most->winnerAbove);
            } else {
                out += tr("\nNo single weight change flips the winner.\n");
            }
        }
        for (const LowPriceFinding &low : tier.lowPrice) {
            out += tr("low_price: %1 quotes %2 per server-year, %3 % of the others' median %4\n")
                       .arg(low.vendor, moneyText(low.price, currency))
                       .arg(qRound(low.ratio() * 100))
                       .arg(moneyText(low.medianOfOthers, currency));
        }
        for (const QString &warning : tier.warnings)
            out += tr("warning: %1\n").arg(warning);
    }

    out += tr("\n== Findings to negotiate (high severity first, up to 5 per vendor) ==\n");
    for (const VendorInput &vendor : result.vendors) {
        QList<Finding> findings = result.findingsOf(vendor.vendor.name);
        std::stable_sort(findings.begin(), findings.end(),
                         [](const Finding &a, const Finding &b) { return int(a.severity) > int(b.severity); });
        out += tr("%1: %n finding(s)\n", nullptr, int(findings.size())).arg(vendor.vendor.name);
        for (int i = 0; i < findings.size() && i < 5; ++i) {
            const Finding &finding = findings.at(i);
            out += QStringLiteral("  [%1] %2: %3\n")
                       .arg(severityName(finding.severity), finding.category, finding.evidence.quote.left(100));
        }
    }
    return out;
}

} // namespace tw::evaluation
