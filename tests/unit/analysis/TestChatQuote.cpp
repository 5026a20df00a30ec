// An informal quote pasted from a chat (企业微信): prices in chat shorthand ("3.2w/台/年", "1.2万/台/年"),
// sums of the classes quoted before them, servers counted as "NF5280M6×4", and parts "拆机件或兼容件".
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::termsOf;
using tw::test::textDocument;

class TestChatQuote : public QObject
{
    Q_OBJECT

private slots:
    void pricesInChatShorthand()
    {
        const auto result =
            analyze(textDocument({{
                                     QStringLiteral("2024-05-14 10:31  王磊（锦程数科）"),
                                     QStringLiteral("A类（核心）：Dell R740xd×6、浪潮NF5280M6×4，共10台"),
                                     QStringLiteral("B类（一般）：浪潮NF5270M5×10"),
                                     QStringLiteral("2024-05-14 10:36  王磊（锦程数科）"),
                                     QStringLiteral("A类：7*24*4，全年无休"),
                                     QStringLiteral("价格：3.2w/台/年"),
                                     QStringLiteral("2024-05-14 10:38  王磊（锦程数科）"),
                                     QStringLiteral("B类：5*8 NBD，下一个工作日上门"),
                                     QStringLiteral("价格：1.2万/台/年"),
                                     QStringLiteral("C类的备件原厂的基本没货了，只能用拆机件或兼容件"),
                                     QStringLiteral("2024-05-15 09:41  王磊（锦程数科）"),
                                     QStringLiteral("合计44万/年，签三年共132万（C类按次另算，不含在内）"),
                                 }},
                                 DocumentFormat::Text));
        QMap<double, QString> tierByAmount;
        QMap<double, QString> perByAmount;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price"))) {
            const double amount = price.values.value(QStringLiteral("amount")).toDouble();
            QCOMPARE(price.values.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
            tierByAmount.insert(amount, price.tier);
            perByAmount.insert(amount, price.values.value(QStringLiteral("per")).toString());
        }
        QCOMPARE(tierByAmount.value(32000, QStringLiteral("?")), QStringLiteral("A类"));
        QCOMPARE(perByAmount.value(32000), QStringLiteral("server_year"));
        QCOMPARE(tierByAmount.value(12000, QStringLiteral("?")), QStringLiteral("B类"));
        // The sums add the classes up: they are no class's, whatever the remark after them names.
        QCOMPARE(tierByAmount.value(440000, QStringLiteral("?")), QString());
        QCOMPARE(perByAmount.value(440000), QStringLiteral("year"));
        QCOMPARE(tierByAmount.value(1320000, QStringLiteral("?")), QString());
        QCOMPARE(perByAmount.value(1320000), QStringLiteral("total"));
        // "NF5280M6×4" counts servers; the coverage is 7×24 and 5×8 only.
        QStringList coverage;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("coverage")))
            coverage << QStringLiteral("%1x%2")
                            .arg(term.values.value(QStringLiteral("days_per_week")).toInt())
                            .arg(term.values.value(QStringLiteral("hours_per_day")).toInt());
        coverage.sort();
        QCOMPARE(coverage, (QStringList{QStringLiteral("5x8"), QStringLiteral("7x24")}));
        // Either kind of part may come: the buyer must reckon with the worse.
        const QList<SlaTerm> parts = termsOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("compatible"));
    }

    void chatAnswersToTheBuyersQuestions()
    {
        // The vendor's chat answers: a clock "从我们远程诊断确认是硬件故障开始算", holidays "看情况" (vague, not an
        // undefined working day), "5*8 NBD", prices that "第二年开始可能要适当调一下" and parts "到时候按实际报价", and
        // "这么多年没出过啥问题" instead of credits.
        const auto result = analyze(
            textDocument({{
                             QStringLiteral("2024-05-14 10:38  王磊（锦程数科）"),
                             QStringLiteral("B类：5*8 NBD，下一个工作日上门"),
                             QStringLiteral("2024-05-14 10:47  王磊（锦程数科）"),
                             QStringLiteral("时间是从我们远程诊断确认是硬件故障开始算，行业里都是这么算的"),
                             QStringLiteral("2024-05-14 14:16  王磊（锦程数科）"),
                             QStringLiteral("2、赔偿这个一般合同里不写哈，我们在成都做了这么多年没出过啥问题，您放心"),
                             QStringLiteral("4、签三年的话三年原则上锁价，但要是原厂备件涨价太多的话，第二年开始可能要"
                                            "适当调一下，到时候再商量"),
                             QStringLiteral("5、周一到周五早9点到晚5点，节假日的话看情况哈"),
                             QStringLiteral("2024-05-14 15:02  王磊（锦程数科）"),
                             QStringLiteral("走按次服务：上门一次800元，备件费用到时候按实际报价"),
                         }},
                         DocumentFormat::Text));
        QCOMPARE(tw::test::findingCount(result, QStringLiteral("clock_start")), 1);
        QCOMPARE(tw::test::findingCount(result, QStringLiteral("day_basis")), 2); // "5*8 NBD", "下一个工作日上门"
        QCOMPARE(tw::test::findingCount(result, QStringLiteral("price_adjustment")), 2);
        QCOMPARE(tw::test::findingCount(result, QStringLiteral("marketing_claim")), 1);
        QVERIFY(tw::test::findingCount(result, QStringLiteral("vague_wording")) >= 1);
    }

    void replyPrintedToPdfOverTheBuyersMessage()
    {
        // An e-mail printed to PDF: the vendor's reply, then "-----原始邮件-----" and the buyer's message it answers.
        // The buyer's demands (2 hours on site, a penalty per hour) are no promises; the printout's title above the
        // first header is the mailbox owner's name.
        QList<TextLine> lines;
        double y = 60;
        auto line = [&](const QString &text, double x = 62) {
            lines << tw::test::boxLine(text, x, y, 12.0 * text.size());
            y += 20;
        };
        line(QStringLiteral("王磊"));
        line(QStringLiteral("发件人:"));
        y -= 20;
        line(QStringLiteral("张晓峰 <zhangxf@xingheng-it.com.cn>"), 140);
        line(QStringLiteral("王经理：您好！金牌服务一级故障 4 小时到场，备件先行。"));
        line(QStringLiteral("-----原始邮件-----"));
        line(QStringLiteral("发件人: 王磊 <wanglei@hongyuan-pm.com>"));
        line(QStringLiteral("1. 7×24 小时服务，一级故障 2 小时内到场；"));
        line(QStringLiteral("2. 到场超时按每小时扣减当月服务费 1%；"));
        const auto result = analyze(tw::test::pdfPage(QStringLiteral("mail.pdf"), lines));
        QList<int> onsite;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time")))
            onsite << term.values.value(QStringLiteral("minutes")).toInt();
        QCOMPARE(onsite, QList<int>{240});
        QVERIFY(termsOf(result, QStringLiteral("penalty")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChatQuote)
#include "TestChatQuote.moc"
