#pragma once

#include "CoverageWindow.h"
#include "Criterion.h"
#include "PartsQuality.h"
#include "ServiceOffer.h"

#include <QCoreApplication>
#include <QDebug>
#include <QList>
#include <QString>

#include <optional>

namespace tw::evaluation {

/** A tier's hard requirements: an offer that misses one is out, whatever its score. */
struct TierRequirements
{
    std::optional<CoverageWindow> minimumCoverage; ///< compared by covered hours per week
    std::optional<double> maxResponseMinutes;
    std::optional<double> maxOnsiteMinutes;
    std::optional<double> maxResolutionMinutes;
    std::optional<PartsQuality> minimumPartsQuality; ///< in the ordinal order of PartsQuality
    std::optional<double> minAttainmentPercent;      ///< only checked when the offer has history

    bool operator==(const TierRequirements &other) const;
    bool operator!=(const TierRequirements &other) const { return !(*this == other); }
};

/** One failed requirement, with the reason a buyer reads. */
struct KnockOut
{
    Criterion criterion = Criterion::Coverage;
    QString reason;

    bool operator==(const KnockOut &other) const { return criterion == other.criterion && reason == other.reason; }
    bool operator!=(const KnockOut &other) const { return !(*this == other); }
};

/** Checks offers against a tier's requirements (promised values; history has its own requirement). */
class KnockOutCheck
{
    Q_DECLARE_TR_FUNCTIONS(tw::evaluation::KnockOutCheck)

public:
    /** Every requirement the offer misses, in criterion order; empty when it qualifies. */
    static QList<KnockOut> check(const TierRequirements &requirements, const ServiceOffer &offer);
};

QDebug operator<<(QDebug debug, const KnockOut &knockOut);
char *toString(const KnockOut &knockOut);

} // namespace tw::evaluation
