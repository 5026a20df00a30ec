// The evaluation orchestrator on small hand-built cases: offers from terms and overrides, history
// measured against a tier's promises, knock-outs, rankings, TCO, sensitivity, low_price.
#include "core/evaluation/EvaluationRun.h"
#include "core/evaluation/WeightedSum.h"

#include <QTest>

#include <cmath>

using namespace tw;
using namespace tw::evaluation;

namespace {

SlaTerm term(const QString &key, const QString &tier, const QString &priority, const QVariantMap &values,
             const QString &quote = QStringLiteral("q"))
{
    SlaTerm result;
    result.key = key;
    result.tier = tier;
    result.priority = priority;
    result.values = values;
    result.evidence.quote = quote;
    result.evidence.page = 1;
    return result;
}

QVariantMap minutes(double value) { return {{QStringLiteral("minutes"), value}}; }

TierSpec tier(const QString &name = QStringLiteral("Critical"))
{
    TierSpec spec;
    spec.tier.name = name;
    spec.tier.servers = 10;
    spec.tier.downtimeCostPerHour = 10000;
    spec.tier.annualFailureRate = 0.2;
    spec.aliases = {QStringLiteral("关键业务")};
    spec.weights.assign(kCriterionCount, 1.0 / kCriterionCount);
    spec.repairHours = 2;
    spec.excludedFraction = 0;
    return spec;
}

/** A vendor whose document promises the given P1 times and price for tier "Critical". */
VendorInput vendor(const QString &name, double response, double onsite, double resolution, double price)
{
    VendorInput input;
    input.vendor.name = name;
    input.tiers = {QStringLiteral("Critical")};
    input.terms << term(QStringLiteral("response_time"), QStringLiteral("Critical"), QStringLiteral("P1"),
                        minutes(response))
                << term(QStringLiteral("onsite_time"), QStringLiteral("Critical"), QStringLiteral("P1"),
                        minutes(onsite))
                << term(QStringLiteral("resolution_time"), QStringLiteral("Critical"), QStringLiteral("P1"),
                        minutes(resolution))
                << term(QStringLiteral("coverage"), QString(), QString(),
                        {{QStringLiteral("days_per_week"), 7}, {QStringLiteral("hours_per_day"), 24}})
                << term(QStringLiteral("parts_quality"), QString(), QString(),
                        {{QStringLiteral("value"), QStringLiteral("oem_new")}})
                << term(QStringLiteral("price"), QStringLiteral("Critical"), QString(),
                        {{QStringLiteral("amount"), price},
                         {QStringLiteral("currency"), QStringLiteral("CNY")},
                         {QStringLiteral("per"), QStringLiteral("server_year")}});
    return input;
}

EvaluationSettings settings(qint64 trials = 4000, quint64 seed = 7)
{
    EvaluationSettings result;
    result.currency = QStringLiteral("CNY");
    result.exchangeRates.insert(QStringLiteral("USD"), 7.0);
    result.monteCarlo.trials = trials;
    result.monteCarlo.seed = seed;
    result.monteCarlo.threads = 2;
    return result;
}

/** Tickets of one vendor: (priority, on-site minutes after opening), opened at a fixed moment. */
history::ImportedTickets tickets(const QList<QPair<QString, int>> &rows)
{
    history::ImportedTickets result;
    result.vendors = {QStringLiteral("Vendor Legal Name Ltd")};
    const qint64 opened = 1700000000;
    for (const auto &row : rows) {
        if (!result.priorities.contains(row.first))
            result.priorities << row.first;
        history::TicketRecord record;
        record.vendor = 0;
        record.priority = qint32(result.priorities.indexOf(row.first));
        record.opened = opened;
        record.responded = opened + 600;
        record.onsite = opened + row.second * 60;
        record.resolved = opened + row.second * 60 + 3600;
        result.tickets.push_back(record);
    }
    return result;
}

} // namespace

class TestEvalRun : public QObject
{
    Q_OBJECT

private slots:
    void tierTermsBeatUntieredAndP1BeatsOtherPriorities()
    {
        VendorInput input;
        input.vendor.name = QStringLiteral("A");
        input.tiers = {QStringLiteral("Critical")};
        input.terms << term(QStringLiteral("onsite_time"), QString(), QStringLiteral("P1"), minutes(480))
                    << term(QStringLiteral("onsite_time"), QStringLiteral("关键业务层"), QStringLiteral("P2"),
                            minutes(60))
                    << term(QStringLiteral("onsite_time"), QStringLiteral("关键业务层"), QString(), minutes(300))
                    << term(QStringLiteral("onsite_time"), QStringLiteral("关键业务层"), QStringLiteral("P1"),
                            minutes(240), QStringLiteral("P1 4h"))
                    << term(QStringLiteral("onsite_time"), QStringLiteral("Test tier"), QStringLiteral("P1"),
                            minutes(30))
                    << term(QStringLiteral("response_time"), QString(), QStringLiteral("P1"),
                            {{QStringLiteral("next_business_day"), true}})
                    << term(QStringLiteral("price"), QStringLiteral("critical tier"), QString(),
                            {{QStringLiteral("amount"), 100},
                             {QStringLiteral("currency"), QStringLiteral("USD")},
                             {QStringLiteral("per"), QStringLiteral("server_month")}});
        input.priceFactor = 1.06;
        const TierOffer offer = OfferBuilder::build(input, tier(), settings());
        // The alias with a "层" suffix matches; its P1 term wins over its untiered and P2 terms.
        QCOMPARE(offer.offer.onsiteMinutes, 240.0);
        QVERIFY(offer.onsitePromised);
        QCOMPARE(offer.origins.value(QStringLiteral("onsite_minutes")).source, QStringLiteral("document"));
        QCOMPARE(offer.origins.value(QStringLiteral("onsite_minutes")).detail, QStringLiteral("P1 4h"));
        // No tier term: the untiered P1 one; next business day counts as 1,440 min.
        QCOMPARE(offer.offer.responseMinutes, 1440.0);
        // Not promised: the worst acceptable value of the scale, and flagged.
        QVERIFY(!offer.resolutionPromised);
        QCOMPARE(offer.offer.resolutionMinutes, 4320.0);
        QCOMPARE(offer.origins.value(QStringLiteral("resolution_minutes")).source, QStringLiteral("default"));
        // 100 USD per server-month x 12 x 7.0 CNY/USD x 1.06 VAT.
        QVERIFY(offer.hasPrice);
        QCOMPARE(offer.pricePerServerYear, 100 * 12 * 7.0 * 1.06);
        QVERIFY(offer.errors.isEmpty());
    }

    void overridesWinAndRecordTheirReason()
    {
        VendorInput input = vendor(QStringLiteral("A"), 30, 240, 480, 1000);
        input.terms << term(QStringLiteral("price_adjustment"), QString(), QString(),
                            {{QStringLiteral("value"), QStringLiteral("fixed")}})
                    << term(QStringLiteral("price_adjustment"), QString(), QString(),
                            {{QStringLiteral("value"), QStringLiteral("capped")}, {QStringLiteral("percent"), 5}});
        input.overrides << OfferOverride{QString(), QStringLiteral("onsite_minutes"), 120,
                                         QString(), QStringLiteral("all tiers"),      QString()}
                        << OfferOverride{QStringLiteral("Critical"),
                                         QStringLiteral("onsite_minutes"),
                                         180,
                                         QString(),
                                         QStringLiteral("tier wins"),
                                         QString()}
                        << OfferOverride{QStringLiteral("Other"),
                                         QStringLiteral("onsite_minutes"),
                                         1,
                                         QString(),
                                         QStringLiteral("another tier"),
                                         QString()}
                        << OfferOverride{QString(), QStringLiteral("resolution_minutes"), QVariant(),
                                         QString(), QStringLiteral("not binding"),        QString()}
                        << OfferOverride{QString(),
                                         QStringLiteral("price_per_server_year"),
                                         200,
                                         QStringLiteral("USD"),
                                         QStringLiteral("price list"),
                                         QString()};
        const TierOffer offer = OfferBuilder::build(input, tier(), settings());
        QCOMPARE(offer.offer.onsiteMinutes, 180.0);
        QCOMPARE(offer.origins.value(QStringLiteral("onsite_minutes")).source, QStringLiteral("override"));
        QCOMPARE(offer.origins.value(QStringLiteral("onsite_minutes")).detail, QStringLiteral("tier wins"));
        QVERIFY(!offer.resolutionPromised);
        QCOMPARE(offer.pricePerServerYear, 1400.0);
        // The worst adjustment clause read: capped 5 % over fixed.
        QCOMPARE(offer.priceAdjustment.kind, PriceAdjustmentKind::Capped);
        QCOMPARE(offer.priceAdjustment.capPercent, 5.0);
        QCOMPARE(offer.origins.value(QStringLiteral("response_minutes")).source, QStringLiteral("document"));
    }

    void severalUntieredPricesAreAnErrorNotAGuess()
    {
        VendorInput input = vendor(QStringLiteral("A"), 30, 240, 480, 1000);
        input.terms.removeLast();
        for (double amount : {4300.0, 2500.0})
            input.terms << term(
                QStringLiteral("price"), QString(), QString(),
                {{QStringLiteral("amount"), amount}, {QStringLiteral("per"), QStringLiteral("server_year")}});
        TierOffer offer = OfferBuilder::build(input, tier(), settings());
        QVERIFY(!offer.hasPrice);
        QCOMPARE(offer.errors.size(), 1);
        QVERIFY(offer.errors.first().contains(QStringLiteral("price_per_server_year")));
        // A single untiered price is unambiguous.
        input.terms.removeLast();
        offer = OfferBuilder::build(input, tier(), settings());
        QVERIFY(offer.hasPrice);
        QCOMPARE(offer.pricePerServerYear, 4300.0);
    }

    void repairIsTheTierEstimateShortenedByTightPromises()
    {
        // Resolution 6 h - on-site 4 h = 2 h: shorter than the 3 h estimate, so it is used.
        TierSpec spec = tier();
        spec.repairHours = 3;
        TierOffer offer = OfferBuilder::build(vendor(QStringLiteral("A"), 30, 240, 360, 1000), spec, settings());
        QCOMPARE(offer.repairMinutes, 120.0);
        // Resolution 16 h - on-site 8 h = 8 h: looser than the estimate, the estimate stands.
        offer = OfferBuilder::build(vendor(QStringLiteral("B"), 30, 480, 960, 1000), spec, settings());
        QCOMPARE(offer.repairMinutes, 180.0);
    }

    void historyIsMeasuredAgainstTheTierPromise()
    {
        HistorySet set;
        set.source = QStringLiteral("t.csv");
        set.priorities = {QStringLiteral("P1"), QStringLiteral("P2")};
        // On-site after 60..600 min (P1, P2) and a P3 ticket that must not count.
        set.tickets = tickets({{QStringLiteral("P1"), 60},
                               {QStringLiteral("P2"), 120},
                               {QStringLiteral("P1"), 180},
                               {QStringLiteral("P2"), 240},
                               {QStringLiteral("P1"), 300},
                               {QStringLiteral("P3"), 30},
                               {QStringLiteral("P1"), 600}});
        QString error;
        const auto delivery = HistoryDelivery::measure(set, QStringLiteral("A"), 15, 240, 0, &error);
        QVERIFY2(delivery, qPrintable(error));
        QCOMPARE(delivery->tickets, qint64(6));
        QCOMPARE(delivery->onsite.tickets, qint64(6));
        // 4 of 6 pooled tickets on site within 240 min.
        QCOMPARE(*delivery->onsite.attainmentPercent, 100.0 * 4 / 6);
        QCOMPARE(*delivery->onsite.medianMinutes, 210.0);
        QVERIFY(!delivery->resolution.attainmentPercent); // no resolution promise, no attainment
        QCOMPARE(*delivery->headlineAttainment(), 100.0 * 4 / 6);

        // Only P1 pooled: 60, 180, 300, 600 -> 2 of 4.
        set.priorities = {QStringLiteral("P1")};
        const auto p1 = HistoryDelivery::measure(set, QStringLiteral("A"), 15, 240, 0);
        QCOMPARE(p1->tickets, qint64(4));
        QCOMPARE(*p1->onsite.attainmentPercent, 50.0);

        set.calendar = QStringLiteral("9x99");
        QVERIFY(!HistoryDelivery::measure(set, QStringLiteral("A"), 15, 240, 0, &error));
        QVERIFY(!error.isEmpty());
    }

    void knockOutsRankingAndTco()
    {
        TierSpec spec = tier();
        spec.requirements.maxOnsiteMinutes = 240;
        QList<VendorInput> vendors;
        vendors << vendor(QStringLiteral("Fast"), 15, 120, 240, 2000)
                << vendor(QStringLiteral("Slow"), 60, 240, 720, 1000)
                << vendor(QStringLiteral("Late"), 30, 480, 720, 500);
        VendorInput vague = vendor(QStringLiteral("Vague"), 30, 240, 480, 800);
        vague.overrides << OfferOverride{QString(), QStringLiteral("onsite_minutes"), QVariant(),
                                         QString(), QStringLiteral("hedged"),         QString()};
        vendors << vague;
        EvaluationInput input;
        input.settings = settings();
        input.tiers << spec;
        input.vendors = vendors;
        const EvaluationResult result = EvaluationRun::run(input);
        QVERIFY(result.ok());
        const TierResult &tierResult = result.tiers.first();
        QCOMPARE(tierResult.vendors.size(), 4);
        const VendorTierResult &late = tierResult.vendors.at(2);
        QCOMPARE(late.knockOuts.size(), 1);
        QCOMPARE(late.knockOuts.first().criterion, Criterion::OnsiteTime);
        QVERIFY(late.knockOuts.first().reason.contains(QStringLiteral("8 h")));
        const VendorTierResult &vagueResult = tierResult.vendors.at(3);
        QCOMPARE(vagueResult.knockOuts.size(), 1);
        QVERIFY(vagueResult.knockOuts.first().reason.startsWith(QStringLiteral("No binding on-site time")));
        QCOMPARE(late.rank, 0);
        QCOMPARE(tierResult.rankingOrder.size(), 2);

        // Scores are the weighted sums of the reported utilities; cost utility is min TCO / own TCO
        // over the qualified offers only.
        const VendorTierResult &fast = tierResult.vendors.at(0);
        const VendorTierResult &slow = tierResult.vendors.at(1);
        const double lowest = std::min(fast.tco.mean, slow.tco.mean);
        QCOMPARE(fast.utilities[size_t(criterionIndex(Criterion::Cost))], lowest / fast.tco.mean);
        QCOMPARE(slow.utilities[size_t(criterionIndex(Criterion::Cost))], lowest / slow.tco.mean);
        for (const VendorTierResult *entry : {&fast, &slow}) {
            double sum = 0;
            for (double u : entry->utilities)
                sum += u / kCriterionCount;
            QVERIFY(std::abs(entry->score - sum) < 1e-12);
        }
        // Fast is better on every time criterion and, with 10,000 per hour down, cheaper overall.
        QVERIFY(fast.tco.mean < slow.tco.mean);
        QCOMPARE(tierResult.winner, QStringLiteral("Fast"));
        QCOMPARE(tierResult.topsisWinner, QStringLiteral("Fast"));
        QCOMPARE(fast.rank, 1);
        QCOMPARE(slow.rank, 2);

        // The simulated mean agrees with the closed form within its standard error (credits aside,
        // which the closed form only approximates; these vendors have none).
        for (const VendorTierResult *entry : {&fast, &slow}) {
            QCOMPARE(entry->tco.breakdown.credits, 0.0);
            QVERIFY2(std::abs(entry->tco.mean - entry->expectedTco.total()) < 4 * entry->tco.standardError,
                     qPrintable(QStringLiteral("%1 vs %2").arg(entry->tco.mean).arg(entry->expectedTco.total())));
            QCOMPARE(entry->tco.breakdown.contract, 3 * 10 * (entry == &fast ? 2000.0 : 1000.0));
            QVERIFY(entry->tco.p90 >= entry->tco.p50);
        }
        // Sensitivity is reported for every weighted criterion; the tornado has the three drivers.
        QCOMPARE(tierResult.sensitivity.size(), kCriterionCount);
        QCOMPARE(fast.tornado.size(), 3);
    }

    void onlyCostWeightPicksTheCheapestTco()
    {
        TierSpec spec = tier();
        spec.weights.assign(kCriterionCount, 0.0);
        spec.weights[size_t(criterionIndex(Criterion::Cost))] = 1;
        spec.tier.downtimeCostPerHour = 0; // only the contract counts
        EvaluationInput input;
        input.settings = settings(500);
        input.tiers << spec;
        input.vendors << vendor(QStringLiteral("Good"), 15, 120, 240, 2000)
                      << vendor(QStringLiteral("Cheap"), 60, 480, 1440, 900);
        const EvaluationResult result = EvaluationRun::run(input);
        QCOMPARE(result.tiers.first().winner, QStringLiteral("Cheap"));
        // Sensitivity only for weighted criteria.
        QCOMPARE(result.tiers.first().sensitivity.size(), 1);
        QCOMPARE(result.tiers.first().sensitivity.first().criterion, Criterion::Cost);
    }

    void sameSeedSameResultOtherSeedOtherDraws()
    {
        EvaluationInput input;
        input.settings = settings(3000, 11);
        input.tiers << tier();
        input.vendors << vendor(QStringLiteral("A"), 15, 120, 240, 2000)
                      << vendor(QStringLiteral("B"), 60, 240, 720, 1000);
        const EvaluationResult first = EvaluationRun::run(input);
        input.settings.monteCarlo.threads = 1; // the thread count does not change the draws
        const EvaluationResult second = EvaluationRun::run(input);
        QCOMPARE(first.tiers.first().vendors.first().tco, second.tiers.first().vendors.first().tco);
        QCOMPARE(first.tiers.first().vendors.last().score, second.tiers.first().vendors.last().score);
        input.settings.monteCarlo.seed = 12;
        const EvaluationResult third = EvaluationRun::run(input);
        QVERIFY(first.tiers.first().vendors.first().tco.mean != third.tiers.first().vendors.first().tco.mean);
    }

    void lowPriceAcrossVendorsAndAttainmentFromHistory()
    {
        EvaluationInput input;
        input.settings = settings(500);
        input.tiers << tier();
        input.vendors << vendor(QStringLiteral("A"), 15, 240, 360, 1000)
                      << vendor(QStringLiteral("B"), 15, 240, 360, 1100)
                      << vendor(QStringLiteral("C"), 15, 240, 360, 1200)
                      << vendor(QStringLiteral("Trap"), 15, 240, 360, 400);
        HistorySet set;
        set.source = QStringLiteral("trap.csv");
        set.tickets = tickets({{QStringLiteral("P1"), 200},
                               {QStringLiteral("P1"), 300},
                               {QStringLiteral("P1"), 500},
                               {QStringLiteral("P1"), 100}});
        input.vendors.last().histories << set;
        const EvaluationResult result = EvaluationRun::run(input);
        QCOMPARE(result.lowPrice.size(), 1);
        QCOMPARE(result.lowPrice.first().vendor, QStringLiteral("Trap"));
        QCOMPARE(result.lowPrice.first().medianOfOthers, 1100.0);
        QCOMPARE(result.tiers.first().lowPrice.size(), 1);
        const QList<Finding> findings = result.findingsOf(QStringLiteral("Trap"));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().category, QStringLiteral("low_price"));

        const VendorTierResult &trap = result.tiers.first().vendors.last();
        QVERIFY(trap.delivery);
        QCOMPARE(*trap.offer.offer.attainmentPercent, 50.0); // 2 of 4 within 240 min
        QVERIFY(!result.tiers.first().vendors.first().offer.offer.attainmentPercent);
        // A vendor missing half its promises arrives later on average than the promise-only prior.
        QVERIFY(trap.arrival.meanMinutes > result.tiers.first().vendors.first().arrival.meanMinutes);
        QCOMPARE(trap.arrival.basis, DurationBasis::AttainmentAndP90);
    }
};

QTEST_GUILESS_MAIN(TestEvalRun)
#include "TestEvalRun.moc"
