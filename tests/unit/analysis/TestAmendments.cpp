// A supplementary agreement (补充协议) or contract amendment quotes the clauses it replaces or deletes:
// only the new wording is in force.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/SupersededWording.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::findingCount;
using tw::test::findingsOf;
using tw::test::minutesByTierAndPriority;
using tw::test::termsOf;
using tw::test::textDocument;

class TestAmendments : public QObject
{
    Q_OBJECT

private slots:
    void blanksOnlyTheReplacedWording_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("gone");
        QTest::addColumn<QString>("kept");
        QTest::newRow("replaced")
            << QStringLiteral("原合同第6.1条“备件可为原厂件或同等性能的兼容件”修改为：“备件均为原厂全新备件。”")
            << QStringLiteral("兼容件") << QStringLiteral("原厂全新备件");
        QTest::newRow("replaced, original quoted in brackets")
            << QStringLiteral("原合同第5.4条（原文为：“自远程诊断确认之时起计算”）修改为：“自报修之时起计算。”")
            << QStringLiteral("远程诊断") << QStringLiteral("自报修之时起计算");
        QTest::newRow("deleted")
            << QStringLiteral("删除原合同第5.2条（原文为：“原则上2小时内响应，并尽快到场。”），相关时限以第3.1条为准。")
            << QStringLiteral("原则上") << QStringLiteral("相关时限以第3.1条为准");
        QTest::newRow("deleted, quoted after 即")
            << QStringLiteral("6.1 删除原合同第八条第3款，即“乙方可根据库存情况使用翻新件或兼容件”。")
            << QStringLiteral("兼容件") << QStringLiteral("删除原合同第八条第3款");
        QTest::newRow("english") << QStringLiteral(
                                        "Section 5.2, which currently reads “Provider will respond as soon as "
                                        "practicable”, is deleted and replaced with: “Provider will respond "
                                        "within 30 minutes.”")
                                 << QStringLiteral("as soon as practicable")
                                 << QStringLiteral("Provider will respond within 30 minutes");
        QTest::newRow("words deleted and substituted")
            << QStringLiteral(
                   "Section 4.4(a) of the Contract is amended by deleting the words “new or refurbished parts, "
                   "at Contractor’s discretion” and substituting the words “only new OEM parts”.")
            << QStringLiteral("refurbished") << QStringLiteral("only new OEM parts");
        QTest::newRow("words replaced") << QStringLiteral("replacing “five percent (5%)” with “three percent (3%)”")
                                        << QStringLiteral("five percent") << QStringLiteral("three percent (3%)");
        QTest::newRow("将…中的…修改为") << QStringLiteral(
                                               "将原合同第五条第2款中的“原则上4小时内到场”修改为“2小时内到场”。")
                                        << QStringLiteral("原则上") << QStringLiteral("2小时内到场");
        QTest::newRow("由…调整为") << QStringLiteral("B类设备服务时间由5×8小时调整为7×24小时。")
                                   << QStringLiteral("5×8") << QStringLiteral("7×24小时");
        QTest::newRow("原条款 paragraph")
            << QStringLiteral("原条款：“乙方接到甲方报修后，原则上2小时内响应，并尽快修复故障。”")
            << QStringLiteral("原则上") << QStringLiteral("原条款");
        QTest::newRow("原合同…予以删除")
            << QStringLiteral("1．原合同第6.5款“乙方保留根据备件供应情况对服务内容进行调整的权利”予以删除。")
            << QStringLiteral("保留") << QStringLiteral("予以删除");
        QTest::newRow("原方案…经双方协商一致删除")
            << QStringLiteral(
                   "原方案第 9.2 条\"乙方保留对服务内容进行调整的权利\"经双方协商一致删除，改为\"服务内容的任何变更"
                   "须经双方书面确认\"。")
            << QStringLiteral("保留") << QStringLiteral("须经双方书面确认");
        QTest::newRow("原方案…，经…修改为")
            << QStringLiteral(
                   "原方案第 6.3 条\"因其他非硬件原因导致的故障不属于服务范围\"，经双方协商一致修改为：除外责任仅限"
                   "于人为损坏。")
            << QStringLiteral("非硬件原因") << QStringLiteral("除外责任仅限于人为损坏");
    }

    void blanksOnlyTheReplacedWording()
    {
        QFETCH(QString, text);
        QFETCH(QString, gone);
        QFETCH(QString, kept);
        const qsizetype length = text.size();
        QVERIFY(blankSupersededWording(text));
        QCOMPARE(text.size(), length); // positions (and evidence) stay right
        QVERIFY2(!text.contains(gone), qPrintable(text));
        QVERIFY2(text.contains(kept), qPrintable(text));
    }

    void aClauseThatIsNotAnAmendmentStays()
    {
        QString text = QStringLiteral("乙方接到报修后原则上2小时内响应。备件可为“原厂件或兼容件”。");
        const QString before = text;
        QVERIFY(!blankSupersededWording(text));
        QCOMPARE(text, before);
    }

    void inspectionsTheVendorMayChangeAtWill()
    {
        // "巡检项目及频次，乙方可根据原厂技术公告及设备运行情况自行调整": the vendor changes the service on its own.
        const auto result = analyze(textDocument({{QStringLiteral(
            "乙方每季度进行一次预防性巡检。巡检项目及频次，乙方可根据原厂技术公告及设备运行情况自行调整。")}}));
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
    }

    void replacedClausesGiveNoTermsOrFindings()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("补充协议（一）"),
            QStringLiteral(
                "3.2　删除原合同第5.2条（原文为：“乙方接到甲方报修后原则上2小时内响应，并尽快安排工程师到达现场。”），"
                "相关时限以本补充协议第3.1条为准。"),
            QStringLiteral(
                "4.1　原合同第6.1条“乙方提供的备件可为原厂件或同等性能的兼容件，备件类型根据库存情况确定”修改为：“乙方"
                "提供的更换备件均为原厂全新备件，不使用翻新件、拆机件或第三方兼容件。”"),
            QStringLiteral("5.3　删除原合同第9.4条（原文为：“乙方保留根据自身业务发展对服务内容进行调整的权利。”）。"),
        }}));
        QCOMPARE(findingCount(result, QStringLiteral("vague_wording")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("parts_quality")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 0);
        const QList<SlaTerm> parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("oem_new"));
        QVERIFY(termsOf(result, QStringLiteral("response_time")).isEmpty());
    }

    void firmwareKeptInScopeBesideAnExclusionList()
    {
        const auto result =
            analyze(textDocument({{QStringLiteral("以下情形不属于乙方维保服务范围：（1）人为操作不当造成的设备损坏；（2"
                                                  "）操作系统、数据库及应用软件本身的故障。服务器BIOS、"
                                                  "BMC及RAID控制器固件的故障诊断与升级属于乙方服务范围。")}}));
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 0);
    }

    void aChangeOrderPromisesItsAfterColumnsLevels()
    {
        // A change order's tables run "变更前（标准级） | 变更后（关键级）": the levels are named in the brackets, and
        // the after column is the promise.
        const auto result = analyze(textDocument({{
            QStringLiteral("项目\t变更前（标准级）\t变更后（关键级）"),
            QStringLiteral("服务时间\t5×8小时（工作日9:00-17:00）\t7×24小时，含法定节假日"),
            QStringLiteral("响应时间\t2小时内响应\t15分钟内电话响应"),
            QString(),
            QStringLiteral("变更二：10台服务器纳入标准级。"),
            QString(),
            QStringLiteral("项目\t变更前（按次服务）\t变更后（标准级）"),
            QStringLiteral("响应时间\t视工程师排班情况而定\t2小时内响应"),
        }}));
        QVERIFY2(result.tiers.contains(QStringLiteral("关键级")), qPrintable(result.tiers.join(QLatin1Char('|'))));
        QVERIFY2(result.tiers.contains(QStringLiteral("标准级")), qPrintable(result.tiers.join(QLatin1Char('|'))));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response, (QMap<QString, int>{{QStringLiteral("关键级 "), 15}, {QStringLiteral("标准级 "), 120}}));
    }

    void theDifferenceAChangeMakesUpIsNoPrice()
    {
        // The make-up payment of a change order is a difference; the new contract total is the price.
        const auto result = analyze(textDocument({{
            QStringLiteral("变更项\t数量（台）\t单价差额（元/台/年）\t补差价金额（元）"),
            QStringLiteral("变更一\t8\t4600\t55200.00"),
            QString(),
            QStringLiteral("补差价合计（大写：玖万肆仟贰佰元整）。本次变更后合同总金额调整为人民币580200元整。"),
        }}));
        const QList<SlaTerm> prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 1);
        QCOMPARE(prices.first().values.value(QStringLiteral("amount")).toDouble(), 580200.0);
        QCOMPARE(prices.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("total"));
    }

    void aPriorityColumnOfBareNumbers()
    {
        // Schedule 2's grid gives the priority as a bare number in its own column.
        const auto result = analyze(textDocument({{
            QStringLiteral("Service Level\tPriority\tResponse Time\tOn-Site Time"),
            QStringLiteral("Premier\t1\t30 minutes\t4 hours"),
            QStringLiteral("Premier\t2\t1 hour\t8 hours"),
            QStringLiteral("Extended\t1\t1 Cover Hour\t6 Cover Hours"),
        }}));
        const QMap<QString, int> response = minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("Premier P1")), 30);
        QCOMPARE(response.value(QStringLiteral("Premier P2")), 60);
        QCOMPARE(response.value(QStringLiteral("Extended P1")), 60);
        // Hours of the plan's cover window are business time.
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time"))) {
            if (term.tier == QLatin1String("Extended"))
                QCOMPARE(term.values.value(QStringLiteral("basis")).toString(), QStringLiteral("business"));
        }
    }

    void anExtendedTermAndItsPriceClauses()
    {
        const auto result = analyze(textDocument({{
            QStringLiteral("4.1 The Initial Term of the Agreement is extended by a further 24 months from the Addendum "
                           "Effective Date."),
            QStringLiteral(
                "\"4.7 The Supplier may vary the Cover Hours of the Extended Service Level on not less than 90 "
                "days' written notice to the Customer.\""),
            QStringLiteral(
                "\"6.4 The Supplier may increase the Charges with effect from each anniversary of the Addendum "
                "Effective Date by giving the Customer not less than 60 days' written notice. Any such increase "
                "shall be by reference to the change in the Consumer Price Index published by the Central "
                "Statistics Office over the preceding 12 months, or such other amount as reflects increases in "
                "the Supplier's costs of providing the Services.\""),
        }}));
        const QList<SlaTerm> term = termsOf(result, QStringLiteral("term_months"));
        QCOMPARE(term.size(), 1);
        QCOMPARE(term.first().values.value(QStringLiteral("value")).toInt(), 24);
        QCOMPARE(findingCount(result, QStringLiteral("unilateral_change")), 1);
        // The increase is unbounded for "such other amount", not for its notice.
        const QList<Finding> price = findingsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(price.size(), 1);
        QVERIFY2(price.first().evidence.quote.contains(QStringLiteral("such other amount")),
                 qPrintable(price.first().evidence.quote));
    }

    void aSixDayWindowIsNoBusinessDay()
    {
        // The business day excludes Saturdays, so its holiday rule says nothing of a Monday-to-Saturday window.
        const auto result = analyze(textDocument({{
            QStringLiteral("\"Business Day\" means any day other than a Saturday, a Sunday or a public holiday in "
                           "Ireland."),
            QStringLiteral("Service Level\tCover Hours"),
            QStringLiteral("Extended\t08:00 to 20:00, Monday to Saturday"),
            QStringLiteral("Essential\t08:00 to 18:00, Monday to Friday"),
        }}));
        QMap<QString, QVariant> holidays;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("coverage")))
            holidays.insert(term.tier, term.values.value(QStringLiteral("holidays")));
        QVERIFY(holidays.contains(QStringLiteral("Extended")));
        QVERIFY(holidays.value(QStringLiteral("Extended")).isNull());
        QCOMPARE(holidays.value(QStringLiteral("Essential")), QVariant(false));
    }

    void aNoticeOfChangedServiceLevels()
    {
        // A vendor's notice: "原合同约定 | 调整后（2025 年 9 月 1 日起执行）" beside a "设备类别" column; the after
        // column is promised, and none of the headers is a plan.
        const auto result = analyze(textDocument({{
            QStringLiteral("服务级别\t台数\t年服务费（元/台）"),
            QStringLiteral("A类设备\t20\t6,800"),
            QStringLiteral("B类设备\t32\t2,600"),
            QString(),
            QStringLiteral("服务项目\t设备类别\t原合同约定\t调整后（2025 年 9 月 1 日起执行）"),
            QStringLiteral("电话响应\tA类\t30 分钟内响应\t15 分钟内响应"),
            QStringLiteral("电话响应\tB类\t4 小时内响应\t2 小时内响应"),
            QString(),
            QStringLiteral(
                "自 2025 年 9 月 1 日起，到场时间和修复时间自我司技术支持中心远程诊断确认需现场处理之时起计算"
                "（原合同为自贵司报修之时起计算）。"),
            QString(),
            QStringLiteral("第三年服务费将根据人工及物流成本变化情况另行通知调整。"),
            QString(),
            QStringLiteral("我司保留根据业务发展需要对服务网点、备件库布局及服务热线进行调整的权利。"),
            QString(),
            QStringLiteral("合肥区域备件中心是安徽省规模最大的服务器备件库。"),
        }}));
        QCOMPARE(result.tiers, QStringList({QStringLiteral("A类设备"), QStringLiteral("B类设备")}));
        const QMap<QString, int> response = tw::test::minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response, (QMap<QString, int>{{QStringLiteral("A类设备 "), 15}, {QStringLiteral("B类设备 "), 120}}));
        QCOMPARE(termsOf(result, QStringLiteral("response_time")).size(), 2); // none from the old column
        for (const char *category : {"clock_start", "price_adjustment", "unilateral_change", "marketing_claim"})
            QVERIFY2(findingCount(result, QLatin1String(category)) == 1, category);
    }
};

QTEST_APPLESS_MAIN(TestAmendments)
#include "TestAmendments.moc"
