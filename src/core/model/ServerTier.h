#pragma once

#include <QDebug>
#include <QString>

namespace tw {

/** A group of servers with the same business impact, evaluated on its own. */
struct ServerTier
{
    QString name;
    int servers = 0;
    double downtimeCostPerHour = 0; ///< in the evaluation's currency
    double annualFailureRate = 0;   ///< hardware incidents per server per year
    double rtoHours = 0;            ///< maximum tolerable outage
    double rpoMinutes = 0;          ///< maximum tolerable data loss

    /** Expected hardware incidents in the whole tier over the given number of years. */
    double expectedFailures(double years) const { return servers * annualFailureRate * years; }
    bool operator==(const ServerTier &other) const;
    bool operator!=(const ServerTier &other) const { return !(*this == other); }
};

QDebug operator<<(QDebug debug, const ServerTier &tier);
char *toString(const ServerTier &tier);

} // namespace tw
