#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"

#include "core/analysis/AnalysisJson.h"
#include "core/analysis/AnalysisText.h"
#include "core/analysis/ContractAnalyzer.h"

#include <QJsonDocument>
#include <QTest>
#include <algorithm>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::boxLine;
using tw::test::findingCount;
using tw::test::findingsOf;
using tw::test::minutesByTierAndPriority;
using tw::test::termsOf;
using tw::test::textDocument;
using tw::test::wordsLine;

class TestContractAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // An invalid built-in pattern shows up as a Qt warning at match time: fail on any warning.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    }

    void negatedRefurbishedIsOemNew()
    {
        const auto result =
            analyze(textDocument({{QStringLiteral("4.1 备件品质"),
                                   QStringLiteral("所有备件均为原厂全新件，不使用翻新件、拆机件或第三方兼容件。")}}));
        const auto parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("oem_new"));
        QCOMPARE(parts.first().evidence.quote, QStringLiteral("原厂全新件"));
        QVERIFY(findingsOf(result, QStringLiteral("parts_quality")).isEmpty());
    }

    void negationBeforeAListInEnglish()
    {
        const auto result = analyze(textDocument({{QStringLiteral(
            "New, genuine OEM parts. No refurbished parts will be used on this tier. We do not use third-party "
            "compatible parts.")}}));
        const auto parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("oem_new"));
        QVERIFY(findingsOf(result, QStringLiteral("parts_quality")).isEmpty());
    }

    void coverageWithHolidaysExcluded()
    {
        const auto result = analyze(textDocument(
            {{QStringLiteral("Coverage is Business Hours: 09:00–18:00 Monday–Friday excluding public holidays.")}}));
        const auto coverage = termsOf(result, QStringLiteral("coverage"));
        QCOMPARE(coverage.size(), 1);
        const QVariantMap v = coverage.first().values;
        QCOMPARE(v.value(QStringLiteral("days_per_week")).toInt(), 5);
        QCOMPARE(v.value(QStringLiteral("hours_per_day")).toInt(), 9);
        QCOMPARE(v.value(QStringLiteral("start")).toString(), QStringLiteral("09:00"));
        QCOMPARE(v.value(QStringLiteral("end")).toString(), QStringLiteral("18:00"));
        QCOMPARE(v.value(QStringLiteral("holidays")), QVariant(false));
    }

    void fullWidthCoverageWithHolidays()
    {
        const auto result =
            analyze(textDocument({{QStringLiteral("服务时间：７×２４小时，全年无休，含国家法定节假日。")}}));
        const auto coverage = termsOf(result, QStringLiteral("coverage"));
        QCOMPARE(coverage.size(), 1);
        QCOMPARE(coverage.first().values.value(QStringLiteral("days_per_week")).toInt(), 7);
        QCOMPARE(coverage.first().values.value(QStringLiteral("hours_per_day")).toInt(), 24);
        QCOMPARE(coverage.first().values.value(QStringLiteral("holidays")), QVariant(true));
        // No response time is read from "24小时" of a coverage grid.
        QVERIFY(termsOf(result, QStringLiteral("response_time")).isEmpty());
    }

    void numberWordsAndAHedgeOnANumber()
    {
        const auto result = analyze(textDocument({{QStringLiteral(
            "Keystone will respond within thirty (30) minutes and will use commercially reasonable efforts to "
            "arrive on site within four (4) hours.")}}));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(response.size(), 1);
        QCOMPARE(onsite.size(), 1);
        QCOMPARE(response.first().values.value(QStringLiteral("minutes")).toDouble(), 30.0);
        QCOMPARE(onsite.first().values.value(QStringLiteral("minutes")).toDouble(), 240.0);
        QVERIFY(onsite.first().evidence.quote.contains(QStringLiteral("four (4) hours")));
        const auto vague = findingsOf(result, QStringLiteral("vague_wording"));
        QCOMPARE(vague.size(), 1);
        // The finding quotes the phrase the hedge sits in (up to a semicolon or the sentence end).
        QCOMPARE(vague.first().evidence.quote,
                 QStringLiteral("Keystone will respond within thirty (30) minutes and will use commercially reasonable "
                                "efforts to arrive on site within four (4) hours."));
        QCOMPARE(vague.first().severity, Severity::High);
    }

    void findingsQuoteTheirPhraseAndKeepAListWhole()
    {
        // An English list stays in one quote; a time's colon does not end the phrase.
        const auto result = analyze(textDocument(
            {{QStringLiteral("Software, operating systems, firmware and hypervisors are excluded from this Agreement; "
                             "support runs 08:30 to 17:30 during Business Hours.")}}));
        const auto scope = findingsOf(result, QStringLiteral("scope_exclusion"));
        QCOMPARE(scope.size(), 1);
        QCOMPARE(
            scope.first().evidence.quote,
            QStringLiteral("Software, operating systems, firmware and hypervisors are excluded from this Agreement"));
        const auto basis = findingsOf(result, QStringLiteral("day_basis"));
        QVERIFY(!basis.isEmpty());
        QVERIFY2(basis.first().evidence.quote.contains(QStringLiteral("08:30 to 17:30")),
                 qPrintable(basis.first().evidence.quote));
    }

    void chineseHedgeNextToANumber()
    {
        const auto result = analyze(textDocument({{QStringLiteral("工程师原则上 4 小时内到达现场。")}}));
        QCOMPARE(termsOf(result, QStringLiteral("onsite_time")).size(), 1);
        const auto vague = findingsOf(result, QStringLiteral("vague_wording"));
        QCOMPARE(vague.size(), 1);
        QCOMPARE(vague.first().evidence.quote, QStringLiteral("工程师原则上 4 小时内到达现场"));
    }

    void docxPriorityGridUnderATierHeading()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("3.3 关键业务数据库层（24 台）——曜护·关键业务级"),
            QStringLiteral("故障级别\t响应时间\t工程师到场时间\t修复时间"),
            QStringLiteral("一级（紧急）\t15 分钟\t4 小时\t6 小时"),
            QStringLiteral("二级（严重）\t15 分钟\t4 小时\t12 小时"),
            QStringLiteral("四级（咨询）\t2 小时\t不适用（远程支持）\t3 个工作日内答复"),
            QStringLiteral("注：关键业务级各项时间均按自然小时连续计算。"),
            QStringLiteral("3.4 计时规则"),
            QStringLiteral("一级故障 30 分钟内响应。"),
        }}));
        const auto p1 = termsOf(result, QStringLiteral("onsite_time"), QStringLiteral("P1"));
        QCOMPARE(p1.size(), 1);
        QCOMPARE(p1.first().tier, QStringLiteral("关键业务数据库层"));
        QCOMPARE(p1.first().values.value(QStringLiteral("minutes")).toDouble(), 240.0);
        QCOMPARE(p1.first().values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        const auto p2 = termsOf(result, QStringLiteral("resolution_time"), QStringLiteral("P2"));
        QCOMPARE(p2.size(), 1);
        QCOMPARE(p2.first().values.value(QStringLiteral("minutes")).toDouble(), 720.0);
        // The column says resolution even though the cell says 答复.
        const auto p4 = termsOf(result, QStringLiteral("resolution_time"), QStringLiteral("P4"));
        QCOMPARE(p4.size(), 1);
        QCOMPARE(p4.first().values.value(QStringLiteral("basis")).toString(), QStringLiteral("business"));
        // A new section at the same level ends the tier.
        const auto later = termsOf(result, QStringLiteral("response_time"), QStringLiteral("P1"));
        QCOMPARE(later.size(), 2);
        QCOMPARE(later.last().tier, QString());
        QCOMPARE(later.last().values.value(QStringLiteral("minutes")).toDouble(), 30.0);
    }

    void wordSeverityScaleRanksFromTheTopAndTiersKeepTheirWrittenNames()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("二、服务级别承诺"),
            QStringLiteral("（一）一级保障"),
            QStringLiteral("服务时间：7×24 小时，节假日不休。"),
            QStringLiteral("故障等级\t响应\t到场"),
            QStringLiteral("严重\t15 分钟内\t2 小时内"),
            QStringLiteral("重要\t30 分钟内\t4 小时内"),
            QStringLiteral("一般\t1 小时内\t8 小时内"),
            QStringLiteral("（二）二级保障"),
            QStringLiteral("服务时间：周一至周五 8:30-17:30，法定节假日除外。"),
            QStringLiteral("故障等级\t响应\t到场"),
            QStringLiteral("严重\t1 小时内\t4 小时内"),
            QStringLiteral("一般\t2 小时内\t下一个工作日"),
        }}));
        // Sibling sub-headings name the tiers, reported as written (not the normalised "1级保障").
        QVERIFY2(result.tiers.contains(QStringLiteral("一级保障")), qPrintable(result.tiers.join(QLatin1Char('|'))));
        QVERIFY(result.tiers.contains(QStringLiteral("二级保障")));
        // No 紧急 above 严重: the scale 严重 / 重要 / 一般 is P1 / P2 / P3.
        const auto onsiteP1 = termsOf(result, QStringLiteral("onsite_time"), QStringLiteral("P1"));
        QCOMPARE(onsiteP1.size(), 2);
        QCOMPARE(onsiteP1.first().tier, QStringLiteral("一级保障"));
        QCOMPARE(onsiteP1.first().values.value(QStringLiteral("minutes")).toDouble(), 120.0);
        QCOMPARE(onsiteP1.last().tier, QStringLiteral("二级保障"));
        // Levels rank densely within each table: 二级保障's 严重 / 一般 are P1 / P2.
        QCOMPARE(termsOf(result, QStringLiteral("onsite_time"), QStringLiteral("P2")).size(), 2);
        const auto coverage = termsOf(result, QStringLiteral("coverage"));
        QCOMPARE(coverage.size(), 2);
        QCOMPARE(coverage.first().values.value(QStringLiteral("holidays")), QVariant(true));
        QCOMPARE(coverage.last().values.value(QStringLiteral("holidays")), QVariant(false));
        QCOMPARE(coverage.last().values.value(QStringLiteral("start")).toString(), QStringLiteral("08:30"));
    }

    void tableOfBareTimesTakesItsKindFromTheHeadingAndBasisFromTierNotes()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("1. Definitions"),
            QStringLiteral(
                "\"Business Day\" means Monday through Friday, excluding public holidays. Business Hours are "
                "8:00 am through 6:00 pm on each Business Day."),
            QStringLiteral("2. Service Levels"),
            QStringLiteral("Feature\tBasic\tPlus"),
            QStringLiteral("Support hours\t8 am to 6 pm, Monday-Friday\t24x7x365"),
            QStringLiteral("Parts\tNext Business Day\tNext Business Day"),
            QStringLiteral("3. Response Targets by Severity"),
            QStringLiteral("Severity\tBasic\tPlus"),
            QStringLiteral("Severity 1\t4 business hours\t1 hour"),
            QStringLiteral("4. How Targets Are Measured"),
            QStringLiteral("Plus targets run in elapsed clock hours, 24 hours a day, including public holidays."),
        }}));
        // The cells say only "1 hour"; the heading says they are response times.
        const auto response = termsOf(result, QStringLiteral("response_time"), QStringLiteral("P1"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.last().tier, QStringLiteral("Plus"));
        QCOMPARE(response.last().values.value(QStringLiteral("minutes")).toDouble(), 60.0);
        // "run in elapsed clock hours, 24 hours a day" is a note about Plus, not a time promised.
        QCOMPARE(response.last().values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        QCOMPARE(response.first().values.value(QStringLiteral("basis")).toString(), QStringLiteral("business"));
        // The Basic window's holiday rule comes from the definition of the business day.
        bool basicChecked = false;
        for (const SlaTerm &coverage : termsOf(result, QStringLiteral("coverage"))) {
            if (coverage.tier != QStringLiteral("Basic"))
                continue;
            QCOMPARE(coverage.values.value(QStringLiteral("holidays")), QVariant(false));
            QCOMPARE(coverage.values.value(QStringLiteral("start")).toString(), QStringLiteral("08:00"));
            basicChecked = true;
        }
        QVERIFY(basicChecked);
    }

    void commercialAndPartsWordingFromBlindCases()
    {
        const auto en = analyze(textDocument({{
            QStringLiteral("This is a three-year agreement."),
            QStringLiteral("Fees are subject to a 5% annual uplift."),
            QStringLiteral("All replacement parts are new and genuine."),
            QStringLiteral("For Severity 1 the part travels with the engineer."),
            QStringLiteral("The Comprehensive AMC fee is ₹ 21,500 per server per year."),
        }}));
        QCOMPARE(termsOf(en, QStringLiteral("term_months")).value(0).values.value(QStringLiteral("value")).toInt(), 36);
        const auto uplift = termsOf(en, QStringLiteral("price_adjustment"));
        QCOMPARE(uplift.size(), 1);
        QCOMPARE(uplift.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("capped"));
        QCOMPARE(uplift.first().values.value(QStringLiteral("percent")).toDouble(), 5.0);
        QCOMPARE(termsOf(en, QStringLiteral("parts_quality")).value(0).values.value(QStringLiteral("value")).toString(),
                 QStringLiteral("oem_new"));
        QCOMPARE(termsOf(en, QStringLiteral("parts_dispatch_first")).size(), 1);
        const auto price = termsOf(en, QStringLiteral("price"));
        QCOMPARE(price.size(), 1);
        QCOMPARE(price.first().values.value(QStringLiteral("currency")).toString(), QStringLiteral("INR"));
        QCOMPARE(price.first().values.value(QStringLiteral("amount")).toDouble(), 21500.0);
        const auto zh = analyze(
            textDocument({{QStringLiteral("续签价格随行就市。"), QStringLiteral("具体用什么备件以实际库存为准。")}}));
        QCOMPARE(
            termsOf(zh, QStringLiteral("price_adjustment")).value(0).values.value(QStringLiteral("value")).toString(),
            QStringLiteral("unbounded"));
        QCOMPARE(termsOf(zh, QStringLiteral("parts_quality")).value(0).values.value(QStringLiteral("value")).toString(),
                 QStringLiteral("unspecified"));
    }

    void siblingPlanParagraphsNameTheTiers()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Premier Support is what we propose for the core banking servers. Premier gives you 4-hour "
                           "on-site response, 24x7."),
            QStringLiteral("Standard Support is what we propose for the test servers. Calls are returned within 4 "
                           "business hours."),
            QStringLiteral("Total annual fee\tUSD 12,000"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("Premier Support"), QStringLiteral("Standard Support")}));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 1);
        QCOMPARE(onsite.first().tier, QStringLiteral("Premier Support"));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 1);
        QCOMPARE(response.first().tier, QStringLiteral("Standard Support"));
    }

    void notesAboutTimesAreNotPromisesOrDefinitions()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("1. Service levels"),
            QStringLiteral("\"Business Day\" means Monday to Friday other than public holidays."),
            QStringLiteral("Item\tPriority Response\tStandard Response"),
            QStringLiteral("On-site (Severity 1)\t4 hours\tNext Business Day"),
            QStringLiteral("Restore (Severity 1)\t8 hours\tNot committed"),
            QStringLiteral("2. Measurement"),
            QStringLiteral("All Priority Response times are elapsed hours."),
        }}));
        // The plan's name has "Response" in it; the note is about every kind of its times.
        QVERIFY2(result.tiers.contains(QStringLiteral("Priority Response")),
                 qPrintable(result.tiers.join(QLatin1Char('|'))));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"), QStringLiteral("P1"));
        QCOMPARE(onsite.size(), 2);
        QCOMPARE(onsite.first().tier, QStringLiteral("Priority Response"));
        QCOMPARE(onsite.first().values.value(QStringLiteral("minutes")).toDouble(), 240.0);
        QCOMPARE(onsite.first().values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        QVERIFY(onsite.last().values.value(QStringLiteral("next_business_day")).toBool());
        const auto restore = termsOf(result, QStringLiteral("resolution_time"), QStringLiteral("P1"));
        QCOMPARE(restore.size(), 1);
        QCOMPARE(restore.first().values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        // The definition of the business day is not a note about the times.
        QVERIFY(termsOf(result, QStringLiteral("response_time")).isEmpty());
    }

    void includedServicesInAFeatureMatrix()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Feature\tBasic\tPremier"),
            QStringLiteral("Support hours\t8 am to 6 pm, Monday-Friday\t24x7x365"),
            QStringLiteral("On-site response\tNext Business Day\t4 hours"),
            QStringLiteral("Proactive monitoring\tNot included\tIncluded"),
            QStringLiteral("Monthly service performance report\tNo\tYes"),
        }}));
        const auto services = termsOf(result, QStringLiteral("value_added"));
        QCOMPARE(services.size(), 2);
        for (const SlaTerm &service : services)
            QCOMPARE(service.tier, QStringLiteral("Premier"));
        QCOMPARE(services.first().values.value(QStringLiteral("value")).toString(),
                 QStringLiteral("remote_monitoring"));
        QCOMPARE(services.last().values.value(QStringLiteral("value")).toString(), QStringLiteral("sla_reporting"));
    }

    void priorityLeadOfAParagraphAndCompactUnits()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("P1 级故障：核心业务中断。乙方须在 4 个小时内恢复业务。"),
            QStringLiteral("服务项目\t铂金级\t金级"),
            QStringLiteral("电话响应\t15min 内\t30min 内"),
        }}));
        const auto restore = termsOf(result, QStringLiteral("resolution_time"), QStringLiteral("P1"));
        QCOMPARE(restore.size(), 1);
        QCOMPARE(restore.first().values.value(QStringLiteral("minutes")).toDouble(), 240.0);
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.first().values.value(QStringLiteral("minutes")).toDouble(), 15.0);
    }

    void romanNumeralSeverityAndDaysTimesHours()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("服务指标\t甲类设备\t乙类设备"),
            QStringLiteral("服务时间\t7 天x24 小时\t7 天x24 小时"),
            QStringLiteral("I 级故障 响应\t15 分钟\t30 分钟"),
            QStringLiteral("II 级故障 到场\t8 小时\t24 小时"),
        }}));
        QCOMPARE(termsOf(result, QStringLiteral("response_time"), QStringLiteral("P1")).size(), 2);
        QCOMPARE(termsOf(result, QStringLiteral("onsite_time"), QStringLiteral("P2")).size(), 2);
        const auto coverage = termsOf(result, QStringLiteral("coverage"));
        QVERIFY(!coverage.isEmpty());
        QCOMPARE(coverage.first().values.value(QStringLiteral("days_per_week")).toInt(), 7);
        QCOMPARE(coverage.first().values.value(QStringLiteral("hours_per_day")).toInt(), 24);
    }

    void bilingualTierColumnAndAPriorityColumn()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Group 系統類別\tSeverity 級別\tResponse 回應\tOn-site 到場"),
            QStringLiteral("Critical Systems\tSeverity 1\t15 minutes\t2 hours"),
            QStringLiteral("Critical Systems\tSeverity 2\t30 minutes\t4 hours"),
            QStringLiteral("General Systems\tall\t2 Business Hours\tNext Business Day"),
        }}));
        QVERIFY2(result.tiers.contains(QStringLiteral("Critical Systems")),
                 qPrintable(result.tiers.join(QLatin1Char('|'))));
        const auto p2 = termsOf(result, QStringLiteral("onsite_time"), QStringLiteral("P2"));
        QCOMPARE(p2.size(), 1);
        QCOMPARE(p2.first().tier, QStringLiteral("Critical Systems"));
        QCOMPARE(p2.first().values.value(QStringLiteral("minutes")).toDouble(), 240.0);
        const auto general = termsOf(result, QStringLiteral("response_time"), QString());
        QCOMPARE(general.size(), 1);
        QCOMPARE(general.first().tier, QStringLiteral("General Systems"));
    }

    void plansFromListItemsAndEnumerations()
    {
        const auto en = analyze(textDocument({{
            QStringLiteral("The core servers go on CareLink Enterprise and the branch servers on CareLink Essential."),
            QStringLiteral("If the problem needs hands-on work, we dispatch a technician:"),
            QStringLiteral("• Enterprise: Technician onsite in 4 hours, 24x7."),
            QStringLiteral("• Essential: Technician onsite next business day."),
            QStringLiteral("• Note: times are estimates."),
        }}));
        QVERIFY2(en.tiers.contains(QStringLiteral("Enterprise")), qPrintable(en.tiers.join(QLatin1Char('|'))));
        QVERIFY(!en.tiers.contains(QStringLiteral("Note")));
        const auto onsite = termsOf(en, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 2);
        QCOMPARE(onsite.first().tier, QStringLiteral("Enterprise"));
        QCOMPARE(onsite.last().tier, QStringLiteral("Essential"));
        auto markdown = [](const QStringList &lines) {
            Document document = textDocument({lines}, DocumentFormat::Text);
            document.fileName = QStringLiteral("proposal.md");
            return document;
        };
        const auto zh = analyze(markdown({{QStringLiteral(
            "本建议书将在保设备分为两个服务等级：核心级（集中交易，20台）和标准级（其他系统，32台）。")}}));
        QCOMPARE(zh.tiers, (QStringList{QStringLiteral("核心级"), QStringLiteral("标准级")}));
    }

    void bilingualRowLabelsAndTotalsRows()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("服务器分为生产系统（40 台）和测试系统（25 台）两个级别。"),
            QStringLiteral(
                "The servers fall into two tiers: Production Systems (40 units) and Test Systems (25 units)."),
            QStringLiteral("级别 Tier\t数量 Qty\t单价(人民币/台/年) CNY per server per year"),
            QStringLiteral("生产系统 Production Systems\t40\tCNY 7,560"),
            QStringLiteral("测试系统 Test Systems\t25\tCNY 2,880"),
            QStringLiteral("年度合计 Annual total\t\tCNY 374,400"),
        }}));
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 3);
        QCOMPARE(prices.at(0).tier, QStringLiteral("生产系统"));
        QCOMPARE(prices.at(0).values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
        QCOMPARE(prices.at(1).tier, QStringLiteral("测试系统"));
        QCOMPARE(prices.at(2).tier, QString());
        QCOMPARE(prices.at(2).values.value(QStringLiteral("per")).toString(), QStringLiteral("year"));
        QCOMPARE(prices.at(2).values.value(QStringLiteral("amount")).toDouble(), 374400.0);
    }

    void priorityRightAfterATimeAndServiceHours()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral(
                "A field engineer will arrive within four (4) hours for a Priority 1 Incident and within eight "
                "(8) hours for a Priority 2 Incident."),
            QStringLiteral("Item\tTarget"),
            QStringLiteral("Engineer visit (Pune)\tnext working day"),
            QStringLiteral("Priority 3 response\t4 Service Hours"),
        }}));
        const auto p2 = termsOf(result, QStringLiteral("onsite_time"), QStringLiteral("P2"));
        QCOMPARE(p2.size(), 1);
        QCOMPARE(p2.first().values.value(QStringLiteral("minutes")).toDouble(), 480.0);
        bool visit = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time")))
            visit = visit || term.values.value(QStringLiteral("next_business_day")).toBool();
        QVERIFY(visit);
        const auto p3 = termsOf(result, QStringLiteral("response_time"), QStringLiteral("P3"));
        QCOMPARE(p3.size(), 1);
        QCOMPARE(p3.first().values.value(QStringLiteral("basis")).toString(), QStringLiteral("business"));
    }

    void creditPerMissAndTotalsRowPeriods()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("核心级设备每发生一次到场或修复超时，扣减当季服务费的3%。"),
            QStringLiteral(
                "We credit 5% of the Monthly Charge for each target missed, up to 20% of the Monthly Charge."),
            QStringLiteral("服务类别\t数量\t小计(元/年)"),
            QStringLiteral("核心级\t20\t180,000"),
            QStringLiteral("合计\t20\t180,000"),
            QStringLiteral("3年合计\t\t540,000"),
        }}));
        const auto credits = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(credits.size(), 2);
        for (const SlaTerm &credit : credits)
            QCOMPARE(credit.values.value(QStringLiteral("per")).toString(), QStringLiteral("incident"));
        QCOMPARE(credits.last().values.value(QStringLiteral("cap_percent")).toDouble(), 20.0);
        QStringList pers;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            pers << price.values.value(QStringLiteral("per")).toString();
        // A bare 合计 row follows its per-year column; a 3年合计 row is the whole term.
        QVERIFY2(pers.contains(QStringLiteral("total")), qPrintable(pers.join(QLatin1Char(','))));
        QVERIFY(pers.contains(QStringLiteral("year")));
    }

    void morePlanNamingStyles()
    {
        // Lettered categories used throughout the document.
        const auto categories = analyze(textDocument({{
            QStringLiteral("Category A (production) servers are covered 24x7. Category B servers are covered in "
                           "Business Hours."),
            QStringLiteral("Category A: an engineer on site within 4 hours. Category B: next business day."),
        }}));
        QCOMPARE(categories.tiers, (QStringList{QStringLiteral("Category A"), QStringLiteral("Category B")}));
        // Numbered clauses titled with the plan, and "either X or Y".
        const auto clauses = analyze(textDocument({{
            QStringLiteral("1.8 Service Option means either Critical Care or Business Care."),
            QStringLiteral("2.1 Critical Care. Corvane will attend the Site within four (4) hours."),
            QStringLiteral("2.2 Business Care. Corvane will attend the Site on the next Business Day."),
        }}));
        QVERIFY2(clauses.tiers.contains(QStringLiteral("Critical Care")),
                 qPrintable(clauses.tiers.join(QLatin1Char('|'))));
        const auto onsite = termsOf(clauses, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 2);
        QCOMPARE(onsite.first().tier, QStringLiteral("Critical Care"));
        // Chinese list items and grade-named sections.
        const auto zh = analyze(textDocument({{
            QStringLiteral("- 核心机：跑数据库的那10台"),
            QStringLiteral("- 普通机：其他的"),
            QStringLiteral("一、基础服务"),
            QStringLiteral("提供 5×8 服务。"),
            QStringLiteral("二、增强服务"),
            QStringLiteral("提供 7×24 服务。"),
        }}));
        QVERIFY2(zh.tiers.contains(QStringLiteral("核心机")), qPrintable(zh.tiers.join(QLatin1Char('|'))));
        QVERIFY(zh.tiers.contains(QStringLiteral("普通机")));
        QVERIFY(zh.tiers.contains(QStringLiteral("增强服务")));
    }

    void boundsCompactUnitsAndCities()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Corvane will achieve a Response Time of no more than thirty (30) minutes."),
            QStringLiteral("Plan\tResponse\tPrice"),
            QStringLiteral("Standard\twithin 2hr\t$85/server/mo"),
            QStringLiteral("Premium\twithin 1hr\t$165/server/mo"),
            QStringLiteral("我方在九江市设有本地备件库。"),
        }}));
        bool thirty = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            thirty = thirty || term.values.value(QStringLiteral("minutes")).toDouble() == 30.0;
        QVERIFY(thirty);
        QCOMPARE(termsOf(result, QStringLiteral("response_time")).size(), 3);
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            QCOMPARE(price.values.value(QStringLiteral("per")).toString(), QStringLiteral("server_month"));
        const auto stock = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 1);
        QCOMPARE(stock.first().values.value(QStringLiteral("location")).toString(), QStringLiteral("九江"));
    }

    void informalChineseWording()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("核心机给您做7x24，节假日也有人值班。"),
            QStringLiteral("核心机：电话15分钟内回，4H到场。"),
            QStringLiteral("备件从上海总仓调。"),
            QStringLiteral("明年续签价格按当时行情再定。"),
        }}));
        QCOMPARE(termsOf(result, QStringLiteral("coverage")).value(0).values.value(QStringLiteral("holidays")),
                 QVariant(true));
        QCOMPARE(termsOf(result, QStringLiteral("response_time"))
                     .value(0)
                     .values.value(QStringLiteral("minutes"))
                     .toDouble(),
                 15.0);
        QCOMPARE(
            termsOf(result, QStringLiteral("parts_stock")).value(0).values.value(QStringLiteral("value")).toString(),
            QStringLiteral("central"));
        QCOMPARE(termsOf(result, QStringLiteral("price_adjustment"))
                     .value(0)
                     .values.value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("unbounded"));
    }

    void complianceTableTakesTheVendorsResponse()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Category A servers are production; Category B servers are test."),
            QStringLiteral("Ref\tRequirement\tResponse\tComply"),
            QStringLiteral("SL-02\tCategory A: an engineer shall call the Customer back within 30 minutes, as soon as "
                           "possible.\tQualified engineer call-back within 20 minutes.\tY"),
            QStringLiteral(
                "SL-05\tCategory B: call-back within 4 Business Hours.\tCall-back within 4 Business Hours.\tY"),
        }}));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        // The offer (20 minutes), not the requirement (30 minutes), for the tier the requirement names.
        QCOMPARE(response.first().tier, QStringLiteral("Category A"));
        QCOMPARE(response.first().values.value(QStringLiteral("minutes")).toDouble(), 20.0);
        QCOMPARE(response.last().tier, QStringLiteral("Category B"));
        // The buyer's "as soon as possible" is not the vendor's vague wording.
        QVERIFY(findingsOf(result, QStringLiteral("vague_wording")).isEmpty());
    }

    void partsStatementsPerChineseClauseAndInformalEnglish()
    {
        const auto zh = analyze(textDocument({{
            QStringLiteral("服务器分为核心服务器和非核心服务器两类。"),
            QStringLiteral("核心服务器更换原厂全新备件，非核心服务器使用经原厂认证的翻新备件。"),
        }}));
        const auto parts = termsOf(zh, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.first().tier, QStringLiteral("核心服务器"));
        QCOMPARE(parts.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("oem_new"));
        QCOMPARE(parts.last().tier, QStringLiteral("非核心服务器"));
        QCOMPARE(parts.last().values.value(QStringLiteral("value")).toString(),
                 QStringLiteral("certified_refurbished"));
        const auto en = analyze(textDocument({{QStringLiteral(
            "Parts: new or refurb, our call. Common parts sit on the shelf at our Wichita shop. Rates can change at "
            "renewal.")}}));
        QCOMPARE(termsOf(en, QStringLiteral("parts_quality")).value(0).values.value(QStringLiteral("value")).toString(),
                 QStringLiteral("vendor_discretion"));
        QCOMPARE(
            termsOf(en, QStringLiteral("parts_stock")).value(0).values.value(QStringLiteral("location")).toString(),
            QStringLiteral("Wichita"));
        QCOMPARE(
            termsOf(en, QStringLiteral("price_adjustment")).value(0).values.value(QStringLiteral("value")).toString(),
            QStringLiteral("unbounded"));
    }

    void moreValueAddedWordingAndALaterOpenPrice()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral(
                "乙方负责BIOS、BMC及RAID卡固件的升级；每月5日前提交上月运维服务月报；每半年免费除尘保养一次。"),
            QStringLiteral("Charges are fixed for the first year and thereafter subject to annual review."),
        }}));
        QStringList values;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added")))
            values << term.values.value(QStringLiteral("value")).toString();
        QVERIFY2(values.contains(QStringLiteral("software_support")), qPrintable(values.join(QLatin1Char(','))));
        QVERIFY(values.contains(QStringLiteral("sla_reporting")));
        QVERIFY(values.contains(QStringLiteral("preventive_maintenance")));
        QStringList adjustments;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price_adjustment")))
            adjustments << term.values.value(QStringLiteral("value")).toString();
        // (Fixed for the first year only is no fixed price: what follows it is the price's revision.)
        QCOMPARE(adjustments, (QStringList{QStringLiteral("unbounded")}));
    }

    void gradedDeviceClassesAndAContractTypeColumn()
    {
        const auto zh = analyze(textDocument({{
            QStringLiteral("附件一中标注为“核心设备”的12台服务器承载数据库，其余36台为一般设备。"),
            QStringLiteral("对于核心设备，乙方工程师应在接到报修后4小时内到达现场；一般设备下一个工作日到场。"),
        }}));
        QCOMPARE(zh.tiers, (QStringList{QStringLiteral("核心设备"), QStringLiteral("一般设备")}));
        const auto onsite = termsOf(zh, QStringLiteral("onsite_time"));
        QVERIFY(!onsite.isEmpty());
        QCOMPARE(onsite.first().tier, QStringLiteral("核心设备"));
        const auto en = analyze(textDocument({{
            QStringLiteral("AMC type\tCoverage\tPrice"),
            QStringLiteral("Comprehensive AMC\tParts and labour\tINR 21,500 per server per year"),
            QStringLiteral("Non-Comprehensive AMC\tLabour only\tINR 8,900 per server per year"),
        }}));
        QVERIFY2(en.tiers.contains(QStringLiteral("Comprehensive AMC")), qPrintable(en.tiers.join(QLatin1Char('|'))));
        QCOMPARE(termsOf(en, QStringLiteral("price")).value(1).tier, QStringLiteral("Non-Comprehensive AMC"));
    }

    void twelveHourClockCoverage()
    {
        const auto result = analyze(textDocument(
            {{QStringLiteral("Silver coverage: Monday through Friday, 8am-5pm local time, excluding US federal "
                             "holidays.")}}));
        const auto coverage = termsOf(result, QStringLiteral("coverage"));
        QCOMPARE(coverage.size(), 1);
        QCOMPARE(coverage.first().values.value(QStringLiteral("start")).toString(), QStringLiteral("08:00"));
        QCOMPARE(coverage.first().values.value(QStringLiteral("end")).toString(), QStringLiteral("17:00"));
        QCOMPARE(coverage.first().values.value(QStringLiteral("hours_per_day")).toInt(), 9);
        QCOMPARE(coverage.first().values.value(QStringLiteral("holidays")), QVariant(false));
    }

    void tiersAsColumnsOfAMatrix()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("服务项目\t关键业务级\t一般业务级"),
            QStringLiteral("电话响应\t15分钟内\t2小时内（服务时间内）"),
            QStringLiteral("工程师到场\t4小时内\t下一个工作日"),
            QStringLiteral("故障修复\t8小时内\t到场后2个工作日内"),
        }}));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).tier, QStringLiteral("关键业务级"));
        QCOMPARE(response.at(0).values.value(QStringLiteral("minutes")).toDouble(), 15.0);
        QCOMPARE(response.at(1).tier, QStringLiteral("一般业务级"));
        QCOMPARE(response.at(1).values.value(QStringLiteral("basis")).toString(), QStringLiteral("business"));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 2);
        QCOMPARE(onsite.at(1).values.value(QStringLiteral("next_business_day")).toBool(), true);
        QVERIFY(!onsite.at(1).values.contains(QStringLiteral("minutes")));
        // Business days have no fixed length in minutes: the count and the basis are given instead.
        const auto fix = termsOf(result, QStringLiteral("resolution_time"));
        QCOMPARE(fix.size(), 2);
        QVERIFY(!fix.at(1).values.contains(QStringLiteral("minutes")));
        QCOMPARE(fix.at(1).values.value(QStringLiteral("business_days")).toDouble(), 2.0);
        QCOMPARE(fix.at(1).values.value(QStringLiteral("basis")).toString(), QStringLiteral("business"));
    }

    void aClauseNamingTwoTiersHoldsForEach()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("服务层级\t数量"),
            QStringLiteral("核心生产\t20"),
            QStringLiteral("一般生产\t40"),
            QStringLiteral("服务时间：核心生产与一般生产均为 7x24 小时（含法定节假日）。"),
        }}));
        const auto coverage = termsOf(result, QStringLiteral("coverage"));
        QCOMPARE(coverage.size(), 2);
        QCOMPARE(coverage.at(0).tier, QStringLiteral("核心生产"));
        QCOMPARE(coverage.at(1).tier, QStringLiteral("一般生产"));
        QCOMPARE(coverage.at(1).values.value(QStringLiteral("holidays")), QVariant(true));
    }

    void pdfGridReadRowByRowFromBoxes()
    {
        Document document;
        document.fileName = QStringLiteral("grid.pdf");
        document.format = DocumentFormat::Pdf;
        Page page;
        page.number = 1;
        page.width = 595;
        page.height = 842;
        page.lines = {boxLine(QStringLiteral("Priority"), 72, 100, 50),
                      boxLine(QStringLiteral("Response Time"), 200, 100, 80),
                      boxLine(QStringLiteral("On-site Time"), 330, 100, 70),
                      boxLine(QStringLiteral("P1"), 72, 125, 15),
                      boxLine(QStringLiteral("30 minutes"), 200, 125, 60),
                      boxLine(QStringLiteral("4 hours"), 330, 125, 40),
                      boxLine(QStringLiteral("P2"), 72, 150, 15),
                      boxLine(QStringLiteral("1 hour"), 200, 150, 35),
                      boxLine(QStringLiteral("8 hours"), 330, 150, 40)};
        document.pages = {page};
        const auto result = analyze(document);
        const auto p1 = termsOf(result, QStringLiteral("response_time"), QStringLiteral("P1"));
        QCOMPARE(p1.size(), 1);
        QCOMPARE(p1.first().values.value(QStringLiteral("minutes")).toDouble(), 30.0);
        QCOMPARE(p1.first().evidence.quote, QStringLiteral("30 minutes"));
        QCOMPARE(p1.first().evidence.page, 1);
        QCOMPARE(p1.first().evidence.box, (BoundingBox{200, 125, 60, 12}));
        const auto p2 = termsOf(result, QStringLiteral("onsite_time"), QStringLiteral("P2"));
        QCOMPARE(p2.size(), 1);
        QCOMPARE(p2.first().values.value(QStringLiteral("minutes")).toDouble(), 480.0);
    }

    void tightlyRuledFeatureSheet()
    {
        // Rows 16 pt apart with 11.7 pt line boxes (a gap of under half a line), a first-column cell
        // wrapped over two lines at the top, an offering price table below whose first header is
        // "Offering", a cell continued on the line below in its own column.
        auto line = [](const QString &text, double x, double y, double width) {
            return TextLine{text, BoundingBox{x, y, width, 11.7}, {}};
        };
        Document document;
        document.fileName = QStringLiteral("sheet.pdf");
        document.format = DocumentFormat::Pdf;
        Page page;
        page.number = 1;
        page.width = 595;
        page.height = 842;
        page.lines = {
            line(QStringLiteral("Service"), 65, 190, 35),
            line(QStringLiteral("items"), 65, 200.4, 25),
            line(QStringLiteral("Foundation"), 268, 195.2, 49),
            line(QStringLiteral("Advantage"), 357, 195.2, 46),
            line(QStringLiteral("Severity 1 callback"), 65, 216.9, 75),
            line(QStringLiteral("4 business hours"), 268, 216.9, 68),
            line(QStringLiteral("1 hour"), 357, 216.9, 26),
            line(QStringLiteral("Severity 2 callback"), 65, 233.3, 75),
            line(QStringLiteral("Next business day"), 268, 233.3, 74),
            line(QStringLiteral("2 hours"), 357, 233.3, 30),
            line(QStringLiteral("Onsite response"), 65, 249.7, 70),
            line(QStringLiteral("NBD"), 268, 249.7, 19),
            line(QStringLiteral("4 hours"), 357, 249.7, 30),
            line(QStringLiteral("Offering"), 65, 300, 35),
            line(QStringLiteral("Foundation"), 268, 300, 49),
            line(QStringLiteral("Advantage"), 357, 300, 46),
            line(QStringLiteral("Per system per year"), 65, 316.4, 80),
            line(QStringLiteral("$390"), 268, 316.4, 20),
            line(QStringLiteral("$1,120"), 357, 316.4, 28),
            line(QStringLiteral("Contract term"), 65, 360, 60),
            line(QStringLiteral("Prices are per system per year for a 36-month service contract, billed"), 268, 360,
                 260),
            line(QStringLiteral("annually in advance, and are fixed for the contract term."), 268, 370.4, 240),
            line(QStringLiteral("Parts are stocked for 7 years after the end-of-sale date of each model."), 65, 420,
                 320)};
        document.pages = {page};
        const auto result = analyze(document);
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("Foundation"), QStringLiteral("Advantage")}));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 2);
        QCOMPARE(onsite.at(0).tier, QStringLiteral("Foundation"));
        QVERIFY(onsite.at(0).values.value(QStringLiteral("next_business_day")).toBool());
        QCOMPARE(onsite.at(1).tier, QStringLiteral("Advantage"));
        QCOMPARE(onsite.at(1).values.value(QStringLiteral("minutes")).toDouble(), 240.0);
        QCOMPARE(termsOf(result, QStringLiteral("response_time"), QStringLiteral("P2")).size(), 2);
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        QCOMPARE(prices.at(1).tier, QStringLiteral("Advantage"));
        QCOMPARE(prices.at(1).values.value(QStringLiteral("amount")).toDouble(), 1120.0);
        const auto months = termsOf(result, QStringLiteral("term_months"));
        QCOMPARE(months.size(), 1);
        QCOMPARE(months.first().values.value(QStringLiteral("value")).toInt(), 36);
        const auto adjustment = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustment.size(), 1);
        QCOMPARE(adjustment.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("fixed"));
    }

    void measureRowsUnderATierLikeHeaderAndNotesAboutOneTier()
    {
        // "Service Level | Enhanced | Essential" over measures: the plans run across. A table introduced
        // by "the following Service Levels:" takes the plan that paragraph names; a note about Premier's
        // clock hours does not reach the other plans of its section; a credit "per Service Level Failure"
        // is per incident although it is a share of the monthly fee.
        const auto result = analyze(textDocument({{
            QStringLiteral("2.1 Plans. Each server is assigned to one of three service plans: Premier, Enhanced or "
                           "Essential."),
            QStringLiteral("4. Service Levels"),
            QStringLiteral("4.1 Premier. For Covered Equipment on the Premier Plan, Tamarack shall meet the "
                           "following Service Levels:"),
            QStringLiteral("Priority\tResponse Time\tOnsite Time"),
            QStringLiteral("P1\tFifteen (15) minutes\tFour (4) hours"),
            QStringLiteral("(a) Premier Service Levels expressed in hours are elapsed clock hours, running without "
                           "interruption for nights, weekends and Holidays."),
            QStringLiteral("4.2 Enhanced and Essential. For Covered Equipment on the Enhanced or Essential Plan:"),
            QStringLiteral("Service Level\tEnhanced\tEssential"),
            QStringLiteral("Response Time (all Priorities)\tOne (1) hour\tFour (4) Business Hours"),
            QStringLiteral("Onsite Time - P1\tEight (8) hours\tNext Business Day"),
            QStringLiteral("5. Service Credits"),
            QStringLiteral("Tamarack credits 10% of the Monthly Fee per Service Level Failure, up to 20% of the "
                           "Monthly Fee."),
        }}));
        QStringList tiers = result.tiers;
        tiers.sort();
        QCOMPARE(tiers,
                 (QStringList{QStringLiteral("Enhanced"), QStringLiteral("Essential"), QStringLiteral("Premier")}));
        const auto p1 = termsOf(result, QStringLiteral("onsite_time"), QStringLiteral("P1"));
        QCOMPARE(p1.size(), 3);
        QCOMPARE(p1.at(0).tier, QStringLiteral("Premier"));
        QCOMPARE(p1.at(0).values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        QCOMPARE(p1.at(1).tier, QStringLiteral("Enhanced"));
        QVERIFY(p1.at(1).values.value(QStringLiteral("basis")).isNull());
        const auto credits = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(credits.size(), 1);
        QCOMPARE(credits.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("incident"));
        QCOMPARE(credits.first().values.value(QStringLiteral("cap_percent")).toDouble(), 20.0);
    }

    void plainTextTableInFixedWidthColumns()
    {
        // An e-mail quote: columns lined up with spaces under a dashed rule; the support level column
        // names the tiers and each row's price belongs to its tier.
        Document document =
            textDocument({{QStringLiteral("Hi Sam, here is the renewal. All prices in USD."),
                           QStringLiteral("Qty  Server             Support level                      Per unit"),
                           QStringLiteral("---  -----------------  ---------------------------------  ----------"),
                           QStringLiteral(" 2   Dell R750 (SQL)    ProSupport 4hr Mission Critical    $2,940.00"),
                           QStringLiteral(" 5   Dell R440          NBD Basic                            $310.00"),
                           QStringLiteral("What you're getting, in short: the same cover as this year.")}},
                         DocumentFormat::Text);
        document.fileName = QStringLiteral("quote.txt");
        const auto result = analyze(document);
        QCOMPARE(result.tiers,
                 (QStringList{QStringLiteral("ProSupport 4hr Mission Critical"), QStringLiteral("NBD Basic")}));
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        QCOMPARE(prices.at(0).tier, QStringLiteral("ProSupport 4hr Mission Critical"));
        QCOMPARE(prices.at(0).values.value(QStringLiteral("amount")).toDouble(), 2940.0);
        QCOMPARE(prices.at(0).evidence.quote, QStringLiteral("$2,940.00"));
        QCOMPARE(prices.at(1).tier, QStringLiteral("NBD Basic"));
        QCOMPARE(prices.at(1).values.value(QStringLiteral("amount")).toDouble(), 310.0);
    }

    void numberedDeviceClassesCoordinatedInANote()
    {
        // "设备类别" heads a tier column; "一类、二类设备" in a note names both classes; a 小计 column in a
        // table with a service-period column is the whole term's amount.
        const auto result = analyze(textDocument({{
            QStringLiteral("5.2 服务级别"),
            QStringLiteral("设备类别\t服务时间\t响应时间"),
            QStringLiteral("一类设备\t7×24小时\t15分钟"),
            QStringLiteral("二类设备\t7×24小时\t半小时"),
            QStringLiteral("三类设备\t5×8小时\t2小时"),
            QStringLiteral("注：一类、二类设备的上述时限按自然小时连续计算；三类设备的时限按工作时间计算。"),
            QStringLiteral("七、报价"),
            QStringLiteral("序号\t设备类别\t数量(台)\t单价(元/台/年)\t服务期(年)\t小计(元)"),
            QStringLiteral("1\t一类设备\t8\t9800\t3\t235200"),
        }}));
        QCOMPARE(result.tiers,
                 (QStringList{QStringLiteral("一类设备"), QStringLiteral("二类设备"), QStringLiteral("三类设备")}));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 3);
        QCOMPARE(response.at(1).tier, QStringLiteral("二类设备"));
        QCOMPARE(response.at(1).values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        QCOMPARE(response.at(2).values.value(QStringLiteral("basis")).toString(), QStringLiteral("business"));
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        QCOMPARE(prices.at(0).values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
        QCOMPARE(prices.at(1).values.value(QStringLiteral("amount")).toDouble(), 235200.0);
        QCOMPARE(prices.at(1).values.value(QStringLiteral("per")).toString(), QStringLiteral("total"));
    }

    void centredHeaderCellsDoNotNarrowThePdfColumns()
    {
        // The header's centred labels span less than the body cells; a short cell in a later row
        // ("7×24 小时", left-aligned) still belongs to the column the wide rows show.
        Document document;
        document.fileName = QStringLiteral("levels.pdf");
        document.format = DocumentFormat::Pdf;
        Page page;
        page.number = 1;
        page.lines = {boxLine(QStringLiteral("设备类别"), 75, 700, 38),
                      boxLine(QStringLiteral("服务时间"), 188, 700, 38),
                      boxLine(QStringLiteral("响应时间"), 302, 700, 38),
                      boxLine(QStringLiteral("一类设备"), 66, 719, 38),
                      boxLine(QStringLiteral("7×24 小时（含法定节假日）"), 129, 719, 118),
                      boxLine(QStringLiteral("15 分钟"), 305, 719, 31),
                      boxLine(QStringLiteral("二类设备"), 66, 738, 38),
                      boxLine(QStringLiteral("7×24 小时"), 129, 738, 42),
                      boxLine(QStringLiteral("半小时"), 306, 738, 29)};
        document.pages = {page};
        const auto result = analyze(document);
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("一类设备"), QStringLiteral("二类设备")}));
        const auto coverage = termsOf(result, QStringLiteral("coverage"));
        QCOMPARE(coverage.size(), 2);
        QCOMPARE(coverage.at(1).tier, QStringLiteral("二类设备"));
    }

    void cellsChainedOnOneBaselineAndSeparateListMarkers()
    {
        // Poppler may chain two cells' words into one line ("Category 2 - High" and the definition
        // beside it); a bullet may stand apart from its text. Incident categories are priorities and
        // "Option" heads the column of plans.
        Document document;
        document.fileName = QStringLiteral("definition.pdf");
        document.format = DocumentFormat::Pdf;
        Page page;
        page.number = 1;
        page.lines = {
            wordsLine(
                {{QStringLiteral("Option"), 66}, {QStringLiteral("Service"), 200}, {QStringLiteral("Hours"), 245}},
                100),
            wordsLine({{QStringLiteral("Core"), 66},
                       {QStringLiteral("08:00"), 200},
                       {QStringLiteral("to"), 233},
                       {QStringLiteral("18:00,"), 248},
                       {QStringLiteral("Monday"), 287},
                       {QStringLiteral("to"), 326},
                       {QStringLiteral("Friday"), 341}},
                      118),
            wordsLine({{QStringLiteral("Extended"), 66},
                       {QStringLiteral("24"), 200},
                       {QStringLiteral("hours"), 215},
                       {QStringLiteral("a"), 248},
                       {QStringLiteral("day,"), 257},
                       {QStringLiteral("7"), 284},
                       {QStringLiteral("days"), 293},
                       {QStringLiteral("a"), 320},
                       {QStringLiteral("week"), 329}},
                      136),
            wordsLine({{QStringLiteral("Service"), 66},
                       {QStringLiteral("levels"), 111},
                       {QStringLiteral("apply"), 152},
                       {QStringLiteral("to"), 185},
                       {QStringLiteral("both"), 200},
                       {QStringLiteral("options:"), 215}},
                      190),
            wordsLine({{QStringLiteral("Incident"), 66},
                       {QStringLiteral("Category"), 117},
                       {QStringLiteral("Definition"), 200},
                       {QStringLiteral("Response"), 400}},
                      230),
            wordsLine({{QStringLiteral("Category"), 66},
                       {QStringLiteral("2"), 117},
                       {QStringLiteral("-"), 126},
                       {QStringLiteral("High"), 135},
                       {QStringLiteral("resilience"), 200},
                       {QStringLiteral("lost"), 263}},
                      248),
            wordsLine({{QStringLiteral("1"), 400}, {QStringLiteral("hour"), 409}}, 248),
            wordsLine({{QStringLiteral("•"), 70}}, 290),
            wordsLine({{QStringLiteral("Extended"), 90},
                       {QStringLiteral("devices:"), 141},
                       {QStringLiteral("an"), 192},
                       {QStringLiteral("engineer"), 207},
                       {QStringLiteral("on"), 258},
                       {QStringLiteral("site"), 273},
                       {QStringLiteral("within"), 300},
                       {QStringLiteral("4"), 339},
                       {QStringLiteral("hours."), 348}},
                      290),
            wordsLine({{QStringLiteral("•"), 70}}, 308),
            wordsLine({{QStringLiteral("Core"), 90},
                       {QStringLiteral("devices:"), 117},
                       {QStringLiteral("an"), 168},
                       {QStringLiteral("engineer"), 183},
                       {QStringLiteral("on"), 234},
                       {QStringLiteral("site"), 249},
                       {QStringLiteral("within"), 276},
                       {QStringLiteral("6"), 315},
                       {QStringLiteral("hours."), 324}},
                      308)};
        document.pages = {page};
        const auto result = analyze(document);
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("Core"), QStringLiteral("Extended")}));
        const auto response = termsOf(result, QStringLiteral("response_time"), QStringLiteral("P2"));
        QCOMPARE(response.size(), 1);
        QCOMPARE(response.first().values.value(QStringLiteral("minutes")).toDouble(), 60.0);
        QVERIFY(response.first().tier.isEmpty());
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 2);
        QCOMPARE(onsite.at(0).tier, QStringLiteral("Extended"));
        QCOMPARE(onsite.at(1).tier, QStringLiteral("Core"));
        QCOMPARE(onsite.at(1).values.value(QStringLiteral("minutes")).toDouble(), 360.0);
    }

    void rowsBesideATallWrappedCellStayApart()
    {
        // A quotation table: the description cell wraps over three lines, the other cells are centred
        // beside it; the rows are only the cell padding apart.
        Document document;
        document.fileName = QStringLiteral("quote.pdf");
        document.format = DocumentFormat::Pdf;
        Page page;
        page.number = 1;
        auto line = [](const QString &text, double x, double y, double width) {
            return TextLine{text, BoundingBox{x, y, width, 11}, {}};
        };
        page.lines = {line(QStringLiteral("序号"), 40, 300, 20),
                      line(QStringLiteral("服务产品名称"), 70, 300, 60),
                      line(QStringLiteral("服务内容"), 200, 300, 40),
                      line(QStringLiteral("单价(元/台/年)"), 380, 300, 70),
                      line(QStringLiteral("7×24×4原厂上门服务；远程"), 200, 318, 150),
                      line(QStringLiteral("1"), 45, 328, 5),
                      line(QStringLiteral("MissionCare 关键业务服务"), 70, 328, 110),
                      line(QStringLiteral("技术支持工程师30分钟内回电；"), 200, 328.5, 150),
                      line(QStringLiteral("15,600"), 400, 328, 30),
                      line(QStringLiteral("含备件及更换"), 200, 339, 70),
                      line(QStringLiteral("5×9×NBD上门服务；服务时间"), 200, 354.5, 150),
                      line(QStringLiteral("2"), 45, 360, 5),
                      line(QStringLiteral("BasicCare 标准服务"), 70, 360, 90),
                      line(QStringLiteral("4,800"), 400, 360, 25),
                      line(QStringLiteral("内2小时回电"), 200, 365, 60)};
        document.pages = {page};
        const auto result = analyze(document);
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        QCOMPARE(prices.at(0).values.value(QStringLiteral("amount")).toDouble(), 15600.0);
        QCOMPARE(prices.at(0).tier, QStringLiteral("MissionCare 关键业务服务"));
        QCOMPARE(prices.at(1).values.value(QStringLiteral("amount")).toDouble(), 4800.0);
        QCOMPARE(prices.at(1).tier, QStringLiteral("BasicCare 标准服务"));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).values.value(QStringLiteral("minutes")).toDouble(), 30.0);
        QCOMPARE(response.at(1).values.value(QStringLiteral("minutes")).toDouble(), 120.0);
        QCOMPARE(response.at(1).tier, QStringLiteral("BasicCare 标准服务"));
    }

    void padlessTableRowsChainedCellsAndCaptions()
    {
        // A tightly set PDF table: rows only the cell padding apart (wrapped lines of one cell would
        // overlap), cells of a row chained by Poppler into one line where the gutter is a little wider
        // than a space, a caption above each table and one right under the first.
        Document document;
        document.fileName = QStringLiteral("schedule.pdf");
        document.format = DocumentFormat::Pdf;
        Page page;
        page.number = 1;
        auto w = [](const char *text, double x) { return qMakePair(QString::fromUtf8(text), x); };
        auto row = [&](const QList<QPair<QString, double>> &words, double y) { return wordsLine(words, y, 11, 5); };
        page.lines = {
            wordsLine({w("Response", 62.5), w("and", 110), w("Restore", 130), w("times", 172), w("start", 202),
                       w("when", 232), w("the", 262), w("desk", 282), w("validates", 310), w("the", 362),
                       w("ticket", 382), w("and", 418), w("assigns", 440), w("a", 482), w("Priority.", 490)},
                      262.8, 13, 5),
            wordsLine({w("Table", 62.5), w("3.1", 92), w("–", 110), w("Response", 118), w("targets", 162)}, 282, 13, 5),
            row({w("Priority", 64)}, 300),
            row({w("Gold", 110)}, 300),
            row({w("Silver", 155)}, 300),
            row({w("Bronze", 205)}, 300),
            row({w("P1", 64)}, 312.6),
            row({w("15", 98.4), w("minutes", 110.8), w("30", 149.3), w("minutes", 161.7), w("1", 200.2),
                 w("hour", 207.6)},
                312.6),
            row({w("P2", 64)}, 325.2),
            row({w("30", 98.4), w("minutes", 110.8), w("1", 149.3), w("hour", 156.7)}, 325.2),
            row({w("4", 200.2), w("Business", 207.6), w("Hours", 250)}, 325.2),
            wordsLine({w("Table", 62.5), w("3.2", 92), w("–", 110), w("Restore", 118), w("targets", 158)}, 336.3, 13,
                      5),
            row({w("Priority", 64)}, 358),
            row({w("Gold", 110)}, 358),
            row({w("Silver", 160)}, 358),
            row({w("Bronze", 245)}, 358),
            row({w("P1", 64)}, 370.6),
            row({w("4", 98.4), w("hours", 105.8), w("8", 149.3), w("hours", 156.7)}, 370.6),
            row({w("Next", 240), w("Business", 262.4), w("Day", 304.8)}, 370.6),
            row({w("P2", 64)}, 383.2),
            row({w("8", 98.4), w("hours", 105.8)}, 383.2),
            row({w("Next", 149.3), w("Business", 171.7), w("Day", 214.1), w("3", 240), w("Business", 247.4),
                 w("Days", 289.8)},
                383.2)};
        document.pages = {page};
        const auto result = analyze(document);
        QCOMPARE(result.tiers,
                 (QStringList{QStringLiteral("Gold"), QStringLiteral("Silver"), QStringLiteral("Bronze")}));
        auto minutesOf = [&](const QString &key, const QString &priority) {
            QStringList found;
            for (const SlaTerm &term : termsOf(result, key, priority)) {
                found << term.tier + QLatin1Char('=') +
                             (term.values.value(QStringLiteral("next_business_day")).toBool()
                                  ? QStringLiteral("NBD")
                                  : QString::number(term.values.value(QStringLiteral("minutes")).toInt()));
            }
            return found;
        };
        QCOMPARE(minutesOf(QStringLiteral("response_time"), QStringLiteral("P1")),
                 (QStringList{QStringLiteral("Gold=15"), QStringLiteral("Silver=30"), QStringLiteral("Bronze=60")}));
        QCOMPARE(minutesOf(QStringLiteral("response_time"), QStringLiteral("P2")),
                 (QStringList{QStringLiteral("Gold=30"), QStringLiteral("Silver=60"), QStringLiteral("Bronze=240")}));
        QCOMPARE(minutesOf(QStringLiteral("resolution_time"), QStringLiteral("P1")),
                 (QStringList{QStringLiteral("Gold=240"), QStringLiteral("Silver=480"), QStringLiteral("Bronze=NBD")}));
        QCOMPARE(minutesOf(QStringLiteral("resolution_time"), QStringLiteral("P2")),
                 (QStringList{QStringLiteral("Gold=480"), QStringLiteral("Silver=NBD"), QStringLiteral("Bronze=0")}));
    }

    void numberedPlanHeadingsAndSeverityWords()
    {
        // Plans named by a plan word and a number, each heading with a subtitle; severities named by
        // words in prose ("Critical incidents"); "non-critical issues" names no priority.
        const Document document = textDocument({{
            QStringLiteral("1. Definitions"),
            QStringLiteral("A Critical incident is one in which a server is down. A Major incident is one in "
                           "which a server runs degraded."),
            QStringLiteral("2. Care Level 3 - Always On"),
            QStringLiteral("Attendance: four (4) hours for Critical incidents; eight (8) hours for Major incidents."),
            QStringLiteral("3. Care Level 2 - Business Day"),
            QStringLiteral("Response: within two (2) hours."),
            QStringLiteral("4. Care Level 1 - Remote & Parts"),
            QStringLiteral("E-mail response within one (1) day on non-critical issues."),
            QStringLiteral("5. Charges"),
            QStringLiteral("Care Level\tPrice per server per year"),
            QStringLiteral("Care Level 3\tCAD 1,150.00"),
            QStringLiteral("Care Level 2\tCAD 540.00"),
            QStringLiteral("Care Level 1\tCAD 260.00"),
        }});
        const auto result = analyze(document);
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("Care Level 3"), QStringLiteral("Care Level 2"),
                                            QStringLiteral("Care Level 1")}));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 2);
        QCOMPARE(onsite.at(0).priority, QStringLiteral("P1"));
        QCOMPARE(onsite.at(0).values.value(QStringLiteral("minutes")).toInt(), 240);
        QCOMPARE(onsite.at(1).priority, QStringLiteral("P2"));
        QCOMPARE(onsite.at(1).values.value(QStringLiteral("minutes")).toInt(), 480);
        QCOMPARE(onsite.at(1).tier, QStringLiteral("Care Level 3"));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).tier, QStringLiteral("Care Level 2"));
        QCOMPARE(response.at(1).tier, QStringLiteral("Care Level 1"));
        QVERIFY(response.at(1).priority.isEmpty());
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 3);
        QCOMPARE(prices.at(2).tier, QStringLiteral("Care Level 1"));
    }

    void emailQuoteWithBulletedPlans()
    {
        // A plain-text e-mail whose paragraphs are single long lines (not hard-wrapped): its short lines
        // stand alone. Plans are list items "- NAME™ - ..." and lead their own bulleted sections.
        const QString longLine =
            QStringLiteral("Thanks for your time today. Here is our quote for hardware support on your servers at the "
                           "Dayton data center, as discussed on the call with your infrastructure team this morning.");
        const Document document = textDocument(
            {{longLine, QStringLiteral("Business Hours means 8:00am-6:00pm ET, Monday-Friday."),
              QStringLiteral("PLANS"), QStringLiteral("- GUARD 4H™ - 10 database hosts @ $80.00 per server per month"),
              QStringLiteral("- ProCare Plus™ - 12 application servers @ $50.00 per server per month"),
              QStringLiteral("GUARD 4H - coverage 24x7x365, US federal holidays included"),
              QStringLiteral("  * Sev1 - 30 min response / 4 hr onsite"),
              QStringLiteral("  * Sev2 - 1 hr response / 8 hr onsite"), QStringLiteral("  * Quarterly health check"),
              QStringLiteral("ProCare Plus - coverage Business Hours"),
              QStringLiteral("  * Sev1 - 1 hr response / 4 business hr onsite"),
              QStringLiteral("  * GUARD 4H: new genuine Dell/HPE parts only"),
              QStringLiteral("  * Forward stocking location in Dayton for GUARD 4H"),
              QStringLiteral("If you have a Sev1 before the start date, please call our desk as soon as possible.")}},
            DocumentFormat::Text);
        const auto result = analyze(document);
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("GUARD 4H"), QStringLiteral("ProCare Plus")}));
        auto timesOf = [&](const QString &key) {
            QStringList found;
            for (const SlaTerm &term : termsOf(result, key))
                found << QStringLiteral("%1 %2 %3")
                             .arg(term.tier, term.priority,
                                  QString::number(term.values.value(QStringLiteral("minutes")).toInt()));
            return found;
        };
        QCOMPARE(timesOf(QStringLiteral("response_time")),
                 (QStringList{QStringLiteral("GUARD 4H P1 30"), QStringLiteral("GUARD 4H P2 60"),
                              QStringLiteral("ProCare Plus P1 60")}));
        QCOMPARE(timesOf(QStringLiteral("onsite_time")),
                 (QStringList{QStringLiteral("GUARD 4H P1 240"), QStringLiteral("GUARD 4H P2 480"),
                              QStringLiteral("ProCare Plus P1 240")}));
        QCOMPARE(termsOf(result, QStringLiteral("onsite_time")).at(2).values.value(QStringLiteral("basis")).toString(),
                 QStringLiteral("business"));
        // Business Hours have no holiday rule ("holidays included" speaks of another plan's coverage).
        const auto dayBasis = findingsOf(result, QStringLiteral("day_basis"));
        QVERIFY(!dayBasis.isEmpty());
        QVERIFY(std::any_of(dayBasis.cbegin(), dayBasis.cend(), [](const Finding &f) {
            return f.evidence.quote.contains(QLatin1String("4 business hr onsite"));
        }));
        const auto parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("oem_new"));
        const auto stock = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 1);
        QCOMPARE(stock.first().values.value(QStringLiteral("location")).toString(), QStringLiteral("Dayton"));
        QVERIFY(findingsOf(result, QStringLiteral("vague_wording")).isEmpty());
    }

    void amcOptionsWithATopAlignedTwoGroupPriceTable()
    {
        // An Indian AMC quote: "Comprehensive AMC" and its "Non-Comprehensive" counterpart as sibling
        // headings; a price table whose header cells wrap from the top, their first lines chained by
        // Poppler above the rest of the header; rates "p.a." in Indian digit grouping.
        Document document;
        document.fileName = QStringLiteral("amc.pdf");
        document.format = DocumentFormat::Pdf;
        auto w = [](const char *text, double x) { return qMakePair(QString::fromUtf8(text), x); };
        auto line = [&](const QList<QPair<QString, double>> &words, double y) { return wordsLine(words, y, 11.7, 5); };
        Page first;
        first.number = 1;
        first.lines = {
            line({w("2.1", 62), w("Comprehensive", 80), w("AMC", 150)}, 100),
            line({w("Support", 62), w("coverage:", 102), w("24", 152), w("x", 165), w("7", 172), w("x", 180),
                  w("365.", 187)},
                 118),
            line({w("2.2", 62), w("Non-Comprehensive", 80), w("AMC", 170)}, 140),
            line({w("Services", 62), w("may", 107), w("be", 127), w("delivered", 142), w("through", 192), w("our", 232),
                  w("local", 252), w("channel", 280), w("partner.", 320)},
                 158),
            line({w("Response", 62), w("timelines", 107), w("for", 157), w("the", 177), w("DR", 197), w("site", 212),
                  w("shall", 237), w("be", 262), w("as", 277), w("per", 292), w("Annexure", 312), w("B.", 357)},
                 176)};
        Page second;
        second.number = 2;
        second.lines = {
            line({w("Comprehensive", 225.5), w("Comprehensive", 299.3), w("Non-Comprehensive", 372.9)}, 110.05),
            line({w("Non-Comprehensive", 467.4)}, 116.95),
            line({w("Sr.", 65.6)}, 123.95),
            line({w("Server", 113), w("Model", 143.5)}, 123.95),
            line({w("Qty", 204.6)}, 123.95),
            line({w("AMC", 228), w("Unit", 251), w("Rate", 271)}, 123.95),
            line({w("AMC", 304.5), w("Amount", 327.5)}, 123.95),
            line({w("AMC", 376.7), w("Unit", 399.7), w("Rate", 419.7), w("p.a.", 441.7)}, 123.95),
            line({w("AMC", 470), w("Amount", 493), w("(INR)", 528)}, 130.65),
            line({w("p.a.", 240), w("(INR)", 258)}, 137.85),
            line({w("(INR)", 318)}, 137.85),
            line({w("(INR)", 400)}, 137.85),
            line({w("1", 65.6)}, 160),
            line({w("Dell", 113), w("R740", 136)}, 160),
            line({w("6", 204.6)}, 160),
            line({w("38,500", 260)}, 160),
            line({w("2,31,000", 330)}, 160),
            line({w("16,200", 430)}, 160),
            line({w("97,200", 525)}, 160),
            line({w("Sub-total", 113)}, 180),
            line({w("6,88,400", 330)}, 180),
            line({w("2,92,400", 520)}, 180),
            line({w("1.", 62), w("AMC", 75), w("period:", 97), w("12", 135), w("months.", 150)}, 230),
            line({w("2.", 62), w("The", 75), w("Bank", 95), w("shall", 120), w("inform", 145), w("the", 177),
                  w("helpdesk", 195), w("promptly", 240), w("of", 285), w("any", 297), w("relocation.", 317)},
                 250)};
        document.pages = {first, second};
        const auto result = analyze(document);
        QCOMPARE(result.tiers,
                 (QStringList{QStringLiteral("Comprehensive AMC"), QStringLiteral("Non-Comprehensive AMC")}));
        QStringList prices;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price")))
            prices << QStringLiteral("%1 %2 %3 %4")
                          .arg(term.tier, term.values.value(QStringLiteral("amount")).toString(),
                               term.values.value(QStringLiteral("currency")).toString(),
                               term.values.value(QStringLiteral("per")).toString());
        QVERIFY2(prices.contains(QStringLiteral("Comprehensive AMC 38500 INR server_year")),
                 qPrintable(prices.join(u';')));
        QVERIFY2(prices.contains(QStringLiteral("Non-Comprehensive AMC 16200 INR server_year")),
                 qPrintable(prices.join(u';')));
        QVERIFY2(prices.contains(QStringLiteral("Comprehensive AMC 688400 INR year")), qPrintable(prices.join(u';')));
        QVERIFY2(prices.contains(QStringLiteral("Non-Comprehensive AMC 292400 INR year")),
                 qPrintable(prices.join(u';')));
        const auto term = termsOf(result, QStringLiteral("term_months"));
        QCOMPARE(term.size(), 1);
        QCOMPARE(term.first().values.value(QStringLiteral("value")).toInt(), 12);
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("missing_sla")).size(), 1);
        QVERIFY(findingsOf(result, QStringLiteral("vague_wording")).isEmpty());
    }

    void serviceLevelsNamedByShorthandAndAGlobalHourDefinition()
    {
        // Tiers named by their shorthand ("7×24×2", "5×8×NBD") across a table; "本协议所称小时均为自然
        // 小时" makes every time in hours a calendar time.
        const Document document = textDocument({{
            QStringLiteral(
                "2.1.4 小时：除另有约定外，本协议所称小时均为自然小时，连续计算，夜间、周末及节假日不中断。"),
            QStringLiteral("3.2 服务时限"),
            QStringLiteral("服务指标\t故障级别\t7×24×2\t5×8×NBD"),
            QStringLiteral("响应时间\t一级故障\t十五分钟\t一个工作小时"),
            QStringLiteral("到场时间\t一级故障\t二小时\t下一个工作日"),
            QStringLiteral("8 服务费用"),
            QStringLiteral("服务等级\t单价（元/台/年）"),
            QStringLiteral("7×24×2\t6,800.00"),
            QStringLiteral("5×8×NBD\t1,800.00"),
        }});
        const auto result = analyze(document);
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("7×24×2"), QStringLiteral("5×8×NBD")}));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).tier, QStringLiteral("7×24×2"));
        QCOMPARE(response.at(0).values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        QCOMPARE(response.at(1).tier, QStringLiteral("5×8×NBD"));
        QCOMPARE(response.at(1).values.value(QStringLiteral("basis")).toString(), QStringLiteral("business"));
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        QCOMPARE(prices.at(1).tier, QStringLiteral("5×8×NBD"));
        QCOMPARE(prices.at(1).values.value(QStringLiteral("amount")).toInt(), 1800);
    }

    void bilingualTierHalvesAndRegionalCurrencies()
    {
        // A bilingual tier label is one tier, named by either half; Singapore, Malaysian and Macau
        // currencies in their Chinese and English forms; a list of amounts introduced by its label.
        const Document document = textDocument({{
            QStringLiteral("Tier 等级\tFee per server per year 每台年费"),
            QStringLiteral("Mission Critical 关键业务\tS$ 2,150"),
            QStringLiteral("Production 生产系统\tRM 3,380"),
            QStringLiteral("关键业务：7×24 小时，全年无休。"),
            QStringLiteral("关键业务到场超时，每宗事件扣减 500 新元，每月扣减上限为当月服务费的 15%。"),
            QStringLiteral("Annual fees by billing entity: Lionbay Pte Ltd, SGD 25,800; Lionbay Sdn Bhd, MYR 97,220; "
                           "Lionbay Lda, MOP 99,200."),
            QStringLiteral("合同范围以外的服务按工时收费：新加坡每小时 220 新元，澳门每小时 1,300 澳门元。"),
        }});
        const auto result = analyze(document);
        QCOMPARE(result.tiers.size(), 2);
        const auto coverage = termsOf(result, QStringLiteral("coverage"));
        QCOMPARE(coverage.size(), 1);
        QCOMPARE(coverage.first().tier, result.tiers.first());
        const auto penalty = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalty.size(), 1);
        QCOMPARE(penalty.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("incident"));
        QCOMPARE(penalty.first().values.value(QStringLiteral("cap_percent")).toInt(), 15);
        QStringList prices;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price")))
            prices << QStringLiteral("%1 %2 %3")
                          .arg(term.values.value(QStringLiteral("amount")).toString(),
                               term.values.value(QStringLiteral("currency")).toString(),
                               term.values.value(QStringLiteral("per")).toString());
        QCOMPARE(prices, (QStringList{QStringLiteral("2150 SGD server_year"), QStringLiteral("3380 MYR server_year"),
                                      QStringLiteral("25800 SGD year"), QStringLiteral("97220 MYR year"),
                                      QStringLiteral("99200 MOP year"), QStringLiteral("220 SGD hour"),
                                      QStringLiteral("1300 MOP hour")}));
    }

    void traditionalChineseProposal()
    {
        // A Taiwan proposal: Traditional characters and Taiwan words (備品, 相容品, 協力廠商, 逾時, 國定假日)
        // read like the Simplified mainland wording the rules are written in; quotes stay as written.
        const Document document = textDocument({{
            QStringLiteral("服務等級\t服務時段\t到場時間"),
            QStringLiteral("白金級\t7×24（含國定假日）\t4 小時"),
            QStringLiteral("銀級\t週一至週五 09:00 至 18:00（國定假日除外）\t下一個營業日"),
            QStringLiteral("白金級：一律使用原廠全新品，不使用翻新品、拆機品或相容品。"),
            QStringLiteral("銀級：使用原廠品或相容品。"),
            QStringLiteral("本公司得委由協力廠商執行部分到場維修服務。"),
            QStringLiteral("白金級設備到場逾時者，每逾時 1 小時扣減該設備當月服務費 5%，以當月服務費之 20%為上限。"),
        }});
        const auto result = analyze(document);
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("白金級"), QStringLiteral("銀級")}));
        const auto coverage = termsOf(result, QStringLiteral("coverage"));
        QCOMPARE(coverage.size(), 2);
        QCOMPARE(coverage.at(0).values.value(QStringLiteral("holidays")).toBool(), true);
        QCOMPARE(coverage.at(1).values.value(QStringLiteral("holidays")).toBool(), false);
        QCOMPARE(coverage.at(1).values.value(QStringLiteral("start")).toString(), QStringLiteral("09:00"));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 2);
        QVERIFY(onsite.at(1).values.value(QStringLiteral("next_business_day")).toBool());
        const auto parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).values.value(QStringLiteral("value")).toString(), QStringLiteral("oem_new"));
        QCOMPARE(parts.at(1).values.value(QStringLiteral("value")).toString(), QStringLiteral("compatible"));
        QVERIFY(parts.at(1).evidence.quote.contains(QStringLiteral("相容品")));
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 1);
        const auto penalty = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalty.size(), 1);
        QCOMPARE(penalty.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("hour"));
        QCOMPARE(penalty.first().values.value(QStringLiteral("cap_percent")).toInt(), 20);
    }

    void callOffScheduleWithReferencedServiceLevels()
    {
        // A public-sector call-off schedule: business time defined in a Term | Meaning table; service
        // levels in rows labelled by a reference code and a measure; tiers "Category N Systems", whose
        // "Category 1" is not an incident category; a sentence about "other parts" is not the tier's.
        const Document document = textDocument({{
            QStringLiteral("Term\tMeaning"),
            QStringLiteral("\"Working Day\"\tany day other than a Saturday, a Sunday or a bank holiday in England"),
            QStringLiteral("\"Working Hours\"\t08:00 to 18:00 on a Working Day"),
            QStringLiteral("3.2 Service Level table"),
            QStringLiteral("Ref\tService Level Performance Measure\tService Level Threshold\tService Credit"),
            QStringLiteral("SL1\tCategory 1 Systems: Response to an Incident\t15 minutes\tNot applicable"),
            QStringLiteral("SL2\tCategory 1 Systems: engineer on Site\t4 hours\t2% of the Monthly Charges per failure"),
            QStringLiteral("SL4\tCategory 2 Systems: Response to an Incident\t2 Working Hours\tNot applicable"),
            QStringLiteral("3.3.1 Category 1 Service Levels are measured in elapsed time."),
            QStringLiteral(
                "4.1.3 Parts for Category 1 Systems are held at the forward stocking location in Northampton. "
                "Other parts are shipped from the regional hub in Coventry."),
            QStringLiteral("4.1.4 For Category 1 Incidents the Supplier shall dispatch the probable replacement parts "
                           "together with the engineer (parts-first dispatch)."),
            QStringLiteral("Annex A – Charges"),
            QStringLiteral("Category\tGBP per Device per annum"),
            QStringLiteral("Category 1 Systems\t£1,150.00"),
            QStringLiteral("Category 2 Systems\t£420.00"),
        }});
        const auto result = analyze(document);
        QCOMPARE(result.tiers,
                 (QStringList{QStringLiteral("Category 1 Systems"), QStringLiteral("Category 2 Systems")}));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).tier, QStringLiteral("Category 1 Systems"));
        QCOMPARE(response.at(0).values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        QVERIFY(response.at(0).priority.isEmpty());
        QCOMPARE(response.at(1).tier, QStringLiteral("Category 2 Systems"));
        QCOMPARE(termsOf(result, QStringLiteral("onsite_time")).size(), 1);
        const auto penalty = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalty.size(), 1);
        QCOMPARE(penalty.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("incident"));
        const auto first = termsOf(result, QStringLiteral("parts_dispatch_first"));
        QCOMPARE(first.size(), 1);
        QVERIFY(first.first().priority.isEmpty());
        const auto stock = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 2);
        QCOMPARE(stock.at(0).tier, QStringLiteral("Category 1 Systems"));
        QVERIFY(stock.at(1).tier.isEmpty());
        QVERIFY(findingsOf(result, QStringLiteral("day_basis")).isEmpty());
    }

    void hardWrappedChineseEmail()
    {
        // A Chinese e-mail wrapped at 36 characters: sentences continue on the next line wherever the
        // width ran out; a plan heading names its plan and, in parentheses, the machines it is for.
        const QStringList lines = {
            QStringLiteral("我们把设备分成核心机（ERP数据库、MES等，共十台）和普通机（共二十八台"),
            QStringLiteral("）两类，分别报金牌套餐和银牌套餐，具体说明如下，请您审阅后回复我们。"),
            QStringLiteral("一、金牌套餐（7×24×4，适用于核心机）"),
            QStringLiteral("1. 响应时间：接到报修电话后十五分钟内由二线工程师电话响应，请知悉。"),
            QStringLiteral("2. 修复时间：一级故障（整机宕机、业务中断）八小时内恢复；二级故障（单部"),
            QStringLiteral("件故障，业务仍可运行）二十四小时内恢复。"),
            QStringLiteral("二、银牌套餐（5×8×NBD，适用于普通机）"),
            QStringLiteral("1. 到场时间：需要上门的，下一个工作日到场（当天16:00以后报修的，顺延一个"),
            QStringLiteral("工作日）。"),
            QStringLiteral("三、共同条款：我司在杭州设有本地备件库，常用备件有现货，其他备件从上海中心"),
            QStringLiteral("仓调拨。所用备件为原厂件或兼容件，均经我司测试合格后使用，请您放心使用。"),
        };
        const Document document = textDocument({lines}, DocumentFormat::Text);
        const auto result = analyze(document);
        const auto resolution = termsOf(result, QStringLiteral("resolution_time"));
        QCOMPARE(resolution.size(), 2);
        QCOMPARE(resolution.at(1).priority, QStringLiteral("P2"));
        QCOMPARE(resolution.at(1).values.value(QStringLiteral("minutes")).toInt(), 1440);
        QCOMPARE(resolution.at(1).tier, QStringLiteral("金牌套餐"));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 1);
        QCOMPARE(response.first().tier, QStringLiteral("金牌套餐"));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 1);
        QCOMPARE(onsite.first().tier, QStringLiteral("银牌套餐"));
        const auto stock = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 2);
        QCOMPARE(stock.at(1).values.value(QStringLiteral("value")).toString(), QStringLiteral("central"));
    }

    void markdownPlanPage()
    {
        // A web page in Markdown: bold plan names across a comparison table, "##" headings, a footnote
        // about a cut-off time (not about how times are counted), frequencies as matrix cells, times
        // listed per plan in a severity list item, and an FAQ question that asks rather than commits.
        Document document = textDocument(
            {{QStringLiteral("## Compare plans"), QStringLiteral("| | **Essential** | **Advanced** | **Premier** |"),
              QStringLiteral("|---|---|---|---|"),
              QStringLiteral("| Phone response | 4 business hours | 1 hour | 15 minutes |"),
              QStringLiteral("| Engineer on site | Next business day² | 8 hours | 4 hours |"),
              QStringLiteral("| Preventive maintenance visit | — | Annual | Quarterly |"),
              QStringLiteral("² Requests logged after 3:00 p.m. local time are treated as received on the following "
                             "business day."),
              QStringLiteral("## Service levels"),
              QStringLiteral("- **Severity 1 — Critical:** a server is down. Target restoration: 8 hours on Premier, "
                             "24 hours on Advanced."),
              QStringLiteral("### Do you use refurbished parts?"),
              QStringLiteral("Premier uses new OEM parts only. Outside those metro areas, on-site work may be "
                             "performed by vetted service partners.")}},
            DocumentFormat::Text);
        document.fileName = QStringLiteral("plans.md");
        const auto result = analyze(document);
        QCOMPARE(result.tiers,
                 (QStringList{QStringLiteral("Essential"), QStringLiteral("Advanced"), QStringLiteral("Premier")}));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 3);
        QVERIFY(onsite.at(1).values.value(QStringLiteral("basis")).isNull());
        const auto restore = termsOf(result, QStringLiteral("resolution_time"), QStringLiteral("P1"));
        QCOMPARE(restore.size(), 2);
        QCOMPARE(restore.at(0).tier, QStringLiteral("Premier"));
        QCOMPARE(restore.at(1).tier, QStringLiteral("Advanced"));
        QCOMPARE(restore.at(1).values.value(QStringLiteral("minutes")).toInt(), 1440);
        const auto visits = termsOf(result, QStringLiteral("value_added"));
        QCOMPARE(visits.size(), 2);
        QCOMPARE(visits.at(0).values.value(QStringLiteral("value")).toString(),
                 QStringLiteral("preventive_maintenance"));
        QVERIFY(findingsOf(result, QStringLiteral("parts_quality")).isEmpty());
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 1);
    }

    void windowHoursLevelPlaceCellsAndChineseAfterNegations()
    {
        // "4 Extended Hours" counts in a defined window; "Central: Mississauga" under a parts row is a
        // depot; "翻新件一律不用" negates after the noun; firmware kept in scope is not an exclusion.
        const Document english = textDocument({{
            QStringLiteral("Feature\tFoundation\tBusiness"),
            QStringLiteral("Phone response\t1 Business Day\t4 Extended Hours"),
            QStringLiteral("Parts stock\tCentral: Mississauga\tRegional: Edmonton"),
        }});
        const auto en = analyze(english);
        const auto response = termsOf(en, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(1).values.value(QStringLiteral("minutes")).toInt(), 240);
        QCOMPARE(response.at(1).values.value(QStringLiteral("basis")).toString(), QStringLiteral("business"));
        const auto stock = termsOf(en, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 2);
        QCOMPARE(stock.at(0).values.value(QStringLiteral("value")).toString(), QStringLiteral("central"));
        QCOMPARE(stock.at(0).values.value(QStringLiteral("location")).toString(), QStringLiteral("Mississauga"));
        QCOMPARE(stock.at(1).tier, QStringLiteral("Business"));
        const Document chinese = textDocument({{
            QStringLiteral("备件：A类服务器使用原厂全新备件，翻新件一律不用。"),
            QStringLiteral("以下不在服务范围内：（4）操作系统、数据库及应用软件故障（服务器固件升级仍在服务范围内）。"),
            QStringLiteral("服务价格随原厂相应调整。"),
        }});
        const auto zh = analyze(chinese);
        QVERIFY(findingsOf(zh, QStringLiteral("parts_quality")).isEmpty());
        QVERIFY(findingsOf(zh, QStringLiteral("scope_exclusion")).isEmpty());
        QCOMPARE(findingsOf(zh, QStringLiteral("price_adjustment")).size(), 1);
    }

    void tierHeadingsOverTheirTables()
    {
        // "5.2 维保等级" / "5.3 故障等级" are no pair of plans; "5.4 核心级服务指标" names the tier a price table
        // named.
        const auto zh = analyze(textDocument({{
            QStringLiteral("5.2 维保等级：根据甲方业务重要性，维保设备分为核心级和标准级。"),
            QStringLiteral("5.3 故障等级："),
            QStringLiteral("一级故障：服务器宕机或无法提供服务；"),
            QStringLiteral("5.4 核心级服务指标"),
            QStringLiteral("故障等级\t响应时间\t工程师到场时间"),
            QStringLiteral("一级故障\t15 分钟\t2 小时"),
            QStringLiteral("5.5 标准级服务指标"),
            QStringLiteral("故障等级\t响应时间\t工程师到场时间"),
            QStringLiteral("一级故障\t1 小时\t下一个工作日"),
            QStringLiteral("6.1 服务费用"),
            QStringLiteral("维保等级\t单价（含税）\t数量"),
            QStringLiteral("核心级\t4,800 元/台/年\t38 台"),
            QStringLiteral("标准级\t2,600 元/台/年\t64 台"),
        }}));
        const QMap<QString, int> zhResponse = tw::test::minutesByTierAndPriority(zh, QStringLiteral("response_time"));
        QCOMPARE(zhResponse.value(QStringLiteral("核心级 P1")), 15);
        QCOMPARE(zhResponse.value(QStringLiteral("标准级 P1")), 60);
        // An annex's numbered heading ("B.2 Category A – …") names the tier of the table under it.
        const auto en = analyze(textDocument({{
            QStringLiteral("Category\tServers\tService window"),
            QStringLiteral("Category A – Critical Servers\t14\t24x7"),
            QStringLiteral("Category B – General Servers\t22\tBusiness Hours"),
            QStringLiteral("B.2 Category A – Critical Servers (all times in clock hours, 24x7)"),
            QStringLiteral("Priority\tDefinition\tResponse\tOn-site"),
            QStringLiteral("P1 – Critical\tServer down\t30 minutes\t4 hours"),
            QStringLiteral("B.3 Category B – General Servers (times within Business Hours)"),
            QStringLiteral("Priority\tDefinition\tResponse\tOn-site"),
            QStringLiteral("P1 – Critical\tServer down\t2 business hours\tNext business day"),
        }}));
        const QMap<QString, int> enResponse = tw::test::minutesByTierAndPriority(en, QStringLiteral("response_time"));
        QCOMPARE(enResponse.value(QStringLiteral("Category A P1")), 30);
        QCOMPARE(enResponse.value(QStringLiteral("Category B P1")), 120);
    }

    void negotiationMinutesAndClarificationLetter()
    {
        // Minutes set the first offer beside what was agreed: "原方案（V1.2）" is no longer promised, unless the
        // agreed cell says "维持原方案".
        const auto minutes = analyze(textDocument({{
            QStringLiteral("序号\t项目\t原方案（V1.2）\t调整后（双方确认）\t备注"),
            QStringLiteral("1\t备件类型\t原厂备件或同等品质兼容件\t原厂全新备件\t—"),
            QStringLiteral("2\t备件库\t上海中心备件库\t维持原方案\t—"),
        }}));
        QVERIFY(findingsOf(minutes, QStringLiteral("parts_quality")).isEmpty());
        const auto stock = termsOf(minutes, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 1);
        QCOMPARE(stock.first().values.value(QStringLiteral("location")).toString(), QStringLiteral("上海"));
        // A clarification letter quotes the committee's question under "问题1：" up to "答复："; a column "A类修复时间"
        // is A类服务器's.
        const auto letter = analyze(textDocument({{
            QStringLiteral("（1）A类服务器（核心业务系统，共48台）：服务时间为7×24小时；15分钟内响应。"),
            QStringLiteral("（2）B类服务器（一般业务系统，共72台）：服务时间为5×8小时；30分钟内响应。"),
            QStringLiteral("问题1："),
            QStringLiteral("投标文件第3.2节承诺“7×24小时快速响应，工程师及时到场”，未载明具体时限，请澄清。"),
            QStringLiteral("答复："),
            QStringLiteral("我司承诺修复时间如下："),
            QStringLiteral("故障等级\t定义\tA类修复时间\tB类修复时间"),
            QStringLiteral("一级故障\t服务器宕机\t8小时内\t24小时内"),
            QStringLiteral("问题2："),
            QStringLiteral("请列明分项报价。"),
            QStringLiteral("答复："),
            QStringLiteral("服务类别\t单价（元/台/年）\t数量"),
            QStringLiteral("A类服务器\t6,800\t48台"),
            QStringLiteral("B类服务器\t2,600\t72台"),
        }}));
        QVERIFY(findingsOf(letter, QStringLiteral("vague_wording")).isEmpty());
        const QMap<QString, int> repair = tw::test::minutesByTierAndPriority(letter, QStringLiteral("resolution_time"));
        QCOMPARE(repair.value(QStringLiteral("A类服务器 P1")), 480);
        QCOMPARE(repair.value(QStringLiteral("B类服务器 P1")), 1440);
    }

    void tenderResponseInRandsAndDeferredTerms()
    {
        // A South African tender: a credit in rands per failed call, escalation the vendor alone decides,
        // software "of any kind" with firmware excluded, a restore time left to an SLA not yet signed, fix
        // targets in "the Service Level Schedule of our Supplier Terms".
        const auto result = analyze(textDocument({{
            QStringLiteral("Priority 1 calls are responded to within 30 minutes."),
            QStringLiteral(
                "Where a Priority 1 on-site or restore time is not met, Thembeka will credit LVWB R1 500,00 per "
                "failed call, capped at 10 % of the monthly service fee."),
            QStringLiteral("Actual escalation will be determined annually by Thembeka on the contract anniversary "
                           "date, based on OEM parts pricing."),
            QStringLiteral(
                "The following are excluded from the scope of this proposal: consumables; and software support of "
                "any kind, including operating systems, hypervisors, firmware and applications."),
            QStringLiteral("* Restore times for P3 calls will be agreed in the Service Level Agreement to be signed."),
            QStringLiteral("Note 3: Fix targets for Severity 3 and 4 are set out in the Service Level Schedule of our "
                           "Supplier Terms."),
        }}));
        const auto penalty = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalty.size(), 1);
        QCOMPARE(penalty.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("incident"));
        QCOMPARE(penalty.first().values.value(QStringLiteral("cap_percent")).toDouble(), 10.0);
        QCOMPARE(termsOf(result, QStringLiteral("price_adjustment"))
                     .value(0)
                     .values.value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("unbounded"));
        QCOMPARE(findingsOf(result, QStringLiteral("price_adjustment")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("scope_exclusion")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("missing_sla")).size(), 2);
    }

    void planNameChainedToItsFirstMeasure()
    {
        // The plans' names merged over their measures came out chained to the first one: "On-site" and "Fix"
        // after "Critical Response" are Critical's.
        const auto result = analyze(textDocument({{
            QStringLiteral("Feature\tEssential\tCritical"),
            QStringLiteral("Service hours\tBusiness Hours\t24 x 7 x 365"),
            QStringLiteral("Replacement parts\tCertified refurbished\tNew genuine OEM parts"),
            QStringLiteral("4.2 Service levels by severity"),
            QStringLiteral("Severity\tEssential Response\tOn-site\tCritical Response\tOn-site\tFix"),
            QStringLiteral("Severity 1\t1 Business Hour\tNext Business Day\t30 minutes\t4 hours\t8 hours"),
        }}));
        const QMap<QString, int> onsite = tw::test::minutesByTierAndPriority(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.value(QStringLiteral("Critical P1")), 240);
        QVERIFY(onsite.contains(QStringLiteral("Essential P1")));
        const QMap<QString, int> fix = tw::test::minutesByTierAndPriority(result, QStringLiteral("resolution_time"));
        QCOMPARE(fix.value(QStringLiteral("Critical P1")), 480);
    }

    void hongKongQuotationAndPanelDefinitions()
    {
        // A Hong Kong quotation in Traditional Chinese: 零件 are parts, "視乎…供應情況" depends, a partner sent
        // in the vendor's stead, faults "非本公司所能合理控制之原因" caught by the exclusion, times "均為服務目標";
        // 辦公時間 defined with its 公眾假期 in the small print; arranging the contract "盡快" is no service level.
        const auto zh = analyze(textDocument({{
            QStringLiteral("更換零件：原廠零件或兼容零件；到場時間：辦公時間內 4 小時，所需時間視乎供應情況。"),
            QStringLiteral("本公司可委派認可服務夥伴代為提供現場支援服務。"),
            QStringLiteral("任何非本公司所能合理控制之原因引致之故障，不在保養範圍內。"),
            QStringLiteral("上述回應及修復時間均為服務目標。"),
            QStringLiteral("確認報價後，我們將盡快安排開立保養合約。"),
            QStringLiteral("「辦公時間」指星期一至星期五上午 9 時至下午 6 時，星期六、星期日及香港公眾假期除外。"),
        }}));
        QCOMPARE(findingsOf(zh, QStringLiteral("parts_quality")).size(), 1);
        QCOMPARE(findingsOf(zh, QStringLiteral("vague_wording")).size(), 2);
        QCOMPARE(findingsOf(zh, QStringLiteral("subcontracting")).size(), 1);
        QCOMPARE(findingsOf(zh, QStringLiteral("scope_exclusion")).size(), 1);
        QVERIFY(findingsOf(zh, QStringLiteral("day_basis")).isEmpty());
        // A Business Day "has the meaning given in the Panel Agreement, being a day other than … a public holiday".
        const auto en = analyze(textDocument({{
            QStringLiteral("Business Hours: 8:00am to 5:00pm on a Business Day"),
            QStringLiteral(
                "4.4 \u201cBusiness Day\u201d has the meaning given in the Panel Agreement, being a day other than a "
                "Saturday, Sunday or a public holiday in New Zealand."),
            QStringLiteral("Tier B on-site attendance: Next Business Day."),
        }}));
        QVERIFY(findingsOf(en, QStringLiteral("day_basis")).isEmpty());
    }

    void ordersUnderFrameworkAgreementsAndLevelsBySeverity()
    {
        // An order under a framework agreement: its service levels "按框架协议附件二执行" (not attached) are missing;
        // the framework's market-price clause quoted as not applying is no price risk.
        const auto zh = analyze(textDocument({{
            QStringLiteral("3.1 A类设备的服务级别按框架协议附件二《服务等级及考核标准》执行，响应时间 15 分钟。"),
            QStringLiteral("框架协议第8.3条关于“服务单价每年根据市场情况调整”的约定不适用于本订单。"),
        }}));
        QCOMPARE(findingsOf(zh, QStringLiteral("missing_sla")).size(), 1);
        QVERIFY(findingsOf(zh, QStringLiteral("price_adjustment")).isEmpty());
        // "Schedule 2 of the Panel Agreement applies" in place of a restoration time; "Level 1 (Critical)" is P1.
        const auto en = analyze(textDocument({{
            QStringLiteral("For P3 and P4 restoration, Schedule 2 of the Panel Agreement applies."),
            QStringLiteral("4.1 Response time"),
            QStringLiteral("Level\tDefinition\tMenu A\tMenu B"),
            QStringLiteral("Level 1 (Critical)\tSystem is stopped\tWithin 30 minutes\tWithin 1 hour"),
        }}));
        QCOMPARE(findingsOf(en, QStringLiteral("missing_sla")).size(), 1);
        const auto response = termsOf(en, QStringLiteral("response_time"));
        QVERIFY(!response.isEmpty());
        QCOMPARE(response.first().priority, QStringLiteral("P1"));
    }

    void deductionFromTheFeeAndTimesWithinServiceHours()
    {
        // "超时每小时扣年度服务费0.5%，上限5%" deducts from the fee; "Within 1 hour (within service hours)" runs in
        // the tier's business hours.
        const auto zh = analyze(textDocument({{QStringLiteral("到场超时每小时扣年度服务费0.5%，上限5%。")}}));
        const auto penalty = termsOf(zh, QStringLiteral("penalty"));
        QCOMPARE(penalty.size(), 1);
        QCOMPARE(penalty.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("hour"));
        const auto en = analyze(textDocument({{
            QStringLiteral("Item\tMenu A\tMenu B"),
            QStringLiteral("Service hours\t24 hours a day, 365 days a year\tBusiness days, 9:00 to 18:00"),
            QStringLiteral("Response time\tWithin 30 minutes\tWithin 1 hour (within service hours)"),
        }}));
        bool business = false;
        for (const SlaTerm &term : termsOf(en, QStringLiteral("response_time")))
            business =
                business || (term.tier == QStringLiteral("Menu B") &&
                             term.values.value(QStringLiteral("basis")).toString() == QStringLiteral("business"));
        QVERIFY(business);
    }

    void noteOnElapsedTimeAroundTheClock()
    {
        // "24 hours a day, 7 days a week" in a note on how times are measured describes the clock; it promises no
        // time, so the note gives the table under it a calendar basis.
        const auto result = analyze(textDocument({{
            QStringLiteral("5.3 Tier A (Production) Service Levels"),
            QStringLiteral(
                "Measured in elapsed time, 24 hours a day, 7 days a week, without pause for nights, weekends "
                "or public holidays."),
            QStringLiteral("Priority\tResponse\tOn-site Attendance"),
            QStringLiteral("P1\t15 minutes\t4 hours"),
        }}));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 1);
        QCOMPARE(response.first().values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
    }

    void extendedWarrantyCertificateWording()
    {
        // A plan named for its day ("Next Business Day Onsite") promises no day by its name; software "including
        // operating systems, drivers, firmware" excludes firmware; times "set out in the Company's Service Delivery
        // Policy" are missing; "Contact details are subject to change" is no price; the buyer hiring a third party
        // is no subcontracting.
        const auto en = analyze(textDocument({{
            QStringLiteral("Feature\t24x7 4-Hour Onsite\tNext Business Day Onsite"),
            QStringLiteral("On-site response\tWithin 4 hours\tNext Business Day"),
            QStringLiteral("Replacement parts\tNew OEM parts\tNew OEM parts"),
            QStringLiteral("Models covered under Next Business Day Onsite: Vega SX1120."),
            QStringLiteral(
                "The following are excluded: (f) software, including operating systems, drivers, firmware and BIOS "
                "updates."),
            QStringLiteral(
                "Target resolution times for each service level are set out in the Company's Service Delivery "
                "Policy."),
            QStringLiteral("Contact details are subject to change."),
        }}));
        for (const Finding &finding : findingsOf(en, QStringLiteral("day_basis")))
            QVERIFY2(!finding.evidence.quote.contains(QStringLiteral("Vega")), qPrintable(finding.evidence.quote));
        QCOMPARE(findingsOf(en, QStringLiteral("scope_exclusion")).size(), 1);
        QCOMPARE(findingsOf(en, QStringLiteral("missing_sla")).size(), 1);
        QVERIFY(findingsOf(en, QStringLiteral("price_adjustment")).isEmpty());
        const auto zh =
            analyze(textDocument({{QStringLiteral("乙方逾期未修复的，甲方有权另行委托第三方维修，费用由乙方承担。")}}));
        QVERIFY(findingsOf(zh, QStringLiteral("subcontracting")).isEmpty());
    }

    void rfpQuestionsAndFinalOfferWording()
    {
        // An RFP response: "Question 4.2.2: …" holds the buyer's wishes ("as soon as possible"); the answers hold
        // the terms. A partner "performing" on-site work is subcontracting; a clock from the contractor's confirmation
        // is the vendor's; "software and firmware issues" excluded takes firmware out.
        const auto en = analyze(textDocument({{
            QStringLiteral(
                "Question 4.2.2: Describe your response times. LRHS expects a response as soon as possible and "
                "no later than fifteen (15) minutes."),
            QStringLiteral("Response: Keystone responds within 15 minutes to Severity 1 incidents."),
            QStringLiteral("At the Morgantown site, on-site work is performed by an independent service partner."),
            QStringLiteral(
                "\"On-site Time\" means the time from the Contractor's confirmation, following remote diagnostics, "
                "that an on-site intervention is required until the technician arrives."),
            QStringLiteral(
                "Not included in Bronze: software and firmware issues (including BIOS, BMC and driver updates)."),
        }}));
        QVERIFY(findingsOf(en, QStringLiteral("vague_wording")).isEmpty());
        QCOMPARE(findingsOf(en, QStringLiteral("subcontracting")).size(), 1);
        QCOMPARE(findingsOf(en, QStringLiteral("clock_start")).size(), 1);
        QCOMPARE(findingsOf(en, QStringLiteral("scope_exclusion")).size(), 1);
        // A final offer: the rest "按我司投标文件执行" (not attached), prices "随…成本变化适时调整", times
        // "以销售报价单为准".
        const auto zh = analyze(textDocument({{
            QStringLiteral("A类设备响应时间调整为15分钟；其余服务标准（含响应时间、修复时间）仍按投标文件执行。"),
            QStringLiteral("服务价格将随原厂备件及人工成本变化适时调整。"),
            QStringLiteral("其他城市的到场时间以销售报价单为准。"),
        }}));
        QCOMPARE(findingsOf(zh, QStringLiteral("missing_sla")).size(), 2);
        QCOMPARE(findingsOf(zh, QStringLiteral("price_adjustment")).size(), 1);
    }

    void renewalAdviceStockedPartsIncludedFirmwareAndAllottedCallIds()
    {
        // Advice to the buyer to act soon promises no speed; parts chosen "by market supply" are the vendor's
        // choice; firmware said to be included is no exclusion; a clock "reckoned" from a Call ID the vendor
        // allots "after preliminary remote diagnosis" is the vendor's clock.
        const auto zh = analyze(textDocument({{
            QStringLiteral("建议贵院结合 2026—2027 年信息化预算尽快安排替换。"),
            QStringLiteral("更换备件的品牌及型号根据市场供货情况确定。"),
            QStringLiteral("以下不在服务范围内：（3）操作系统、数据库及应用软件故障（服务器 BIOS、BMC、RAID "
                           "卡固件升级包含在服务内）。"),
        }}));
        QVERIFY(findingsOf(zh, QStringLiteral("vague_wording")).isEmpty());
        QCOMPARE(findingsOf(zh, QStringLiteral("parts_quality")).size(), 1);
        QVERIFY(findingsOf(zh, QStringLiteral("scope_exclusion")).isEmpty());
        const auto en = analyze(textDocument({{QStringLiteral(
            "Response and resolution time shall be reckoned from the time a Call ID is allotted by our helpdesk after "
            "preliminary remote diagnosis.")}}));
        QCOMPARE(findingsOf(en, QStringLiteral("clock_start")).size(), 1);
    }

    void definitionCentredBesideTwoLines()
    {
        // A glossary's term is centred beside its two-line definition, overlapping each line by less than half:
        // it is the first line's row, so "Business Day" is defined with its holidays.
        Document document;
        document.fileName = QStringLiteral("definitions.pdf");
        document.format = DocumentFormat::Pdf;
        Page page;
        page.number = 1;
        page.lines = {
            boxLine(QStringLiteral("On-site attendance is by the Next Business Day."), 57, 100, 230),
            boxLine(QStringLiteral("12. Definitions"), 57, 115, 80),
            boxLine(
                QStringLiteral("Monday to Friday, excluding bank and public holidays in the part of the UK where the"),
                178, 130, 330),
            boxLine(QStringLiteral("Business Day"), 65, 136.4, 55),
            boxLine(QStringLiteral("Site is located."), 178, 142.9, 60),
            boxLine(QStringLiteral("Business Hours"), 65, 160, 65),
            boxLine(QStringLiteral("08:30 to 17:30 on a Business Day."), 178, 160, 140),
        };
        document.pages << page;
        const auto result = analyze(document);
        QVERIFY(findingsOf(result, QStringLiteral("day_basis")).isEmpty());
    }

    void titleBoxAboveAPriceTable()
    {
        // A bid's part title drawn as a two-cell box ("第三部分 | 报价明细表") and a unit note sit right above
        // the price table: the table's header is its first full row, so the price column is read.
        Document document;
        document.fileName = QStringLiteral("bid.pdf");
        document.format = DocumentFormat::Pdf;
        Page page;
        page.number = 1;
        page.lines = {boxLine(QStringLiteral("第三部分"), 60, 100, 50),
                      boxLine(QStringLiteral("报价明细表"), 200, 100, 60),
                      boxLine(QStringLiteral("金额单位：人民币元"), 60, 116, 110),
                      boxLine(QStringLiteral("序号"), 60, 132, 24),
                      boxLine(QStringLiteral("服务内容"), 100, 132, 48),
                      boxLine(QStringLiteral("数量（台）"), 220, 132, 60),
                      boxLine(QStringLiteral("单价（元/台·年）"), 300, 132, 96),
                      boxLine(QStringLiteral("小计（元）"), 420, 132, 60),
                      boxLine(QStringLiteral("1"), 60, 148, 6),
                      boxLine(QStringLiteral("播出核心区维保服务"), 100, 148, 108),
                      boxLine(QStringLiteral("18"), 220, 148, 12),
                      boxLine(QStringLiteral("6,800"), 300, 148, 30),
                      boxLine(QStringLiteral("122,400"), 420, 148, 42)};
        document.pages = {page};
        const auto result = analyze(document);
        const auto prices = termsOf(result, QStringLiteral("price"));
        QVERIFY(!prices.isEmpty());
        QCOMPARE(prices.first().values.value(QStringLiteral("amount")).toInt(), 6800);
        QCOMPARE(prices.first().values.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
        QCOMPARE(prices.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
    }

    void captionRowAboveAPriorityTable()
    {
        // The section heading, the table number and the caption drawn on one row of three cells
        // above the header ("5.4 服务时限 | 表 5-3 | 服务时限承诺"): a title, not the table's header.
        Document document;
        document.fileName = QStringLiteral("bid.pdf");
        document.format = DocumentFormat::Pdf;
        Page page;
        page.number = 1;
        page.lines = {boxLine(QStringLiteral("5.4 服务响应及处理时限"), 60, 100, 130),
                      boxLine(QStringLiteral("表 5-3"), 220, 100, 36),
                      boxLine(QStringLiteral("服务时限承诺"), 280, 100, 72),
                      boxLine(QStringLiteral("系统类别"), 60, 120, 48),
                      boxLine(QStringLiteral("故障等级"), 140, 120, 48),
                      boxLine(QStringLiteral("响应时间"), 220, 120, 48),
                      boxLine(QStringLiteral("到场时间"), 300, 120, 48),
                      boxLine(QStringLiteral("核心生产系统"), 60, 136, 72),
                      boxLine(QStringLiteral("一级故障"), 140, 136, 48),
                      boxLine(QStringLiteral("十五分钟"), 220, 136, 48),
                      boxLine(QStringLiteral("2 小时"), 300, 136, 36),
                      boxLine(QStringLiteral("注：各项时限均按自然小时连续计算，节假日不中断计时。"), 60, 152, 300),
                      boxLine(QStringLiteral("六、服务报价"), 60, 170, 72),
                      boxLine(QStringLiteral("表 6-1"), 220, 170, 36),
                      boxLine(QStringLiteral("维保服务分项报价"), 280, 170, 96),
                      boxLine(QStringLiteral("系统类别"), 60, 186, 48),
                      boxLine(QStringLiteral("数量（台）"), 140, 186, 60),
                      boxLine(QStringLiteral("综合单价（元/台·年，含税）"), 220, 186, 150),
                      boxLine(QStringLiteral("核心生产系统"), 60, 202, 72),
                      boxLine(QStringLiteral("32"), 140, 202, 12),
                      boxLine(QStringLiteral("6,800.00"), 220, 202, 48),
                      boxLine(QStringLiteral("（1）服务期：三年，自合同签订之日起计算。"), 60, 240, 250)};
        document.pages = {page};
        const auto result = analyze(document);
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 1);
        QCOMPARE(response.first().values.value(QStringLiteral("minutes")).toInt(), 15);
        QCOMPARE(response.first().priority, QStringLiteral("P1"));
        QCOMPARE(response.first().tier, QStringLiteral("核心生产系统"));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 1);
        QCOMPARE(onsite.first().values.value(QStringLiteral("minutes")).toInt(), 120);
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 1);
        QCOMPARE(prices.first().values.value(QStringLiteral("amount")).toInt(), 6800);
        QCOMPARE(prices.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
    }

    void bidWordingOnPartsDutiesAndOperatingConditions()
    {
        // "新件或翻新件，由我司酌情选用" is one parts clause: the vendor picks the grade. The buyer's duty
        // to 尽快报修 is not a vague promise; 运行情况 holds 行情 but is no market price; a 5×8 window
        // of 工作日 with its hours and no word on holidays leaves the day basis open.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务时间：5×8 小时（工作日 9:00—17:00）。"),
            QStringLiteral("采购人发现设备故障后，应尽快拨打服务热线报修。"),
            QStringLiteral("（1）备件品质：办公系统所用备件为原厂新件或翻新件，由我司酌情选用。"),
            QStringLiteral("我司保留根据设备运行情况对巡检内容及频次进行调整的权利。"),
        }}));
        const auto quality = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(quality.size(), 1);
        QCOMPARE(quality.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("vendor_discretion"));
        const auto parts = findingsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QVERIFY(parts.first().evidence.quote.contains(QStringLiteral("翻新件，由我司酌情选用")));
        QVERIFY(findingsOf(result, QStringLiteral("vague_wording")).isEmpty());
        QVERIFY(findingsOf(result, QStringLiteral("price_adjustment")).isEmpty());
        QCOMPARE(findingsOf(result, QStringLiteral("unilateral_change")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("day_basis")).size(), 1);
    }

    void partnerQuotationTablesSetTightly()
    {
        // An OEM partner's quotation: the section heading sits right above the feature table's first
        // header cell, footnotes (①, *) follow the table at its left edge, and the price table is set
        // so tightly that Poppler chains its cells into one line per row; prices are in 万元.
        Document document;
        document.fileName = QStringLiteral("quote.pdf");
        document.format = DocumentFormat::Pdf;
        Page page;
        page.number = 1;
        page.lines = {
            boxLine(QStringLiteral("二、服务产品对比"), 60, 100, 96),
            boxLine(QStringLiteral("服务内容"), 60, 112, 48),
            boxLine(QStringLiteral("金牌服务（7×24×4）"), 200, 112, 110),
            boxLine(QStringLiteral("银牌服务（5×9×NBD）"), 360, 112, 110),
            boxLine(QStringLiteral("400 热线响应"), 60, 126, 66),
            boxLine(QStringLiteral("十五分钟内回电"), 200, 126, 84),
            boxLine(QStringLiteral("2 个工作小时内回电"), 360, 126, 100),
            boxLine(QStringLiteral("远程监控"), 60, 140, 48),
            boxLine(QStringLiteral("提供 7×24 远程硬件告警监控"), 200, 140, 150),
            boxLine(QStringLiteral("—"), 360, 140, 12),
            boxLine(QStringLiteral("① 银牌服务时间为工作日（周一至周五）9:00–18:00。"), 60, 154, 260),
            boxLine(QStringLiteral("四、报价明细"), 60, 200, 72),
            wordsLine({{QStringLiteral("品牌"), 76}, {QStringLiteral("/"), 97.5}, {QStringLiteral("型号"), 103.5}}, 214,
                      12, 4.75),
            wordsLine({{QStringLiteral("服务产品"), 139.2},
                       {QStringLiteral("数量"), 183.2},
                       {QStringLiteral("单价（万元/台/年）"), 253.3}},
                      214, 12, 4.75),
            wordsLine({{QStringLiteral("浪潮"), 63.9},
                       {QStringLiteral("NF5280M6"), 85.3},
                       {QStringLiteral("金牌服务"), 137.4},
                       {QStringLiteral("16"), 181.7}},
                      228, 12, 4.75),
            boxLine(QStringLiteral("0.68"), 250.8, 228, 19),
            wordsLine({{QStringLiteral("华为"), 63.9}, {QStringLiteral("2288H"), 85.3}, {QStringLiteral("V5"), 115.3}},
                      242, 12, 4.75),
            wordsLine(
                {{QStringLiteral("银牌服务"), 137.4}, {QStringLiteral("10"), 181.7}, {QStringLiteral("0.35"), 250.8}},
                242, 12, 4.75),
            boxLine(QStringLiteral("注：以上报价含增值税。"), 60, 270, 130)};
        document.pages = {page};
        const auto result = analyze(document);
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).tier, QStringLiteral("金牌服务"));
        QCOMPARE(response.at(1).tier, QStringLiteral("银牌服务"));
        const auto monitoring = termsOf(result, QStringLiteral("value_added"));
        QCOMPARE(monitoring.size(), 1);
        QCOMPARE(monitoring.first().tier, QStringLiteral("金牌服务"));
        QCOMPARE(monitoring.first().values.value(QStringLiteral("value")).toString(),
                 QStringLiteral("remote_monitoring"));
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        QCOMPARE(prices.at(0).values.value(QStringLiteral("amount")).toInt(), 6800);
        QCOMPARE(prices.at(0).values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
        QCOMPARE(prices.at(0).tier, QStringLiteral("金牌服务"));
        QCOMPARE(prices.at(1).values.value(QStringLiteral("amount")).toInt(), 3500);
    }

    void partnerQuotationClauses()
    {
        // The vendor decides the grade after a comma (具体由我司决定); the buyer is asked to send the serial
        // number quickly; firmware stays in scope inside an exclusions list; the OEM's own terms decide
        // what is left open; local partners may do the work; renewal follows the OEM's price policy.
        const auto result = analyze(textDocument({{
            QStringLiteral("* 银牌服务所用备件为原厂全新件或原厂翻新件，具体由我司决定。"),
            QStringLiteral("客户应及时报修，并尽快提供设备序列号、故障现象及 BMC 日志。"),
            QStringLiteral(
                "以下情况不在本次服务范围内：（1）人为损坏；（3）操作系统、数据库及应用软件问题，服务器 BIOS、BMC "
                "及 RAID 卡固件故障仍在服务范围内；（4）地震。"),
            QStringLiteral("部分偏远区县的现场服务可能由我司授权的本地服务商执行。"),
            QStringLiteral("上述服务内容未尽事宜，以浪潮、华为原厂服务条款为准。"),
            QStringLiteral("3．价格：本报价在合同期内固定不变；合同期满后续保价格届时根据原厂价格政策调整。"),
        }}));
        const auto parts = findingsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QVERIFY(parts.first().evidence.quote.contains(QStringLiteral("具体由我司决定")));
        QVERIFY(findingsOf(result, QStringLiteral("vague_wording")).isEmpty());
        QVERIFY(findingsOf(result, QStringLiteral("scope_exclusion")).isEmpty());
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("missing_sla")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("price_adjustment")).size(), 1);
    }

    void asciiBorderedTablesInAPortalExport()
    {
        // A procurement-portal export: tables drawn with +---+ and | borders, abbreviated units
        // ("2 BUS HRS", "NEXT BUS DAY"), plans named with their shorthand ("GOLD 24x7x4") and called by
        // their word alone in the terms; the currency stated in a parenthesis with more after it.
        const Document document = textDocument(
            {{QStringLiteral("+----------------+----------+--------------+"),
              QStringLiteral("| PLAN           | RESPONSE | ONSITE       |"),
              QStringLiteral("+----------------+----------+--------------+"),
              QStringLiteral("| GOLD 24x7x4    | 30 MIN   | 4 HRS        |"),
              QStringLiteral("| SILVER 8x5xNBD | 2 BUS HRS | NEXT BUS DAY |"),
              QStringLiteral("+----------------+----------+--------------+"),
              QStringLiteral("Q2. PRICING (USD, per server per year)"),
              QStringLiteral("| PLAN           | UNIT PRICE/YR |"), QStringLiteral("| GOLD 24x7x4    | 1,140.00 |"),
              QStringLiteral("Parts. GOLD: new genuine OEM parts only. Initial term 36 months.")}},
            DocumentFormat::Text);
        const auto result = analyze(document);
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("GOLD 24x7x4"), QStringLiteral("SILVER 8x5xNBD")}));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(1).values.value(QStringLiteral("minutes")).toInt(), 120);
        QCOMPARE(response.at(1).values.value(QStringLiteral("basis")).toString(), QStringLiteral("business"));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 2);
        QVERIFY(onsite.at(1).values.value(QStringLiteral("next_business_day")).toBool());
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 1); // "term 36" is no ringgit amount
        QCOMPARE(prices.first().values.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(prices.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
        const auto parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().tier, QStringLiteral("GOLD 24x7x4"));
    }

    void verticallyMergedCellsAndLetteredSeverities()
    {
        // A DOCX grid whose measure cells are merged down (empty below their first row), severities
        // named by letters, tiers across a "Metric" header; and a PDF grid whose tier cell is merged
        // down and printed once, centred beside its rows.
        const Document docx = textDocument({{
            QStringLiteral("Metric\tSeverity Level\tService Tier I\tService Tier II"),
            QStringLiteral("Response Time\tSeverity A\tFifteen (15) minutes\t30 minutes"),
            QStringLiteral("\tSeverity B\tThirty (30) minutes\t1 hour"),
            QStringLiteral("Onsite Time\tSeverity A\tFour (4) hours\t8 hours"),
        }});
        const auto result = analyze(docx);
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("Service Tier I"), QStringLiteral("Service Tier II")}));
        const auto response = termsOf(result, QStringLiteral("response_time"), QStringLiteral("P2"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).tier, QStringLiteral("Service Tier I"));
        QCOMPARE(response.at(0).values.value(QStringLiteral("minutes")).toInt(), 30);

        Document pdf;
        pdf.fileName = QStringLiteral("bid.pdf");
        pdf.format = DocumentFormat::Pdf;
        Page page;
        page.number = 1;
        page.lines = {
            boxLine(QStringLiteral("系统等级"), 60, 100, 48),  boxLine(QStringLiteral("故障等级"), 160, 100, 48),
            boxLine(QStringLiteral("响应时限"), 260, 100, 48), boxLine(QStringLiteral("一级故障"), 160, 120, 48),
            boxLine(QStringLiteral("≤15 分钟"), 260, 120, 42), boxLine(QStringLiteral("核心系统"), 60, 140, 48),
            boxLine(QStringLiteral("二级故障"), 160, 140, 48), boxLine(QStringLiteral("≤30 分钟"), 260, 140, 42),
            boxLine(QStringLiteral("一般系统"), 60, 160, 48),  boxLine(QStringLiteral("一级故障"), 160, 160, 48),
            boxLine(QStringLiteral("2h"), 260, 160, 12)};
        pdf.pages = {page};
        const auto zh = analyze(pdf);
        const auto first = termsOf(zh, QStringLiteral("response_time"), QStringLiteral("P1"));
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).tier, QStringLiteral("核心系统")); // the row above the centred cell
        QCOMPARE(first.at(1).tier, QStringLiteral("一般系统"));
    }

    void bilingualMarkdownSectionsAndTraditionalRiskWording()
    {
        // A Hong Kong page: "## Premium 尊尚" sections speak for their plan in either language; the
        // Traditional Chinese risk wording (服務夥伴, 因應市場情況調整, 保留…修改…的權利) is flagged like the
        // mainland's, and "may update this page" like "may update the plans".
        Document document = textDocument(
            {{QStringLiteral("| Plan 計劃 | Response 回應 |"), QStringLiteral("|---|---|"),
              QStringLiteral("| Premium 尊尚 | 30 minutes 30分鐘 |"),
              QStringLiteral("| Standard 標準 | 2 hours 2小時 |"), QStringLiteral("## Premium 尊尚"),
              QStringLiteral("- Parts are stocked locally in Hong Kong. 備件存放於香港本地倉。"),
              QStringLiteral("## All plans 所有計劃"),
              QStringLiteral("- Some on-site work may be carried out by our authorised service partners. "
                             "部分到場服務或由本公司認可的服務夥伴執行。"),
              QStringLiteral(
                  "- Renewal fees may be adjusted in line with market conditions. 續約收費或會因應市場情況調整。"),
              QStringLiteral("Kestrel Bay may update this page and the plans from time to time. "
                             "本公司保留隨時修改本頁及服務計劃內容的權利。")}},
            DocumentFormat::Text);
        document.fileName = QStringLiteral("plans.md");
        const auto result = analyze(document);
        const auto stock = termsOf(result, QStringLiteral("parts_stock"));
        QVERIFY(!stock.isEmpty());
        QCOMPARE(stock.first().tier, QStringLiteral("Premium 尊尚"));
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 2);
        QCOMPARE(findingsOf(result, QStringLiteral("price_adjustment")).size(), 2);
        QCOMPARE(findingsOf(result, QStringLiteral("unilateral_change")).size(), 2);
    }

    void contractArticlesEndTheTierSectionsBeforeThem()
    {
        // "第三条 备件与服务团队" is an article heading: the tier section "（二）B级设备" above it ends there.
        const Document document = textDocument({{
            QStringLiteral("第二条 服务级别"),
            QStringLiteral("（一）A级设备"),
            QStringLiteral("1. 乙方应在接到报修后三十分钟内响应。"),
            QStringLiteral("（二）B级设备"),
            QStringLiteral("1. 乙方应在一小时内响应。"),
            QStringLiteral("第三条 增值服务"),
            QStringLiteral("3.1 预防性巡检：乙方每季度对全部设备进行一次预防性巡检。"),
        }});
        const auto result = analyze(document);
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(1).tier, QStringLiteral("B级设备"));
        const auto visits = termsOf(result, QStringLiteral("value_added"));
        QCOMPARE(visits.size(), 1);
        QVERIFY(visits.first().tier.isEmpty());
    }

    void taiwanContractWording()
    {
        // 為期三年 after a ROC date ("114 年"), prices revised "依原廠報價及匯率變動", and the catch-all
        // 其他非可歸責於本公司之事由.
        const Document document = textDocument({{
            QStringLiteral(
                "合約期間自 114 年 10 月 1 日起為期三年（36 個月）。合約期間內，價格得隨時依原廠報價及匯率變動調整。"),
            QStringLiteral("因天災、人為操作不當或其他非可歸責於本公司之事由所致之故障，本公司不負修復責任。"),
        }});
        const auto result = analyze(document);
        const auto term = termsOf(result, QStringLiteral("term_months"));
        QCOMPARE(term.size(), 1);
        QCOMPARE(term.first().values.value(QStringLiteral("value")).toInt(), 36);
        QCOMPARE(findingsOf(result, QStringLiteral("price_adjustment")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("scope_exclusion")).size(), 1);
    }

    void capitalisedCoverLevelsAboveBullets()
    {
        // An e-mail quote's cover levels as capitalised titles above bullets ("ESSENTIAL (NBD) - 12
        // servers"); a "PLANS" title is not a plan. Review-at-renewal prices, "rather than a guarantee",
        // "can vary the service description", "best-value".
        const Document document =
            textDocument({{QStringLiteral("ESSENTIAL (NBD) - 12 servers (the file/print and backup boxes)"),
                           QStringLiteral("  - Cover: Mon-Fri 8am-6pm, excluding bank holidays"),
                           QStringLiteral("  - GBP 420 per server per year"),
                           QStringLiteral("PRIORITY (4-HOUR) - 6 servers (PMS database, Hyper-V hosts)"),
                           QStringLiteral("  - Engineer on site within four hours - this is a target we hit on most "
                                          "calls rather than a guarantee"),
                           QStringLiteral("  - GBP 760 per server per year"),
                           QStringLiteral("PLANS (all prices in GBP)"), QStringLiteral("  - one"),
                           QStringLiteral("  - two"), QStringLiteral("1. Prices are reviewed annually on renewal."),
                           QStringLiteral("2. We can vary the service description on 30 days' written notice."),
                           QStringLiteral("We've been named best-value TPM in the South East three years running.")}},
                         DocumentFormat::Text);
        const auto result = analyze(document);
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("ESSENTIAL"), QStringLiteral("PRIORITY")}));
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        QCOMPARE(prices.at(1).tier, QStringLiteral("PRIORITY"));
        QCOMPARE(termsOf(result, QStringLiteral("onsite_time")).first().tier, QStringLiteral("PRIORITY"));
        QCOMPARE(findingsOf(result, QStringLiteral("vague_wording")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("price_adjustment")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("unilateral_change")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("marketing_claim")).size(), 1);
    }

    void gradeColumnNamesTheTiers()
    {
        // A "等级" column of A 级 / B 级 / C 级 rows names tiers (not priorities).
        const Document document = textDocument({{
            QStringLiteral("等级\t服务时间\t电话响应\t工程师到场"),
            QStringLiteral("A 级\t7×24 小时（含法定节假日）\t15 分钟\t2 小时"),
            QStringLiteral("C 级\t5×8 小时\t2 小时\t下一个工作日"),
        }});
        const auto result = analyze(document);
        QCOMPARE(result.tiers.size(), 2);
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).tier, result.tiers.at(0));
        QVERIFY(response.at(0).priority.isEmpty());
    }

    void chineseClockAcceptanceLoanerStockAndHolidayWindows()
    {
        // The hotline accepting a call (受理) is the call, not a vendor-controlled clock; a loaner "视库存
        // 情况而定" is no parts-quality risk; a window with "国定假日除外" in its parenthesis is defined.
        const Document document = textDocument({{
            QStringLiteral("3. 电话响应时间自服务热线受理报修之时起计算；"),
            QStringLiteral("6. 备机：故障超过二十四小时仍未修复的，我司提供临时备机，具体视库存情况而定。"),
            QStringLiteral("服务时段\t周一至周六 08:00 至 20:00（国定假日除外）"),
        }});
        const auto result = analyze(document);
        QVERIFY(findingsOf(result, QStringLiteral("clock_start")).isEmpty());
        QVERIFY(findingsOf(result, QStringLiteral("parts_quality")).isEmpty());
        QVERIFY(findingsOf(result, QStringLiteral("day_basis")).isEmpty());
    }

    void moreRiskWordingFromBlindSets()
    {
        // Subcontracting *without* the buyer's consent is the risk (not an exception); "X-authorized
        // service providers"; "subject to geographic availability"; definitions revised by the vendor;
        // rates adjusted from time to time; cost increases passed through; 技术一流; 有权对服务条款进行修订;
        // 以届时…目录价为准.
        const Document document = textDocument({{
            QStringLiteral(
                "2.3.2 The Supplier may appoint Subcontractors to perform any part of the Services without the "
                "Buyer's prior consent."),
            QStringLiteral("On-site work is delivered by Kestrel-authorized service providers."),
            QStringLiteral("Four-hour response is subject to geographic availability."),
            QStringLiteral("Provider may revise the Priority definitions by notice."),
            QStringLiteral(
                "Out-of-scope work is charged at $165 per hour, which rate Provider may adjust from time to time."),
            QStringLiteral("Kestrel may pass through increases in third-party logistics costs."),
            QStringLiteral("我司技术一流。曜川有权对服务条款进行修订。续约价格以届时曜川官方目录价为准。"),
        }});
        const auto result = analyze(document);
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 2);
        QCOMPARE(findingsOf(result, QStringLiteral("vague_wording")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("unilateral_change")).size(), 2);
        QCOMPARE(findingsOf(result, QStringLiteral("price_adjustment")).size(), 3);
        QCOMPARE(findingsOf(result, QStringLiteral("marketing_claim")).size(), 1);
    }

    void annualFeePerServerAndMonitoringWording()
    {
        // "Annual charge per server" is per server and year; monitoring named many ways is remote monitoring.
        const Document document = textDocument({{
            QStringLiteral("Plan\tServers\tAnnual charge per server\tAnnual total"),
            QStringLiteral("Enhanced\t26\t€540.00\t€14,040.00"),
            QStringLiteral("Remote health monitoring of iDRAC / iLO hardware alerts by the helpdesk."),
            QStringLiteral("高级服务含iCare远程健康监测及带外管理告警实时推送。"),
        }});
        const auto result = analyze(document);
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        QCOMPARE(prices.at(0).values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
        const auto services = termsOf(result, QStringLiteral("value_added"));
        QVERIFY(!services.isEmpty());
        for (const SlaTerm &term : services)
            QCOMPARE(term.values.value(QStringLiteral("value")).toString(), QStringLiteral("remote_monitoring"));
    }

    void countingRuleInTheNextSubsectionForTheTableAbove()
    {
        // "2.2 计时规则：上表时限…以自然小时累计" speaks of the table in 2.1.
        const Document document = textDocument({{
            QStringLiteral("2.1 服务时限"),
            QStringLiteral("服务等级\t响应时间\t到场时间"),
            QStringLiteral("核心级\t15分钟\t2小时"),
            QStringLiteral("2.2 计时规则"),
            QStringLiteral("上表时限自客户拨通服务热线之时开始计时，以自然小时累计，夜间、周末及法定节假日照常计时。"),
        }});
        const auto result = analyze(document);
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 1);
        QCOMPARE(response.first().values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
    }

    void termColumnAndOemTermsInBookTitleMarks()
    {
        // A quotation's 服务期 column gives each row's term; "以《X服务条款》（最新版）为准" defers the
        // service levels; "全新件或性能与全新件等同的部件" is new or equivalent.
        const Document document = textDocument({{
            QStringLiteral("服务产品\t服务期\t单价（元/台/年）"),
            QStringLiteral("MissionCare 关键业务服务\t36 个月\t15,600"),
            QStringLiteral("BasicCare 标准服务\t36 个月\t4,800"),
            QStringLiteral("更换的部件可能为全新件或性能与全新件等同的部件。"),
            QStringLiteral("具体响应与到场要求以《曜川企业服务条款》（最新版）为准。"),
        }});
        const auto result = analyze(document);
        const auto terms = termsOf(result, QStringLiteral("term_months"));
        QCOMPARE(terms.size(), 2);
        QCOMPARE(terms.at(1).values.value(QStringLiteral("value")).toInt(), 36);
        QCOMPARE(terms.at(1).tier, QStringLiteral("BasicCare 标准服务"));
        const auto parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("new_or_equivalent"));
        const auto missing = findingsOf(result, QStringLiteral("missing_sla"));
        QVERIFY(std::any_of(missing.cbegin(), missing.cend(), [](const Finding &f) {
            return f.evidence.quote.contains(QStringLiteral("《曜川企业服务条款》"));
        }));
    }

    void depotsInSeveralPlaces()
    {
        // Plural depots name one store per place: "in Bristol, Birmingham and Glasgow", "in Chicago and in Dallas".
        const Document document = textDocument({{
            QStringLiteral("Parts are held at regional depots in Bristol, Birmingham and Glasgow."),
            QStringLiteral("Spares ship from our regional depots, in Chicago and in Dallas."),
        }});
        const auto result = analyze(document);
        QStringList places;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_stock"))) {
            QCOMPARE(term.values.value(QStringLiteral("value")).toString(), QStringLiteral("regional"));
            places << term.values.value(QStringLiteral("location")).toString();
        }
        QCOMPARE(places, (QStringList{QStringLiteral("Bristol"), QStringLiteral("Birmingham"),
                                      QStringLiteral("Glasgow"), QStringLiteral("Chicago"), QStringLiteral("Dallas")}));
    }

    void creditPerCommencedHour()
    {
        // "per commenced hour of delay" is per hour, whatever monthly charge it is a share of.
        const Document document = textDocument({{
            QStringLiteral("Missed target\tService credit"),
            QStringLiteral("Category A on-site attendance (4 hours)\t3% of the monthly Category A charge per commenced "
                           "hour of delay"),
        }});
        const auto result = analyze(document);
        const auto penalty = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalty.size(), 1);
        QCOMPARE(penalty.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("hour"));
    }

    void plainTextTableAlignedWithSpacesOnly()
    {
        // An e-mail's table aligned with runs of spaces and no rule line.
        const Document document = textDocument(
            {{QStringLiteral("Plan        Cover             Response            Onsite               Price (SGD per "
                             "server per year)"),
              QStringLiteral("Platinum    24x7x365          15 minutes          4 hours              3,240.00"),
              QStringLiteral("Silver      Business Hours    2 Business Hours    Next Business Day      890.00"),
              QStringLiteral("Suggested allocation from your list: 12 Platinum and 8 Silver servers.")}},
            DocumentFormat::Text);
        const auto result = analyze(document);
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("Platinum"), QStringLiteral("Silver")}));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).tier, QStringLiteral("Platinum"));
        QCOMPARE(response.at(0).values.value(QStringLiteral("minutes")).toInt(), 15);
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        QCOMPARE(prices.at(1).values.value(QStringLiteral("currency")).toString(), QStringLiteral("SGD"));
    }

    void letterStyleProposalWithPlanTitles()
    {
        // A sales letter: unnumbered plan titles over bullets, "we aim to", a partner network, a price
        // table in "$" stated to be New Zealand dollars, renewal prices that follow costs, service
        // levels deferred to the manufacturer's service descriptions.
        const auto result = analyze(textDocument({{
            QStringLiteral("TasmanCare Plus – for your production servers"),
            QStringLiteral("• Response: a qualified engineer will call you back within 30 minutes of your call."),
            QStringLiteral("• On site: we aim to have an engineer on site within 4 hours of your call being logged."),
            QStringLiteral("TasmanCare Basic – for backup and test servers"),
            QStringLiteral("• On site: next business day, if the fault can't be fixed remotely."),
            QStringLiteral("Included in both plans"),
            QStringLiteral("• Annual health check: one on-site visit a year to go through the logs."),
            QStringLiteral(
                "• Further out, the visit may be done by a technician from our South Island partner network."),
            QStringLiteral("Plan\tPer server, per year"),
            QStringLiteral("TasmanCare Plus\t$1,640"),
            QStringLiteral("TasmanCare Basic\t$690"),
            QStringLiteral("All prices are in New Zealand dollars and exclude GST."),
            QStringLiteral("Renewal pricing will reflect our supplier and exchange-rate costs at the time."),
            QStringLiteral("Repair commitments are the ones in Dell's service descriptions for your region."),
        }}));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 2);
        QCOMPARE(onsite.at(0).tier, QStringLiteral("TasmanCare Plus"));
        QCOMPARE(onsite.at(0).values.value(QStringLiteral("minutes")).toDouble(), 240.0);
        QCOMPARE(onsite.at(1).tier, QStringLiteral("TasmanCare Basic"));
        const auto services = termsOf(result, QStringLiteral("value_added"));
        QCOMPARE(services.size(), 1);
        QVERIFY(services.first().tier.isEmpty());
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        QCOMPARE(prices.at(0).values.value(QStringLiteral("currency")).toString(), QStringLiteral("NZD"));
        const auto adjustment = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustment.size(), 1);
        QCOMPARE(adjustment.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("unbounded"));
        QCOMPARE(findingsOf(result, QStringLiteral("vague_wording")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("price_adjustment")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("missing_sla")).size(), 1);
    }

    void colloquialChineseQuotation()
    {
        // A chat-style quote: o'clock times, "尽量", a hedge right before a number, a clock started by
        // the vendor's own check, firmware "不在包年里面", partner technicians, "看行情" pricing, a
        // rate without 元, a loan machine called 备用机.
        Document document = textDocument(
            {{QStringLiteral("我们这边周一到周六上班，早上9点到晚上6点"),
              QStringLiteral("晚上有急事也可以打我手机，我们尽量安排人过去"),
              QStringLiteral("深圳市内保证两小时上门，上门时间是从我们远程看过、确认是硬件问题以后开始算的"),
              QStringLiteral("一般二十四小时内修好；实在修不好的，可以先借台备用机给您顶着"),
              QStringLiteral("包年维保：800/台/年"),
              QStringLiteral("包年只管硬件，系统、软件、固件升级这些不在包年里面"),
              QStringLiteral("人手紧的时候会请合作的师傅帮忙上门"),
              QStringLiteral("今年就按这个价格，明年的话要看配件行情，到时候再调")}},
            DocumentFormat::Text);
        document.fileName = QStringLiteral("wechat.txt");
        const auto result = analyze(document);
        const auto coverage = termsOf(result, QStringLiteral("coverage"));
        QCOMPARE(coverage.size(), 1);
        QCOMPARE(coverage.first().values.value(QStringLiteral("days_per_week")).toInt(), 6);
        QCOMPARE(coverage.first().values.value(QStringLiteral("start")).toString(), QStringLiteral("09:00"));
        QCOMPARE(coverage.first().values.value(QStringLiteral("end")).toString(), QStringLiteral("18:00"));
        const auto price = termsOf(result, QStringLiteral("price"));
        QCOMPARE(price.size(), 1);
        QCOMPARE(price.first().values.value(QStringLiteral("amount")).toDouble(), 800.0);
        QCOMPARE(price.first().values.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
        QCOMPARE(price.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
        bool loaner = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added")))
            loaner = loaner || term.values.value(QStringLiteral("value")).toString() == QLatin1String("loaner");
        QVERIFY(loaner);
        QCOMPARE(termsOf(result, QStringLiteral("price_adjustment")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("vague_wording")).size(), 2);
        QCOMPARE(findingsOf(result, QStringLiteral("clock_start")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("scope_exclusion")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("price_adjustment")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("day_basis")).size(), 1);
    }

    void quotationLineItemsWithServiceLevelsAreTiers()
    {
        // A quote sheet: the line items whose description promises a service level are the tiers; a
        // one-off item is not; the unit column says what each unit price is per.
        const auto result = analyze(textDocument({{
            QStringLiteral("序号\t服务项目\t服务内容\t单位\t数量\t单价(元)\t金额(元)"),
            QStringLiteral("1\t核心服务器原厂延保\t7x24x4,4H 到场;原厂全新备件\t台/年\t8\t4200.00\t33600.00"),
            QStringLiteral("2\t普通服务器第三方维保\t5x8xNBD;含备件及人工\t台/年\t12\t1650.00\t19800.00"),
            QStringLiteral("3\t预防性巡检\t全部服务器上门巡检,半年1次\t次\t2\t1200.00\t2400.00"),
            QStringLiteral("4\t保外按次维修\t工程师上门工时费\t小时\t-\t300.00\t-"),
        }}));
        QCOMPARE(result.tiers,
                 (QStringList{QStringLiteral("核心服务器原厂延保"), QStringLiteral("普通服务器第三方维保")}));
        QList<SlaTerm> unitPrices;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price"))) {
            if (term.evidence.quote.startsWith(QLatin1String("4200")) ||
                term.evidence.quote.startsWith(QLatin1String("300")))
                unitPrices << term;
        }
        QCOMPARE(unitPrices.size(), 2);
        QCOMPARE(unitPrices.at(0).tier, QStringLiteral("核心服务器原厂延保"));
        QCOMPARE(unitPrices.at(0).values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
        QCOMPARE(unitPrices.at(1).values.value(QStringLiteral("per")).toString(), QStringLiteral("hour"));
    }

    void reactionTimesAndClassesNamedTogether()
    {
        // "Reaction Time" is a response time; "Classes A and B" names both classes.
        const auto result = analyze(textDocument({{
            QStringLiteral("Service class\tReaction Time\tArrival Time"),
            QStringLiteral("Class A\t30 minutes\t4 hours"),
            QStringLiteral("Class B\t2 Business Hours\tNext Business Day"),
            QStringLiteral("Classes A and B: new, genuine manufacturer parts only."),
        }}));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.first().values.value(QStringLiteral("minutes")).toDouble(), 30.0);
        const auto parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).tier, QStringLiteral("Class A"));
        QCOMPARE(parts.at(1).tier, QStringLiteral("Class B"));
    }

    void plansTablesRunTogetherAndTheirNotes()
    {
        // Two plans' two-column tables run together, each opened by a row holding only the plan's
        // name; a note per plan calls it by its grade word ("Silver times", "Gold times").
        const auto result = analyze(textDocument({{
            QStringLiteral("Silver Support\t"),
            QStringLiteral("Response\t1 hour"),
            QStringLiteral("Parts\tNew OEM parts"),
            QStringLiteral("Gold Support\t"),
            QStringLiteral("Response\t15 minutes"),
            QStringLiteral("Parts\tNew OEM parts, held at our forward stock location in Birmingham"),
            QStringLiteral("Silver response times are counted within the hours of cover only; a fault logged at 17:00 "
                           "with a 1-hour response is answered by 09:00."),
            QStringLiteral("Gold times are clock hours and run through nights and weekends."),
            QStringLiteral("The Customer should report any fault as soon as possible after it is noticed."),
            QStringLiteral("Tier\tServers\tAnnual charge"),
            QStringLiteral("Gold Support\t10\t£7,200.00"),
            QStringLiteral("Silver Support\t16\t£6,320.00"),
        }}));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QVERIFY(response.size() >= 2);
        QCOMPARE(response.at(0).tier, QStringLiteral("Silver Support"));
        QCOMPARE(response.at(0).values.value(QStringLiteral("basis")).toString(), QStringLiteral("business"));
        QCOMPARE(response.at(1).tier, QStringLiteral("Gold Support"));
        QCOMPARE(response.at(1).values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        const auto stock = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 1);
        QCOMPARE(stock.first().tier, QStringLiteral("Gold Support"));
        QCOMPARE(stock.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("local"));
        QVERIFY(findingsOf(result, QStringLiteral("vague_wording")).isEmpty());
    }

    void priorityByMeasureGridWithCentredPriorityCells()
    {
        // 故障等级 | 考核指标 | one column per site: the measure cell labels the times beside it, and
        // the priority cell merged over its three measures is printed on one row of the group (the
        // first, or the middle one), so a group starts where 响应时间 comes round again.
        const auto result = analyze(textDocument({{
            QStringLiteral("3.1 主数据中心：7×24 小时，全年无休。"),
            QStringLiteral("3.2 同城灾备中心：5×8 小时，即工作日 9:00—17:00。"),
            QStringLiteral("故障等级\t考核指标\t主数据中心\t同城灾备中心"),
            QStringLiteral("一级故障\t响应时间\t十五分钟\t30 分钟"),
            QStringLiteral("\t到场时间\t2 小时\t4 个工作小时"),
            QStringLiteral("\t修复时间\t6 小时\t下一个工作日"),
            QStringLiteral("\t响应时间\t30 分钟\t1 个工作小时"),
            QStringLiteral("二级故障\t到场时间\t4 小时\t下一个工作日"),
            QStringLiteral("\t修复时间\t12 小时\t3 个工作日"),
        }}));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 4);
        QCOMPARE(response.at(0).values.value(QStringLiteral("minutes")).toInt(), 15);
        QCOMPARE(response.at(0).priority, QStringLiteral("P1"));
        QCOMPARE(response.at(0).tier, QStringLiteral("主数据中心"));
        QCOMPARE(response.at(3).values.value(QStringLiteral("minutes")).toInt(), 60);
        QCOMPARE(response.at(3).priority, QStringLiteral("P2"));
        QCOMPARE(response.at(3).tier, QStringLiteral("同城灾备中心"));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 4);
        QCOMPARE(onsite.at(2).priority, QStringLiteral("P2"));
        QCOMPARE(termsOf(result, QStringLiteral("resolution_time")).size(), 4);
    }

    void bankAnnexStoresDiscretionAndWorkingDayDefinition()
    {
        // A store named again where it lacks a part is not a second store, and the parts it lacks
        // come from the regional centre named after 由 (not negated); 由乙方自行决定采用 leaves the
        // grade to the vendor; a 工作日 defined after a colon, with the hours given elsewhere, is a defined basis.
        const auto result = analyze(textDocument({{
            QStringLiteral("6.3 乙方在宁波市设有本地备件库；本地备件库未储备的备件由乙方杭州区域备件中心调拨。"),
            QStringLiteral("6.4 更换备件由乙方自行决定采用原厂全新件或原厂认证翻新件。"),
            QStringLiteral("2.5 “工作日”：指周一至周五，国家法定节假日除外。"),
            QStringLiteral("2.6 服务窗口：工作日 8:30—17:30。"),
            QStringLiteral("3.1 二级故障到场时间为 4 个工作小时。"),
        }}));
        const auto stock = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 2);
        QCOMPARE(stock.at(0).values.value(QStringLiteral("value")).toString(), QStringLiteral("local"));
        QVERIFY(stock.at(0).values.value(QStringLiteral("location")).toString().contains(QStringLiteral("宁波")));
        QCOMPARE(stock.at(1).values.value(QStringLiteral("value")).toString(), QStringLiteral("regional"));
        QVERIFY(stock.at(1).values.value(QStringLiteral("location")).toString().contains(QStringLiteral("杭州")));
        const auto quality = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(quality.size(), 1);
        QCOMPARE(quality.at(0).values.value(QStringLiteral("value")).toString(), QStringLiteral("vendor_discretion"));
        QVERIFY(findingsOf(result, QStringLiteral("day_basis")).isEmpty());
    }

    void canadianScheduleOfTiersAndDefinitions()
    {
        // A schedule that defines Business Hours in a.m./p.m. and a Business Day "other than" holidays,
        // names a tier's window by "Business Hours" alone in its cell, suspends two tiers' clocks outside
        // their window, and words its risks in the long style of a master agreement.
        const auto result = analyze(textDocument({{
            QStringLiteral("1.1 \"Business Day\" means a day other than a Saturday, a Sunday or a day gazetted as a "
                           "public holiday."),
            QStringLiteral(
                "1.2 \"Business Hours\" means 8.00am to 5:00 p.m., local time at the Site, on a Business Day."),
            QStringLiteral(
                "1.6 \"On-Site Time\" means the elapsed time between the moment a Laurentide TAC engineer "
                "confirms, following remote diagnostics, that an on-site visit is required, and the arrival."),
            QStringLiteral("2.2 Each item is assigned to one of three Service Tiers: Premier, Enhanced and Essential "
                           "(development and warehouse-management servers)."),
            QStringLiteral("\tPremier\tEnhanced\tEssential"),
            QStringLiteral("Coverage Window\t24 hours a day, 7 days a week, including statutory holidays\t"
                           "7:00 a.m. to 7:00 p.m., Monday to Friday, excluding statutory holidays\tBusiness Hours"),
            QStringLiteral(
                "Replacement parts\tNew genuine OEM parts only\tNew genuine OEM parts only\tCertified refurbished"),
            QStringLiteral("Severity 1 – Response\t15 minutes\t30 minutes\t2 hours"),
            QStringLiteral("3.3 Time commitments for Enhanced and Essential Equipment run only during the applicable "
                           "Coverage Window and are suspended outside it."),
            QStringLiteral("3.3.1 Time commitments for Premier Equipment are measured in clock hours, continuously."),
            QStringLiteral("3.4 Restoration targets for all other Severity levels are as published in Laurentide's "
                           "Customer Support Guide."),
            QStringLiteral("4.2 For Severity 1 incidents on Premier Equipment the replacement part is dispatched in "
                           "parallel with remote diagnostics."),
            QStringLiteral(
                "5.2 Laurentide shall not subcontract any of the Services without the Customer's prior written "
                "consent, except that on-site attendance outside Toronto may be performed by Laurentide's "
                "authorized field service partners."),
            QStringLiteral("7. Exclusions"),
            QStringLiteral("The Services do not cover: (a) damage caused by misuse; (d) OEM firmware, BIOS, drivers, "
                           "operating systems and all other software."),
            QStringLiteral(
                "8. The Customer shall promptly notify Laurentide of any suspected fault, provide timely and "
                "safe access to the Site."),
            QStringLiteral("A1.3 Initial Term: 36 months. Total Fees for the Initial Term, before any adjustment under "
                           "A1.4: CAD 180,000.00."),
            QStringLiteral(
                "A1.5 Laurentide may revise the T&M rates from time to time on thirty (30) days' written notice."),
        }}));
        SlaTerm essential;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("coverage")))
            if (term.tier == QLatin1String("Essential"))
                essential = term;
        QCOMPARE(essential.values.value(QStringLiteral("start")).toString(), QStringLiteral("08:00"));
        QCOMPARE(essential.values.value(QStringLiteral("end")).toString(), QStringLiteral("17:00"));
        QCOMPARE(essential.values.value(QStringLiteral("holidays")), QVariant(false));
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            QCOMPARE(term.values.value(QStringLiteral("basis")).toString(),
                     term.tier == QLatin1String("Premier") ? QStringLiteral("calendar") : QStringLiteral("business"));
        QCOMPARE(termsOf(result, QStringLiteral("parts_dispatch_first")).size(), 1);
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_stock")))
            QVERIFY(!term.evidence.quote.contains(QStringLiteral("warehouse")));
        bool total = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price")))
            total = total || (term.values.value(QStringLiteral("amount")).toInt() == 180000 &&
                              term.values.value(QStringLiteral("per")).toString() == QLatin1String("total"));
        QVERIFY(total);
        QCOMPARE(findingsOf(result, QStringLiteral("clock_start")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("parts_quality")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("missing_sla")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("scope_exclusion")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("price_adjustment")).size(), 1);
        QVERIFY(findingsOf(result, QStringLiteral("vague_wording")).isEmpty());
    }

    void dataSheetFeatureGridWithFootnoteMarkers()
    {
        // An OEM data sheet: footnote numbers glued to cells ("Business Hours1", "4 hours3"), an
        // "Onsite technician response" row, features marked "Included" per level, prices whose unit is
        // in the caption above the table, and a stocking location named after the vendor.
        const auto result = analyze(textDocument({{
            QStringLiteral("Halvorsen Compute, Inc., Austin, TX"),
            QStringLiteral("Table 1. CareOne offering levels"),
            QStringLiteral("Feature\tCareOne Essential\tCareOne Plus\tCareOne Critical"),
            QStringLiteral("Technical support hours\tBusiness Hours1\t24x7x365\t24x7x365"),
            QStringLiteral("Onsite technician response\tNext Business Day2\t4 hours3\t4 hours3"),
            QStringLiteral("Parts-first dispatch, Severity 1\t—\t—\tIncluded6"),
            QStringLiteral("Collaborative support for third-party operating systems\t—\tIncluded\tIncluded"),
            QStringLiteral(
                "1 Business Hours are 8:00 a.m. to 6:00 p.m., Monday through Friday, excluding local public holidays."),
            QStringLiteral("For CareOne Critical, parts are staged at a Halvorsen forward stocking location in the "
                           "Customer's metropolitan area."),
            QStringLiteral("Table 2. U.S. list prices, USD per server per year"),
            QStringLiteral("Model\tCareOne Essential\tCareOne Plus\tCareOne Critical"),
            QStringLiteral("HX2200 (1U, 2-socket)\t$420\t$780\t$1,350"),
            QStringLiteral("HX4400 (2U, 2-socket)\t$610\t$1,090\t$1,880"),
        }}));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 3);
        QVERIFY(onsite.at(0).values.value(QStringLiteral("next_business_day")).toBool());
        QCOMPARE(onsite.at(1).values.value(QStringLiteral("minutes")).toInt(), 240);
        QCOMPARE(onsite.at(2).tier, QStringLiteral("CareOne Critical"));
        const auto dispatch = termsOf(result, QStringLiteral("parts_dispatch_first"));
        QCOMPARE(dispatch.size(), 1);
        QCOMPARE(dispatch.first().tier, QStringLiteral("CareOne Critical"));
        int software = 0;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added")))
            software += term.values.value(QStringLiteral("value")).toString() == QLatin1String("software_support");
        QCOMPARE(software, 2);
        const auto stock = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 1);
        QVERIFY(stock.first().values.value(QStringLiteral("location")).isNull());
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 6);
        for (const SlaTerm &price : prices)
            QCOMPARE(price.values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
        QCOMPARE(prices.at(3).values.value(QStringLiteral("amount")).toInt(), 610);
        QCOMPARE(prices.at(3).tier, QStringLiteral("CareOne Essential"));
    }

    void bilingualQuotationSectionByLanguage()
    {
        // A Singapore quotation, each clause in English then Chinese: "respond within" binds the time to
        // the response though "attend" is nearer; the part of a store sentence after "not held locally"
        // still names the regional hub; a section of included services and exclusions lists services;
        // 含新加坡公共假期 includes holidays; 上午 9:00 至下午 6:00 ends at 18:00; a total over 36 months.
        const auto result = analyze(textDocument({{
            QStringLiteral("3.1 白金级（Platinum）：全年 7×24 小时服务，含新加坡公共假期。"),
            QStringLiteral("3.2 白银级（Silver）：工作时间服务，即周一至周五上午 9:00 至下午 6:00。"),
            QStringLiteral("4.2 Silver: for all Severity levels, Kestrel will respond within two (2) Business Hours "
                           "and attend site on the Next Business Day."),
            QStringLiteral("5.3 Parts not held locally are shipped from our regional hub in Kuala Lumpur."),
            QStringLiteral("6.2 Kestrel may engage authorised subcontractors to perform on-site work."),
            QStringLiteral("7. Included Services and Exclusions"),
            QStringLiteral("7.1 Platinum includes half-yearly preventive maintenance visits."),
            QStringLiteral("¹ 到场时间为目标值，红隼将尽商业上合理的努力予以达成。"),
            QStringLiteral("9.1 红隼可不时更新本服务说明。"),
            QStringLiteral("Plan\tModel\tSGD per server per year"),
            QStringLiteral("Platinum\tDell PowerEdge R750\t1,980.00"),
            QStringLiteral("Total for 36 months 36 个月合计\tSGD 126,900.00"),
        }}));
        const auto coverage = termsOf(result, QStringLiteral("coverage"));
        QCOMPARE(coverage.size(), 2);
        QCOMPARE(coverage.at(0).values.value(QStringLiteral("holidays")), QVariant(true));
        QCOMPARE(coverage.at(1).values.value(QStringLiteral("end")).toString(), QStringLiteral("18:00"));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 1);
        QCOMPARE(response.first().values.value(QStringLiteral("minutes")).toInt(), 120);
        QCOMPARE(termsOf(result, QStringLiteral("onsite_time")).size(), 1);
        const auto stock = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 1);
        QCOMPARE(stock.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("regional"));
        QCOMPARE(termsOf(result, QStringLiteral("value_added")).size(), 1);
        bool total = false;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            total = total || (price.values.value(QStringLiteral("amount")).toInt() == 126900 &&
                              price.values.value(QStringLiteral("per")).toString() == QLatin1String("total"));
        QVERIFY(total);
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("vague_wording")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("unilateral_change")).size(), 1);
    }

    void indianAnnualMaintenanceProposal()
    {
        // An Indian AMC proposal: "Particulars" over two options whose cells hold "Response: ... Engineer at
        // site: ..." pairs, "30 (thirty) minutes", a totals row per option, "Rs." in headers and mid-sentence,
        // working days used but never defined, and Indian wording for partners and exclusions.
        const auto result = analyze(textDocument({{
            QStringLiteral("4. Service levels"),
            QStringLiteral("Particulars\tComprehensive AMC\tNon-Comprehensive AMC"),
            QStringLiteral(
                "Support window\t24x7, including Sundays and public holidays\tMonday to Saturday (working days), "
                "9:30 AM to 6:30 PM"),
            QStringLiteral(
                "P1 – Server down\tResponse: within 30 (thirty) minutes Engineer at site: 4 hrs*\tResponse: within "
                "4 working hours Engineer at site: next working day"),
            QStringLiteral("Fault rectification\tNormally within 24 hours\tAs per Annexure-B"),
            QStringLiteral(
                "Standby server\tProvided if repair exceeds 72 hours, subject to availability\tNot provided"),
            QStringLiteral(
                "For outstation locations, Sahyadri may depute engineers of its associate firms / channel partners."),
            QStringLiteral("Operating system, firmware, virtualisation and application software issues are not covered "
                           "under this AMC."),
            QStringLiteral("10. Commercials"),
            QStringLiteral(
                "Make & Model\tQty\tComprehensive AMC (Rs. per server per annum)\tNon-Comprehensive AMC (Rs. per "
                "server per annum)"),
            QStringLiteral("Dell PowerEdge R740\t8\t38,500\t18,000"),
            QStringLiteral("Total AMC value per annum\t8\tRs. 3,08,000/-\tRs. 1,44,000/-"),
            QStringLiteral(
                "Calls outside the scope of the AMC will be attended at Rs. 2,500/- per visit plus parts at actuals."),
            QStringLiteral("3. Rates are firm for the AMC period."),
            QStringLiteral("Parameter\tCommitment"),
            QStringLiteral("Engineer visit (Pune)\tnext working day"),
        }}));
        const auto response = termsOf(result, QStringLiteral("response_time"), QStringLiteral("P1"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).tier, QStringLiteral("Comprehensive AMC"));
        QCOMPARE(response.at(0).values.value(QStringLiteral("minutes")).toInt(), 30);
        QCOMPARE(response.at(1).values.value(QStringLiteral("minutes")).toInt(), 240);
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"), QStringLiteral("P1"));
        QCOMPARE(onsite.size(), 2);
        QCOMPARE(onsite.at(0).values.value(QStringLiteral("minutes")).toInt(), 240);
        QCOMPARE(termsOf(result, QStringLiteral("resolution_time")).size(), 1);
        bool loaner = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added")))
            loaner = loaner || (term.values.value(QStringLiteral("value")).toString() == QLatin1String("loaner") &&
                                term.tier == QLatin1String("Comprehensive AMC"));
        QVERIFY(loaner);
        QList<QPair<int, QString>> prices;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            prices << qMakePair(price.values.value(QStringLiteral("amount")).toInt(), price.tier);
        QVERIFY(prices.contains(qMakePair(38500, QStringLiteral("Comprehensive AMC"))));
        QVERIFY(prices.contains(qMakePair(144000, QStringLiteral("Non-Comprehensive AMC"))));
        QVERIFY(prices.contains(qMakePair(2500, QString())));
        QCOMPARE(termsOf(result, QStringLiteral("price_adjustment"))
                     .value(0)
                     .values.value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("fixed"));
        QVERIFY(!result.tiers.contains(QStringLiteral("Commitment")));
        QVERIFY(!findingsOf(result, QStringLiteral("day_basis")).isEmpty());
        QCOMPARE(findingsOf(result, QStringLiteral("missing_sla")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("scope_exclusion")).size(), 1);
    }

    void chatQuoteWithTierLeadLines()
    {
        // A quote pasted from a chat: "A类：" alone on a line leads the fault lines under it; colloquial
        // hedges, clock start, changes and boasts; a finding quotes the item without its list number.
        const auto result = analyze(textDocument(
            {{QStringLiteral("A类：ERP 数据库，共8台"), QStringLiteral("B类：文件服务器，共14台"),
              QStringLiteral("B类：5×8小时，就是工作日早上9点到下午5点。"), QStringLiteral("A类："),
              QStringLiteral("  一级故障 —— 十五分钟内电话响应，正常情况下4小时内工程师到现场"),
              QStringLiteral("B类："), QStringLiteral("  一级故障 —— 2小时内响应，下一个工作日到场"),
              QStringLiteral("到场时间从我们工程师远程排查完、确认需要上门那一刻开始算。"),
              QStringLiteral("六、不在服务范围内的"),
              QStringLiteral(
                  "2. 操作系统、数据库、应用软件以及固件方面的问题，一律不在维保范围，需要的话按次另外收费；"),
              QStringLiteral("服务内容我们也可能根据实际情况做些调整，会提前通知您。"),
              QStringLiteral("我们在成都做服务器维保快十年了，口碑在同行里算是数一数二的。"), QString(),
              QStringLiteral("类别    台数    单价（元/台/年）    小计（元）"),
              QStringLiteral("A类     8       6,800               54,400"),
              QStringLiteral("B类     14      2,600               36,400"), QString()}},
            DocumentFormat::Text));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).tier, QStringLiteral("A类"));
        QCOMPARE(response.at(1).tier, QStringLiteral("B类"));
        QCOMPARE(termsOf(result, QStringLiteral("onsite_time")).value(0).tier, QStringLiteral("A类"));
        QCOMPARE(findingsOf(result, QStringLiteral("day_basis")).size(), 2);
        QCOMPARE(findingsOf(result, QStringLiteral("vague_wording")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("clock_start")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("unilateral_change")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("marketing_claim")).size(), 1);
        const auto scope = findingsOf(result, QStringLiteral("scope_exclusion"));
        QCOMPARE(scope.size(), 1);
        QVERIFY(scope.first().evidence.quote.startsWith(QStringLiteral("操作系统")));
    }

    void publicSectorServiceBands()
    {
        // A UK call-off SLA: definitions in a Term | Meaning table, "Service Level" heading a table whose
        // rows are measures with their priority ("Response Time – Priority 1") and whose columns are the
        // bands; a note for "Service Bands B and C"; the lower of CPI or 4%; a total for the term.
        const auto result = analyze(textDocument({{
            QStringLiteral("Term\tMeaning"),
            QStringLiteral("Business Day\tMonday to Friday, excluding bank and public holidays in England."),
            QStringLiteral("Business Hours\t08:00 to 18:00 on any Business Day."),
            QStringLiteral(
                "Service Band\tThe support level allocated to an item of Equipment: Service Band A (critical "
                "systems), Service Band B (corporate systems) or Service Band C (test)."),
            QStringLiteral("3. Service Levels"),
            QStringLiteral("Service Level\tService Band A\tService Band B\tService Band C"),
            QStringLiteral("Support Hours\t24 x 7 x 365, including bank holidays\t07:00–21:00 Monday to Saturday, "
                           "excluding bank holidays\tBusiness Hours"),
            QStringLiteral("Response Time – Priority 1\t15 minutes\t30 minutes\t2 Business Hours"),
            QStringLiteral("On-site Time – Priority 1\t4 hours\t8 hours\tNext Business Day"),
            QStringLiteral(
                "Note 1: times for Service Band A are elapsed clock hours. Times for Service Bands B and C run "
                "only during the Support Hours of the relevant Band."),
            QStringLiteral("5.1 Replacement parts for Service Band A Equipment shall be new and genuine OEM parts."),
            QStringLiteral("6.1 The total Charges for the Initial Term are £106,770.00 excluding VAT."),
            QStringLiteral(
                "6.2 The Charges may be increased by no more than the lower of the Consumer Prices Index (CPI) "
                "for the preceding twelve months or 4%."),
        }}));
        QCOMPARE(result.tiers, QStringList({QStringLiteral("Service Band A"), QStringLiteral("Service Band B"),
                                            QStringLiteral("Service Band C")}));
        const auto response = termsOf(result, QStringLiteral("response_time"), QStringLiteral("P1"));
        QCOMPARE(response.size(), 3);
        QCOMPARE(response.at(0).values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        QCOMPARE(response.at(1).values.value(QStringLiteral("basis")).toString(), QStringLiteral("business"));
        SlaTerm bandC;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("coverage")))
            if (term.tier == QLatin1String("Service Band C"))
                bandC = term;
        QCOMPARE(bandC.values.value(QStringLiteral("start")).toString(), QStringLiteral("08:00"));
        QCOMPARE(bandC.values.value(QStringLiteral("holidays")), QVariant(false));
        QCOMPARE(
            termsOf(result, QStringLiteral("parts_quality")).value(0).values.value(QStringLiteral("value")).toString(),
            QStringLiteral("oem_new"));
        bool total = false;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            total = total || (price.values.value(QStringLiteral("amount")).toInt() == 106770 &&
                              price.values.value(QStringLiteral("per")).toString() == QLatin1String("total"));
        QVERIFY(total);
        const auto adjustment = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustment.size(), 1);
        QCOMPARE(adjustment.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("capped"));
        QCOMPARE(adjustment.first().values.value(QStringLiteral("percent")).toInt(), 4);
    }

    void wikiProposalPlansAtAGlance()
    {
        // A proposal exported from a wiki: "✔ 24x7 alerting" and "Quarterly, on-site" cells say a plan has
        // the row's service; a customer's truck depot is no parts store; parts sent as soon as a fault is
        // suspected go first; "one of our authorised field partners"; a loaner offered after a P1 has no
        // priority; 甲方…应尽快通过服务热线报修 is the buyer's duty; 对附件一服务标准进行调整 is a change.
        const auto result = analyze(textDocument(
            {{QStringLiteral("Kestrel runs 24 servers across its Eagle Farm head office and the Acacia Ridge depot."),
              QStringLiteral("| | Gold | Silver |"), QStringLiteral("|---|---|---|"),
              QStringLiteral(
                  "| Coverage | 24x7x365, including public holidays | Business Hours (08:00–18:00, Mon–Fri) |"),
              QStringLiteral("| Service Desk | Phone + portal, 24x7 | Phone + portal, Business Hours |"),
              QStringLiteral("| Remote monitoring (RMM) | ✔ 24x7 alerting | ✔ alerts actioned in Business Hours |"),
              QStringLiteral("| Preventive health check | Quarterly, on-site | Annual, remote |"), QString(),
              QStringLiteral("- **Gold** parts are dispatched as soon as a hardware fault is suspected."),
              QStringLiteral(
                  "Visits outside the metro area may be carried out by one of our authorised field partners."),
              QStringLiteral("2.4 核心业务服务器发生一级故障且无法修复的，乙方应在8小时内提供不低于原配置的备机。"),
              QStringLiteral("甲方发现设备故障后应尽快通过服务热线报修。"),
              QStringLiteral("乙方可根据原厂政策变化对附件一服务标准进行调整。")}},
            DocumentFormat::Text));
        int monitoring = 0;
        int maintenance = 0;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added"))) {
            monitoring += term.values.value(QStringLiteral("value")).toString() == QLatin1String("remote_monitoring");
            maintenance +=
                term.values.value(QStringLiteral("value")).toString() == QLatin1String("preventive_maintenance");
            QVERIFY(term.priority.isEmpty());
        }
        QCOMPARE(monitoring, 2);
        QCOMPARE(maintenance, 2);
        QVERIFY(termsOf(result, QStringLiteral("parts_stock")).isEmpty());
        QCOMPARE(termsOf(result, QStringLiteral("parts_dispatch_first")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 1);
        QVERIFY(findingsOf(result, QStringLiteral("vague_wording")).isEmpty());
        QCOMPARE(findingsOf(result, QStringLiteral("unilateral_change")).size(), 1);
    }

    void listItemsUnderALeadInAndNamedHolidays()
    {
        // List items set as their own paragraphs read under the lead-in that ends with a colon; a
        // 快速响应通道 is a hotline, not a promise; SLA rules 另行提供 are not attached; a quote that names
        // the holidays the vendor closes for defines the business days; "$15,060 for the year" is yearly.
        auto markdown = [](const QStringList &lines) {
            Document document = textDocument({lines}, DocumentFormat::Text);
            document.fileName = QStringLiteral("proposal.md");
            return document;
        };
        const auto zh =
            analyze(markdown({QStringLiteral("## 三、服务范围"), QStringLiteral("以下情况不在服务范围内："),
                              QStringLiteral("- 人为损坏或客户自行拆改造成的故障；"),
                              QStringLiteral("- 操作系统、固件及应用软件的安装、升级与故障处理。"),
                              QStringLiteral("快速响应通道是企业版客户的专属服务热线。"),
                              QStringLiteral("特殊故障的处理时限详见《澜汐云托管服务SLA细则》（另行提供）。")}));
        QCOMPARE(findingsOf(zh, QStringLiteral("scope_exclusion")).size(), 1);
        QVERIFY(findingsOf(zh, QStringLiteral("vague_wording")).isEmpty());
        bool notAttached = false;
        for (const Finding &finding : findingsOf(zh, QStringLiteral("missing_sla")))
            notAttached = notAttached || finding.evidence.quote.contains(QStringLiteral("另行提供"));
        QVERIFY(notAttached);
        const auto en = analyze(markdown(
            {QStringLiteral("| Plan | Coverage | Response |"), QStringLiteral("|---|---|---|"),
             QStringLiteral("| Basic | Mon–Fri 8am–5pm | 4 business hours |"), QString(),
             QStringLiteral(
                 "- Holidays we close for: New Year's Day, Memorial Day, July 4th, Labor Day, Thanksgiving and "
                 "Christmas Day."),
             QStringLiteral("That's $15,060 for the year.")}));
        QVERIFY(findingsOf(en, QStringLiteral("day_basis")).isEmpty());
        const auto prices = termsOf(en, QStringLiteral("price"));
        QCOMPARE(prices.size(), 1);
        QCOMPARE(prices.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("year"));
    }

    void complianceResponseAndPlanPriceGrid()
    {
        // A tender response: "A 类服务器" as PDF text spaces it, a response cell answering for both classes
        // sentence by sentence, a box of labelled facts over the price table, 报价合计（三年）; and a price
        // list whose columns hold nothing but amounts under the plans' names.
        const auto zh = analyze(textDocument({{
            QStringLiteral("序号\t招标要求\t投标响应\t偏离说明"),
            QStringLiteral("5\t响应时间：供应商应快速响应。\tA 类服务器：接到报修后十五分钟内响应。 B "
                           "类服务器：服务时间内一小时内响应。\t正偏离"),
            QStringLiteral("6\t到场时间：A 类服务器 4 小时内到场。\tA 类服务器：两小时内到达现场。 B "
                           "类服务器：下一个工作日到场。\t无偏离"),
        }}));
        QCOMPARE(zh.tiers, QStringList({QStringLiteral("A类服务器"), QStringLiteral("B类服务器")}));
        const auto response = termsOf(zh, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).tier, QStringLiteral("A类服务器"));
        QCOMPARE(response.at(0).values.value(QStringLiteral("minutes")).toInt(), 15);
        QCOMPARE(response.at(1).tier, QStringLiteral("B类服务器"));
        const auto onsite = termsOf(zh, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 2);
        QCOMPARE(onsite.at(1).tier, QStringLiteral("B类服务器"));
        QVERIFY(onsite.at(1).values.value(QStringLiteral("next_business_day")).toBool());
        // The price table of the same response, as a PDF page with its box of facts above the header.
        Document document;
        document.fileName = QStringLiteral("response.pdf");
        document.format = DocumentFormat::Pdf;
        Page page;
        page.number = 1;
        page.lines = {boxLine(QStringLiteral("5.2 分项报价表"), 60, 100, 80),
                      boxLine(QStringLiteral("项目名称：云溪维保项目"), 60, 116, 120),
                      boxLine(QStringLiteral("采购编号：YXCG-2025-0317"), 200, 116, 130),
                      boxLine(QStringLiteral("货币单位：人民币元"), 360, 116, 100),
                      boxLine(QStringLiteral("序号"), 60, 132, 24),
                      boxLine(QStringLiteral("服务内容"), 100, 132, 48),
                      boxLine(QStringLiteral("数量（台）"), 240, 132, 60),
                      boxLine(QStringLiteral("单价（元/台·年）"), 320, 132, 96),
                      boxLine(QStringLiteral("服务期（年）"), 440, 132, 72),
                      boxLine(QStringLiteral("1"), 60, 148, 6),
                      boxLine(QStringLiteral("A 类服务器维保服务"), 100, 148, 100),
                      boxLine(QStringLiteral("40"), 240, 148, 12),
                      boxLine(QStringLiteral("4,800.00"), 320, 148, 48),
                      boxLine(QStringLiteral("3"), 440, 148, 6),
                      boxLine(QStringLiteral("2"), 60, 164, 6),
                      boxLine(QStringLiteral("B 类服务器维保服务"), 100, 164, 100),
                      boxLine(QStringLiteral("60"), 240, 164, 12),
                      boxLine(QStringLiteral("2,200.00"), 320, 164, 48),
                      boxLine(QStringLiteral("3"), 440, 164, 6),
                      boxLine(QStringLiteral("报价合计（三年）"), 60, 180, 96),
                      boxLine(QStringLiteral("人民币玖拾柒万贰仟元整（¥972,000.00）"), 240, 180, 200),
                      boxLine(QStringLiteral("1. 上述报价为固定总价。"), 60, 220, 140)};
        document.pages = {page};
        const auto quote = analyze(document);
        QList<QPair<int, QString>> prices;
        for (const SlaTerm &price : termsOf(quote, QStringLiteral("price")))
            prices << qMakePair(price.values.value(QStringLiteral("amount")).toInt(),
                                price.values.value(QStringLiteral("per")).toString());
        QVERIFY(prices.contains(qMakePair(4800, QStringLiteral("server_year"))));
        QVERIFY(prices.contains(qMakePair(972000, QStringLiteral("total"))));

        const auto en = analyze(textDocument({{
            QStringLiteral("Price list 2025"),
            QStringLiteral("Prices per server per year in EUR, excluding VAT."),
            QStringLiteral("Server class\tTypical models\tEssential\tAdvanced\tPremium"),
            QStringLiteral("1-socket rack\tPowerEdge R350\t€ 190\t€ 340\t€ 560"),
            QStringLiteral("2-socket rack\tPowerEdge R750\t€ 260\t€ 450\t€ 740"),
        }}));
        QCOMPARE(en.tiers,
                 QStringList({QStringLiteral("Essential"), QStringLiteral("Advanced"), QStringLiteral("Premium")}));
        QCOMPARE(termsOf(en, QStringLiteral("price")).value(2).tier, QStringLiteral("Premium"));
    }

    void stateRfpResponseWithTwoLevelHeader()
    {
        // A US state RFP response: a priority table whose tiers are merged over their measure columns
        // (two header rows), a cost form whose line items open with the tier, an offer valid for 120 days
        // in a "response to RFP", a named subcontractor and, after "SR-10.", a right to engage more.
        const auto result = analyze(textDocument({{
            QStringLiteral(
                "Bridgewater is pleased to submit this response to RFP No. OSTS-2025-014. This offer remains "
                "valid for one hundred twenty (120) days from the proposal due date."),
            QStringLiteral(
                "On-site work will be performed by our subcontractor Blue Mountain Field Services LLC, whose "
                "technicians meet the requirements of SR-10. Bridgewater reserves the right to engage "
                "additional qualified subcontractors as workload requires."),
            QStringLiteral("Tier 1 (Mission Critical) – 38 servers: 24 x 7 x 365, including State holidays."),
            QStringLiteral("Tier 2 (Standard) – 112 servers: covered during Business Hours."),
            QStringLiteral("Table 2 – Service levels by Priority and Tier"),
            QStringLiteral("Priority\tTier 1 (Mission Critical)\t\t\tTier 2 (Standard)\t"),
            QStringLiteral("\tResponse\tOn-site\tRestoration\tResponse\tOn-site"),
            QStringLiteral("Priority 1 (Critical)\t15 minutes\t4 hours\t8 hours\t2 Business Hours\tNext Business Day"),
            QStringLiteral("Tier 1 (Mission Critical): only new, OEM-genuine parts are installed."),
            QStringLiteral("Line\tDescription\tQty\tUnit\tUnit Price (USD)"),
            QStringLiteral("1\tTier 1 (Mission Critical) Server Maintenance\t38\tper server per year\t$1,140.00"),
            QStringLiteral("2\tTier 2 (Standard) Server Maintenance\t112\tper server per year\t$396.00"),
        }}));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).values.value(QStringLiteral("minutes")).toInt(), 15);
        QCOMPARE(response.at(0).priority, QStringLiteral("P1"));
        QVERIFY(response.at(0).tier.startsWith(QStringLiteral("Tier 1")));
        QCOMPARE(response.at(1).values.value(QStringLiteral("minutes")).toInt(), 120);
        QVERIFY(response.at(1).tier.startsWith(QStringLiteral("Tier 2")));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 2);
        QVERIFY(onsite.at(1).values.value(QStringLiteral("next_business_day")).toBool());
        QCOMPARE(termsOf(result, QStringLiteral("resolution_time")).size(), 1);
        QCOMPARE(
            termsOf(result, QStringLiteral("parts_quality")).value(0).values.value(QStringLiteral("value")).toString(),
            QStringLiteral("oem_new"));
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        QVERIFY(prices.at(0).tier.startsWith(QStringLiteral("Tier 1")));
        QVERIFY(prices.at(1).tier.startsWith(QStringLiteral("Tier 2")));
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 1);
    }

    void dataCentreAgreementWording()
    {
        // A data-centre operator's agreement: a 快速响应承诺 heading; the buyer's own 委托的第三方; a clock
        // from the vendor's 故障定级; parts chosen from new and refurbished ones; a plan's cell that describes
        // the service its row names, and "—" for a plan without it.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务项目\t金牌机柜客户\t银牌机柜客户"),
            QStringLiteral("服务时间\t7×24小时\t5×8小时"),
            QStringLiteral("带外远程监控（iDRAC／iLO／BMC告警）\t实时监控并推送告警\t—"),
            QStringLiteral("三、快速响应承诺"),
            QStringLiteral("到场时间及修复时间自乙方值班工程师完成故障定级之时起算。"),
            QStringLiteral("银牌机柜客户的备件由乙方根据库存情况，在原厂新件与经检测合格的翻新件中选用。"),
            QStringLiteral("甲方或其委托的第三方擅自拆装、搬迁设备造成的损坏不在服务范围内。"),
        }}));
        const auto monitoring = termsOf(result, QStringLiteral("value_added"));
        bool gold = false;
        for (const SlaTerm &term : monitoring) {
            QVERIFY(term.tier != QStringLiteral("银牌机柜客户"));
            gold =
                gold || (term.tier == QStringLiteral("金牌机柜客户") &&
                         term.values.value(QStringLiteral("value")).toString() == QLatin1String("remote_monitoring"));
        }
        QVERIFY(gold);
        QVERIFY(findingsOf(result, QStringLiteral("vague_wording")).isEmpty());
        QVERIFY(findingsOf(result, QStringLiteral("subcontracting")).isEmpty());
        QCOMPARE(findingsOf(result, QStringLiteral("clock_start")).size(), 1);
        QCOMPARE(
            termsOf(result, QStringLiteral("parts_quality")).value(0).values.value(QStringLiteral("value")).toString(),
            QStringLiteral("vendor_discretion"));
    }

    void brochureBoxesOfPlansSideBySide()
    {
        // A catalogue sets its plans in boxes side by side; extracted text pairs the boxes' lines row by
        // row however they fall, so a capitalised label ("REMOTE RESPONSE") heads the lines under it in
        // its own column, and every column is its plan. The price list names the plans.
        const auto result = analyze(textDocument({{
            QStringLiteral("Essential Test servers\tAdvanced Production servers\tPremium Mission-critical systems"),
            QStringLiteral("SERVICE WINDOW\tSERVICE WINDOW\tSERVICE WINDOW"),
            QStringLiteral(
                "Business Hours, 08:30–17:30 CET\t24 hours a day, 7 days a week REMOTE RESPONSE\t24 x 7 x 365"),
            QStringLiteral("REMOTE RESPONSE\tWithin 1 hour\tREMOTE RESPONSE"),
            QStringLiteral("Within 4 Business Hours\tENGINEER ON SITE\tWithin thirty minutes"),
            QStringLiteral("ENGINEER ON SITE\tWithin 4 hours\tENGINEER ON SITE"),
            QStringLiteral("Next Business Day\tPARTS New or equivalent to new\tWithin two hours"),
            QStringLiteral("PARTS\t\tLOAN SERVER"),
            QStringLiteral(
                "New or refurbished, at A&V's discretion\t\tSupplied if a Severity 1 fix runs beyond 24 hours"),
            QStringLiteral("Price list 2025"),
            QStringLiteral("Prices per server per year in EUR."),
            QStringLiteral("Server class\tEssential\tAdvanced\tPremium"),
            QStringLiteral("1-socket rack\t€ 190\t€ 340\t€ 560"),
            QStringLiteral("2-socket rack\t€ 260\t€ 450\t€ 740"),
        }}));
        QCOMPARE(result.tiers,
                 QStringList({QStringLiteral("Essential"), QStringLiteral("Advanced"), QStringLiteral("Premium")}));
        QMap<QString, int> response;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            response.insert(term.tier, term.values.value(QStringLiteral("minutes")).toInt());
        QCOMPARE(response.value(QStringLiteral("Essential")), 240);
        QCOMPARE(response.value(QStringLiteral("Advanced")), 60);
        QCOMPARE(response.value(QStringLiteral("Premium")), 30);
        QMap<QString, int> onsite;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time")))
            onsite.insert(term.tier, term.values.value(QStringLiteral("minutes")).toInt());
        QCOMPARE(onsite.value(QStringLiteral("Advanced")), 240);
        QCOMPARE(onsite.value(QStringLiteral("Premium")), 120);
        QMap<QString, QString> parts;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_quality")))
            parts.insert(term.tier, term.values.value(QStringLiteral("value")).toString());
        QCOMPARE(parts.value(QStringLiteral("Essential")), QStringLiteral("vendor_discretion"));
        QCOMPARE(parts.value(QStringLiteral("Advanced")), QStringLiteral("new_or_equivalent"));
        bool loaner = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added")))
            loaner = loaner || (term.tier == QLatin1String("Premium") &&
                                term.values.value(QStringLiteral("value")).toString() == QLatin1String("loaner"));
        QVERIFY(loaner);
    }

    void emailAnswersUnderQuotedQuestions()
    {
        // A plain-text e-mail answering the customer's quoted questions: the "> " lines are the customer's;
        // "Annual total for the 82 servers: $54,330.00" is yearly; the clause after "firm for year one;" is
        // about the price; targets "listed in our Service Guide"; a site "covered by a local service partner";
        // "please ... promptly" asks the customer; 年度服务费合计 is yearly; 服务费可根据…调整 is a price matter.
        const auto result = analyze(textDocument(
            {{QStringLiteral("> We will need Severity 1 calls picked up as soon as possible, day or night."),
              QStringLiteral("Platinum calls are answered within 30 minutes."),
              QStringLiteral("Targets for Severity 3 and Severity 4 requests are listed in our Service Guide."),
              QStringLiteral("Louisville is covered by a local service partner."),
              QStringLiteral("Annual total for the 82 servers: $54,330.00 (USD, excluding sales tax)"),
              QStringLiteral("Pricing is firm for year one; years two and three are subject to annual adjustment."),
              QStringLiteral("On your side, please open tickets promptly."),
              QStringLiteral("年度服务费合计：人民币300,800元。第二、三年服务费可根据备件采购成本变化调整。")}},
            DocumentFormat::Text));
        QVERIFY(findingsOf(result, QStringLiteral("vague_wording")).isEmpty());
        bool guide = false;
        for (const Finding &finding : findingsOf(result, QStringLiteral("missing_sla")))
            guide = guide || finding.evidence.quote.contains(QStringLiteral("Service Guide"));
        QVERIFY(guide);
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 1);
        QVERIFY(findingsOf(result, QStringLiteral("unilateral_change")).isEmpty());
        QMap<int, QString> per;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            per.insert(price.values.value(QStringLiteral("amount")).toInt(),
                       price.values.value(QStringLiteral("per")).toString());
        QCOMPARE(per.value(54330), QStringLiteral("year"));
        QCOMPARE(per.value(300800), QStringLiteral("year"));
        bool unbounded = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price_adjustment")))
            unbounded =
                unbounded || term.values.value(QStringLiteral("value")).toString() == QLatin1String("unbounded");
        QVERIFY(unbounded);
    }

    void markdownPlanSectionsWithBullets()
    {
        // A web page exported as Markdown, one "## Plan" section per plan with its price and bullets; the
        // plans are named again in the introduction. "Technician at your cabinet the next business day" is
        // on-site time; parts "pulled from stock and dispatched as soon as a fault is suspected" go first;
        // "Business Hours run 8:00 a.m. to 6:00 p.m." defines the hours, it is no note on how times count.
        Document document = textDocument(
            {{QStringLiteral("Most customers put databases on Mission Critical and everything else on Essential."),
              QString(),
              QStringLiteral("## Essential"),
              QString(),
              QStringLiteral("**$39 per server per month**"),
              QString(),
              QStringLiteral("- Initial response within four (4) business hours of ticket submission"),
              QStringLiteral("- Technician at your cabinet the next business day"),
              QString(),
              QStringLiteral("## Mission Critical"),
              QString(),
              QStringLiteral("**$189 per server per month**"),
              QString(),
              QStringLiteral("- Response within fifteen (15) minutes"),
              QStringLiteral(
                  "- Rapid Dispatch: parts are pulled from stock and dispatched as soon as a hardware fault is "
                  "suspected"),
              QString(),
              QStringLiteral("## FAQ"),
              QString(),
              QStringLiteral("A business day is any weekday. Business Hours run 8:00 a.m. to 6:00 p.m. Central."),
              QStringLiteral("If a server shows an amber light, please open a ticket as soon as possible.")}},
            DocumentFormat::Text);
        document.fileName = QStringLiteral("plans.md");
        const auto result = analyze(document);
        QCOMPARE(result.tiers, QStringList({QStringLiteral("Essential"), QStringLiteral("Mission Critical")}));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).tier, QStringLiteral("Essential"));
        QCOMPARE(response.at(1).tier, QStringLiteral("Mission Critical"));
        QVERIFY(response.at(1).values.value(QStringLiteral("basis")).isNull());
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 1);
        QVERIFY(onsite.first().values.value(QStringLiteral("next_business_day")).toBool());
        QCOMPARE(termsOf(result, QStringLiteral("parts_dispatch_first")).value(0).tier,
                 QStringLiteral("Mission Critical"));
        QVERIFY(findingsOf(result, QStringLiteral("vague_wording")).isEmpty());
    }

    void slashPairedCellsAndGulfPrices()
    {
        // A UAE proposal: "Targets are shown as response / resolution:" over cells "15 min / 4 hrs"; a
        // list under "will attend the Customer's site within:"; Silver times "measured only within the
        // plan's support window"; "Business Hours: 08:00 to 18:00" defines a term, not a plan; AED amounts.
        const auto result = analyze(textDocument({{
            QStringLiteral("Plan\tServers\tSupport window"),
            QStringLiteral("Gold\t12\t24x7x365, including UAE public holidays"),
            QStringLiteral("Silver\t20\t07:00–22:00 GST, Monday to Saturday"),
            QStringLiteral("Each incident is given a priority. Targets are shown as response / resolution:"),
            QStringLiteral("Plan\tP1 – Critical\tP2 – High"),
            QStringLiteral("Gold\t15 min / 4 hrs\t30 min / 8 hrs"),
            QStringLiteral("Silver\t30 min / 6 hrs\t1 hr / 24 hrs"),
            QStringLiteral(
                "Gold targets run continuously. Silver targets are measured only within the plan's support window."),
            QStringLiteral("A field engineer will attend the Customer's site within:"),
            QStringLiteral("• Gold – four (4) clock hours;"),
            QStringLiteral("• Silver – eight (8) hours."),
            QStringLiteral("Business Hours: 08:00 to 18:00 Gulf Standard Time on a Business Day."),
            QStringLiteral("Total fees for the 36-month term: AED 686,160, excluding VAT."),
        }}));
        QCOMPARE(result.tiers, QStringList({QStringLiteral("Gold"), QStringLiteral("Silver")}));
        const auto response = termsOf(result, QStringLiteral("response_time"), QStringLiteral("P1"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).values.value(QStringLiteral("minutes")).toInt(), 15);
        QCOMPARE(response.at(1).values.value(QStringLiteral("basis")).toString(), QStringLiteral("business"));
        const auto resolution = termsOf(result, QStringLiteral("resolution_time"), QStringLiteral("P1"));
        QCOMPARE(resolution.size(), 2);
        QCOMPARE(resolution.at(0).values.value(QStringLiteral("minutes")).toInt(), 240);
        QMap<QString, int> onsite;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time")))
            onsite.insert(term.tier, term.values.value(QStringLiteral("minutes")).toInt());
        QCOMPARE(onsite.value(QStringLiteral("Gold")), 240);
        QCOMPARE(onsite.value(QStringLiteral("Silver")), 480);
        bool aed = false;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            aed = aed || (price.values.value(QStringLiteral("currency")).toString() == QLatin1String("AED") &&
                          price.values.value(QStringLiteral("amount")).toInt() == 686160);
        QVERIFY(aed);
    }

    void colloquialChineseQuoteAndExceptedTiers()
    {
        // A DingTalk quote: 钟头 is an hour, 到医院机房 is on site, 一般下一个工作日 hedges, 麻烦…尽快 and
        // 请第一时间 ask the customer, 合作单位 do the work, 用哪种由我司决定, the clock from 确认需要上门的
        // 时间, prices 看行情再定 after 按这个价; a note 除一般业务系统外…自然小时 speaks for the other tiers.
        const auto result = analyze(textDocument(
            {{
                QStringLiteral("核心服务器：接到报修电话起，半个钟头内工程师给您回电话。原则上两个钟头内到医院机房。"),
                QStringLiteral("普通服务器：一般下一个工作日就能到场。"),
                QStringLiteral("普通服务器可以用全新件，也可以用翻新件，具体用哪种由我司决定。"),
                QStringLiteral("到场时间从我们工程师远程排查、确认需要上门的时间开始算。"),
                QStringLiteral("我们在赣州的合作单位对戴尔的机器更熟，上门由他们负责。"),
                QStringLiteral("- 第一年就按这个价；后两年看原厂备件行情再定。"),
                QStringLiteral("医院这边麻烦尽快把机房门禁开一下，另外机器有告警请第一时间在群里说一声。"),
                QStringLiteral("注：除普通服务器外，上述时限均按自然小时连续计算。"),
            }},
            DocumentFormat::Text));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 1);
        QCOMPARE(response.first().values.value(QStringLiteral("minutes")).toInt(), 30);
        QCOMPARE(response.first().values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        bool twoHours = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time")))
            twoHours = twoHours || term.values.value(QStringLiteral("minutes")).toInt() == 120;
        QVERIFY(twoHours);
        QCOMPARE(
            termsOf(result, QStringLiteral("parts_quality")).value(0).values.value(QStringLiteral("value")).toString(),
            QStringLiteral("vendor_discretion"));
        bool unbounded = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price_adjustment")))
            unbounded =
                unbounded || term.values.value(QStringLiteral("value")).toString() == QLatin1String("unbounded");
        QVERIFY(unbounded);
        QCOMPARE(findingsOf(result, QStringLiteral("clock_start")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("parts_quality")).size(), 1);
        int vague = 0;
        for (const Finding &finding : findingsOf(result, QStringLiteral("vague_wording"))) {
            QVERIFY(!finding.evidence.quote.contains(QStringLiteral("麻烦")));
            ++vague;
        }
        QCOMPARE(vague, 2); // 原则上两个钟头, 一般下一个工作日
    }

    void hongKongScheduleAndResponseLetter()
    {
        // A Hong Kong quotation: "Daily, 08:00–22:00" is seven days; "Local, Hong Kong" cells name stores;
        // "the Service Level Schedule in section 4" is attached (no lettered schedule); software and firmware
        // excluded in a long list; a rate card's "Engineer labour, Mon–Fri" is no service window. A Chinese
        // response: 不因…而调整 fixes the price; 及时予以答复 is vague.
        const auto en = analyze(textDocument({{
            QStringLiteral(
                "1.2 The service level targets for each level are set out in the Service Level Schedule in section 4."),
            QStringLiteral("Item\tGold\tSilver\tBronze"),
            QStringLiteral("Service hours\t24 x 7 x 365\tDaily, 08:00–22:00\tMon–Fri, 09:00–18:00"),
            QStringLiteral("Parts stocking\tLocal, Hong Kong\tLocal, Hong Kong\tRegional, Shenzhen"),
            QStringLiteral("6.2 Support for software, firmware, hypervisors and operating systems is excluded."),
            QStringLiteral("Rate card\tHKD per hour"),
            QStringLiteral("Engineer labour, Mon–Fri 09:00–18:00\t850"),
        }}));
        QMap<QString, int> days;
        for (const SlaTerm &term : termsOf(en, QStringLiteral("coverage")))
            days.insert(term.tier, term.values.value(QStringLiteral("days_per_week")).toInt());
        QCOMPARE(days.value(QStringLiteral("Silver")), 7);
        QMap<QString, QString> stock;
        for (const SlaTerm &term : termsOf(en, QStringLiteral("parts_stock")))
            stock.insert(term.tier, term.values.value(QStringLiteral("location")).toString());
        QCOMPARE(stock.value(QStringLiteral("Bronze")), QStringLiteral("Shenzhen"));
        QVERIFY(findingsOf(en, QStringLiteral("missing_sla")).isEmpty() ||
                !findingsOf(en, QStringLiteral("missing_sla"))
                     .first()
                     .evidence.quote.contains(QStringLiteral("Schedule in")));
        QCOMPARE(findingsOf(en, QStringLiteral("scope_exclusion")).size(), 1);
        for (const Finding &finding : findingsOf(en, QStringLiteral("day_basis")))
            QVERIFY(!finding.evidence.quote.contains(QStringLiteral("labour")));

        const auto zh = analyze(textDocument({{
            QStringLiteral("2. 本次报价为固定单价，服务期内不因人工成本、备件价格或市场行情变化而调整。"),
            QStringLiteral("对于采购人提出的技术咨询，我公司将及时予以答复。"),
        }}));
        QCOMPARE(
            termsOf(zh, QStringLiteral("price_adjustment")).value(0).values.value(QStringLiteral("value")).toString(),
            QStringLiteral("fixed"));
        QCOMPARE(findingsOf(zh, QStringLiteral("vague_wording")).size(), 1);
    }

    void optionalServicesTableNamesNoPlans()
    {
        // "Service | Description | Price (USD)" lists optional services: its header cells are no plans.
        const auto result = analyze(textDocument({{
            QStringLiteral("7. Optional Services"),
            QStringLiteral("Service\tDescription\tPrice (USD)"),
            QStringLiteral("Preventive maintenance visit\tOn-site inspection, log review\t150 per server per visit"),
            QStringLiteral("Time and materials support\tOut-of-scope work\t180 per engineer hour"),
        }}));
        QVERIFY(result.tiers.isEmpty());
    }

    void onboardingVisitIsNoOnsiteTime()
    {
        // The first visit after signing is onboarding, not an on-site time for faults.
        const auto result = analyze(textDocument(
            {{QStringLiteral("合同签订后五个工作日内，我司将派工程师到贵司各机房进行设备清点、核对序列号。")}}));
        QVERIFY(termsOf(result, QStringLiteral("onsite_time")).isEmpty());
    }

    void statementOfWorkHedgesAndChanges()
    {
        // Wording from a statement of work and a pricing page: indicative times, times that depend on
        // the issue, vetted field partners (a named subcontractor is not flagged), prices that follow
        // a price list or may change, a vendor that may amend the SOW or update plan features.
        const auto result = analyze(textDocument({{
            QStringLiteral("The response and on-site times in this SOW are indicative."),
            QStringLiteral("Resolution times depend on the issue."),
            QStringLiteral("On-site visits outside Dublin are made by our vetted field partners."),
            QStringLiteral("Work at the Cork site is carried out by our subcontractor, Lisheen Field Engineering Ltd."),
            QStringLiteral("Renewal fees are subject to the OEM's price list."),
            QStringLiteral("Kilbrack may amend this SOW by notice to the Customer."),
        }}));
        QCOMPARE(findingsOf(result, QStringLiteral("vague_wording")).size(), 2);
        const auto subcontracting = findingsOf(result, QStringLiteral("subcontracting"));
        QCOMPARE(subcontracting.size(), 1);
        QVERIFY(subcontracting.first().evidence.quote.contains(QStringLiteral("vetted field partners")));
        QCOMPARE(findingsOf(result, QStringLiteral("price_adjustment")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("unilateral_change")).size(), 1);
    }

    void businessHoursWindowFromItsDefinition()
    {
        // A window named only by business time takes its hours and holiday rule from the definitions,
        // in either language ("with the exception of public holidays"; "“工作日”：指…").
        const auto english = analyze(textDocument({{
            QStringLiteral("Business Day means Monday to Friday, with the exception of public holidays."),
            QStringLiteral("Business Hours means the time from 08:00 to 17:00 on a Business Day."),
            QStringLiteral("Class\tService window\tResponse"),
            QStringLiteral("Class B\tBusiness Hours (Mon–Fri)\t2 Business Hours"),
        }}));
        const auto coverage = termsOf(english, QStringLiteral("coverage"));
        QCOMPARE(coverage.size(), 1);
        QCOMPARE(coverage.first().values.value(QStringLiteral("start")).toString(), QStringLiteral("08:00"));
        QCOMPARE(coverage.first().values.value(QStringLiteral("end")).toString(), QStringLiteral("17:00"));
        QCOMPARE(coverage.first().values.value(QStringLiteral("hours_per_day")).toInt(), 9);
        QCOMPARE(coverage.first().values.value(QStringLiteral("holidays")), QVariant(false));
        const auto chinese = analyze(textDocument({{
            QStringLiteral("1.1　“工作日”：指周一至周五，每日9:00至17:00。"),
            QStringLiteral("B类设备提供5×8（工作日）服务，2小时内响应。"),
        }}));
        const auto zh = termsOf(chinese, QStringLiteral("coverage"));
        QVERIFY(!zh.isEmpty());
        QCOMPARE(zh.last().values.value(QStringLiteral("start")).toString(), QStringLiteral("09:00"));
        QCOMPARE(zh.last().values.value(QStringLiteral("end")).toString(), QStringLiteral("17:00"));
    }

    void numberedModelGroupsAreTiers()
    {
        // "第一组" / "第二组" used throughout a contract (table rows and clauses) are its tiers.
        const auto result = analyze(textDocument({{
            QStringLiteral("组别\t设备\t数量"),
            QStringLiteral("第一组\tThinkSystem SR650\t16台"),
            QStringLiteral("第二组\tThinkSystem SR550\t10台"),
            QStringLiteral("第一组设备工程师到场时间为4小时。"),
            QStringLiteral("第二组设备工程师于下一个工作日到场。"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("第一组"), QStringLiteral("第二组")}));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 2);
        QCOMPARE(onsite.at(0).tier, QStringLiteral("第一组"));
        QCOMPARE(onsite.at(1).tier, QStringLiteral("第二组"));
    }

    void termSplitAcrossAPageBreak()
    {
        Document document;
        document.fileName = QStringLiteral("split.pdf");
        document.format = DocumentFormat::Pdf;
        Page first;
        first.number = 1;
        first.width = 595;
        first.height = 842;
        first.lines = {
            boxLine(QStringLiteral("For every Severity 1 incident the field engineer will arrive on site within four"),
                    72, 700, 451)};
        Page second = first;
        second.number = 2;
        second.lines = {boxLine(QStringLiteral("(4) hours of the call being answered."), 72, 72, 200)};
        document.pages = {first, second};
        const auto result = analyze(document);
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"), QStringLiteral("P1"));
        QCOMPARE(onsite.size(), 1);
        QCOMPARE(onsite.first().values.value(QStringLiteral("minutes")).toDouble(), 240.0);
        QCOMPARE(onsite.first().evidence.page, 1);
        QCOMPARE(onsite.first().evidence.quote, QStringLiteral("arrive on site within four (4) hours"));
        QCOMPARE(onsite.first().evidence.box, (BoundingBox{72, 700, 451, 12}));
    }

    void quoteBoxIsTheUnionOfItsLines()
    {
        Document document;
        document.fileName = QStringLiteral("wrap.pdf");
        document.format = DocumentFormat::Pdf;
        Page page;
        page.number = 1;
        page.width = 595;
        page.height = 842;
        page.lines = {boxLine(QStringLiteral("Our support team will respond within two hours and use commercially"), 72,
                              100, 451),
                      boxLine(QStringLiteral("reasonable efforts to resolve the issue."), 72, 114, 230)};
        document.pages = {page};
        const auto vague = findingsOf(analyze(document), QStringLiteral("vague_wording"));
        QCOMPARE(vague.size(), 1);
        QVERIFY(vague.first().evidence.quote.contains(QStringLiteral("commercially reasonable efforts")));
        QCOMPARE(vague.first().evidence.box, (BoundingBox{72, 100, 451, 26}));
    }

    void vendorControlledClockIsFlaggedAndAGoodClockIsNot()
    {
        const auto bad = analyze(
            textDocument({{QStringLiteral("注：以上到场时间及修复时间均自故障经我司远程诊断确认后开始计算。")}}));
        QCOMPARE(findingsOf(bad, QStringLiteral("clock_start")).size(), 1);
        const auto good = analyze(textDocument({{QStringLiteral(
            "计时起点：响应时间、到场时间和修复时间均自贵司通过 400 服务热线报修且电话接通之时起计算。")}}));
        QVERIFY(findingsOf(good, QStringLiteral("clock_start")).isEmpty());
    }

    void refurbishedPartsDependOnTheTier()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("一、关键业务数据库层（24 台）"),
            QStringLiteral("备件优先使用认证翻新件。"),
            QStringLiteral("二、测试环境层（60 台）"),
            QStringLiteral("备件使用经检测的翻新备件。"),
        }}));
        const auto parts = findingsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).severity, Severity::High);
        QCOMPARE(parts.at(1).severity, Severity::Low);
        const auto terms = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(terms.size(), 2);
        QCOMPARE(terms.first().tier, QStringLiteral("关键业务数据库层"));
        QCOMPARE(terms.first().values.value(QStringLiteral("value")).toString(),
                 QStringLiteral("certified_refurbished"));
    }

    void penaltyWithCapPreventsNoPenalty()
    {
        const auto without = analyze(textDocument({{QStringLiteral("一级故障 15 分钟内响应，4 小时内到场。")}}));
        const auto noPenalty = findingsOf(without, QStringLiteral("no_penalty"));
        QCOMPARE(noPenalty.size(), 1);
        QVERIFY(noPenalty.first().evidence.isDocumentLevel());

        const auto with = analyze(textDocument(
            {{QStringLiteral("一级故障 15 分钟内响应，4 小时内到场。"),
              QStringLiteral("到场每超时 1 小时，扣减当月服务费的 2%，单月扣减上限为当月服务费的 20%。")}}));
        QVERIFY(findingsOf(with, QStringLiteral("no_penalty")).isEmpty());
        const auto penalty = termsOf(with, QStringLiteral("penalty"));
        QCOMPARE(penalty.size(), 1);
        QCOMPARE(penalty.first().values.value(QStringLiteral("percent")).toDouble(), 2.0);
        QCOMPARE(penalty.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("hour"));
        QCOMPARE(penalty.first().values.value(QStringLiteral("cap_percent")).toDouble(), 20.0);
    }

    void creditForEveryStartedHourIsPerHour()
    {
        // "for every started hour" counts the credit per hour of delay, like "per hour" does.
        const auto result = analyze(textDocument({{QStringLiteral(
            "Hardware replacement time: 4 hours. Service credit: 10% of the Monthly Fee for every started hour beyond "
            "the target, capped at 100% of the Monthly Fee.")}}));
        const auto penalty = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalty.size(), 1);
        QCOMPARE(penalty.first().values.value(QStringLiteral("percent")).toDouble(), 10.0);
        QCOMPARE(penalty.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("hour"));
    }

    void editionsOfABrochureWithOneCreditRateAndCapsByEdition()
    {
        // Plans named by grade and "版" recur through a brochure; one credit rate with a cap per edition is a credit
        // of each edition; "由云擎根据库存确定" leaves the part to the vendor; the plan's brand 「无忧」 is no claim.
        const auto result = analyze(textDocument({{
            QStringLiteral("「无忧」服务器硬件保障计划"),
            QStringLiteral("基础版：5×8小时服务，下一个工作日到场，第三方兼容备件。"),
            QStringLiteral("专业版：7×24小时服务，4小时到场，原厂件或认证翻新件（由云擎根据库存确定）。"),
            QStringLiteral("尊享版：7×24小时服务，2小时到场，原厂全新备件。"),
            QStringLiteral("超时赔付规则（专业版、尊享版）"),
            QStringLiteral(
                "到场时间每超时1小时，按当月服务费的5%赔付；专业版累计赔付上限为当月服务费的10%，尊享版累计赔付上限为"
                "当月服务费的30%。基础版不提供超时赔付。"),
        }}));
        QVERIFY(result.tiers.contains(QStringLiteral("专业版")));
        QVERIFY(result.tiers.contains(QStringLiteral("尊享版")));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("onsite_time")).value(QStringLiteral("专业版 ")), 240);
        const auto penalties = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalties.size(), 2);
        QCOMPARE(penalties.at(0).tier, QStringLiteral("专业版"));
        QCOMPARE(penalties.at(0).values.value(QStringLiteral("cap_percent")).toDouble(), 10.0);
        QCOMPARE(penalties.at(1).tier, QStringLiteral("尊享版"));
        QCOMPARE(penalties.at(1).values.value(QStringLiteral("cap_percent")).toDouble(), 30.0);
        QCOMPARE(penalties.at(1).values.value(QStringLiteral("per")).toString(), QStringLiteral("hour"));
        bool discretion = false;
        for (const SlaTerm &parts : termsOf(result, QStringLiteral("parts_quality")))
            discretion =
                discretion || (parts.tier == QStringLiteral("专业版") &&
                               parts.values.value(QStringLiteral("value")) == QStringLiteral("vendor_discretion"));
        QVERIFY(discretion);
        QVERIFY(findingsOf(result, QStringLiteral("marketing_claim")).isEmpty());
    }

    void aPlanCellNamingItsOwnServiceIsNotTheRowsService()
    {
        // A brochure's boxes read as a table: the "row label" is a line of the box beside, not the cell's service.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务项目\t基础版\t尊享版"),
            QStringLiteral("预防性巡检\t✘\t✔ 7×24远程监控与告警"),
            QStringLiteral("远程监控\t✘\t✔"),
        }}));
        const auto services = termsOf(result, QStringLiteral("value_added"));
        QCOMPARE(services.size(), 1);
        QCOMPARE(services.first().values.value(QStringLiteral("value")).toString(),
                 QStringLiteral("remote_monitoring"));
    }

    void levelsMarkedWithFootnotesAndPricedInKroner()
    {
        // A Norwegian SLA: the levels across carry footnote marks ("Gold ¹") that their footnotes do not; prices are
        // grouped by spaces; "new original manufacturer (OEM) parts" are OEM-new and "certified refurbished OEM
        // parts" are refurbished.
        const auto result = analyze(textDocument({{
            QStringLiteral("Service level\tGold ¹\tSilver ²"),
            QStringLiteral("Response - Priority 1\t30 minutes\t1 Business Hour"),
            QStringLiteral("¹ Gold times are clock hours and run without interruption for nights, weekends and public "
                           "holidays."),
            QStringLiteral(
                "6.1 Gold: only new original manufacturer (OEM) parts are used. Silver: certified refurbished "
                "OEM parts, tested to the manufacturer's specification."),
            QStringLiteral("Service level\tPrice per server/year"),
            QStringLiteral("Gold\tNOK 9 850"),
            QStringLiteral("Silver\tNOK 5 400"),
        }}));
        QVERIFY(result.tiers.contains(QStringLiteral("Gold")));
        const auto response = termsOf(result, QStringLiteral("response_time"), QStringLiteral("P1"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).tier, QStringLiteral("Gold"));
        QCOMPARE(response.at(0).values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        QCOMPARE(prices.at(0).values.value(QStringLiteral("amount")).toDouble(), 9850.0);
        QCOMPARE(prices.at(0).values.value(QStringLiteral("currency")).toString(), QStringLiteral("NOK"));
        const auto parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).values.value(QStringLiteral("value")).toString(), QStringLiteral("oem_new"));
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 1);
    }

    void plansNamedWithTheirCoverAreCalledByTheirWord()
    {
        // "Premier 24x7" is "Premier" in the sections after its table; "for each Case" is a credit per incident; a
        // next-business-day clock for cases "received and diagnosed by" the vendor starts at its diagnosis.
        const auto result = analyze(textDocument({{
            QStringLiteral("Service element\tPremier 24x7\tStandard NBD"),
            QStringLiteral("Initial response\t30 minutes\t2 Business Hours"),
            QStringLiteral("On-site arrival\t4 hours\tNext Business Day"),
            QStringLiteral("3.1 Premier response and on-site times are measured in clock hours, without interruption "
                           "for nights, weekends or holidays."),
            QStringLiteral(
                "3.2 Next Business Day on-site applies to Cases received and diagnosed by Ironbridge by 3:00 "
                "p.m. Central Time."),
            QStringLiteral(
                "5.1 Premier: for each Case in which on-site arrival exceeds 4 hours, the University receives "
                "a credit of 10% of the monthly fee for the affected server, up to 50% of that server's "
                "monthly fee in any month."),
        }}));
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QVERIFY(!onsite.isEmpty());
        QCOMPARE(onsite.first().tier, QStringLiteral("Premier 24x7"));
        QCOMPARE(onsite.first().values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        const auto penalty = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalty.size(), 1);
        QCOMPARE(penalty.first().tier, QStringLiteral("Premier 24x7"));
        QCOMPARE(penalty.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("incident"));
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        // ... and a level deferred to the vendor's own terms, not attached.
        const auto deferred = analyze(textDocument(
            {{QStringLiteral("服务项目\tA类设备\tB类设备"), QStringLiteral("电话响应\t15分钟内响应\t30分钟内响应"),
              QStringLiteral("三级故障\t按《曜衡企业级服务条款》执行\t")}}));
        QCOMPARE(findingCount(deferred, QStringLiteral("missing_sla")), 1);
    }

    void uncontrollableCausesExemptFromTheCredits()
    {
        // "其他乙方无法控制的原因造成超时的，不计入考核": a catch-all, quoted with what follows from it and without
        // its clause number "10.3".
        const auto result = analyze(textDocument({{
            QStringLiteral("10.1　乙方未达到服务级别表约定时限的，每超时1小时扣减当月服务费的1%。"),
            QStringLiteral("10.3　因物流、原厂备件供货及其他乙方无法控制的原因造成超时的，不计入考核。"),
        }}));
        const auto scope = findingsOf(result, QStringLiteral("scope_exclusion"));
        QCOMPARE(scope.size(), 1);
        QVERIFY2(scope.first().evidence.quote.startsWith(QStringLiteral("因物流")),
                 qPrintable(scope.first().evidence.quote));
        QVERIFY2(scope.first().evidence.quote.contains(QStringLiteral("不计入考核")),
                 qPrintable(scope.first().evidence.quote));
    }

    void extendedWarrantyQuotationByProductCode()
    {
        // An OEM quotation: the products are named with their codes ("金牌延保服务（DZ-EW3Y-GD）") and its lines give
        // only the code; "支持（确认故障部件后即安排备件发运）" under a plan is a yes; the service levels deferred to
        // the OEM's web terms are missing.
        const Document document = textDocument({{
            QStringLiteral("服务项目\t金牌延保服务（DZ-EW3Y-GD）\t标准延保服务（DZ-EW3Y-ST）"),
            QStringLiteral("现场服务\t4 小时上门\t下一工作日上门"),
            QStringLiteral("备件先行\t支持（确认故障部件后即安排备件发运）\t不支持"),
            QStringLiteral("电话响应\t30 分钟内响应\t服务时间内 2 小时内电话响应"),
            QStringLiteral("1. 具体服务内容及服务级别以岱宗官网发布的《岱宗企业级产品服务条款（2024 版）》为准。"),
        }});
        const auto result = analyze(document);
        const auto dispatch = termsOf(result, QStringLiteral("parts_dispatch_first"));
        QCOMPARE(dispatch.size(), 1);
        QVERIFY(dispatch.first().tier.startsWith(QStringLiteral("金牌")));
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        const AnalysisText text(document);
        QVERIFY2(
            text.tiers().tierIn(QStringLiteral("DZ-EW3Y-GD 3 年 7x24x4 小时上门")).startsWith(QStringLiteral("金牌")),
            qPrintable(text.tiers().names().join(QLatin1Char('|'))));
    }

    void indianAmcProposal()
    {
        // An Indian AMC proposal: "Rs. 2.4 lakh"; an escalation matrix's "SLA + 2 hrs" promises nothing; "engineer
        // will visit site on Next Business Day" is on-site; a clock counted from the docket number "after preliminary
        // remote diagnosis" is the vendor's; software "including … BIOS and firmware upgrades" excluded takes
        // firmware out; calls assigned to "empanelled service partners" are subcontracted.
        const auto result = analyze(textDocument({{
            QStringLiteral("Option A - CAMC (Comprehensive AMC, labour + spares): Rs. 2.4 lakh per annum"),
            QStringLiteral("NCAMC: Calls will be responded within 4 working hours and engineer will visit site on Next "
                           "Business Day for all severities."),
            QStringLiteral(
                "SLA clock: SLA timelines shall be counted from the time of allotment of docket number by our "
                "helpdesk after preliminary remote diagnosis."),
            QStringLiteral("Level\tName\tEscalate after"),
            QStringLiteral("L2\tMr. Sandeep Patil\tSLA + 2 hrs"),
            QStringLiteral("L3\tMr. Girish Nayak\tSLA + 6 hrs"),
            QStringLiteral("The following are not covered under CAMC / NCAMC:"),
            QStringLiteral(
                "a. Software related issues including OS, application, antivirus, BIOS and firmware upgrades."),
            QStringLiteral("Kaveri reserves the right to assign calls to its empanelled service partners."),
        }}));
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 1);
        QCOMPARE(prices.first().values.value(QStringLiteral("amount")).toDouble(), 240000.0);
        const auto onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 1);
        QVERIFY(onsite.first().values.value(QStringLiteral("next_business_day")).toBool());
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
    }

    void singaporeProposalWithAPartlyAttachedSchedule()
    {
        // Schedule B is attached but has no para B2; a credits table names the missed level's priority beside the
        // credit; "All priorities:" in a P1 row is every priority's; Gold's "7.00am to 11.00pm daily, including Public
        // Holidays" does not define Silver's business hours; excluded work "quoted … at prevailing rates" is no
        // price clause.
        const auto result = analyze(textDocument({{
            QStringLiteral("\tPlatinum\tGold\tSilver"),
            QStringLiteral(
                "Coverage Hours\t24 x 7 x 365, including Public Holidays\t7.00am to 11.00pm daily, including "
                "Public Holidays\tBusiness Hours: 9.00am to 6.00pm, Monday to Friday"),
            QStringLiteral("Restoration Target\tSee Schedule B, para B2\t\tNot applicable"),
            QStringLiteral("4. Service levels by priority"),
            QStringLiteral("Priority\tDefinition\tPlatinum\tGold\tSilver"),
            QStringLiteral("P1 – Critical\tServer down\tResponse: 15 minutes\tResponse: 30 minutes\tAll priorities: "
                           "Response within 4 Business Hours"),
            QStringLiteral("5. Service credits"),
            QStringLiteral("Service Tier\tMissed Service Level\tService Credit\tCap"),
            QStringLiteral("Gold\tOn-Site Time (P1)\t3% of the Monthly Charge of the affected Server for every hour or "
                           "part thereof\t15% of the Monthly Charge"),
            QStringLiteral("Work on excluded items may be quoted separately at Kallang's prevailing rates."),
            QStringLiteral("Schedule B – Service Levels"),
            QStringLiteral("B1. Response and On-Site Times"),
            QStringLiteral("B3. Service Desk"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        const auto penalty = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalty.size(), 1);
        QCOMPARE(penalty.first().priority, QStringLiteral("P1"));
        bool silverAllPriorities = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            silverAllPriorities =
                silverAllPriorities || (term.tier == QStringLiteral("Silver") && term.priority.isEmpty());
        QVERIFY(silverAllPriorities);
        QVERIFY(findingCount(result, QStringLiteral("day_basis")) >= 1);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 0);
    }

    void hedgedPromiseAndDepotInACity()
    {
        // One hedged promise across a comma ("on a reasonable endeavours basis, subject to parts availability"),
        // but "as soon as practicable, normally the next business day" holds two; a depot "at its Eagle Farm depot in
        // Brisbane" is in Brisbane.
        const auto result = analyze(textDocument({{
            QStringLiteral("7.2 Kestrel Bay holds critical spares for each covered model at its Eagle Farm depot in "
                           "Brisbane."),
            QStringLiteral(
                "7.4 For equipment past its end-of-service-life date, Kestrel Bay will support the equipment "
                "on a reasonable endeavours basis, subject to parts availability."),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 1);
        const auto stock = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stock.size(), 1);
        QCOMPARE(stock.first().values.value(QStringLiteral("location")).toString(), QStringLiteral("Brisbane"));
        const auto two = analyze(textDocument(
            {{QStringLiteral("An engineer is dispatched as soon as practicable, normally the next business day.")}}));
        QCOMPARE(findingCount(two, QStringLiteral("vague_wording")), 2);
    }

    void renewalQuoteComparedWithTheCurrentTerm()
    {
        // A renewal quote: "Current (FY2025) | Renewal (FY2026)" are no plans and the current column no longer
        // promises; a group row "GROUP B — Branch & File Services (14 × …)" opens its group; "Certified refurbished
        // (no change)" is refurbished; a report "delivered within ten business days" is no service time.
        const auto result = analyze(textDocument({{
            QStringLiteral("Service element\tCurrent (FY2025)\tRenewal (FY2026)"),
            QStringLiteral("GROUP A — Core Banking (8 × Dell PowerEdge R750)\t\t"),
            QStringLiteral("Response (remote engineer)\t30 minutes\t15 minutes"),
            QStringLiteral("On-site target\t4 hours\t4 hours"),
            QStringLiteral("GROUP B — Branch & File Services (14 × HPE ProLiant DL360 Gen10)\t\t"),
            QStringLiteral("Response (remote engineer)\t1 hour\t2 Business Hours"),
            QStringLiteral("Replacement parts\tNew OEM\tCertified refurbished (no change)"),
            QStringLiteral("2. Renewal Pricing"),
            QStringLiteral("Server group\tServers\tRenewal price per server / year"),
            QStringLiteral("Group A — Core Banking\t8\t$1,188.00"),
            QStringLiteral("Group B — Branch & File Services\t16\t$585.00"),
            QStringLiteral(
                "Business Hours are 8:00 a.m. to 5:00 p.m. ET, Monday to Friday, excluding federal holidays."),
            QStringLiteral(
                "9. A quarterly SLA performance report (response, on-site and restoration times by group) is "
                "delivered within ten business days after each quarter end."),
        }}));
        QVERIFY(!result.tiers.contains(QStringLiteral("Current")));
        const auto response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 2);
        QCOMPARE(response.at(0).tier, QStringLiteral("Group A"));
        QCOMPARE(response.at(0).values.value(QStringLiteral("minutes")).toInt(), 15);
        QCOMPARE(response.at(1).tier, QStringLiteral("Group B"));
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 0);
    }

    void serviceDataSheetSmallPrint()
    {
        // An OEM data sheet's small print: "其他非产品本身质量问题导致的故障" is a catch-all;
        // "由恒曜认证工程师或恒曜授权 服务合作伙伴的认证工程师提供" subcontracts; other areas' times
        // "详见《…到场时间表》" are missing; a reference price "调整，恕不另行通知" is a price clause, not a change of
        // the service.
        const auto result = analyze(textDocument({{
            QStringLiteral("现场到场时间：4 小时。其他地区的到场时间详见《恒曜服务网点及到场时间表》。"),
            QStringLiteral("现场服务由恒曜认证工程师或恒曜授权服务合作伙伴的认证工程师提供。"),
            QStringLiteral("以下情况不属于服务范围：（5）其他非产品本身质量问题导致的故障。"),
            QStringLiteral("3. 恒曜可根据市场情况对参考价格进行调整，恕不另行通知。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 0);
    }

    void taiwanProposalInTraditionalChinese()
    {
        // A Taipei integrator's proposal: prices in "元" of the New Taiwan dollar the document states; holidays
        // "及政府公告停止上班日除外"; "原廠新品或同等級良品"; a schedule "（簽約時另行提供）" is not attached; a
        // renewal "依原廠料件成本及市場行情調整"; "業界最完善"; a loaner "備用主機".
        const auto result = analyze(textDocument({{
            QStringLiteral("本公司秉持「客戶至上」之理念，為 貴公司提供業界最完善的維護服務。"),
            QStringLiteral("服務等級\t服務時間\t說明"),
            QStringLiteral("金級\t7×24×365\t全年無休，含例假日及國定假日"),
            QStringLiteral("銀級\t5×9\t週一至週五 08:30～17:30，國定假日及政府公告停止上班日除外"),
            QStringLiteral("註4：銀級修復時間依附件三「服務水準協議」之約定辦理。"),
            QStringLiteral("（二）更換之備品為原廠新品或同等級良品。"),
            QStringLiteral("（五）金級設備未能於修復時間內修復者，本公司提供同等級備用主機予 貴公司暫時使用。"),
            QStringLiteral("幣別：新台幣（元）"),
            QStringLiteral("服務等級\t台數\t單價（元）"),
            QStringLiteral("金級\t10\t48,000"),
            QStringLiteral("續約時，價格將依原廠料件成本及市場行情調整。"),
            QStringLiteral("附件三　服務水準協議（簽約時另行提供）"),
        }}));
        const auto prices = termsOf(result, QStringLiteral("price"));
        QVERIFY(!prices.isEmpty());
        QCOMPARE(prices.first().values.value(QStringLiteral("currency")).toString(), QStringLiteral("TWD"));
        bool silverHolidays = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("coverage")))
            silverHolidays = silverHolidays || (term.tier == QStringLiteral("銀級") &&
                                                term.values.value(QStringLiteral("holidays")) == QVariant(false));
        QVERIFY(silverHolidays);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("marketing_claim")), 1);
        bool loaner = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added")))
            loaner = loaner || term.values.value(QStringLiteral("value")) == QStringLiteral("loaner");
        QVERIFY(loaner);
    }

    void southAfricanSlaProposal()
    {
        // Times "measured from the time the Ticket is logged and its reference number is issued" start at the
        // customer's call; the DR site is served by "Kopano's appointed service partner"; a rate threshold ("by more
        // than 5%") is no cap on "reserves the right to adjust the fees"; "the engineer is dispatched with the likely
        // replacement part" ships parts first; P3 times "As per the Supplier's Framework Tender response" are missing.
        const auto result = analyze(textDocument({{
            QStringLiteral("(a) All times are measured from the time the Ticket is logged and its reference number is "
                           "issued. P1 on-site: 4 hours."),
            QStringLiteral("(b) For the Pinetown DR site, on-site attendance is provided by Kopano's appointed service "
                           "partner in KwaZulu-Natal."),
            QStringLiteral("5.1 Gold: for P1 faults the engineer is dispatched with the likely replacement part before "
                           "diagnosis is complete."),
            QStringLiteral(
                "9.3 Should the Rand weaken by more than 5% against the US Dollar, Kopano reserves the right to "
                "adjust the fees accordingly."),
            QStringLiteral("KPI-08\tResponse and Fix Times – Priority 3 and 4\tAs per the Supplier's Framework Tender "
                           "response"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        QCOMPARE(termsOf(result, QStringLiteral("parts_dispatch_first")).size(), 1);
    }

    void renewalLetterChangesAndTheOldContractsAnnex()
    {
        // "服务时间内可以保证更稳定的响应质量" promises no time; a repair time "按原合同附件三执行" points to the old
        // contract's annex, which the letter does not attach.
        const auto result = analyze(textDocument({{
            QStringLiteral(
                "本年度B类服务时间调整为工作日白天，服务时间内可以保证更稳定的响应质量，B类单价也相应下调。"),
            QStringLiteral("服务项目\tA类\tB类"),
            QStringLiteral("到场时间\t4小时\t8小时"),
            QStringLiteral("故障修复\t48小时\t按原合同附件三执行"),
        }}));
        for (const Finding &finding : findingsOf(result, QStringLiteral("day_basis")))
            QVERIFY2(!finding.evidence.quote.contains(QStringLiteral("响应质量")), qPrintable(finding.evidence.quote));
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
    }

    void partsForEndOfLifeModelsAreNoTiers()
    {
        // "对已超过原厂EOSL的设备（目前为B类中的4台…）…继续提供不少于3年的备件保障": the models sit in B类, the promise
        // is theirs, not B类's.
        const auto result = analyze(textDocument({{
            QStringLiteral("A类：7×24小时，4小时到场。B类：5×8小时，下一个工作日到场。"),
            QStringLiteral("价格：A类每台每年6,800元，B类每台每年2,300元。"),
            QStringLiteral("4、对已超过原厂EOSL的设备（目前为B类中的4台HPE DL380 "
                           "Gen9），我司承诺自原厂停止支持之日起继续提供不少于3年"
                           "的备件保障。"),
        }}));
        const auto eol = termsOf(result, QStringLiteral("eol_parts_years"));
        QCOMPARE(eol.size(), 1);
        QCOMPARE(eol.first().values.value(QStringLiteral("value")).toInt(), 3);
        QVERIFY2(eol.first().tier.isEmpty(), qPrintable(eol.first().tier));
    }

    void priceColumnWithCurrencyInTheHeader()
    {
        const auto result = analyze(textDocument(
            {{QStringLiteral("设备层级\t数量（台）\t单价（元/台/年）"), QStringLiteral("关键业务数据库\t24\t10,800.00"),
              QStringLiteral("生产应用\t120\t6,200.00")}}));
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 2);
        QCOMPARE(prices.first().tier, QStringLiteral("关键业务数据库"));
        QCOMPARE(prices.first().values.value(QStringLiteral("amount")).toDouble(), 10800.0);
        QCOMPARE(prices.first().values.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
        QCOMPARE(prices.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("server_year"));
    }

    void missingScheduleOnlyWhenNotAttached()
    {
        const QString sentence = QStringLiteral(
            "Detailed on-site and restoration targets are set out in the Service Level Schedule in Appendix B.");
        const auto missing = analyze(textDocument({{sentence}}));
        QCOMPARE(findingsOf(missing, QStringLiteral("missing_sla")).size(), 2); // the reference, and no SLA at all
        const auto attached = analyze(textDocument({{sentence, QStringLiteral("Appendix B — Service Level Schedule"),
                                                     QStringLiteral("P1 on-site response within 4 hours.")}}));
        QVERIFY(findingsOf(attached, QStringLiteral("missing_sla")).isEmpty());
    }

    void subcontractingRespectsNegation()
    {
        const auto negated =
            analyze(textDocument({{QStringLiteral("Keystone will not subcontract on-site services under this agreement "
                                                  "without Ruifeng's prior written consent.")}}));
        QVERIFY(findingsOf(negated, QStringLiteral("subcontracting")).isEmpty());
        const auto result = analyze(textDocument(
            {{QStringLiteral("Meridian may engage subcontractors for any part of the services at its discretion.")}}));
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 1);
    }

    void englishRulesOnlyOnChineseTextIsNotClean()
    {
        const Document document = textDocument({{QStringLiteral("我司将尽最大努力保障服务质量。")}});
        ContractAnalyzer analyzer;
        QList<RulePack> englishOnly;
        for (const RulePack &pack : RulePackLoader::defaultPacks()) {
            if (pack.id == QLatin1String("core-en"))
                englishOnly << pack;
        }
        analyzer.setRulePacks(englishOnly);
        const auto partial = analyzer.analyze(document);
        QVERIFY(!partial.complete());
        QCOMPARE(partial.uncheckedLanguages, QStringList{QStringLiteral("zh")});
        QVERIFY(!partial.warnings.isEmpty());
        QVERIFY(findingsOf(partial, QStringLiteral("vague_wording")).isEmpty());

        const auto full = ContractAnalyzer().analyze(document);
        QVERIFY(full.complete());
        QCOMPARE(findingsOf(full, QStringLiteral("vague_wording")).size(), 1);
        const QJsonObject json = analysisToJson(document, partial);
        QCOMPARE(json.value(QStringLiteral("coverage")).toObject().value(QStringLiteral("complete")).toBool(), false);
    }

    void userPackDisablesARule()
    {
        const Document document = textDocument({{QStringLiteral("Our world-class engineers will respond promptly.")}});
        QCOMPARE(findingsOf(ContractAnalyzer().analyze(document), QStringLiteral("marketing_claim")).size(), 1);
        RulePack quiet;
        QString error;
        QVERIFY(RulePackLoader::parse("{\"id\": \"quiet\", \"disable\": [\"en.marketing.claims\"]}",
                                      QStringLiteral("quiet.json"), &quiet, &error));
        ContractAnalyzer analyzer;
        analyzer.addRulePack(quiet);
        const auto result = analyzer.analyze(document);
        QVERIFY(findingsOf(result, QStringLiteral("marketing_claim")).isEmpty());
        QCOMPARE(findingsOf(result, QStringLiteral("vague_wording")).size(), 1);
        QCOMPARE(result.packs.last().id, QStringLiteral("quiet"));
    }

    void deterministic()
    {
        const Document document = textDocument(
            {{QStringLiteral("3.1 生产应用层（120 台）"),
              QStringLiteral("7×24 小时，一级故障 30 分钟内响应，原则上 6 小时内到场。"),
              QStringLiteral("备件类型根据库存情况确定。"), QStringLiteral("续约价格根据市场情况调整。")}});
        const QByteArray a = QJsonDocument(analysisToJson(document, ContractAnalyzer().analyze(document))).toJson();
        const QByteArray b = QJsonDocument(analysisToJson(document, ContractAnalyzer().analyze(document))).toJson();
        QCOMPARE(a, b);
        QVERIFY(a.contains("price_adjustment"));
        QVERIFY(a.contains("unspecified"));
    }

    void postWarrantyProposalOfAThirdPartyMaintainer()
    {
        // A plan named by a severity word ("Critical (24x7x4)") is meant in "every Critical call"; parts
        // installed "at its discretion"; two forward stocking locations named after their acronym; a national
        // distribution center; partners certified by the maintainer; an upgrade offered at no charge.
        const auto result = analyze(textDocument({{
            QStringLiteral("Service level\tUnits\tPrice per unit per month\tAnnual price"),
            QStringLiteral("Critical (24x7x4)\t36\t$46.00\t$19,872.00"),
            QStringLiteral("Standard (9x5xNBD)\t106\t$21.50\t$27,348.00"),
            QStringLiteral("3.1 Critical (24x7x4)"),
            QStringLiteral(
                "A TAC engineer will respond to every Critical call within thirty (30) minutes by telephone."),
            QStringLiteral("3.2 Standard (9x5xNBD)"),
            QStringLiteral(
                "Standard calls are returned within two (2) Business Hours. Reno devices are attended on the "
                "second business day."),
            QStringLiteral("4.1 Parts quality"),
            QStringLiteral(
                "Where certified refurbished stock of a part is not available, Kestrel may, at its discretion, "
                "install a part harvested from a decommissioned system of the same model."),
            QStringLiteral("4.2 Stocking locations"),
            QStringLiteral("Critical units are backed by forward stocking locations (FSLs) in Dallas and Memphis. "
                           "Standard units are supplied from Kestrel's national distribution center in Louisville, "
                           "Kentucky, by overnight courier."),
            QStringLiteral(
                "If a part can no longer be sourced, Kestrel will propose a functionally equivalent upgrade at "
                "no additional charge."),
            QStringLiteral("In Reno, on-site services are performed by Kestrel-certified field service partners."),
        }}));
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            QVERIFY2(term.priority.isEmpty(), qPrintable(term.evidence.quote));
        bool secondDay = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time")))
            secondDay = secondDay || term.values.value(QStringLiteral("business_days")).toInt() == 2;
        QVERIFY(secondDay);
        QStringList qualities;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_quality")))
            qualities << term.values.value(QStringLiteral("value")).toString();
        QVERIFY2(qualities.contains(QStringLiteral("vendor_discretion")), qPrintable(qualities.join(QLatin1Char(','))));
        QMap<QString, QString> stores;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_stock")))
            stores.insert(term.values.value(QStringLiteral("location")).toString(),
                          term.values.value(QStringLiteral("value")).toString());
        QCOMPARE(stores.value(QStringLiteral("Dallas")), QStringLiteral("local"));
        QCOMPARE(stores.value(QStringLiteral("Memphis")), QStringLiteral("local"));
        QCOMPARE(stores.value(QStringLiteral("Louisville")), QStringLiteral("central"));
        // One finding for the sentence, the vendor's pick; none for the upgrade at no charge.
        const QList<Finding> parts = findingsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().ruleId, QStringLiteral("en.parts.equivalent"));
        QVERIFY(parts.first().evidence.quote.contains(QStringLiteral("discretion")));
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
    }

    void slaAnnexSendsEngineersInTimeAndChangesTheirWay()
    {
        // "及时增派工程师" promises no time; "可根据…调整驻场工程师人选及服务方式" changes the service alone.
        const auto result = analyze(textDocument({{
            QStringLiteral("2.3　遇恶劣天气或甲方重大生产保障期间，乙方应及时增派工程师现场值守。"),
            QStringLiteral("7.3　乙方可根据服务资源情况调整驻场工程师人选及服务方式，并提前通知甲方。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
    }

    void tableContinuedUnderItsCaption()
    {
        // A Word table split over a page break under "表2（续）": the row on the next page keeps the header.
        const auto result = analyze(textDocument(
            {{QStringLiteral("表2　故障分级及服务时限"), QStringLiteral("故障级别\t判定标准\t响应时间\t到场时间"),
              QStringLiteral("一级故障\t业务中断\t15分钟\t2小时")},
             {QStringLiteral("表2（续）"), QStringLiteral("三级故障\t单电源故障\t2小时\t8小时")}}));
        const QMap<QString, int> onsite = minutesByTierAndPriority(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.value(QStringLiteral(" P3")), 480);
    }

    void slideBulletsRunTogetherAndANoteDeferringTimes()
    {
        // Two bullets read into one line: the exclusion's "不在" does not negate the partner after it. A note
        // defers the other levels' times to an SLA that is not attached.
        const auto result = analyze(textDocument({{
            QStringLiteral("• 因机房环境、人为操作及其他非硬件原因导致的故障，不在服务范围内 • "
                           "昆山灾备中心现场服务由我司授权合作伙伴提供"),
            QStringLiteral("注 1：表中时限适用于一级故障；二级、三级故障时限详见附件《服务级别协议》。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
    }

    void shortGradedHeadingsNameTheTiers()
    {
        // "2.1 白金级" / "2.2 金级" / "2.3 银级": one name ends another, the others share only "级".
        const auto result = analyze(textDocument({{
            QStringLiteral("2.1 白金级"),
            QStringLiteral("白金级服务面向关键业务系统，工程师4小时内到场。"),
            QStringLiteral("2.2 金级"),
            QStringLiteral("金级服务面向一般生产系统，工程师8小时内到场。"),
            QStringLiteral("2.3 银级"),
            QStringLiteral("银级服务面向测试系统，工程师24小时内到场。"),
        }}));
        const QMap<QString, int> onsite = minutesByTierAndPriority(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.value(QStringLiteral("白金级 ")), 240);
        QCOMPARE(onsite.value(QStringLiteral("金级 ")), 480);
        QCOMPARE(onsite.value(QStringLiteral("银级 ")), 1440);
    }

    void workingDayAndHoursDefinedFarApart()
    {
        // A call-off schedule defines the Working Day in its definitions and the Working Hours two pages on:
        // the business clock is defined, so no day_basis finding.
        QStringList lines = {QStringLiteral("1.1 \u201cWorking Day\u201d means any day other than a Saturday, a Sunday "
                                            "or a public holiday in England.")};
        for (int i = 0; i < 12; ++i)
            lines << QStringLiteral("2.%1 The Supplier shall keep records of every Incident and make them available to "
                                    "the Buyer on request for audit.")
                         .arg(i + 1);
        lines << QStringLiteral(
                     "4.2 Standard Equipment: during Working Hours, meaning 08:00 to 18:00 on each Working Day.")
              << QStringLiteral(
                     "KPI 5: Response within 4 Working Hours of Incident Logging; attendance by the end of the "
                     "next Working Day.");
        const auto result = analyze(textDocument({lines}));
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 0);
        QVERIFY(!termsOf(result, QStringLiteral("response_time")).isEmpty());
    }

    void memoSectionsOfMattersAreNoTiers()
    {
        // "三、已达成一致的调整事项" / "四、待定事项" share "事项": parts of a memo, not plans.
        const auto result = analyze(textDocument({{
            QStringLiteral("三、已达成一致的调整事项"),
            QStringLiteral("A类设备一级故障4小时内到场；B类设备下一个工作日到场。"),
            QStringLiteral("四、待定事项"),
            QStringLiteral("备机数量待双方另行协商。"),
        }}));
        QVERIFY(!result.tiers.contains(QStringLiteral("已达成一致的调整事项")));
        QVERIFY(!result.tiers.contains(QStringLiteral("待定事项")));
    }

    void repairShopArticleWithAFaq()
    {
        // A WeChat article: the FAQ defines 工作日 with its hours, a note far above stops service on holidays;
        // a repair clock from the parts' arrival; "尽量帮您找件"; "口碑第一"; changes as the website says.
        QStringList lines = {QStringLiteral("经济型和标准型法定节假日暂停服务，节后第一个工作日优先处理。"),
                             QStringLiteral("经济型：5×8（工作日），4小时内响应，下一个工作日上门。"),
                             QStringLiteral("标准型：备件到位后24小时内修复。")};
        for (int i = 0; i < 8; ++i)
            lines << QStringLiteral("签约须知%1：签约前请提供服务器型号、序列号及机房地址，便于我司建立档案。")
                         .arg(i + 1);
        lines << QStringLiteral("问：停产的老机器也能修吗？答：可以，我们会尽量帮您找件。")
              << QStringLiteral("问：工作日怎么算？答：工作日指周一至周五，早上9:00到下午5:00。")
              << QStringLiteral("鹏芯维修，深圳服务器维修口碑第一。")
              << QStringLiteral("套餐内容如有调整，以官网最新公布为准。");
        const auto result = analyze(textDocument({lines}));
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("marketing_claim")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
    }

    void quotedOldWordingAndAWithdrawnHedge()
    {
        // A clarification log quotes the old proposal ("states that … “subject to …”") and withdraws it.
        const auto result = analyze(textDocument({{
            QStringLiteral("Footnote 3 states that on-site times are \u201csubject to parts availability\u201d. Please "
                           "clarify."),
            QStringLiteral("This qualification is withdrawn. On-site times are not subject to parts availability."),
            QStringLiteral("Section 8.3 of the Proposal states that prices are \u201csubject to annual review\u201d."),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 0);
    }

    void pointsNotYetAgreedBindNoOne()
    {
        // A memo's section of open points: what the vendor proposed there is not a clause yet.
        const auto result = analyze(textDocument({{
            QStringLiteral("三、已达成一致的调整事项"),
            QStringLiteral("1. A类设备一级故障4小时内到场。"),
            QStringLiteral("四、待定事项（尚未达成一致，不构成续签合同条款）"),
            QStringLiteral("1. 乙方提出第二年服务费根据市场情况调整；甲方要求涨幅不超过3%。"),
            QStringLiteral("2. 乙方提出增加“乙方可根据原厂政策调整服务内容”的条款；甲方不同意。"),
            QStringLiteral("五、其他"),
            QStringLiteral("1. 本备忘录一式四份。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 0);
        QCOMPARE(termsOf(result, QStringLiteral("onsite_time")).size(), 1);
    }

    void certificateOfServiceLevelCodes()
    {
        // An OEM's certificate: the levels are codes that look like models ("P724-4H") in a column that says
        // so; the back page's small print reserves revisions, defers to a city list and prices renewals.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务级别代码\t服务名称\t服务时间\t现场服务 / 修复"),
            QStringLiteral("P724-4H\t7×24×4 现场服务\t7×24 小时，含法定节假日\t4 小时内工程师到场"),
            QStringLiteral("B59-NBD\t5×9×NBD 现场服务\t工作日 9:00–18:00\t下一个工作日到场"),
            QStringLiteral("注 2：P724-4H 在部分城市的到场时限以《恒拓服务适用城市列表》为准。"),
            QStringLiteral("注 4：上述时限为服务目标，恒拓将尽合理商业努力达成。"),
            QStringLiteral("第六条 服务执行。现场服务由恒拓工程师或恒拓授权服务提供商执行。"),
            QStringLiteral("第十一条 服务变更。恒拓保留对本服务条款进行修订的权利。"),
            QStringLiteral("第十二条 续保。续保价格以续保时恒拓公布的价格为准。"),
        }}));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("P724-4H"), QStringLiteral("B59-NBD")}));
        QCOMPARE(minutesByTierAndPriority(result, QStringLiteral("onsite_time")).value(QStringLiteral("P724-4H ")),
                 240);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
    }

    void equipmentClassesDownFaultLevelsAcross()
    {
        // 附件一《服务级别表》: 设备等级 重要/一般 are classes of equipment (not severities, the fault levels run
        // across), "重要设备" in the note is the row 重要, and the note says how its times count.
        const auto result = analyze(textDocument({{
            QStringLiteral("设备等级\t服务时间\t一级故障\t二级故障"),
            QStringLiteral("关键\t7×24×365\t响应：15分钟 到场：2小时\t响应：30分钟 到场：4小时"),
            QStringLiteral("重要\t7×24小时\t响应：30分钟 到场：4小时\t响应：1小时 到场：8小时"),
            QStringLiteral("一般\t5×8小时（工作日）\t响应：2小时 到场：下一个工作日\t响应：4小时 到场：2个工作日"),
            QStringLiteral("注2：关键、重要设备的各项时限按自然小时连续计算。"),
        }}));
        const QMap<QString, int> onsite = minutesByTierAndPriority(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.value(QStringLiteral("重要 P1")), 240);
        QCOMPARE(onsite.value(QStringLiteral("重要 P2")), 480);
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time"))) {
            if (term.tier == QLatin1String("重要"))
                QCOMPARE(term.values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        }
    }

    void supportPolicyPageHedgesAndPartners()
    {
        // A vendor's public policy page and an integrator's proposal: resources permitting, "at the earliest",
        // list prices that may change, a capitalised "Authorized Service Partner", compatible or used spares.
        const auto result = analyze(textDocument({{
            QStringLiteral("Severity 4 requests are handled as resources permit."),
            QStringLiteral("Where spares are not in stock, restoration will be done at the earliest."),
            QStringLiteral("Prices shown are list prices and may change at any time."),
            QStringLiteral("On-site work outside metro areas is performed by a Corvane Authorized Service Partner."),
            QStringLiteral("For end-of-life servers we may fit compatible or used spares."),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 2);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 1);
    }

    void serviceLevelsDeferredToANamedGuide()
    {
        // "as described in the Northvane Remote Support Guide": a named guide the proposal does not include.
        const auto named = analyze(textDocument({{
            QStringLiteral("Severity 1 requests receive a response within 30 minutes."),
            QStringLiteral("Remote response for Severity 3 requests is handled as described in the Northvane Remote "
                           "Support Guide."),
        }}));
        QCOMPARE(findingCount(named, QStringLiteral("missing_sla")), 1);
        // ... unless the guide is part of the document.
        const auto attached = analyze(textDocument({{
            QStringLiteral("Remote response for Severity 3 requests is handled as described in the Northvane Remote "
                           "Support Guide."),
            QStringLiteral("Northvane Remote Support Guide"),
            QStringLiteral("Severity 3 requests receive a remote response within 8 business hours."),
        }}));
        QCOMPARE(findingCount(attached, QStringLiteral("missing_sla")), 0);
    }

    void partsShippedWithTheEngineer()
    {
        // Parts sent when the engineer is, before any on-site diagnosis, in both languages.
        const auto en = analyze(textDocument({{
            QStringLiteral("For Severity 1 Incidents, Provider shall ship the replacement parts it reasonably expects "
                           "to be required at the same time as it dispatches the field engineer, without waiting for "
                           "on-site diagnosis."),
        }}));
        QCOMPARE(termsOf(en, QStringLiteral("parts_dispatch_first")).size(), 1);
        const auto zh = analyze(textDocument({{
            QStringLiteral("A级设备发生故障时，乙方应先行发送备件，无需等待故障件返还。"),
        }}));
        QCOMPARE(termsOf(zh, QStringLiteral("parts_dispatch_first")).size(), 1);
    }

    void tierServedDuringDefinedBusinessHours()
    {
        // A tier served "during Business Hours" is covered in the hours the document defines.
        const auto result = analyze(textDocument({{
            QStringLiteral("The service level of each server is either Priority Systems or Standard Systems, as listed "
                           "in Exhibit A."),
            QStringLiteral("“Business Hours” means 8:00 a.m. to 6:00 p.m., local time at the applicable Site, Monday "
                           "through Friday."),
            QStringLiteral("Provider shall provide the Support Services for Priority Systems twenty-four (24) hours "
                           "per day, seven (7) days per week. Provider shall provide the Support Services for Standard "
                           "Systems during Business Hours."),
        }}));
        bool found = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("coverage"))) {
            if (term.tier != QLatin1String("Standard Systems"))
                continue;
            found = true;
            QCOMPARE(term.values.value(QStringLiteral("days_per_week")).toInt(), 5);
            QCOMPARE(term.values.value(QStringLiteral("start")).toString(), QStringLiteral("08:00"));
            QCOMPARE(term.values.value(QStringLiteral("end")).toString(), QStringLiteral("18:00"));
        }
        QVERIFY(found);
    }

    void scheduleDefinitionsAndChangeProcedures()
    {
        // The clock starts when an incident is "Logged", defined as the vendor's validation of it.
        const auto logged = analyze(textDocument({{
            QStringLiteral("“Logged” means, in relation to an Incident, the point at which the Service Desk has "
                           "validated the information provided by the Customer, assigned a Severity Level and issued "
                           "an Incident reference number."),
        }}));
        QCOMPARE(findingCount(logged, QStringLiteral("clock_start")), 1);
        // A severity upgraded later, the change procedure, and quantities varied at the stated rates are no
        // clock, missing schedule or open price.
        const auto procedures = analyze(textDocument({{
            QStringLiteral("Where the Severity Level of an Incident is upgraded after it has been Logged, whether "
                           "following Remote Diagnosis or at the request of the Customer, the Service Levels "
                           "applicable to the upgraded Severity Level shall apply from the time of the upgrade."),
            QStringLiteral("Any change to the Service Levels shall be made only in accordance with the Change Control "
                           "Procedure in Schedule 6."),
            QStringLiteral("The quantities above may be varied in accordance with the Change Control Procedure, in "
                           "which case the Monthly Service Charges shall be adjusted at the per server rates set out "
                           "above."),
        }}));
        QCOMPARE(findingCount(procedures, QStringLiteral("clock_start")), 0);
        for (const Finding &finding : findingsOf(procedures, QStringLiteral("missing_sla")))
            QCOMPARE(finding.ruleId, QStringLiteral("en.doc.missing_sla")); // none of its clauses, only no SLA at all
        QCOMPARE(findingCount(procedures, QStringLiteral("price_adjustment")), 0);
        // One open price per sentence, however many ways it says so.
        const auto renewal = analyze(textDocument({{
            QStringLiteral("After the first term, plan pricing is subject to annual adjustment, and renewals are "
                           "billed at Northgate's then-current rates."),
        }}));
        QCOMPARE(findingCount(renewal, QStringLiteral("price_adjustment")), 1);
    }

    void reportDeadlinesAreNoServiceClock()
    {
        // A report due in business days is no service level; an engineer due in business days is.
        const auto result = analyze(textDocument({{
            QStringLiteral("Provider shall deliver a service performance report within ten (10) Business Days after "
                           "the end of each calendar quarter, showing the response, on-site and restoration times "
                           "achieved."),
            QStringLiteral("For Severity 3 Incidents an engineer shall arrive on site within two (2) Business Days."),
        }}));
        const QList<Finding> days = findingsOf(result, QStringLiteral("day_basis"));
        QCOMPARE(days.size(), 1);
        QVERIFY(days.first().evidence.quote.contains(QStringLiteral("two (2) Business Days")));
    }

    void increaseCappedInPerCentWords()
    {
        // "not more than the lower of CPI and four per cent (4%)": a cap written out in words.
        const auto result = analyze(textDocument({{
            QStringLiteral("The Monthly Service Charges may be increased by the Supplier once in each Contract Year by "
                           "not more than the lower of CPI and four per cent (4%)."),
        }}));
        const QList<SlaTerm> adjustments = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustments.size(), 1);
        QCOMPARE(adjustments.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("capped"));
        QCOMPARE(adjustments.first().values.value(QStringLiteral("percent")).toDouble(), 4.0);
    }

    void secondTimeOfAListGivenByTheEndOfADay()
    {
        // "calls you back within 4 hours on Premium and Premium Plus, and by the end of the next business day on
        // Essential": the second time is a call-back too.
        const auto result = analyze(textDocument({{
            QStringLiteral("For Severity 2 and below, a qualified engineer calls you back within 4 hours on Premium "
                           "and Premium Plus, and by the end of the next business day on Essential."),
        }}));
        int nextDay = 0;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            nextDay += term.values.value(QStringLiteral("next_business_day")).toBool() ? 1 : 0;
        QCOMPARE(nextDay, 1);
    }

    void reliefEventsAndSubcontractorsAtWill()
    {
        // A UK schedule's relief events exclude all software, firmware included; and subcontractors "as it sees fit".
        const auto result = analyze(textDocument({{
            QStringLiteral("7. RELIEF EVENTS"),
            QStringLiteral("7.1 The Supplier shall not be liable for any Service Level Failure to the extent that such "
                           "failure is caused by any of the following (each a “Relief Event”):"),
            QStringLiteral("(d) any fault in or arising from software, including operating systems, hypervisors, "
                           "drivers and firmware, not supplied by the Supplier;"),
            QStringLiteral("8.2 The Supplier may engage such subcontractors as it sees fit to provide attendance at "
                           "the Secondary Site."),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("subcontracting")), 1);
    }

    void creditsTableCappedByADefinedAmount()
    {
        // The credits' unit is in the caption over the table, their cap a defined term.
        const auto result = analyze(textDocument({{
            QStringLiteral(
                "“At-Risk Amount” means, in respect of any Measurement Period, an amount equal to twelve per "
                "cent (12%) of the Monthly Service Charges for that Measurement Period;"),
            QStringLiteral("6. SERVICE CREDITS"),
            QStringLiteral(
                "6.1 If a Service Level Failure occurs, the Supplier shall credit to the Customer the "
                "percentage set out in Table 3. Table 3 – Service Credits (percentage of the Monthly Service "
                "Charges per Service Level Failure)"),
            QStringLiteral("Severity Level\tGold\tSilver"),
            QStringLiteral("Severity 1\t5%\t2%"),
            QStringLiteral("6.2 The aggregate amount of Service Credits in respect of any Measurement Period shall not "
                           "exceed the At-Risk Amount."),
        }}));
        const QList<SlaTerm> penalties = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalties.size(), 2);
        for (const SlaTerm &penalty : penalties) {
            QCOMPARE(penalty.values.value(QStringLiteral("per")).toString(), QStringLiteral("incident"));
            QCOMPARE(penalty.values.value(QStringLiteral("cap_percent")).toDouble(), 12.0);
        }
    }

    void partsStoresInATableOfSitesByCity()
    {
        // The city is the row's first cell, not in the store's own cell.
        const auto result = analyze(textDocument({{
            QStringLiteral("城市\t网点类型\t工程师人数\t备件库"),
            QStringLiteral("上海\t自有服务中心\t18\t华东区域备件中心（库存约5,200件）"),
            QStringLiteral("苏州\t自有服务站\t4\t前置备件点（硬盘、内存、电源、风扇）"),
        }}));
        QStringList places;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_stock")))
            places << term.values.value(QStringLiteral("location")).toString();
        places.sort();
        QCOMPARE(places, (QStringList{QStringLiteral("上海"), QStringLiteral("苏州")}));
    }

    void allOtherPartsAreNotTheNamedTiers()
    {
        // "… for the Gold Plan, and shall hold all other parts at its central distribution centre": the second store is
        // not Gold's.
        const auto result = analyze(textDocument({{
            QStringLiteral("Service\tGold Plan\tSilver Plan"),
            QStringLiteral("Coverage\t24x7\t9x5, Monday to Friday"),
            QStringLiteral("On-site attendance\t4 hours\tNext business day"),
            QStringLiteral(
                "The Supplier shall maintain a forward stock location in Reading holding the parts listed in "
                "the Operations Manual for the Gold Plan, and shall hold all other parts at its central distribution "
                "centre in Northampton."),
        }}));
        QMap<QString, QString> tierByPlace;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_stock")))
            tierByPlace.insert(term.values.value(QStringLiteral("location")).toString(), term.tier);
        QCOMPARE(tierByPlace.value(QStringLiteral("Reading")), QStringLiteral("Gold Plan"));
        QVERIFY(tierByPlace.contains(QStringLiteral("Northampton")));
        QCOMPARE(tierByPlace.value(QStringLiteral("Northampton")), QString());
    }

    void orderLinesPricedInTheirOwnUnitsAndAThreeYearAmount()
    {
        // A purchase order: unit prices per server-year, a line priced per visit, amounts over three years.
        const auto result = analyze(textDocument({{
            QStringLiteral("行号\t设备／服务描述\t数量\t服务级别\t单价（元/台/年）\t金额（元，三年）"),
            QStringLiteral("10\t浪潮 NF5280M6 服务器\t8台\tA级\t6,800.00\t163,200.00"),
            QStringLiteral("40\t预防性巡检服务（每半年一次）\t6次\t—\t4,500.00 元/次\t27,000.00"),
            QStringLiteral("\t\t\t\t订单总金额（含税）\t190,200.00"),
        }}));
        QMap<double, QString> perByAmount;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price")))
            perByAmount.insert(term.values.value(QStringLiteral("amount")).toDouble(),
                               term.values.value(QStringLiteral("per")).toString());
        QCOMPARE(perByAmount.value(6800), QStringLiteral("server_year"));
        QVERIFY(perByAmount.contains(4500));
        QCOMPARE(perByAmount.value(4500), QString());
        QCOMPARE(perByAmount.value(190200), QStringLiteral("total"));
    }

    void servicePerformanceReportIsSlaReporting()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("Provider shall deliver a service performance report within ten days after the end of each "
                           "calendar quarter."),
        }}));
        QStringList values;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added")))
            values << term.values.value(QStringLiteral("value")).toString();
        QCOMPARE(values, QStringList{QStringLiteral("sla_reporting")});
    }

    void productCodesHeadingTheirOwnSectionsAreTiers()
    {
        const QList<QString> catalogue = {
            QStringLiteral("产品编码\t服务名称\t适用场景"),
            QStringLiteral("UP-7X24-4H-3Y\t7×24小时4小时到场服务（3年）\t核心生产系统"),
            QStringLiteral("UP-5X9-NBD-3Y\t5×9下一工作日到场服务（3年）\t一般业务系统"),
        };
        // Each code heads the section that describes it: the codes are the tiers.
        const auto sections = analyze(
            textDocument({catalogue + QList<QString>{
                                          QStringLiteral("3.1 UP-7X24-4H-3Y　7×24小时4小时到场服务"),
                                          QStringLiteral("一级故障：30分钟内电话响应，4小时内工程师到场。"),
                                          QStringLiteral("3.2 UP-5X9-NBD-3Y　5×9下一工作日到场服务"),
                                          QStringLiteral("服务时间内2个工作小时内电话响应，工程师于下一个工作日到场。"),
                                      }}));
        QVERIFY(sections.tiers.contains(QStringLiteral("UP-7X24-4H-3Y")));
        QVERIFY(sections.tiers.contains(QStringLiteral("UP-5X9-NBD-3Y")));
        const QStringList onsite = tw::test::tiersOf(sections, QStringLiteral("onsite_time"));
        QVERIFY(onsite.contains(QStringLiteral("UP-7X24-4H-3Y")) && onsite.contains(QStringLiteral("UP-5X9-NBD-3Y")));
        // A catalogue of codes alone lists products that go by their names elsewhere.
        const auto listed = analyze(textDocument({catalogue}));
        QVERIFY(!listed.tiers.contains(QStringLiteral("UP-7X24-4H-3Y")));
    }

    void performanceWorkStatementWording()
    {
        // A US government PWS: "return … to service", "clock minutes", a disincentive, "equal-to-new" parts and the
        // part dispatched with the technician.
        const auto result = analyze(textDocument({{
            QStringLiteral(
                "3.4.1 The Contractor shall return Tier 1 servers to service within eight (8) clock hours of "
                "the service call."),
            QStringLiteral("3.2.2 The Contractor shall respond within thirty (30) clock minutes."),
            QStringLiteral("Disincentive: reduction of 2% of the monthly Tier 1 invoice for each call exceeding the "
                           "standard, not to exceed 10% of that monthly invoice."),
            QStringLiteral("Parts installed in Tier 2 servers shall be new or equal-to-new (ETN)."),
            QStringLiteral("For Priority 1 service calls, the Contractor shall dispatch the replacement part with the "
                           "technician on the first visit."),
        }}));
        const QList<SlaTerm> resolution = termsOf(result, QStringLiteral("resolution_time"));
        QCOMPARE(resolution.size(), 1);
        QCOMPARE(resolution.first().values.value(QStringLiteral("minutes")).toInt(), 480);
        const QList<SlaTerm> response = termsOf(result, QStringLiteral("response_time"));
        QCOMPARE(response.size(), 1);
        QCOMPARE(response.first().values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        const QList<SlaTerm> penalty = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalty.size(), 1);
        QCOMPARE(penalty.first().values.value(QStringLiteral("cap_percent")).toDouble(), 10.0);
        const QList<SlaTerm> parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("new_or_equivalent"));
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 1);
        QCOMPARE(termsOf(result, QStringLiteral("parts_dispatch_first")).size(), 1);
    }

    void pointByPointAnswersThatQualifyTheRequirement()
    {
        // 【应答】 answers that accept with a vendor clock, a time left to negotiation, a plan provided separately and
        // a price that follows the maker's.
        const auto result = analyze(textDocument({{
            QStringLiteral("【应答】满足。到场时间：一级故障在我司远程诊断确认需现场处理后2小时内到场。"),
            QStringLiteral("【应答】基本满足。B类设备响应时间1小时；修复时间另行协商。"),
            QStringLiteral("【应答】满足。应急响应流程及时限详见我司《重大故障应急预案》（另册提供）。"),
            QStringLiteral("【应答】基本满足。第三年服务费将根据原厂备件价格变化情况作相应调整。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("clock_start")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
        int separate = 0;
        for (const Finding &finding : findingsOf(result, QStringLiteral("missing_sla")))
            separate += finding.evidence.quote.contains(QStringLiteral("另册提供")) ? 1 : 0;
        QCOMPARE(separate, 1);
    }

    void serviceProductNamesAreNoBusinessDayPromise()
    {
        // "5×9下一工作日到场服务" names a product in the catalogue and in its heading; its body makes the promise.
        const auto result = analyze(textDocument({{
            QStringLiteral("产品编码\t服务名称\t适用场景"),
            QStringLiteral("UP-7X24-4H-3Y\t7×24小时4小时到场服务（3年）\t核心生产系统"),
            QStringLiteral("UP-5X9-NBD-3Y\t5×9下一工作日到场服务（3年）\t一般业务系统"),
            QStringLiteral("3.1 UP-7X24-4H-3Y　7×24小时4小时到场服务"),
            QStringLiteral("一级故障：30分钟内电话响应，4小时内工程师到场。"),
            QStringLiteral("3.2 UP-5X9-NBD-3Y　5×9下一工作日到场服务"),
            QStringLiteral("确需现场服务的，工程师于报修后的下一个工作日到场。"),
        }}));
        const QList<Finding> days = findingsOf(result, QStringLiteral("day_basis"));
        QVERIFY(!days.isEmpty());
        for (const Finding &finding : days)
            QVERIFY2(!finding.evidence.quote.contains(QStringLiteral("到场服务")), qPrintable(finding.evidence.quote));
    }

    void hoursExcludingHolidaysAbbreviated()
    {
        // "excl. Ontario statutory holidays": the window says how holidays count.
        const auto result = analyze(textDocument({{
            QStringLiteral("Service item\tGold (production)\tSilver (non-production)"),
            QStringLiteral("Coverage window\t24 x 7\tMon–Fri 07:00–19:00 ET, excl. Ontario statutory holidays"),
            QStringLiteral("Remote response\t30 minutes\t1 hour"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("day_basis")), 0);
    }

    void buyersHolidayRuleIsNotTheVendors()
    {
        // The buyer's question defines its hours with a holiday rule; the vendor's answer gives business hours
        // without one.
        const auto result = analyze(textDocument({{
            QStringLiteral("Question 1: Servers shall be supported 08:00 to 18:00, Monday to Saturday, excluding bank "
                           "holidays."),
            QStringLiteral("Answer: Servers are supported during Business Hours (08:30 to 17:30, Monday to Friday). "
                           "P3 calls are responded to within 4 Business Hours."),
        }}));
        QVERIFY(findingCount(result, QStringLiteral("day_basis")) >= 1);
    }

    void noticesJointBidsAndFloors()
    {
        // A change notice taking silence as consent and a price to follow the maker's; a joint bid's member
        // handing work to other service sites; a delay of the buyer's own making is no vague promise.
        const auto zh = analyze(textDocument({{
            QStringLiteral("请贵司于9月20日前书面确认，逾期未回复的，视为贵司同意上述调整。"),
            QStringLiteral("第三个服务年度的服务费，将视原厂备件价格变动情况另行调整。"),
            QStringLiteral("成员可将部分巡检工作委托其他浪潮授权服务网点完成。"),
            QStringLiteral("因招标人原因（如未能及时安排停机窗口）延误的时间不计入修复时间。"),
        }}));
        QCOMPARE(findingCount(zh, QStringLiteral("unilateral_change")), 1);
        QCOMPARE(findingCount(zh, QStringLiteral("price_adjustment")), 1);
        QCOMPARE(findingCount(zh, QStringLiteral("subcontracting")), 1);
        QCOMPARE(findingCount(zh, QStringLiteral("vague_wording")), 0);
        // "the greater of 4% and CPI" is a floor, not a cap; software excluded down to the firmware.
        const auto en = analyze(textDocument({{
            QStringLiteral("On each anniversary of the Start Date the Fees will increase by the greater of 4% and the "
                           "change in CPI."),
            QStringLiteral("The Services do not include faults in operating systems, hypervisors, application software "
                           "or firmware."),
        }}));
        QCOMPARE(findingCount(en, QStringLiteral("price_adjustment")), 1);
        QCOMPARE(findingCount(en, QStringLiteral("scope_exclusion")), 1);
    }
    void partsStoreInASentenceNamingAPriority()
    {
        // The store holds the tier's parts, whatever fault the sentence goes on to name; the parts sent ahead are
        // that fault's.
        const auto result = analyze(textDocument({{
            QStringLiteral("乙方在合肥市设立本地备件库，常备硬盘、内存、电源等备件，一级故障实行备件先行。"),
            QStringLiteral("For Severity 1 incidents at the Hobart site we use new OEM parts."),
        }}));
        const auto stores = termsOf(result, QStringLiteral("parts_stock"));
        QCOMPARE(stores.size(), 1);
        QCOMPARE(stores.at(0).priority, QString());
        QCOMPARE(termsOf(result, QStringLiteral("parts_quality")).value(0).priority, QString());
        QCOMPARE(termsOf(result, QStringLiteral("parts_dispatch_first")).value(0).priority, QStringLiteral("P1"));
    }
    void businessDayDefinedOverTwoSentences()
    {
        // The definition gives the days, its next sentence the holiday rule, and the hours come with the service
        // time: the business day is defined.
        const auto defined = analyze(textDocument({{
            QStringLiteral(
                "1.2 工作日：指国家规定的周一至周五工作日。国家法定节假日休息，调休上班日按国务院安排执行。"),
            QStringLiteral("二类设备：工作日 8:30–17:30。乙方下一个工作日到场。"),
        }}));
        QCOMPARE(findingCount(defined, QStringLiteral("day_basis")), 0);
        // Without the hours it is not.
        const auto noHours = analyze(textDocument({{
            QStringLiteral("1.2 工作日：指国家规定的周一至周五工作日。国家法定节假日休息。"),
            QStringLiteral("二类设备：乙方下一个工作日到场。"),
        }}));
        QVERIFY(findingCount(noHours, QStringLiteral("day_basis")) > 0);
    }
    void storeHoldingATiersPartsBackedByAnother()
    {
        // The tier the parts are held for, named between two stores, is the first store's; the warehouse backing it
        // serves every tier.
        const auto result = analyze(textDocument({{
            QStringLiteral("Tier\tResponse"),
            QStringLiteral("Premier\t15 minutes"),
            QStringLiteral("Standard\t2 hours"),
            QStringLiteral(
                "6.2 Provider maintains a forward stocking location in Toronto holding critical spares (drives, "
                "memory, fans) for every Premier server model, backed by its central warehouse in Calgary."),
        }}));
        QMap<QString, QString> tierByPlace;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_stock")))
            tierByPlace.insert(term.values.value(QStringLiteral("location")).toString(), term.tier);
        QCOMPARE(tierByPlace.value(QStringLiteral("Toronto")), QStringLiteral("Premier"));
        QCOMPARE(tierByPlace.value(QStringLiteral("Calgary")), QString());
    }
    void resolutionTargetsListedUnderALeadIn()
    {
        // Targets listed under a lead-in that names their tier, each item opening with its priority; the tier's
        // times are elapsed hours by its "Service Level measurement" row. ("measured from Response" says when the
        // clock starts, not that these are response times.)
        const auto result = analyze(textDocument({{
            QStringLiteral("Service Tier\tCovered Servers\tCharge per server per month"),
            QStringLiteral("Premier\t48\tC$68.00"),
            QStringLiteral("Standard\t112\tC$27.50"),
            QStringLiteral("Part 3. Service Tiers"),
            QStringLiteral("\tPremier\tStandard"),
            QStringLiteral("Coverage\t24x7x365, including statutory holidays\tBusiness Hours"),
            QStringLiteral(
                "Service Level measurement\tElapsed hours, 24 hours a day, including weekends\tBusiness Hours "
                "only"),
            QStringLiteral("Part 5. Resolution Targets"),
            QStringLiteral("Resolution Targets apply to the Premier tier only and are measured from Response, as "
                           "follows:"),
            QStringLiteral("Priority 1 — twelve (12) hours;"),
            QStringLiteral("Priority 2 — twenty-four (24) hours."),
        }}));
        const auto resolution = termsOf(result, QStringLiteral("resolution_time"));
        QCOMPARE(resolution.size(), 2);
        for (const SlaTerm &term : resolution) {
            QCOMPARE(term.tier, QStringLiteral("Premier"));
            QCOMPARE(term.values.value(QStringLiteral("basis")).toString(), QStringLiteral("calendar"));
        }
        QCOMPARE(resolution.at(0).priority, QStringLiteral("P1"));
        QCOMPARE(resolution.at(0).values.value(QStringLiteral("minutes")).toInt(), 720);
        QCOMPARE(resolution.at(1).priority, QStringLiteral("P2"));
        QVERIFY(termsOf(result, QStringLiteral("response_time")).isEmpty());
    }
    void indianAmcRatesAndSparesBanks()
    {
        // An Indian AMC proposal: a rate "per server p.a.", a yearly total whose amount is also written out in words
        // before "per annum", a "spares bank", and a warehouse that "serves as the regional spares hub" (one store).
        const auto result = analyze(textDocument({{
            QStringLiteral("Sr.\tLocation\tServers\tRate per server p.a. (Rs.)\tAmount (Rs.)"),
            QStringLiteral("1\tData Centre, Powai, Mumbai\t22\t16,500\t3,63,000"),
            QStringLiteral(
                "Total AMC charges: Rs. 4,50,000 (Rupees Four Lakh Fifty Thousand Only) per annum, plus GST @ "
                "18%."),
            QStringLiteral(
                "Critical spares for the Data Centre servers are stocked at our Mumbai spares bank in Andheri "
                "East. Our Pune warehouse serves as the regional spares hub for the plant locations."),
        }}));
        QMap<double, QString> perByAmount;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            perByAmount.insert(price.values.value(QStringLiteral("amount")).toDouble(),
                               price.values.value(QStringLiteral("per")).toString());
        QCOMPARE(perByAmount.value(16500), QStringLiteral("server_year"));
        QCOMPARE(perByAmount.value(450000), QStringLiteral("year"));
        QMap<QString, QString> levelByPlace;
        for (const SlaTerm &store : termsOf(result, QStringLiteral("parts_stock")))
            levelByPlace.insert(store.values.value(QStringLiteral("location")).toString(),
                                store.values.value(QStringLiteral("value")).toString());
        QCOMPARE(levelByPlace, (QMap<QString, QString>{{QStringLiteral("Mumbai"), QStringLiteral("local")},
                                                       {QStringLiteral("Pune"), QStringLiteral("regional")}}));
    }
    void timesLeftToAttachmentsAndAPricePolicy()
    {
        // Repair times left to an attachment the document lacks ("按合同附件三", "按《…服务说明》附表执行"), and a
        // price revised by the vendor's yearly price policy.
        const auto result = analyze(textDocument({{
            QStringLiteral("修复时间：按《星衡金牌服务说明》附表执行。"),
            QStringLiteral("C 类系统修复时间按合同附件三执行。"),
            QStringLiteral("以上为首年价格，第二、三年度服务费将根据星衡年度服务价格政策相应调整。"),
        }}));
        int attachments = 0;
        for (const Finding &finding : result.findings)
            attachments += finding.category == QLatin1String("missing_sla") && finding.evidence.page > 0 ? 1 : 0;
        QCOMPARE(attachments, 2);
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
    }
    void pricingScheduleUnitsInTheLineDescriptions()
    {
        // An ITQ's pricing schedule says each line's unit in its description; the term's total row names its term.
        const auto result = analyze(textDocument({{
            QStringLiteral("Ref\tDescription\tQty\tUnit price (ex VAT)\tAnnual price (ex VAT)"),
            QStringLiteral(
                "P1\tCategory 1 (Critical) - hardware maintenance, per server per year\t18\t£485.00\t£8,730.00"),
            QStringLiteral("P4\tTime and materials rate for work outside scope, per engineer hour\t-\t£95.00\tn/a"),
            QStringLiteral("Total price for the initial term (3 years)\t\t\t\t£66,510.00"),
            QStringLiteral("服务单价将根据人力成本及原厂备件价格变化情况进行相应调整。"),
        }}));
        QMap<double, QString> perByAmount;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            perByAmount.insert(price.values.value(QStringLiteral("amount")).toDouble(),
                               price.values.value(QStringLiteral("per")).toString());
        QCOMPARE(perByAmount.value(485), QStringLiteral("server_year"));
        QCOMPARE(perByAmount.value(8730), QStringLiteral("year"));
        QCOMPARE(perByAmount.value(95), QStringLiteral("hour"));
        QCOMPARE(perByAmount.value(66510), QStringLiteral("total"));
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
    }
    void politeTargetsAndRevisableContents()
    {
        // A Japanese vendor's polite English: service levels that "are our targets" promise nothing, and "We may
        // revise the contents of the Service" changes it alone.
        const auto result = analyze(textDocument({{
            QStringLiteral(
                "Please kindly note that the service levels in Section 4 are our targets, and no reduction of "
                "fees or compensation will apply if they are not achieved."),
            QStringLiteral(
                "We may revise the contents of the Service as necessary. In such cases, we will notify you in "
                "advance."),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
    }
    void categoriesEnumeratedWithTheirHeadNoun()
    {
        // "grouped into two categories: Mission Essential systems (…) and Non-Mission Essential systems (…)": the
        // categories are the names before "systems", not their single words.
        const auto result = analyze(textDocument({{
            QStringLiteral("Servers are grouped into two categories: Mission Essential systems (24 servers, CLIN 0001) "
                           "and Non-Mission Essential systems (40 servers, CLIN 0002)."),
            QStringLiteral("3.1 Mission Essential systems are covered 24 hours a day, 7 days a week."),
        }}));
        QCOMPARE(result.tiers,
                 (QStringList{QStringLiteral("Mission Essential"), QStringLiteral("Non-Mission Essential")}));
        QCOMPARE(termsOf(result, QStringLiteral("coverage")).value(0).tier, QStringLiteral("Mission Essential"));
    }
    void kenyaShillingPrices()
    {
        // Kenya shillings ("KES 4,500 per engineer-hour", "Annual amount (KES)"), not dollars.
        const auto result = analyze(textDocument({{
            QStringLiteral("Level of cover\tServers\tPrice per server per year (KES)\tAnnual amount (KES)"),
            QStringLiteral("Platinum Cover\t22\t118,000.00\t2,596,000.00"),
            QStringLiteral("Out-of-scope work: KES 4,500 per engineer-hour."),
        }}));
        QMap<double, QString> currencyByAmount;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            currencyByAmount.insert(price.values.value(QStringLiteral("amount")).toDouble(),
                                    price.values.value(QStringLiteral("currency")).toString());
        QCOMPARE(currencyByAmount.value(118000), QStringLiteral("KES"));
        QCOMPARE(currencyByAmount.value(4500), QStringLiteral("KES"));
    }
    void categoryNumberIsNoTimeOfDay()
    {
        // "Category 1: 24 hours a day, …, including bank holidays" is no "hh:mm … holidays" definition of business
        // hours: Category 2's next business day stays undefined.
        const auto result = analyze(textDocument({{
            QStringLiteral("Category 1: 24 hours a day, 7 days a week, 365 days a year, including bank holidays. "
                           "Category 2: Business Hours, 08:30 to 17:30 Monday to Friday."),
            QStringLiteral("Category 2: engineer on site the Next Business Day where the call is logged before 15:00."),
        }}));
        QVERIFY(findingCount(result, QStringLiteral("day_basis")) >= 1);
    }
    void priceRevisionOfOneTiersUnitPrice()
    {
        // A tier's own unit price fixed, the other tier's revised by the market: each revision is its tier's.
        const auto result = analyze(textDocument({{
            QStringLiteral("设备类别\t台数\t单价（元/台/年）"),
            QStringLiteral("A类设备\t20\t8,600.00"),
            QStringLiteral("B类设备\t30\t3,200.00"),
            QStringLiteral("服务期内A类设备服务单价固定不变；乙方可于每个服务年度开始前根据备件市场价格对B类设备服务单"
                           "价进行相应调整。"),
        }}));
        QMap<QString, QString> valueByTier;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price_adjustment")))
            valueByTier.insert(term.tier, term.values.value(QStringLiteral("value")).toString());
        QCOMPARE(valueByTier.value(QStringLiteral("A类设备")), QStringLiteral("fixed"));
        QCOMPARE(valueByTier.value(QStringLiteral("B类设备")), QStringLiteral("unbounded"));
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
    }
    void refurbishedPartsQuoteWhoChooses()
    {
        // "全新件或原厂认证翻新件，具体由出租方确定": the finding quotes who picks the grade, across the comma.
        const auto result = analyze(textDocument({{
            QStringLiteral("B 类设备更换部件为全新件或原厂认证翻新件，具体由出租方确定。"),
        }}));
        QString quote;
        for (const Finding &finding : result.findings)
            if (finding.category == QLatin1String("parts_quality"))
                quote = finding.evidence.quote;
        QVERIFY2(quote.contains(QStringLiteral("具体由出租方确定")), qPrintable(quote));
    }
};

QTEST_GUILESS_MAIN(TestContractAnalyzer)
#include "TestContractAnalyzer.moc"
