// LiteralScan: literal branches of an alternation found by a direct search must give exactly the
// positions PCRE gives for the whole pattern.
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

// Positions where the split finds a match: a literal or the rest pattern.
QList<qsizetype> splitStarts(const LiteralScan &scan, const QString &text)
{
    const QString f = folded(text);
    QList<qsizetype> starts;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool literal = scan.nextLiteral(f, i) == i;
        const bool rest = scan.hasRest() && scan.rest()
                                                .match(text, i, QRegularExpression::NormalMatch,
                                                       QRegularExpression::AnchorAtOffsetMatchOption)
                                                .hasMatch();
        if (literal || rest)
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
        QCOMPARE(scan.rest().pattern(), QStringLiteral(R"(\bmins?\b|\d\s*天)"));
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
    }

    void findsWhatTheWholePatternFinds()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        const QRegularExpression whole = TermExtractor::pattern(pattern);
        const LiteralScan scan = LiteralScan::split(whole);
        QVERIFY(scan.hasLiterals());
        const QList<qsizetype> expected = regexStarts(whole, text);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(splitStarts(scan, text), expected);
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
