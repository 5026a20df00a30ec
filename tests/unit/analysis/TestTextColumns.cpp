// Terms set in two newspaper columns: the left column is read before the right one, sentences carry
// over the column break, and a table across the page between them stays a table. Terms whose clause
// numbers hang in the margin are paragraphs, not a table of numbers and text.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/AnalysisText.h"
#include "core/analysis/TextColumns.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::boxLine;
using tw::test::findingCount;
using tw::test::pdfPage;
using tw::test::termsOf;

namespace {

constexpr double kLeft = 62.5;
constexpr double kRight = 306;
constexpr double kColumnWidth = 226;

/** A column of lines from @p top down, 12 pt apart; a line ending a paragraph is shorter. */
QList<TextLine> column(double x, double top, const QStringList &texts)
{
    QList<TextLine> lines;
    double y = top;
    for (const QString &text : texts) {
        const bool last = text.endsWith(QLatin1Char('.'));
        lines << boxLine(text, x, y, last ? kColumnWidth * 0.6 : kColumnWidth);
        y += 12;
    }
    return lines;
}

const QStringList kLeftColumn = {
    QStringLiteral("4.1 For Critical Care a field engineer will arrive"),
    QStringLiteral("at the installed location within four (4) hours of"),
    QStringLiteral("the logging of a Service Request, at any time of day."),
    QStringLiteral("5.1 Replacement parts supplied under Standard Care"),
    QStringLiteral("may be new or equivalent to new in performance and"),
};
const QStringList kRightColumn = {
    QStringLiteral("reliability. Veltrana does not install compatible parts."),
    QStringLiteral("8.2 Veltrana may use subcontractors, including"),
    QStringLiteral("authorized service partners, to perform any part of"),
    QStringLiteral("the Support Services, and remains responsible."),
    QStringLiteral("10.2 Veltrana may increase the Fees on each anniversary"),
    QStringLiteral("of the Start Date by written notice. No increase will"),
    QStringLiteral("exceed four percent (4%) of the Fees for the year before."),
};

} // namespace

class TestTextColumns : public QObject
{
    Q_OBJECT

private slots:
    void twoColumnsAreOneZoneLeftThenRight()
    {
        // Poppler gives the lines column by column: the whole left column, then the right one.
        const QList<TextLine> lines = column(kLeft, 80, kLeftColumn) + column(kRight, 80, kRightColumn);
        QList<const TextLine *> order;
        for (const TextLine &line : lines)
            order << &line;
        const QList<ColumnZone> zones = textColumnZones(order);
        QCOMPARE(zones.size(), 1);
        QCOMPARE(zones.first().left.size(), kLeftColumn.size());
        QCOMPARE(zones.first().right.size(), kRightColumn.size());
        QCOMPARE(zones.first().right.first()->text, kRightColumn.first());
    }

    void aColumnsHeadAndFootOutOfOrderStayInTheirColumns()
    {
        // The reader may give the right column's first line (a sentence carried over) before the left
        // column, and the foot of a longer left column after the right column.
        const QList<TextLine> left = column(kLeft, 80, kLeftColumn);
        const QList<TextLine> right = column(kRight, 80, kRightColumn);
        const QList<TextLine> foot = column(kLeft, 80 + 12 * kLeftColumn.size(),
                                            {QStringLiteral("5.2 Kestrel employs 210 field engineers in 38 cities"),
                                             QStringLiteral("and its engineers hold CompTIA Server+ certification,"),
                                             QStringLiteral("with Dell and HPE technicians in the Memphis team and")});
        QList<const TextLine *> order{&right.first()};
        for (const TextLine &line : left)
            order << &line;
        for (qsizetype i = 1; i < right.size(); ++i)
            order << &right.at(i);
        for (const TextLine &line : foot)
            order << &line;
        const QList<ColumnZone> zones = textColumnZones(order);
        QCOMPARE(zones.size(), 1);
        QCOMPARE(zones.first().left.size(), kLeftColumn.size() + foot.size());
        QCOMPARE(zones.first().left.last()->text, foot.last().text);
        QCOMPARE(zones.first().right.size(), kRightColumn.size());
        QCOMPARE(zones.first().right.first()->text, kRightColumn.first());
    }

    void clauseNumbersHangingInTheMarginStartTheirParagraphs()
    {
        // "4.3" and "4.4" stand apart from the first line of their clauses, which run across the page.
        QList<TextLine> lines;
        lines << boxLine(QStringLiteral("4.3"), 34, 100, 13)
              << boxLine(QStringLiteral(
                             "For Category B and Category C Equipment, response and on-site attendance times run "
                             "during"),
                         58, 100, 474)
              << boxLine(
                     QStringLiteral("Business Hours only. A fault logged outside Business Hours is logged at 9.00 am."),
                     62, 113, 430)
              << boxLine(QStringLiteral("4.4"), 34, 130, 13)
              << boxLine(
                     QStringLiteral("For Equipment located on Jurong Island or at other premises requiring an escort, "
                                    "Meridian"),
                     58, 130, 474)
              << boxLine(
                     QStringLiteral("will use reasonable endeavours to meet the on-site attendance time of four (4) "
                                    "hours."),
                     62, 143, 470);
        const AnalysisText text(pdfPage(QStringLiteral("offer.pdf"), lines));
        QStringList paragraphs;
        for (const PreparedSegment &segment : text.segments()) {
            QCOMPARE(segment.source.kind, TextSegment::Kind::Paragraph);
            paragraphs << segment.source.text.left(3);
        }
        QCOMPARE(paragraphs, (QStringList{QStringLiteral("4.3"), QStringLiteral("4.4")}));
        const auto result = analyze(pdfPage(QStringLiteral("offer.pdf"), lines));
        const QList<SlaTerm> onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 1);
        QCOMPARE(onsite.first().values.value(QStringLiteral("minutes")).toInt(), 240);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 1);
    }

    void columnsInterleavedByHeightAreOneZone()
    {
        // Poppler may give the two columns line by line, by height, when their lines are set at other
        // heights (paragraph spacing differs): still one zone, each column top to bottom.
        const QList<TextLine> left = column(kLeft, 80, kLeftColumn);
        const QList<TextLine> right = column(kRight, 86, kRightColumn);
        QList<const TextLine *> order;
        for (int i = 0; i < std::max(left.size(), right.size()); ++i) {
            if (i < left.size())
                order << &left.at(i);
            if (i < right.size())
                order << &right.at(i);
        }
        const QList<ColumnZone> zones = textColumnZones(order);
        QCOMPARE(zones.size(), 1);
        QCOMPARE(zones.first().left.size(), kLeftColumn.size());
        QCOMPARE(zones.first().right.size(), kRightColumn.size());
    }

    void aTwoColumnTableOfLongCellsIsNoZone()
    {
        // A compliance table's two cells start their lines side by side: no newspaper columns.
        const QList<TextLine> left = column(kLeft, 80, kLeftColumn);
        const QList<TextLine> right = column(kRight, 80, kRightColumn.mid(0, kLeftColumn.size()));
        QList<const TextLine *> order;
        for (int i = 0; i < left.size(); ++i)
            order << &left.at(i) << &right.at(i);
        QVERIFY(textColumnZones(order).isEmpty());
    }

    void aTableOfShortCellsIsNoZone()
    {
        // A service-level table read cell by cell: short cells, left and right of the middle.
        QList<TextLine> lines;
        const QStringList rows = {QStringLiteral("Response Time"), QStringLiteral("On-Site Response"),
                                  QStringLiteral("Repair Time"), QStringLiteral("Parts stocking"),
                                  QStringLiteral("Health check")};
        double y = 100;
        for (const QString &row : rows) {
            lines << boxLine(row, kLeft, y, 80) << boxLine(QStringLiteral("2 Business Hours"), 210, y, 84)
                  << boxLine(QStringLiteral("30 minutes"), 320, y, 40)
                  << boxLine(QStringLiteral("15 minutes"), 430, y, 40);
            y += 14;
        }
        lines += column(kLeft, 200, kLeftColumn);
        QList<const TextLine *> order;
        for (const TextLine &line : lines)
            order << &line;
        QVERIFY(textColumnZones(order).isEmpty());
    }

    void clausesReadWholeAcrossTheColumnBreak()
    {
        const auto result = analyze(
            pdfPage(QStringLiteral("terms.pdf"), column(kLeft, 80, kLeftColumn) + column(kRight, 80, kRightColumn)));
        // "within four (4) hours of the logging" spans two lines of the left column.
        const QList<SlaTerm> onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 1);
        QCOMPARE(onsite.first().values.value(QStringLiteral("minutes")).toInt(), 240);
        // "may be new or equivalent to new in performance and | reliability." goes on in the right column.
        const QList<SlaTerm> parts = termsOf(result, QStringLiteral("parts_quality"));
        QVERIFY(!parts.isEmpty());
        QCOMPARE(parts.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("new_or_equivalent"));
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        // The cap in the sentence after "may increase the Fees" bounds the increase.
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 0);
    }
};

QTEST_GUILESS_MAIN(TestTextColumns)
#include "TestTextColumns.moc"
