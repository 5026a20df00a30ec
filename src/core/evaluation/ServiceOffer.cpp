#include "ServiceOffer.h"

#include "core/model/DebugString.h"

namespace tw::evaluation {

bool ServiceOffer::operator==(const ServiceOffer &other) const
{
    return vendor == other.vendor && responseMinutes == other.responseMinutes && onsiteMinutes == other.onsiteMinutes &&
           resolutionMinutes == other.resolutionMinutes && coverage == other.coverage &&
           partsQuality == other.partsQuality && partsLocality == other.partsLocality && engineers == other.engineers &&
           attainmentPercent == other.attainmentPercent && clarityPenalty == other.clarityPenalty && tco == other.tco;
}

QDebug operator<<(QDebug debug, const ServiceOffer &offer)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "ServiceOffer(" << offer.vendor << ", response " << offer.responseMinutes
                              << " min, onsite " << offer.onsiteMinutes << " min, resolution "
                              << offer.resolutionMinutes << " min, " << offer.coverage.name() << ", "
                              << offer.partsQuality << "/" << offer.partsLocality << ", " << offer.engineers
                              << ", attainment ";
    if (offer.attainmentPercent)
        debug << *offer.attainmentPercent << "%";
    else
        debug << "unknown";
    debug << ", clarity penalty " << offer.clarityPenalty << ", TCO " << offer.tco << ")";
    return debug;
}

char *toString(const ServiceOffer &offer) { return debugCString(offer); }

} // namespace tw::evaluation
