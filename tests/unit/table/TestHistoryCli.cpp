// Drives the real tierwise-cli binary: the history command's JSON shape and figures, worked out
// by hand for tests/data/history/cli/tickets.csv in the 5x9+cn calendar.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("TW_BIN_DIR") + QStringLiteral("/tierwise-cli"),
                  QStringList{QStringLiteral("history")} + arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString fixture(const QString &name)
{
    return qEnvironmentVariable("TW_TEST_DATA") + QStringLiteral("/history/") + name;
}

QJsonObject group(const QJsonObject &root, const QString &vendor, const QString &priority)
{
    for (const QJsonValue &value : root.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject object = value.toObject();
        if (object.value(QStringLiteral("vendor")).toString() == vendor &&
            object.value(QStringLiteral("priority")).toString() == priority)
            return object;
    }
    return {};
}

double number(const QJsonObject &object, const char *metric, const char *key)
{
    return object.value(QLatin1String(metric)).toObject().value(QLatin1String(key)).toDouble(-1);
}

} // namespace

class TestHistoryCli : public QObject
{
    Q_OBJECT

private slots:
    void jsonShapeAndFigures()
    {
        const Run run = runCli({fixture(QStringLiteral("cli/tickets.csv")), QStringLiteral("--calendar"),
                                QStringLiteral("5x9+cn"), QStringLiteral("--target"),
                                QStringLiteral("P1:response=15m,onsite=4h,resolution=6h"), QStringLiteral("--tz"),
                                QStringLiteral("Asia/Shanghai"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("calendar")).toString(), QStringLiteral("5x9@09:00-18:00+cn"));
        QCOMPARE(root.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(root.value(QStringLiteral("tickets")).toInt(), 6);
        QCOMPARE(root.value(QStringLiteral("bad_row_count")).toInt(), 2);
        const QJsonArray bad = root.value(QStringLiteral("bad_rows")).toArray();
        QCOMPARE(bad.at(0).toObject().value(QStringLiteral("row")).toInt(), 7);
        QCOMPARE(bad.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("missing priority"));
        QCOMPARE(bad.at(1).toObject().value(QStringLiteral("row")).toInt(), 8);
        QVERIFY(bad.at(1).toObject().value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("response")));
        QCOMPARE(root.value(QStringLiteral("groups")).toArray().size(), 3);

        // Acme P1: A1 over the 调休 Saturday, A2 over Golden Week.
        const QJsonObject acme = group(root, QStringLiteral("Acme"), QStringLiteral("P1"));
        QCOMPARE(acme.value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(number(acme, "response", "mean"), 15.0); // 10 and 20
        QCOMPARE(number(acme, "response", "median"), 15.0);
        QCOMPARE(number(acme, "response", "p90"), 19.0); // 10 + 0.9 * 10
        QCOMPARE(number(acme, "response", "max"), 20.0);
        QCOMPARE(number(acme, "response", "attainment"), 50.0);
        QCOMPARE(number(acme, "response", "breaches"), 1.0);
        QCOMPARE(number(acme, "onsite", "mean"), 120.0); // only A1 went on site: Fri 1 h + Sat 1 h
        QCOMPARE(number(acme, "onsite", "attainment"), 100.0);
        QCOMPARE(number(acme, "resolution", "mean"), 390.0); // 660 and 120
        QCOMPARE(number(acme, "resolution", "p90"), 606.0);  // 120 + 0.9 * 540
        QCOMPARE(number(acme, "resolution", "breaches"), 1.0);
        for (const char *metric : {"response", "onsite", "resolution"}) {
            for (const char *key : {"mean", "median", "p90", "max", "attainment", "breaches"})
                QVERIFY2(acme.value(QLatin1String(metric)).toObject().contains(QLatin1String(key)), key);
        }

        // Acme P2 has no targets: attainment and breaches are null, not 0.
        const QJsonObject acmeP2 = group(root, QStringLiteral("Acme"), QStringLiteral("P2"));
        QCOMPARE(number(acmeP2, "resolution", "mean"), 540.0);
        QVERIFY(acmeP2.value(QStringLiteral("resolution")).toObject().value(QStringLiteral("attainment")).isNull());

        // Bolt P1: B2 opened on a Saturday; B4's response is before opening and left out.
        const QJsonObject bolt = group(root, QStringLiteral("Bolt"), QStringLiteral("P1"));
        QCOMPARE(bolt.value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(number(bolt, "response", "mean"), 17.5);    // 5 and 30
        QCOMPARE(number(bolt, "onsite", "mean"), 120.0);     // 60 and 180
        QCOMPARE(number(bolt, "resolution", "mean"), 200.0); // 180, 360, 60
        QCOMPARE(number(bolt, "resolution", "median"), 180.0);
        QCOMPARE(number(bolt, "resolution", "p90"), 324.0);
        QCOMPARE(number(bolt, "resolution", "attainment"), 100.0);

        const QJsonArray vendors = root.value(QStringLiteral("vendors")).toArray();
        QCOMPARE(vendors.size(), 2);
        const QJsonObject boltVendor = vendors.at(1).toObject();
        QCOMPARE(boltVendor.value(QStringLiteral("vendor")).toString(), QStringLiteral("Bolt"));
        const QJsonObject promised = boltVendor.value(QStringLiteral("promised_vs_delivered")).toObject();
        QCOMPARE(promised.value(QStringLiteral("worst_factor")).toDouble(), 1.833); // p90 27.5 min for 15 promised
    }

    void calendarChangesTheFigures()
    {
        const Run run = runCli({fixture(QStringLiteral("cli/tickets.csv")), QStringLiteral("--format"),
                                QStringLiteral("json"), QStringLiteral("--compact")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.trimmed().contains('\n'));
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(QStringLiteral("calendar")).toString(), QStringLiteral("7x24"));
        // 7x24: A1 Fri 17:00 -> Mon 10:00 is 65 h, A2 Mon 17:00 -> Tue next week 10:00 is 185 h.
        QCOMPARE(number(group(root, QStringLiteral("Acme"), QStringLiteral("P1")), "resolution", "max"), 185.0 * 60);
    }

    void textFormat()
    {
        const Run run = runCli({fixture(QStringLiteral("cli/tickets.csv")), QStringLiteral("--calendar"),
                                QStringLiteral("5x9+cn"), QStringLiteral("--format"), QStringLiteral("text")});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.contains(QStringLiteral("calendar: 5x9@09:00-18:00+cn")));
        QVERIFY(text.contains(QStringLiteral("Acme P1: 2 tickets")));
        QVERIFY(text.contains(QStringLiteral("row 7 (B3): missing priority")));
    }

    void xlsxAndMapping()
    {
        const Run run = runCli({fixture(QStringLiteral("xlsx/xlsxwriter_shared.xlsx")), QStringLiteral("--sheet"),
                                QStringLiteral("Tickets"), QStringLiteral("--map"), QStringLiteral("Cost=ignore"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(QStringLiteral("tickets")).toInt(), 3);
        // T-1: 14:05 -> 18:05 in 7x24.
        QCOMPARE(number(group(root, QStringLiteral("Acme"), QStringLiteral("P1")), "resolution", "mean"), 240.0);
    }

    void errorsAndUsage()
    {
        Run run = runCli(
            {fixture(QStringLiteral("xlsx/old_format.xls")), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("save it as .xlsx or .csv")));
        run = runCli(
            {fixture(QStringLiteral("cli/tickets.csv")), QStringLiteral("--map"), QStringLiteral("nope=vendor")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("no column \"nope\"")));
        run = runCli({fixture(QStringLiteral("cli/tickets.csv")), QStringLiteral("--calendar"),
                      QStringLiteral("5x9@09:00-17:00")});
        QCOMPARE(run.exitCode, 2);
        run = runCli({fixture(QStringLiteral("cli/tickets.csv")), QStringLiteral("--tz"), QStringLiteral("Mars/Base")});
        QCOMPARE(run.exitCode, 2);
        run = runCli({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("usage")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "TestHistoryCli.moc"
