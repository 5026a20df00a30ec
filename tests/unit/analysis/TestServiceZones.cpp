// Proposals that set their levels by service zone ("Zone 1 (Skopje)" / "Zone 2 (Bitola, Ohrid)"): the zones are
// the tiers of a document that names no plans; beside plans they are only where a plan's engineer travels to.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/ContractAnalyzer.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::minutesByTierAndPriority;
using tw::test::termsOf;
using tw::test::textDocument;

class TestServiceZones : public QObject
{
    Q_OBJECT

private slots:
    void zonesAreTheTiersWhereNoPlanIsNamed()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("3. Service Hours"),
            QStringLiteral("3.1 Zone 1 (Skopje): service is available 24 x 7 x 365, including public holidays."),
            QStringLiteral("3.2 Zone 2 (Bitola, Ohrid): service is available during Working Hours."),
            QStringLiteral("4. Service Levels"),
            QStringLiteral("Priority\tResponse time (all sites)\tOn-site time Zone 1\tOn-site time Zone 2"),
            QStringLiteral("Priority 1 - Critical\t30 minutes\t4 hours\t8 hours"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("Zone 1"), QStringLiteral("Zone 2")}));
        const auto onsite = minutesByTierAndPriority(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.value(QStringLiteral("Zone 1 P1")), 240);
        QCOMPARE(onsite.value(QStringLiteral("Zone 2 P1")), 480);
    }

    void zonesBesidePlansAreNoTiers()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Plan\tCoverage\tOn-site (Zone A)\tOn-site (Zone B)"),
            QStringLiteral("Premier\t24x7\t4 hours\t8 hours"),
            QStringLiteral("Standard\tBusiness Hours\tNext Business Day\tSecond Business Day"),
            QStringLiteral("Zone A covers Auckland; Zone B the rest of the North Island."),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("Premier"), QStringLiteral("Standard")}));
    }

    void aCellForAllSitesIsNoSitesAlone()
    {
        // The sites are the table's columns; a response time merged across them says it is every site's.
        const auto result = analyze(textDocument(
            {{
                QStringLiteral("Table 1 - Service levels by site"),
                QStringLiteral("\tDushanbe\tKhujand\tBokhtar"),
                QStringLiteral("On-site service hours\t24 x 7, including public holidays\tBusiness Days, 08:00-17:00\t"
                               "Business Days, 08:00-17:00"),
                QStringLiteral("Response, P1\t30 minutes (all sites)"),
                QStringLiteral("On-site, P1\t4 hours\t8 Business Hours\tNext Business Day"),
                QStringLiteral("The Service Desk is staffed 24 hours a day, 7 days a week, all year round."),
            }},
            DocumentFormat::Text));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 1);
        QCOMPARE(response.first().tier, QString());
        QCOMPARE(response.first().priority, QStringLiteral("P1"));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("onsite_time")).value(QStringLiteral("Dushanbe P1")),
                 240);
        // ("All year round" takes in the holidays.)
        const QStringList holidays = tw::test::fieldsOf(result, QStringLiteral("coverage"), QStringLiteral("holidays"));
        QCOMPARE(holidays.count(QStringLiteral("true")), 2);
    }

    void sitesDownTheFirstColumnOfTheTimes()
    {
        // "Site | Severity 1 | Severity 2": the sites are the tiers of a document naming no plans; in an equipment
        // list ("Site | Model | Qty") they are not.
        const auto result = analyze(textDocument({{
            QStringLiteral("4.2 Attendance times"),
            QStringLiteral("Site\tSeverity 1\tSeverity 2\tSeverity 3"),
            QStringLiteral("Antananarivo\t4 hours\t8 hours\tNext Business Day"),
            QStringLiteral("Toamasina\tNext Business Day\t2 Business Days\t3 Business Days"),
            QStringLiteral("Antananarivo: 24 hours a day, 7 days a week, including Public Holidays."),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("Antananarivo"), QStringLiteral("Toamasina")}));
        QCOMPARE(
            minutesByTierAndPriority(result, QStringLiteral("onsite_time")).value(QStringLiteral("Antananarivo P2")),
            480);
        const auto inventory = analyze(textDocument({{
            QStringLiteral("Site\tModel\tQty"),
            QStringLiteral("Antananarivo\tDell PowerEdge R750\t18"),
            QStringLiteral("Toamasina\tHPE DL380 Gen10\t5"),
            QStringLiteral("Engineers attend within 4 hours."),
        }}));
        QVERIFY(inventory.tiers.isEmpty());
    }

    void aStoreIsWhereItIsKept()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("5.2 A forward stock of disks, memory modules and power supplies is kept at our Khujand "
                           "office."),
        }}));
        QCOMPARE(tw::test::fieldsOf(result, QStringLiteral("parts_stock"), QStringLiteral("location")),
                 QStringList{QStringLiteral("Khujand")});
    }

    void branchGroupsNameTheTiers()
    {
        // A bank's servers in two branch groups, each with its own times and price: "Branch group" heads the tiers.
        const auto result = analyze(textDocument({{
            QStringLiteral("Branch group\tSites\tQuantity"),
            QStringLiteral("Tripoli Group\tMain Data Centre (Head Office), Tripoli branches\t14"),
            QStringLiteral("Benghazi Group\tDisaster Recovery Site, Benghazi branches\t5"),
            QStringLiteral("For the Tripoli Group the service is provided 24 hours a day, seven days a week."),
            QStringLiteral("Branch group\tNumber of servers\tPrice per server per year"),
            QStringLiteral("Tripoli Group\t14\tUSD 4,500.00"),
            QStringLiteral("Benghazi Group\t5\tUSD 3,650.00"),
        }}));
        QMap<QString, double> prices;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            prices.insert(price.tier, price.values.value(QStringLiteral("amount")).toDouble());
        QCOMPARE(prices, (QMap<QString, double>{{QStringLiteral("Tripoli Group"), 4500},
                                                {QStringLiteral("Benghazi Group"), 3650}}));
    }

    void regionsOfAGroupNameTheTiers()
    {
        // A group's framework agreement: each subsidiary's region has its own levels ("地区 | 服务时间 | 响应时间"); a
        // list of service points by region ("地区 | 城市 | 地址") names no tiers.
        const auto result = analyze(textDocument({{
            QStringLiteral("地区\t城市\t服务网点地址"),
            QStringLiteral("华东\t上海\t浦东新区张江路 88 号"),
            QStringLiteral("华南\t广州\t天河区体育西路 10 号"),
            QStringLiteral("附表1 各地区服务等级对照表"),
            QStringLiteral("地区\t服务时间\t响应时间\t1级故障到场"),
            QStringLiteral("华东子公司\t7×24（含法定节假日）\t15分钟\t4小时"),
            QStringLiteral("西部子公司\t5×8（工作日9:00-17:00）\t30分钟\t8小时"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("华东子公司"), QStringLiteral("西部子公司")}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response,
                 (QMap<QString, int>{{QStringLiteral("华东子公司 "), 15}, {QStringLiteral("西部子公司 "), 30}}));
    }

    void levelsOfRoomsListedInATable()
    {
        // "3.2 主機房服務等級" / "3.3 備援機房服務等級" over the rooms' own tables: the tiers are the rooms the
        // equipment table lists, which the text names alone ("主機房：每星期7天…"). Without such a table the headings'
        // names stand.
        const auto rooms = analyze(textDocument({{
            QStringLiteral("機房\t地點\t數量"),
            QStringLiteral("主機房\t路氹城數據中心 B2 層\t36 台"),
            QStringLiteral("備援機房\t澳門半島南灣商業大廈 9 樓\t14 台"),
            QStringLiteral("主機房：每星期7天、每天24小時（7×24），全年無休。"),
            QStringLiteral("3.2 主機房服務等級"),
            QStringLiteral("一級故障：十五分鐘內響應。"),
            QStringLiteral("3.3 備援機房服務等級"),
            QStringLiteral("一級故障：一小時內響應。"),
        }}));
        QCOMPARE(rooms.tiers, (QStringList{QStringLiteral("主機房"), QStringLiteral("備援機房")}));
        QCOMPARE(tw::test::tiersOf(rooms, QStringLiteral("coverage")), QStringList{QStringLiteral("主機房")});
        const auto services = analyze(textDocument({{
            QStringLiteral("3.1 机柜服务等级"),
            QStringLiteral("可用性：每架机柜的电力可用性不低于 99.99%。"),
            QStringLiteral("3.2 服务器代维服务等级"),
            QStringLiteral("一级故障：十五分钟内响应。"),
        }}));
        QCOMPARE(services.tiers, (QStringList{QStringLiteral("机柜服务等级"), QStringLiteral("服务器代维服务等级")}));
    }

    void ageBandsAndSiteTypesNameTheTiers()
    {
        // A third-party maintainer's bands by the servers' age ("档位 | 故障级别 | 响应时间") and a grid company's
        // substations by type ("站点类型 | 服务器数量 | 单价") name the tiers; the bands a maker prices its models by
        // ("档位 | 适用机型 | 典型配置") name none.
        const auto bands = analyze(textDocument({{
            QStringLiteral("档位\t故障级别\t响应时间\t到场时间"),
            QStringLiteral("A档（5年以内）\t一级故障\t30分钟\t4小时"),
            QStringLiteral("B档（5至8年）\t一级故障\t1小时\t6小时"),
        }}));
        QCOMPARE(bands.tiers, (QStringList{QStringLiteral("A档"), QStringLiteral("B档")}));
        QCOMPARE(minutesByTierAndPriority(bands, QStringLiteral("onsite_time")),
                 (QMap<QString, int>{{QStringLiteral("A档 P1"), 240}, {QStringLiteral("B档 P1"), 360}}));
        const auto sites = analyze(textDocument({{
            QStringLiteral("站点类型\t服务器数量\t单价（元/台·年）"),
            QStringLiteral("枢纽变电站\t24 台\t8,600"),
            QStringLiteral("普通变电站\t86 台\t4,200"),
        }}));
        QCOMPARE(sites.tiers, (QStringList{QStringLiteral("枢纽变电站"), QStringLiteral("普通变电站")}));
        QCOMPARE(tw::test::tiersOf(sites, QStringLiteral("price")),
                 (QStringList{QStringLiteral("普通变电站"), QStringLiteral("枢纽变电站")}));
        const auto models = analyze(textDocument({{
            QStringLiteral("档位\t适用机型\t典型配置"),
            QStringLiteral("A档\tLJ-R2 系列\t单路/双路"),
            QStringLiteral("B档\tLJ-R4 系列\t四路"),
            QStringLiteral("基础保修服务：5×8，下一工作日到场。"),
        }}));
        QVERIFY(models.tiers.isEmpty());
    }

    void sitesNamedAfterEachMeasureInTheHeader()
    {
        // "On-site time Mogadishu | On-site time Hargeisa | Restoration target Mogadishu | …": the same names after
        // two measures are the sites' levels. After one measure alone they may be anything ("Response Remote |
        // Response On-site").
        const auto result = analyze(textDocument({{
            QStringLiteral("Severity\tResponse (all Sites)\tOn-site time Mogadishu\tOn-site time Hargeisa\t"
                           "Restoration target Mogadishu\tRestoration target Hargeisa"),
            QStringLiteral("Severity 1\t15 minutes\t2 hours\t4 hours\t6 hours\t12 hours"),
            QStringLiteral("Severity 2\t30 minutes\t4 hours\t8 hours\t12 hours\t24 hours"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("Mogadishu"), QStringLiteral("Hargeisa")}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("onsite_time")),
                 (QMap<QString, int>{{QStringLiteral("Hargeisa P1"), 240},
                                     {QStringLiteral("Hargeisa P2"), 480},
                                     {QStringLiteral("Mogadishu P1"), 120},
                                     {QStringLiteral("Mogadishu P2"), 240}}));
        const auto oneMeasure = analyze(textDocument({{
            QStringLiteral("Severity\tResponse Remote\tResponse On-site"),
            QStringLiteral("Severity 1\t15 minutes\t2 hours"),
            QStringLiteral("Severity 2\t30 minutes\t4 hours"),
        }}));
        QVERIFY(oneMeasure.tiers.isEmpty());
    }

    void captionOfTheNextTableCaughtAsARow()
    {
        // Two tables a caption parts, read as one (as a PDF's layout may join them): the caption row opens the
        // second tier's rows.
        const auto result = analyze(textDocument({{
            QStringLiteral("站点类型\t站点数量\t服务器数量"),
            QStringLiteral("枢纽变电站\t12 座\t24 台"),
            QStringLiteral("普通变电站\t86 座\t86 台"),
            QStringLiteral("表 3-1 枢纽变电站服务时限"),
            QStringLiteral("故障等级\t响应时限\t到场时限"),
            QStringLiteral("一级故障\t十五分钟\t2 小时"),
            QStringLiteral("二级故障\t30 分钟\t4 小时"),
            QStringLiteral("表 3-2 普通变电站服务时限\t\t"),
            QStringLiteral("一级故障\t30 分钟\t4 小时"),
            QStringLiteral("二级故障\t1 小时\t8 小时"),
        }}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("response_time")),
                 (QMap<QString, int>{{QStringLiteral("普通变电站 P1"), 30},
                                     {QStringLiteral("普通变电站 P2"), 60},
                                     {QStringLiteral("枢纽变电站 P1"), 15},
                                     {QStringLiteral("枢纽变电站 P2"), 30}}));
    }

    void numberedItemsRunningOnAfterThePlatformsName()
    {
        // "4.1 华为鲲鹏平台：…" runs on for several sentences; its siblings are short. The words before the colon name
        // the platform however long the item.
        const auto result = analyze(textDocument({{
            QStringLiteral("四、备件保障"),
            QStringLiteral(
                "4.1 华为鲲鹏平台：使用华为原厂全新备件，不使用翻新件、拆机件或兼容件。备件由华为南京区域备件中心供"
                "货；一级故障实行备件先行，即在故障诊断的同时调拨备件，不待诊断结论。设备停止服务后继续提供备件。"),
            QStringLiteral("4.2 曙光海光平台：使用曙光原厂全新备件，一般情况下次日送达。"),
            QStringLiteral("4.3 浪潮飞腾平台：备件为新件或经检测合格的翻新件，由我司自行选择。"),
        }}));
        QCOMPARE(tw::test::tiersOf(result, QStringLiteral("parts_quality")),
                 (QStringList{QStringLiteral("华为鲲鹏平台"), QStringLiteral("曙光海光平台"),
                              QStringLiteral("浪潮飞腾平台")}));
    }

    void serverPurposesNameTheTiers()
    {
        // "服务器用途 | 服务时间 | 响应时间": the levels of the database, application and backup servers; the equipment
        // list by purpose above it ("服务器用途 | 品牌型号 | 数量") names them only because the levels do.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务器用途\t服务时间\t响应时间\t工程师到场时间"),
            QStringLiteral("数据库服务器\t7×24小时（含法定节假日）\t十五分钟内\t2小时内"),
            QStringLiteral("备份服务器\t5×8小时（9:00—17:00）\t2个工作小时内\t下一个工作日"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("数据库服务器"), QStringLiteral("备份服务器")}));
        const auto list = analyze(textDocument({{
            QStringLiteral("服务器用途\t品牌型号\t数量"),
            QStringLiteral("数据库服务器\tDell PowerEdge R750\t4台"),
            QStringLiteral("备份服务器\tDell PowerEdge R650\t2台"),
            QStringLiteral("全部服务器：7×24小时服务，十五分钟内响应。"),
        }}));
        QVERIFY(list.tiers.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServiceZones)
#include "TestServiceZones.moc"
