// The report is read back with the same Poppler-based reader the product uses for proposals, so
// what management can copy out of the PDF is what is asserted.
#include "io/document/PdfReader.h"
#include "report/DocumentSummaryReport.h"
#include "report/SafeFileWriter.h"
#include "support/SampleDocuments.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;

class TestDocumentSummaryReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void chineseAndEnglishTextCopiesOutOfThePdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("summary.pdf"));
        QImage chart(400, 200, QImage::Format_RGB32);
        chart.fill(Qt::blue);
        const QString error = report::DocumentSummaryReport::write(
            path, {test::sampleDocument(QStringLiteral("华东原厂维保方案.pdf")), test::sampleDocument()}, chart);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const io::ExtractResult result = io::PdfReader().read(path, {});
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        const QString text = result.document->text();
        QVERIFY2(text.contains(QStringLiteral("华东原厂维保方案.pdf")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("proposal.pdf")));
        QVERIFY(text.contains(QStringLiteral("page 2 has no text layer")));
        QVERIFY(text.contains(QStringLiteral("2 document(s)")) || text.contains(QStringLiteral("2 documents")));
    }

    void unwritablePathIsAClearErrorAndReplacementIsWhole()
    {
        // A folder that is really a file cannot hold the report, whoever runs the test.
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        QVERIFY(report::writeFileAtomically(blocker, "x").isEmpty());
        const QString error = report::writeFileAtomically(blocker + QStringLiteral("/report.pdf"), "new");
        QVERIFY(error.contains(QStringLiteral("report.pdf")));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("x"));
        file.close();
        QVERIFY(report::writeFileAtomically(blocker, "replaced").isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("replaced"));
    }
};

QTEST_MAIN(TestDocumentSummaryReport)
#include "TestDocumentSummaryReport.moc"
