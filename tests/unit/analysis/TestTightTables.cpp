// Tables set so tightly in a PDF that Poppler chains their cells into one line per row: the gutters are
// only a little wider than a word gap, and a two-level header stacks plans over their measures.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/AnalysisText.h"
#include "core/analysis/ContractAnalyzer.h"
#include "core/analysis/PdfTableLayout.h"

#include <QtTest>

#include <array>

using namespace tw;
using namespace tw::analysis;
using tw::test::boxLine;
using tw::test::linePointers;
using tw::test::pdfPage;
using tw::test::wordsLine;

namespace {

constexpr double kCharWidth = 5;
constexpr double kWordGap = 2.5;

// A line of words set one after another from x with the usual word gap; "|" before a word opens a
// gutter of the given width instead.
TextLine setLine(const QStringList &words, double x, double y, double gutter = 6.5)
{
    QList<QPair<QString, double>> placed;
    double at = x;
    for (QString word : words) {
        if (word.startsWith(QLatin1Char('|'))) {
            word.remove(0, 1);
            at += gutter - kWordGap;
        }
        placed << qMakePair(word, at);
        at += word.size() * kCharWidth + kWordGap;
    }
    return wordsLine(placed, y, 12, kCharWidth);
}

// A one-page A4 PDF document of the given lines.
bool hasTime(const AnalysisResult &result, const QString &key, const QString &priority, int minutes)
{
    for (const SlaTerm &term : result.terms) {
        if (term.key == key && term.priority == priority &&
            term.values.value(QStringLiteral("minutes")).toInt() == minutes)
            return true;
    }
    return false;
}

} // namespace

class TestTightTables : public QObject
{
    Q_OBJECT

private slots:
    void columnsOfATableBufferedAsOneRow()
    {
        // A sheet's rows 3 pt apart are buffered as one row with the letterhead above them, whose long lines
        // bridge the cells below into one wide span: read line by line, the grid has its four columns.
        const QList<TextLine> lines = {
            boxLine(QStringLiteral("Quotation for Harbourline Freight"), 60, 85, 160),
            boxLine(QStringLiteral("Currency: CNY"), 200, 85, 80),
            boxLine(QStringLiteral("1"), 60, 100, 6),
            boxLine(QStringLiteral("Sydney"), 90, 100, 40),
            boxLine(QStringLiteral("7,800.00"), 250, 100, 45),
            boxLine(QStringLiteral("Remark"), 400, 100, 40),
            boxLine(QStringLiteral("2"), 60, 115, 6),
            boxLine(QStringLiteral("Perth"), 90, 115, 30),
            boxLine(QStringLiteral("4,500.00"), 250, 115, 45),
        };
        const QList<const TextLine *> row = linePointers(lines);
        QCOMPARE(tableColumns({row}).size(), 2);
        const TableColumns columns = tableColumnsByLine({row});
        QCOMPARE(columns.size(), 4);
        QCOMPARE(columns.at(1).first, 90.0);
        QCOMPARE(columns.at(3).first, 400.0);
    }

    void wrappedHeaderCellAndTotalsLabels()
    {
        // A quotation: "Unit price" over "(monthly)" in the header, centred header cells over left-aligned items;
        // the body rows of one line per column widen the columns to the items, and a totals row's label starting
        // at the first column and running across the second is the first column's.
        const QList<TextLine> header = {
            boxLine(QStringLiteral("Item"), 93, 100, 21),       boxLine(QStringLiteral("Model"), 202, 100, 29),
            boxLine(QStringLiteral("Unit price"), 292, 95, 45), boxLine(QStringLiteral("(monthly)"), 296, 107, 38),
            boxLine(QStringLiteral("Q'ty"), 343, 100, 20),      boxLine(QStringLiteral("Monthly amount"), 370, 100, 75),
        };
        const QList<TextLine> body = {
            boxLine(QStringLiteral("Premium Support"), 64.7, 125, 74),
            boxLine(QStringLiteral("HPE ProLiant DL380"), 146.7, 125, 122),
            boxLine(QStringLiteral("¥38,000"), 291, 125, 34),
            boxLine(QStringLiteral("4"), 342.3, 125, 5),
            boxLine(QStringLiteral("¥152,000"), 368.1, 125, 39),
        };
        const TableColumns columns = tableColumns({linePointers(header), linePointers(body)});
        QCOMPARE(columns.size(), 5);
        QCOMPARE(columns.at(0).first, 64.7);
        QCOMPARE(columns.at(1).first, 146.7);
        const TextLine annual = boxLine(QStringLiteral("Annual amount (12 months, tax excluded)"), 64.7, 150, 195);
        QCOMPARE(columnOf(columns, &annual), 0);
    }

    void cellStartsLineUpWithLinesNearby()
    {
        // A word after a wide gap in a long note ("EOSL") lines up with a signature far below it by chance: no
        // cell starts there. A line right under the note starting there would make it a column's edge.
        const TextLine note = setLine({QStringLiteral("Notes:"), QStringLiteral("parts"), QStringLiteral("|for"),
                                       QStringLiteral("|EOSL"), QStringLiteral("servers"), QStringLiteral("depend"),
                                       QStringLiteral("on"), QStringLiteral("supply")},
                                      60, 100);
        const double eosl = note.words.at(3).box.x;
        for (const double signatureY : {250.0, 115.0}) {
            const TextLine signature =
                setLine({QStringLiteral("Seal"), QStringLiteral("of"), QStringLiteral("vendor")}, eosl, signatureY);
            std::list<TextLine> storage;
            const QList<QList<const TextLine *>> rows = splitAtColumnStarts({{&note, &signature}}, &storage);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().size(), signatureY > 200 ? 2 : 3);
        }
    }

    void sectionNumberSetApartFromItsTitle()
    {
        // "3.3      优先服务（YC-PRI）": a tab between number and title does not make a row of two cells but a
        // heading, which opens its section.
        QList<TextLine> lines;
        lines << boxLine(QStringLiteral("3.2"), 64, 20, 18)
              << boxLine(QStringLiteral("标准服务（YC-STD）"), 110, 20, 110);
        lines << boxLine(QStringLiteral("标准服务为出厂标配的保修服务，工程师下一个工作日到场。"), 64, 40, 300);
        lines << boxLine(QStringLiteral("3.3"), 64, 60, 18)
              << boxLine(QStringLiteral("优先服务（YC-PRI）"), 110, 60, 110);
        lines << boxLine(QStringLiteral("优先服务面向承载生产业务的服务器，工程师 4 小时到场。"), 64, 80, 300);
        lines << boxLine(QStringLiteral("3.4"), 64, 110, 18)
              << boxLine(QStringLiteral("关键业务服务（YC-MC）"), 110, 110, 130);
        lines << boxLine(QStringLiteral("关键业务服务面向核心数据库，工程师 2 小时到场。"), 64, 130, 300);
        const AnalysisText text(pdfPage(QStringLiteral("handbook.pdf"), lines));
        QStringList headings;
        for (const PreparedSegment &segment : text.segments())
            if (segment.heading)
                headings << segment.norm.text;
        QCOMPARE(headings.size(), 3);
        QVERIFY(headings.at(1).startsWith(QStringLiteral("3.3 优先服务")));
        // The paragraph under a heading belongs to its section.
        QCOMPARE(text.segments().at(3).sectionTitle, headings.at(1));
    }

    void slideGridWhoseRowsTouch()
    {
        // A slide's plan comparison: rows 16 points apart in 15-point line boxes, no padding between them, under
        // a title in larger type.
        QList<TextLine> lines;
        lines << TextLine{QStringLiteral("Pick the right plan for each tier"), BoundingBox{37, 40, 322, 28.6}, {}};
        for (const auto &[text, x] :
             {qMakePair(QStringLiteral("Essential"), 265.0), qMakePair(QStringLiteral("Business"), 420.0),
              qMakePair(QStringLiteral("Critical"), 582.0)})
            lines << TextLine{text, BoundingBox{x, 74.9, 60, 18.2}, {}};
        const QList<QStringList> rows = {
            {QStringLiteral("Coverage"), QStringLiteral("Mon–Fri, 8am–6pm"), QStringLiteral("7x24"),
             QStringLiteral("24x7x365")},
            {QStringLiteral("Remote response"), QStringLiteral("2 business hrs"), QStringLiteral("60 min"),
             QStringLiteral("30 min")},
            {QStringLiteral("Onsite"), QStringLiteral("Next business day"), QStringLiteral("8h onsite"),
             QStringLiteral("4h onsite")},
            {QStringLiteral("Call-to-repair"), QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("6h")}};
        double y = 94.1;
        for (const QStringList &row : rows) {
            lines << TextLine{row.at(0), BoundingBox{38.5, y, 90, 14.95}, {}};
            lines << TextLine{row.at(1), BoundingBox{250, y, 95, 14.95}, {}};
            lines << TextLine{row.at(2), BoundingBox{430, y, 45, 14.95}, {}};
            lines << TextLine{row.at(3), BoundingBox{582, y, 48, 14.95}, {}};
            y += 16.3;
        }
        const AnalysisText text(pdfPage(QStringLiteral("deck.pdf"), lines));
        QStringList rowTexts;
        for (const PreparedSegment &segment : text.segments()) {
            if (segment.source.kind == TextSegment::Kind::TableRow)
                rowTexts << segment.norm.text;
            else
                QVERIFY2(segment.norm.text.startsWith(QStringLiteral("Pick the right")), qPrintable(segment.norm.text));
        }
        QCOMPARE(rowTexts.size(), 5); // the plans' names, then a row per line
        QVERIFY2(rowTexts.at(2).startsWith(QStringLiteral("Remote response\t2 business hrs")),
                 qPrintable(rowTexts.at(2)));
        const AnalysisResult result = ContractAnalyzer().analyze(pdfPage(QStringLiteral("deck.pdf"), lines));
        bool critical = false;
        for (const SlaTerm &term : result.terms)
            critical =
                critical || (term.key == QLatin1String("response_time") && term.tier == QLatin1String("Critical") &&
                             term.values.value(QStringLiteral("minutes")).toInt() == 30);
        QVERIFY(critical);
    }

    void numberedHeadingOverCentredHeaderCells()
    {
        // An OEM quotation's service block (from pdftotext -bbox): "一、服务产品内容" right above the header's first
        // cell, the header cells centred, the values below left-aligned well left of their header: the values are
        // cells of their own, not wrapped lines of the label beside them.
        QList<TextLine> lines;
        lines << TextLine{QStringLiteral("一、服务产品内容"), BoundingBox{52.1, 113.8, 68, 11.7}, {}};
        lines << TextLine{QStringLiteral("服务项目"), BoundingBox{69.9, 129.25, 36, 11.7}, {}};
        lines << TextLine{QStringLiteral("金牌延保服务（DZ-EW3Y-GD）"), BoundingBox{264.6, 129.25, 123.6, 11.7}, {}};
        lines << TextLine{QStringLiteral("标准延保服务（DZ-EW3Y-ST）"), BoundingBox{599.3, 129.25, 120.6, 11.7}, {}};
        const QList<std::array<QString, 3>> rows = {
            {QStringLiteral("服务时间"), QStringLiteral("7×24 小时（含法定节假日）"),
             QStringLiteral("5×9（工作日 09:00–18:00）")},
            {QStringLiteral("电话响应"), QStringLiteral("400 热线接到报修后 30 分钟内由技术工程师响应"),
             QStringLiteral("服务时间内 2 小时内电话响应")},
            {QStringLiteral("现场服务"), QStringLiteral("4 小时上门"), QStringLiteral("下一工作日上门")},
            {QStringLiteral("备件储备"), QStringLiteral("苏州本地备件库"), QStringLiteral("上海区域备件中心")}};
        const QList<double> widths = {111.6, 192.2, 42.7, 63};
        double y = 144.35;
        for (int r = 0; r < rows.size(); ++r) {
            lines << TextLine{rows.at(r).at(0), BoundingBox{53.4, y, 36, 11.7}, {}};
            lines << TextLine{rows.at(r).at(1), BoundingBox{127, y, widths.at(r), 11.7}, {}};
            lines << TextLine{rows.at(r).at(2), BoundingBox{530.4, y, 110, 11.7}, {}};
            y += 15.1;
        }
        const AnalysisResult result = ContractAnalyzer().analyze(pdfPage(QStringLiteral("quote.pdf"), lines));
        bool gold = false;
        bool local = false;
        for (const SlaTerm &term : result.terms) {
            gold = gold || (term.key == QLatin1String("onsite_time") && term.tier.startsWith(QStringLiteral("金牌")) &&
                            term.values.value(QStringLiteral("minutes")).toInt() == 240);
            local = local || (term.key == QLatin1String("parts_stock") && term.tier.startsWith(QStringLiteral("金牌")));
        }
        QVERIFY(gold);
        QVERIFY(local);
    }

    void loneHeaderRowOverAGroupedBody()
    {
        // A data sheet's matrix: centred plan names in a header row of its own, then (after a group's name stacked
        // over the first label) body rows whose cells start left of their headers: one table, the plans' columns.
        QList<TextLine> lines;
        lines << TextLine{QStringLiteral("表 1 慧保服务包服务内容对比"), BoundingBox{233.7, 272.1, 129.4, 12.4}, {}};
        lines << TextLine{QStringLiteral("慧保服务包"), BoundingBox{355.2, 291.7, 45, 11.7}, {}};
        lines << TextLine{QStringLiteral("服务项目"), BoundingBox{124.4, 300, 36, 11.7}, {}};
        lines << TextLine{QStringLiteral("基础保修"), BoundingBox{256.2, 308.3, 36, 11.7}, {}};
        lines << TextLine{QStringLiteral("关键业务"), BoundingBox{359.7, 308.3, 36, 11.7}, {}};
        lines << TextLine{QStringLiteral("驻场增强"), BoundingBox{463.3, 308.3, 36, 11.7}, {}};
        lines << TextLine{QStringLiteral("服务时间与响应"), BoundingBox{65.5, 324.9, 63, 11.7}, {}};
        const QList<std::array<QString, 4>> rows = {
            {QStringLiteral("服务时间"), QStringLiteral("5×8"), QStringLiteral("7×24"), QStringLiteral("7×24")},
            {QStringLiteral("远程技术响应时间"), QStringLiteral("2 个工作小时"), QStringLiteral("30 分钟"),
             QStringLiteral("15 分钟")},
            {QStringLiteral("现场到场时间"), QStringLiteral("下一工作日"), QStringLiteral("4 小时"),
             QStringLiteral("2 小时")}};
        double y = 341.5;
        for (const auto &row : rows) {
            lines << TextLine{row.at(0), BoundingBox{65.5, y, 72, 11.7}, {}};
            lines << TextLine{row.at(1), BoundingBox{262, y, 30, 11.7}, {}};
            lines << TextLine{row.at(2), BoundingBox{367.8, y, 24, 11.7}, {}};
            lines << TextLine{row.at(3), BoundingBox{471.4, y, 24, 11.7}, {}};
            y += 16.6;
        }
        const AnalysisResult result = ContractAnalyzer().analyze(pdfPage(QStringLiteral("datasheet.pdf"), lines));
        bool critical = false;
        for (const SlaTerm &term : result.terms)
            critical = critical ||
                       (term.key == QLatin1String("onsite_time") && term.tier.endsWith(QStringLiteral("关键业务")) &&
                        term.values.value(QStringLiteral("minutes")).toInt() == 240);
        QVERIFY(critical);
    }

    void captionLabelSetApartFromItsTitle()
    {
        // "表 6-1      维保服务分项报价" over the table: a caption, not the table's header row.
        QList<TextLine> lines;
        lines << boxLine(QStringLiteral("表 6-1"), 64, 20, 30)
              << boxLine(QStringLiteral("维保服务分项报价"), 200, 20, 100);
        lines << boxLine(QStringLiteral("系统类别"), 64, 40, 50) << boxLine(QStringLiteral("数量（台）"), 200, 40, 50)
              << boxLine(QStringLiteral("综合单价（元/台·年）"), 320, 40, 110);
        lines << boxLine(QStringLiteral("核心生产系统"), 64, 60, 70) << boxLine(QStringLiteral("32"), 200, 60, 12)
              << boxLine(QStringLiteral("6,800.00"), 320, 60, 45);
        const AnalysisText text(pdfPage(QStringLiteral("bid.pdf"), lines));
        QCOMPARE(text.segments().first().source.kind, TextSegment::Kind::Paragraph);
        QCOMPARE(text.segments().first().norm.text, QStringLiteral("表 6-1 维保服务分项报价"));
        QCOMPARE(text.segments().at(1).source.row, 0);
        QVERIFY(text.segments().at(1).norm.text.startsWith(QStringLiteral("系统类别")));
    }

    void scheduleCaptionUnderASignatureBlock()
    {
        // "附表一      金牌服务故障处理时限表" between the signature block and the schedule's table: a caption, so the
        // signature block's "日期： 年 月 日" is not the table's header.
        QList<TextLine> lines;
        lines << boxLine(QStringLiteral("日期："), 64, 20, 30) << boxLine(QStringLiteral("年"), 150, 20, 10)
              << boxLine(QStringLiteral("月"), 200, 20, 10) << boxLine(QStringLiteral("日"), 250, 20, 10);
        lines << boxLine(QStringLiteral("附表一"), 64, 60, 30)
              << boxLine(QStringLiteral("金牌服务故障处理时限表"), 200, 60, 120);
        lines << boxLine(QStringLiteral("故障等级"), 64, 80, 50) << boxLine(QStringLiteral("响应"), 150, 80, 25)
              << boxLine(QStringLiteral("到场"), 200, 80, 25) << boxLine(QStringLiteral("修复"), 250, 80, 25);
        lines << boxLine(QStringLiteral("一级故障"), 64, 100, 50) << boxLine(QStringLiteral("15 分钟内"), 150, 100, 40)
              << boxLine(QStringLiteral("2 小时内"), 200, 100, 40) << boxLine(QStringLiteral("6 小时内"), 250, 100, 40);
        const AnalysisText text(pdfPage(QStringLiteral("contract.pdf"), lines));
        bool caption = false;
        for (const PreparedSegment &segment : text.segments()) {
            if (segment.norm.text.startsWith(QStringLiteral("附表一"))) {
                caption = true;
                QCOMPARE(segment.source.kind, TextSegment::Kind::Paragraph);
            }
            if (segment.norm.text.startsWith(QStringLiteral("故障等级")))
                QCOMPARE(segment.source.row, 0);
        }
        QVERIFY(caption);
    }

    void gutterBarelyWiderThanAWordGap()
    {
        QList<TextLine> lines;
        // A paragraph gives the page its usual word gap.
        lines << setLine(QStringLiteral("The service levels below apply to every server under this agreement")
                             .split(QLatin1Char(' ')),
                         64, 60);
        lines << setLine(QStringLiteral("from the start date and are measured by our service desk each month")
                             .split(QLatin1Char(' ')),
                         64, 73);
        // Severity | Response | On-site | Resolution, rows 1.5 pt apart: the header cells are centred, the
        // values left-aligned.
        auto at = [](const char *word, double x) { return qMakePair(QString::fromLatin1(word), x); };
        lines << wordsLine({at("Severity", 64), at("Response", 120), at("On-site", 164.5), at("Resolution", 214)}, 100,
                           12, kCharWidth);
        lines << wordsLine({at("Severity", 64), at("1", 106.5), at("30", 118), at("minutes", 130.5), at("4", 172),
                            at("hours", 179.5), at("12", 211), at("hours", 223.5)},
                           113.5, 12, kCharWidth);
        lines << wordsLine({at("Severity", 64), at("2", 106.5), at("1", 118), at("hour", 125.5), at("8", 172),
                            at("hours", 179.5), at("24", 211), at("hours", 223.5)},
                           127, 12, kCharWidth);
        const AnalysisResult result = ContractAnalyzer().analyze(pdfPage(QStringLiteral("amc.pdf"), lines));
        QVERIFY(hasTime(result, QStringLiteral("response_time"), QStringLiteral("P1"), 30));
        QVERIFY(hasTime(result, QStringLiteral("onsite_time"), QStringLiteral("P1"), 240));
        QVERIFY(hasTime(result, QStringLiteral("resolution_time"), QStringLiteral("P1"), 720));
        QVERIFY(hasTime(result, QStringLiteral("response_time"), QStringLiteral("P2"), 60));
        QVERIFY(hasTime(result, QStringLiteral("onsite_time"), QStringLiteral("P2"), 480));
        QVERIFY(hasTime(result, QStringLiteral("resolution_time"), QStringLiteral("P2"), 1440));
    }

    void rightAlignedHeadersOverAmounts()
    {
        // "Annual (USD)" and "36 months (USD)" set 6.5 pt apart, right-aligned over their amounts.
        QList<TextLine> lines;
        lines << setLine(QStringLiteral("All prices are in US dollars per server per year, as quoted below for")
                             .split(QLatin1Char(' ')),
                         64, 60);
        lines << setLine(QStringLiteral("each tier of the estate and the three years of the term of the contract")
                             .split(QLatin1Char(' ')),
                         64, 73);
        auto at = [](const char *word, double x) { return qMakePair(QString::fromLatin1(word), x); };
        // Header: Tier | Unit price | Annual (USD) | 36 months (USD); "(USD)" ends at 300, the next at 380.
        lines << wordsLine({at("Tier", 64), at("Unit", 150), at("price", 172.5), at("Annual", 238.5), at("(USD)", 271),
                            at("36", 302.5), at("months", 315), at("(USD)", 351)},
                           100, 12, kCharWidth);
        lines << wordsLine({at("Gold", 64), at("$1,420.00", 150), at("$34,080.00", 250), at("$102,240.00", 325)}, 113.5,
                           12, kCharWidth);
        lines << wordsLine({at("Silver", 64), at("$820.00", 150), at("$98,400.00", 250), at("$295,200.00", 325)}, 127,
                           12, kCharWidth);
        const AnalysisResult result = ContractAnalyzer().analyze(pdfPage(QStringLiteral("quote.pdf"), lines));
        QMap<int, QString> perByAmount;
        for (const SlaTerm &term : result.terms) {
            if (term.key == QLatin1String("price"))
                perByAmount.insert(term.values.value(QStringLiteral("amount")).toInt(),
                                   term.values.value(QStringLiteral("per")).toString());
        }
        QCOMPARE(perByAmount.value(34080), QStringLiteral("year"));
        QCOMPARE(perByAmount.value(102240), QStringLiteral("total"));
    }

    void justifiedProseIsNotCut()
    {
        // Wide justified gaps in prose lines whose starts do not line up stay one paragraph.
        QList<TextLine> lines;
        lines << setLine(
            QStringLiteral("Our engineers are on site within four hours of the call").split(QLatin1Char(' ')), 64, 60);
        lines << setLine({QStringLiteral("for"), QStringLiteral("|every"), QStringLiteral("server"),
                          QStringLiteral("in"), QStringLiteral("the"), QStringLiteral("|data"),
                          QStringLiteral("centre")},
                         64, 73, 7);
        lines << setLine({QStringLiteral("and"), QStringLiteral("we"), QStringLiteral("|report"), QStringLiteral("on"),
                          QStringLiteral("it"), QStringLiteral("monthly.")},
                         64, 86, 7);
        const AnalysisResult result = ContractAnalyzer().analyze(pdfPage(QStringLiteral("letter.pdf"), lines));
        bool whole = false;
        for (const SlaTerm &term : result.terms) {
            if (term.key == QLatin1String("onsite_time"))
                whole = whole || term.values.value(QStringLiteral("minutes")).toInt() == 240;
        }
        QVERIFY(whole);
    }

    void numberedRowsWrapTheirCellsOverLines()
    {
        // A clarification log: each row numbered in the first column, its other cells wrapped over lines set
        // as close as a paragraph's, a band of padding only above each numbered row.
        QList<TextLine> lines;
        lines << boxLine(QStringLiteral("No."), 60, 20, 15) << boxLine(QStringLiteral("Reference"), 100, 20, 45)
              << boxLine(QStringLiteral("Question"), 170, 20, 40) << boxLine(QStringLiteral("Answer"), 330, 20, 35);
        lines << boxLine(QStringLiteral("2.01"), 60, 42, 18) << boxLine(QStringLiteral("RFP 3.1;"), 100, 42, 40)
              << boxLine(QStringLiteral("Please confirm Tier 1 coverage"), 170, 42, 140)
              << boxLine(QStringLiteral("Confirmed. Tier 1 coverage is"), 330, 42, 140);
        lines << boxLine(QStringLiteral("Proposal 4.1"), 100, 56, 55)
              << boxLine(QStringLiteral("is 24 hours a day, as"), 170, 56, 95)
              << boxLine(QStringLiteral("24x7, including holidays. Response:"), 330, 56, 150);
        lines << boxLine(QStringLiteral("required."), 170, 70, 45)
              << boxLine(QStringLiteral("Severity 1 – 15 minutes."), 330, 70, 110);
        lines << boxLine(QStringLiteral("2.02"), 60, 92, 18) << boxLine(QStringLiteral("RFP 3.2"), 100, 92, 35)
              << boxLine(QStringLiteral("Please state on-site times."), 170, 92, 120)
              << boxLine(QStringLiteral("Tier 1 on-site within"), 330, 92, 100);
        lines << boxLine(QStringLiteral("four (4) hours."), 330, 106, 70);
        lines << boxLine(QStringLiteral("2.03"), 60, 128, 18) << boxLine(QStringLiteral("RFP 1.5"), 100, 128, 35)
              << boxLine(QStringLiteral("Please confirm the term."), 170, 128, 110)
              << boxLine(QStringLiteral("Thirty-six (36) months."), 330, 128, 105);
        const AnalysisText text(pdfPage(QStringLiteral("clarifications.pdf"), lines));
        QStringList rows;
        for (const PreparedSegment &segment : text.segments()) {
            if (segment.source.kind == TextSegment::Kind::TableRow)
                rows << segment.norm.text;
        }
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows.at(1).contains(QStringLiteral("Proposal 4.1")));
        QVERIFY(rows.at(1).contains(QStringLiteral("Severity 1")));
        QVERIFY(rows.at(2).contains(QStringLiteral("on-site within 4 hours"))); // (numbers normalised)
    }

    void numberedRowsWithTheirNumbersCentred()
    {
        // A scoring table ruled into rows: each row's number centred beside its middle, the other cells wrapped
        // over lines 4 points apart, 10 points of padding above each row's first line (not its number's). (Set
        // below the page's top band, where a lone number is a page number.)
        QList<TextLine> lines;
        lines << boxLine(QStringLiteral("序号"), 60, 120, 20) << boxLine(QStringLiteral("评分标准"), 100, 120, 40)
              << boxLine(QStringLiteral("投标响应"), 330, 120, 40);
        lines << boxLine(QStringLiteral("Tier A须7x24小时"), 100, 142, 80)
              << boxLine(QStringLiteral("Tier A：7x24 小时，"), 330, 142, 90);
        lines << boxLine(QStringLiteral("1"), 60, 158, 6) << boxLine(QStringLiteral("服务；Tier B 5x8"), 100, 158, 80)
              << boxLine(QStringLiteral("含法定节假日。"), 330, 158, 70);
        lines << boxLine(QStringLiteral("小时。"), 100, 174, 30)
              << boxLine(QStringLiteral("Tier B：工作日 9:00-17:00。"), 330, 174, 120);
        lines << boxLine(QStringLiteral("Tier A 一级故障响应"), 100, 196, 90)
              << boxLine(QStringLiteral("Tier A：一级故障 15 分钟内响应；"), 330, 196, 150);
        lines << boxLine(QStringLiteral("2"), 60, 212, 6) << boxLine(QStringLiteral("≤15 分钟得 8 分。"), 100, 212, 80)
              << boxLine(QStringLiteral("二级故障 30 分钟内响应。"), 330, 212, 110);
        lines << boxLine(QStringLiteral("Tier B：2 个工作小时内响应。"), 330, 228, 130);
        lines << boxLine(QStringLiteral("3"), 60, 250, 6) << boxLine(QStringLiteral("服务期"), 100, 250, 30)
              << boxLine(QStringLiteral("三年。"), 330, 250, 30);
        const AnalysisResult result = ContractAnalyzer().analyze(pdfPage(QStringLiteral("scoring.pdf"), lines));
        bool tierACoverageWithHolidays = false;
        bool tierBResponseWithoutPriority = false;
        for (const SlaTerm &term : result.terms) {
            if (term.key == QLatin1String("coverage") && term.tier == QLatin1String("Tier A"))
                tierACoverageWithHolidays = term.values.value(QStringLiteral("holidays")).toBool();
            // (The requirement's "一级故障" is Tier A's: Tier B's response names no priority.)
            if (term.key == QLatin1String("response_time") && term.tier == QLatin1String("Tier B"))
                tierBResponseWithoutPriority =
                    term.priority.isEmpty() && term.values.value(QStringLiteral("minutes")).toInt() == 120;
        }
        QVERIFY(tierACoverageWithHolidays);
        QVERIFY(tierBResponseWithoutPriority);
    }

    void numberedRowsWithAWrappedFirstCell()
    {
        // A KPI table: "KPI 2 Response" wraps onto "(Critical Equipment)" in its own column; only the
        // numbered lines start rows.
        QList<TextLine> lines;
        lines << boxLine(QStringLiteral("KPI"), 60, 20, 20)
              << boxLine(QStringLiteral("Performance Measure"), 170, 20, 90)
              << boxLine(QStringLiteral("Target"), 330, 20, 30) << boxLine(QStringLiteral("Points"), 420, 20, 30);
        lines << boxLine(QStringLiteral("KPI 1 Service Desk"), 60, 42, 85)
              << boxLine(QStringLiteral("Available 24 hours a day."), 170, 42, 120)
              << boxLine(QStringLiteral("99.5%"), 330, 42, 25) << boxLine(QStringLiteral("2 points"), 420, 42, 40);
        lines << boxLine(QStringLiteral("KPI 2 Response"), 60, 64, 70)
              << boxLine(QStringLiteral("The engineer calls back:"), 170, 64, 110)
              << boxLine(QStringLiteral("95%"), 330, 64, 20) << boxLine(QStringLiteral("1 point per"), 420, 64, 50);
        lines << boxLine(QStringLiteral("(Critical"), 60, 78, 40)
              << boxLine(QStringLiteral("P1: within 30 minutes of logging"), 170, 78, 140)
              << boxLine(QStringLiteral("Incident"), 420, 78, 40);
        lines << boxLine(QStringLiteral("Equipment)"), 60, 92, 50)
              << boxLine(QStringLiteral("P2: within 1 hour of logging"), 170, 92, 125);
        lines << boxLine(QStringLiteral("KPI 3 Reporting"), 60, 114, 70)
              << boxLine(QStringLiteral("A monthly report."), 170, 114, 80)
              << boxLine(QStringLiteral("100%"), 330, 114, 25) << boxLine(QStringLiteral("1 point"), 420, 114, 35);
        const AnalysisText text(pdfPage(QStringLiteral("schedule-2.pdf"), lines));
        QStringList rows;
        for (const PreparedSegment &segment : text.segments()) {
            if (segment.source.kind == TextSegment::Kind::TableRow)
                rows << segment.norm.text;
        }
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows.at(2).startsWith(QStringLiteral("KPI 2 Response (Critical Equipment)")));
        QVERIFY(rows.at(2).contains(QStringLiteral("P2: within 1 hour")));
    }

    void wrappedLabelWithValuesCentredBesideItsMiddle()
    {
        // A ruled table whose label cell wraps over four lines while the other cells are centred beside
        // its middle: the label's first line stands alone above them, under a header centred over the column.
        QList<TextLine> lines;
        lines << boxLine(QStringLiteral("Severity Level"), 96, 347, 55)
              << boxLine(QStringLiteral("Response Time"), 198, 347, 58)
              << boxLine(QStringLiteral("Attendance Time"), 279, 347, 66);
        const QStringList labels[] = {
            {QStringLiteral("Severity 1 (Critical): the"), QStringLiteral("Equipment is down or a"),
             QStringLiteral("production service hosted on it"), QStringLiteral("is unavailable")},
            {QStringLiteral("Severity 2 (High): loss of"), QStringLiteral("redundancy or material"),
             QStringLiteral("degradation of performance;"), QStringLiteral("production service available")}};
        const QStringList values[] = {{QStringLiteral("fifteen (15) minutes"), QStringLiteral("four (4) hours")},
                                      {QStringLiteral("thirty (30) minutes"), QStringLiteral("six (6) hours")}};
        double top = 364.6;
        for (int row = 0; row < 2; ++row) {
            for (int k = 0; k < 4; ++k)
                lines << boxLine(labels[row].at(k), 64.7, top + 13 * k, 100);
            lines << boxLine(values[row].at(0), 187, top + 19.3, 70) << boxLine(values[row].at(1), 272, top + 19.3, 50);
            top += 4 * 13 + 4;
        }
        const Document document = pdfPage(QStringLiteral("schedule-3.pdf"), lines);
        const AnalysisText text(document);
        QStringList rows;
        for (const PreparedSegment &segment : text.segments())
            rows << segment.norm.text;
        QCOMPARE(rows.size(), 3);
        QVERIFY2(rows.at(1).startsWith(QStringLiteral("Severity 1 (Critical): the Equipment is down")),
                 qPrintable(rows.at(1)));
        QVERIFY(rows.at(2).startsWith(QStringLiteral("Severity 2 (High): loss of")));
        const AnalysisResult result = ContractAnalyzer().analyze(document);
        QVERIFY(hasTime(result, QStringLiteral("response_time"), QStringLiteral("P1"), 15));
        QVERIFY(hasTime(result, QStringLiteral("onsite_time"), QStringLiteral("P2"), 360));
    }

    void rowsUnderCellsMergedDownTheLeft()
    {
        // A 三线表 (no rules between rows): the grade and its hours are merged down over the 一级 / 二级 / 三级 rows,
        // their lines straddling the gaps between the rows.
        QList<TextLine> lines;
        lines << boxLine(QStringLiteral("服务等级"), 97, 383.5, 38)
              << boxLine(QStringLiteral("服务时间"), 198, 383.5, 38)
              << boxLine(QStringLiteral("故障级别"), 276, 383.5, 38)
              << boxLine(QStringLiteral("响应时间"), 538, 383.5, 38)
              << boxLine(QStringLiteral("到场时间"), 621, 383.5, 38)
              << boxLine(QStringLiteral("修复时间"), 714, 383.5, 38);
        lines << boxLine(QStringLiteral("白金级"), 102, 410.1, 28)
              << boxLine(QStringLiteral("（核心交易、清算系"), 73, 425.7, 85)
              << boxLine(QStringLiteral("统）"), 107, 441.3, 19) << boxLine(QStringLiteral("7×24 小时"), 196, 417.9, 42)
              << boxLine(QStringLiteral("（含法定节假日）"), 174, 433.5, 85);
        const QStringList levels = {QStringLiteral("一级"), QStringLiteral("二级"), QStringLiteral("三级")};
        const QStringList response = {QStringLiteral("15 分钟内"), QStringLiteral("30 分钟内"),
                                      QStringLiteral("1 小时内")};
        const QStringList onsite = {QStringLiteral("2 小时内"), QStringLiteral("4 小时内"),
                                    QStringLiteral("24 小时内")};
        const QStringList repair = {QStringLiteral("6 小时内"), QStringLiteral("12 小时内"),
                                    QStringLiteral("48 小时内")};
        for (int k = 0; k < 3; ++k) {
            const double y = 404.2 + 21.5 * k;
            lines << boxLine(levels.at(k), 286, y, 19) << boxLine(response.at(k), 537, y, 41)
                  << boxLine(onsite.at(k), 617, y, 45) << boxLine(repair.at(k), 713, y, 40);
        }
        // The next grade's name starts on its first row, its second line runs across the start of the next.
        lines << boxLine(QStringLiteral("金级"), 107, 468.7, 19)
              << boxLine(QStringLiteral("（一般生产系统）"), 78, 484.3, 76)
              << boxLine(QStringLiteral("7×24 小时"), 196, 468.7, 42);
        lines << boxLine(QStringLiteral("一级"), 286, 468.7, 19) << boxLine(QStringLiteral("30 分钟内"), 537, 468.7, 41)
              << boxLine(QStringLiteral("4 小时内"), 617, 468.7, 45)
              << boxLine(QStringLiteral("24 小时内"), 713, 468.7, 40);
        lines << boxLine(QStringLiteral("二级"), 286, 490.2, 19) << boxLine(QStringLiteral("1 小时内"), 537, 490.2, 41)
              << boxLine(QStringLiteral("8 小时内"), 617, 490.2, 45)
              << boxLine(QStringLiteral("36 小时内"), 713, 490.2, 40);
        for (TextLine &line : lines)
            line.box.height = 12.35;
        const Document document = pdfPage(QStringLiteral("sla.pdf"), lines);
        const AnalysisResult result = ContractAnalyzer().analyze(document);
        QVERIFY(hasTime(result, QStringLiteral("response_time"), QStringLiteral("P1"), 15));
        QVERIFY(hasTime(result, QStringLiteral("onsite_time"), QStringLiteral("P2"), 240));
        QVERIFY(hasTime(result, QStringLiteral("resolution_time"), QStringLiteral("P3"), 2880));
        QVERIFY(hasTime(result, QStringLiteral("onsite_time"), QStringLiteral("P2"), 480));
        QVERIFY(hasTime(result, QStringLiteral("resolution_time"), QStringLiteral("P2"), 2160));
    }

    void groupsOfRowsEachUnderItsOwnMergedCell()
    {
        // "Category I (Ashgabat)" merged down over priorities 1, 2 and 3, then "Category II (Gazly-Depe)" over 1, 2
        // and 3 again, each centred beside its rows, under the table's header: each category's cell goes with its
        // own first row, and the rows below it are numbered under "Priority".
        QList<TextLine> lines;
        lines << boxLine(QStringLiteral("Category"), 63.9, 230.1, 40)
              << boxLine(QStringLiteral("Priority"), 122.7, 230.1, 38)
              << boxLine(QStringLiteral("Response time"), 169, 230.1, 62)
              << boxLine(QStringLiteral("Arrival of engineer on site"), 256, 230.1, 110)
              << boxLine(QStringLiteral("Restoration of operability"), 376.8, 230.1, 110);
        const QList<QStringList> rows = {
            {QStringLiteral("1 (Critical)"), QStringLiteral("30 minutes"), QStringLiteral("2 hours"),
             QStringLiteral("8 hours")},
            {QStringLiteral("2 (High)"), QStringLiteral("1 hour"), QStringLiteral("4 hours"),
             QStringLiteral("24 hours")},
            {QStringLiteral("3 (Normal)"), QStringLiteral("4 hours"), QStringLiteral("8 hours"),
             QStringLiteral("48 hours")},
            {QStringLiteral("1 (Critical)"), QStringLiteral("1 hour"), QStringLiteral("12 hours"),
             QStringLiteral("36 hours")},
            {QStringLiteral("2 (High)"), QStringLiteral("2 hours"), QStringLiteral("24 hours"),
             QStringLiteral("72 hours")},
            {QStringLiteral("3 (Normal)"), QStringLiteral("8 hours"), QStringLiteral("48 hours"),
             QStringLiteral("96 hours")},
        };
        const std::array<double, 4> columns = {122.7, 169, 244.7, 375};
        for (int r = 0; r < rows.size(); ++r) {
            const double y = 246.1 + 16 * r;
            for (int c = 0; c < 4; ++c)
                lines << boxLine(rows.at(r).at(c), columns.at(size_t(c)), y, 5.0 * rows.at(r).at(c).size());
        }
        lines << boxLine(QStringLiteral("Category I"), 63.9, 255.5, 48)
              << boxLine(QStringLiteral("(Ashgabat)"), 63.9, 268.7, 50)
              << boxLine(QStringLiteral("Category II"), 63.9, 303.5, 52)
              << boxLine(QStringLiteral("(Gazly-Depe)"), 63.9, 316.7, 56);
        for (TextLine &line : lines)
            line.box.height = 11.05;
        const AnalysisResult result = ContractAnalyzer().analyze(pdfPage(QStringLiteral("sla.pdf"), lines));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("Category I"), QStringLiteral("Category II")}));
        QCOMPARE(tw::test::minutesByTierAndPriority(result, QStringLiteral("resolution_time")),
                 (QMap<QString, int>{{QStringLiteral("Category I P1"), 480},
                                     {QStringLiteral("Category I P2"), 1440},
                                     {QStringLiteral("Category I P3"), 2880},
                                     {QStringLiteral("Category II P1"), 2160},
                                     {QStringLiteral("Category II P2"), 4320},
                                     {QStringLiteral("Category II P3"), 5760}}));
    }

    void faultLevelsCentredBesideTheirMeasures()
    {
        // "一级故障" merged down over 电话响应 / 工程师到场 / 故障修复 and printed beside the middle one: the rows
        // above and below it are its own, not the next level's.
        QList<TextLine> lines;
        lines << boxLine(QStringLiteral(
                             "1. 7×24×4 级别：适用于 PACS 核心数据库服务器，服务时间为每周 7 天、每天 24 小时。"),
                         60, 40, 400)
              << boxLine(QStringLiteral("2. 5×9×NBD 级别：适用于前置机及近线归档设备，服务时间为工作日 8:30–17:30。"),
                         60, 60, 400);
        lines << boxLine(QStringLiteral("故障等级"), 60, 100, 40) << boxLine(QStringLiteral("服务指标"), 130, 100, 40)
              << boxLine(QStringLiteral("7×24×4"), 220, 100, 36) << boxLine(QStringLiteral("5×9×NBD"), 300, 100, 40);
        const QList<QStringList> rows = {
            {QStringLiteral("电话响应"), QStringLiteral("十五分钟"), QStringLiteral("30 分钟")},
            {QStringLiteral("工程师到场"), QStringLiteral("4 小时"), QStringLiteral("8 小时")},
            {QStringLiteral("故障修复"), QStringLiteral("8 小时"), QStringLiteral("12 小时")},
            {QStringLiteral("电话响应"), QStringLiteral("30 分钟"), QStringLiteral("2 小时")},
            {QStringLiteral("工程师到场"), QStringLiteral("8 小时"), QStringLiteral("16 小时")},
            {QStringLiteral("故障修复"), QStringLiteral("24 小时"), QStringLiteral("48 小时")},
        };
        const std::array<double, 3> columns = {130, 220, 300};
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < 3; ++c)
                lines << boxLine(rows.at(r).at(c), columns.at(size_t(c)), 120 + 20 * r, 10.0 * rows.at(r).at(c).size());
        }
        lines << boxLine(QStringLiteral("一级故障"), 60, 140, 40) << boxLine(QStringLiteral("二级故障"), 60, 200, 40);
        const AnalysisResult result = ContractAnalyzer().analyze(pdfPage(QStringLiteral("pacs.pdf"), lines));
        QCOMPARE(tw::test::minutesByTierAndPriority(result, QStringLiteral("response_time")),
                 (QMap<QString, int>{{QStringLiteral("5×9×NBD P1"), 30},
                                     {QStringLiteral("5×9×NBD P2"), 120},
                                     {QStringLiteral("7×24×4 P1"), 15},
                                     {QStringLiteral("7×24×4 P2"), 30}}));
        QCOMPARE(tw::test::minutesByTierAndPriority(result, QStringLiteral("resolution_time")),
                 (QMap<QString, int>{{QStringLiteral("5×9×NBD P1"), 720},
                                     {QStringLiteral("5×9×NBD P2"), 2880},
                                     {QStringLiteral("7×24×4 P1"), 480},
                                     {QStringLiteral("7×24×4 P2"), 1440}}));
    }

    void captionOfTheNextTableUnderARowsFirstCell()
    {
        // Two tables of times by the hours a fault is reported in, each under its caption ("表2 二级保障服务时限"), the
        // second caption as close under the first table's last row as a line of its first cell (boxes as a proposal's
        // PDF gives them): the caption ends the first table and names the second's level; the hours are no levels.
        QList<TextLine> lines;
        lines << boxLine(QStringLiteral("一级保障：一级保障设备所用备件均为原厂全新件。"), 62.5, 60, 280, 13)
              << boxLine(QStringLiteral("二级保障：二级保障设备使用原厂新件或经认证的翻新件。"), 62.5, 80, 280, 13)
              << boxLine(QStringLiteral("表1"), 62.5, 108.7, 17.5, 13)
              << boxLine(QStringLiteral("一级保障服务时限"), 90, 108.7, 80, 13)
              << boxLine(QStringLiteral("服务指标"), 140.7, 132.98, 38, 12.35)
              << boxLine(QStringLiteral("工作日白天"), 284.8, 132.98, 47.5, 12.35)
              << boxLine(QStringLiteral("工作日夜间"), 387.9, 132.98, 47.5, 12.35)
              << boxLine(QStringLiteral("节假日"), 483.9, 132.98, 28.5, 12.35)
              << boxLine(QStringLiteral("电话响应（各级故障）"), 65.5, 150.18, 95, 12.35)
              << boxLine(QStringLiteral("15 分钟"), 260, 150.18, 31.3, 12.35)
              << boxLine(QStringLiteral("30 分钟"), 363.1, 150.18, 31.3, 12.35)
              << boxLine(QStringLiteral("45 分钟"), 466.2, 150.18, 31.3, 12.35)
              << boxLine(QStringLiteral("一级故障工程师到场"), 65.5, 167.38, 85.5, 12.35)
              << boxLine(QStringLiteral("2 小时"), 260, 167.38, 26.1, 12.35)
              << boxLine(QStringLiteral("4 小时"), 363.1, 167.38, 26.1, 12.35)
              << boxLine(QStringLiteral("6 小时"), 466.2, 167.38, 26.1, 12.35)
              << boxLine(QStringLiteral("一级故障修复时间"), 65.5, 184.58, 76, 12.35)
              << boxLine(QStringLiteral("6 小时"), 260, 184.58, 26.1, 12.35)
              << boxLine(QStringLiteral("8 小时"), 363.1, 184.58, 26.1, 12.35)
              << boxLine(QStringLiteral("12 小时"), 466.2, 184.58, 31.3, 12.35)
              << boxLine(QStringLiteral("二级故障工程师到场"), 65.5, 201.78, 85.5, 12.35)
              << boxLine(QStringLiteral("4 小时"), 260, 201.78, 26.1, 12.35)
              << boxLine(QStringLiteral("8 小时"), 363.1, 201.78, 26.1, 12.35)
              << boxLine(QStringLiteral("24 小时"), 466.2, 201.78, 31.3, 12.35)
              << boxLine(QStringLiteral("表2"), 62.5, 216.6, 17.5, 13)
              << boxLine(QStringLiteral("二级保障服务时限"), 90, 216.6, 80, 13)
              << boxLine(QStringLiteral("服务指标"), 128, 240.88, 38, 12.35)
              << boxLine(QStringLiteral("工作日白天"), 252.6, 240.88, 47.5, 12.35)
              << boxLine(QStringLiteral("工作日夜间"), 342.3, 240.88, 47.5, 12.35)
              << boxLine(QStringLiteral("节假日"), 457.7, 240.88, 28.5, 12.35)
              << boxLine(QStringLiteral("电话响应（各级故障）"), 65.5, 258.08, 95, 12.35)
              << boxLine(QStringLiteral("半小时"), 234.6, 258.08, 28.5, 12.35)
              << boxLine(QStringLiteral("一小时"), 324.2, 258.08, 28.5, 12.35)
              << boxLine(QStringLiteral("两小时"), 413.8, 258.08, 28.5, 12.35)
              << boxLine(QStringLiteral("一级故障工程师到场"), 65.5, 275.28, 85.5, 12.35)
              << boxLine(QStringLiteral("4 小时"), 234.6, 275.28, 26.1, 12.35)
              << boxLine(QStringLiteral("8 小时"), 324.2, 275.28, 26.1, 12.35)
              << boxLine(QStringLiteral("下一个工作日"), 413.8, 275.28, 57, 12.35)
              << boxLine(QStringLiteral("一级故障修复时间"), 65.5, 292.48, 76, 12.35)
              << boxLine(QStringLiteral("12 小时"), 234.6, 292.48, 31.3, 12.35)
              << boxLine(QStringLiteral("24 小时"), 324.2, 292.48, 31.3, 12.35)
              << boxLine(QStringLiteral("48 小时"), 413.8, 292.48, 31.4, 12.35)
              << boxLine(QStringLiteral("二级故障工程师到场"), 65.5, 309.68, 85.5, 12.35)
              << boxLine(QStringLiteral("8 小时"), 234.6, 309.68, 26.1, 12.35)
              << boxLine(QStringLiteral("12 小时"), 324.2, 309.68, 31.3, 12.35)
              << boxLine(QStringLiteral("节后首个工作日"), 413.8, 309.68, 66.5, 12.35);
        const AnalysisResult result = ContractAnalyzer().analyze(pdfPage(QStringLiteral("proposal.pdf"), lines));
        QMap<QString, QList<int>> resolution;
        for (const SlaTerm &term : tw::test::termsOf(result, QStringLiteral("resolution_time")))
            resolution[term.tier] << term.values.value(QStringLiteral("minutes")).toInt();
        QCOMPARE(resolution, (QMap<QString, QList<int>>{{QStringLiteral("一级保障"), {360, 480, 720}},
                                                        {QStringLiteral("二级保障"), {720, 1440, 2880}}}));
    }

    void captionOfTheNextTableBetweenItsRows()
    {
        // The priorities' definitions, then "Table 3 - Service levels per site" and the table of times, as close as
        // rows (boxes as a proposal's PDF gives them): the caption ends the first table, and the row under it heads
        // the second.
        QList<TextLine> lines;
        lines << boxLine(QStringLiteral("Priority"), 84.6, 310.95, 31.47, 11.7)
              << boxLine(QStringLiteral("Definition"), 314.9, 310.95, 41.45, 11.7)
              << boxLine(QStringLiteral("Priority 1 (Critical) Server down or data unavailable; production stopped"),
                         63.9, 327.25, 435.9, 11.7)
              << boxLine(QStringLiteral("Priority 2 (High)"), 63.9, 350.15, 62.47, 11.7)
              << boxLine(QStringLiteral("Failure of a redundant component (disk, power supply, fan); system still"),
                         139.6, 343.45, 388.22, 11.7)
              << boxLine(QStringLiteral("running"), 139.6, 356.95, 30.01, 11.7)
              << boxLine(QStringLiteral("Priority 3"), 63.9, 373.15, 35.48, 11.7)
              << boxLine(QStringLiteral("(Normal)"), 63.9, 386.65, 34.99, 11.7)
              << boxLine(QStringLiteral("Minor faults, alarms without service impact"), 139.6, 379.85, 256.1, 11.7)
              << boxLine(QStringLiteral("Table 3 - Service levels per site"), 62.5, 407.48, 140.32, 12.35);
        const QList<QStringList> rows = {
            {QStringLiteral("Priority"), QStringLiteral("Service level"), QStringLiteral("Tehran Head Office"),
             QStringLiteral("Bandar Imam Khomeini Site")},
            {QStringLiteral("Priority 1"), QStringLiteral("Response"), QStringLiteral("Thirty (30) minutes"),
             QStringLiteral("Thirty (30) minutes")},
            {QStringLiteral("Priority 1"), QStringLiteral("On-site"), QStringLiteral("Four (4) hours"),
             QStringLiteral("Six (6) hours")},
            {QStringLiteral("Priority 2"), QStringLiteral("Response"), QStringLiteral("Two (2) hours"),
             QStringLiteral("Two (2) hours")},
            {QStringLiteral("Priority 2"), QStringLiteral("On-site"), QStringLiteral("Next Working Day"),
             QStringLiteral("Next Working Day")},
            {QStringLiteral("Priority 3"), QStringLiteral("Response"), QStringLiteral("Four (4) hours"),
             QStringLiteral("Four (4) hours")},
            {QStringLiteral("Priority 3"), QStringLiteral("On-site"), QStringLiteral("By appointment"),
             QStringLiteral("At the next preventive maintenance visit")},
        };
        const std::array<double, 4> columns = {63.9, 110, 166.7, 284.5};
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < 4; ++c)
                lines << boxLine(rows.at(r).at(c), columns.at(size_t(c)), 424.35 + 16.25 * r,
                                 std::min(4.6 * rows.at(r).at(c).size(), 118.0), 11.7);
        }
        const AnalysisResult result = ContractAnalyzer().analyze(pdfPage(QStringLiteral("proposal.pdf"), lines));
        QCOMPARE(tw::test::minutesByTierAndPriority(result, QStringLiteral("onsite_time")),
                 (QMap<QString, int>{{QStringLiteral("Bandar Imam Khomeini Site P1"), 360},
                                     {QStringLiteral("Bandar Imam Khomeini Site P2"), 0}, // next working day
                                     {QStringLiteral("Tehran Head Office P1"), 240},
                                     {QStringLiteral("Tehran Head Office P2"), 0}}));
        QCOMPARE(tw::test::minutesByTierAndPriority(result, QStringLiteral("response_time"))
                     .value(QStringLiteral("Tehran Head Office P3")),
                 240);
    }

    void groupHeaderOverItsMeasures()
    {
        // "Critical Equipment" centred over Response / On-site Attendance / Restoration Target, "Standard Equipment"
        // over the next two: the plans of a two-level header that reads as a line of its own above the table.
        QList<TextLine> lines;
        auto line = [&](const QString &text, double x, double y, double width) {
            lines << boxLine(text, x, y, width, 11.05);
        };
        line(QStringLiteral("Critical Equipment"), 243.6, 597.0, 75.0);
        line(QStringLiteral("Standard Equipment"), 413.7, 597.0, 83.0);
        line(QStringLiteral("Priority"), 65.8, 613.2, 29.7);
        line(QStringLiteral("Description"), 118.5, 613.2, 46.7);
        line(QStringLiteral("On-site"), 263.7, 616.2, 29.2);
        line(QStringLiteral("Restoration"), 323.9, 616.2, 47.2);
        line(QStringLiteral("On-site"), 477.1, 616.2, 29.2);
        line(QStringLiteral("Response"), 191.7, 622.8, 40.6);
        line(QStringLiteral("Response"), 393.6, 622.8, 40.6);
        line(QStringLiteral("Attendance"), 255.2, 629.4, 46.2);
        line(QStringLiteral("Target"), 334.5, 629.4, 25.9);
        line(QStringLiteral("Attendance"), 468.6, 629.4, 46.2);
        const QStringList rows[] = {{QStringLiteral("P1"), QStringLiteral("Server down"), QStringLiteral("30 minutes"),
                                     QStringLiteral("4 hours"), QStringLiteral("8 hours"),
                                     QStringLiteral("2 Business Hours"), QStringLiteral("Next Business Day")},
                                    {QStringLiteral("P2"), QStringLiteral("Degraded"), QStringLiteral("1 hour"),
                                     QStringLiteral("8 hours"), QStringLiteral("24 hours"),
                                     QStringLiteral("4 Business Hours"), QStringLiteral("Next Business Day")}};
        const double xs[] = {65.5, 101.8, 187.9, 242.1, 320.5, 380.4, 455.0};
        const double widths[] = {10.3, 60.0, 41.5, 28.3, 28.3, 60.0, 70.0};
        for (int r = 0; r < 2; ++r) {
            for (int c = 0; c < 7; ++c)
                line(rows[r].at(c), xs[c], 661.9 + 30.0 * r, widths[c]);
        }
        const Document document = pdfPage(QStringLiteral("order-form.pdf"), lines);
        const AnalysisResult result = ContractAnalyzer().analyze(document);
        QVERIFY2(result.tiers.contains(QStringLiteral("Critical Equipment")), qPrintable(result.tiers.join(u',')));
        QVERIFY(result.tiers.contains(QStringLiteral("Standard Equipment")));
        bool critical = false;
        for (const SlaTerm &term : result.terms)
            critical =
                critical || (term.key == QLatin1String("response_time") && term.priority == QLatin1String("P1") &&
                             term.tier == QLatin1String("Critical Equipment") &&
                             term.values.value(QStringLiteral("minutes")).toInt() == 30);
        QVERIFY(critical);
    }

    void measureHeaderOverItsPlans()
    {
        // "到场时限" merged over the classes of city under it reads as the top line of the middle column: it is the
        // measure of all three (the 省会城市 column's "2 小时" is an on-site time), and the classes are the tiers.
        QList<TextLine> lines;
        auto line = [&](const QString &text, double x, double y, double width) {
            lines << boxLine(text, x, y, width, 11.7);
        };
        line(QStringLiteral("1. 省会城市及地级市：提供 7×24 小时现场服务，含法定节假日。"), 62.5, 400.0, 300.0);
        line(QStringLiteral("2. 县级及以下：现场服务时间为 5×8（工作日）。"), 62.5, 420.0, 240.0);
        line(QStringLiteral("2. 各级故障的响应及到场时限见表 1。"), 62.5, 453.63, 176.7);
        line(QStringLiteral("表1"), 246.6, 471.73, 18.37);
        line(QStringLiteral("响应及到场时限"), 275.5, 471.73, 73.5);
        line(QStringLiteral("故障级别"), 89.8, 504.65, 36);
        line(QStringLiteral("电话响应"), 179.7, 504.65, 36);
        line(QStringLiteral("到场时限"), 369.7, 493.55, 36);
        line(QStringLiteral("省会城市"), 268.8, 515.85, 36);
        line(QStringLiteral("地级市"), 354.7, 515.85, 27);
        line(QStringLiteral("县级及以下"), 446.6, 515.85, 45);
        const QStringList rows[] = {{QStringLiteral("一级故障"), QStringLiteral("15 分钟"), QStringLiteral("2 小时"),
                                     QStringLiteral("4 小时"), QStringLiteral("8 小时")},
                                    {QStringLiteral("二级故障"), QStringLiteral("30 分钟"), QStringLiteral("4 小时"),
                                     QStringLiteral("6 小时"), QStringLiteral("下一个工作日")}};
        const double xs[] = {65.5, 182.8, 274.4, 355.8, 445.0};
        const double widths[] = {36.0, 29.7, 24.8, 24.8, 40.0};
        for (int r = 0; r < 2; ++r) {
            for (int c = 0; c < 5; ++c)
                line(rows[r].at(c), xs[c], 538.05 + 22.3 * r, widths[c]);
        }
        const AnalysisResult result = ContractAnalyzer().analyze(pdfPage(QStringLiteral("承诺书.pdf"), lines));
        QVERIFY2(result.tiers.contains(QStringLiteral("省会城市")), qPrintable(result.tiers.join(u',')));
        auto onsite = [&](const QString &tier, const QString &priority) {
            for (const SlaTerm &term : result.terms) {
                if (term.key == QLatin1String("onsite_time") && term.tier == tier && term.priority == priority)
                    return term.values.value(QStringLiteral("minutes")).toInt();
            }
            return -1;
        };
        QCOMPARE(onsite(QStringLiteral("省会城市"), QStringLiteral("P1")), 120);
        QCOMPARE(onsite(QStringLiteral("地级市"), QStringLiteral("P1")), 240);
        QCOMPARE(onsite(QStringLiteral("县级及以下"), QStringLiteral("P1")), 480);
        QCOMPARE(onsite(QStringLiteral("省会城市"), QStringLiteral("P2")), 240);
    }

    void planNamesCentredOverTheirMeasures()
    {
        // "A 类设备" and "B 类设备" merged over their "响应 | 到场 | 修复" read as the top lines of their middle
        // columns: each names the plan of all three measures under it (not "Critical" set flush over its first).
        QList<TextLine> lines;
        auto line = [&](const QString &text, double x, double y, double width) {
            lines << boxLine(text, x, y, width, 11.7);
        };
        line(QStringLiteral("6.9 服务时限：各类租赁物的服务时限如下表："), 79.6, 635.7, 199.5);
        line(QStringLiteral("A 类设备"), 203.3, 675.75, 34.3);
        line(QStringLiteral("B 类设备"), 406.4, 675.75, 34.5);
        line(QStringLiteral("故障等级"), 76.5, 686.85, 36);
        const double measureXs[] = {143.5, 195.5, 263.5, 347.3, 433.9, 501.3};
        const QString measures[] = {QStringLiteral("响应"), QStringLiteral("到场"), QStringLiteral("修复")};
        for (int m = 0; m < 6; ++m)
            line(measures[m % 3], measureXs[m], 697.95, 18);
        const QStringList rows[] = {
            {QStringLiteral("一级故障"), QStringLiteral("30 分钟"), QStringLiteral("4 小时"), QStringLiteral("8 小时"),
             QStringLiteral("2 个工作小时"), QStringLiteral("下一个工作日"), QStringLiteral("见注 2")},
            {QStringLiteral("二级故障"), QStringLiteral("1 小时"), QStringLiteral("6 小时"), QStringLiteral("12 小时"),
             QStringLiteral("4 个工作小时"), QStringLiteral("2 个工作日"), QStringLiteral("见注 2")}};
        const double xs[] = {65.5, 137.7, 192.0, 259.0, 330.4, 420.0, 495.0};
        const double widths[] = {36.0, 29.7, 24.0, 27.0, 50.0, 54.0, 27.0};
        for (int r = 0; r < 2; ++r) {
            for (int c = 0; c < 7; ++c)
                line(rows[r].at(c), xs[c], 720.25 + 22.2 * r, widths[c]);
        }
        const AnalysisResult result = ContractAnalyzer().analyze(pdfPage(QStringLiteral("租赁合同.pdf"), lines));
        auto response = [&](const QString &tier, const QString &priority) {
            for (const SlaTerm &term : result.terms) {
                if (term.key == QLatin1String("response_time") && term.tier == tier && term.priority == priority)
                    return term.values.value(QStringLiteral("minutes")).toInt();
            }
            return -1;
        };
        QCOMPARE(response(QStringLiteral("A类设备"), QStringLiteral("P1")), 30);
        QCOMPARE(response(QStringLiteral("B类设备"), QStringLiteral("P1")), 120);
        QCOMPARE(response(QStringLiteral("B类设备"), QStringLiteral("P2")), 240);
    }

    void groupRowUnderALoneHeader()
    {
        // A price schedule whose first body row is a lot's name ("Lot 1 — Rack servers") right under the header; the
        // quantities sit right-aligned past the narrow "Qty" header's end. The rows below are still the header's:
        // "312.00" is a unit price per server per year.
        QList<TextLine> lines;
        auto line = [&](const QString &text, double x, double y, double width) {
            lines << boxLine(text, x, y, width, 11.05);
        };
        line(QStringLiteral("All prices are in euro, excluding VAT (21%)."), 62.5, 172.2, 264.5);
        line(QStringLiteral("Item"), 65.5, 201.03, 17.45);
        line(QStringLiteral("Unit price per year"), 272.5, 194.93, 74.55);
        line(QStringLiteral("(EUR)"), 272.5, 207.23, 23.61);
        line(QStringLiteral("Qty"), 225.5, 201.03, 14.12);
        line(QStringLiteral("Annual amount"), 376, 194.93, 61.78);
        line(QStringLiteral("(EUR)"), 376, 207.23, 23.61);
        line(QStringLiteral("36 months (EUR)"), 456, 201.03, 68.37);
        line(QStringLiteral("Lot 1 — Rack servers"), 65.5, 225.43, 86.37);
        line(QStringLiteral("Rack server maintenance (per server)"), 65.5, 243.73, 142.49);
        line(QStringLiteral("140"), 252.3, 243.73, 14.13);
        line(QStringLiteral("312.00"), 344.1, 243.73, 25.92);
        line(QStringLiteral("43,680.00"), 412.3, 243.73, 37.71);
        line(QStringLiteral("131,040.00"), 487.6, 243.73, 42.52);
        const AnalysisResult result = ContractAnalyzer().analyze(pdfPage(QStringLiteral("offer.pdf"), lines));
        bool unitPrice = false;
        for (const SlaTerm &term : result.terms)
            unitPrice =
                unitPrice || (term.key == QLatin1String("price") &&
                              term.values.value(QStringLiteral("amount")).toDouble() == 312.0 &&
                              term.values.value(QStringLiteral("per")).toString() == QLatin1String("server_year"));
        QVERIFY(unitPrice);
    }

    void articleNumberSetApartFromItsTitle()
    {
        // A contract's "第四条     硬件维保服务等级" and its clause "4.1   乙方按…如下表：" are a heading and a
        // paragraph, not the first rows of the table below: the table's header row names the plans.
        QList<TextLine> lines;
        auto line = [&](const QString &text, double x, double y, double width) { lines << boxLine(text, x, y, width); };
        line(QStringLiteral("第四条"), 62.5, 687.6, 36);
        line(QStringLiteral("硬件维保服务等级"), 110.5, 687.6, 96);
        line(QStringLiteral("4.1"), 62.5, 713.5, 14.4);
        line(QStringLiteral("乙方按甲方所选服务等级提供服务器硬件维保服务，各项指标如下表："), 87.4, 713.5, 325.5);
        line(QStringLiteral("服务项目"), 137.6, 735.4, 38);
        line(QStringLiteral("标准型"), 307.1, 735.4, 28.5);
        line(QStringLiteral("增强型"), 448.3, 735.4, 28.5);
        line(QStringLiteral("一级故障响应时间"), 65.5, 758.6, 76);
        line(QStringLiteral("1 小时"), 300.0, 758.6, 26);
        line(QStringLiteral("15 分钟"), 445.0, 758.6, 32);
        line(QStringLiteral("二级故障响应时间"), 65.5, 781.6, 76);
        line(QStringLiteral("2 小时"), 300.0, 781.6, 26);
        line(QStringLiteral("30 分钟"), 445.0, 781.6, 32);
        const AnalysisResult result = ContractAnalyzer().analyze(pdfPage(QStringLiteral("sla.pdf"), lines));
        QMap<QString, int> response;
        for (const SlaTerm &term : result.terms) {
            if (term.key == QLatin1String("response_time"))
                response.insert(term.tier + QLatin1Char(' ') + term.priority,
                                term.values.value(QStringLiteral("minutes")).toInt());
        }
        QCOMPARE(response.value(QStringLiteral("标准型 P1")), 60);
        QCOMPARE(response.value(QStringLiteral("增强型 P2")), 30);
    }
    void indentedNoteUnderTheGridIsAParagraph()
    {
        // A clause indented under a priority grid runs from inside the first column across the others: it is
        // the paragraph after the table, whose basis ("按自然小时") holds for every row, the last one included.
        QList<TextLine> lines;
        auto line = [&](const QString &text, double x, double y, double width) { lines << boxLine(text, x, y, width); };
        auto row = [&](const QString &level, const QString &response, const QString &onsite, const QString &repair,
                       double y) {
            line(level, 64.7, y, 48);
            line(QStringLiteral("设备宕机或业务受影响"), 122.3, y, 110);
            line(response, 323.8, y, 30);
            line(onsite, 371.8, y, 30);
            line(repair, 455.8, y, 40);
        };
        line(QStringLiteral("故障等级"), 64.7, 77.2, 36);
        line(QStringLiteral("故障定义"), 122.3, 77.2, 36);
        line(QStringLiteral("响应时间"), 323.8, 77.2, 36);
        line(QStringLiteral("到场时间"), 371.8, 77.2, 36);
        line(QStringLiteral("修复时间"), 455.8, 77.2, 36);
        row(QStringLiteral("一级故障"), QStringLiteral("15 分钟"), QStringLiteral("2 小时"), QStringLiteral("4 小时"),
            100);
        row(QStringLiteral("二级故障"), QStringLiteral("30 分钟"), QStringLiteral("4 小时"), QStringLiteral("12 小时"),
            123);
        row(QStringLiteral("三级故障"), QStringLiteral("1 小时"), QStringLiteral("8 小时"), QStringLiteral("24 小时"),
            146);
        line(QStringLiteral("上述时限按自然小时连续计算。响应时间自甲方通过服务热线报修之时起计算；到场"), 83.5, 169,
             441);
        line(QStringLiteral("时间和修复时间自乙方工程师到达现场之时起计算。"), 62.5, 183, 250);
        const AnalysisResult result = ContractAnalyzer().analyze(pdfPage(QStringLiteral("annex.pdf"), lines));
        QStringList repairBases;
        for (const SlaTerm &term : result.terms) {
            if (term.key == QLatin1String("resolution_time"))
                repairBases << term.priority + QLatin1Char(' ') + term.values.value(QStringLiteral("basis")).toString();
        }
        repairBases.sort();
        QCOMPARE(repairBases, (QStringList{QStringLiteral("P1 calendar"), QStringLiteral("P2 calendar"),
                                           QStringLiteral("P3 calendar")}));
    }
    void twoPriorityRowsMergedIntoOne()
    {
        // The last tier's rows read as one ("B 类设备 | 一级故障二级故障 | 30 分钟 1 小时"): the label names the
        // priorities in the order the cells stack their times.
        const auto result = ContractAnalyzer().analyze(tw::test::textDocument({{
            QStringLiteral("设备类别\t故障级别\t响应时间\t到场时间"),
            QStringLiteral("A 类设备\t一级故障\t15 分钟\t2 小时"),
            QStringLiteral("B 类设备\t一级故障二级故障\t30 分钟 1 小时\t4 小时 8 小时"),
        }}));
        QVERIFY(hasTime(result, QStringLiteral("response_time"), QStringLiteral("P1"), 30));
        QVERIFY(hasTime(result, QStringLiteral("response_time"), QStringLiteral("P2"), 60));
        QVERIFY(hasTime(result, QStringLiteral("onsite_time"), QStringLiteral("P2"), 480));
    }
};

QTEST_GUILESS_MAIN(TestTightTables)
#include "TestTightTables.moc"
