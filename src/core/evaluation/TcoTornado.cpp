#include "TcoTornado.h"

#include "core/model/DebugString.h"

#include <algorithm>

namespace tw::evaluation {

namespace {

DurationSources scaleAttainment(DurationSources sources, double factor)
{
    auto scale = [factor](DeliveryRecord &record) {
        if (record.tickets > 0 && record.attainmentPercent)
            record.attainmentPercent = std::clamp(*record.attainmentPercent * factor, 0.0, 100.0);
    };
    scale(sources.arrivalRecord);
    scale(sources.repairRecord);
    sources.policy.assumedAttainment = std::clamp(sources.policy.assumedAttainment * factor, 0.0, 1.0);
    return sources;
}

double totalWith(TcoInputs inputs, const DurationSources &sources)
{
    TcoTornado::applyHistory(&inputs, sources);
    return TcoModel::expected(inputs).total();
}

} // namespace

void TcoTornado::applyHistory(TcoInputs *inputs, const DurationSources &sources)
{
    const ExpectedDuration arrival =
        HistoryAdjustment::expected(sources.promisedArrivalMinutes, sources.arrivalRecord, sources.policy);
    const ExpectedDuration repair =
        HistoryAdjustment::expected(sources.promisedRepairMinutes, sources.repairRecord, sources.policy);
    inputs->arrival = {arrival.meanMinutes / 60.0, arrival.sigma};
    inputs->repair = {repair.meanMinutes / 60.0, repair.sigma};
}

QList<TornadoBar> TcoTornado::analyse(const TcoInputs &inputs, const DurationSources &sources, double swing)
{
    const double base = totalWith(inputs, sources);
    QList<TornadoBar> bars;

    TornadoBar failures{QStringLiteral("failure_rate"), base, 0, 0};
    TcoInputs varied = inputs;
    varied.annualFailureRate = inputs.annualFailureRate * (1 - swing);
    failures.atMinus = totalWith(varied, sources);
    varied.annualFailureRate = inputs.annualFailureRate * (1 + swing);
    failures.atPlus = totalWith(varied, sources);
    bars << failures;

    TornadoBar downtime{QStringLiteral("downtime_cost"), base, 0, 0};
    varied = inputs;
    varied.downtimeCostPerHour = inputs.downtimeCostPerHour * (1 - swing);
    downtime.atMinus = totalWith(varied, sources);
    varied.downtimeCostPerHour = inputs.downtimeCostPerHour * (1 + swing);
    downtime.atPlus = totalWith(varied, sources);
    bars << downtime;

    TornadoBar attainment{QStringLiteral("attainment"), base, 0, 0};
    attainment.atMinus = totalWith(inputs, scaleAttainment(sources, 1 - swing));
    attainment.atPlus = totalWith(inputs, scaleAttainment(sources, 1 + swing));
    bars << attainment;

    std::stable_sort(bars.begin(), bars.end(),
                     [](const TornadoBar &a, const TornadoBar &b) { return a.swing() > b.swing(); });
    return bars;
}

QDebug operator<<(QDebug debug, const TornadoBar &bar)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "TornadoBar(" << bar.driver << ", " << bar.atMinus << " .. " << bar.atPlus
                              << " around " << bar.base << ")";
    return debug;
}

char *toString(const TornadoBar &bar) { return debugCString(bar); }

} // namespace tw::evaluation
