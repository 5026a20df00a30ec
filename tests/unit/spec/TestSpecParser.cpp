// The evaluation spec: a valid spec read back field by field, every error naming its field path and
// the spec file, and the loader's ticket segments.
#include "io/spec/SpecLoader.h"
#include "io/spec/SpecParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace tw;
using namespace tw::evaluation;

namespace {

QJsonObject obj(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }

/** Sets a value at a path like "tiers/1/weights/response_time" (array indexes as numbers). */
QJsonValue setAt(const QJsonValue &node, QStringList path, const QJsonValue &value, bool remove)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (path.isEmpty() && remove)
            array.removeAt(index);
        else
            array[index] = setAt(array.at(index), path, value, remove);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && remove)
        object.remove(key);
    else
        object[key] = setAt(object.value(key), path, value, remove);
    return object;
}

} // namespace

class TestSpecParser : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QJsonObject m_valid;

    QString write(const QJsonObject &spec, const QString &name = QStringLiteral("spec.json"))
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(QJsonDocument(spec).toJson());
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("docs"));
        QFile doc(m_dir.filePath(QStringLiteral("docs/a.txt")));
        QVERIFY(doc.open(QIODevice::WriteOnly));
        doc.write("Mission-critical tier: on-site within 4 hours, 7x24.\n");
        doc.close();
        // A ticket export with two SLA plans: 3 tickets on "gold", 2 on "basic".
        QFile csv(m_dir.filePath(QStringLiteral("tickets.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("ticket_id,vendor,plan,priority,opened_at,first_response_at,onsite_at,resolved_at\n"
                  "T1,Acme,gold,P1,2024-03-04 10:00,2024-03-04 10:10,2024-03-04 12:00,2024-03-04 14:00\n"
                  "T2,Acme,gold,P1,2024-03-05 10:00,2024-03-05 10:10,2024-03-05 16:00,2024-03-05 18:00\n"
                  "T3,Acme,basic,P1,2024-03-06 10:00,2024-03-06 10:10,2024-03-07 10:00,2024-03-07 12:00\n"
                  "T4,Acme,gold,P2,2024-03-07 10:00,2024-03-07 10:10,2024-03-07 11:00,2024-03-07 12:00\n"
                  "T5,Acme,basic,P1,2024-03-08 10:00,2024-03-08 10:10,2024-03-11 10:00,2024-03-11 12:00\n");
        csv.close();
        m_valid = obj(R"({
          "version": 1, "name": "t", "currency": "CNY", "exchange_rates": {"USD": 7.2},
          "horizon_years": 3, "discount_rate": 0.05, "low_price_threshold": 0.5,
          "monte_carlo": {"trials": 1000, "seed": 9},
          "tiers": [
            {"name": "Critical", "aliases": ["关键"], "servers": 10, "downtime_cost_per_hour": 1000,
             "annual_failure_rate": 0.1, "rto_hours": 4, "rpo_minutes": 15,
             "requirements": {"min_coverage": "7x24", "max_onsite_minutes": 240, "min_parts_quality": "oem_new"},
             "weights": {"onsite_time": 3, "cost": 1},
             "scale": {"onsite_minutes": [120, 480]}},
            {"name": "Test", "servers": 5, "downtime_cost_per_hour": 10, "annual_failure_rate": 0.2,
             "ahp": {"criteria": ["cost", "onsite_time"], "matrix": [[1, 3], [0.3333, 1]]}}
          ],
          "vendors": [
            {"name": "Acme", "kind": "tpm", "service_provider": "Acme", "add_vat_percent": 6,
             "documents": ["docs/a.txt"],
             "overrides": [{"tier": "Critical", "field": "price_per_server_year", "value": 100, "currency": "USD",
                            "reason": "price list"}],
             "history": [{"file": "tickets.csv", "priorities": ["P1", "P2"], "segment_column": "plan",
                          "segments": [{"values": ["gold"], "tiers": ["Critical"]},
                                       {"values": ["basic"], "tiers": ["Test"], "calendar": "5x9"}]}]},
            {"name": "Beta", "kind": "oem", "tiers": ["Critical"],
             "overrides": [{"field": "price_per_server_year", "value": 50, "reason": "quote"}]}
          ]})");
        QVERIFY(!m_valid.isEmpty());
    }

    void validSpecReadsBack()
    {
        QString error;
        const auto spec = io::SpecParser::parseFile(write(m_valid), &error);
        QVERIFY2(spec, qPrintable(error));
        const EvaluationInput &input = spec->input;
        QCOMPARE(input.settings.currency, QStringLiteral("CNY"));
        QCOMPARE(input.settings.exchangeRates.value(QStringLiteral("USD")), 7.2);
        QCOMPARE(input.settings.horizonYears, 3);
        QCOMPARE(input.settings.discountRate, 0.05);
        QCOMPARE(input.settings.lowPriceThreshold, 0.5);
        QCOMPARE(input.settings.monteCarlo.trials, qint64(1000));
        QCOMPARE(input.settings.monteCarlo.seed, quint64(9));
        QCOMPARE(input.tiers.size(), 2);
        const TierSpec &critical = input.tiers.first();
        QCOMPARE(critical.tier.servers, 10);
        QCOMPARE(critical.aliases, QStringList{QStringLiteral("关键")});
        QCOMPARE(*critical.requirements.maxOnsiteMinutes, 240.0);
        QCOMPARE(critical.requirements.minimumCoverage->name(), QStringLiteral("7x24"));
        QCOMPARE(*critical.requirements.minimumPartsQuality, PartsQuality::OemNew);
        // Direct weights are normalised; criteria not named weigh 0.
        QCOMPARE(critical.weights[size_t(criterionIndex(Criterion::OnsiteTime))], 0.75);
        QCOMPARE(critical.weights[size_t(criterionIndex(Criterion::Cost))], 0.25);
        QCOMPARE(critical.weights[size_t(criterionIndex(Criterion::Parts))], 0.0);
        QCOMPARE(critical.scale.onsite(300), 0.5);
        // AHP: [[1, 3], [1/3, 1]] gives 0.75 / 0.25, consistent.
        const TierSpec &test = input.tiers.last();
        QVERIFY(test.ahp);
        QVERIFY(std::abs(test.weights[size_t(criterionIndex(Criterion::Cost))] - 0.75) < 1e-4);
        QCOMPARE(test.ahp->consistencyRatio, 0.0);

        QCOMPARE(input.vendors.size(), 2);
        const VendorInput &acme = input.vendors.first();
        QCOMPARE(acme.vendor.kind, VendorKind::Tpm);
        QCOMPARE(acme.tiers, (QStringList{QStringLiteral("Critical"), QStringLiteral("Test")}));
        QCOMPARE(acme.priceFactor, 1.06);
        QCOMPARE(acme.documents, QStringList{QStringLiteral("a.txt")});
        QCOMPARE(acme.overrides.size(), 1);
        QCOMPARE(acme.overrides.first().currency, QStringLiteral("USD"));
        QCOMPARE(acme.overrides.first().reason, QStringLiteral("price list"));
        QCOMPARE(acme.overrides.first().path, QStringLiteral("vendors[0].overrides[0]"));
        QCOMPARE(input.vendors.last().tiers, QStringList{QStringLiteral("Critical")});
        QCOMPARE(spec->vendorFiles.first().documents.first(), m_dir.filePath(QStringLiteral("docs/a.txt")));
        const io::HistoryFileSpec &history = spec->vendorFiles.first().histories.first();
        QCOMPARE(history.segmentColumn, QStringLiteral("plan"));
        QCOMPARE(history.segments.size(), 2);
        QCOMPARE(history.segments.last().calendar, QStringLiteral("5x9"));
    }

    void loaderAnalysesDocumentsAndSplitsTicketSegments()
    {
        QString error;
        const auto spec = io::SpecParser::parseFile(write(m_valid), &error);
        QVERIFY2(spec, qPrintable(error));
        const auto input = io::SpecLoader::load(*spec, &error);
        QVERIFY2(input, qPrintable(error));
        const VendorInput &acme = input->vendors.first();
        QVERIFY(!acme.terms.isEmpty()); // the analyzer read the text document
        QCOMPARE(acme.histories.size(), 2);
        QCOMPARE(acme.histories.first().tiers, QStringList{QStringLiteral("Critical")});
        QCOMPARE(acme.histories.first().tickets.tickets.size(), size_t(3)); // T1, T2, T4
        QCOMPARE(acme.histories.last().tickets.tickets.size(), size_t(2));  // T3, T5
        QCOMPARE(acme.histories.last().calendar, QStringLiteral("5x9"));
        QCOMPARE(acme.histories.first().priorities, (QStringList{QStringLiteral("P1"), QStringLiteral("P2")}));

        // A segment column that is not in the file is an error naming the history entry.
        QJsonObject broken =
            setAt(m_valid, QStringLiteral("vendors/0/history/0/segment_column").split(QLatin1Char('/')),
                  QStringLiteral("sla"), false)
                .toObject();
        const auto brokenSpec = io::SpecParser::parseFile(write(broken, QStringLiteral("broken.json")), &error);
        QVERIFY2(brokenSpec, qPrintable(error));
        QVERIFY(!io::SpecLoader::load(*brokenSpec, &error));
        QVERIFY2(error.startsWith(QStringLiteral("broken.json: vendors[0].history[0].segments[0]: tickets.csv: no "
                                                 "column \"sla\"")),
                 qPrintable(error));
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value"); // JSON, or "REMOVE"
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown top-level field") << "colour"
                                                 << "\"blue\""
                                                 << "colour: unknown field";
        QTest::newRow("version") << "version"
                                 << "2"
                                 << "version: unsupported version 2";
        QTest::newRow("currency") << "currency"
                                  << "\"yuan\""
                                  << "currency: must be an ISO 4217 code";
        QTest::newRow("negative servers") << "tiers/0/servers"
                                          << "-3"
                                          << "tiers[0].servers: must be >= 1";
        QTest::newRow("negative weight") << "tiers/0/weights/onsite_time"
                                         << "-1"
                                         << "tiers[0].weights.onsite_time: must be >= 0";
        QTest::newRow("zero weights") << "tiers/0/weights"
                                      << R"({"cost": 0, "parts": 0})"
                                      << "tiers[0].weights: ";
        QTest::newRow("unknown criterion") << "tiers/0/weights/speed"
                                           << "1"
                                           << "tiers[0].weights.speed: unknown criterion";
        QTest::newRow("no weights") << "tiers/0/weights"
                                    << "REMOVE"
                                    << "tiers[0]: needs \"weights\" or \"ahp\"";
        QTest::newRow("ahp not reciprocal") << "tiers/1/ahp/matrix"
                                            << "[[1, 3], [1, 1]]"
                                            << "tiers[1].ahp.matrix: ";
        QTest::newRow("ahp wrong size") << "tiers/1/ahp/matrix"
                                        << "[[1]]"
                                        << "tiers[1].ahp.matrix: must have one row per criterion";
        QTest::newRow("unknown tier field") << "tiers/0/downtime"
                                            << "5"
                                            << "tiers[0].downtime: unknown field";
        QTest::newRow("failure rate") << "tiers/0/annual_failure_rate"
                                      << "-0.1"
                                      << "tiers[0].annual_failure_rate: must be >= 0";
        QTest::newRow("coverage") << "tiers/0/requirements/min_coverage"
                                  << "\"always\""
                                  << "tiers[0].requirements.min_coverage: \"always\" is not a coverage";
        QTest::newRow("duplicate tier") << "tiers/1/name"
                                        << "\"Critical\""
                                        << "tiers[1].name: duplicate tier name";
        QTest::newRow("missing document") << "vendors/0/documents/0"
                                          << "\"docs/none.pdf\""
                                          << "vendors[0].documents[0]: file \"docs/none.pdf\" does not exist";
        QTest::newRow("missing history file") << "vendors/0/history/0/file"
                                              << "\"none.csv\""
                                              << "vendors[0].history[0].file: file \"none.csv\" does not exist";
        QTest::newRow("vendor kind") << "vendors/0/kind"
                                     << "\"partner\""
                                     << "vendors[0].kind: unknown kind";
        QTest::newRow("unknown vendor tier") << "vendors/1/tiers/0"
                                             << "\"Edge\""
                                             << "vendors[1].tiers[0]: unknown tier";
        QTest::newRow("tier nobody covers") << "vendors/0/tiers"
                                            << "[\"Critical\"]"
                                            << "tiers[1]: no vendor bids for tier \"Test\"";
        QTest::newRow("override field") << "vendors/0/overrides/0/field"
                                        << "\"speed\""
                                        << "vendors[0].overrides[0].field: unknown field \"speed\"";
        QTest::newRow("override value") << "vendors/1/overrides/0/value"
                                        << "\"cheap\""
                                        << "vendors[1].overrides[0].value: must be a number >= 0";
        QTest::newRow("override reason") << "vendors/0/overrides/0/reason"
                                         << "REMOVE"
                                         << "vendors[0].overrides[0].reason: is required";
        QTest::newRow("override tier") << "vendors/1/overrides/0/tier"
                                       << "\"Test\""
                                       << "vendors[1].overrides[0].tier: the vendor does not bid for tier \"Test\"";
        QTest::newRow("override currency") << "vendors/0/overrides/0/currency"
                                           << "\"EUR\""
                                           << "vendors[0].overrides[0].currency: no exchange rate for \"EUR\"";
        QTest::newRow("history calendar") << "vendors/0/history/0/calendar"
                                          << "\"8x30\""
                                          << "vendors[0].history[0].calendar: ";
        QTest::newRow("segment tier") << "vendors/0/history/0/segments/0/tiers/0"
                                      << "\"Edge\""
                                      << "vendors[0].history[0].segments[0].tiers[0]: unknown tier \"Edge\"";
        QTest::newRow("map field") << "vendors/0/history/0/map"
                                   << R"({"plan": "colour"})"
                                   << "vendors[0].history[0].map.plan: unknown ticket field";
        QTest::newRow("trials") << "monte_carlo/trials"
                                << "10"
                                << "monte_carlo.trials: must be >= 100";
    }

    void errorsNameTheField()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const bool remove = value == QLatin1String("REMOVE");
        const QJsonValue parsed =
            remove ? QJsonValue() : QJsonDocument::fromJson("[" + value.toUtf8() + "]").array().first();
        const QJsonObject spec = setAt(m_valid, path.split(QLatin1Char('/')), parsed, remove).toObject();
        QString error;
        QVERIFY(!io::SpecParser::parseFile(write(spec, QStringLiteral("bad.json")), &error));
        const QString line = QStringLiteral("bad.json: ") + expected;
        QVERIFY2(error.split(QLatin1Char('\n')).filter(line).size() == 1 &&
                     error.split(QLatin1Char('\n')).filter(line).first().startsWith(line),
                 qPrintable(QStringLiteral("expected a line starting with \"%1\", got:\n%2").arg(line, error)));
    }

    void notJsonAndMissingFile()
    {
        QString error;
        QVERIFY(!io::SpecParser::parse("{\"version\": 1,", QStringLiteral("x/broken.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("broken.json: not valid JSON")), qPrintable(error));
        QVERIFY(!io::SpecParser::parseFile(m_dir.filePath(QStringLiteral("nothing.json")), &error));
        QVERIFY(error.contains(QStringLiteral("nothing.json")));
    }
};

QTEST_GUILESS_MAIN(TestSpecParser)
#include "TestSpecParser.moc"
