#include "core/analysis/Normalizer.h"
#include "core/analysis/NumberParser.h"
#include "core/analysis/RegionalVocabulary.h"

#include <QTest>

using namespace tw::analysis;

class TestNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void rewritesForMatching_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full-width digits and times") << QStringLiteral("７×２４小时") << QStringLiteral("7x24小时");
        QTest::newRow("full-width star") << QStringLiteral("５＊９") << QStringLiteral("5*9");
        QTest::newRow("two hours") << QStringLiteral("两小时内") << QStringLiteral("2小时内");
        QTest::newRow("fifteen minutes zh") << QStringLiteral("十五分钟") << QStringLiteral("15分钟");
        QTest::newRow("twenty-four hours zh") << QStringLiteral("二十四小时") << QStringLiteral("24小时");
        QTest::newRow("one hundred twenty") << QStringLiteral("一百二十分钟") << QStringLiteral("120分钟");
        QTest::newRow("percent in words") << QStringLiteral("百分之二十（20%）") << QStringLiteral("20%");
        QTest::newRow("per mille in words") << QStringLiteral("年維護費千分之五") << QStringLiteral("年维护费0.5%");
        QTest::newRow("numeral with digits") << QStringLiteral("三十六（36）个月") << QStringLiteral("36个月");
        QTest::newRow("capital numerals")
            << QStringLiteral("人民币肆拾玖万零贰佰元整") << QStringLiteral("人民币490200元整");
        QTest::newRow("year digits") << QStringLiteral("二〇二五年") << QStringLiteral("2025年");
        QTest::newRow("html markup in markdown") << QStringLiteral("<summary>Do you use refurbished parts?</summary>")
                                                 << QStringLiteral("Do you use refurbished parts? ");
        QTest::newRow("emoji are decoration") << QStringLiteral("📌 三、其他说明") << QStringLiteral("三、其他说明");
        QTest::newRow("emoji in a bullet")
            << QStringLiteral("- ☎️ 电话支持；⚪ 方案C") << QStringLiteral("- 电话支持; 方案C");
        QTest::newRow("checks and stars stay")
            << QStringLiteral("✓ ☑ ★实质性条款") << QStringLiteral("✓ ☑ ★实质性条款");
        QTest::newRow("percent set apart")
            << QStringLiteral("5 % of the fee, max. 25 %") << QStringLiteral("5% of the fee, max. 25%");
        QTest::newRow("decimal comma percent")
            << QStringLiteral("99,5 % per month") << QStringLiteral("99.5% per month");
        QTest::newRow("a list before a percent stays") << QStringLiteral("1, 2 and 3") << QStringLiteral("1, 2 and 3");
        QTest::newRow("a less-than sign stays") << QStringLiteral("< 4 hours") << QStringLiteral("< 4 hours");
        QTest::newRow("words stay words") << QStringLiteral("统一的一站式服务") << QStringLiteral("统一的一站式服务");
        QTest::newRow("escalation step stays") << QStringLiteral("第一级") << QStringLiteral("第一级");
        QTest::newRow("english with digits") << QStringLiteral("four (4) hours") << QStringLiteral("4 hours");
        QTest::newRow("per mille") << QStringLiteral("合同总价的 0.5‰向甲方")
                                   << QStringLiteral("合同总价的 0.05%向甲方");
        QTest::newRow("digits with english")
            << QStringLiteral("within 2 (two) Working Hours") << QStringLiteral("within 2 Working Hours");
        QTest::newRow("digits with english, hyphenated")
            << QStringLiteral("24 (twenty-four) hours") << QStringLiteral("24 hours");
        QTest::newRow("digits with other words")
            << QStringLiteral("2 (two) or 3 (four)") << QStringLiteral("2 or 3 (four)");
        QTest::newRow("english word") << QStringLiteral("fifteen minutes") << QStringLiteral("15 minutes");
        QTest::newRow("an amount in words") << QStringLiteral("(two hundred seventy-one thousand six hundred somoni)")
                                            << QStringLiteral("(271600 somoni)");
        QTest::newRow("an amount in words with and")
            << QStringLiteral("(one million two hundred thousand and fifty dollars)")
            << QStringLiteral("(1200050 dollars)");
        QTest::newRow("a form's unit in its label")
            << QStringLiteral("响应时间（分钟）：15；到场时间（小时）：原则上不超过4")
            << QStringLiteral("响应时间:15分钟;到场时间:原则上不超过4小时");
        QTest::newRow("a form's price unit in its label")
            << QStringLiteral("单价（元/台/年）：8,600.00") << QStringLiteral("单价:8600.00元/台/年");
        QTest::newRow("an amount in billions") << QStringLiteral("(fourteen billion seven hundred million rials)")
                                               << QStringLiteral("(14700000000 rials)");
        QTest::newRow("english compound") << QStringLiteral("twenty-four hours") << QStringLiteral("24 hours");
        QTest::newRow("one needs a unit")
            << QStringLiteral("one contract, one hour") << QStringLiteral("one contract, 1 hour");
        QTest::newRow("thousands") << QStringLiteral("￥10,800.00 and 1, 2, 3")
                                   << QStringLiteral("¥10800.00 and 1, 2, 3");
        QTest::newRow("traditional chinese") << QStringLiteral("營業時間內2小時到場，備品先行，協力廠商")
                                             << QStringLiteral("工作时间内2小时到场,备件先行,合作厂商");
        QTest::newRow("indian grouping") << QStringLiteral("INR 6,88,400 and 1,00,00,000; items 1,22,3")
                                         << QStringLiteral("INR 688400 and 10000000; items 1,22,3");
        QTest::newRow("traditional numerals and units") << QStringLiteral("一級故障 六小時內到場，料件與整新品")
                                                        << QStringLiteral("1级故障 6小时内到场,备件与翻新件");
        QTest::newRow("html entities") << QStringLiteral("08:00&ndash;18:00, R&amp;D &nbsp;&foo; AT&T")
                                       << QStringLiteral("08:00-18:00, R&D &foo; AT&T");
        QTest::newRow("european amounts") << QStringLiteral("1.450,00 EUR, € 390,00 and items 1,22,3 or 1,25 kg")
                                          << QStringLiteral("1450.00 EUR, € 390.00 and items 1,22,3 or 1,25 kg");
        QTest::newRow("swiss grouping") << QStringLiteral("151'440.-- CHF, Dell's 2'5 and 49’500.– CHF")
                                        << QStringLiteral("151440 CHF, Dell's 2'5 and 49500 CHF");
        QTest::newRow("dashes and spaces") << QStringLiteral("09:00–18:00   Mon") << QStringLiteral("09:00-18:00 Mon");
        QTest::newRow("am pm") << QStringLiteral("8:00 a.m. to 6:00 p.m.") << QStringLiteral("8:00 am to 6:00 pm");
        QTest::newRow("template variable") << QStringLiteral("{% data variables.product.premium_plus_support_plan %}")
                                           << QStringLiteral("premium plus support plan");
        QTest::newRow("list items") << QStringLiteral("<ul><li>30 分钟</li><li>4 小时</li></ul>")
                                    << QStringLiteral("30 分钟;4 小时;");
        QTest::newRow("tabs kept") << QStringLiteral("P1\t15 分钟") << QStringLiteral("P1\t15 分钟");
        // South African rand with space thousands and decimal commas; a server model "R740" is no amount.
        QTest::newRow("rand") << QStringLiteral("R6 450,00, R1 514 520,00 and R950.00 for a PowerEdge R740")
                              << QStringLiteral("ZAR 6450.00, ZAR 1514520.00 and ZAR 950.00 for a PowerEdge R740");
        QTest::newRow("lakh and crore") << QStringLiteral("Rs. 2.4 lakh per annum, 1.5 crore in all")
                                        << QStringLiteral("Rs. 240000 per annum, 15000000 in all");
        QTest::newRow("amounts grouped before their currency")
            << QStringLiteral("480,00 PLN, 18 970,00 PLN, 12.500.000 VND, R$ 4.980,00 and 1.250 of 3 000 units")
            << QStringLiteral("480.00 PLN, 18970.00 PLN, 12500000 VND, R$ 4980.00 and 1.250 of 3 000 units");
        QTest::newRow("a peso's dollar sign grouped by dots")
            << QStringLiteral("$ 4.500.000 per month, $1.250 and ₸ 450 000, but $2.125 billion and $1.25")
            << QStringLiteral("$ 4500000 per month, $1250 and ₸ 450000, but $2125000000 and $1.25");
        QTest::newRow("millions after a currency")
            << QStringLiteral("PKR 14.19 million, IDR 2,82 miliar, Rp 1,5 juta but 1.2 million users")
            << QStringLiteral("PKR 14190000, IDR 2820000000, Rp 1500000 but 1.2 million users");
        QTest::newRow("kroner grouped by spaces") << QStringLiteral("NOK 9 850 for 12 servers, EUR 1 514 520,50")
                                                  << QStringLiteral("NOK 9850 for 12 servers, EUR 1514520.50");
        // Military times in a range read as clock times; years stay years.
        QTest::newRow("military times") << QStringLiteral("0700 to 1700 Mountain Time, 0800-1800 hrs, 2025 to 2027")
                                        << QStringLiteral(
                                               "07:00 to 17:00 Mountain Time, 08:00-18:00 hrs, 2025 to 2027");
    }

    void rewritesForMatching()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Normalizer::normalize(input).text, expected);
    }

    void everyRegionalWordIsLookedFor()
    {
        // The normaliser looks up a regional word only where mayStartWord lets it: the switch there
        // must know every word's first character.
        QVERIFY(RegionalVocabulary::words().size() >= 20); // the table is there
        for (const auto &[regional, mainland] : RegionalVocabulary::words())
            QVERIFY2(RegionalVocabulary::mayStartWord(regional.front()), qPrintable(regional));
    }

    void brandIsNoSparePart()
    {
        // Taiwan's 備品 is 备件, but 设备品牌 is "equipment brand".
        QCOMPARE(Normalizer::normalize(QStringLiteral("设备品牌")).text, QStringLiteral("设备品牌"));
        QCOMPARE(Normalizer::normalize(QStringLiteral("備品庫")).text, QStringLiteral("备件库"));
    }

    void mapsBackToTheOriginal()
    {
        const QString original = QStringLiteral("工程师将在四（4）小时内到场，响应时间十五分钟。");
        const NormalizedText n = Normalizer::normalize(original);
        QCOMPARE(n.text, QStringLiteral("工程师将在4小时内到场,响应时间15分钟。"));
        const int from = int(n.text.indexOf(QStringLiteral("4小时")));
        const auto range = n.originalRange(from, from + 3);
        QCOMPARE(original.mid(range.first, range.second - range.first), QStringLiteral("四（4）小时"));
        const int minutes = int(n.text.indexOf(QStringLiteral("15分钟")));
        const auto range2 = n.originalRange(minutes, minutes + 4);
        QCOMPARE(original.mid(range2.first, range2.second - range2.first), QStringLiteral("十五分钟"));
        QCOMPARE(n.start.size(), n.text.size());
        QCOMPARE(n.end.size(), n.text.size());
    }

    void parsesChineseNumerals()
    {
        QCOMPARE(NumberParser::parseChinese(QStringLiteral("十")), 10.0);
        QCOMPARE(NumberParser::parseChinese(QStringLiteral("两")), 2.0);
        QCOMPARE(NumberParser::parseChinese(QStringLiteral("二十四")), 24.0);
        QCOMPARE(NumberParser::parseChinese(QStringLiteral("一百零五")), 105.0);
        QCOMPARE(NumberParser::parseChinese(QStringLiteral("叁佰陆拾伍万柒仟陆佰")), 3657600.0);
        QCOMPARE(NumberParser::parseChinese(QStringLiteral("abc")), -1.0);
        QCOMPARE(NumberParser::englishWordValue(QStringLiteral("ninety")), 90);
        QCOMPARE(NumberParser::englishWordValue(QStringLiteral("hours")), -1);
    }
};

QTEST_GUILESS_MAIN(TestNormalizer)
#include "TestNormalizer.moc"
