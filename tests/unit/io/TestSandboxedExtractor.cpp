// The import sandbox: a real tierwise-cli child for real documents and for a decompression bomb,
// and stand-in children that crash, hang or eat memory, to show each becomes a clear error.
#include "io/document/SandboxedExtractor.h"
#include "support/PdfFactory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace tw;
using namespace tw::io;

class TestSandboxedExtractor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString cli() { return qEnvironmentVariable("TW_BIN_DIR") + QStringLiteral("/tierwise-cli"); }

    QString script(const QString &name, const QByteArray &body)
    {
        const QString file = m_dir.filePath(name);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write("#!/bin/sh\n" + body + '\n');
        out.close();
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return file;
    }

    /** A one-page PDF whose content stream inflates to `inflated` bytes of "q " (save graphics state). */
    QString flateBomb(qint64 inflated)
    {
        QByteArray content;
        content.reserve(inflated);
        while (content.size() < inflated)
            content += "q q q q q q q q q q q q q q q q ";
        uLongf compressedSize = compressBound(uLong(content.size()));
        QByteArray compressed(qsizetype(compressedSize), Qt::Uninitialized);
        compress2(reinterpret_cast<Bytef *>(compressed.data()), &compressedSize,
                  reinterpret_cast<const Bytef *>(content.constData()), uLong(content.size()), 9);
        compressed.truncate(qsizetype(compressedSize));

        QList<QByteArray> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                     "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                                     "<< /Length " + QByteArray::number(compressed.size()) +
                                         " /Filter /FlateDecode >>\nstream\n" + compressed + "\nendstream"};
        QByteArray pdf = "%PDF-1.4\n";
        QList<qsizetype> offsets;
        for (qsizetype i = 0; i < objects.size(); ++i) {
            offsets << pdf.size();
            pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
        }
        const qsizetype xref = pdf.size();
        pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
        for (qsizetype offset : offsets)
            pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
               QByteArray::number(xref) + "\n%%EOF\n";
        const QString file = m_dir.filePath(QStringLiteral("bomb.pdf"));
        QFile out(file);
        if (out.open(QIODevice::WriteOnly))
            out.write(pdf);
        return file;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void extractsInTheChildAndKeepsWordsAndProgress()
    {
        const QString file = m_dir.filePath(QStringLiteral("two.pdf"));
        QVERIFY(test::writeTextPdf(
            file, {{QStringLiteral("Severity 1: response in 30 minutes")}, {QStringLiteral("一级故障：30分钟响应")}}));
        int lastDone = 0;
        ExtractOptions options;
        options.progress = [&](int done, int total) {
            lastDone = done;
            QCOMPARE(total, 2);
        };
        const ExtractResult result = SandboxedExtractor(cli()).read(file, options);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(lastDone, 2);
        QCOMPARE(result.document->pages.size(), 2);
        const TextLine &line = result.document->pages.first().lines.first();
        QCOMPARE(line.text, QStringLiteral("Severity 1: response in 30 minutes"));
        QCOMPARE(line.words.size(), 6);
        QVERIFY(!line.box.isNull());
        QCOMPARE(result.document->pages.at(1).lines.first().text, QStringLiteral("一级故障：30分钟响应"));
    }

    void passwordTravelsOverStdin()
    {
        const QString plain = m_dir.filePath(QStringLiteral("open.pdf"));
        const QString locked = m_dir.filePath(QStringLiteral("locked.pdf"));
        QVERIFY(test::writeTextPdf(plain, {{QStringLiteral("Confidential pricing")}}));
        QCOMPARE(QProcess::execute(QStringLiteral("qpdf"),
                                   {QStringLiteral("--encrypt"), QStringLiteral("user-pw"), QStringLiteral("owner-pw"),
                                    QStringLiteral("256"), QStringLiteral("--"), plain, locked}),
                 0);
        const ExtractResult missing = SandboxedExtractor(cli()).read(locked, {});
        QVERIFY(!missing.ok());
        QVERIFY2(missing.errorString.contains(QStringLiteral("locked.pdf: document is password-protected")),
                 qPrintable(missing.errorString));
        ExtractOptions options;
        options.password = QStringLiteral("user-pw");
        const ExtractResult unlocked = SandboxedExtractor(cli()).read(locked, options);
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.errorString));
        QCOMPARE(unlocked.document->pages.first().lines.first().text, QStringLiteral("Confidential pricing"));
    }

    void flateBombHitsTheMemoryLimit()
    {
        // 200 MB of "q" operators: Poppler keeps a graphics state per unmatched "q" and grows without
        // bound in process (measured: 14 GB for 100 MB). The sandbox stops it at its memory limit.
        const QString bomb = flateBomb(200LL * 1024 * 1024);
        QVERIFY(QFileInfo(bomb).size() < 2 * 1024 * 1024);
        SandboxLimits limits;
        limits.maxMemoryBytes = 768LL * 1024 * 1024;
        limits.timeoutSeconds = 120;
        QElapsedTimer clock;
        clock.start();
        const ExtractResult result = SandboxedExtractor(cli(), limits).read(bomb, {});
        QVERIFY(!result.ok());
        QVERIFY2(result.errorString.startsWith(QStringLiteral("bomb.pdf:")), qPrintable(result.errorString));
        QVERIFY2(result.errorString.contains(QStringLiteral("768 MB")), qPrintable(result.errorString));
        QVERIFY(clock.elapsed() < 110 * 1000);
    }

    void crashingChildIsAnErrorForThatFile()
    {
        const QString crasher = script(QStringLiteral("crash.sh"), "kill -SEGV $$");
        const ExtractResult result = SandboxedExtractor(crasher).read(QStringLiteral("/data/proposal.pdf"), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.errorString, QStringLiteral("proposal.pdf: the document reader crashed on this file"));
    }

    void hangingChildIsStoppedAtTheTimeLimit()
    {
        const QString hanger = script(QStringLiteral("hang.sh"), "exec sleep 60");
        SandboxLimits limits;
        limits.timeoutSeconds = 1;
        QElapsedTimer clock;
        clock.start();
        const ExtractResult result = SandboxedExtractor(hanger, limits).read(QStringLiteral("slow.docx"), {});
        QVERIFY(!result.ok());
        QVERIFY2(result.errorString.contains(QStringLiteral("slow.docx: reading took longer than 1 s")),
                 qPrintable(result.errorString));
        QVERIFY(clock.elapsed() < 10000);
    }

    void greedyChildIsStoppedAtTheMemoryLimit()
    {
        const QString greedy =
            script(QStringLiteral("greedy.sh"),
                   "exec /usr/bin/python3 -c 'import time; a = bytearray(600 << 20); time.sleep(60)'");
        SandboxLimits limits;
        limits.maxMemoryBytes = 200LL * 1024 * 1024;
        const ExtractResult result = SandboxedExtractor(greedy, limits).read(QStringLiteral("big.pdf"), {});
        QVERIFY(!result.ok());
        QVERIFY2(result.errorString.contains(QStringLiteral("big.pdf: reading needed more than 200 MB")),
                 qPrintable(result.errorString));
    }

    void cancelStopsTheChild()
    {
        const QString hanger = script(QStringLiteral("slow.sh"), "exec sleep 60");
        std::atomic_bool cancel{true};
        ExtractOptions options;
        options.cancel = &cancel;
        const ExtractResult result = SandboxedExtractor(hanger).read(QStringLiteral("x.pdf"), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorString, QStringLiteral("x.pdf: extraction was cancelled"));
    }

    void missingReaderIsAClearError()
    {
        const ExtractResult result =
            SandboxedExtractor(m_dir.filePath(QStringLiteral("no-such-cli"))).read(QStringLiteral("a.pdf"), {});
        QVERIFY(!result.ok());
        QVERIFY2(result.errorString.contains(QStringLiteral("could not be started")), qPrintable(result.errorString));
    }
};

QTEST_MAIN(TestSandboxedExtractor)
#include "TestSandboxedExtractor.moc"
