// Real third-party documents (../shared/corpus): every PDF, DOCX, text and Markdown file imports,
// and the 14 CUAD contracts' text matches CUAD's own extraction.
#include "io/document/DocumentImporter.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace tw;
using namespace tw::io;

namespace {

/** Lower-case words of letters and digits: what both extractions must agree on. */
QHash<QString, int> wordCounts(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QHash<QString, int> counts;
    auto it = word.globalMatch(text.toLower());
    while (it.hasNext())
        ++counts[it.next().captured(0)];
    return counts;
}

/** Dice coefficient over word multisets: 1.0 when both texts hold the same words equally often. */
double similarity(const QString &a, const QString &b)
{
    const QHash<QString, int> left = wordCounts(a);
    const QHash<QString, int> right = wordCounts(b);
    qint64 common = 0, total = 0;
    for (auto it = left.cbegin(); it != left.cend(); ++it) {
        common += qMin(it.value(), right.value(it.key()));
        total += it.value();
    }
    for (int count : right)
        total += count;
    return total == 0 ? 1.0 : 2.0 * double(common) / double(total);
}

QString corpus() { return qEnvironmentVariable("TW_CORPUS"); }

} // namespace

class TestCorpusExtraction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(corpus()))
            QFAIL(qPrintable(QStringLiteral("corpus not found at %1").arg(corpus())));
    }

    void similarityMeasureSeparatesTexts()
    {
        QCOMPARE(similarity(QStringLiteral("On-site within 4 hours."), QStringLiteral("on site WITHIN 4 hours")), 1.0);
        QVERIFY(similarity(QStringLiteral("response in four hours"), QStringLiteral("parts are refurbished")) < 0.01);
    }

    void everyDocumentImports()
    {
        QStringList files;
        QDirIterator it(corpus(),
                        {QStringLiteral("*.pdf"), QStringLiteral("*.docx"), QStringLiteral("*.txt"),
                         QStringLiteral("*.md"), QStringLiteral("*.markdown")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        QVERIFY2(files.size() >= 30, qPrintable(QString::number(files.size())));
        for (const QString &file : std::as_const(files)) {
            const ExtractResult result = DocumentImporter().read(file, {});
            QVERIFY2(result.ok(), qPrintable(result.errorString));
            QVERIFY2(!result.document->text().trimmed().isEmpty(), qPrintable(file));
        }
    }

    void cuadTextMatchesCuadsExtraction()
    {
        QDir dir(corpus() + QStringLiteral("/contracts_en/cuad"));
        const QStringList pdfs = dir.entryList({QStringLiteral("cuad*.pdf")}, QDir::Files, QDir::Name);
        QCOMPARE(pdfs.size(), 14);
        double lowest = 1.0;
        for (const QString &pdf : pdfs) {
            QFile reference(dir.filePath(QString(pdf).replace(QStringLiteral(".pdf"), QStringLiteral(".txt"))));
            QVERIFY(reference.open(QIODevice::ReadOnly));
            const ExtractResult result = DocumentImporter().read(dir.filePath(pdf), {});
            QVERIFY2(result.ok(), qPrintable(result.errorString));
            const double score = similarity(result.document->text(), QString::fromUtf8(reference.readAll()));
            qInfo("%s similarity %.4f", qPrintable(pdf), score);
            lowest = qMin(lowest, score);
            QVERIFY2(score >= 0.95, qPrintable(QStringLiteral("%1: %2").arg(pdf).arg(score)));
        }
        qInfo("lowest CUAD similarity %.4f", lowest);
    }
};

QTEST_GUILESS_MAIN(TestCorpusExtraction)
#include "TestCorpusExtraction.moc"
