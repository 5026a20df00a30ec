// firstOfEachSignature: the same promise found twice is one term; anything that reads differently
// (tier, priority, a value) is another; the first of each is kept, in order.
#include "core/analysis/TermDeduplication.h"

#include <QTest>

using tw::SlaTerm;
using tw::analysis::firstOfEachSignature;

namespace {

SlaTerm term(const QString &key, const QString &tier, const QVariantMap &values, const QString &quote = QString())
{
    SlaTerm t;
    t.key = key;
    t.tier = tier;
    t.values = values;
    t.evidence.quote = quote;
    return t;
}

} // namespace

class TestTermDeduplication : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheFirstOfEachSignatureInOrder()
    {
        const QList<SlaTerm> terms = {
            term(QStringLiteral("onsite_time"), QStringLiteral("Gold"), {{QStringLiteral("minutes"), 240.0}},
                 QStringLiteral("first")),
            term(QStringLiteral("onsite_time"), QStringLiteral("Silver"), {{QStringLiteral("minutes"), 240.0}}),
            // Same reading as the first: 240 and 240.0 read alike; another quote does not matter.
            term(QStringLiteral("onsite_time"), QStringLiteral("Gold"), {{QStringLiteral("minutes"), 240}},
                 QStringLiteral("second")),
            term(QStringLiteral("onsite_time"), QStringLiteral("Gold"), {{QStringLiteral("minutes"), 480.0}}),
            term(QStringLiteral("onsite_time"), QStringLiteral("Gold"),
                 {{QStringLiteral("minutes"), 240.0}, {QStringLiteral("basis"), QStringLiteral("calendar")}}),
            // A missing value and an empty one read alike.
            term(QStringLiteral("price"), QString(), {{QStringLiteral("per"), QVariant()}}),
            term(QStringLiteral("price"), QString(), {{QStringLiteral("per"), QString()}}),
        };
        const QList<SlaTerm> kept = firstOfEachSignature(terms);
        QCOMPARE(kept.size(), 5);
        QCOMPARE(kept.at(0).evidence.quote, QStringLiteral("first"));
        QCOMPARE(kept.at(1).tier, QStringLiteral("Silver"));
        QCOMPARE(kept.at(2).values.value(QStringLiteral("minutes")).toDouble(), 480.0);
        QCOMPARE(kept.at(3).values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        QCOMPARE(kept.at(4).key, QStringLiteral("price"));
    }

    void manyRepeatsStayInDocumentOrder()
    {
        QList<SlaTerm> terms;
        for (int copy = 0; copy < 200; ++copy) {
            for (int minutes : {15, 240, 480})
                terms << term(QStringLiteral("response_time"), QString(), {{QStringLiteral("minutes"), minutes}});
        }
        const QList<SlaTerm> kept = firstOfEachSignature(terms);
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.at(0).values.value(QStringLiteral("minutes")).toInt(), 15);
        QCOMPARE(kept.at(2).values.value(QStringLiteral("minutes")).toInt(), 480);
    }
};

QTEST_GUILESS_MAIN(TestTermDeduplication)
#include "TestTermDeduplication.moc"
