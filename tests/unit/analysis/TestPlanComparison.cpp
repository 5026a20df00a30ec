// A vendor's plan comparison as Japanese and European proposals set it: plans as columns, features as
// rows, footnote marks (*1, *2) on the cells and explained under the table, prices in yen.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::fieldsOf;
using tw::test::findingCount;
using tw::test::minutesByTierAndPriority;
using tw::test::termsOf;
using tw::test::textDocument;
using tw::test::tiersOf;

class TestPlanComparison : public QObject
{
    Q_OBJECT

private slots:
    void taiwanMaintenanceContract()
    {
        // Taiwan's wording: a price table under "（金額單位：新台幣元，未稅）", 單價（每台/年）, the total in
        // Traditional capital numerals, 良品 "as a rule", and a clock after the vendor's own diagnosis.
        const auto result = analyze(textDocument({{
            QStringLiteral("三、金級設備經乙方工程師以電話或遠端方式診斷確認為硬體故障後，乙方應於四小時內派員攜帶備品"
                           "到達甲方機房。"),
            QStringLiteral("一、乙方更換之零件，以原廠新品或同等級以上之良品為原則。"),
            QStringLiteral("第五條 合約總價新台幣壹佰貳拾玖萬零貳佰肆拾元整。"),
            QStringLiteral("表一　設備清單（金額單位：新台幣元，未稅）"),
            QStringLiteral("項次\t設備名稱/型號\t維護等級\t單價（每台/年）"),
            QStringLiteral("1\tDell PowerEdge R750\t金級\t86,400"),
            QStringLiteral("2\tHPE ProLiant DL380 Gen10\t銀級\t38,400"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 1);
        QMap<double, QString> prices;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            prices.insert(price.values.value(QStringLiteral("amount")).toDouble(),
                          price.values.value(QStringLiteral("currency")).toString() + QLatin1Char('/') +
                              price.values.value(QStringLiteral("per")).toString());
        QCOMPARE(prices.value(1290240), QStringLiteral("TWD/total"));
        QCOMPARE(prices.value(86400), QStringLiteral("TWD/server_year"));
    }

    void planNamedBusinessBesideBusinessHours()
    {
        // A hosting SLA whose middle plan is called "Business": "Business Hours" is still the time notion.
        const auto result = analyze(textDocument({{
            QStringLiteral("- Business Hours: 09:00–18:00 CET, Monday to Friday."),
            QStringLiteral("\tStandard\tBusiness\tEnterprise"),
            QStringLiteral("Support hours\tBusiness Hours\t24/7\t24/7/365"),
            QStringLiteral("Initial Response – Urgent (P1)\t4 business hours\t1 hour\t15 minutes"),
            QStringLiteral("Hardware replacement time\tNext business day\t4 hours\t2 hours"),
            QStringLiteral("Business and Enterprise support runs around the clock, including public holidays."),
        }}));
        for (const SlaTerm &term : termsOf(result, QStringLiteral("coverage"))) {
            if (term.values.value(QStringLiteral("days_per_week")).toInt() == 5) {
                QVERIFY(term.tier.isEmpty() || term.tier == QLatin1String("Standard")); // not "Business"
                QCOMPARE(term.values.value(QStringLiteral("start")).toString(), QStringLiteral("09:00"));
            }
        }
        // The plans' support hours say nothing of how their response times are counted.
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            if (term.tier != QLatin1String("Standard"))
                QVERIFY(term.values.value(QStringLiteral("basis")).isNull());
        const QMap<QString, int> resolution = minutesByTierAndPriority(result, QStringLiteral("resolution_time"));
        QCOMPARE(resolution.value(QStringLiteral("Business ")), 240);
        QCOMPARE(resolution.value(QStringLiteral("Enterprise ")), 120);
    }

    void hongKongServiceLevelTable()
    {
        // Hong Kong wording: 辦公時間 (office hours), 工作天, 公眾假期, "第一級故障", and a note on how each
        // level's times run.
        const auto result = analyze(textDocument({{
            QStringLiteral("2.1 「辦公時間」指星期一至星期五上午 9 時至下午 6 時，星期六、星期日及香港公眾假期除外。"),
            QStringLiteral("2.2 「工作天」指星期一至星期五，香港公眾假期除外。"),
            QStringLiteral("項目\t甲級保養服務\t乙級保養服務"),
            QStringLiteral("熱線回應時間\t30 分鐘\t2 個辦公時間"),
            QStringLiteral("工程師到場時間（第一級故障）\t4 小時\t8 個辦公時間"),
            QStringLiteral("工程師到場時間（第二級故障）\t8 小時\t下一個工作天"),
            QStringLiteral("(1) 甲級保養服務之時間按全日 24 小時連續計算；乙級保養服務之時間只計算辦公時間內之時數。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 0);
        QMap<QString, QString> basis;
        QMap<QString, int> minutes;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time"))) {
            basis.insert(term.tier + QLatin1Char(' ') + term.priority,
                         term.values.value(QStringLiteral("basis")).toString());
            minutes.insert(term.tier + QLatin1Char(' ') + term.priority,
                           term.values.value(QStringLiteral("minutes")).toInt());
        }
        QCOMPARE(minutes.value(QStringLiteral("甲級保養服務 P1")), 240);
        QCOMPARE(basis.value(QStringLiteral("甲級保養服務 P1")), QStringLiteral("calendar"));
        QCOMPARE(minutes.value(QStringLiteral("乙級保養服務 P1")), 480);
        QCOMPARE(basis.value(QStringLiteral("乙級保養服務 P1")), QStringLiteral("business"));
    }

    void serviceHandbookNotesAndPriceList()
    {
        // An OEM handbook: footnotes define working time, describe the parts, defer the top plan's levels to a
        // confirmation not attached, and a price list's columns are plans under a unit line.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务时间\t5×9（工作时间③）"),
            QStringLiteral("现场支持\t经远程诊断需要现场服务的，工程师下一个工作日到场"),
            QStringLiteral("适用范围：具体服务级别以双方签署的《关键业务服务级别确认书》为准。"),
            QStringLiteral(
                "② 曜辰不使用第三方兼容件；更换的备件可能为全新件，或经曜辰检测认证、功能与性能与全新件相当的备件。"),
            QStringLiteral("③ 工作时间：周一至周五 8:30—17:30。工作日：周一至周五，国家法定节假日除外。"),
            QStringLiteral(
                "曜辰保留对本手册所述服务内容进行调整的权利，调整后的内容以官方网站最新版本为准，恕不另行通知。"),
            QStringLiteral("单位：人民币元/台/年（含 6%增值税）"),
            QStringLiteral("机型系列\t标准服务\t优先服务"),
            QStringLiteral("R5 系列双路机架服务器\t1,680\t4,200"),
        }}));
        // Working time and working day are defined: no day_basis finding.
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 1);
        const QList<SlaTerm> prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        for (const SlaTerm &price : prices) {
            QCOMPARE(price.values.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
            QCOMPARE(price.values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
        }
    }

    void serviceLevelCodesNameTheTiersOfAPriceList()
    {
        // A framework agreement's code table ("代码 | 等级名称 | …") and its price list, whose rows name
        // the level by code in a column right of the device type.
        const auto result = analyze(textDocument({{
            QStringLiteral("表1 服务等级代码定义表"),
            QStringLiteral("代码\t等级名称\t服务时间\t响应时间\t到场时间"),
            QStringLiteral("WB-A\t关键级\t7×24小时（含法定节假日）\t15分钟\t2小时"),
            QStringLiteral("WB-B\t重要级\t7×24小时\t30分钟\t4小时"),
            QStringLiteral("表2 x86服务器维保服务目录及单价"),
            QStringLiteral("序号\t设备类型\t品牌\t型号\t服务等级代码\t单价（元/台·年，含税）"),
            QStringLiteral("1\t2路机架服务器\t浪潮\tNF5280M6\tWB-A\t4,680.00"),
            QStringLiteral("2\t2路机架服务器\t浪潮\tNF5280M6\tWB-B\t3,150.00"),
        }}));
        QCOMPARE(tiersOf(result, QStringLiteral("price")),
                 (QStringList{QStringLiteral("WB-A"), QStringLiteral("WB-B")}));
        // "重要级" is the level's name, not priority 2.
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("WB-A ")), 15);
        QCOMPARE(response.value(QStringLiteral("WB-B ")), 30);
    }

    void serviceElementCornerHeadsAPlanMatrix()
    {
        // "Service element | Standard Care | Enhanced Care | Critical Care" over rows of measures.
        const auto result = analyze(textDocument({{
            QStringLiteral("Service element\tStandard Care\tEnhanced Care\tCritical Care"),
            QStringLiteral("Response Time\t2 Local Business Hours\t30 minutes\t15 minutes"),
            QStringLiteral("On-Site Response Time\tNext Business Day\t4 hours\t4 hours"),
            QStringLiteral("Parts stocking\tRegional parts depot\tRegional parts depot\tLocal Parts Depot"),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("Enhanced Care ")), 30);
        QCOMPARE(response.value(QStringLiteral("Critical Care ")), 15);
    }

    void annualFeePerCoveredProductIsPerServerYear()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Level of Support Services\tAnnual Fee per Covered Product (USD)\tTypical Covered Products"),
            QStringLiteral("Standard Care\t1,140.00\tVX-220, VX-240 rack servers"),
            QStringLiteral("Critical Care\t4,950.00\tVX-880 servers, VS-series storage arrays"),
        }}));
        const QList<SlaTerm> prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        for (const SlaTerm &price : prices)
            QCOMPARE(price.values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
    }

    void yenPricesOfAJapaneseVendor()
    {
        // "JPY" alone (no price word in the "Annual amount" column) and "¥" where the document states yen.
        const auto result = analyze(textDocument({{
            QStringLiteral("Plan\tServers\tAnnual amount"),
            QStringLiteral("Premium\t4\tJPY 1,056,000"),
            QStringLiteral("Spot repair of equipment not covered by this contract: JPY 22,000 per hour."),
            QStringLiteral("Dispatch: ¥12,000 per visit. All amounts are in Japanese yen, consumption tax excluded."),
        }}));
        QMap<int, QString> currencyByAmount;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price")))
            currencyByAmount.insert(term.values.value(QStringLiteral("amount")).toInt(),
                                    term.values.value(QStringLiteral("currency")).toString());
        QCOMPARE(currencyByAmount.value(1056000), QStringLiteral("JPY"));
        QCOMPARE(currencyByAmount.value(22000), QStringLiteral("JPY"));
        QCOMPARE(currencyByAmount.value(12000), QStringLiteral("JPY"));
    }

    void yenSignIsYuanWithoutAStatedCurrency()
    {
        const auto result = analyze(textDocument({{QStringLiteral("维保服务费：¥9,800/台/年。")}}));
        const QList<SlaTerm> prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 1);
        QCOMPARE(prices.first().values.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
    }

    void twentyFourHoursThreeSixtyFiveDays()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Service item\tStandard\tPremium"),
            QStringLiteral("Service hours\tWeekdays 9:00–18:00\t24 hours, 365 days"),
            QStringLiteral("Engineer on site\tNext business day\tWithin 4 hours"),
            QStringLiteral("Replacement parts\tNew or refurbished\tGenuine new parts"),
        }}));
        bool allYear = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("coverage"))) {
            if (term.tier == QLatin1String("Premium"))
                allYear = term.values.value(QStringLiteral("days_per_week")).toInt() == 7 &&
                          term.values.value(QStringLiteral("hours_per_day")).toInt() == 24 &&
                          term.values.value(QStringLiteral("holidays")) == QVariant(true);
        }
        QVERIFY(allYear);
    }

    void businessDaysDefinedInAFootnoteUnderTheTable()
    {
        // The hours are in the table, the holiday rule in note *1 after it: business time is defined.
        QStringList page = {
            QStringLiteral("Service item\tStandard\tPremium"),
            QStringLiteral("Service hours\tWeekdays 9:00–18:00 *1\t24 hours, 365 days"),
            QStringLiteral("Engineer on site\tNext business day\tWithin 4 hours"),
        };
        for (int row = 0; row < 12; ++row) // other rows of the comparison push the note far down
            page << QStringLiteral("Feature %1 of the plans compared here\tOption\tIncluded").arg(row + 1);
        const auto undefined = analyze(textDocument({page}));
        QVERIFY(findingCount(undefined, QStringLiteral("day_basis")) >= 1);
        page << QStringLiteral("*1 Business days are Monday to Friday, excluding Japanese national holidays and our "
                               "year-end holidays (December 29 to January 3).");
        const auto defined = analyze(textDocument({page}));
        QCOMPARE(findingCount(defined, QStringLiteral("day_basis")), 0);
    }

    void contentsSubjectToChangeWithoutNoticeIsAUnilateralChange()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Engineers attend site within 4 hours."),
            QStringLiteral("This proposal is valid for 90 days. Plan contents and specifications are subject to "
                           "change without notice."),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 0);
        // About prices the same words are a price adjustment.
        const auto prices = analyze(textDocument({{
            QStringLiteral("Engineers attend site within 4 hours."),
            QStringLiteral("Prices are subject to change without notice."),
        }}));
        QCOMPARE(findingCount(prices, QStringLiteral("price_adjustment")), 1);
        QCOMPARE(findingCount(prices, QStringLiteral("unilateral_change")), 0);
    }

    void planNamedByItsCover()
    {
        // "24/365 Plan" is a plan, whose notes say how its times count; "Day Plan" is not in "holidays".
        const auto result = analyze(textDocument({{
            QStringLiteral("Feature\tDay Plan\tExtended Plan\t24/365 Plan"),
            QStringLiteral("Service hours\t9:00–18:00, Mon–Fri*1\t8:00–22:00, Mon–Sat*1\t24 hours, 365 days"),
            QStringLiteral("Telephone response\twithin 2 hours*2\twithin 1 hour*2\twithin 30 minutes"),
            QStringLiteral("On-site arrival\tNext business day*1\twithin 6 hours*2\twithin 4 hours*3"),
            QStringLiteral("*2 Counted within the plan's service hours only."),
            QStringLiteral("For the 24/365 Plan all times are elapsed clock hours, including nights, weekends and "
                           "holidays."),
        }}));
        QMap<QString, QString> basisByTier;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            basisByTier.insert(term.tier, term.values.value(QStringLiteral("basis")).toString());
        QCOMPARE(basisByTier.value(QStringLiteral("24/365 Plan")), QStringLiteral("calendar"));
        QCOMPARE(basisByTier.value(QStringLiteral("Day Plan")), QStringLiteral("business"));
        QCOMPARE(basisByTier.value(QStringLiteral("Extended Plan")), QStringLiteral("business"));
    }

    void answerCellSaysHowTimesCount()
    {
        // A compliance matrix answers in sentences: the answer that says how a category's times run is a
        // note on them.
        const auto result = analyze(textDocument({{
            QStringLiteral("Ref\tRequirement\tResponse\tComply"),
            QStringLiteral("SL-01\tCategory A servers are covered 24x7.\tCategory A is covered 24x7.\tY"),
            QStringLiteral("SL-02\tCategory B servers are covered in Business Hours.\tCategory B is covered in "
                           "Business Hours.\tY"),
            QStringLiteral("SL-03\tCategory A: call back within 30 minutes.\tEngineer call-back within 20 "
                           "minutes.\tY"),
            QStringLiteral("SL-04\tCategory A times shall be clock hours.\tCategory A times run continuously, "
                           "without interruption for nights, weekends or public holidays.\tY"),
            QStringLiteral("SL-05\tService credits per service category.\tService credits are calculated per "
                           "calendar month and per service category.\tY"),
        }}));
        bool continuous = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            continuous =
                continuous || (term.values.value(QStringLiteral("minutes")).toInt() == 20 &&
                               term.values.value(QStringLiteral("basis")).toString() == QLatin1String("calendar"));
        QVERIFY(continuous);
    }

    void plansNamedByServiceCodes()
    {
        // An OEM renewal quotation's legend: the service-level codes are the plans.
        const auto result = analyze(textDocument({{
            QStringLiteral("项目\tPS-6CTR-7X24\tPS-4H-7X24\tPS-NBD-5X9"),
            QStringLiteral("服务时间\t7×24 小时，含法定节假日\t7×24 小时，含法定节假日\t5×9，周一至周五 9:00–18:00"),
            QStringLiteral("远程响应\t15 分钟内回电\t30 分钟内远程响应\t工作时间内 2 小时响应"),
            QStringLiteral("现场服务\t按需派遣工程师\t4 小时内到场\t下一个工作日到场"),
        }}));
        QCOMPARE(
            tiersOf(result, QStringLiteral("response_time")),
            (QStringList{QStringLiteral("PS-4H-7X24"), QStringLiteral("PS-6CTR-7X24"), QStringLiteral("PS-NBD-5X9")}));
    }

    void plansNamedByTimeAndWindow()
    {
        // "4-Hour 13x5" is a plan's name, not a number, as "4-Hour 24x7" beside it.
        const auto result = analyze(textDocument({{
            QStringLiteral("Service level\tCoverage window\tCall-back response"),
            QStringLiteral("4-Hour 13x5\t13 hours a day, Monday–Friday\tWithin 2 hours"),
            QStringLiteral("4-Hour 24x7\t24 hours a day, 7 days a week\tWithin 30 minutes"),
        }}));
        QCOMPARE(tiersOf(result, QStringLiteral("response_time")),
                 (QStringList{QStringLiteral("4-Hour 13x5"), QStringLiteral("4-Hour 24x7")}));
    }

    void timesCountedInTheCoverageWindow()
    {
        // "during the coverage window" counts a time in the tier's hours of cover: business time for 13x5,
        // calendar time for a tier covered around the clock.
        const auto result = analyze(textDocument({{
            QStringLiteral("Service level\tCoverage window\tCall-back response"),
            QStringLiteral("4-Hour 13x5\t13 hours a day (8:00 a.m.–9:00 p.m.), Monday–Friday\tWithin 2 hours, during "
                           "the coverage window"),
            QStringLiteral("4-Hour 24x7\t24 hours a day, 7 days a week\tWithin 30 minutes, during the coverage window"),
        }}));
        QStringList bases;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            bases << term.tier + QLatin1Char(' ') + term.values.value(QStringLiteral("basis")).toString();
        bases.sort();
        QCOMPARE(bases, (QStringList{QStringLiteral("4-Hour 13x5 business"), QStringLiteral("4-Hour 24x7 calendar")}));
    }

    void slideOfOnePlanEndsWithItsPage()
    {
        // A sales deck: one slide per page. The plan a slide's title names speaks for that slide only.
        const auto result = analyze(textDocument({
            {QStringLiteral("三大服务套餐"), QStringLiteral("服务内容\t尊享版\t标准版\t基础版"),
             QStringLiteral("服务时间\t7×24\t7×24\t5×8"), QStringLiteral("到场时间\t2小时\t4小时\t下一个工作日")},
            {QStringLiteral("尊享版 · 核心系统的安心之选"), QStringLiteral("15 分钟响应，2 小时到场，6 小时修复。")},
            {QStringLiteral("本地备件 + 认证工程师，双重保障"),
             QStringLiteral("• 宁波本地备件库（鄞州），常备硬盘、内存、电源、风扇等易损件")},
        }));
        const QList<SlaTerm> stock = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 1);
        QVERIFY2(stock.first().tier.isEmpty(), qPrintable(stock.first().tier));
        QStringList pageTwo;
        for (const SlaTerm &term : result.terms) {
            if (term.evidence.page == 2)
                pageTwo << term.key + QLatin1Char('=') + term.tier;
        }
        QVERIFY2(pageTwo.contains(QStringLiteral("resolution_time=尊享版")),
                 qPrintable(pageTwo.join(QLatin1Char(','))));
    }

    void sectionLinesLabelTheLevels()
    {
        // A quotation groups its lines under "Service Level: …" section lines.
        const auto result = analyze(textDocument({{
            QStringLiteral("Service Level: Critical — production clinical systems, 28 servers"),
            QStringLiteral("HW Support 24x7, 4-hour onsite response, 3 years, includes defective media retention."),
            QStringLiteral("Service Level: Standard — non-production and test servers, 62 servers"),
            QStringLiteral("HW Support 9x5, Next Business Day onsite response, 3 years."),
        }}));
        QStringList onsite;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time")))
            onsite << term.tier;
        onsite.sort();
        QCOMPARE(onsite, (QStringList{QStringLiteral("Critical"), QStringLiteral("Standard")}));
    }

    void coverRowWithoutAHolidayRule()
    {
        // "Cover" labels the plans' hours; business hours with no holiday rule anywhere are undefined.
        const auto result = analyze(textDocument({{
            QStringLiteral("\tCritical\tBusiness\tEssentials"),
            QStringLiteral(
                "Cover\t24 x 7 x 365, public holidays included\t7am–7pm, Mon–Sat\tBusiness Hours, 8am–5pm Mon–Fri"),
            QStringLiteral("Engineer on site\t4 hours\t6 hours\tNext Business Day"),
        }}));
        QVERIFY(findingCount(result, QStringLiteral("day_basis")) >= 3); // both windows and the NBD
    }

    void twoLevelHeaderOverALabelColumn()
    {
        // Plans merged over their measures, next to a Definition column that spans both header rows.
        const auto result = analyze(textDocument({{
            QStringLiteral("Platinum Care covers the 18 production servers, 24x7."),
            QStringLiteral("Standard Care covers the 44 test servers, 8.30 am to 5.30 pm, Monday to Friday."),
            QStringLiteral("Priority\tDefinition\tPlatinum Care\t\tStandard Care\t"),
            QStringLiteral("\t\tResponse\tOn-site\tResponse\tOn-site"),
            QStringLiteral("P1\tServer down, no workaround\t15 minutes\t4 hours\t2 working hours\tnext working day"),
            QStringLiteral("P2\tComponent failure\t30 minutes\t8 hours\t4 working hours\tnext working day"),
        }}));
        const QMap<QString, int> onsite = minutesByTierAndPriority(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.value(QStringLiteral("Platinum Care P1")), 240);
        QCOMPARE(onsite.value(QStringLiteral("Platinum Care P2")), 480);
        QVERIFY(onsite.contains(QStringLiteral("Standard Care P1")));
    }

    void plansLeadColumnsThatEndAlike()
    {
        // A support page's grid: the plans lead the time columns' headers ("Gold initial response time"),
        // the severities are bare numbers under "Severity Level", and a description column sits between.
        const auto result = analyze(textDocument({{
            QStringLiteral("Severity Level\tDescription\tGold initial response time\tSilver initial response time"),
            QStringLiteral("1\tService down\t1 hour\t4 hours"),
            QStringLiteral("2\tSeverely degraded\t2 hours\t8 hours"),
            QStringLiteral("3\tStandard request\t6 hours\t12 hours"),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("Gold P1")), 60);
        QCOMPARE(response.value(QStringLiteral("Silver P1")), 240);
        QCOMPARE(response.value(QStringLiteral("Silver P3")), 720);
    }

    void slideTableWithAHolidayRowAndAPriorityNote()
    {
        // A deck's comparison: the holiday rule has its own row, and a note under the table names the one
        // priority its times are for.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务项目\t白金服务\t黄金服务"),
            QStringLiteral("服务时间\t7×24 小时\t7×12 小时（8:00–20:00）"),
            QStringLiteral("节假日\t全年无休\t含法定节假日"),
            QStringLiteral("响应时间\t15 分钟\t30 分钟"),
            QStringLiteral("到场时间\t2 小时内\t4 小时内"),
            QStringLiteral("注 1：表中时限适用于一级故障（业务中断）。"),
        }}));
        for (const SlaTerm &coverage : termsOf(result, QStringLiteral("coverage")))
            QCOMPARE(coverage.values.value(QStringLiteral("holidays")), QVariant(true));
        QCOMPARE(termsOf(result, QStringLiteral("coverage")).size(), 2);
        const QMap<QString, int> onsite = minutesByTierAndPriority(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.value(QStringLiteral("白金服务 P1")), 120);
        QCOMPARE(onsite.value(QStringLiteral("黄金服务 P1")), 240);
    }

    void oemServiceDescription()
    {
        // An OEM's public service description: the plans' support availability row ("Business Hours" under
        // Standard) covers Standard in the defined hours; parts shipped "In parallel with remote diagnosis" go
        // first; "Appendix A. For Standard, …" starts a sentence (its parts are Standard's, the sentence before is
        // Mission Critical's); an unnamed "Norhaven Authorised Service Provider" subcontracts; a country's time "Per
        // local Service Schedule" is not given.
        const auto result = analyze(textDocument({{
            QStringLiteral("\"Business Hours\" means 08:00-18:00, Monday to Friday, local time at the Customer Site."),
            QStringLiteral("Feature\tStandard\tMission Critical"),
            QStringLiteral("Technical support availability\tBusiness Hours\t24x7x365, including public holidays"),
            QStringLiteral("Parts dispatch\tAfter remote diagnosis\tIn parallel with remote diagnosis"),
            QStringLiteral(
                "4.4 Parts stocking. For Mission Critical, Norhaven keeps critical parts at forward stocking "
                "locations in the cities listed in Appendix A. For Standard, parts are shipped from the "
                "European Parts Distribution Centre in Venlo, the Netherlands."),
            QStringLiteral(
                "On-site services may be delivered by Norhaven personnel or by a Norhaven Authorised Service "
                "Provider."),
            QStringLiteral("Country\tOn-site response"),
            QStringLiteral("Poland\t6 hours"),
            QStringLiteral("All other countries\tPer local Service Schedule"),
        }}));
        const QList<SlaTerm> coverage = termsOf(result, QStringLiteral("coverage"));
        QVERIFY(std::any_of(coverage.cbegin(), coverage.cend(), [](const SlaTerm &term) {
            return term.tier == QLatin1String("Standard") &&
                   term.values.value(QStringLiteral("start")).toString() == QLatin1String("08:00");
        }));
        const QList<SlaTerm> first = termsOf(result, QStringLiteral("parts_dispatch_first"));
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().tier, QStringLiteral("Mission Critical"));
        const QList<SlaTerm> stock = termsOf(result, QStringLiteral("parts_stock"));
        QVERIFY(!stock.isEmpty());
        for (const SlaTerm &term : stock) {
            const bool central = term.values.value(QStringLiteral("value")).toString() == QLatin1String("central");
            QCOMPARE(term.tier, central ? QStringLiteral("Standard") : QStringLiteral("Mission Critical"));
        }
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
    }
    void germanOfferWithAMeasureColumnAndGeneralTerms()
    {
        // A priority's rows named in a "Measure" column ("Qualified call-back" is the response); a "Measurement of
        // times" row under plans as columns says how each plan's times run; parts "held in our forward stock in
        // Munich"; prices fixed "for the first 12 months of the contract term" are not fixed, and the general terms
        // entitle the vendor "to adjust the agreed prices".
        const auto result = analyze(textDocument({{
            QStringLiteral("Service Level\tSystems"),
            QStringLiteral("Gold\tDell PowerEdge R760"),
            QStringLiteral("Silver\tHPE ProLiant DL380 Gen10"),
            QStringLiteral("2.1 Service windows"),
            QStringLiteral("\tGold\tSilver"),
            QStringLiteral("Service window\t24 x 7 x 365, including public holidays\tWorking days 07:00-19:00"),
            QStringLiteral("Measurement of times\tcalendar time, around the clock\twithin the service window only"),
            QStringLiteral("2.2 Response, on-site and restoration times"),
            QStringLiteral("Priority\tMeasure\tGold\tSilver"),
            QStringLiteral("Priority 1 - system down\tQualified call-back\t30 minutes\t2 hours"),
            QStringLiteral("\tEngineer on site\t4 hours\t8 hours"),
            QStringLiteral("3. Spare parts"),
            QStringLiteral(
                "Gold: new original manufacturer parts only. Parts are held in our forward stock in Munich."),
            QStringLiteral("4. Prices"),
            QStringLiteral(
                "Prices are fixed for the first 12 months of the contract term. Price adjustments thereafter "
                "are governed by section 6 of our General Terms and Conditions."),
            QStringLiteral("§ 6 Prices and payment"),
            QStringLiteral(
                "(2) For contracts with a term of more than twelve months, Isarwerk is entitled to adjust the "
                "agreed prices at the beginning of each contract year to reflect changes in wage and material "
                "costs."),
        }}));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).tier, QStringLiteral("Gold"));
        QCOMPARE(response.at(0).values.value(QStringLiteral("minutes")).toInt(), 30);
        QCOMPARE(response.at(0).values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        QCOMPARE(response.at(1).values.value(QStringLiteral("basis")).toString(), QStringLiteral("business"));
        const auto stock = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 1);
        QCOMPARE(stock.first().values.value(QStringLiteral("location")).toString(), QStringLiteral("Munich"));
        const auto revisions = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(revisions.size(), 1);
        QCOMPARE(revisions.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("unbounded"));
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
    }
    void taiwanContractWithArticlesAndANoteOnTheCurrency()
    {
        // "（新臺幣，含5%營業稅）" over the price table makes its bare amounts TWD; 新竹 is a city with a store;
        // "得使用原廠 新品或經乙方測試合格之整新品" leaves the pick to the vendor; 委由合作之在地服務廠商,
        // 得視業務需要調整服務流程, 依原廠備品價格及匯率變動情形調整 and 次一工作日 are findings; an inventory
        // "以…確認之清冊為準" starts no clock, and "不再按原廠備件價格調整" revises nothing.
        const auto result = analyze(textDocument({{
            QStringLiteral("第四條 服務等級"),
            QStringLiteral("等級\t回應時間\t到場時間"),
            QStringLiteral("A級\t30分鐘\t4小時"),
            QStringLiteral("C級\t4小時\t次一工作日"),
            QStringLiteral("第五條 備品"),
            QStringLiteral("一、A級設備更換之零件應為原廠全新品；C級設備得使用原廠新品或經乙方測試合格之整新品。"),
            QStringLiteral("二、乙方於新竹科學園區服務處設置備品庫，常備A級設備之硬碟及記憶體。"),
            QStringLiteral("三、台中廠區之到場服務，乙方得委由其合作之在地服務廠商執行。"),
            QStringLiteral("四、乙方得視業務需要調整服務流程及叫修窗口，並以書面通知甲方。"),
            QStringLiteral("第六條 費用"),
            QStringLiteral("一、第1年度維護費用如下表（新臺幣，含5%營業稅）："),
            QStringLiteral("等級\t數量\t單價（每台/年）"),
            QStringLiteral("A級\t12\t38,000"),
            QStringLiteral("C級\t30\t9,600"),
            QStringLiteral("二、第2年度維護費用，乙方得依原廠備品價格及匯率變動情形調整。"),
            QStringLiteral("三、第3年度起不再按原廠備件價格調整。"),
            QStringLiteral("註：各設備序號以乙方到場盤點並經甲方確認之清冊為準。"),
        }}));
        const auto prices = termsOf(result, QStringLiteral("price"));
        QVERIFY(!prices.isEmpty());
        for (const SlaTerm &price : prices)
            QCOMPARE(price.values.value(QStringLiteral("currency")).toString(), QStringLiteral("TWD"));
        const auto stock = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 1);
        QCOMPARE(stock.first().values.value(QStringLiteral("location")).toString(), QStringLiteral("新竹"));
        const auto parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(1).values.value(QStringLiteral("value")).toString(), QStringLiteral("vendor_discretion"));
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 0);
        bool nextDay = false;
        for (const Finding &finding : tw::test::findingsOf(result, QStringLiteral("day_basis")))
            nextDay = nextDay || finding.evidence.quote.contains(QStringLiteral("次一工作日"));
        QVERIFY(nextDay);
    }
    void serviceOptionsListedAsBulletsNameThePlans()
    {
        // "• Core Cover for development … servers" / "• Critical Cover for servers that …": list items opening with a
        // plan name and "for" name the plans of the table below, whose plan headers span their measures.
        const auto result = analyze(textDocument({{
            QStringLiteral("2. Service options"),
            QStringLiteral("The service is available at two levels, chosen per server on the order form:"),
            QStringLiteral("• Core Cover for development, test and non-critical production servers."),
            QStringLiteral("• Critical Cover for servers that support critical services."),
            QStringLiteral("5. Service levels"),
            QStringLiteral("Priority\tCore Cover\tCritical Cover"),
            QStringLiteral("Priority 1\tNext Business Day\t4 hours on site"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("Core Cover"), QStringLiteral("Critical Cover")}));
    }
    void groupRowUnderTheCentredPlanHeaders()
    {
        // A product sheet's matrix: the plans' centred headers, a group row "服务时间与响应", then rows whose labels
        // start left of the header's first cell. The rows are the header's table, so their values are the plans'.
        const auto result = analyze(tw::test::pdfPage(
            QStringLiteral("sheet.pdf"), {tw::test::boxLine(QStringLiteral("服务项目"), 110, 100, 36),
                                          tw::test::boxLine(QStringLiteral("基础版"), 228, 100, 27),
                                          tw::test::boxLine(QStringLiteral("增强版"), 331, 100, 27),
                                          tw::test::boxLine(QStringLiteral("尊享版"), 454, 100, 27),
                                          tw::test::boxLine(QStringLiteral("服务时间与响应"), 65, 124, 70),
                                          tw::test::boxLine(QStringLiteral("服务时间"), 65, 148, 36),
                                          tw::test::boxLine(QStringLiteral("5×9"), 234, 148, 15),
                                          tw::test::boxLine(QStringLiteral("7×24"), 335, 148, 20),
                                          tw::test::boxLine(QStringLiteral("7×24×365（含法定节假日）"), 411, 148, 112),
                                          tw::test::boxLine(QStringLiteral("远程技术支持响应"), 65, 166, 80),
                                          tw::test::boxLine(QStringLiteral("4 个工作小时内"), 228, 166, 60),
                                          tw::test::boxLine(QStringLiteral("30 分钟内"), 331, 166, 45),
                                          tw::test::boxLine(QStringLiteral("15 分钟内"), 454, 166, 40)}));
        QCOMPARE(result.tiers,
                 (QStringList{QStringLiteral("基础版"), QStringLiteral("增强版"), QStringLiteral("尊享版")}));
        const auto minutes = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(minutes.value(QStringLiteral("增强版 ")), 30);
        QCOMPARE(minutes.value(QStringLiteral("尊享版 ")), 15);
    }
    void serviceCataloguesCardsNameThePlans()
    {
        // A catalogue's service cards ("Service name | Platinum Server Care" over "Response | P1: 15 minutes"): grade,
        // kind of equipment and kind of support name the plans, and "Platinum targets run continuously in elapsed clock
        // time" speaks of the Platinum plan by its grade.
        QStringList lines;
        for (const QString &grade : {QStringLiteral("Platinum"), QStringLiteral("Gold")}) {
            lines << QStringLiteral("SRV-HW · %1 Server Care").arg(grade)
                  << QStringLiteral("Service name\t%1 Server Care").arg(grade)
                  << QStringLiteral("Response\tP1: %1 minutes").arg(grade == QLatin1String("Gold") ? 30 : 15);
        }
        lines << QStringLiteral(
            "Measuring times. Platinum targets run continuously in elapsed clock time, 24 hours a day "
            "including weekends and statutory holidays.");
        const auto result = analyze(textDocument({lines}));
        QCOMPARE(result.tiers,
                 (QStringList{QStringLiteral("Gold Server Care"), QStringLiteral("Platinum Server Care")}));
        const auto response = termsOf(result, QStringLiteral("response_time"), QStringLiteral("P1"));
        QCOMPARE(response.size(), 2);
        for (const SlaTerm &term : response) {
            const bool platinum = term.tier == QLatin1String("Platinum Server Care");
            QCOMPARE(term.values.value(QStringLiteral("basis")).toString() == QLatin1String("calendar"), platinum);
        }
    }

    void upgradeQuotedBesideTheCoverTheServersHaveNow()
    {
        // An OEM's offer compares the warranty the servers have now with the upgrade it quotes: only the upgrade is
        // promised, and as the one plan offered it names no tier. (The "（本次报价）" remark heads no price column.)
        const auto result = analyze(textDocument({{
            QStringLiteral("服务项目\t标准保修（现有）\t金牌服务（本次报价）"),
            QStringLiteral("服务时间\t5×9（周一至周五 8:30–17:30）\t7×24 小时（含法定节假日）"),
            QStringLiteral(
                "技术支持热线\t工作时间内电话支持，4 小时内回电\t7×24 小时 400 热线，30 分钟内工程师远程响应"),
            QStringLiteral("一级故障到场\t下一工作日上门\t4 小时到场"),
            QStringLiteral("远程监控\t无\t7×24 小时主动监控告警"),
            QStringLiteral("停产设备备件保障\t停产后 3 年\t停产后 5 年"),
        }}));
        QCOMPARE(result.tiers, QStringList());
        const auto coverage = termsOf(result, QStringLiteral("coverage"));
        QVERIFY(!coverage.isEmpty());
        for (const SlaTerm &term : coverage)
            QCOMPARE(term.values.value(QStringLiteral("hours_per_day")).toInt(), 24);
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 1);
        QCOMPARE(onsite.first().tier, QString());
        QCOMPARE(onsite.first().values.value(QStringLiteral("minutes")).toInt(), 240);
        const auto eol = termsOf(result, QStringLiteral("eol_parts_years"));
        QCOMPARE(eol.size(), 1);
        QCOMPARE(eol.first().values.value(QStringLiteral("value")).toInt(), 5);
    }

    void servicePlanLevelsUnderAServiceParameterCorner()
    {
        // "Service parameter | Service Level 1 (Critical) | Service Level 2 (Standard)": a generic corner over the
        // plans across, whose names look like levels.
        const auto result = analyze(textDocument({{
            QStringLiteral("Service parameter\tService Level 1 (Critical)\tService Level 2 (Standard)"),
            QStringLiteral("Coverage\t24 x 7, incl. Singapore public holidays\t8.30 am to 6.00 pm on Working Days"),
            QStringLiteral("Response Time\t30 minutes\t2 Office Hours"),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("Service Level 1 ")), 30);
        QCOMPARE(response.value(QStringLiteral("Service Level 2 ")), 120);
    }

    void productFamiliesOfAWarrantyPolicy()
    {
        // A maker's warranty policy: each product family ("产品系列") its own cover and on-site time.
        const auto result = analyze(textDocument({{
            QStringLiteral("产品系列\t典型型号\t标准保修期\t服务方式\t服务时间\t上门时限"),
            QStringLiteral(
                "R8 系列四路关键业务服务器\tR8860、R8680\t整机 5 年\t上门服务\t7×24 小时（含法定节假日）\t4 小时上门"),
            QStringLiteral("R5 系列双路机架服务器\tR5260、R5280\t整机 3 年\t上门服务\t5×9\t下一工作日上门（NBD）"),
        }}));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 2);
        QCOMPARE(onsite.at(0).tier, QStringLiteral("R8 系列四路关键业务服务器"));
        QCOMPARE(onsite.at(0).values.value(QStringLiteral("minutes")).toInt(), 240);
        QCOMPARE(onsite.at(1).tier, QStringLiteral("R5 系列双路机架服务器"));
    }

    void warrantyLevelColumnNamesTheTiers()
    {
        // A renewal's device list and fee table coded by "保修级别" (A级 / B级): the codes are the tiers.
        const auto result = analyze(textDocument({{
            QStringLiteral("保修级别\t台数\t单价（元/台/年）\t小计（元）"),
            QStringLiteral("A级\t18\t8,600.00\t154,800.00"),
            QStringLiteral("B级\t22\t4,800.00\t105,600.00"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("A级"), QStringLiteral("B级")}));
    }

    void serviceCardLevelsNamedByShorthand()
    {
        // A service card's levels "4H" and "NBD" under "服务等级": the shorthand names the tiers.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务等级\t服务时间\t响应时间\t到场时间"),
            QStringLiteral("4H\t7×24 小时（含法定节假日）\t30 分钟内\t4 小时内到场"),
            QStringLiteral("NBD\t5×9（周一至周五 9:00–18:00）\t2 个工作小时内\t下一个工作日到场"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("4H"), QStringLiteral("NBD")}));
        const QMap<QString, int> onsite = minutesByTierAndPriority(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.value(QStringLiteral("4H ")), 240);
    }

    void replacementWindowIsARepairTime()
    {
        // A hosting provider's "Replacement Window" (replace the failed part and return the server to service) is a
        // repair time.
        const auto result = analyze(textDocument({{
            QStringLiteral("\tPremium\tStandard"),
            QStringLiteral("Hardware support coverage\t24x7x365\t24x7x365"),
            QStringLiteral("Replacement Window\t1 hour\t4 hours"),
        }}));
        const QMap<QString, int> repair = minutesByTierAndPriority(result, QStringLiteral("resolution_time"));
        QCOMPARE(repair.value(QStringLiteral("Premium ")), 60);
        QCOMPARE(repair.value(QStringLiteral("Standard ")), 240);
    }

    void sameAsLeftCellPromisesTheLeftCell()
    {
        // "同左" under the quoted plan promises what the cell left of it says, for that plan.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务项目\t基础保修\t金牌服务"),
            QStringLiteral("服务时间\t5×8\t7×24 小时"),
            QStringLiteral("备件\t原厂全新备件\t同左"),
        }}));
        QStringList tiers;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_quality")))
            tiers << term.tier;
        tiers.sort();
        QCOMPARE(tiers, (QStringList{QStringLiteral("基础保修"), QStringLiteral("金牌服务")}));
    }

    void planSheetsOfFieldsNameTheirPlans()
    {
        // An annex gives each level its own two-column sheet ("级别名称 | 白金级" over "服务时间 | 7×24 小时"): the
        // sheet's values are its plan's.
        const auto result = analyze(textDocument({{
            QStringLiteral("附件二 服务级别说明"),
            QStringLiteral("级别名称\t白金级"),
            QStringLiteral("服务时间\t7×24 小时，含法定节假日"),
            QStringLiteral("响应时间\t30 分钟内电话响应"),
            QStringLiteral("到场时间\t4 小时内工程师到达现场"),
            QStringLiteral("各级别服务内容如下。"),
            QStringLiteral("级别名称\t金牌级"),
            QStringLiteral("服务时间\t7×24 小时"),
            QStringLiteral("响应时间\t2 小时内电话响应"),
            QStringLiteral("到场时间\t下一个工作日到场"),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("白金级 ")), 30);
        QCOMPARE(response.value(QStringLiteral("金牌级 ")), 120);
    }

    void serviceWindowsHeadedAsTiersNameThem()
    {
        // An MSP's SOW heads its plans "Service tier" and names them by their windows: "24x7" and "Business Hours"
        // are then plans, except where the clock is meant ("charged … during Business Hours").
        const auto result = analyze(textDocument({{
            QStringLiteral("Service tier\tServers\tFee per server per month"),
            QStringLiteral("24x7\t12\tAUD 385.00"),
            QStringLiteral("Business Hours (AEST)\t22\tAUD 195.00"),
            QString(),
            QStringLiteral("B1 Priorities and targets"),
            QString(),
            QStringLiteral("Priority\tBusiness Hours (AEST) Response\t24x7 Response"),
            QStringLiteral("P1 - Critical\t30 minutes\t15 minutes"),
            QString(),
            QStringLiteral("Out-of-scope work is charged at AUD 180 per hour during Business Hours."),
        }}));
        QCOMPARE(result.tiers, QStringList({QStringLiteral("24x7"), QStringLiteral("Business Hours")}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("Business Hours P1")), 30);
        QCOMPARE(response.value(QStringLiteral("24x7 P1")), 15);
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price"))) {
            if (price.values.value(QStringLiteral("amount")).toDouble() == 180)
                QVERIFY2(price.tier.isEmpty(), qPrintable(price.tier));
        }
    }

    void aThirdPartyOfferBesideTheMakersRenewal()
    {
        // A third-party maintainer sets its offer beside the maker's renewal: only its own column is promised, and a
        // cell's second tier label may follow the first part with no gap.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务器分为两类：核心生产系统（32 台）、一般业务系统（26 台）。"),
            QString(),
            QStringLiteral("对比项\t我司第三方维保方案\t原厂续保方案\t对比说明"),
            QStringLiteral("服务时间\t核心生产系统：7×24小时。一般业务系统：5×8小时。\t7×24小时\t一致"),
            QStringLiteral(
                "响应时间\t核心生产系统：15分钟内电话响应一般业务系统：工作时间内2小时响应\t30分钟内回电\t-"),
            QString(),
            QStringLiteral("四、服务范围与除外"),
            QString(),
            QStringLiteral("1. 本方案覆盖服务器硬件（主板、CPU、内存、硬盘、RAID 卡、电源、风扇）以及 BIOS、BMC、RAID "
                           "卡固件的故障诊断与升级。"),
            QString(),
            QStringLiteral("2. 以下情况不属于本方案服务范围：人为损坏或擅自改装。"),
        }}));
        QVERIFY2(!result.tiers.contains(QStringLiteral("我司第三方维保方案")),
                 qPrintable(result.tiers.join(QLatin1Char('|'))));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response,
                 (QMap<QString, int>{{QStringLiteral("核心生产系统 "), 15}, {QStringLiteral("一般业务系统 "), 120}}));
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 0);
    }

    void levelsByProductSeries()
    {
        // A maker's service product sets its levels per product series ("TS8000 系列"): a model number names a
        // device, but a series of them is a plan; "回电" and "到达" rows are service levels.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务项目\tTS8000 系列（关键业务服务器）\tTS5000 系列（双路机架服务器）"),
            QStringLiteral("服务时间\t7×24 小时\t5×9"),
            QStringLiteral("热线工程师回电\t15 分钟内回电\t30 分钟内回电"),
            QStringLiteral("现场工程师到达\t4 小时内到达现场\t下一工作日到达现场"),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response,
                 (QMap<QString, int>{{QStringLiteral("TS8000 系列 "), 15}, {QStringLiteral("TS5000 系列 "), 30}}));
    }

    void makersServiceProductTerms()
    {
        // A maker's service product: one regional store in each city listed before it, parts "new or as good as
        // new", a clock started by the maker's own dispatch and a renewal at the list price of the day.
        const auto result = analyze(textDocument({{
            QStringLiteral("天枢在天津设有中央备件库，并在北京、广州、成都设有区域备件库。"),
            QStringLiteral("更换部件为全新部件或性能等同于全新部件的部件。"),
            QStringLiteral("到场时限自天枢技术支持中心派发现场服务工单之时起计算。"),
            QStringLiteral("续保价格按续保时天枢公布的目录价执行。"),
        }}));
        QStringList stores;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_stock")))
            stores << term.values.value(QStringLiteral("value")).toString() + QLatin1Char(' ') +
                          term.values.value(QStringLiteral("location")).toString();
        QCOMPARE(stores, (QStringList{QStringLiteral("central 天津"), QStringLiteral("regional 北京"),
                                      QStringLiteral("regional 广州"), QStringLiteral("regional 成都")}));
        QCOMPARE(fieldsOf(result, QStringLiteral("parts_quality"), QStringLiteral("value")),
                 QStringList{QStringLiteral("new_or_equivalent")});
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        QCOMPARE(fieldsOf(result, QStringLiteral("price_adjustment"), QStringLiteral("value")),
                 QStringList{QStringLiteral("unbounded")});
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
    }

    void makersWarrantyPolicyPage()
    {
        // A maker's warranty page: each product line's "3 年上门保修" is its term, the note "5×9 指周一至周五
        // 9:00–18:00；7×24 指…含法定节假日" gives 5×9 its hours but no holiday rule (that is 7×24's), and the upgrade
        // packs named "无忧…" boast by their names only.
        const auto result = analyze(textDocument({{
            QStringLiteral("产品线\t标准保修期\t服务时间\t远程响应\t现场服务"),
            QStringLiteral("机架式服务器\t3 年上门保修\t5×9\t2 小时内\t下一个工作日上门"),
            QStringLiteral("刀片服务器\t3 年上门保修\t7×24\t30 分钟内\t4 小时内到场"),
            QStringLiteral("注 1：5×9 指周一至周五 9:00–18:00；7×24 指每周 7 天、每天 24 小时，含法定节假日。"),
            QStringLiteral("服务项目\t无忧增强版\t无忧关键业务版"),
            QStringLiteral("服务时间\t7×24\t7×24"),
            QStringLiteral("远程响应\t30 分钟内响应\t15 分钟内响应"),
            QStringLiteral("现场服务\t4 小时内到场\t2 小时内到场"),
            QStringLiteral("备件服务\t标准备件服务\t先发备件后诊断"),
        }}));
        QStringList terms;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("term_months")))
            terms << term.tier + QLatin1Char(' ') + term.values.value(QStringLiteral("value")).toString();
        QVERIFY2(terms.contains(QStringLiteral("机架式服务器 36")), qPrintable(terms.join(u',')));
        QStringList starts;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("coverage")))
            starts << term.tier + QLatin1Char(' ') + term.values.value(QStringLiteral("start")).toString();
        QVERIFY2(starts.contains(QStringLiteral("机架式服务器 09:00")), qPrintable(starts.join(u',')));
        QVERIFY(findingCount(result, QStringLiteral("day_basis")) > 0);
        QCOMPARE(findingCount(result, QStringLiteral("marketing_claim")), 0);
        QCOMPARE(termsOf(result, QStringLiteral("parts_dispatch_first")).size(), 1);
    }

    void internalSlaWithSpacedLevelNames()
    {
        // A group's internal SLA as a PDF spaces it: "A 级、B 级系统" names both levels (the class word shared), and a
        // fee "核减" (cut) for a late repair is a penalty, its amount no price.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务项目\tA 级系统\tB 级系统\tC 级系统"),
            QStringLiteral("响应时间\t15 分钟\t30 分钟\t2 个工作小时"),
            QStringLiteral("到场时间\t30 分钟\t2 小时\t下一个工作日"),
            QStringLiteral("注 1：A 级、B 级系统的各项时限按自然时间连续计算，不因夜间、周末及法定节假日中断。"),
            QStringLiteral(
                "8.2 A 级系统每发生一次一级事件恢复超时，核减该系统当月内部结算费用的 5%，另核减 5,000 元。"),
        }}));
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time"))) {
            if (term.tier != QStringLiteral("C 级系统"))
                QCOMPARE(term.values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        }
        QCOMPARE(tiersOf(result, QStringLiteral("penalty")), (QStringList{QStringLiteral("A 级系统")}));
        QCOMPARE(termsOf(result, QStringLiteral("price")).size(), 0);
    }

    void levelCodesThatReadLikeSeverities()
    {
        // "S1、S2、S3 3个服务等级": the codes across the matrix are the maker's levels, not Severity 1 to 3.
        const auto result = analyze(textDocument({{
            QStringLiteral("锐擎原厂服务提供 S1、S2、S3 3个服务等级，客户可按设备所承载的业务选择。"),
            QStringLiteral("服务项目\tS1\tS2\tS3"),
            QStringLiteral("服务时间\t7×24 小时\t7×24 小时\t5×8 小时"),
            QStringLiteral("热线响应\t15 分钟内响应\t30 分钟内响应\t2 个工作小时内响应"),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response,
                 (QMap<QString, int>{
                     {QStringLiteral("S1 "), 15}, {QStringLiteral("S2 "), 30}, {QStringLiteral("S3 "), 120}}));
    }

    void ticketPrioritiesAndArrivalAtTheRack()
    {
        // An IDC's packages: "紧急工单响应" over "一般工单响应" are the two priorities in rank order, and arriving at
        // the rack ("到达机柜现场操作") is the on-site time.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务项目\t基础代维\t标准代维"),
            QStringLiteral("紧急工单响应\t15 分钟内\t10 分钟内"),
            QStringLiteral("一般工单响应\t60 分钟内\t30 分钟内"),
            QStringLiteral("到达机柜现场操作\t2 小时内\t1 小时内"),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("基础代维 P1")), 15);
        QCOMPARE(response.value(QStringLiteral("标准代维 P2")), 30);
        const QMap<QString, int> onsite = minutesByTierAndPriority(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite, (QMap<QString, int>{{QStringLiteral("基础代维 "), 120}, {QStringLiteral("标准代维 "), 60}}));
    }

    void productSectionsOverSheetsOfFields()
    {
        // A maker's page of service products, each a numbered section over its own sheet of fields: the products
        // are the plans, though "基础保修服务" and "增强服务" end in the generic "服务". "快速响应包" is a product's
        // name.
        const auto result = analyze(textDocument({{
            QStringLiteral("二、服务产品"),
            QStringLiteral("1. 基础保修服务（延保）"),
            QStringLiteral("项目\t服务内容"),
            QStringLiteral("服务时间\t5×9，工作日 8:30–17:30，法定节假日除外"),
            QStringLiteral("响应\t4小时内电话响应"),
            QStringLiteral("到场\t下一个工作日到场"),
            QStringLiteral("价格（A档）\t1,350 元/台/年"),
            QStringLiteral("2. 增强服务"),
            QStringLiteral("项目\t服务内容"),
            QStringLiteral("服务时间\t7×24小时（含法定节假日）"),
            QStringLiteral("响应\t30分钟内电话响应"),
            QStringLiteral("到场\t4小时内到场"),
            QStringLiteral("价格（A档）\t3,280 元/台/年"),
            QStringLiteral("3. 关键业务服务（快速响应包）"),
            QStringLiteral("项目\t服务内容"),
            QStringLiteral("服务时间\t7×24×365，全年无休"),
            QStringLiteral("响应\t15分钟内电话响应"),
            QStringLiteral("到场\t2小时到场"),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response, (QMap<QString, int>{{QStringLiteral("基础保修服务 "), 240},
                                               {QStringLiteral("增强服务 "), 30},
                                               {QStringLiteral("关键业务服务 "), 15}}));
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
    }

    void plansEachInASheetOfTheirOwn()
    {
        // A service provider's article: each package under its own heading, in a two-column sheet headed by its name
        // ("服务项目 | 省心版"). Two sheets headed alike ("项目 | 要求") name no plans.
        const auto result = analyze(textDocument({{
            QStringLiteral("## 🟢 省心版｜测试机、边缘业务的“经济之选”"),
            QStringLiteral("服务项目\t省心版"),
            QStringLiteral("服务时间\t5×8（周一至周五 9:00–17:00）"),
            QStringLiteral("远程响应\t4小时内"),
            QStringLiteral("上门服务\t下一个工作日到场"),
            QStringLiteral("价格\t1,980 元/台/年"),
            QStringLiteral("## 🔵 安心版｜生产业务的“主力套餐”"),
            QStringLiteral("服务项目\t安心版"),
            QStringLiteral("服务时间\t7×24小时"),
            QStringLiteral("电话响应\t30分钟内"),
            QStringLiteral("上门服务\t8小时内到场"),
            QStringLiteral("价格\t3,680 元/台/年"),
            // (The third package in prose: a section of the same level whose name ends alike.)
            QStringLiteral("## 🔴 放心版｜核心数据库、交易系统的“贴身保镖”"),
            QStringLiteral("放心版提供 7×24×365 全天候服务，节假日无休，紧急故障十五分钟内响应。"),
        }}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("response_time")),
                 (QMap<QString, int>{{QStringLiteral("省心版 "), 240},
                                     {QStringLiteral("安心版 "), 30},
                                     {QStringLiteral("放心版 P1"), 15}}));
        const auto requirements = analyze(textDocument({{
            QStringLiteral("项目\t要求"),
            QStringLiteral("服务时间\t7×24小时"),
            QStringLiteral("响应\t30分钟内"),
            QStringLiteral("到场\t4小时内"),
            QStringLiteral("二、备件"),
            QStringLiteral("项目\t要求"),
            QStringLiteral("备件\t原厂新件"),
            QStringLiteral("备件库\t杭州本地备件库"),
            QStringLiteral("价格\t3,680 元/台/年"),
        }}));
        QCOMPARE(requirements.tiers, QStringList());
    }

    void levelsOfServiceInStars()
    {
        // "★★★★★ 五星服务" in the list of levels, and the stars alone across the table of times: both name the level
        // "五星" (a rating with empty stars, "★★★☆☆", names none).
        const auto result = analyze(tw::test::textDocument({{
            QStringLiteral("服务级别\t适用系统\t设备数量"),
            QStringLiteral("★★★★★ 五星服务\tERP 核心数据库\t8台"),
            QStringLiteral("★★★ 三星服务\t测试及备份服务器\t12台"),
            QStringLiteral("二、服务时限"),
            QStringLiteral("故障等级\t★★★\t★★★★★"),
            QStringLiteral("一级故障\t2小时内响应\t十五分钟内响应"),
            QStringLiteral("二级故障\t4小时内响应\t半小时内响应"),
            QStringLiteral("备件质量评价：★★★☆☆"),
        }}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("response_time")),
                 (QMap<QString, int>{{QStringLiteral("三星 P1"), 120},
                                     {QStringLiteral("三星 P2"), 240},
                                     {QStringLiteral("五星 P1"), 15},
                                     {QStringLiteral("五星 P2"), 30}}));
    }

    void prioritiesListedUnderEachSiteAfterALegend()
    {
        // "Each line reads Response / On-site / Restore", then a list of priorities under each site: the sites are
        // the tiers, and each line's times are the legend's kinds in its order.
        const auto result = analyze(tw::test::textDocument({{
            QStringLiteral("4.3 Targets"),
            QStringLiteral("Each line reads Response / On-site / Restore, where Restore means the server is returned "
                           "to service."),
            QStringLiteral("Tier III data centre (measured in clock hours, 24 x 7):"),
            QStringLiteral("P1: 15 min / 2 h / 4 h"),
            QStringLiteral("P2: 30 min / 4 h / 8 h"),
            QStringLiteral("Edge sites (measured in Business Hours only):"),
            QStringLiteral("P1: 30 min / 4 h / 8 h"),
            QStringLiteral("P2: 1 h / next business day / 2 business days"),
        }}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("response_time")),
                 (QMap<QString, int>{{QStringLiteral("Edge sites P1"), 30},
                                     {QStringLiteral("Edge sites P2"), 60},
                                     {QStringLiteral("Tier III data centre P1"), 15},
                                     {QStringLiteral("Tier III data centre P2"), 30}}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("onsite_time")),
                 (QMap<QString, int>{{QStringLiteral("Edge sites P1"), 240},
                                     {QStringLiteral("Edge sites P2"), 0},
                                     {QStringLiteral("Tier III data centre P1"), 120},
                                     {QStringLiteral("Tier III data centre P2"), 240}}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("resolution_time")),
                 (QMap<QString, int>{{QStringLiteral("Edge sites P1"), 480},
                                     {QStringLiteral("Edge sites P2"), 0},
                                     {QStringLiteral("Tier III data centre P1"), 240},
                                     {QStringLiteral("Tier III data centre P2"), 480}}));
    }

    void replacementTimesUnderTheirHeading()
    {
        // A colocation SLA's "Replacement Time" (ticket opened until the part is replaced and the server handed back)
        // is its time to restore, named only by the heading over the table.
        Document document = tw::test::textDocument(
            {{QStringLiteral("### 5.1 Replacement Times"), QStringLiteral("| Severity | Standard | Priority |"),
              QStringLiteral("|---|---|---|"),
              QStringLiteral("| Severity 1 – server down | Next Business Day | four (4) hours |"),
              QStringLiteral("| Severity 2 – redundant component failed | Next Business Day | 8 hours |")}},
            DocumentFormat::Text);
        document.fileName = QStringLiteral("sla.md");
        const auto result = analyze(document);
        QStringList restore;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("resolution_time")))
            restore << term.priority + QLatin1Char('=') +
                           (term.values.value(QStringLiteral("next_business_day")).toBool()
                                ? QStringLiteral("NBD")
                                : term.values.value(QStringLiteral("minutes")).toString());
        restore.sort();
        QCOMPARE(restore, (QStringList{QStringLiteral("P1=240"), QStringLiteral("P1=NBD"), QStringLiteral("P2=480"),
                                       QStringLiteral("P2=NBD")}));
    }

    void metricsWrittenAsBoundsInOneCell()
    {
        // A Chinese SLA matrix with English metrics stacked in each cell: "Response Time ≤ 15min Onsite 4h MTTR 8h"
        // (the bound binds the time to the metric before it; MTTR is the time to restore).
        const auto result = analyze(tw::test::textDocument({{
            QStringLiteral("机房\t设备型号\t数量\t服务等级"),
            QStringLiteral("主数据中心\tDell PowerEdge R750\t24\tPremier"),
            QStringLiteral("DR 机房\tLenovo ThinkSystem SR630\t6\tStandard"),
            QStringLiteral("3.2 SLA 矩阵"),
            QStringLiteral("Priority\t故障定义\tPremier\tStandard"),
            QStringLiteral(
                "P1（Critical）\t生产系统中断\tResponse Time ≤ 15min Onsite 4h MTTR 8h\tResponse Time ≤ 30min "
                "Onsite 8h MTTR N/A"),
            QStringLiteral(
                "P2（High）\t冗余部件失效\tResponse Time ≤ 30min Onsite 8h MTTR 24h\tResponse Time ≤ 1h Onsite "
                "24h MTTR N/A"),
        }}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("response_time")),
                 (QMap<QString, int>{{QStringLiteral("Premier P1"), 15},
                                     {QStringLiteral("Premier P2"), 30},
                                     {QStringLiteral("Standard P1"), 30},
                                     {QStringLiteral("Standard P2"), 60}}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("resolution_time")),
                 (QMap<QString, int>{{QStringLiteral("Premier P1"), 480}, {QStringLiteral("Premier P2"), 1440}}));
    }

    void levelCodesBesideTheGroupsTheyServe()
    {
        // A service order: the device groups and, in the last column, the framework's level each one gets ("S1",
        // not severity 1); the levels' times follow in a table headed "S1级 | S2级".
        const auto result = analyze(tw::test::textDocument({{
            QStringLiteral("序号\t组别\t数量（台）\t适用服务等级"),
            QStringLiteral("1\tA组（核心数据库）\t6\tS1"),
            QStringLiteral("2\tB组（WMS应用）\t8\tS2"),
            QStringLiteral("3\tC组（WMS数据库）\t2\tS2（按本订单第四条调整）"),
            QStringLiteral("三、服务等级"),
            QStringLiteral("指标\tS1级\tS2级"),
            QStringLiteral("电话响应（一级故障）\t15分钟\t30分钟"),
            QStringLiteral("工程师到场\t4小时\t8小时"),
        }}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("response_time")),
                 (QMap<QString, int>{{QStringLiteral("S1 P1"), 15}, {QStringLiteral("S2 P1"), 30}}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("onsite_time")),
                 (QMap<QString, int>{{QStringLiteral("S1 "), 240}, {QStringLiteral("S2 "), 480}}));
    }
};

QTEST_GUILESS_MAIN(TestPlanComparison)
#include "TestPlanComparison.moc"
