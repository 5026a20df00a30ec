// Proposals written for readers of another language: a Hong Kong quotation in traditional characters, a
// Shenzhen proposal set as parallel Chinese and English texts, and a Japanese vendor's translated English.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::boxLine;
using tw::test::fieldsOf;
using tw::test::findingCount;
using tw::test::minutesByTierAndPriority;
using tw::test::pdfPage;
using tw::test::termsOf;
using tw::test::textDocument;
using tw::test::wordsLine;

namespace {

QString valueOf(const SlaTerm &term, const char *field) { return term.values.value(QLatin1String(field)).toString(); }

} // namespace

class TestTranslatedProposals : public QObject
{
    Q_OBJECT

private slots:
    void hongKongQuotationInTraditionalCharacters()
    {
        // The blank of respect before 貴公司 is no gutter, so the plan table's header is its first row.
        QList<TextLine> lines;
        lines << wordsLine({{QStringLiteral("現為"), 50}, {QStringLiteral("貴公司提供以下兩種保養計劃："), 90}}, 90, 12,
                           12);
        lines << boxLine(QStringLiteral("服務項目"), 50, 110, 48)
              << boxLine(QStringLiteral("金級保養計劃"), 160, 110, 72)
              << boxLine(QStringLiteral("銀級保養計劃"), 360, 110, 72);
        lines << boxLine(QStringLiteral("服務時間"), 50, 130, 48)
              << boxLine(QStringLiteral("每星期 7 天、每天 24 小時，包括公眾假期"), 160, 130, 180)
              << boxLine(QStringLiteral("星期一至五 上午9時至下午6時，星期六 9:00-13:00，公眾假期除外"), 360, 130, 190);
        lines << boxLine(QStringLiteral("技術支援熱線回應"), 50, 150, 96)
              << boxLine(QStringLiteral("30 分鐘內回覆"), 160, 150, 70)
              << boxLine(QStringLiteral("辦公時間內 2 小時內回覆"), 360, 150, 110);
        lines << boxLine(QStringLiteral("工程師到場時間"), 50, 170, 84)
              << boxLine(QStringLiteral("4 小時到場"), 160, 170, 60)
              << boxLine(QStringLiteral("下一個工作天到場"), 360, 170, 96);
        lines << boxLine(QStringLiteral("更換零件"), 50, 190, 48)
              << boxLine(QStringLiteral("原廠全新零件"), 160, 190, 72)
              << boxLine(QStringLiteral("原廠全新零件或翻新零件"), 360, 190, 132);
        lines << boxLine(QStringLiteral("單價（HK$/每台/每年）"), 50, 210, 110)
              << boxLine(QStringLiteral("8,800.00"), 160, 210, 50) << boxLine(QStringLiteral("4,200.00"), 360, 210, 50);
        lines << boxLine(
            QStringLiteral("2. 本報價單所指「辦公時間」為星期一至星期五上午 9 時至下午 6 時，公眾假期除外。"), 50, 240,
            420);
        lines << boxLine(QStringLiteral("7. 本公司有權將部分或全部保養服務委託本公司之服務夥伴執行。"), 50, 255, 330);
        lines << boxLine(
            QStringLiteral(
                "12. 本公司保留隨時修訂本條款及細則之權利，恕不另行通知。本公司服務質素一流，深受客戶信賴。"),
            50, 270, 460);
        const auto result = analyze(pdfPage(QStringLiteral("quotation.pdf"), lines));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("金級保養計劃"), QStringLiteral("銀級保養計劃")}));
        QMap<QString, QString> windows;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("coverage")))
            windows.insert(term.tier, QStringLiteral("%1x%2 %3-%4")
                                          .arg(valueOf(term, "days_per_week"), valueOf(term, "hours_per_day"),
                                               valueOf(term, "start"), valueOf(term, "end")));
        QCOMPARE(windows.value(QStringLiteral("金級保養計劃")), QStringLiteral("7x24 -"));
        QCOMPARE(windows.value(QStringLiteral("銀級保養計劃")), QStringLiteral("6x9 09:00-18:00"));
        // The definition of 辦公時間 counts no time of the round-the-clock plan.
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time"))) {
            if (term.tier == QLatin1String("金級保養計劃"))
                QVERIFY(term.values.value(QStringLiteral("basis")).isNull());
        }
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            QCOMPARE(valueOf(price, "currency"), QStringLiteral("HKD"));
        QCOMPARE(termsOf(result, QStringLiteral("price")).size(), 2);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("marketing_claim")), 1);
    }

    void parallelChineseAndEnglishTexts()
    {
        // "中文 | English": every clause twice, side by side; each cell reads as a paragraph of its own.
        const auto result = analyze(textDocument({{
            QStringLiteral("中文\tEnglish"),
            QStringLiteral("3.2 备件库：乙方在东莞松山湖设有本地备件库，储备A类设备常用备件。\t3.2 Parts stock: "
                           "Pengtuo keeps a local spare "
                           "parts depot in Songshan Lake, Dongguan, stocked for Class A equipment."),
            QStringLiteral("4.3 如遇工程师资源紧张，乙方可安排经乙方认可的合作伙伴提供现场服务。\t4.3 Where engineer "
                           "resources are tight, "
                           "Pengtuo may arrange for partners approved by Pengtuo to provide on-site service."),
            QStringLiteral("2.7 注：其他地点的到场时间视交通情况而定。\t2.7 Note: for other locations, on-site time "
                           "depends on traffic "
                           "conditions."),
        }}));
        QStringList places;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_stock"))) {
            QCOMPARE(term.tier, QString()); // "储备A类设备常用备件" says what is stocked, for no plan alone
            places << valueOf(term, "location");
        }
        places.sort();
        QCOMPARE(places, (QStringList{QStringLiteral("Dongguan"), QStringLiteral("东莞")}));
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 2);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 2);
    }

    void translatedJapaneseProposal()
    {
        // Footnotes "(*1)" under a plan table end it, so their counting rules are read; line-item columns
        // "Model" and "Q'ty" are no plans; totals rows say their period; the translation's own idiom.
        QList<TextLine> lines;
        lines << boxLine(QStringLiteral("Item"), 50, 100, 30)
              << boxLine(QStringLiteral("Premium Support"), 250, 100, 80)
              << boxLine(QStringLiteral("Standard Support"), 420, 100, 85);
        lines << boxLine(QStringLiteral("Call back by engineer"), 50, 118, 110)
              << boxLine(QStringLiteral("Within 30 minutes after reception"), 250, 118, 160)
              << boxLine(QStringLiteral("Within 2 hours after reception"), 420, 118, 150);
        lines << boxLine(QStringLiteral("On-site arrival"), 50, 136, 80)
              << boxLine(QStringLiteral("Within 4 hours after reception in principle"), 250, 136, 160)
              << boxLine(QStringLiteral("Next business day"), 420, 136, 90);
        lines << boxLine(
            QStringLiteral("(*1) Including Saturdays, Sundays and national holidays. For Premium Support, the time is "
                           "counted continuously in clock hours."),
            60, 160, 480);
        lines << boxLine(
            QStringLiteral("(*2) For Standard Support, the time is counted only within the reception hours of business "
                           "days. A request received after 17:00 is treated as received at 9:00."),
            60, 174, 480);
        lines << boxLine(
            QStringLiteral("(1) The replacement parts will be new parts or recycled parts which have the equivalent "
                           "performance and quality to new parts."),
            50, 200, 480);
        lines << boxLine(
            QStringLiteral("(2) Supply period of maintenance parts: 5 years after the end of sales of each model."), 50,
            214, 420);
        lines << boxLine(
            QStringLiteral("(3) Any other failure caused by the reasons not attributable to us. We have abundant track "
                           "record."),
            50, 228, 440);
        const auto result = analyze(pdfPage(QStringLiteral("proposal.pdf"), lines));
        QMap<QString, QString> basisByTier;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            basisByTier.insert(term.tier, valueOf(term, "basis"));
        QCOMPARE(basisByTier.value(QStringLiteral("Premium Support")), QStringLiteral("calendar"));
        QCOMPARE(basisByTier.value(QStringLiteral("Standard Support")), QStringLiteral("business"));
        const QList<SlaTerm> parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(valueOf(parts.first(), "value"), QStringLiteral("new_or_equivalent"));
        QCOMPARE(termsOf(result, QStringLiteral("eol_parts_years")).size(), 1);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 1); // "in principle"
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("marketing_claim")), 1);

        const auto quotation = analyze(textDocument({{
            QStringLiteral("Item\tModel\tUnit price (monthly)\tQ'ty\tMonthly amount"),
            QStringLiteral("Premium Support\tHPE ProLiant DL380 Gen11\t¥38,000\t4\t¥152,000"),
            QStringLiteral("Standard Support\tDell PowerEdge R760\t¥14,500\t6\t¥87,000"),
            QStringLiteral("Annual amount (12 months, tax excluded)\t¥2,868,000"),
            QStringLiteral("Contract period total (36 months, tax excluded)\t¥8,604,000"),
            QStringLiteral("The above amounts are fixed during the contract period."),
        }}));
        QVERIFY2(!quotation.tiers.contains(QStringLiteral("Model")) &&
                     !quotation.tiers.contains(QStringLiteral("Q'ty")),
                 qPrintable(quotation.tiers.join(QLatin1Char(','))));
        QMap<int, QString> perByAmount;
        for (const SlaTerm &price : termsOf(quotation, QStringLiteral("price")))
            perByAmount.insert(price.values.value(QStringLiteral("amount")).toInt(), valueOf(price, "per"));
        QCOMPARE(perByAmount.value(2868000), QStringLiteral("year"));
        QCOMPARE(perByAmount.value(8604000), QStringLiteral("total"));
        const QList<SlaTerm> adjustment = termsOf(quotation, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustment.size(), 1);
        QCOMPARE(valueOf(adjustment.first(), "value"), QStringLiteral("fixed"));
    }

    void taiwanMaintenanceContract()
    {
        // A 維護合約: 維護等級 rows name the tiers; 共計十二個月; 整新良品 (refurbished); a penalty of 千分之五 for
        // each hour late; prices in a 附表 whose notes say 幣別：新台幣; a renewal price that follows the maker's
        // quote.
        const auto result = analyze(textDocument({{
            QStringLiteral("自民國 115 年 1 月 1 日起至民國 115 年 12 月 31 日止，共計十二個月。"),
            QStringLiteral("維護等級\t適用設備\t叫修回應\t到場時間"),
            QStringLiteral("A級\tERP、MES 主機\t30 分鐘內\t4 小時內"),
            QStringLiteral("B級\t檔案、備援、測試主機\t2 小時內\t次一工作天"),
            QStringLiteral("三、B 級設備得以原廠認證之整新良品更換，其功能及規格應與原零件相同。"),
            QStringLiteral(
                "乙方未於約定時間內修復者，每逾一小時，甲方得按該設備年維護費千分之五計算違約金，累計以該設備年維護費"
                "百分之十為上限。"),
            QStringLiteral("續約之維護費用，乙方得依原廠報價及匯率變動情形調整之。"),
            QStringLiteral("項次\t設備名稱\t維護等級\t單價（未稅／年）"),
            QStringLiteral("1\tDell PowerEdge R750\tA級\t52,000"),
            QStringLiteral("說明：1. 幣別：新台幣（NT$）。"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("A級"), QStringLiteral("B級")}));
        const QList<SlaTerm> term = termsOf(result, QStringLiteral("term_months"));
        QCOMPARE(term.size(), 1);
        QCOMPARE(term.first().values.value(QStringLiteral("value")).toInt(), 12);
        const QList<SlaTerm> parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(valueOf(parts.first(), "value"), QStringLiteral("certified_refurbished"));
        const QList<SlaTerm> penalty = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalty.size(), 1);
        QCOMPARE(penalty.first().values.value(QStringLiteral("percent")).toDouble(), 0.5);
        QCOMPARE(valueOf(penalty.first(), "per"), QStringLiteral("hour"));
        const QList<SlaTerm> price = termsOf(result, QStringLiteral("price"));
        QCOMPARE(price.size(), 1);
        QCOMPARE(valueOf(price.first(), "currency"), QStringLiteral("TWD"));
        QCOMPARE(price.first().tier, QStringLiteral("A級"));
        const QList<SlaTerm> adjustment = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustment.size(), 1);
        QCOMPARE(valueOf(adjustment.first(), "value"), QStringLiteral("unbounded"));
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
    }

    void tokyoVendorsTranslatedProposal()
    {
        // A Tokyo vendor's English: urgency levels as rows, prices in "yen", polite hedges and a clock from
        // the moment the support center "judges" a dispatch necessary.
        const auto result = analyze(textDocument({{
            QStringLiteral("Urgency\tPremium Support\tStandard Support"),
            QStringLiteral("Level 1 (System stop)\tOn-site arrival: within 4 hours\tOn-site arrival: within 8 hours"),
            QStringLiteral(
                "Level 2 (Degradation)\tOn-site arrival: within 8 hours\tOn-site arrival: next business day"),
            QStringLiteral(
                "The on-site arrival time is counted from the time our Support Center judges that dispatch of an "
                "engineer is necessary."),
            QStringLiteral(
                "For Urgency Level 1 of Premium Support, we will try our best to restore the hardware within 6 "
                "hours."),
            QStringLiteral("For replacement, we use new parts or new-equivalent parts."),
            QStringLiteral("The following are out of scope: (1) Support of software, including OS, middleware, "
                           "applications and firmware; (5) Failures by other reasons not attributable to our company."),
            QStringLiteral("The contents of this service may be changed without prior notice."),
            QStringLiteral("The response and arrival times are our target values and we cannot guarantee them."),
            QStringLiteral("We provide the highest level of service quality in the industry."),
            QStringLiteral("Plan\tUnit price (per server, per year)\tQty"),
            QStringLiteral("Premium Support\t168,000 yen\t14"),
        }}));
        const QMap<QString, int> onsite = minutesByTierAndPriority(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.value(QStringLiteral("Premium Support P1")), 240);
        QCOMPARE(onsite.value(QStringLiteral("Standard Support P1")), 480);
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 2);
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 2);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("marketing_claim")), 1);
        const QList<SlaTerm> prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 1);
        QCOMPARE(valueOf(prices.first(), "currency"), QStringLiteral("JPY"));
        QCOMPARE(prices.first().values.value(QStringLiteral("amount")).toDouble(), 168000.0);
    }

    void polishCallOffWithParagraphSections()
    {
        // A Polish call-off in convenience translation: "§ 4." opens a section, a definition written with a dash
        // ("Working Hours – 8:00–17:00") says nothing about how Priority 1 times are counted, and a sentence about
        // Priority 1 Notifications gives their cover.
        const auto result = analyze(textDocument({{
            QStringLiteral("§ 2. Definitions"),
            QStringLiteral("Working Hours – 8:00–17:00 (Warsaw time) on Working Days."),
            QStringLiteral("§ 3. Service hours"),
            QStringLiteral("3.1 Priority 1 Notifications are accepted and handled 24 hours a day, 7 days a week, "
                           "including Saturdays, Sundays and public holidays."),
            QStringLiteral("§ 4. Service levels"),
            QStringLiteral("4.1 The Service Desk shall confirm acceptance of each Notification within 30 minutes for "
                           "Priority 1 and within 2 Working Hours for Priority 2 (response time)."),
            QStringLiteral("4.3 Times for Priority 1 are counted in clock hours, continuously, including nights, "
                           "Saturdays, Sundays and public holidays."),
            QStringLiteral("\tSites in Warsaw\tSites in other voivodeships"),
            QStringLiteral("Priority 1 – arrival of an engineer on site\t4 hours\t8 hours"),
            QStringLiteral("Priority 3\tin accordance with Annex 3 to the FA\tin accordance with Annex 3 to the FA"),
            QStringLiteral("§ 5. Spare parts"),
            QStringLiteral("5.1 The Contractor uses only new, original parts supplied by the Equipment manufacturer."),
            QStringLiteral("§ 7. Additional services"),
            QStringLiteral("7.1 Preventive inspection of each server twice a year, including firmware updates."),
            QStringLiteral("§ 8. Remuneration"),
            QStringLiteral("8.5 From the 13th month either Party may request a change of the monthly fees by the "
                           "annual consumer price index, but by no more than 5%."),
            QStringLiteral("9.3 Contractual penalties do not apply to delays resulting from circumstances for which "
                           "the Contractor is not responsible."),
        }}));
        const QList<SlaTerm> response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(valueOf(response.at(0), "basis"), QStringLiteral("calendar"));
        QCOMPARE(valueOf(response.at(1), "basis"), QStringLiteral("business"));
        const QList<SlaTerm> coverage = termsOf(result, QStringLiteral("coverage"));
        QVERIFY(std::any_of(coverage.cbegin(), coverage.cend(), [](const SlaTerm &term) {
            return term.priority == QLatin1String("P1") && valueOf(term, "hours_per_day") == QLatin1String("24");
        }));
        QCOMPARE(valueOf(termsOf(result, QStringLiteral("parts_quality")).value(0), "value"),
                 QStringLiteral("oem_new"));
        QStringList services;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added")))
            services << valueOf(term, "value");
        QVERIFY2(services.contains(QStringLiteral("preventive_maintenance")), qPrintable(services.join(u',')));
        QCOMPARE(fieldsOf(result, QStringLiteral("price_adjustment"), QStringLiteral("value")),
                 QStringList{QStringLiteral("capped")});
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 1);
    }

    void definitionWrittenWithADash()
    {
        // "Working Hours – 8:00–17:00 on Working Days" defines the hours; it is no note that every time is
        // counted in them, so the Priority 1 note below it decides.
        const auto result = analyze(textDocument({{
            QStringLiteral("Working Hours – 8:00–17:00 (Warsaw time) on Working Days."),
            QStringLiteral("The Service Desk responds to each Notification within 30 minutes for Priority 1."),
            QStringLiteral("Times for Priority 1 are counted in clock hours, including nights and public holidays."),
        }}));
        const QList<SlaTerm> response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 1);
        QCOMPARE(valueOf(response.first(), "basis"), QStringLiteral("calendar"));
    }

    void canadianTableWithFrenchHeadings()
    {
        // "Service Element / Élément de service" is the generic first cell of a features-by-site table, so the
        // sites across its header are the plans; "Business Hours means 08:00 to 17:00, Monday to Friday." leaves
        // the holidays open even though Montréal's window excludes them.
        const auto result = analyze(textDocument({{
            QStringLiteral("Service Element / Élément de service\tToronto\tMontréal\tRemote Sites / Sites éloignés"),
            QStringLiteral("Coverage / Couverture\t24x7x365\tMonday–Saturday, 07:00–19:00 ET, excluding Québec "
                           "statutory holidays\tBusiness Hours (see Definitions)"),
            QStringLiteral("Response Time / Délai d'intervention – Severity 1 / Gravité 1\t15 minutes\t30 minutes\t2 "
                           "Business Hours"),
            QStringLiteral("Definitions / Définitions"),
            QStringLiteral("Business Hours means 08:00 to 17:00 local time, Monday to Friday. Business Day means any "
                           "day from Monday to Friday."),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("Toronto P1")), 15);
        QCOMPARE(response.value(QStringLiteral("Montréal P1")), 30);
        QVERIFY2(findingCount(result, QStringLiteral("day_basis")) > 0, "Business Hours without a holiday rule");
    }

    void hongKongPlansAcrossFaultLevels()
    {
        // A Hong Kong 建議書: "第一級：系統停頓" rows are fault levels, a 服務項目 column names each row's
        // measure, the plans run across and keep their Traditional characters; "2 個辦公小時內" counts office hours.
        const auto result = analyze(textDocument({{
            QStringLiteral("故障級別\t服務項目\t黃金計劃\t白銀計劃"),
            QStringLiteral("第一級：系統停頓，業務中斷\t電話回應\t30 分鐘內\t2 個辦公小時內"),
            QStringLiteral("\t工程師到場\t4 小時內\t下一個工作天"),
            QStringLiteral("第二級：效能下降\t電話回應\t1 小時內\t4 個辦公小時內"),
            QStringLiteral("\t工程師到場\t8 小時內\t第二個工作天內"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("黃金計劃"), QStringLiteral("白銀計劃")}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("黃金計劃 P1")), 30);
        QCOMPARE(response.value(QStringLiteral("白銀計劃 P1")), 120);
        QCOMPARE(response.value(QStringLiteral("白銀計劃 P2")), 240);
    }

    void frenchPlanNamesAndTablesByLetter()
    {
        // An offer from Djibouti: plans named in French order ("Formule Critique. Service is …") and a table for each,
        // captioned by a letter ("Table A – Formule Critique (…)").
        const auto result = analyze(textDocument({{
            QStringLiteral("Formule Critique. Service is provided 24 hours a day, 7 days a week, for the port data "
                           "centre."),
            QStringLiteral("Formule Bureaux. Service is provided during Business Hours."),
            QStringLiteral("Table A – Formule Critique (port data centre, 24x7)"),
            QStringLiteral("Priority\tResponse Time\tOn-site Time"),
            QStringLiteral("Priority 1 – Critique\t15 minutes\t2 hours"),
            QStringLiteral("Priority 2 – Majeur\t30 minutes\t4 hours"),
            QStringLiteral("Table B – Formule Bureaux (head office, Business Hours)"),
            QStringLiteral("Priority\tResponse Time\tOn-site Time"),
            QStringLiteral("Priority 1 – Critique\t1 Business Hour\t4 Business Hours"),
            QStringLiteral("Priority 2 – Majeur\t2 Business Hours\tNext Business Day"),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response, (QMap<QString, int>{{QStringLiteral("Formule Critique P1"), 15},
                                               {QStringLiteral("Formule Critique P2"), 30},
                                               {QStringLiteral("Formule Bureaux P1"), 60},
                                               {QStringLiteral("Formule Bureaux P2"), 120}}));
    }

    void proposalTranslatedFromRussian()
    {
        // Translated turns of phrase: "as a rule, not later than 12 hours", "in the shortest possible time", times
        // "extended by the period of delivery", "other circumstances not depending on the Contractor", the right "to
        // involve co-executors"; and a sum "for each missed P1 on-site time", a credit though the word is missing.
        const auto result = analyze(textDocument({{
            QStringLiteral("Our highly qualified specialists hold HPE ATP and Dell Technologies certificates."),
            QStringLiteral("4.2. For Category II the arrival of the engineer is, as a rule, not later than 12 hours."),
            QStringLiteral("4.3. Priority 3 faults are restored in the shortest possible time."),
            QStringLiteral(
                "5.4. Where a part is absent in the warehouse, restoration times are extended by the period of "
                "delivery and customs clearance."),
            QStringLiteral(
                "7.2. The service does not cover failures caused by other circumstances not depending on the "
                "Contractor."),
            QStringLiteral("8.4. For works at the field the Contractor has the right to involve co-executors."),
            QStringLiteral("8.5. Agreed for Category I: USD 400 for each missed P1 on-site time, capped at 10% of the "
                           "monthly charge."),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("marketing_claim")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 3);
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(termsOf(result, QStringLiteral("penalty")).size(), 1);
        QCOMPARE(findingCount(result, QStringLiteral("no_penalty")), 0);
    }

    void russianTariffsPricedInRoubles()
    {
        // A Russian offer's plans are "tariffs", named in the site list's "Tariff" column; its prices are in roubles,
        // "₽45 000", "RUB 12 500" and "1 250 000 руб.".
        const auto result = analyze(textDocument({{
            QStringLiteral("Site\tEquipment\tQty\tTariff"),
            QStringLiteral("Data centre Moscow\tHPE ProLiant DL380 Gen10\t14\tMaximum"),
            QStringLiteral("Distribution centre Novosibirsk\tDell PowerEdge R640\t12\tOptimum"),
            QStringLiteral("Tariff \"Maximum\": 24/7/365, including weekends and public holidays."),
            QStringLiteral("Tariff \"Optimum\": on working days (Monday to Friday) from 9:00 to 18:00 Moscow time."),
            QStringLiteral(
                "Tariff \"Maximum\": ₽45 000 per server per year. Tariff \"Optimum\": RUB 12 500 per server "
                "per year."),
            QStringLiteral("The total cost is 1 250 000 руб. for the year, VAT included."),
        }}));
        QStringList covered;
        for (const SlaTerm &coverage : termsOf(result, QStringLiteral("coverage")))
            covered << coverage.tier;
        covered.sort();
        QCOMPARE(covered, (QStringList{QStringLiteral("Maximum"), QStringLiteral("Optimum")}));
        QCOMPARE(tw::test::currencyByAmount(result), (QMap<double, QString>{{12500, QStringLiteral("RUB")},
                                                                            {45000, QStringLiteral("RUB")},
                                                                            {1250000, QStringLiteral("RUB")}}));
    }

    void planNamedBeforeAQualifier()
    {
        // "Intégral, up to six (6) servers at one site": the plan is named before the comma; "Out-of-plan work, Mohéli
        // call-outs" goes on with a name, not a qualifier.
        const auto result = analyze(textDocument({{
            QStringLiteral("Plan\tPrice\tInvoicing"),
            QStringLiteral("Essentiel\tKMF 185 000 per server per year\tyearly in advance"),
            QStringLiteral("Intégral, up to six (6) servers at one site\tKMF 2 500 000 per year\tquarterly in advance"),
            QStringLiteral("Intégral, each additional server\tKMF 390 000 per server per year\tquarterly in advance"),
            QStringLiteral("Out-of-plan work, Mohéli call-outs\tEUR 55 per hour\tmonthly"),
        }}));
        QVERIFY(result.tiers.contains(QStringLiteral("Intégral")));
        QVERIFY(!result.tiers.contains(QStringLiteral("Out-of-plan work")));
        QCOMPARE(tw::test::tiersOf(result, QStringLiteral("price")).count(QStringLiteral("Intégral")), 2);
    }
};

QTEST_GUILESS_MAIN(TestTranslatedProposals)
#include "TestTranslatedProposals.moc"
