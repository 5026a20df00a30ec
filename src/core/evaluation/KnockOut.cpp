#include "KnockOut.h"

#include "core/model/DebugString.h"

#include <cmath>

namespace tw::evaluation {

namespace {

QString minutesText(double minutes)
{
    if (minutes >= 60 && std::fmod(minutes, 60.0) == 0)
        return KnockOutCheck::tr("%n h", nullptr, int(minutes / 60));
    return KnockOutCheck::tr("%1 min").arg(minutes, 0, 'g', 6);
}

} // namespace

bool TierRequirements::operator==(const TierRequirements &other) const
{
    return minimumCoverage == other.minimumCoverage && maxResponseMinutes == other.maxResponseMinutes &&
           maxOnsiteMinutes == other.maxOnsiteMinutes && maxResolutionMinutes == other.maxResolutionMinutes &&
           minimumPartsQuality == other.minimumPartsQuality && minAttainmentPercent == other.minAttainmentPercent;
}

QList<KnockOut> KnockOutCheck::check(const TierRequirements &requirements, const ServiceOffer &offer)
{
    QList<KnockOut> failed;
    auto checkTime = [&](Criterion criterion, const std::optional<double> &limit, double promised,
                         const QString &what) {
        if (limit && promised > *limit) {
            failed << KnockOut{
                criterion,
                tr("%1 of %2 exceeds the tier's maximum of %3").arg(what, minutesText(promised), minutesText(*limit))};
        }
    };
    checkTime(Criterion::ResponseTime, requirements.maxResponseMinutes, offer.responseMinutes, tr("Response time"));
    checkTime(Criterion::OnsiteTime, requirements.maxOnsiteMinutes, offer.onsiteMinutes, tr("On-site time"));
    checkTime(Criterion::ResolutionTime, requirements.maxResolutionMinutes, offer.resolutionMinutes,
              tr("Resolution time"));
    if (requirements.minimumCoverage &&
        offer.coverage.coveredHoursPerWeek() < requirements.minimumCoverage->coveredHoursPerWeek()) {
        failed << KnockOut{Criterion::Coverage, tr("Coverage %1 is below the tier's minimum of %2")
                                                    .arg(offer.coverage.name(), requirements.minimumCoverage->name())};
    }
    if (requirements.minimumPartsQuality && offer.partsQuality < *requirements.minimumPartsQuality) {
        failed << KnockOut{Criterion::Parts, tr("Parts quality \"%1\" is below the required \"%2\"")
                                                 .arg(partsQualityName(offer.partsQuality),
                                                      partsQualityName(*requirements.minimumPartsQuality))};
    }
    if (requirements.minAttainmentPercent && offer.attainmentPercent &&
        *offer.attainmentPercent < *requirements.minAttainmentPercent) {
        failed << KnockOut{Criterion::Attainment,
                           tr("Historical attainment of %1 % is below the tier's minimum of %2 %")
                               .arg(*offer.attainmentPercent, 0, 'f', 1)
                               .arg(*requirements.minAttainmentPercent, 0, 'f', 1)};
    }
    return failed;
}

QDebug operator<<(QDebug debug, const KnockOut &knockOut)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "KnockOut(" << knockOut.criterion << ": " << knockOut.reason << ")";
    return debug;
}

char *toString(const KnockOut &knockOut) { return debugCString(knockOut); }

} // namespace tw::evaluation
