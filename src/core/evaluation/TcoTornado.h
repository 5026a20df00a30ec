#pragma once

#include "HistoryAdjustment.h"
#include "TcoModel.h"

#include <QDebug>
#include <QList>
#include <QString>

namespace tw::evaluation {

/** Promises and delivery records the outage durations of a TcoInputs come from. */
struct DurationSources
{
    double promisedArrivalMinutes = 0; ///< on-site promise
    DeliveryRecord arrivalRecord;
    double promisedRepairMinutes = 0; ///< resolution promise minus on-site, or a repair estimate
    DeliveryRecord repairRecord;
    HistoryPolicy policy;
};

/** TCO at a driver's value -swing and +swing around the base. */
struct TornadoBar
{
    QString driver;     ///< "failure_rate", "downtime_cost", "attainment"
    double base = 0;    ///< expected TCO at the base values
    double atMinus = 0; ///< expected TCO with the driver at (1 - swing) x base
    double atPlus = 0;  ///< expected TCO with the driver at (1 + swing) x base

    double swing() const { return atPlus > atMinus ? atPlus - atMinus : atMinus - atPlus; }
    bool operator==(const TornadoBar &other) const
    {
        return driver == other.driver && base == other.base && atMinus == other.atMinus && atPlus == other.atPlus;
    }
    bool operator!=(const TornadoBar &other) const { return !(*this == other); }
};

/** Tornado of the TCO drivers, on the closed-form expected TCO (deterministic and fast). */
class TcoTornado
{
public:
    /** Sets arrival and repair from the history-adjusted expectations (minutes -> hours). */
    static void applyHistory(TcoInputs *inputs, const DurationSources &sources);
    /**
     * Bars for failure rate, downtime cost and attainment (the measured attainment of both
     * records, or the policy's assumed attainment without history), widest first.
     */
    static QList<TornadoBar> analyse(const TcoInputs &inputs, const DurationSources &sources, double swing = 0.2);
};

QDebug operator<<(QDebug debug, const TornadoBar &bar);
char *toString(const TornadoBar &bar);

} // namespace tw::evaluation
