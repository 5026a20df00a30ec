#include "OfferBuilder.h"

#include "CriterionScorer.h"
#include "core/analysis/TierContext.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>

namespace tw::evaluation {

namespace {

const QString kDocument = QStringLiteral("document");
const QString kOverride = QStringLiteral("override");
const QString kDefault = QStringLiteral("default");

/** The analyzer's tier key, also folding a trailing "级" ("关键业务级" names the same tier as "关键业务"). */
QString tierKey(const QString &text)
{
    QString key = analysis::TierContext::keyOf(text);
    if (key.endsWith(QStringLiteral("级")) && key.size() > 2)
        key.chop(1);
    return key;
}

/**
 * The terms with a key that apply to a tier, best first: the tier's own terms, then terms naming
 * no tier. Time terms keep only the P1 promise and promises with no priority (P1 first): the TCO
 * models hardware incidents that stop a server, which contracts class as P1.
 */
QList<const SlaTerm *> candidates(const QList<SlaTerm> &terms, const QString &key, const TierSpec &tier)
{
    QList<const SlaTerm *> own;
    QList<const SlaTerm *> general;
    for (const SlaTerm &term : terms) {
        if (term.key != key)
            continue;
        if (!term.tier.isEmpty() && !OfferBuilder::tierMatches(term.tier, tier))
            continue;
        if (SlaTerm::isTimeKey(key) && !term.priority.isEmpty() && term.priority != QLatin1String("P1"))
            continue;
        (term.tier.isEmpty() ? general : own) << &term;
    }
    const auto byPriority = [](QList<const SlaTerm *> &list) {
        // P1 before priority-less; stable keeps document order otherwise.
        std::stable_sort(list.begin(), list.end(), [](const SlaTerm *a, const SlaTerm *b) {
            return !a->priority.isEmpty() && b->priority.isEmpty();
        });
    };
    if (SlaTerm::isTimeKey(key)) {
        byPriority(own);
        byPriority(general);
    }
    return own + general;
}

ValueOrigin fromTerm(const SlaTerm &term) { return ValueOrigin{kDocument, term.evidence.quote, term.evidence.page}; }

int priceAdjustmentSeverity(const PriceAdjustment &adjustment)
{
    switch (adjustment.kind) {
    case PriceAdjustmentKind::Fixed:
        return 0;
    case PriceAdjustmentKind::Capped:
        return 1;
    case PriceAdjustmentKind::Unbounded:
        return 2;
    }
    return 0;
}

std::optional<CoverageWindow> windowFromValues(const QVariantMap &values)
{
    const QVariant days = values.value(QStringLiteral("days_per_week"));
    const QVariant hours = values.value(QStringLiteral("hours_per_day"));
    if (days.isNull() && hours.isNull())
        return std::nullopt;
    const int d = days.isNull() ? (hours.toInt() == 24 ? 7 : 5) : days.toInt();
    // "Business hours" with no hours given reads as the usual office day.
    const int h = hours.isNull() ? 9 : hours.toInt();
    auto window = CoverageWindow::parse(QStringLiteral("%1x%2").arg(d).arg(h));
    if (!window)
        return std::nullopt;
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch start = clock.match(values.value(QStringLiteral("start")).toString());
    if (start.hasMatch() && h < 24) {
        const int minute = start.captured(1).toInt() * 60 + start.captured(2).toInt();
        if (minute + window->dayLengthMinutes <= 1440)
            window->dayStartMinute = minute;
    }
    return window;
}

std::optional<CoverageWindow> windowFromVariant(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantMap)
        return windowFromValues(value.toMap());
    return CoverageWindow::parse(value.toString());
}

bool isNumber(const QVariant &value)
{
    const int type = value.typeId();
    return type == QMetaType::Double || type == QMetaType::Int || type == QMetaType::LongLong ||
           type == QMetaType::UInt || type == QMetaType::ULongLong || type == QMetaType::Float;
}

} // namespace

const QStringList &OfferBuilder::overrideFields()
{
    static const QStringList fields = {QStringLiteral("response_minutes"),
                                       QStringLiteral("onsite_minutes"),
                                       QStringLiteral("resolution_minutes"),
                                       QStringLiteral("coverage"),
                                       QStringLiteral("parts_quality"),
                                       QStringLiteral("parts_locality"),
                                       QStringLiteral("certification"),
                                       QStringLiteral("presence"),
                                       QStringLiteral("price_per_server_year"),
                                       QStringLiteral("price_adjustment"),
                                       QStringLiteral("credits"),
                                       QStringLiteral("excluded_fraction"),
                                       QStringLiteral("tm_cost_per_incident"),
                                       QStringLiteral("repair_minutes")};
    return fields;
}

QString OfferBuilder::validateOverride(const OfferOverride &override)
{
    const QString &field = override.field;
    const QVariant &value = override.value;
    if (!overrideFields().contains(field))
        return tr("unknown field \"%1\" (one of %2)").arg(field, overrideFields().join(QStringLiteral(", ")));
    if (field.endsWith(QLatin1String("_minutes"))) {
        if (value.isNull() && field != QLatin1String("repair_minutes"))
            return {}; // null: the document's promise is not binding, treat as not promised
        if (!isNumber(value) || value.toDouble() <= 0 || !std::isfinite(value.toDouble()))
            return tr("must be a number > 0%1")
                .arg(field == QLatin1String("repair_minutes") ? QString() : tr(" or null"));
        return {};
    }
    if (field == QLatin1String("price_per_server_year") || field == QLatin1String("tm_cost_per_incident")) {
        if (!isNumber(value) || value.toDouble() < 0 || !std::isfinite(value.toDouble()))
            return tr("must be a number >= 0");
        return {};
    }
    if (field == QLatin1String("excluded_fraction")) {
        if (!isNumber(value) || value.toDouble() < 0 || value.toDouble() > 1)
            return tr("must be a number between 0 and 1");
        return {};
    }
    if (field == QLatin1String("coverage")) {
        if (!windowFromVariant(value))
            return tr("must be a coverage such as \"7x24\" or \"5x9\"");
        return {};
    }
    if (field == QLatin1String("parts_quality")) {
        PartsQuality quality;
        return partsQualityFromName(value.toString(), &quality)
                   ? QString()
                   : tr("unknown parts quality \"%1\"").arg(value.toString());
    }
    if (field == QLatin1String("parts_locality")) {
        PartsLocality locality;
        return partsLocalityFromName(value.toString(), &locality)
                   ? QString()
                   : tr("unknown parts locality \"%1\"").arg(value.toString());
    }
    if (field == QLatin1String("certification")) {
        EngineerCertification certification;
        return certificationFromName(value.toString(), &certification)
                   ? QString()
                   : tr("unknown certification \"%1\" (none, industry, oem)").arg(value.toString());
    }
    if (field == QLatin1String("presence")) {
        EngineerPresence presence;
        return presenceFromName(value.toString(), &presence)
                   ? QString()
                   : tr("unknown presence \"%1\" (remote, regional, local_city, resident)").arg(value.toString());
    }
    if (field == QLatin1String("price_adjustment")) {
        const QVariantMap map = value.toMap();
        PriceAdjustmentKind kind;
        if (value.typeId() != QMetaType::QVariantMap ||
            !priceAdjustmentKindFromName(map.value(QStringLiteral("kind")).toString(), &kind))
            return tr("must be an object {\"kind\": \"fixed\"|\"capped\"|\"unbounded\", \"percent\": N}");
        if (kind == PriceAdjustmentKind::Capped &&
            (!isNumber(map.value(QStringLiteral("percent"))) || map.value(QStringLiteral("percent")).toDouble() < 0))
            return tr("a capped price adjustment needs \"percent\" >= 0");
        return {};
    }
    if (field == QLatin1String("credits")) {
        if (value.typeId() != QMetaType::QVariantMap)
            return tr("must be an object of credit terms");
        static const QStringList keys = {QStringLiteral("target_hours"), QStringLiteral("percent_per_incident"),
                                         QStringLiteral("percent_per_hour_late"),
                                         QStringLiteral("cap_percent_per_incident"),
                                         QStringLiteral("cap_percent_of_annual_fee")};
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!keys.contains(it.key()))
                return tr("unknown credit term \"%1\" (one of %2)").arg(it.key(), keys.join(QStringLiteral(", ")));
            if (!isNumber(it.value()) || it.value().toDouble() < 0)
                return tr("%1 must be a number >= 0").arg(it.key());
        }
        return {};
    }
    return {};
}

bool OfferBuilder::tierMatches(const QString &termTier, const TierSpec &tier)
{
    const QString key = tierKey(termTier);
    if (key.isEmpty())
        return false;
    if (key == tierKey(tier.tier.name))
        return true;
    for (const QString &alias : tier.aliases) {
        if (key == tierKey(alias))
            return true;
    }
    return false;
}

double OfferBuilder::termMinutes(const SlaTerm &term)
{
    const QVariant minutes = term.values.value(QStringLiteral("minutes"));
    if (!minutes.isNull() && minutes.toDouble() > 0)
        return minutes.toDouble();
    const QVariant days = term.values.value(QStringLiteral("business_days"));
    if (!days.isNull() && days.toDouble() > 0)
        return days.toDouble() * 1440;
    if (term.values.value(QStringLiteral("next_business_day")).toBool())
        return 1440;
    return -1;
}

TierOffer OfferBuilder::build(const VendorInput &vendor, const TierSpec &tier, const EvaluationSettings &settings)
{
    TierOffer result;
    ServiceOffer &offer = result.offer;
    offer.vendor = vendor.vendor.name;
    const TierValueScale defaults;

    // A promise the documents do not make scores as the worst acceptable value (utility 0) and
    // enters the TCO at that length: no promise is worth no more than the weakest acceptable one.
    const auto worstOf = [](const PiecewiseLinear &scale, const PiecewiseLinear &fallback) {
        double worst = 0;
        for (const auto &point : scale.points())
            worst = std::max(worst, point.first);
        for (const auto &point : fallback.points())
            worst = std::max(worst, point.first);
        return worst;
    };
    struct TimeField
    {
        QString termKey;
        QString field;
        double *target;
        bool *promised;
        double unpromised;
    };
    const TimeField timeFields[] = {
        {QStringLiteral("response_time"), QStringLiteral("response_minutes"), &offer.responseMinutes,
         &result.responsePromised, worstOf(tier.scale.response, defaults.response)},
        {QStringLiteral("onsite_time"), QStringLiteral("onsite_minutes"), &offer.onsiteMinutes, &result.onsitePromised,
         worstOf(tier.scale.onsite, defaults.onsite)},
        {QStringLiteral("resolution_time"), QStringLiteral("resolution_minutes"), &offer.resolutionMinutes,
         &result.resolutionPromised, worstOf(tier.scale.resolution, defaults.resolution)},
    };
    for (const TimeField &time : timeFields) {
        *time.target = time.unpromised;
        result.origins[time.field] = {
            kDefault, tr("not promised: scored as the worst acceptable %1 min").arg(time.unpromised, 0, 'g', 6)};
        for (const SlaTerm *term : candidates(vendor.terms, time.termKey, tier)) {
            const double minutes = termMinutes(*term);
            if (minutes > 0) {
                *time.target = minutes;
                *time.promised = true;
                result.origins[time.field] = fromTerm(*term);
                break;
            }
        }
    }

    result.origins[QStringLiteral("coverage")] = {kDefault, tr("no coverage found: 5x9 assumed")};
    offer.coverage = *CoverageWindow::parse(QStringLiteral("5x9"));
    for (const SlaTerm *term : candidates(vendor.terms, QStringLiteral("coverage"), tier)) {
        if (const auto window = windowFromValues(term->values)) {
            offer.coverage = *window;
            result.origins[QStringLiteral("coverage")] = fromTerm(*term);
            break;
        }
    }

    result.origins[QStringLiteral("parts_quality")] = {kDefault, tr("no parts commitment found")};
    for (const SlaTerm *term : candidates(vendor.terms, QStringLiteral("parts_quality"), tier)) {
        if (partsQualityFromName(term->values.value(QStringLiteral("value")).toString(), &offer.partsQuality)) {
            result.origins[QStringLiteral("parts_quality")] = fromTerm(*term);
            break;
        }
    }
    result.origins[QStringLiteral("parts_locality")] = {kDefault, tr("no parts stock location found")};
    for (const SlaTerm *term : candidates(vendor.terms, QStringLiteral("parts_stock"), tier)) {
        if (partsLocalityFromName(term->values.value(QStringLiteral("value")).toString(), &offer.partsLocality)) {
            result.origins[QStringLiteral("parts_locality")] = fromTerm(*term);
            break;
        }
    }

    // The best certification named anywhere: manufacturer certifications count as OEM.
    static const QStringList industry = {QStringLiteral("comptia_server_plus")};
    result.origins[QStringLiteral("certification")] = {kDefault, tr("no certification found")};
    for (const SlaTerm *term : candidates(vendor.terms, QStringLiteral("certification"), tier)) {
        const QString value = term->values.value(QStringLiteral("value")).toString();
        const EngineerCertification level =
            industry.contains(value) ? EngineerCertification::Industry : EngineerCertification::Oem;
        if (level > offer.engineers.certification) {
            offer.engineers.certification = level;
            result.origins[QStringLiteral("certification")] = fromTerm(*term);
        }
    }
    result.origins[QStringLiteral("presence")] = {kDefault,
                                                  tr("engineer presence is not read from documents: remote assumed")};

    // Prices: the tier's own per-server-year price; a price naming no tier only when the documents
    // give a single one (several untiered prices cannot be told apart).
    const auto convert = [&](double amount, const QString &currency, double *out) {
        const QString code = currency.isEmpty() ? settings.currency : currency.toUpper();
        if (code == settings.currency) {
            *out = amount * vendor.priceFactor;
            return true;
        }
        if (!settings.exchangeRates.contains(code)) {
            result.errors << tr("%1, tier %2: price in %3 but the spec has no exchange rate for it")
                                 .arg(vendor.vendor.name, tier.tier.name, code);
            return false;
        }
        *out = amount * settings.exchangeRates.value(code) * vendor.priceFactor;
        return true;
    };
    {
        QList<const SlaTerm *> own;
        QList<const SlaTerm *> general;
        for (const SlaTerm &term : vendor.terms) {
            if (term.key != QLatin1String("price"))
                continue;
            const QString per = term.values.value(QStringLiteral("per")).toString();
            if (per != QLatin1String("server_year") && per != QLatin1String("server_month"))
                continue;
            if (term.tier.isEmpty())
                general << &term;
            else if (tierMatches(term.tier, tier))
                own << &term;
        }
        QList<const SlaTerm *> chosen = own;
        if (chosen.isEmpty()) {
            QList<double> distinct;
            for (const SlaTerm *term : general) {
                const double amount = term->values.value(QStringLiteral("amount")).toDouble();
                if (!distinct.contains(amount))
                    distinct << amount;
            }
            if (distinct.size() == 1)
                chosen = general;
        }
        if (!chosen.isEmpty()) {
            const SlaTerm &term = *chosen.constFirst();
            double amount = term.values.value(QStringLiteral("amount")).toDouble();
            if (term.values.value(QStringLiteral("per")).toString() == QLatin1String("server_month"))
                amount *= 12;
            if (convert(amount, term.values.value(QStringLiteral("currency")).toString(), &result.pricePerServerYear)) {
                result.hasPrice = true;
                result.origins[QStringLiteral("price_per_server_year")] = fromTerm(term);
            }
        }
    }

    // Price adjustment: the worst clause read (an uncapped renewal clause outweighs a fixed price).
    result.priceAdjustment.assumedEscalationPercent = settings.unboundedEscalationPercent;
    result.origins[QStringLiteral("price_adjustment")] = {kDefault, tr("no price adjustment clause: fixed")};
    bool adjustmentFound = false;
    for (const SlaTerm *term : candidates(vendor.terms, QStringLiteral("price_adjustment"), tier)) {
        PriceAdjustment adjustment;
        adjustment.assumedEscalationPercent = settings.unboundedEscalationPercent;
        if (!priceAdjustmentKindFromName(term->values.value(QStringLiteral("value")).toString(), &adjustment.kind))
            continue;
        adjustment.capPercent = term->values.value(QStringLiteral("percent")).toDouble();
        const int severity = priceAdjustmentSeverity(adjustment);
        const int current = priceAdjustmentSeverity(result.priceAdjustment);
        if (!adjustmentFound || severity > current ||
            (severity == current && adjustment.capPercent > result.priceAdjustment.capPercent)) {
            result.priceAdjustment = adjustment;
            result.origins[QStringLiteral("price_adjustment")] = fromTerm(*term);
            adjustmentFound = true;
        }
    }

    // Service credits: the first rate that applies to the tier; a "per month" figure is a cap.
    result.origins[QStringLiteral("credits")] = {kDefault, tr("no service credits found")};
    for (const SlaTerm *term : candidates(vendor.terms, QStringLiteral("penalty"), tier)) {
        const QString per = term->values.value(QStringLiteral("per")).toString();
        const double percent = term->values.value(QStringLiteral("percent")).toDouble();
        const QVariant cap = term->values.value(QStringLiteral("cap_percent"));
        if (per == QLatin1String("month") || per == QLatin1String("year")) {
            if (result.credits.capPercentOfAnnualFee <= 0)
                result.credits.capPercentOfAnnualFee = percent;
            continue;
        }
        if (!result.credits.isEmpty())
            continue;
        if (per == QLatin1String("hour"))
            result.credits.percentPerHourLate = percent;
        else if (per == QLatin1String("business_day") || per == QLatin1String("day"))
            result.credits.percentPerHourLate = percent / 24; // a day late counts as 24 clock hours
        else if (per == QLatin1String("incident"))
            result.credits.percentPerIncident = percent;
        else
            continue;
        if (!cap.isNull())
            result.credits.capPercentPerIncident = cap.toDouble();
        result.origins[QStringLiteral("credits")] = fromTerm(*term);
    }
    if (result.credits.isEmpty())
        result.credits.capPercentOfAnnualFee = 0;

    result.excludedFraction = tier.excludedFraction;
    result.origins[QStringLiteral("excluded_fraction")] = {kDefault, tr("the tier's assumption")};
    result.tmCostPerIncident = tier.tmCostPerIncident;
    result.origins[QStringLiteral("tm_cost_per_incident")] = {kDefault, tr("the tier's assumption")};

    // Overrides: for every tier first, then the ones for this tier, so a tier-specific value wins.
    bool repairOverridden = false;
    const auto apply = [&](const OfferOverride &override) {
        const QString &field = override.field;
        const QVariant &value = override.value;
        const ValueOrigin origin{kOverride, override.reason, 0};
        if (field.endsWith(QLatin1String("_minutes")) && field != QLatin1String("repair_minutes")) {
            for (const TimeField &time : timeFields) {
                if (time.field != field)
                    continue;
                *time.promised = !value.isNull();
                *time.target = value.isNull() ? time.unpromised : value.toDouble();
            }
        } else if (field == QLatin1String("repair_minutes")) {
            result.repairMinutes = value.toDouble();
            repairOverridden = true;
        } else if (field == QLatin1String("coverage")) {
            offer.coverage = *windowFromVariant(value);
        } else if (field == QLatin1String("parts_quality")) {
            partsQualityFromName(value.toString(), &offer.partsQuality);
        } else if (field == QLatin1String("parts_locality")) {
            partsLocalityFromName(value.toString(), &offer.partsLocality);
        } else if (field == QLatin1String("certification")) {
            certificationFromName(value.toString(), &offer.engineers.certification);
        } else if (field == QLatin1String("presence")) {
            presenceFromName(value.toString(), &offer.engineers.presence);
        } else if (field == QLatin1String("price_per_server_year")) {
            if (convert(value.toDouble(), override.currency, &result.pricePerServerYear))
                result.hasPrice = true;
        } else if (field == QLatin1String("price_adjustment")) {
            const QVariantMap map = value.toMap();
            priceAdjustmentKindFromName(map.value(QStringLiteral("kind")).toString(), &result.priceAdjustment.kind);
            result.priceAdjustment.capPercent = map.value(QStringLiteral("percent")).toDouble();
            if (result.priceAdjustment.kind == PriceAdjustmentKind::Unbounded &&
                map.contains(QStringLiteral("percent")))
                result.priceAdjustment.assumedEscalationPercent = map.value(QStringLiteral("percent")).toDouble();
        } else if (field == QLatin1String("credits")) {
            const QVariantMap map = value.toMap();
            result.credits = CreditTerms{};
            result.credits.targetHours = map.value(QStringLiteral("target_hours")).toDouble();
            result.credits.percentPerIncident = map.value(QStringLiteral("percent_per_incident")).toDouble();
            result.credits.percentPerHourLate = map.value(QStringLiteral("percent_per_hour_late")).toDouble();
            result.credits.capPercentPerIncident = map.value(QStringLiteral("cap_percent_per_incident")).toDouble();
            result.credits.capPercentOfAnnualFee = map.value(QStringLiteral("cap_percent_of_annual_fee")).toDouble();
        } else if (field == QLatin1String("excluded_fraction")) {
            result.excludedFraction = value.toDouble();
        } else if (field == QLatin1String("tm_cost_per_incident")) {
            result.tmCostPerIncident = value.toDouble();
        }
        result.origins[field] = origin;
    };
    for (const OfferOverride &override : vendor.overrides) {
        if (override.tier.isEmpty())
            apply(override);
    }
    for (const OfferOverride &override : vendor.overrides) {
        if (!override.tier.isEmpty() && override.tier == tier.tier.name)
            apply(override);
    }

    // Hands-on repair: the tier's estimate, shortened when the promises leave less time between
    // arrival and restore. A loose resolution promise never makes the modelled repair longer than
    // a vendor that promises nothing.
    if (!repairOverridden) {
        result.repairMinutes = tier.repairHours * 60;
        result.origins[QStringLiteral("repair_minutes")] = {kDefault, tr("the tier's repair estimate")};
        if (result.resolutionPromised && result.onsitePromised && offer.resolutionMinutes > offer.onsiteMinutes &&
            offer.resolutionMinutes - offer.onsiteMinutes < result.repairMinutes) {
            result.repairMinutes = offer.resolutionMinutes - offer.onsiteMinutes;
            result.origins[QStringLiteral("repair_minutes")] = {kDocument, tr("resolution minus on-site promise")};
        }
    }
    // Credits run on the restore clock: late after the resolution promise, or arrival plus repair.
    if (!result.credits.isEmpty() && result.credits.targetHours <= 0) {
        result.credits.targetHours = result.resolutionPromised ? offer.resolutionMinutes / 60.0
                                                               : (offer.onsiteMinutes + result.repairMinutes) / 60.0;
    }

    offer.clarityPenalty = CriterionScorer::clarityPenalty(vendor.findings);
    if (!result.hasPrice) {
        result.errors << tr("%1, tier %2: no per-server-year price found in the documents; add an override "
                            "\"price_per_server_year\" with its reason")
                             .arg(vendor.vendor.name, tier.tier.name);
    }
    return result;
}

} // namespace tw::evaluation
