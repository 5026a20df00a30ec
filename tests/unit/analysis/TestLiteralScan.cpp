// LiteralScan: literal branches of an alternation found by a direct search must give exactly the
// positions PCRE gives for the whole pattern.
#include "AnalysisTestDocs.h"

#include "core/analysis/AnalysisText.h"
#include "core/analysis/GatedMatch.h"
#include "core/analysis/LiteralPrefilter.h"
#include "core/analysis/LiteralScan.h"
#include "core/analysis/TermExtractor.h"

#include <QTest>

using tw::analysis::gatedMatch;
using tw::analysis::LiteralPrefilter;
using tw::analysis::LiteralScan;
using tw::analysis::TermExtractor;

namespace {

QString folded(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = QChar(LiteralPrefilter::fold(out.at(i).unicode()));
    return out;
}

// Positions where a match of pattern starts, by PCRE anchored at each position.
QList<qsizetype> regexStarts(const QRegularExpression &pattern, const QString &text)
{
    QList<qsizetype> starts;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (pattern.match(text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
                .hasMatch())
            starts << i;
    }
    return starts;
}

bool matchesAt(const QRegularExpression &pattern, const QString &text, qsizetype at)
{
    return pattern.match(text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
        .hasMatch();
}

// Positions where the split finds a match: a literal, a prefixed branch where its prefix is, or the
// rest pattern.
QList<qsizetype> splitStarts(const LiteralScan &scan, const QString &text)
{
    const QString f = folded(text);
    QList<qsizetype> starts;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool literal = scan.nextLiteral(f, i) == i;
        const bool prefixed =
            scan.hasPrefixed() && scan.prefixScan().nextLiteral(f, i) == i && matchesAt(scan.prefixed(), text, i);
        const bool rest = scan.hasRest() && matchesAt(scan.rest(), text, i);
        if (literal || prefixed || rest)
            starts << i;
    }
    return starts;
}

} // namespace

class TestLiteralScan : public QObject
{
    Q_OBJECT

private slots:
    void splitsLiteralBranchesFromTheRest()
    {
        const LiteralScan scan = LiteralScan::split(
            TermExtractor::pattern(QStringLiteral(R"(分钟|Minute|\bmins?\b|\$|€|\d\s*天|up time|server\+)")));
        QCOMPARE(scan.literals(),
                 (QStringList{QStringLiteral("分钟"), QStringLiteral("minute"), QStringLiteral("$"),
                              QStringLiteral("€"), QStringLiteral("up time"), QStringLiteral("server+")}));
        QVERIFY(scan.hasRest());
        QCOMPARE(scan.rest().pattern(), QStringLiteral(R"(\d\s*天)"));
        QCOMPARE(scan.prefixed().pattern(), QStringLiteral(R"(\bmins?\b)"));
    }

    void splitsBranchesThatStartWithLiteralText()
    {
        // After zero-width assertions, a run of literal characters (less one a quantifier makes
        // optional) or a group of literal words starts every match of the branch.
        const LiteralScan scan = LiteralScan::split(TermExtractor::pattern(QStringLiteral(
            R"(\bTerm\b|(?<![a-z])rp\.?\s?\d|(?:合计|共计|上限为)\s*\d|\bfees?\b|\d+|\bx\b|abc|(?:ab|c)?d|)"
            R"(\b(?:see|(?:is|are) set out) in)")));
        QCOMPARE(scan.literals(), QStringList{QStringLiteral("abc")});
        QVERIFY(scan.hasPrefixed());
        QCOMPARE(scan.prefixed().pattern(),
                 QStringLiteral(R"(\bTerm\b|(?<![a-z])rp\.?\s?\d|(?:合计|共计|上限为)\s*\d|\bfees?\b|)"
                                R"(\b(?:see|(?:is|are) set out) in)"));
        QCOMPARE(scan.prefixScan().literals(),
                 (QStringList{QStringLiteral("term"), QStringLiteral("rp"), QStringLiteral("合计"),
                              QStringLiteral("共计"), QStringLiteral("上限为"), QStringLiteral("fee"),
                              QStringLiteral("see"), QStringLiteral("is"), QStringLiteral("are")}));
        // A digit, one ASCII letter or an optional group starts nothing worth a search.
        QCOMPARE(scan.rest().pattern(), QStringLiteral(R"(\d+|\bx\b|(?:ab|c)?d)"));
        // A pattern with prefixed branches only is split too.
        QVERIFY(LiteralScan::split(TermExtractor::pattern(QStringLiteral(R"(\bterm\b|\d+)"))).isSplit());
    }

    void keepsPatternsWholeWhenSplittingCouldChangeThem()
    {
        // Not case-insensitive, back-references, inline options, no literal branch, cased non-ASCII.
        QVERIFY(!LiteralScan::split(QRegularExpression(QStringLiteral("abc|def"))).hasLiterals());
        QVERIFY(!LiteralScan::split(TermExtractor::pattern(QStringLiteral(R"((a)x\1|abc)"))).hasLiterals());
        QVERIFY(!LiteralScan::split(TermExtractor::pattern(QStringLiteral(R"((?i)abc|def)"))).hasLiterals());
        QVERIFY(!LiteralScan::split(TermExtractor::pattern(QStringLiteral(R"(\d+|\bx\b)"))).hasLiterals());
        const LiteralScan greek = LiteralScan::split(TermExtractor::pattern(QStringLiteral("σ|abc")));
        QCOMPARE(greek.literals(), QStringList{QStringLiteral("abc")});
        QCOMPARE(greek.rest().pattern(), QStringLiteral("σ"));
    }

    void findsWhatTheWholePatternFinds_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        const QString mixed =
            QStringLiteral("乙方承诺7×24小时服务，一级故障15分钟内响应。Replacement PARTS within 4 Hours; "
                           "price USD 10,800 per Server; 上限为20%。Up Time 99.9 %, SERVER+ certified, "
                           "Kelvin \u212A and long \u017Fpare; 3 天内; 每台人民币1万元; 5-year term.");
        QTest::newRow("time trigger")
            << QStringLiteral(R"(分钟|分鐘|小时|小時|工作日|\d\s*天|minute|\bmins?\b|hour|\bhrs?\b|\bdays?\b|\bnbd\b)")
            << mixed;
        QTest::newRow("currency and words")
            << QStringLiteral(R"(\d[- ](?:year|month)|¥|\$|€|元|usd|rmb|人民币|\bterm\b|pric|价|上限)") << mixed;
        QTest::newRow("ascii letters of every case")
            << QStringLiteral(R"(kelvin|spare|server\+|up time|parts)") << mixed;
        QTest::newRow("single characters only") << QStringLiteral(R"(%|元|\$|件)") << mixed;
        QTest::newRow("branches that start with literal text")
            << QStringLiteral(R"(\bterm\b|(?<![a-z])usd\s?\d|(?:人民币|上限为)\s*\d|\bspar\w+|\bkelvin \w|\bparts?\b|)"
                              R"(within \d|\d\s*天|\b(?:per|(?:up|down) time) \S)")
            << mixed;
    }

    void findsWhatTheWholePatternFinds()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        const QRegularExpression whole = TermExtractor::pattern(pattern);
        const LiteralScan scan = LiteralScan::split(whole);
        QVERIFY(scan.isSplit());
        const QList<qsizetype> expected = regexStarts(whole, text);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(splitStarts(scan, text), expected);
    }

    void documentScanFindsTheUnitsPcreFinds()
    {
        // AnalysisText::unitsMatching joins the three kinds of branch; every unit where PCRE finds a
        // match starting, and only those, must come out.
        const tw::analysis::AnalysisText text(tw::test::textDocument(
            {{QStringLiteral("服务期限三年，合计 36 个月，费用上限为 5%。"),
              QStringLiteral("Fees: see the Term sheet."),
              QStringLiteral("The term is 3 years; RP 1.250.000 per server, USD2,000 per year."),
              QStringLiteral("Nothing here matches at all; neither does this."), QStringLiteral("termination fee")},
             {QStringLiteral("共计 12 台服务器，单价 Rp 9.000."), QStringLiteral("FEES are fixed. Term.")}}));
        const QList<QRegularExpression> patterns = {
            TermExtractor::pattern(
                QStringLiteral(R"(期限|\bterm\b|(?<![a-z])rp\.?\s?\d|(?:合计|共计)\s*\d|\bfees?\b|\d\s*%)")),
            TermExtractor::pattern(QStringLiteral(R"(\bterm\b|usd\s?\d)")),
            TermExtractor::pattern(QStringLiteral(R"(上限|\bfees?\b)")),
        };
        for (const QRegularExpression &pattern : patterns) {
            QList<int> expected;
            const QString &joined = text.joinedUnits();
            for (qsizetype i = 0; i < joined.size(); ++i) {
                const int unit = text.unitAt(int(i));
                if (unit >= 0 && (expected.isEmpty() || expected.last() != unit) && matchesAt(pattern, joined, i))
                    expected << unit;
            }
            QVERIFY(expected.size() >= 3);
            QCOMPARE(text.unitsMatching(pattern), expected);
        }
    }

    void gatedMatchAnswersAsPcreDoes()
    {
        // The gate may only skip patterns that cannot match: the answer must equal PCRE's for every
        // pattern and text, including texts that hold a required literal in another case.
        static const QList<QRegularExpression> patterns = {
            TermExtractor::pattern(QStringLiteral(R"(价格|单价|报价|费用|price|pricing|fees?\b|charges?\b)")),
            TermExtractor::pattern(QStringLiteral(R"((?:are|is) fixed|fixed (?:for|during)|价格固定|不调整)")),
            TermExtractor::pattern(QStringLiteral(R"(\b(?:will|shall) (?:aim|try) to\b|尽量(?:安排|派人))")),
            TermExtractor::pattern(QStringLiteral(R"(\d+\s*%)")), // no literal: never gated
            TermExtractor::pattern(QStringLiteral(R"(上限|cap(?:ped)? at (\d+)\s*%)")),
        };
        const QStringList texts = {
            QStringLiteral("Prices are FIXED for the term."),
            QStringLiteral("服务期内价格固定，不调整。"),
            QStringLiteral("We WILL TRY TO arrive within 4 hours; credits CAPPED AT 20 %."),
            QStringLiteral("我们尽量安排人过去"),
            QStringLiteral("Nothing relevant here at all."),
            QString(),
        };
        for (const QRegularExpression &pattern : patterns) {
            for (const QString &text : texts) {
                const auto expected = pattern.match(text);
                const auto gated = gatedMatch(pattern, text, folded(text));
                QCOMPARE(gated.hasMatch(), expected.hasMatch());
                if (expected.hasMatch()) {
                    QCOMPARE(gated.capturedStart(), expected.capturedStart());
                    QCOMPARE(gated.captured(1), expected.captured(1));
                }
            }
        }
    }

    void sharesOneSplitPerPattern()
    {
        const QRegularExpression pattern = TermExtractor::pattern(QStringLiteral("abc|d+"));
        QCOMPARE(&LiteralScan::of(pattern), &LiteralScan::of(TermExtractor::pattern(QStringLiteral("abc|d+"))));
        QCOMPARE(LiteralScan::of(pattern).nextLiteral(u"xxABCx", 0), qsizetype(-1)); // the text must be folded
        QCOMPARE(LiteralScan::of(pattern).nextLiteral(u"xxabcx", 0), qsizetype(2));
        QCOMPARE(LiteralScan::of(pattern).nextLiteral(u"xxabcx", 3), qsizetype(-1));
    }
};

QTEST_GUILESS_MAIN(TestLiteralScan)
#include "TestLiteralScan.moc"
