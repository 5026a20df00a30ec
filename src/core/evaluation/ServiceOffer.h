#pragma once

#include "CoverageWindow.h"
#include "EngineerProfile.h"
#include "PartsQuality.h"

#include <QDebug>
#include <QString>

#include <optional>

namespace tw::evaluation {

/** What one vendor offers for one tier, reduced to the numbers the criteria are scored on. */
struct ServiceOffer
{
    QString vendor;
    double responseMinutes = 0;   ///< promised, from report to qualified contact
    double onsiteMinutes = 0;     ///< promised, from report to engineer on site
    double resolutionMinutes = 0; ///< promised, from report to service restored
    CoverageWindow coverage;
    PartsQuality partsQuality = PartsQuality::Unspecified;
    PartsLocality partsLocality = PartsLocality::Unspecified;
    EngineerProfile engineers;
    std::optional<double> attainmentPercent; ///< measured history, 0..100; empty without history
    double clarityPenalty = 0;               ///< severity-weighted findings (CriterionScorer::clarityPenalty)
    double tco = 0;                          ///< risk-adjusted TCO (mean) over the horizon, > 0

    bool operator==(const ServiceOffer &other) const;
    bool operator!=(const ServiceOffer &other) const { return !(*this == other); }
};

QDebug operator<<(QDebug debug, const ServiceOffer &offer);
char *toString(const ServiceOffer &offer);

} // namespace tw::evaluation
