// An offer written in English by a vendor for whom it is a second language: numbers said again in words after the
// digits, working days defined by the country's non-working days, levels "according to Annex 2", the right to
// "recalculate the prices" with the exchange rate, "any other failures not caused by hardware defect".
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/ContractAnalyzer.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::fieldsOf;
using tw::test::findingCount;
using tw::test::termsOf;
using tw::test::textDocument;

class TestOfferWording : public QObject
{
    Q_OBJECT

private slots:
    void armenianOffer()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("3.3 \"Working Hours\" means from 09:00 to 18:00 Yerevan time, Monday to Friday, except the "
                           "non-working days of the Republic of Armenia."),
            QStringLiteral("4.2 Tier B"),
            QStringLiteral("Response: within 2 (two) Working Hours, by phone or remotely."),
            QStringLiteral("Restoration: within 3 (three) Business Days."),
            QStringLiteral("Severity\tResponse\tRestoration"),
            QStringLiteral("P3 - Normal\t4 hours\taccording to Annex 2"),
            QStringLiteral("7.1 The service does not cover software or consumables, and any other failures not caused "
                           "by hardware defect."),
            QStringLiteral("8.4 Prices are in AMD and fixed for the Contract term. In case the official USD exchange "
                           "rate rises more than 10%, Aragats Systems has the right to recalculate the prices "
                           "accordingly."),
        }}));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QVERIFY(!response.isEmpty());
        QCOMPARE(response.first().values.value(QStringLiteral("minutes")).toInt(), 120);
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
        QVERIFY(fieldsOf(result, QStringLiteral("price_adjustment"), QStringLiteral("value"))
                    .contains(QStringLiteral("unbounded")));
    }

    void hedgesOfTravelAndUtmostEfforts()
    {
        // "do our utmost to arrive within two (2) hours" hedges the time as "best efforts" does; "以实际路程为准" and
        // "视交通情况另行约定" leave a region's on-site time open.
        const auto english = analyze(textDocument({{
            QStringLiteral("Tokyo DC: for Priority 1 incidents we will do our utmost to arrive within two (2) hours."),
        }}));
        QCOMPARE(findingCount(english, QStringLiteral("vague_wording")), 1);
        const auto chinese = analyze(textDocument({{
            QStringLiteral("杭州市区 4 小时到场；其他区县的到场时间以实际路程为准。"),
            QStringLiteral("西部偏远地区：到场时间视交通情况另行约定。"),
        }}));
        QCOMPARE(findingCount(chinese, QStringLiteral("vague_wording")), 2);
    }

    void clausesGlossedInEnglishInAChinesePlan()
    {
        // A foreign firm's Chinese plan glosses its terms in English: "全球领先的…服务商" boasts; the clock that starts
        // when its engineer confirms "（Dispatch Confirmed）"; refurbished parts "（Certified Refurbished）" of its own
        // choosing are one parts clause; "附件 C" is a schedule not enclosed; "保留…更新的权利" changes at will.
        const auto result = analyze(textDocument({{
            QStringLiteral("Kestrel 是全球领先的多品牌数据中心第三方维保（TPM）服务商。"),
            QStringLiteral(
                "Onsite 及 MTTR 时限自 TAC 工程师完成远程诊断并确认需要现场服务（Dispatch Confirmed）时起算。"),
            QStringLiteral(
                "Standard：Parts: FRU 原厂新件或原厂认证翻新件（Certified Refurbished），具体由我司酌情决定。"),
            QStringLiteral("软件支持的服务范围与响应时间详见附件 C《Software Support Service Description》。"),
            QStringLiteral("我司保留根据 Kestrel 全球服务政策对本方案所述服务内容进行更新的权利。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("marketing_claim")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
    }

    void holidaysIncludedDefineNoBusinessDay()
    {
        // A 7×12 tier "含法定节假日" says nothing of the business day another tier's times count in; a
        // "服务确认单" signed by both parties starts the term, not an SLA clock.
        const auto result = analyze(textDocument({{
            QStringLiteral("增强服务：服务时间：7×12，每日 8:00–20:00，含法定节假日。"),
            QStringLiteral("标准服务：服务时间：工作时间（周一至周五 9:00–17:00），电话响应：4 "
                           "个工作小时内，于下一个工作日到场。"),
            QStringLiteral("服务期限为叁年，自双方签署服务确认单之日起计算。"),
        }}));
        QVERIFY(findingCount(result, QStringLiteral("day_basis")) >= 2);
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 0);
    }

    void customersDutiesPartnersAndPricesInTranslatedOffers()
    {
        // "The CONTRACTING PARTY must open a ticket as soon as possible" and minutes' "Brightwater to inform Corvane
        // as soon as possible" are the buyer's duties; "one of the leading system houses" boasts.
        const auto english = analyze(textDocument({{
            QStringLiteral("Isarwerk is one of the leading system houses in southern Germany."),
            QStringLiteral("The CONTRACTING PARTY must open a ticket as soon as possible after detecting a failure."),
            QStringLiteral("Brightwater to inform Corvane as soon as possible of any change to site access."),
        }}));
        QCOMPARE(findingCount(english, QStringLiteral("marketing_claim")), 1);
        QCOMPARE(findingCount(english, QStringLiteral("vague_wording")), 0);
        // "得由本公司合作之在地服務廠商執行" is a partner's work; "得視原廠料件成本及市場行情調整服務費用" prices at
        // will.
        const auto chinese = analyze(textDocument({{
            QStringLiteral("台中據點之到場服務，得由本公司合作之在地服務廠商執行。"),
            QStringLiteral("自第二年起，本公司得視原廠料件成本及市場行情調整服務費用。"),
        }}));
        QCOMPARE(findingCount(chinese, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(chinese, QStringLiteral("price_adjustment")), 1);
    }

    void caribbeanOffer()
    {
        // An island reached by "air and sea bridge" hedges its time; calls "attended by our Tobago service associate"
        // are a partner's; "operating systems, firmware and application software" excludes firmware.
        const auto result = analyze(textDocument({{
            QStringLiteral("Measure\tPremier\tStandard (Tobago)"),
            QStringLiteral("On-site attendance\t4 hours\t2 Business Days, subject to air and sea bridge availability"),
            QStringLiteral("Service calls in Tobago are attended by our Tobago service associate, who works to our "
                           "procedures."),
            QStringLiteral("The service does not cover: consumables; operating systems, firmware and application "
                           "software."),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 1);
    }

    void laoOffer()
    {
        // Short definitions go on with the list under "Definitions" ("Business Day: …", "Severity: …" define, they
        // are no plans); "Restoration targets for Standard Plan sites are set out in Annex C", not enclosed, are
        // missing.
        const auto result = analyze(textDocument({{
            QStringLiteral("2. Service Plans"),
            QStringLiteral("Premium: 24x7 cover for the Vientiane Capital sites, including Lao public holidays."),
            QStringLiteral("Standard: Business Hours cover for the Luang Prabang and Pakse branches."),
            QStringLiteral("3. Restoration"),
            QStringLiteral(
                "Mekong will restore Premium sites within eight (8) hours. Restoration targets for Standard Plan "
                "sites are set out in Annex C."),
            QStringLiteral("10. Definitions"),
            QStringLiteral("Business Hours: 08:00 to 17:00, Monday to Friday, excluding Lao public holidays (the "
                           "official holidays announced each year by the Government of the Lao PDR)."),
            QStringLiteral("Business Day: a day on which Business Hours apply."),
            QStringLiteral("Severity: the impact categories described in Section 3.2."),
            QStringLiteral("Enclosures: Annex A – Server inventory; Annex B – Company registration."),
            QStringLiteral(
                "Premium and Standard fees are on the enclosed price list; Severity 1 calls go to the Premium "
                "desk, and a Business Day starts at 08:00."),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("Premium"), QStringLiteral("Standard")}));
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
    }
};

QTEST_GUILESS_MAIN(TestOfferWording)
#include "TestOfferWording.moc"
