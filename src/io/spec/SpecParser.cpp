#include "SpecParser.h"

#include "core/evaluation/OfferBuilder.h"
#include "core/evaluation/WeightVector.h"
#include "core/history/CalendarSpec.h"
#include "core/history/ColumnMapping.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace tw::io {

namespace {

using evaluation::Criterion;

/** Walks the JSON with field paths and collects every problem. */
class Checker
{
public:
    QStringList errors;

    void fail(const QString &path, const QString &message) { errors << path + QStringLiteral(": ") + message; }

    /** Reports keys that are not in allowed. */
    void keys(const QJsonObject &object, const QString &path, const QStringList &allowed)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!allowed.contains(it.key()))
                fail(join(path, it.key()),
                     SpecParser::tr("unknown field (expected one of %1)").arg(allowed.join(QStringLiteral(", "))));
        }
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString index(const QString &path, qsizetype i) { return QStringLiteral("%1[%2]").arg(path).arg(i); }

    /** A number in [min, max]; fallback when absent (required: an error). */
    double number(const QJsonObject &object, const QString &path, const QString &key, double fallback, bool required,
                  double min, double max, bool minExclusive = false)
    {
        const QString field = join(path, key);
        if (!object.contains(key)) {
            if (required)
                fail(field, SpecParser::tr("is required"));
            return fallback;
        }
        const QJsonValue value = object.value(key);
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            fail(field, SpecParser::tr("must be a number"));
            return fallback;
        }
        const double x = value.toDouble();
        if (minExclusive ? !(x > min) : !(x >= min)) {
            fail(field,
                 minExclusive ? SpecParser::tr("must be > %1").arg(min) : SpecParser::tr("must be >= %1").arg(min));
            return fallback;
        }
        if (x > max) {
            fail(field, SpecParser::tr("must be <= %1").arg(max));
            return fallback;
        }
        return x;
    }

    qint64 integer(const QJsonObject &object, const QString &path, const QString &key, qint64 fallback, bool required,
                   qint64 min, qint64 max)
    {
        const double x = number(object, path, key, double(fallback), required, double(min), double(max));
        if (object.contains(key) && x != std::floor(x)) {
            fail(join(path, key), SpecParser::tr("must be a whole number"));
            return fallback;
        }
        return qint64(x);
    }

    QString string(const QJsonObject &object, const QString &path, const QString &key, bool required,
                   const QString &fallback = {})
    {
        const QString field = join(path, key);
        if (!object.contains(key) || object.value(key).isNull()) {
            if (required)
                fail(field, SpecParser::tr("is required"));
            return fallback;
        }
        if (!object.value(key).isString()) {
            fail(field, SpecParser::tr("must be a string"));
            return fallback;
        }
        const QString text = object.value(key).toString().trimmed();
        if (required && text.isEmpty())
            fail(field, SpecParser::tr("must not be empty"));
        return text;
    }

    QStringList strings(const QJsonObject &object, const QString &path, const QString &key, bool required)
    {
        const QString field = join(path, key);
        QStringList out;
        if (!object.contains(key)) {
            if (required)
                fail(field, SpecParser::tr("is required"));
            return out;
        }
        if (!object.value(key).isArray()) {
            fail(field, SpecParser::tr("must be an array of strings"));
            return out;
        }
        const QJsonArray array = object.value(key).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString() || array.at(i).toString().trimmed().isEmpty())
                fail(index(field, i), SpecParser::tr("must be a non-empty string"));
            else
                out << array.at(i).toString().trimmed();
        }
        return out;
    }

    QJsonObject object(const QJsonObject &parent, const QString &path, const QString &key, bool required)
    {
        const QString field = join(path, key);
        if (!parent.contains(key)) {
            if (required)
                fail(field, SpecParser::tr("is required"));
            return {};
        }
        if (!parent.value(key).isObject()) {
            fail(field, SpecParser::tr("must be an object"));
            return {};
        }
        return parent.value(key).toObject();
    }

    QJsonArray array(const QJsonObject &parent, const QString &path, const QString &key, bool required)
    {
        const QString field = join(path, key);
        if (!parent.contains(key)) {
            if (required)
                fail(field, SpecParser::tr("is required"));
            return {};
        }
        if (!parent.value(key).isArray()) {
            fail(field, SpecParser::tr("must be an array"));
            return {};
        }
        return parent.value(key).toArray();
    }
};

QString absolutePath(const QString &specDir, const QString &file)
{
    return QDir::cleanPath(QFileInfo(file).isAbsolute() ? file : QDir(specDir).filePath(file));
}

std::optional<evaluation::PiecewiseLinear> scalePair(Checker &check, const QJsonObject &scale, const QString &path,
                                                     const QString &key)
{
    if (!scale.contains(key))
        return std::nullopt;
    const QString field = Checker::join(path, key);
    const QJsonArray pair = scale.value(key).toArray();
    if (!scale.value(key).isArray() || pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble()) {
        check.fail(field, SpecParser::tr("must be [ideal, worst acceptable]"));
        return std::nullopt;
    }
    const double ideal = pair.at(0).toDouble();
    const double worst = pair.at(1).toDouble();
    if (ideal == worst || ideal < 0 || worst < 0) {
        check.fail(field, SpecParser::tr("ideal and worst must differ and be >= 0"));
        return std::nullopt;
    }
    return evaluation::PiecewiseLinear::between(ideal, worst);
}

void parseTier(Checker &check, const QJsonObject &object, const QString &path, evaluation::TierSpec *tier)
{
    check.keys(object, path,
               {QStringLiteral("name"), QStringLiteral("aliases"), QStringLiteral("servers"),
                QStringLiteral("downtime_cost_per_hour"), QStringLiteral("annual_failure_rate"),
                QStringLiteral("rto_hours"), QStringLiteral("rpo_minutes"), QStringLiteral("parts_needed_probability"),
                QStringLiteral("repair_hours"), QStringLiteral("excluded_fraction"),
                QStringLiteral("tm_cost_per_incident"), QStringLiteral("requirements"), QStringLiteral("weights"),
                QStringLiteral("ahp"), QStringLiteral("scale"), QStringLiteral("description")});
    const double inf = std::numeric_limits<double>::max();
    tier->tier.name = check.string(object, path, QStringLiteral("name"), true);
    tier->aliases = check.strings(object, path, QStringLiteral("aliases"), false);
    tier->tier.servers = int(check.integer(object, path, QStringLiteral("servers"), 0, true, 1, 10000000));
    tier->tier.downtimeCostPerHour =
        check.number(object, path, QStringLiteral("downtime_cost_per_hour"), 0, true, 0, inf);
    tier->tier.annualFailureRate = check.number(object, path, QStringLiteral("annual_failure_rate"), 0, true, 0, 100);
    tier->tier.rtoHours = check.number(object, path, QStringLiteral("rto_hours"), 0, false, 0, inf);
    tier->tier.rpoMinutes = check.number(object, path, QStringLiteral("rpo_minutes"), 0, false, 0, inf);
    tier->partsNeededProbability =
        check.number(object, path, QStringLiteral("parts_needed_probability"), 0.5, false, 0, 1);
    tier->repairHours = check.number(object, path, QStringLiteral("repair_hours"), 2, false, 0, 10000, true);
    tier->excludedFraction = check.number(object, path, QStringLiteral("excluded_fraction"), 0.05, false, 0, 1);
    tier->tmCostPerIncident = check.number(object, path, QStringLiteral("tm_cost_per_incident"), 0, false, 0, inf);

    const QString reqPath = Checker::join(path, QStringLiteral("requirements"));
    const QJsonObject requirements = check.object(object, path, QStringLiteral("requirements"), false);
    check.keys(requirements, reqPath,
               {QStringLiteral("min_coverage"), QStringLiteral("max_response_minutes"),
                QStringLiteral("max_onsite_minutes"), QStringLiteral("max_resolution_minutes"),
                QStringLiteral("min_parts_quality"), QStringLiteral("min_attainment_percent")});
    const auto maxMinutes = [&](const QString &key, std::optional<double> *target) {
        if (requirements.contains(key))
            *target = check.number(requirements, reqPath, key, 0, true, 0, inf, true);
    };
    maxMinutes(QStringLiteral("max_response_minutes"), &tier->requirements.maxResponseMinutes);
    maxMinutes(QStringLiteral("max_onsite_minutes"), &tier->requirements.maxOnsiteMinutes);
    maxMinutes(QStringLiteral("max_resolution_minutes"), &tier->requirements.maxResolutionMinutes);
    if (requirements.contains(QStringLiteral("min_attainment_percent"))) {
        tier->requirements.minAttainmentPercent =
            check.number(requirements, reqPath, QStringLiteral("min_attainment_percent"), 0, true, 0, 100);
    }
    if (requirements.contains(QStringLiteral("min_coverage"))) {
        const QString text = check.string(requirements, reqPath, QStringLiteral("min_coverage"), true);
        tier->requirements.minimumCoverage = evaluation::CoverageWindow::parse(text);
        if (!tier->requirements.minimumCoverage && !text.isEmpty())
            check.fail(Checker::join(reqPath, QStringLiteral("min_coverage")),
                       SpecParser::tr("\"%1\" is not a coverage such as \"7x24\" or \"5x9\"").arg(text));
    }
    if (requirements.contains(QStringLiteral("min_parts_quality"))) {
        const QString text = check.string(requirements, reqPath, QStringLiteral("min_parts_quality"), true);
        evaluation::PartsQuality quality;
        if (evaluation::partsQualityFromName(text, &quality))
            tier->requirements.minimumPartsQuality = quality;
        else if (!text.isEmpty())
            check.fail(Checker::join(reqPath, QStringLiteral("min_parts_quality")),
                       SpecParser::tr("unknown parts quality \"%1\"").arg(text));
    }

    // Weights: direct, or from an AHP pairwise matrix; never both.
    tier->weights.assign(evaluation::kCriterionCount, 0.0);
    const bool direct = object.contains(QStringLiteral("weights"));
    const bool ahp = object.contains(QStringLiteral("ahp"));
    if (direct == ahp) {
        check.fail(path, direct ? SpecParser::tr("give either \"weights\" or \"ahp\", not both")
                                : SpecParser::tr("needs \"weights\" or \"ahp\""));
    } else if (direct) {
        const QString weightPath = Checker::join(path, QStringLiteral("weights"));
        const QJsonObject weights = check.object(object, path, QStringLiteral("weights"), true);
        bool valid = true;
        for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
            Criterion criterion;
            if (!evaluation::criterionFromKey(it.key(), &criterion)) {
                QStringList keys;
                for (Criterion c : evaluation::allCriteria())
                    keys << evaluation::criterionKey(c);
                check.fail(
                    Checker::join(weightPath, it.key()),
                    SpecParser::tr("unknown criterion (expected one of %1)").arg(keys.join(QStringLiteral(", "))));
                valid = false;
                continue;
            }
            const double before = check.errors.size();
            const double w =
                check.number(weights, weightPath, it.key(), 0, true, 0, std::numeric_limits<double>::max());
            valid = valid && check.errors.size() == before;
            tier->weights[size_t(evaluation::criterionIndex(criterion))] = w;
        }
        if (valid) {
            QString error;
            const auto normalized = evaluation::WeightVector::normalized(tier->weights, &error);
            if (normalized)
                tier->weights = *normalized;
            else
                check.fail(weightPath, error);
        }
    } else {
        const QString ahpPath = Checker::join(path, QStringLiteral("ahp"));
        const QJsonObject object2 = check.object(object, path, QStringLiteral("ahp"), true);
        check.keys(object2, ahpPath, {QStringLiteral("criteria"), QStringLiteral("matrix")});
        const QStringList keys = check.strings(object2, ahpPath, QStringLiteral("criteria"), true);
        QList<Criterion> criteria;
        QSet<QString> seen;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            Criterion criterion;
            if (!evaluation::criterionFromKey(keys.at(i), &criterion))
                check.fail(Checker::index(Checker::join(ahpPath, QStringLiteral("criteria")), i),
                           SpecParser::tr("unknown criterion \"%1\"").arg(keys.at(i)));
            else if (seen.contains(keys.at(i)))
                check.fail(Checker::index(Checker::join(ahpPath, QStringLiteral("criteria")), i),
                           SpecParser::tr("criterion \"%1\" appears twice").arg(keys.at(i)));
            else
                criteria << criterion;
            seen.insert(keys.at(i));
        }
        const QJsonArray rows = check.array(object2, ahpPath, QStringLiteral("matrix"), true);
        evaluation::Matrix matrix;
        const QString matrixPath = Checker::join(ahpPath, QStringLiteral("matrix"));
        bool numeric = true;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            std::vector<double> row;
            const QJsonArray cells = rows.at(i).toArray();
            if (!rows.at(i).isArray())
                numeric = false;
            for (qsizetype j = 0; j < cells.size(); ++j) {
                if (!cells.at(j).isDouble()) {
                    check.fail(Checker::index(Checker::index(matrixPath, i), j), SpecParser::tr("must be a number"));
                    numeric = false;
                }
                row.push_back(cells.at(j).toDouble());
            }
            matrix.push_back(row);
        }
        if (numeric && criteria.size() == keys.size() && !keys.isEmpty()) {
            if (qsizetype(matrix.size()) != criteria.size()) {
                check.fail(matrixPath, SpecParser::tr("must have one row per criterion (%1), has %2")
                                           .arg(criteria.size())
                                           .arg(matrix.size()));
            } else {
                QString error;
                const auto result = evaluation::Ahp::compute(matrix, &error);
                if (!result) {
                    check.fail(matrixPath, error);
                } else {
                    tier->ahp = result;
                    tier->ahpCriteria = criteria;
                    for (qsizetype i = 0; i < criteria.size(); ++i)
                        tier->weights[size_t(evaluation::criterionIndex(criteria.at(i)))] = result->weights[size_t(i)];
                }
            }
        }
    }

    const QString scalePath = Checker::join(path, QStringLiteral("scale"));
    const QJsonObject scale = check.object(object, path, QStringLiteral("scale"), false);
    check.keys(scale, scalePath,
               {QStringLiteral("response_minutes"), QStringLiteral("onsite_minutes"),
                QStringLiteral("resolution_minutes"), QStringLiteral("attainment_percent"),
                QStringLiteral("clarity_points")});
    if (auto f = scalePair(check, scale, scalePath, QStringLiteral("response_minutes")))
        tier->scale.response = *f;
    if (auto f = scalePair(check, scale, scalePath, QStringLiteral("onsite_minutes")))
        tier->scale.onsite = *f;
    if (auto f = scalePair(check, scale, scalePath, QStringLiteral("resolution_minutes")))
        tier->scale.resolution = *f;
    if (auto f = scalePair(check, scale, scalePath, QStringLiteral("attainment_percent")))
        tier->scale.attainment = *f;
    if (auto f = scalePair(check, scale, scalePath, QStringLiteral("clarity_points")))
        tier->scale.clarity = *f;
}

void parseHistory(Checker &check, const QJsonObject &object, const QString &path, const QString &specDir,
                  const QStringList &tierNames, const QStringList &vendorTiers, HistoryFileSpec *history)
{
    check.keys(object, path,
               {QStringLiteral("file"), QStringLiteral("map"), QStringLiteral("time_zone"),
                QStringLiteral("date_order"), QStringLiteral("sheet"), QStringLiteral("calendar"),
                QStringLiteral("priorities"), QStringLiteral("segment_column"), QStringLiteral("segments")});
    history->path = path;
    const QString file = check.string(object, path, QStringLiteral("file"), true);
    if (!file.isEmpty()) {
        history->file = absolutePath(specDir, file);
        if (!QFileInfo(history->file).isFile())
            check.fail(Checker::join(path, QStringLiteral("file")),
                       SpecParser::tr("file \"%1\" does not exist").arg(file));
    }
    const QString mapPath = Checker::join(path, QStringLiteral("map"));
    const QJsonObject map = check.object(object, path, QStringLiteral("map"), false);
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        history::TicketField field;
        const QString name = it.value().toString();
        if (!it.value().isString() || (name != QLatin1String("ignore") && !history::ticketFieldFromName(name, &field)))
            check.fail(Checker::join(mapPath, it.key()), SpecParser::tr("unknown ticket field \"%1\"").arg(name));
        else
            history->mapRules << it.key() + QLatin1Char('=') + name;
    }
    history->timeZone = check.string(object, path, QStringLiteral("time_zone"), false);
    if (!history->timeZone.isEmpty() && !QTimeZone(history->timeZone.toUtf8()).isValid())
        check.fail(
            Checker::join(path, QStringLiteral("time_zone")),
            SpecParser::tr("unknown time zone \"%1\" (use an IANA name such as Asia/Shanghai)").arg(history->timeZone));
    history->dateOrder = check.string(object, path, QStringLiteral("date_order"), false, QStringLiteral("dmy"));
    if (history->dateOrder != QLatin1String("dmy") && history->dateOrder != QLatin1String("mdy"))
        check.fail(Checker::join(path, QStringLiteral("date_order")), SpecParser::tr("must be \"dmy\" or \"mdy\""));
    history->sheet = check.string(object, path, QStringLiteral("sheet"), false);
    const auto checkCalendar = [&](const QString &fieldPath, const QString &text) {
        history::CalendarSpec spec;
        if (!spec.parse(text))
            check.fail(fieldPath, spec.errorString());
    };
    history->calendar = check.string(object, path, QStringLiteral("calendar"), false, QStringLiteral("7x24"));
    checkCalendar(Checker::join(path, QStringLiteral("calendar")), history->calendar);
    if (object.contains(QStringLiteral("priorities"))) {
        history->priorities = check.strings(object, path, QStringLiteral("priorities"), true);
        static const QRegularExpression label(QStringLiteral("^P[1-9]$"));
        for (qsizetype i = 0; i < history->priorities.size(); ++i) {
            if (!label.match(history->priorities.at(i)).hasMatch())
                check.fail(Checker::index(Checker::join(path, QStringLiteral("priorities")), i),
                           SpecParser::tr("must be a priority label P1..P9"));
        }
    }
    history->segmentColumn = check.string(object, path, QStringLiteral("segment_column"), false);
    const QJsonArray segments = check.array(object, path, QStringLiteral("segments"), false);
    if (!segments.isEmpty() && history->segmentColumn.isEmpty())
        check.fail(Checker::join(path, QStringLiteral("segment_column")),
                   SpecParser::tr("is required when \"segments\" is given"));
    if (segments.isEmpty() && !history->segmentColumn.isEmpty())
        check.fail(Checker::join(path, QStringLiteral("segments")),
                   SpecParser::tr("is required when \"segment_column\" is given"));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString segPath = Checker::index(Checker::join(path, QStringLiteral("segments")), i);
        const QJsonObject segment = segments.at(i).toObject();
        if (!segments.at(i).isObject()) {
            check.fail(segPath, SpecParser::tr("must be an object"));
            continue;
        }
        check.keys(segment, segPath, {QStringLiteral("values"), QStringLiteral("tiers"), QStringLiteral("calendar")});
        HistorySegmentSpec spec;
        spec.values = check.strings(segment, segPath, QStringLiteral("values"), true);
        spec.tiers = check.strings(segment, segPath, QStringLiteral("tiers"), true);
        for (qsizetype t = 0; t < spec.tiers.size(); ++t) {
            const QString tierPath = Checker::index(Checker::join(segPath, QStringLiteral("tiers")), t);
            if (!tierNames.contains(spec.tiers.at(t)))
                check.fail(tierPath, SpecParser::tr("unknown tier \"%1\"").arg(spec.tiers.at(t)));
            else if (!vendorTiers.contains(spec.tiers.at(t)))
                check.fail(tierPath, SpecParser::tr("the vendor does not bid for tier \"%1\"").arg(spec.tiers.at(t)));
        }
        spec.calendar = check.string(segment, segPath, QStringLiteral("calendar"), false);
        if (!spec.calendar.isEmpty())
            checkCalendar(Checker::join(segPath, QStringLiteral("calendar")), spec.calendar);
        history->segments << spec;
    }
}

} // namespace

std::optional<EvaluationSpec> SpecParser::parseFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot open the spec: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), path, error);
}

std::optional<EvaluationSpec> SpecParser::parse(const QByteArray &json, const QString &specFile, QString *error)
{
    const QString specName = QFileInfo(specFile).fileName();
    const auto failed = [&](const QStringList &problems) {
        if (error) {
            QStringList lines;
            for (const QString &problem : problems)
                lines << specName + QStringLiteral(": ") + problem;
            *error = lines.join(QLatin1Char('\n'));
        }
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed({tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())});
    if (!document.isObject())
        return failed({tr("the spec must be a JSON object")});
    const QJsonObject root = document.object();
    Checker check;
    check.keys(root, QString(),
               {QStringLiteral("$schema"), QStringLiteral("version"), QStringLiteral("name"),
                QStringLiteral("description"), QStringLiteral("currency"), QStringLiteral("exchange_rates"),
                QStringLiteral("horizon_years"), QStringLiteral("discount_rate"),
                QStringLiteral("unbounded_escalation_percent"), QStringLiteral("low_price_threshold"),
                QStringLiteral("monte_carlo"), QStringLiteral("history_policy"), QStringLiteral("tiers"),
                QStringLiteral("vendors")});
    if (!root.contains(QStringLiteral("version")))
        check.fail(QStringLiteral("version"), tr("is required (this program reads version 1)"));
    else if (root.value(QStringLiteral("version")).toDouble() != 1)
        check.fail(QStringLiteral("version"), tr("unsupported version %1 (this program reads version 1)")
                                                  .arg(root.value(QStringLiteral("version")).toVariant().toString()));

    EvaluationSpec spec;
    spec.file = specFile;
    const QString specDir = QFileInfo(specFile).absolutePath();
    evaluation::EvaluationSettings &settings = spec.input.settings;
    settings.name = check.string(root, QString(), QStringLiteral("name"), false);
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    settings.currency = check.string(root, QString(), QStringLiteral("currency"), true);
    if (!settings.currency.isEmpty() && !currencyCode.match(settings.currency).hasMatch())
        check.fail(QStringLiteral("currency"), tr("must be an ISO 4217 code such as \"CNY\""));
    const QJsonObject rates = check.object(root, QString(), QStringLiteral("exchange_rates"), false);
    for (auto it = rates.constBegin(); it != rates.constEnd(); ++it) {
        if (!currencyCode.match(it.key()).hasMatch()) {
            check.fail(Checker::join(QStringLiteral("exchange_rates"), it.key()),
                       tr("must be an ISO 4217 code such as \"USD\""));
            continue;
        }
        settings.exchangeRates.insert(it.key(), check.number(rates, QStringLiteral("exchange_rates"), it.key(), 1, true,
                                                             0, std::numeric_limits<double>::max(), true));
    }
    settings.horizonYears = int(check.integer(root, QString(), QStringLiteral("horizon_years"), 3, false, 1, 30));
    settings.discountRate = check.number(root, QString(), QStringLiteral("discount_rate"), 0, false, 0, 1);
    settings.unboundedEscalationPercent =
        check.number(root, QString(), QStringLiteral("unbounded_escalation_percent"), 8, false, 0, 100);
    settings.lowPriceThreshold =
        check.number(root, QString(), QStringLiteral("low_price_threshold"), 0.55, false, 0, 1, true);
    const QJsonObject monteCarlo = check.object(root, QString(), QStringLiteral("monte_carlo"), false);
    const QString mcPath = QStringLiteral("monte_carlo");
    check.keys(monteCarlo, mcPath, {QStringLiteral("trials"), QStringLiteral("seed"), QStringLiteral("threads")});
    settings.monteCarlo.trials =
        check.integer(monteCarlo, mcPath, QStringLiteral("trials"), 100000, false, 100, 100000000);
    settings.monteCarlo.seed =
        quint64(check.integer(monteCarlo, mcPath, QStringLiteral("seed"), 1, false, 0, qint64(1) << 52));
    settings.monteCarlo.threads = int(check.integer(monteCarlo, mcPath, QStringLiteral("threads"), 0, false, 0, 256));
    const QJsonObject policy = check.object(root, QString(), QStringLiteral("history_policy"), false);
    const QString policyPath = QStringLiteral("history_policy");
    check.keys(
        policy, policyPath,
        {QStringLiteral("assumed_attainment"), QStringLiteral("default_sigma"), QStringLiteral("credibility_tickets")});
    settings.historyPolicy.assumedAttainment =
        check.number(policy, policyPath, QStringLiteral("assumed_attainment"), 0.9, false, 0.5, 0.995);
    settings.historyPolicy.defaultSigma =
        check.number(policy, policyPath, QStringLiteral("default_sigma"), 0.5, false, 0.05, 3);
    settings.historyPolicy.credibilityTickets =
        check.number(policy, policyPath, QStringLiteral("credibility_tickets"), 20, false, 0, 1e9);

    // Tiers.
    QStringList tierNames;
    const QJsonArray tiers = check.array(root, QString(), QStringLiteral("tiers"), true);
    if (root.contains(QStringLiteral("tiers")) && tiers.isEmpty())
        check.fail(QStringLiteral("tiers"), tr("must list at least one tier"));
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const QString path = Checker::index(QStringLiteral("tiers"), i);
        if (!tiers.at(i).isObject()) {
            check.fail(path, tr("must be an object"));
            continue;
        }
        evaluation::TierSpec tier;
        parseTier(check, tiers.at(i).toObject(), path, &tier);
        if (!tier.tier.name.isEmpty() && tierNames.contains(tier.tier.name))
            check.fail(Checker::join(path, QStringLiteral("name")),
                       tr("duplicate tier name \"%1\"").arg(tier.tier.name));
        tierNames << tier.tier.name;
        spec.input.tiers << tier;
    }

    // Vendors.
    QStringList vendorNames;
    const QJsonArray vendors = check.array(root, QString(), QStringLiteral("vendors"), true);
    if (root.contains(QStringLiteral("vendors")) && vendors.isEmpty())
        check.fail(QStringLiteral("vendors"), tr("must list at least one vendor"));
    for (qsizetype i = 0; i < vendors.size(); ++i) {
        const QString path = Checker::index(QStringLiteral("vendors"), i);
        if (!vendors.at(i).isObject()) {
            check.fail(path, tr("must be an object"));
            continue;
        }
        const QJsonObject object = vendors.at(i).toObject();
        check.keys(object, path,
                   {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("service_provider"),
                    QStringLiteral("tiers"), QStringLiteral("add_vat_percent"), QStringLiteral("documents"),
                    QStringLiteral("overrides"), QStringLiteral("history"), QStringLiteral("description")});
        evaluation::VendorInput vendor;
        VendorFiles files;
        vendor.vendor.name = check.string(object, path, QStringLiteral("name"), true);
        if (!vendor.vendor.name.isEmpty() && vendorNames.contains(vendor.vendor.name))
            check.fail(Checker::join(path, QStringLiteral("name")),
                       tr("duplicate vendor name \"%1\"").arg(vendor.vendor.name));
        vendorNames << vendor.vendor.name;
        const QString kind = check.string(object, path, QStringLiteral("kind"), true);
        if (!kind.isEmpty() && !vendorKindFromName(kind, &vendor.vendor.kind))
            check.fail(Checker::join(path, QStringLiteral("kind")),
                       tr("unknown kind \"%1\" (oem, tpm or reseller)").arg(kind));
        vendor.vendor.serviceProvider = check.string(object, path, QStringLiteral("service_provider"), false);
        if (object.contains(QStringLiteral("tiers"))) {
            vendor.tiers = check.strings(object, path, QStringLiteral("tiers"), true);
            for (qsizetype t = 0; t < vendor.tiers.size(); ++t) {
                if (!tierNames.contains(vendor.tiers.at(t)))
                    check.fail(Checker::index(Checker::join(path, QStringLiteral("tiers")), t),
                               tr("unknown tier \"%1\"").arg(vendor.tiers.at(t)));
            }
        } else {
            vendor.tiers = tierNames;
        }
        vendor.priceFactor =
            1 + check.number(object, path, QStringLiteral("add_vat_percent"), 0, false, 0, 100) / 100.0;
        const QStringList documents = check.strings(object, path, QStringLiteral("documents"), false);
        for (qsizetype d = 0; d < documents.size(); ++d) {
            const QString absolute = absolutePath(specDir, documents.at(d));
            if (!QFileInfo(absolute).isFile())
                check.fail(Checker::index(Checker::join(path, QStringLiteral("documents")), d),
                           tr("file \"%1\" does not exist").arg(documents.at(d)));
            files.documents << absolute;
            vendor.documents << QFileInfo(absolute).fileName();
        }
        const QJsonArray overrides = check.array(object, path, QStringLiteral("overrides"), false);
        for (qsizetype o = 0; o < overrides.size(); ++o) {
            const QString oPath = Checker::index(Checker::join(path, QStringLiteral("overrides")), o);
            const QJsonObject entry = overrides.at(o).toObject();
            if (!overrides.at(o).isObject()) {
                check.fail(oPath, tr("must be an object"));
                continue;
            }
            check.keys(entry, oPath,
                       {QStringLiteral("tier"), QStringLiteral("field"), QStringLiteral("value"),
                        QStringLiteral("currency"), QStringLiteral("reason")});
            evaluation::OfferOverride override;
            override.path = oPath;
            override.tier = check.string(entry, oPath, QStringLiteral("tier"), false);
            if (!override.tier.isEmpty() && !tierNames.contains(override.tier))
                check.fail(Checker::join(oPath, QStringLiteral("tier")), tr("unknown tier \"%1\"").arg(override.tier));
            else if (!override.tier.isEmpty() && !vendor.tiers.contains(override.tier))
                check.fail(Checker::join(oPath, QStringLiteral("tier")),
                           tr("the vendor does not bid for tier \"%1\"").arg(override.tier));
            override.field = check.string(entry, oPath, QStringLiteral("field"), true);
            override.reason = check.string(entry, oPath, QStringLiteral("reason"), true);
            if (!entry.contains(QStringLiteral("value")))
                check.fail(Checker::join(oPath, QStringLiteral("value")), tr("is required"));
            override.value = entry.value(QStringLiteral("value")).toVariant();
            override.currency = check.string(entry, oPath, QStringLiteral("currency"), false);
            if (!override.currency.isEmpty()) {
                if (override.field != QLatin1String("price_per_server_year") &&
                    override.field != QLatin1String("tm_cost_per_incident"))
                    check.fail(Checker::join(oPath, QStringLiteral("currency")), tr("only prices have a currency"));
                else if (override.currency != settings.currency && !settings.exchangeRates.contains(override.currency))
                    check.fail(Checker::join(oPath, QStringLiteral("currency")),
                               tr("no exchange rate for \"%1\" in exchange_rates").arg(override.currency));
            }
            if (!override.field.isEmpty() && entry.contains(QStringLiteral("value"))) {
                const QString problem = evaluation::OfferBuilder::validateOverride(override);
                const bool knownField = evaluation::OfferBuilder::overrideFields().contains(override.field);
                if (!problem.isEmpty())
                    check.fail(Checker::join(oPath, knownField ? QStringLiteral("value") : QStringLiteral("field")),
                               problem);
            }
            vendor.overrides << override;
        }
        const QJsonArray histories = check.array(object, path, QStringLiteral("history"), false);
        for (qsizetype h = 0; h < histories.size(); ++h) {
            const QString hPath = Checker::index(Checker::join(path, QStringLiteral("history")), h);
            if (!histories.at(h).isObject()) {
                check.fail(hPath, tr("must be an object"));
                continue;
            }
            HistoryFileSpec history;
            parseHistory(check, histories.at(h).toObject(), hPath, specDir, tierNames, vendor.tiers, &history);
            files.histories << history;
        }
        spec.input.vendors << vendor;
        spec.vendorFiles << files;
    }

    // Every tier needs at least one vendor to choose from.
    for (qsizetype t = 0; t < spec.input.tiers.size(); ++t) {
        const QString &name = spec.input.tiers.at(t).tier.name;
        bool covered = false;
        for (const evaluation::VendorInput &vendor : spec.input.vendors)
            covered = covered || vendor.tiers.contains(name);
        if (!covered && !name.isEmpty() && !spec.input.vendors.isEmpty())
            check.fail(Checker::index(QStringLiteral("tiers"), t), tr("no vendor bids for tier \"%1\"").arg(name));
    }
    if (!check.errors.isEmpty())
        return failed(check.errors);
    return spec;
}

} // namespace tw::io
