// `tierwise-cli extract` as other programs see it: its JSON contract, its text output, and its
// failure contract (non-zero status, one line on stderr naming the file and the problem).
#include "support/PdfFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestExtractCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pdf;

    struct Run
    {
        int status;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &arguments,
                   const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("TW_BIN_DIR") + QStringLiteral("/tierwise-cli"), arguments);
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        m_pdf = m_dir.filePath(QStringLiteral("proposal.pdf"));
        QVERIFY(tw::test::writeTextPdf(
            m_pdf, {{QStringLiteral("Priority 1 response: 15 minutes")}, {QStringLiteral("一级故障 15分钟响应")}}));
    }

    void jsonFollowsTheContract()
    {
        const Run result = run({QStringLiteral("extract"), m_pdf, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(result.status, 0);
        QJsonParseError error{};
        const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("file")).toString(), m_pdf);
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
        QCOMPARE(json.value(QStringLiteral("language")).toString(), QStringLiteral("mixed"));
        QVERIFY(json.value(QStringLiteral("warnings")).isArray());
        const QJsonArray pages = json.value(QStringLiteral("pages")).toArray();
        QCOMPARE(pages.size(), 2);
        const QJsonObject first = pages.first().toObject();
        QCOMPARE(first.value(QStringLiteral("number")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("has_text_layer")).toBool(false), true);
        QCOMPARE(first.value(QStringLiteral("ocr")).toBool(true), false);
        const QJsonObject line = first.value(QStringLiteral("lines")).toArray().first().toObject();
        QCOMPARE(line.value(QStringLiteral("text")).toString(), QStringLiteral("Priority 1 response: 15 minutes"));
        const QJsonArray box = line.value(QStringLiteral("bbox")).toArray();
        QCOMPARE(box.size(), 4);
        QVERIFY(qAbs(box.at(0).toDouble() - 72) < 2);
        QVERIFY(box.at(2).toDouble() > 100);
    }

    void textSeparatesPagesWithFormFeeds()
    {
        const Run result = run({QStringLiteral("extract"), m_pdf, QStringLiteral("--format"), QStringLiteral("text")});
        QCOMPARE(result.status, 0);
        QCOMPARE(QString::fromUtf8(result.out),
                 QStringLiteral("Priority 1 response: 15 minutes\f一级故障 15分钟响应\n"));
    }

    void failureIsOneLineOnStderr()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nowhere.docx"));
        const Run result =
            run({QStringLiteral("extract"), missing, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(result.status != 0);
        QVERIFY(result.out.isEmpty());
        const QList<QByteArray> lines = result.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains("nowhere.docx"), lines.first().constData());
    }

    void ocrReadsScansAndSaysSoWhenTesseractIsMissing()
    {
        // Tesseract is loaded only when a scanned page needs it; without it the page is reported, not
        // silently left empty.
        const QString scan = m_dir.filePath(QStringLiteral("scan.pdf"));
        QVERIFY(tw::test::writeImageOnlyPdf(scan, {QStringLiteral("Engineer on site within four hours")}));
        const Run read = run({QStringLiteral("extract"), scan, QStringLiteral("--ocr"), QStringLiteral("--format"),
                              QStringLiteral("text")});
        QCOMPARE(read.status, 0);
        QVERIFY2(read.out.contains("Engineer on site within four hours"), read.out.constData());

        QProcessEnvironment missing = QProcessEnvironment::systemEnvironment();
        missing.insert(QStringLiteral("TW_TESSERACT_LIBRARY"), m_dir.filePath(QStringLiteral("no-such-library.so")));
        const Run unread = run({QStringLiteral("extract"), scan, QStringLiteral("--ocr"), QStringLiteral("--format"),
                                QStringLiteral("json")},
                               missing);
        QCOMPARE(unread.status, 0);
        const QJsonObject json = QJsonDocument::fromJson(unread.out).object();
        const QString warnings =
            QString::fromUtf8(QJsonDocument(json.value(QStringLiteral("warnings")).toArray()).toJson());
        QVERIFY2(warnings.contains(QStringLiteral("OCR is not available")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("page 1 has no text layer")), qPrintable(warnings));
    }

    void badUsageIsRefused()
    {
        const Run result = run({QStringLiteral("extract"), m_pdf, QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(result.status, 2);
        QVERIFY(result.err.contains("--format"));
    }
};

QTEST_MAIN(TestExtractCommand)
#include "TestExtractCommand.moc"
