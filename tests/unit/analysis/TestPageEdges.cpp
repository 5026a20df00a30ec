// Lines at a page's top or bottom edge: page numbers and running heads are dropped, but a table continued
// from the page before keeps its row keys, even when a row's first cell is a bare number.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/AnalysisText.h"
#include "core/analysis/ContractAnalyzer.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::boxLine;
using tw::test::minutesByTierAndPriority;

class TestPageEdges : public QObject
{
    Q_OBJECT

private slots:
    void continuedTableKeepsItsNumberedRows()
    {
        Document document = tw::test::pdfPage(QStringLiteral("proposal.pdf"),
                                              {
                                                  boxLine(QStringLiteral("5. Service Levels"), 60, 640, 120),
                                                  boxLine(QStringLiteral("Priority"), 60, 670, 50),
                                                  boxLine(QStringLiteral("Response time"), 200, 670, 80),
                                                  boxLine(QStringLiteral("On-site time"), 350, 670, 80),
                                                  boxLine(QStringLiteral("1"), 60, 690, 6),
                                                  boxLine(QStringLiteral("15 minutes"), 200, 690, 60),
                                                  boxLine(QStringLiteral("4 hours"), 350, 690, 45),
                                                  boxLine(QStringLiteral("2"), 60, 710, 6),
                                                  boxLine(QStringLiteral("30 minutes"), 200, 710, 60),
                                                  boxLine(QStringLiteral("8 hours"), 350, 710, 45),
                                                  boxLine(QStringLiteral("- 1 -"), 290, 800, 20),
                                              });
        document.pages << tw::test::a4Page(2, {
                                                  boxLine(QStringLiteral("3"), 60, 62, 6),
                                                  boxLine(QStringLiteral("2 hours"), 200, 62, 45),
                                                  boxLine(QStringLiteral("Next Business Day"), 350, 62, 100),
                                                  boxLine(QStringLiteral("4"), 60, 82, 6),
                                                  boxLine(QStringLiteral("4 hours"), 200, 82, 45),
                                                  boxLine(QStringLiteral("Second Business Day"), 350, 82, 110),
                                                  boxLine(QStringLiteral("6. Spare Parts"), 60, 120, 90),
                                                  boxLine(QStringLiteral("- 2 -"), 290, 800, 20),
                                              });
        const auto response = minutesByTierAndPriority(analyze(document), QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral(" P3")), 120);
        QCOMPARE(response.value(QStringLiteral(" P4")), 240);
    }

    void pageNumbersStillLeaveTheText()
    {
        Document document;
        document.format = DocumentFormat::Pdf;
        for (int number = 1; number <= 3; ++number) {
            document.pages << tw::test::a4Page(
                number, {
                            boxLine(QStringLiteral("Harbourline Support Proposal"), 60, 40, 160),
                            boxLine(QString::number(40 + number), 520, 40, 12),
                            boxLine(QStringLiteral("Engineers attend within 4 hours of the call."), 60, 300, 240),
                            boxLine(QString::number(70 + number), 290, 800, 12),
                        });
        }
        const AnalysisText text(document);
        QStringList all;
        for (const PreparedSegment &segment : text.segments())
            all << segment.source.text;
        const QString joined = all.join(QLatin1Char('|'));
        QVERIFY2(!joined.contains(QLatin1String("Harbourline")), qPrintable(joined));
        for (int number = 1; number <= 3; ++number) {
            QVERIFY2(!joined.contains(QString::number(40 + number)), qPrintable(joined));
            QVERIFY2(!joined.contains(QString::number(70 + number)), qPrintable(joined));
        }
    }
};

QTEST_GUILESS_MAIN(TestPageEdges)
#include "TestPageEdges.moc"
