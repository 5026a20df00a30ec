// tw-bench-tco [--trials N] [--seed S] [--threads T] [--inputs FILE]: runs TcoSimulation::run on
// 10 vendors x 3 tiers of deterministic, realistic TcoInputs and prints one JSON object on stdout:
// wall time of the simulations alone and, per case, mean / standard error / P50 / P90 and the
// breakdown. --inputs writes the cases as JSON so benchmarks/evaluate/bench_numpy.py samples the
// same model from the same parameters.
#include "core/evaluation/PartsQuality.h"
#include "core/evaluation/TcoSimulation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <thread>

using namespace tw::evaluation;

namespace {

struct TierProfile
{
    const char *name;
    int servers;
    double downtimeCostPerHour;
    double annualFailureRate;
    double partsNeededProbability;
    double repairHours;
};

// The demo's tiers (resources/demo/evaluation.json).
const TierProfile tiers[] = {
    {"Mission-critical database", 24, 200000, 0.10, 0.6, 2},
    {"Production", 120, 30000, 0.08, 0.5, 3},
    {"Test", 60, 2000, 0.12, 0.5, 4},
};

struct VendorProfile
{
    const char *name;
    const char *coverage;
    double onsiteHours;  ///< mean arrival in the critical tier; other tiers scale it
    double arrivalSigma; ///< history-adjusted spreads
    double repairFactor; ///< delivered repair mean / the tier's repair hours
    double repairSigma;
    PartsLocality locality;
    double pricePerServerYear; ///< critical tier; production 0.55x, test 0.3x
    PriceAdjustmentKind adjustment;
    double capPercent;
    double excludedFraction;
    double tmCost;
    // Credits: target (h), flat %, % per hour late, cap per incident %, yearly cap % of the fee.
    double creditTarget, creditFlat, creditPerHour, creditCap, creditYearCap;
};

const VendorProfile vendors[] = {
    {"Huayao", "7x24", 2.3, 0.37, 0.6, 0.5, PartsLocality::Local, 10800, PriceAdjustmentKind::Fixed, 0, 0.05, 1800, 6,
     0, 2, 20, 0},
    {"Xunwei", "7x24", 5.5, 0.62, 1.1, 0.6, PartsLocality::Regional, 4300, PriceAdjustmentKind::Capped, 5, 0.08, 2500,
     0, 0, 0, 0, 0},
    {"Meridian", "5x9", 3.5, 0.45, 0.9, 0.5, PartsLocality::Central, 10224, PriceAdjustmentKind::Unbounded, 0, 0.04,
     3500, 8, 5, 1, 15, 10},
    {"Keystone", "5x12", 4.0, 0.55, 1.0, 0.7, PartsLocality::Regional, 5900, PriceAdjustmentKind::Fixed, 0, 0.06, 3000,
     4, 0, 3, 30, 20},
    {"Northbridge", "7x12", 6.0, 0.70, 1.2, 0.8, PartsLocality::Central, 9100, PriceAdjustmentKind::Capped, 3, 0.05,
     3000, 0, 0, 0, 0, 0},
    {"Lanting", "5x8", 8.0, 0.80, 1.3, 0.9, PartsLocality::Central, 2900, PriceAdjustmentKind::Unbounded, 0, 0.10, 4000,
     24, 0, 1, 10, 5},
    {"Beacon", "6x12", 3.0, 0.40, 0.8, 0.45, PartsLocality::Local, 8600, PriceAdjustmentKind::Capped, 4, 0.03, 2200, 4,
     2, 2, 25, 15},
    {"Crestline", "5x10", 4.5, 0.50, 1.0, 0.6, PartsLocality::Regional, 6400, PriceAdjustmentKind::Fixed, 0, 0.05, 2800,
     8, 0, 1.5, 20, 0},
    {"Dalian Tech", "7x24", 3.0, 0.30, 0.7, 0.0, PartsLocality::Local, 9800, PriceAdjustmentKind::Fixed, 0, 0.02, 1500,
     4, 1, 2, 0, 12},
    {"Eastgate", "5x9", 12.0, 0.90, 1.5, 1.0, PartsLocality::Central, 2100, PriceAdjustmentKind::Unbounded, 0, 0.12,
     5000, 0, 0, 0, 0, 0},
};

TcoInputs makeInputs(const VendorProfile &vendor, const TierProfile &tier, int tierIndex)
{
    static const double priceScale[] = {1.0, 0.55, 0.3};
    static const double arrivalScale[] = {1.0, 1.6, 3.0}; // lower tiers get slower on-site promises
    TcoInputs inputs;
    inputs.servers = tier.servers;
    inputs.annualFailureRate = tier.annualFailureRate;
    inputs.downtimeCostPerHour = tier.downtimeCostPerHour;
    inputs.years = 3;
    inputs.discountRate = 0.04;
    inputs.pricePerServerYear = vendor.pricePerServerYear * priceScale[tierIndex];
    inputs.priceAdjustment.kind = vendor.adjustment;
    inputs.priceAdjustment.capPercent = vendor.capPercent;
    inputs.priceAdjustment.assumedEscalationPercent = 8;
    inputs.coverage = *CoverageWindow::parse(QString::fromLatin1(vendor.coverage));
    inputs.arrival = {vendor.onsiteHours * arrivalScale[tierIndex], vendor.arrivalSigma};
    inputs.repair = {tier.repairHours * vendor.repairFactor, vendor.repairSigma};
    inputs.partsNeededProbability = tier.partsNeededProbability;
    inputs.partsDelayHours = partsDelayHours(vendor.locality);
    inputs.excludedFraction = vendor.excludedFraction;
    inputs.tmCostPerIncident = vendor.tmCost;
    inputs.credits.targetHours = vendor.creditTarget * (tierIndex == 0 ? 1 : tierIndex == 1 ? 2 : 4);
    inputs.credits.percentPerIncident = vendor.creditFlat;
    inputs.credits.percentPerHourLate = vendor.creditPerHour;
    inputs.credits.capPercentPerIncident = vendor.creditCap;
    inputs.credits.capPercentOfAnnualFee = vendor.creditYearCap;
    return inputs;
}

QJsonObject inputsToJson(const TcoInputs &inputs)
{
    QJsonObject coverage{{QStringLiteral("days_per_week"), inputs.coverage.daysPerWeek},
                         {QStringLiteral("day_start_minute"), inputs.coverage.dayStartMinute},
                         {QStringLiteral("day_length_minutes"), inputs.coverage.dayLengthMinutes}};
    QJsonObject credits{{QStringLiteral("target_hours"), inputs.credits.targetHours},
                        {QStringLiteral("percent_per_incident"), inputs.credits.percentPerIncident},
                        {QStringLiteral("percent_per_hour_late"), inputs.credits.percentPerHourLate},
                        {QStringLiteral("cap_percent_per_incident"), inputs.credits.capPercentPerIncident},
                        {QStringLiteral("cap_percent_of_annual_fee"), inputs.credits.capPercentOfAnnualFee}};
    return QJsonObject{
        {QStringLiteral("servers"), inputs.servers},
        {QStringLiteral("annual_failure_rate"), inputs.annualFailureRate},
        {QStringLiteral("downtime_cost_per_hour"), inputs.downtimeCostPerHour},
        {QStringLiteral("years"), inputs.years},
        {QStringLiteral("discount_rate"), inputs.discountRate},
        {QStringLiteral("price_per_server_year"), inputs.pricePerServerYear},
        {QStringLiteral("yearly_escalation"), inputs.priceAdjustment.yearlyRate()},
        {QStringLiteral("coverage"), coverage},
        {QStringLiteral("arrival"), QJsonArray{inputs.arrival.meanHours, inputs.arrival.sigma}},
        {QStringLiteral("repair"), QJsonArray{inputs.repair.meanHours, inputs.repair.sigma}},
        {QStringLiteral("parts_needed_probability"), inputs.partsNeededProbability},
        {QStringLiteral("parts_delay_hours"), inputs.partsDelayHours},
        {QStringLiteral("excluded_fraction"), inputs.excludedFraction},
        {QStringLiteral("tm_cost_per_incident"), inputs.tmCostPerIncident},
        {QStringLiteral("credits"), credits},
        {QStringLiteral("expected_total"), TcoModel::expected(inputs).total()},
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    MonteCarloSettings settings;
    settings.trials = 1000000;
    settings.seed = 1;
    QString inputsPath;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--trials"))
            settings.trials = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--seed"))
            settings.seed = args.at(i + 1).toULongLong();
        else if (args.at(i) == QLatin1String("--threads"))
            settings.threads = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--inputs"))
            inputsPath = args.at(i + 1);
        else {
            std::fprintf(stderr, "usage: tw-bench-tco [--trials N] [--seed S] [--threads T] [--inputs FILE]\n");
            return 2;
        }
    }
    if (args.size() % 2 != 0 || settings.trials < 1) {
        std::fprintf(stderr, "usage: tw-bench-tco [--trials N] [--seed S] [--threads T] [--inputs FILE]\n");
        return 2;
    }

    QJsonArray caseInputs;
    QJsonArray results;
    double seconds = 0;
    for (int t = 0; t < 3; ++t) {
        for (const VendorProfile &vendor : vendors) {
            const TcoInputs inputs = makeInputs(vendor, tiers[t], t);
            const QString name =
                QStringLiteral("%1 / %2").arg(QLatin1String(vendor.name), QLatin1String(tiers[t].name));
            QJsonObject described = inputsToJson(inputs);
            described.insert(QStringLiteral("name"), name);
            caseInputs.append(described);

            QElapsedTimer timer;
            timer.start();
            const TcoDistribution distribution = TcoSimulation::run(inputs, settings);
            const double elapsed = double(timer.nsecsElapsed()) / 1e9;
            seconds += elapsed;
            results.append(QJsonObject{
                {QStringLiteral("name"), name},
                {QStringLiteral("mean"), distribution.mean},
                {QStringLiteral("standard_error"), distribution.standardError},
                {QStringLiteral("p50"), distribution.p50},
                {QStringLiteral("p90"), distribution.p90},
                {QStringLiteral("contract"), distribution.breakdown.contract},
                {QStringLiteral("downtime"), distribution.breakdown.downtime},
                {QStringLiteral("tm"), distribution.breakdown.tm},
                {QStringLiteral("credits"), distribution.breakdown.credits},
                {QStringLiteral("seconds"), elapsed},
            });
        }
    }
    if (!inputsPath.isEmpty()) {
        QFile file(inputsPath);
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(inputsPath));
            return 1;
        }
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("trials"), double(settings.trials)},
                                             {QStringLiteral("cases"), caseInputs}})
                       .toJson());
    }
    const int threads =
        settings.threads > 0 ? settings.threads : int(std::max(std::thread::hardware_concurrency(), 1u));
    const QJsonObject report{{QStringLiteral("implementation"), QStringLiteral("c++")},
                             {QStringLiteral("trials"), double(settings.trials)},
                             {QStringLiteral("seed"), QString::number(settings.seed)},
                             {QStringLiteral("threads"), threads},
                             {QStringLiteral("seconds"), seconds},
                             {QStringLiteral("cases"), results}};
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
