// The PDF reader on PDFs made for each case (text, Chinese, encrypted with qpdf, image-only,
// 1,000 pages) through real Poppler and real Tesseract.
#include "io/document/DocumentImporter.h"
#include "io/document/PdfReader.h"
#include "support/PdfFactory.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;
using namespace tw::io;

class TestPdfReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_plain;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static bool qpdf(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral("qpdf"), arguments);
        return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void writeAll(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_plain = path(QStringLiteral("plain.pdf"));
        QVERIFY(test::writeTextPdf(m_plain, {{QStringLiteral("Mission Critical tier"),
                                              QStringLiteral("Response within 15 minutes, 24x7x365.")},
                                             {QStringLiteral("关键业务级：7×24小时响应，4小时到场。")}}));
    }

    void linesInReadingOrderWithBoxesInPoints()
    {
        const ExtractResult result = PdfReader().read(m_plain, {});
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        const Document &document = *result.document;
        QCOMPARE(document.format, DocumentFormat::Pdf);
        QCOMPARE(document.pages.size(), 2);
        const Page &first = document.pages.first();
        QCOMPARE(first.number, 1);
        QVERIFY(qAbs(first.width - 595.3) < 1 && qAbs(first.height - 841.9) < 1);
        QCOMPARE(first.lines.size(), 2);
        QCOMPARE(first.lines.at(0).text, QStringLiteral("Mission Critical tier"));
        QCOMPARE(first.lines.at(1).text, QStringLiteral("Response within 15 minutes, 24x7x365."));
        // Drawn with the baseline at 72 pt and 92 pt from the top, starting 72 pt from the left.
        const BoundingBox box = first.lines.at(0).box;
        QVERIFY2(qAbs(box.x - 72) < 2, qPrintable(QString::number(box.x)));
        QVERIFY2(box.y < 72 && box.bottom() > 66 && box.bottom() < 76, qPrintable(QString::number(box.bottom())));
        QVERIFY(first.lines.at(1).box.y > box.bottom());
        QCOMPARE(first.lines.at(0).words.size(), 3);
        QCOMPARE(first.lines.at(0).words.at(2).text, QStringLiteral("tier"));
        QVERIFY(first.lines.at(0).words.at(2).box.x > first.lines.at(0).words.at(1).box.right());
    }

    void chineseTextHasNoInsertedSpaces()
    {
        const ExtractResult result = PdfReader().read(m_plain, {});
        QVERIFY(result.ok());
        QCOMPARE(result.document->pages.at(1).lines.size(), 1);
        QCOMPARE(result.document->pages.at(1).lines.first().text,
                 QStringLiteral("关键业务级：7×24小时响应，4小时到场。"));
        QCOMPARE(result.document->language(), Language::Mixed);
    }

    void parallelExtractionEqualsSerial()
    {
        QList<QStringList> pages;
        for (int page = 1; page <= 9; ++page)
            pages << QStringList{QStringLiteral("Page %1 heading").arg(page), QStringLiteral("第%1页 正文").arg(page)};
        const QString file = path(QStringLiteral("nine.pdf"));
        QVERIFY(test::writeTextPdf(file, pages));
        ExtractOptions serial;
        serial.threads = 1;
        ExtractOptions parallel;
        parallel.threads = 3;
        const ExtractResult a = PdfReader().read(file, serial);
        const ExtractResult b = PdfReader().read(file, parallel);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(*a.document, *b.document);
        QCOMPARE(b.document->pages.at(6).lines.first().text, QStringLiteral("Page 7 heading"));
    }

    void encryptedPdfs_data()
    {
        QTest::addColumn<QStringList>("encryption");
        QTest::newRow("RC4 40") << QStringList{QStringLiteral("40")};
        QTest::newRow("RC4 128") << QStringList{QStringLiteral("128"), QStringLiteral("--use-aes=n")};
        QTest::newRow("AES-128") << QStringList{QStringLiteral("128"), QStringLiteral("--use-aes=y")};
        QTest::newRow("AES-256") << QStringList{QStringLiteral("256")};
    }

    void encryptedPdfs()
    {
        QFETCH(QStringList, encryption);
        const QString file = path(QStringLiteral("locked-%1.pdf")
                                      .arg(QString::fromLatin1(QTest::currentDataTag()))
                                      .replace(QLatin1Char(' '), QLatin1Char('-')));
        const QStringList arguments = QStringList{QStringLiteral("--allow-weak-crypto"), QStringLiteral("--encrypt"),
                                                  QStringLiteral("s3cret-密码"), QStringLiteral("owner-pw")} +
                                      encryption + QStringList{QStringLiteral("--"), m_plain, file};
        QVERIFY(qpdf(arguments));

        const ExtractResult missing = PdfReader().read(file, {});
        QVERIFY(!missing.ok());
        QVERIFY2(missing.errorString.contains(QStringLiteral("password-protected")), qPrintable(missing.errorString));
        QVERIFY(missing.errorString.contains(QFileInfo(file).fileName()));

        ExtractOptions wrong;
        wrong.password = QStringLiteral("guess");
        const ExtractResult wrongResult = PdfReader().read(file, wrong);
        QVERIFY(!wrongResult.ok());
        QVERIFY2(wrongResult.errorString.contains(QStringLiteral("wrong")), qPrintable(wrongResult.errorString));

        ExtractOptions right;
        right.password = QStringLiteral("s3cret-密码");
        const ExtractResult unlocked = PdfReader().read(file, right);
        if (!unlocked.ok() && encryption.first() != QLatin1String("256"))
            QSKIP("pre-AES-256 PDFs cannot carry a non-Latin-1 password; covered by the ASCII case below");
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.errorString));
        QCOMPARE(unlocked.document->pages.first().lines.first().text, QStringLiteral("Mission Critical tier"));
    }

    void latin1PasswordOnOldEncryption()
    {
        const QString file = path(QStringLiteral("rc4-latin1.pdf"));
        QVERIFY(qpdf({QStringLiteral("--allow-weak-crypto"), QStringLiteral("--encrypt"), QStringLiteral("pässwort"),
                      QStringLiteral("owner"), QStringLiteral("128"), QStringLiteral("--use-aes=n"),
                      QStringLiteral("--password-mode=bytes"), QStringLiteral("--"), m_plain, file}) ||
                qpdf({QStringLiteral("--allow-weak-crypto"), QStringLiteral("--encrypt"), QStringLiteral("pässwort"),
                      QStringLiteral("owner"), QStringLiteral("128"), QStringLiteral("--use-aes=n"),
                      QStringLiteral("--"), m_plain, file}));
        ExtractOptions options;
        options.password = QStringLiteral("pässwort");
        const ExtractResult result = PdfReader().read(file, options);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
    }

    void ownerPasswordThatOnlyForbidsCopyingStillImports()
    {
        const QString file = path(QStringLiteral("no-copy.pdf"));
        QVERIFY(qpdf({QStringLiteral("--encrypt"), QString(), QStringLiteral("owner-only"), QStringLiteral("256"),
                      QStringLiteral("--extract=n"), QStringLiteral("--"), m_plain, file}));
        const ExtractResult result = PdfReader().read(file, {});
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.document->pages.first().lines.first().text, QStringLiteral("Mission Critical tier"));
    }

    void imageOnlyPageIsReportedAndOcrReadsIt()
    {
        const QString file = path(QStringLiteral("scan.pdf"));
        QVERIFY(test::writeImageOnlyPdf(file, {QStringLiteral("Engineer on site within four hours"),
                                               QStringLiteral("Parts: OEM new only"),
                                               QStringLiteral("一级故障四小时内到场")}));
        const ExtractResult plain = PdfReader().read(file, {});
        QVERIFY(plain.ok());
        QCOMPARE(plain.document->pagesWithoutText(), QList<int>{1});
        QVERIFY(plain.document->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("page 1 has no text layer")));

        ExtractOptions ocr;
        ocr.ocr = true;
        const ExtractResult recognised = PdfReader().read(file, ocr);
        QVERIFY2(recognised.ok(), qPrintable(recognised.errorString));
        const Page &page = recognised.document->pages.first();
        QVERIFY(page.ocr);
        QVERIFY(!page.hasTextLayer);
        const QString text = page.text();
        QVERIFY2(text.contains(QStringLiteral("Engineer on site within four hours")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("OEM new")), qPrintable(text));
        QVERIFY2(QString(text).remove(QLatin1Char(' ')).contains(QStringLiteral("一级故障四小时内到场")),
                 qPrintable(text));
        // Boxes come back in points: the first line starts 1 inch (150 px at 150 dpi) from the left.
        QVERIFY2(qAbs(page.lines.first().box.x - 72) < 6, qPrintable(QString::number(page.lines.first().box.x)));
    }

    void badFilesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("zip renamed pdf") << QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00junk", 14)
                                         << QStringLiteral("is not a PDF");
        QTest::newRow("header only") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<")
                                     << QStringLiteral("damaged or truncated");
        QTest::newRow("text") << QByteArray("just some words\n") << QStringLiteral("is not a PDF");
    }

    void badFilesGiveClearErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString file =
            path(QStringLiteral("bad-%1.pdf")
                     .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        writeAll(file, content);
        const ExtractResult result = PdfReader().read(file, {});
        QVERIFY(!result.ok());
        QVERIFY2(result.errorString.contains(expected), qPrintable(result.errorString));
        QVERIFY(result.errorString.startsWith(QFileInfo(file).fileName()));
    }

    void truncatedPdfNeverCrashes()
    {
        const QByteArray whole = readAll(m_plain);
        for (const double share : {0.3, 0.6, 0.9}) {
            const QString file = path(QStringLiteral("truncated-%1.pdf").arg(share));
            writeAll(file, whole.left(qsizetype(whole.size() * share)));
            const ExtractResult result = PdfReader().read(file, {});
            // Poppler may rebuild a damaged cross-reference table; either way the outcome is explicit.
            if (!result.ok())
                QVERIFY2(result.errorString.contains(QFileInfo(file).fileName()), qPrintable(result.errorString));
            else
                QVERIFY(!result.document->pages.isEmpty());
        }
    }

    void thousandPagesReportProgressAndCancel()
    {
        QList<QStringList> pages;
        for (int page = 1; page <= 1000; ++page)
            pages << QStringList{QStringLiteral("Page %1 of the long proposal").arg(page)};
        const QString file = path(QStringLiteral("thousand.pdf"));
        QVERIFY(test::writeTextPdf(file, pages));

        std::atomic_int calls{0};
        std::atomic_int highest{0};
        std::atomic_bool wrongTotal{false};
        ExtractOptions options;
        options.progress = [&](int done, int total) {
            ++calls;
            if (total != 1000)
                wrongTotal = true; // QTest macros are not for worker threads
            int seen = highest.load();
            while (done > seen && !highest.compare_exchange_weak(seen, done)) {
            }
        };
        const ExtractResult whole = PdfReader().read(file, options);
        QVERIFY(whole.ok());
        QCOMPARE(whole.document->pages.size(), 1000);
        QCOMPARE(whole.document->pages.at(999).lines.first().text, QStringLiteral("Page 1000 of the long proposal"));
        QCOMPARE(calls.load(), 1000);
        QCOMPARE(highest.load(), 1000);
        QVERIFY(!wrongTotal.load());

        std::atomic_bool cancel{false};
        std::atomic_int doneWhenCancelled{0};
        ExtractOptions cancelling;
        cancelling.cancel = &cancel;
        cancelling.progress = [&](int done, int) {
            if (done >= 50 && !cancel.exchange(true))
                doneWhenCancelled = done;
        };
        std::atomic_int finalCount{0};
        auto counting = cancelling.progress;
        cancelling.progress = [&, counting](int done, int total) {
            counting(done, total);
            finalCount = done;
        };
        const ExtractResult cancelled = PdfReader().read(file, cancelling);
        QVERIFY(!cancelled.ok());
        QVERIFY2(cancelled.errorString.contains(QStringLiteral("cancelled")), qPrintable(cancelled.errorString));
        // Each worker stops at its next page: far fewer than 1,000 pages were read.
        QVERIFY2(finalCount.load() < 60, qPrintable(QString::number(finalCount.load())));
    }

    void importerChoosesByExtensionAndRefusesMismatches()
    {
        const QString disguised = path(QStringLiteral("really-a-pdf.txt"));
        QFile::copy(m_plain, disguised);
        const ExtractResult asText = DocumentImporter().read(disguised, {});
        QVERIFY(!asText.ok());
        QVERIFY2(asText.errorString.contains(QStringLiteral("it is a PDF")), qPrintable(asText.errorString));

        const QString noExtension = path(QStringLiteral("proposal"));
        QFile::copy(m_plain, noExtension);
        const ExtractResult sniffed = DocumentImporter().read(noExtension, {});
        QVERIFY2(sniffed.ok(), qPrintable(sniffed.errorString));
        QCOMPARE(sniffed.document->format, DocumentFormat::Pdf);

        const QString legacy = path(QStringLiteral("old.doc"));
        writeAll(legacy, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
        const ExtractResult doc = DocumentImporter().read(legacy, {});
        QVERIFY(!doc.ok());
        QVERIFY2(doc.errorString.contains(QStringLiteral(".docx")), qPrintable(doc.errorString));
    }
};

QTEST_MAIN(TestPdfReader)
#include "TestPdfReader.moc"
