// The workspace-level low_price finding.
#include "core/evaluation/LowPriceCheck.h"

#include <QTest>

using namespace tw;
using namespace tw::evaluation;

class TestEvalLowPrice : public QObject
{
    Q_OBJECT

private slots:
    void flagsPriceFarBelowMedianOfOthers()
    {
        const QList<PriceQuote> quotes{
            {QStringLiteral("A"), QStringLiteral("db"), 100},   {QStringLiteral("B"), QStringLiteral("db"), 110},
            {QStringLiteral("C"), QStringLiteral("db"), 50},    {QStringLiteral("D"), QStringLiteral("db"), 120},
            {QStringLiteral("X"), QStringLiteral("test"), 10},  {QStringLiteral("Y"), QStringLiteral("test"), 100},
            {QStringLiteral("Z"), QStringLiteral("test"), 100}, {QStringLiteral("P"), QStringLiteral("edge"), 10},
            {QStringLiteral("Q"), QStringLiteral("edge"), 100}};
        const QList<LowPriceFinding> findings = LowPriceCheck::find(quotes, 0.55);
        // db: C's others are 100, 110, 120 -> median 110; 50 < 0.55 x 110 = 60.5 -> flagged;
        //     50 >= 0.75 x 60.5 = 45.4 -> medium. A (others 110, 50, 120 -> 110) is fine.
        // test: X's others 100, 100 -> 10 < 41.25 -> high.
        // edge: only one other proposal each -> not enough to judge.
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].vendor, QStringLiteral("C"));
        QCOMPARE(findings[0].medianOfOthers, 110.0);
        QCOMPARE(findings[0].finding.category, QStringLiteral("low_price"));
        QCOMPARE(findings[0].finding.severity, Severity::Medium);
        QVERIFY(findings[0].finding.explanation.startsWith(QStringLiteral("The price is 45 % of the median")));
        QCOMPARE(findings[0].finding.evidence.quote,
                 QStringLiteral("C quotes 50.00 for tier db; the median of the other 3 proposals is 110.00"));
        QCOMPARE(findings[1].vendor, QStringLiteral("X"));
        QCOMPARE(findings[1].finding.severity, Severity::High);
        QVERIFY(!findings[1].finding.suggestion.isEmpty());
    }

    void thresholdIsAParameter()
    {
        const QList<PriceQuote> quotes{{QStringLiteral("A"), QStringLiteral("db"), 100},
                                       {QStringLiteral("B"), QStringLiteral("db"), 100},
                                       {QStringLiteral("C"), QStringLiteral("db"), 70}};
        QCOMPARE(LowPriceCheck::find(quotes, 0.55).size(), 0); // 70 % of the median
        QCOMPARE(LowPriceCheck::find(quotes, 0.75).size(), 1);
        QCOMPARE(LowPriceCheck::find(quotes, 0.70).size(), 0); // exactly at the threshold is not below it
    }
};

QTEST_GUILESS_MAIN(TestEvalLowPrice)
#include "TestEvalLowPrice.moc"
