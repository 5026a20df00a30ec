// Plain-text layouts of real correspondence: e-mail threads with quoted earlier messages, tables set
// with runs of spaces, Markdown tables one after another, and severity words as table row labels.
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/ChatLog.h"
#include "core/analysis/ContractAnalyzer.h"
#include "core/analysis/DurationParser.h"
#include "core/analysis/EmailThread.h"
#include "core/analysis/FixedWidthTable.h"
#include "core/analysis/GridTable.h"
#include "core/analysis/HtmlTable.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::findingCount;
using tw::test::findingsOf;
using tw::test::termsOf;
using tw::test::textDocument;
using tw::test::tiersOf;

namespace {

bool hasTerm(const AnalysisResult &result, const QString &key, const QString &tier, const QString &priority,
             const QString &field, const QVariant &value)
{
    for (const SlaTerm &term : termsOf(result, key)) {
        if (term.tier == tier && term.priority == priority && term.values.value(field) == value)
            return true;
    }
    return false;
}

Document plainText(const QStringList &lines, const QString &fileName = QStringLiteral("reply.txt"))
{
    Document document = textDocument({lines}, DocumentFormat::Text);
    document.fileName = fileName;
    return document;
}

} // namespace

class TestPlainTextLayout : public QObject
{
    Q_OBJECT

private slots:
    void quotedMessagesBelongToTheirSenders()
    {
        const QList<EmailLine> lines = readEmailThread(
            {QStringLiteral("From: Dana <dana@vendor.com>"), QStringLiteral("Answers inline."),
             QStringLiteral("From: Marcus <marcus@buyer.com>"), QStringLiteral("> Are the parts new?"),
             QStringLiteral(">> From: Dana <dana@vendor.com>"), QStringLiteral(">>   Parts ship from Memphis.")},
            false);
        QCOMPARE(lines.size(), 6);
        QVERIFY(!lines.at(1).othersWords);
        QVERIFY(lines.at(3).othersWords); // the buyer's question
        QCOMPARE(lines.at(3).text, QStringLiteral("Are the parts new?"));
        QCOMPARE(lines.at(5).depth, 2);
        QVERIFY(!lines.at(5).othersWords); // the vendor's own first message, quoted back
        QCOMPARE(lines.at(5).text, QStringLiteral("  Parts ship from Memphis."));
    }

    void aColleagueForwardingTheVendorsReply()
    {
        // The buyer's colleague forwards the vendor's answers (Outlook style, no quote marks): the vendor is
        // the sender whose message states the service levels, not the first sender.
        const QList<EmailLine> lines = readEmailThread(
            {QStringLiteral("发件人: 王磊 <wanglei@buyer.example.cn>"), QStringLiteral("主题: 转发: 回复: 维保方案"),
             QStringLiteral("李经理：云栈科技回了邮件，原文转给您，麻烦您尽快看一下。"),
             QStringLiteral("-------- 原始邮件 --------"), QStringLiteral("发件人: 张伟 <zhang.wei@vendor.example.cn>"),
             QStringLiteral("答：金牌服务为7×24小时，全年无休。"),
             QStringLiteral("答：接到报修后十五分钟内电话响应，4小时内到达现场。"),
             QStringLiteral("答：金牌使用原厂全新备件，每台每年3800元。")},
            false);
        QVERIFY(lines.at(2).othersWords); // the colleague's note
        QVERIFY(!lines.at(5).othersWords);
        QVERIFY(!lines.at(7).othersWords);
    }

    void linesQuotedUnderAnAttributionAreItsWriters()
    {
        // "On Mon, 3 Mar 2025 at 09:12, Sarah … wrote:" under the vendor's reply: the quoted lines are the buyer's.
        const QList<EmailLine> lines = readEmailThread(
            {QStringLiteral("From: Gareth <gareth@vendor.co.uk>"), QStringLiteral("Parts are new."), QString(),
             QStringLiteral("On Mon, 3 Mar 2025 at 09:12, Sarah <s.okafor@school.org.uk> wrote:"),
             QStringLiteral("> Do you use refurbished parts?")},
            false);
        QVERIFY(!lines.at(1).othersWords);
        QVERIFY(lines.at(4).othersWords);
    }

    void vendorsOfferQuotedTwiceUnderItsCorrection()
    {
        // A reply saved with its subject line above "发件人：" corrects the offer it quotes two levels down, under the
        // buyer's questions: the subject is no body text, so the sender is still the vendor and the offer the vendor's.
        const QList<EmailLine> lines = readEmailThread(
            {QStringLiteral("主题：回复：回复：服务器维保报价（含更正）"),
             QStringLiteral("发件人：陈思远 <chensiyuan@vendor.example.cn>"),
             QStringLiteral("更正：标准服务单价为 2,800 元/台/年。"),
             QStringLiteral("在 2024年5月22日 10:31，\"王立群\"<wanglq@buyer.example.cn> 写道："),
             QStringLiteral("> 超时有没有赔偿？"),
             QStringLiteral("> 在 2024年5月20日 17:05，\"陈思远\"<chensiyuan@vendor.example.cn> 写道："),
             QStringLiteral(">> 金牌服务：7×24小时，含法定节假日。")},
            false);
        QVERIFY(!lines.at(2).othersWords);
        QVERIFY(lines.at(4).othersWords);
        QVERIFY(!lines.at(6).othersWords);
    }

    void quotesWithoutHeadersAreTheOtherPartys()
    {
        const QList<EmailLine> lines =
            readEmailThread({QStringLiteral("Our answers:"), QStringLiteral("> 8. Will pricing be fixed?")}, false);
        QVERIFY(!lines.at(0).othersWords);
        QVERIFY(lines.at(1).othersWords);
        // In Markdown, '>' marks a block quote of the document itself.
        QVERIFY(!readEmailThread({QStringLiteral("> Note: parts are new.")}, true).at(0).othersWords);
    }

    void questionsQuotedInlineUnderTheVendorsHeader()
    {
        // The vendor answers the buyer's questions inline, each under its "> 9、…" quote, with no attribution: the
        // quoted lines are the buyer's although the only header is the vendor's.
        const QList<EmailLine> lines = readEmailThread(
            {QStringLiteral("发件人: 周晓峰 <zhou.xiaofeng@vendor.example.cn>"), QStringLiteral("王工，下午好！"),
             QStringLiteral("> 9、哪些情况不在保修范围？软件和固件管不管？"),
             QStringLiteral("操作系统不在维保范围内；服务器固件出问题算硬件故障。")},
            false);
        QVERIFY(!lines.at(1).othersWords);
        QVERIFY(lines.at(2).othersWords);
        QVERIFY(!lines.at(3).othersWords);
    }

    void salesReplyAnsweringInline()
    {
        // The buyer's quoted questions make no terms or findings; the salesperson's own words do: "原厂停保以后…
        // 继续提供5年备件", "两类合计每年178,400元", "到时候可能会有一些调整", "工作日早上9点到下午5点" (no holiday
        // rule), a repair time "详见附件报价单里的服务级别表" sent as a file; a call out of hours "顺延到下一个工作日"
        // is no time promised.
        const auto result = analyze(plainText(
            {QStringLiteral("发件人: 周晓峰 <zhou.xiaofeng@vendor.example.cn>"),
             QStringLiteral("主题: 答复: 服务器维保询价的几个问题"), QStringLiteral("王工，下午好！"),
             QStringLiteral("> 1、报价多少？"),
             QStringLiteral("A类：6,800元/台/年，共14台；B类：2,600元/台/年，共32台；"),
             QStringLiteral("两类合计每年178,400元，含6%增值税。"), QStringLiteral("> 2、服务时间怎么安排？"),
             QStringLiteral("B类是5×8，工作日早上9点到下午5点，这个时间段以外报修的，顺延到下一个工作日处理。"),
             QStringLiteral("> 4、修复时间有没有承诺？"),
             QStringLiteral("B类的修复时间详见附件报价单里的服务级别表，这里就不重复了。"),
             QStringLiteral("> 6、有些老机器过两年会停保，之后备件怎么保障？"),
             QStringLiteral("原厂停保以后我们保证继续提供5年备件，这个您放心。"),
             QStringLiteral("> 9、哪些情况不在保修范围？软件和固件管不管？"),
             QStringLiteral("操作系统、数据库不在维保范围内；服务器固件出问题算硬件故障，我们负责。"),
             QStringLiteral("> 10、价格三年能不能锁定？"),
             QStringLiteral("第一年就按上面的价格。第二、三年要看原厂备件和人工成本，到时候可能会有一些调整。")}));
        const auto eol = termsOf(result, QStringLiteral("eol_parts_years"));
        QCOMPARE(eol.size(), 1);
        QCOMPARE(eol.first().values.value(QStringLiteral("value")).toInt(), 5);
        bool yearlySum = false;
        for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
            yearlySum = yearlySum || (price.values.value(QStringLiteral("amount")).toDouble() == 178400.0 &&
                                      price.values.value(QStringLiteral("per")).toString() == QLatin1String("year"));
        QVERIFY(yearlySum);
        const auto revisions = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(revisions.size(), 1);
        QCOMPARE(revisions.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("unbounded"));
        QCOMPARE(findingCount(result, QStringLiteral("price_adjustment")), 1);
        QCOMPARE(findingCount(result, QStringLiteral("scope_exclusion")), 0);
        QCOMPARE(findingCount(result, QStringLiteral("missing_sla")), 1);
        const auto days = findingsOf(result, QStringLiteral("day_basis"));
        QCOMPARE(days.size(), 1);
        QVERIFY(days.first().evidence.quote.contains(QStringLiteral("早上9点")));
    }

    void groupChatExport()
    {
        const QStringList chat = {
            QStringLiteral("聊天记录：鼎盛科技×恒拓信息 服务器维保项目沟通群"),
            QStringLiteral("[2025-03-05 10:25] 张经理（鼎盛科技）：核心那批我们内部要求7×24、4小时到场、原厂全新件。"),
            QStringLiteral("[2025-03-05 14:02] "
                           "李工（恒拓信息）：金牌是7×24小时，全年无休。报修后十五分钟内工程师电话响应，4小时到场。"),
            QStringLiteral("[2025-03-05 14:06] "
                           "李工（恒拓信息）：银牌是5×8，工作日早上9点到下午5点，工作时间内两小时响应，6小时到场。"),
            QStringLiteral("[2025-03-05 14:07] 张经理（鼎盛科技）：到场时间从什么时候开始算？"),
            QStringLiteral("[2025-03-05 14:40] 李工（恒拓信息）：刚才说错了，银牌是8小时到场，按工作时间算。"),
            QStringLiteral("[2025-03-05 15:05] 李工（恒拓信息）：金牌全部用原厂全新备件。银牌的备件是全新件或翻新件。"),
        };
        const QList<EmailLine> lines = readChatLog(chat);
        QCOMPARE(lines.size(), chat.size());
        QVERIFY(lines.at(1).othersWords); // the buyer's requirement
        QVERIFY(!lines.at(2).othersWords);
        QVERIFY(lines.at(2).text.startsWith(QStringLiteral("金牌是")));
        QVERIFY(lines.at(2).message != lines.at(3).message);
        QVERIFY(readChatLog({QStringLiteral("Note: 10:30 meeting"), QStringLiteral("Plain text.")}).isEmpty());

        const auto result = analyze(plainText(chat, QStringLiteral("chat.txt")));
        QStringList onsite;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time")))
            onsite << term.tier + QLatin1Char('=') + term.values.value(QStringLiteral("minutes")).toString();
        onsite.sort();
        // The buyer's "4小时到场" is no term of its own; 银牌's 6 hours was corrected to 8 but both were said.
        QVERIFY2(onsite.contains(QStringLiteral("金牌=240")), qPrintable(onsite.join(QLatin1Char(','))));
        QVERIFY2(onsite.contains(QStringLiteral("银牌=480")), qPrintable(onsite.join(QLatin1Char(','))));
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time")))
            QVERIFY2(!term.tier.isEmpty(), qPrintable(term.evidence.quote));
    }

    void pcChatExportWithSpeakerLines()
    {
        // WeChat for PC puts the time and speaker on a line of their own and the message below it; two staff
        // of the vendor write from two departments of one company.
        const QStringList chat = {
            QStringLiteral("群聊名称：恒润精密×博远数据 服务器维保项目"),
            QStringLiteral(""),
            QStringLiteral("2024-11-05 09:21:55 陈立新-恒润信息中心"),
            QStringLiteral("我们内部分两档，核心那18台算A类，其余38台算B类，B类翻新件可以接受。V2尽快发我一下"),
            QStringLiteral(""),
            QStringLiteral("2024-11-05 10:02:10 孙浩-博远技术"),
            QStringLiteral("电话响应A类15分钟，B类30分钟"),
            QStringLiteral(""),
            QStringLiteral("2024-11-05 10:05:41 赵磊-博远数据"),
            QStringLiteral(
                "A类每台每年6600元，B类每台每年3200元。A类到场超时，每次扣500元，每月累计不超过当月服务费的10%。"),
            QStringLiteral(""),
            QStringLiteral("2024-11-05 10:07:02 陈立新-恒润信息中心"),
            QStringLiteral("好的，价格我们再看看？"),
        };
        const QList<EmailLine> lines = readChatLog(chat);
        QCOMPARE(lines.size(), chat.size());
        QVERIFY(lines.at(3).othersWords);    // the buyer's message
        QVERIFY(!lines.at(6).othersWords);   // the vendor's engineer
        QVERIFY(!lines.at(9).othersWords);   // the vendor's sales
        QVERIFY(lines.at(2).text.isEmpty()); // a speaker line carries no words
        const auto result = analyze(plainText(chat, QStringLiteral("chat.txt")));
        QCOMPARE(tiersOf(result, QStringLiteral("response_time")),
                 (QStringList{QStringLiteral("A类"), QStringLiteral("B类")}));
        QCOMPARE(findingsOf(result, QStringLiteral("parts_quality")).size(),
                 0); // the buyer accepts, the vendor does not offer
        QCOMPARE(findingsOf(result, QStringLiteral("vague_wording")).size(), 0);
        QCOMPARE(termsOf(result, QStringLiteral("penalty")).size(), 1);
    }

    void weChatExportWithTheSpeakerBeforeTheTime()
    {
        // WeChat's PC export names the speaker first ("陈立新@华岳信息部  2024-05-13 09:41:12"); areas by use
        // ("生产区" / "测试区") are the tiers; "周一周经理" is Monday and a name, no week; the hours and the holiday
        // rule answered in two messages define the business day.
        const QStringList chat = {
            QStringLiteral("陈立新@华岳信息部  2024-05-13 09:41:12"),
            QStringLiteral("@周敏-恒拓信息 周经理早，麻烦在群里文字确认一下维保方案，尽快哈"),
            QString(),
            QStringLiteral("周敏-恒拓信息  2024-05-13 09:52:07"),
            QStringLiteral("生产区：7×24小时服务，全年无休；电话30分钟内响应，工程师4小时到场"),
            QStringLiteral("测试区：5×8服务，工作时间内2小时响应，下一个工作日到场"),
            QString(),
            QStringLiteral("陈立新@华岳信息部  2024-05-13 09:58:44"),
            QStringLiteral("5×8具体是几点到几点？"),
            QString(),
            QStringLiteral("郑海峰-恒拓技术  2024-05-13 10:03:19"),
            QStringLiteral("周一到周五，早上9:00到下午17:00"),
            QString(),
            QStringLiteral("郑海峰-恒拓技术  2024-05-13 10:09:51"),
            QStringLiteral("测试区法定节假日除外哈"),
            QString(),
            QStringLiteral("郑海峰-恒拓技术  2024-05-15 09:15:22"),
            QStringLiteral("更正一下周一周经理说的：修复时限按我们的《服务等级说明》来"),
            QString(),
            QStringLiteral("周敏-恒拓信息  2024-05-15 09:34:48"),
            QStringLiteral("生产区到场超过4小时的，每超1小时扣当月服务费的1%，最多扣到当月服务费的10%"),
            QString(),
            QStringLiteral("郑海峰-恒拓技术  2024-05-15 09:52:18"),
            QStringLiteral("生产区有时候是我们当地合作伙伴的工程师过去"),
        };
        const QList<EmailLine> lines = readChatLog(chat);
        QCOMPARE(lines.size(), chat.size());
        QVERIFY(lines.at(1).othersWords);   // the buyer
        QVERIFY(!lines.at(4).othersWords);  // the vendor's sales
        QVERIFY(!lines.at(11).othersWords); // and its engineer
        const auto result = analyze(plainText(chat, QStringLiteral("chat.txt")));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("生产区"), QStringLiteral("测试区")}));
        QStringList onsite;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time")))
            onsite << term.tier + QLatin1Char('=') + term.values.value(QStringLiteral("minutes")).toString();
        QCOMPARE(onsite, (QStringList{QStringLiteral("生产区=240"), QStringLiteral("测试区=")}));
        const QList<SlaTerm> penalties = termsOf(result, QStringLiteral("penalty"));
        QCOMPARE(penalties.size(), 1);
        QCOMPARE(penalties.first().values.value(QStringLiteral("per")).toString(), QStringLiteral("hour"));
        QCOMPARE(findingsOf(result, QStringLiteral("vague_wording")).size(), 0); // the buyer's "尽快"
        QCOMPARE(findingsOf(result, QStringLiteral("day_basis")).size(), 0);
        QCOMPARE(findingsOf(result, QStringLiteral("missing_sla")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 1);
        QVERIFY(DurationParser::find(QStringLiteral("更正1下周1周经理说的到场时间")).isEmpty());
    }

    void vendorsQuotedTableIsRead()
    {
        const auto result = analyze(plainText({
            QStringLiteral("From: Dana Whitfield <dana@keystone.example>"),
            QStringLiteral("Hi Marcus, see my first e-mail below."),
            QStringLiteral("-----Original Message-----"),
            QStringLiteral("From: Marcus Lee <marcus@corbel.example>"),
            QStringLiteral("> How fast is onsite? We need this asap."),
            QStringLiteral(">> From: Dana Whitfield <dana@keystone.example>"),
            QStringLiteral(">>                  Essential            Advanced"),
            QStringLiteral(">> Remote response  4 business hours     1 hour"),
            QStringLiteral(">> Onsite           Next business day    Sev 1: 4 hrs"),
            QStringLiteral(">>                                       Sev 2-4: next bus. day"),
        }));
        QVERIFY(hasTerm(result, QStringLiteral("response_time"), QStringLiteral("Advanced"), QString(),
                        QStringLiteral("minutes"), 60));
        QVERIFY(hasTerm(result, QStringLiteral("onsite_time"), QStringLiteral("Advanced"), QStringLiteral("P1"),
                        QStringLiteral("minutes"), 240));
        QVERIFY(hasTerm(result, QStringLiteral("onsite_time"), QStringLiteral("Essential"), QString(),
                        QStringLiteral("next_business_day"), true));
        // The buyer's "asap" is not the vendor's vague wording.
        for (const Finding &finding : result.findings)
            QVERIFY2(!finding.evidence.quote.contains(QStringLiteral("asap")), qPrintable(finding.evidence.quote));
    }

    void spacedTableWithUnnamedLabelColumnAndContinuationLines()
    {
        const FixedWidthTables tables = fixedWidthTables({
            QStringLiteral("                 Essential            Advanced"),
            QStringLiteral("Coverage         Business hours       24x7 phone/chat"),
            QStringLiteral("                 (M-F 8am-5pm local)"),
            QStringLiteral("Onsite           Next business day    NBD onsite"),
        });
        QCOMPARE(tables.rows.value(0),
                 (QStringList{QString(), QStringLiteral("Essential"), QStringLiteral("Advanced")}));
        QCOMPARE(tables.rows.value(1),
                 (QStringList{QStringLiteral("Coverage"), QStringLiteral("Business hours (M-F 8am-5pm local)"),
                              QStringLiteral("24x7 phone/chat")}));
        QVERIFY(tables.rules.contains(2)); // merged into the row above
        QCOMPARE(tables.rows.value(3).value(2), QStringLiteral("NBD onsite"));
    }

    void indentedPriceListUnderAOneRunRule()
    {
        const FixedWidthTables tables = fixedWidthTables({
            QStringLiteral("  Server class               Essential     Advanced     24x7 Critical"),
            QStringLiteral("  -------------------------------------------------------------------"),
            QStringLiteral("  2-socket rack (1U/2U)         $295          $465            $940"),
            QStringLiteral("  4-socket rack                 $520          $780          $1,480"),
            QStringLiteral("  -------------------------------------------------------------------"),
            QStringLiteral("  Prices exclude sales tax. Quote valid 30 days."),
        });
        QCOMPARE(tables.rows.value(2).value(3), QStringLiteral("$940"));
        QCOMPARE(tables.rows.value(3).value(3), QStringLiteral("$1,480"));
        QVERIFY(tables.rules.contains(1) && tables.rules.contains(4));
        QVERIFY(!tables.rows.contains(5));
    }

    void prosePastARuleIsNoTable()
    {
        const FixedWidthTables tables = fixedWidthTables({
            QStringLiteral("Dear Marcus,"),
            QStringLiteral("  thanks for the call; as agreed we  will  send the quote."),
            QStringLiteral("Best regards"),
        });
        QVERIFY(tables.rows.isEmpty());
    }

    void markdownTablesOneAfterAnother()
    {
        const auto result = analyze(plainText(
            {QStringLiteral("| Priority | Response Time |"), QStringLiteral("|---|---|"),
             QStringLiteral("| Critical | 1 hour |"), QStringLiteral("| High | 4 hours |"),
             QStringLiteral("| Low | 3 business days |"),
             QStringLiteral("| Priority of request | Availability | Response Time |"), QStringLiteral("|---|---|---|"),
             QStringLiteral("| emergency | 24 hours, 7 days a week | 30 minutes |"),
             QStringLiteral("| medium | during working hours | next working day |")},
            QStringLiteral("support.md")));
        // Critical/High/Low rank densely: P1, P2, P3; emergency/medium in the second table: P1, P2.
        QVERIFY(hasTerm(result, QStringLiteral("response_time"), QString(), QStringLiteral("P1"),
                        QStringLiteral("minutes"), 60));
        QVERIFY(hasTerm(result, QStringLiteral("response_time"), QString(), QStringLiteral("P2"),
                        QStringLiteral("minutes"), 240));
        QVERIFY(hasTerm(result, QStringLiteral("response_time"), QString(), QStringLiteral("P1"),
                        QStringLiteral("minutes"), 30));
        QVERIFY(hasTerm(result, QStringLiteral("response_time"), QString(), QStringLiteral("P2"),
                        QStringLiteral("next_business_day"), true));
    }

    void htmlTableRowsOverManyLinesOrOne()
    {
        const HtmlTables tables = htmlTables({
            QStringLiteral("Plans compared:"),
            QStringLiteral("<table class=\"p-table\">"),
            QStringLiteral("  <tr><th rowspan=\"2\">Severity</th><th colspan=\"2\">Gold</th></tr>"),
            QStringLiteral("  <tr><th>Response</th><th>On-site</th></tr>"),
            QStringLiteral("  <tr>"),
            QStringLiteral("    <td>1</td>"),
            QStringLiteral("    <td>30 min<br/>24x7</td>"),
            QStringLiteral("    <td>4 hours &amp; parts</td>"),
            QStringLiteral("  </tr>"),
            QStringLiteral("</table>"),
            QStringLiteral("<table><tr><td>A</td><td>B</td></tr><tr><td>C</td><td>D</td></tr></table>"),
        });
        QVERIFY(!tables.lines.contains(0));
        QCOMPARE(tables.rows.value(2).first().cells,
                 (QStringList{QStringLiteral("Severity"), QStringLiteral("Gold"), QString()}));
        // The rowspan leaves the label column of the next row empty.
        QCOMPARE(tables.rows.value(3).first().cells,
                 (QStringList{QString(), QStringLiteral("Response"), QStringLiteral("On-site")}));
        QCOMPARE(tables.rows.value(4).first().cells,
                 (QStringList{QStringLiteral("1"), QStringLiteral("30 min; 24x7"), QStringLiteral("4 hours & parts")}));
        QVERIFY(tables.lines.contains(8));
        // Two rows on one line, of the second table.
        QCOMPARE(tables.rows.value(10).size(), 2);
        QCOMPARE(tables.rows.value(10).at(1).cells, (QStringList{QStringLiteral("C"), QStringLiteral("D")}));
        QCOMPARE(tables.rows.value(10).at(1).table, 1);
    }

    void htmlComparisonPageWithMergedCellsAndFootnotes()
    {
        // A web page's plan comparison: plan names over a tag line, a value merged across two plans, another
        // across all three, and footnotes defining Business Hours "excluding U.S. federal holidays".
        const auto result = analyze(plainText(
            {QStringLiteral("<table>"),
             QStringLiteral("<tr><th>Feature</th><th>CarePoint Essential<br><span class=\"tag\">Test / dev</span></th>"
                            "<th>CarePoint Priority<br><span>Production</span></th><th>CarePoint Critical<br><span>"
                            "Business-critical</span></th></tr>"),
             QStringLiteral("<tr><th colspan=\"4\">Coverage &amp; response</th></tr>"),
             QStringLiteral("<tr><th>Support Center hours</th><td>Mon–Fri, 8am–6pm local time<br>(excl. U.S. federal "
                            "holidays)<sup>1</sup></td><td>24x7</td><td>24x7x365, including holidays</td></tr>"),
             QStringLiteral("<tr><th>Remote response</th><td>2 business hours</td><td>1 hour</td><td>15 minutes</td>"
                            "</tr>"),
             QStringLiteral("<tr><th>Replacement parts</th><td colspan=\"2\">New or functionally equivalent to new</td>"
                            "<td>New genuine OEM parts only</td></tr>"),
             QStringLiteral("<tr><th>Contract terms</th><td colspan=\"3\">1, 3 or 5 years — multi-year prices are "
                            "locked for the full term</td></tr>"),
             QStringLiteral("</table>"),
             QStringLiteral("<p class=\"footnotes\"><sup>1</sup> Business Hours means 8:00 a.m. to 6:00 p.m. local "
                            "time, Monday through Friday, excluding U.S. federal holidays.</p>"),
             QStringLiteral("CarePoint lets you match support to each workload: business-hours coverage for test "
                            "and development, 24x7 response for production, and a guaranteed repair time for the "
                            "rest.")},
            QStringLiteral("compare.md")));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("CarePoint Essential"), QStringLiteral("CarePoint Priority"),
                                            QStringLiteral("CarePoint Critical")}));
        QVERIFY(hasTerm(result, QStringLiteral("coverage"), QStringLiteral("CarePoint Essential"), QString(),
                        QStringLiteral("holidays"), false));
        QVERIFY(hasTerm(result, QStringLiteral("parts_quality"), QStringLiteral("CarePoint Essential"), QString(),
                        QStringLiteral("value"), QStringLiteral("new_or_equivalent")));
        QVERIFY(hasTerm(result, QStringLiteral("parts_quality"), QStringLiteral("CarePoint Priority"), QString(),
                        QStringLiteral("value"), QStringLiteral("new_or_equivalent")));
        // The marketing line's "business-hours coverage" says nothing of how Priority's hour is counted.
        QVERIFY(hasTerm(result, QStringLiteral("response_time"), QStringLiteral("CarePoint Priority"), QString(),
                        QStringLiteral("basis"), QVariant()));
        QCOMPARE(findingsOf(result, QStringLiteral("day_basis")).size(), 0);
        QCOMPARE(termsOf(result, QStringLiteral("price_adjustment")).size(), 1);
        QCOMPARE(termsOf(result, QStringLiteral("price_adjustment")).first().values.value(QStringLiteral("value")),
                 QVariant(QStringLiteral("fixed")));
    }

    void renewalNoticeInMarkdownWithEmoji()
    {
        // A distributor's renewal notice: a 续保方案 column names the plans, emoji open the headings and labels.
        const auto result = analyze(plainText(
            {QStringLiteral("| 序号 | 型号 | 续保方案 | 期限 | 单价（元/台/年） |"),
             QStringLiteral("|:-:|---|:-:|:-:|--:|"), QStringLiteral("| 1 | PowerEdge R740 | 方案A | 3年 | 9,600 |"),
             QStringLiteral("| 2 | PowerEdge R640 | 方案B | 3年 | 3,980 |"), QString(),
             QStringLiteral("### 🟢 方案A｜ProSupport Plus 7×24×4H"), QString(),
             QStringLiteral("- 🚗 **上门时间**：经原厂远程诊断确认为硬件故障后，一般情况下4小时内工程师携备件到场"),
             QString(), QStringLiteral("### 🔵 方案B｜ProSupport 5×9 下一工作日"), QString(),
             QStringLiteral("- 📦 **备件**：可能为全新件或经原厂检测的翻新件"), QString(),
             QStringLiteral("## 📌 三、其他说明"), QString(),
             QStringLiteral("- 🎁 **下单福利**：我司工程师每年1次免费上门巡检")},
            QStringLiteral("renewal.md")));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("方案A"), QStringLiteral("方案B")}));
        QVERIFY(hasTerm(result, QStringLiteral("onsite_time"), QStringLiteral("方案A"), QString(),
                        QStringLiteral("minutes"), 240));
        QVERIFY(hasTerm(result, QStringLiteral("parts_quality"), QStringLiteral("方案B"), QString(),
                        QStringLiteral("value"), QStringLiteral("vendor_discretion")));
        // The numbered heading after its emoji ends 方案B's section.
        QVERIFY(hasTerm(result, QStringLiteral("value_added"), QString(), QString(), QStringLiteral("value"),
                        QStringLiteral("preventive_maintenance")));
        QCOMPARE(findingsOf(result, QStringLiteral("clock_start")).size(), 1);
    }

    void asciiGridRowsOverTwoLines()
    {
        const GridTables grid = gridTables({
            QStringLiteral("Three options below:"),
            QStringLiteral("  +-----+-----------------------------+-----+-----------+"),
            QStringLiteral("  | Opt | Service                     | Qty | GBP/srv/yr|"),
            QStringLiteral("  +-----+-----------------------------+-----+-----------+"),
            QStringLiteral("  |  A  | HPE Foundation Care 24x7    |   8 |  1,284.00 |"),
            QStringLiteral("  |     | (H8QT4PE) - 4 hr onsite     |     |           |"),
            QStringLiteral("  |  B  | HPE Foundation Care NBD     |   6 |    612.00 |"),
            QStringLiteral("  +-----+-----------------------------+-----+-----------+"),
            QStringLiteral("  | Total                       |   14 |  n/a |"),
            QStringLiteral("  +-----+-----------------------------+-----+-----------+"),
            QStringLiteral("A = production."),
        });
        QVERIFY(!grid.lines.contains(0));
        QVERIFY(!grid.lines.contains(10));
        QCOMPARE(grid.rows.value(2).cells, (QStringList{QStringLiteral("Opt"), QStringLiteral("Service"),
                                                        QStringLiteral("Qty"), QStringLiteral("GBP/srv/yr")}));
        // The second line of A goes on A's row; B, right under it, is a row of its own.
        QCOMPARE(grid.rows.value(4).cells,
                 (QStringList{QStringLiteral("A"), QStringLiteral("HPE Foundation Care 24x7 (H8QT4PE) - 4 hr onsite"),
                              QStringLiteral("8"), QStringLiteral("1,284.00")}));
        QVERIFY(!grid.rows.contains(5));
        QCOMPARE(grid.rows.value(6).cells.first(), QStringLiteral("B"));
        QCOMPARE(grid.rows.value(8).cells.first(), QStringLiteral("Total"));
        QCOMPARE(grid.rows.size(), 4);
    }

    void plansGridInAnEmailWithItsNotesBelow()
    {
        // A reseller's e-mail: "Mon-Fri 8-6" is 08:00 to 18:00, "Total p.a." a year's price, the business hours
        // defined with the days not counted, and a plan whose clock keeps running overnight.
        const auto result = analyze(plainText({
            QStringLiteral("From: Gareth <gareth@vendor.co.uk>"),
            QString(),
            QStringLiteral("                        BRONZE           SILVER           GOLD"),
            QStringLiteral("  Cover                 Mon-Fri 8-6      Mon-Fri 8-6      24x7x365"),
            QStringLiteral("  Engineer on site      NBD              8 bus. hrs       4 hrs"),
            QStringLiteral("  Price/server/year     £195             £340             £520"),
            QStringLiteral("  Total p.a. (14 svrs)  £2,730           £4,760           £7,280"),
            QString(),
            QStringLiteral(" * Business Hours are 8am to 6pm, Monday to Friday, all year round. The only days we "
                           "don't count are English bank holidays."),
            QString(),
            QStringLiteral(" * Gold is genuinely 24x7x365: the clock keeps running overnight, at weekends and on "
                           "bank holidays."),
        }));
        QVERIFY(hasTerm(result, QStringLiteral("coverage"), QStringLiteral("SILVER"), QString(), QStringLiteral("end"),
                        QStringLiteral("18:00")));
        QVERIFY(hasTerm(result, QStringLiteral("coverage"), QStringLiteral("SILVER"), QString(),
                        QStringLiteral("holidays"), false));
        QVERIFY(hasTerm(result, QStringLiteral("price"), QStringLiteral("BRONZE"), QString(), QStringLiteral("per"),
                        QStringLiteral("year")));
        QVERIFY(hasTerm(result, QStringLiteral("onsite_time"), QStringLiteral("GOLD"), QString(),
                        QStringLiteral("basis"), QStringLiteral("calendar")));
        QVERIFY(findingsOf(result, QStringLiteral("day_basis")).isEmpty());
    }

    void optionLettersInAnEmailsGrid()
    {
        // An account manager's e-mail: a grid whose "Opt" column holds bare letters, answers per "Option X:", and
        // one option named only once between two that recur.
        const auto result = analyze(plainText({
            QStringLiteral("  +-----+-----------------------------+-----------+"),
            QStringLiteral("  | Opt | Service                     | GBP/srv/yr|"),
            QStringLiteral("  +-----+-----------------------------+-----------+"),
            QStringLiteral("  |  A  | HPE Foundation Care 24x7    |  1,284.00 |"),
            QStringLiteral("  |     | (H8QT4PE) - 4 hr onsite     |           |"),
            QStringLiteral("  |  B  | HPE Foundation Care NBD     |    612.00 |"),
            QStringLiteral("  |  C  | Corvane Silver TPM - NBD    |    395.00 |"),
            QStringLiteral("  +-----+-----------------------------+-----------+"),
            QString(),
            QStringLiteral("Option A: calendar. The 4-hour onsite response is 4 clock hours."),
            QString(),
            QStringLiteral("Option B: the coverage window is 08:00 to 17:00, Monday to Friday."),
            QString(),
            QStringLiteral("Option C: response times by priority are set out in section 4 of the Silver Service "
                           "Schedule, which I'll send across with the formal quote."),
            QString(),
            QStringLiteral("- Option A includes remote monitoring."),
            QStringLiteral("- Option C includes one preventive maintenance visit per year."),
        }));
        QCOMPARE(result.tiers,
                 (QStringList{QStringLiteral("Option A"), QStringLiteral("Option B"), QStringLiteral("Option C")}));
        QVERIFY(hasTerm(result, QStringLiteral("price"), QStringLiteral("Option A"), QString(),
                        QStringLiteral("amount"), 1284.0));
        QVERIFY(hasTerm(result, QStringLiteral("price"), QStringLiteral("Option B"), QString(),
                        QStringLiteral("amount"), 612.0));
        QVERIFY(hasTerm(result, QStringLiteral("onsite_time"), QStringLiteral("Option A"), QString(),
                        QStringLiteral("minutes"), 240));
        QCOMPARE(findingsOf(result, QStringLiteral("missing_sla")).size(), 1);
    }

    void markdownPageWithAnHtmlSeverityTable()
    {
        const auto result = analyze(plainText(
            {QStringLiteral("## Support"), QStringLiteral("We will respond within the times below:"),
             QStringLiteral("<table>"),
             QStringLiteral("<tr><th>Severity Level</th><th>Description</th><th>Initial response time</th></tr>"),
             QStringLiteral("<tr><td>1</td><td>Service down</td><td>1 hour</td></tr>"),
             QStringLiteral("<tr><td>2</td><td>Degraded</td><td>4 hours</td></tr>"), QStringLiteral("</table>")},
            QStringLiteral("support.md")));
        QVERIFY(hasTerm(result, QStringLiteral("response_time"), QString(), QStringLiteral("P1"),
                        QStringLiteral("minutes"), 60));
        QVERIFY(hasTerm(result, QStringLiteral("response_time"), QString(), QStringLiteral("P2"),
                        QStringLiteral("minutes"), 240));
        for (const Finding &finding : result.findings)
            QVERIFY2(!finding.evidence.quote.contains(QLatin1Char('<')), qPrintable(finding.evidence.quote));
    }

    void markdownFootnotesEntitiesAndPassiveChanges()
    {
        const auto result = analyze(plainText(
            {QStringLiteral("<table><tr><th>Feature</th><th>Standard</th><th>Premier</th></tr>"),
             QStringLiteral("<tr><td>Coverage window</td><td>Business Hours[^1]</td><td>24x7x365</td></tr>"),
             QStringLiteral("<tr><td>Phone response</td><td>2 business hours</td><td>15 minutes</td></tr>"),
             QStringLiteral("<tr><td>Parts-first dispatch</td><td>&mdash;</td><td>Included</td></tr></table>"),
             QStringLiteral("Not covered:"),
             QStringLiteral("- Software, firmware and operating system issues of any kind"),
             QStringLiteral("*Plan features and this page may be updated from time to time without notice.*"),
             QStringLiteral("[^1]: Business Hours are 8:00 a.m. to 5:00 p.m. local time, Monday through Friday.")},
            QStringLiteral("plans.md")));
        QVERIFY(hasTerm(result, QStringLiteral("response_time"), QStringLiteral("Premier"), QString(),
                        QStringLiteral("minutes"), 15));
        bool dispatch = false;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("parts_dispatch_first"))) {
            QCOMPARE(term.tier, QStringLiteral("Premier")); // the dash is no offer
            dispatch = true;
        }
        QVERIFY(dispatch);
        QStringList categories;
        for (const Finding &finding : result.findings) {
            categories << finding.category;
            QVERIFY2(!finding.evidence.quote.contains(QStringLiteral("[^")) ||
                         finding.category != QLatin1String("day_basis") ||
                         finding.evidence.quote.startsWith(QStringLiteral("[^1]")),
                     qPrintable(finding.evidence.quote));
        }
        QVERIFY(categories.contains(QStringLiteral("scope_exclusion")));
        QVERIFY(categories.contains(QStringLiteral("unilateral_change")));
    }

    void aGlossaryDefinesTermsNotPlans()
    {
        QStringList lines = {QStringLiteral("## Definitions")};
        for (const char *term :
             {"Charm", "Cloud Guest", "Environment", "Guest Instance", "Kubernetes", "Node", "OpenStack", "Region"})
            lines << QStringLiteral("**%1:** a thing the %1 service description talks about, such as a Node in an "
                                    "Environment running Kubernetes or OpenStack in a Region")
                         .arg(QString::fromLatin1(term));
        lines << QStringLiteral("Response: within 1 hour for Severity 1.");
        const auto result = analyze(plainText(lines, QStringLiteral("terms.md")));
        QVERIFY2(result.tiers.isEmpty(), qPrintable(result.tiers.join(QLatin1Char(','))));
    }

    void allCapsQuoteFromAQuotingTool()
    {
        const auto result = analyze(plainText({
            QStringLiteral("*** SERVICE GROUP: TIER 1 - PRODUCTION ***"),
            QStringLiteral("1   H7J34A3   HPE 4H 24X7 PROACTIVE CARE SVC   12   USD 1,284.00/YR"),
            QStringLiteral("*** SERVICE GROUP: TIER 2 - DEV/TEST ***"),
            QStringLiteral("2   H7J32A3   HPE NBD PROACTIVE CARE SVC       20   USD 612.00/YR"),
            QStringLiteral("3. TIER 1: HPE TECHNICIAN ONSITE WITHIN 4 HOURS OF CASE VALIDATION."),
            QStringLiteral("4. TIER 2: TECHNICIAN ONSITE THE NEXT BUSINESS DAY."),
        }));
        const QStringList tiers = tiersOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(tiers, (QStringList{QStringLiteral("TIER 1"), QStringLiteral("TIER 2")}));
    }

    void severityWordsUnderAClassColumnAreTiersNotPriorities()
    {
        const auto result =
            analyze(textDocument({{QStringLiteral("Server class\tOn-site"), QStringLiteral("High\t4 hours"),
                                   QStringLiteral("Low\tnext business day")}}));
        const QList<SlaTerm> onsite = termsOf(result, QStringLiteral("onsite_time"));
        QCOMPARE(onsite.size(), 2); // both rows read, as tiers
        for (const SlaTerm &term : onsite)
            QVERIFY2(term.priority.isEmpty(), qPrintable(term.priority));
    }

    void timesListedEachWithItsOwnSeverity()
    {
        const auto result = analyze(plainText({QStringLiteral("Remote response: Sev 1: 30 min Sev 2-4: 2 hrs")}));
        QVERIFY(hasTerm(result, QStringLiteral("response_time"), QString(), QStringLiteral("P1"),
                        QStringLiteral("minutes"), 30));
        QVERIFY(hasTerm(result, QStringLiteral("response_time"), QString(), QStringLiteral("P2"),
                        QStringLiteral("minutes"), 120));
        QVERIFY(!hasTerm(result, QStringLiteral("response_time"), QString(), QStringLiteral("P2"),
                         QStringLiteral("minutes"), 30));
    }

    void listItemGoesOnInItsIndentedLines()
    {
        const auto result = analyze(plainText({
            QStringLiteral("Plan         Essential     Advanced      Critical"),
            QStringLiteral("Response     4 hours       1 hour        30 minutes"),
            QStringLiteral("Onsite       NBD           NBD           4 hours"),
            QStringLiteral("- On Essential and Advanced, parts ship from our central depot in Memphis, TN."),
            QStringLiteral("  Replacement parts may be new or refurbished at Keystone's discretion."),
        }));
        const QStringList tiers = tiersOf(result, QStringLiteral("parts_quality"));
        QCOMPARE(tiers, (QStringList{QStringLiteral("Advanced"), QStringLiteral("Essential")}));
    }

    void laterTierLabelsLeadTheSentencesAfterThem()
    {
        const auto result = analyze(plainText({
            QStringLiteral("| PLAN   | RESPONSE |"),
            QStringLiteral("| GOLD   | 30 MIN   |"),
            QStringLiteral("| SILVER | 2 BUS HRS |"),
            QStringLiteral("1. Coverage. GOLD: 24 hours a day, 7 days a week. SILVER: Business Hours. \"Business "
                           "Hours\" means 8:00 a.m. to 5:00 p.m., Monday through Friday. All plans: a monthly SLA "
                           "report."),
        }));
        QVERIFY(hasTerm(result, QStringLiteral("coverage"), QStringLiteral("SILVER"), QString(),
                        QStringLiteral("start"), QStringLiteral("08:00")));
        for (const SlaTerm &term : termsOf(result, QStringLiteral("value_added")))
            QVERIFY2(term.tier.isEmpty(), qPrintable(term.tier)); // "All plans:" is no tier's
    }

    void aDashEndsTheNegatedClause()
    {
        const auto result = analyze(plainText({QStringLiteral(
            "I can't put a cap in writing on this quote - renewal pricing is subject to annual adjustment.")}));
        const QList<SlaTerm> adjustments = termsOf(result, QStringLiteral("price_adjustment"));
        QCOMPARE(adjustments.size(), 1);
        QCOMPARE(adjustments.first().values.value(QStringLiteral("value")).toString(), QStringLiteral("unbounded"));
    }

    void typewriterRulesInAPdfAreNoCells()
    {
        // A filing set in a fixed-width font: dashed rules as text lines between the rows.
        Document document;
        document.fileName = QStringLiteral("filing.pdf");
        document.format = DocumentFormat::Pdf;
        Page page;
        page.number = 1;
        page.width = 400;
        page.height = 800;
        const double rule = 317;
        page.lines << tw::test::boxLine(QStringLiteral("Response time for hotline"), 39, 280, 200);
        page.lines << tw::test::boxLine(QStringLiteral("-----------------------------------------"), 39, 310, rule);
        page.lines << tw::test::boxLine(QStringLiteral("Priority"), 39, 318, 60);
        page.lines << tw::test::boxLine(QStringLiteral("Availability"), 134, 318, 60);
        page.lines << tw::test::boxLine(QStringLiteral("Response Time"), 246, 318, 70);
        page.lines << tw::test::boxLine(QStringLiteral("-----------------------------------------"), 39, 326, rule);
        page.lines << tw::test::boxLine(QStringLiteral("emergency"), 39, 334, 40);
        page.lines << tw::test::boxLine(QStringLiteral("24 hours, 7 days a week"), 134, 334, 99);
        page.lines << tw::test::boxLine(QStringLiteral("4 hours"), 246, 334, 30);
        page.lines << tw::test::boxLine(QStringLiteral("-----------------------------------------"), 39, 342, rule);
        page.lines << tw::test::boxLine(QStringLiteral("low"), 39, 350, 20);
        page.lines << tw::test::boxLine(QStringLiteral("during working hours"), 134, 350, 86);
        page.lines << tw::test::boxLine(QStringLiteral("next working day"), 246, 350, 70);
        page.lines << tw::test::boxLine(QStringLiteral("-----------------------------------------"), 39, 358, rule);
        document.pages << page;
        const auto result = analyze(document);
        QVERIFY(hasTerm(result, QStringLiteral("response_time"), QString(), QStringLiteral("P1"),
                        QStringLiteral("minutes"), 240));
        for (const SlaTerm &term : result.terms)
            QVERIFY2(!term.evidence.quote.contains(QStringLiteral("---")), qPrintable(term.evidence.quote));
    }

    void serviceCatalogueWikiPageWithAFaq()
    {
        // A wiki page exported to Markdown: a price table whose header notes the VAT, and a FAQ whose
        // questions are bold lines; a question names a plan for its own answer only, and asks, not commits.
        const auto result = analyze(plainText(
            {
                QStringLiteral("## 5. 价格"),
                QStringLiteral(""),
                QStringLiteral("| 服务包 | 单价（元/台/年，含6%增值税） |"),
                QStringLiteral("|---|---|"),
                QStringLiteral("| 铂金服务包 | 9,600 |"),
                QStringLiteral("| 标准服务包 | 2,800 |"),
                QStringLiteral(""),
                QStringLiteral("## 6. 常见问题"),
                QStringLiteral(""),
                QStringLiteral("**Q4：标准服务包会用翻新件吗？**"),
                QStringLiteral(""),
                QStringLiteral("A：标准服务包使用经我司检测合格的认证翻新件。"),
                QStringLiteral(""),
                QStringLiteral("**Q7：服务热线能保证打得通吗？**"),
                QStringLiteral(""),
                QStringLiteral("A：服务热线全年可用率不低于99.9%。"),
                QStringLiteral(""),
                QStringLiteral("**Q9：设备停产以后还能保吗？**"),
                QStringLiteral(""),
                QStringLiteral("A：对原厂已停止服务的机型，我司继续提供不少于5年的备件支持。"),
            },
            QStringLiteral("catalogue.md")));
        QMap<int, QString> tierByAmount;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price")))
            tierByAmount.insert(term.values.value(QStringLiteral("amount")).toInt(), term.tier);
        QCOMPARE(tierByAmount.value(9600), QStringLiteral("铂金服务包"));
        QCOMPARE(tierByAmount.value(2800), QStringLiteral("标准服务包"));
        const QList<SlaTerm> uptime = termsOf(result, QStringLiteral("uptime_guarantee"));
        QCOMPARE(uptime.size(), 1);
        QVERIFY2(uptime.first().tier.isEmpty(), qPrintable(uptime.first().tier));
        const QList<SlaTerm> eol = termsOf(result, QStringLiteral("eol_parts_years"));
        QCOMPARE(eol.size(), 1);
        QCOMPARE(eol.first().values.value(QStringLiteral("value")).toInt(), 5);
        // Only the answer's refurbished parts are a finding, not the question.
        QCOMPARE(findingsOf(result, QStringLiteral("parts_quality")).size(), 1);
    }

    void approvalFormExport()
    {
        // An OA approval exported as text: the vendor's reply pasted into a field, then the approvers'
        // opinions, which are the buyer's words.
        const auto result = analyze(plainText(
            {
                QStringLiteral("钉钉审批单（导出）"),
                QStringLiteral("申请事由：拟将核心生产区及一般业务区共96台服务器的硬件维保交由第三方维保服务商承担。"),
                QStringLiteral(""),
                QStringLiteral("供应商服务承诺"),
                QStringLiteral("一、服务时间"),
                QStringLiteral("核心生产区：7×24小时服务，节假日无休。"),
                QStringLiteral("一般业务区：5×9小时，周一至周五9:00—18:00。"),
                QStringLiteral("二、故障响应"),
                QStringLiteral("（一）核心生产区按故障对业务的影响分为三级："),
                QStringLiteral("1. 一级故障（生产业务中断）：十五分钟内电话响应；"),
                QStringLiteral("3. 三级故障（单个冗余部件告警、咨询类问题）：2小时内响应。"),
                QStringLiteral("（二）一般业务区：2个工作小时内响应，下一个工作日到场。"),
                QStringLiteral(""),
                QStringLiteral("[2] 部门负责人审批"),
                QStringLiteral("    审批意见：同意。该供应商响应及时，现场工程师经验丰富。"),
                QStringLiteral(""),
                QStringLiteral("[4] 法务审批"),
                QStringLiteral("    审批意见：退回补充：建议增加违约条款，到场每超时1小时扣减当月服务费的2%。"),
            },
            QStringLiteral("approval.txt")));
        QMap<QString, QString> responseTier;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("response_time")))
            responseTier.insert(
                term.priority + QLatin1Char('=') + term.values.value(QStringLiteral("minutes")).toString(), term.tier);
        QCOMPARE(responseTier.value(QStringLiteral("P1=15")), QStringLiteral("核心生产区"));
        QCOMPARE(responseTier.value(QStringLiteral("P3=120")), QStringLiteral("核心生产区"));
        QVERIFY(termsOf(result, QStringLiteral("penalty")).isEmpty());            // legal's proposal, not the vendor's
        QVERIFY(findingsOf(result, QStringLiteral("marketing_claim")).isEmpty()); // an approver's praise
        QVERIFY(findingsOf(result, QStringLiteral("subcontracting")).isEmpty());  // the buyer's reason
    }

    void renewalQuoteWithACodeLegend()
    {
        // A reseller's renewal e-mail: a pipe table of serials whose coverage is a vendor code, the codes
        // spelled out in a legend under it.
        const auto result = analyze(plainText({
            QStringLiteral("| Serial  | Model               | Coverage | Price     |"),
            QStringLiteral("|---------|---------------------|----------|-----------|"),
            QStringLiteral("| 7KX2QF3 | Dell PowerEdge R750 | CP4      | $1,460.00 |"),
            QStringLiteral("| 3PZ9WM2 | Dell PowerEdge R640 | BD1      | $585.00   |"),
            QStringLiteral(""),
            QStringLiteral("Coverage codes:"),
            QStringLiteral("  CP4 = PMG CriticalPlus 4-Hour Onsite. 24x7x365, holidays included."),
            QStringLiteral("        Call-back from a PMG technician within thirty (30) minutes."),
            QStringLiteral("  BD1 = PMG Business Day Onsite. Phone support during normal business"),
            QStringLiteral("        hours, Monday-Friday. Next business day onsite."),
            QStringLiteral(""),
            QStringLiteral("Services are provided by PMG and its authorized subcontractors. Response and onsite times"),
            QStringLiteral("are as defined in PMG's Service Level Guide."),
        }));
        QMap<int, QString> tierByAmount;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("price")))
            tierByAmount.insert(term.values.value(QStringLiteral("amount")).toInt(), term.tier);
        QCOMPARE(tierByAmount.value(1460), QStringLiteral("CP4"));
        QCOMPARE(tierByAmount.value(585), QStringLiteral("BD1"));
        const QList<SlaTerm> coverage = termsOf(result, QStringLiteral("coverage"));
        QVERIFY(!coverage.isEmpty());
        QCOMPARE(coverage.first().tier, QStringLiteral("CP4")); // the legend entry speaks for its code
        QCOMPARE(findingsOf(result, QStringLiteral("subcontracting")).size(), 1);
        QCOMPARE(findingsOf(result, QStringLiteral("missing_sla")).size(), 1);
    }

    void statementOfWorkInNestedMarkdownLists()
    {
        // A bullet that is a tier's name leads the sub-items under it; the terms defined under "Definitions"
        // ("**Business Day**: …", "**Extended Hours**: …") name no tiers even where the tiers' items use them.
        const auto result = analyze(plainText(
            {QStringLiteral("| Tier | Servers |"),
             QStringLiteral("|---|---:|"),
             QStringLiteral("| Tier 1 – Core Banking | 14 |"),
             QStringLiteral("| Tier 2 – Business Applications | 22 |"),
             QString(),
             QStringLiteral("## 3. Definitions"),
             QString(),
             QStringLiteral("- **Business Day**: Monday through Friday, excluding Holidays."),
             QStringLiteral("- **Extended Hours**: 6:00 a.m. to 10:00 p.m. Eastern Time, Monday through Saturday."),
             QString(),
             QStringLiteral("## 5. Service Levels"),
             QString(),
             QStringLiteral("- **Tier 1 – Core Banking**"),
             QStringLiteral("  - Coverage: 24x7x365, including Holidays"),
             QStringLiteral("  - Response:"),
             QStringLiteral("    - P1: 15 minutes"),
             QStringLiteral("- **Tier 2 – Business Applications**"),
             QStringLiteral("  - Coverage: Extended Hours"),
             QStringLiteral("  - Response:"),
             QStringLiteral("    - P1: 30 minutes"),
             QStringLiteral("    - P4: Next Business Day")},
            QStringLiteral("sow.md")));
        QCOMPARE(result.tiers, (QStringList{QStringLiteral("Tier 1"), QStringLiteral("Tier 2")}));
        const QMap<QString, int> response = tw::test::minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("Tier 1 P1")), 15);
        QCOMPARE(response.value(QStringLiteral("Tier 2 P1")), 30);
    }

    void tableAlignedWithIdeographicSpaces()
    {
        // A mail client's paste: some rows separated by tabs, others by runs of full-width spaces.
        const auto result = analyze(
            plainText({QStringLiteral("等级\u3000\u3000\u3000适用设备\u3000\u3000\u3000\u3000服务时间\u3000\u3000响应时"
                                      "间\u3000\u3000到场时间"),
                       QStringLiteral("A类\t戴尔R740（12台）\t7×24×365\t15分钟\t4小时"),
                       QStringLiteral(
                           "C类\tHPE DL380 "
                           "Gen9（8台）\u3000\u30005×9\u3000\u3000\u3000\u30002小时\u3000\u3000\u3000\u30002个工作日")},
                      QStringLiteral("quote.txt")));
        const QMap<QString, int> response = tw::test::minutesByTierAndPriority(result, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("A类 ")), 15);
        QCOMPARE(response.value(QStringLiteral("C类 ")), 120);
        QStringList onsite;
        for (const SlaTerm &term : termsOf(result, QStringLiteral("onsite_time")))
            onsite << term.tier;
        onsite.sort();
        QCOMPARE(onsite, (QStringList{QStringLiteral("A类"), QStringLiteral("C类")}));
    }

    void chineseColumnsLineUpAsShown()
    {
        // A table typed in a mail client lines up as shown, each Chinese character two columns wide: "15分钟" sits
        // under "响应时间" though the row's label has more characters than the header's.
        const QStringList lines = {
            QStringLiteral("级别   故障说明                    响应时间   到场时间   恢复时间"),
            QStringLiteral("一级   整机宕机、核心业务中断      15分钟     2小时      8小时"),
            QStringLiteral("二级   冗余部件故障，业务未中断    30分钟     4小时      24小时"),
        };
        const FixedWidthTables tables = fixedWidthTables(lines);
        QCOMPARE(tables.rows.value(1),
                 (QStringList{QStringLiteral("一级"), QStringLiteral("整机宕机、核心业务中断"),
                              QStringLiteral("15分钟"), QStringLiteral("2小时"), QStringLiteral("8小时")}));
        const AnalysisResult result = analyze(plainText(lines, QStringLiteral("reply.txt")));
        const QMap<QString, int> resolution =
            tw::test::minutesByTierAndPriority(result, QStringLiteral("resolution_time"));
        QCOMPARE(resolution.value(QStringLiteral(" P1")), 480);
        QCOMPARE(resolution.value(QStringLiteral(" P2")), 1440);
    }

    void severityGroupsInASpacedGridUnderATwoLineHeader()
    {
        // A contract exhibit's grid: the plans' header goes on in a second line ("(CLIN 0001)"), and a
        // severity alone in the label column heads the measures below it.
        const QStringList lines = {
            QStringLiteral("                    Mission Critical    Enhanced"),
            QStringLiteral("                    (CLIN 0001)         (CLIN 0002)"),
            QStringLiteral("  Severity 1"),
            QStringLiteral("    Response        30 minutes          1 hour"),
            QStringLiteral("    On-site         4 hours             8 hours"),
            QStringLiteral("  Severity 2"),
            QStringLiteral("    Response        2 hours             4 hours"),
            QStringLiteral("  Severity 3"),
            QString(),
            QStringLiteral("Restoration within twelve (12) hours under CLIN 0001."),
        };
        const FixedWidthTables tables = fixedWidthTables(lines);
        QCOMPARE(tables.rows.value(0), (QStringList{QString(), QStringLiteral("Mission Critical (CLIN 0001)"),
                                                    QStringLiteral("Enhanced (CLIN 0002)")}));
        QVERIFY(tables.rules.contains(1)); // went on with the header
        QCOMPARE(tables.rows.value(2), (QStringList{QStringLiteral("Severity 1"), QString(), QString()}));
        QVERIFY(!tables.rows.contains(7)); // a label at the end heads nothing
        const AnalysisResult result = analyze(plainText(lines, QStringLiteral("exhibit-c.txt")));
        QVERIFY(hasTerm(result, QStringLiteral("response_time"), QStringLiteral("Mission Critical"),
                        QStringLiteral("P1"), QStringLiteral("minutes"), 30));
        QVERIFY(hasTerm(result, QStringLiteral("onsite_time"), QStringLiteral("Enhanced"), QStringLiteral("P1"),
                        QStringLiteral("minutes"), 480));
        QVERIFY(hasTerm(result, QStringLiteral("response_time"), QStringLiteral("Enhanced"), QStringLiteral("P2"),
                        QStringLiteral("minutes"), 240));
        // The line item's number names its plan.
        QVERIFY(hasTerm(result, QStringLiteral("resolution_time"), QStringLiteral("Mission Critical"), QString(),
                        QStringLiteral("minutes"), 720));
    }

    void plansNamedOverTheirColumnsAboveTheHeader()
    {
        // A quotation e-mail: each plan's name stands over the first of its columns, a line above the
        // measures' header.
        const QStringList lines = {
            QStringLiteral("Priority        BASIC                     PLUS"),
            QStringLiteral("                Response      On-site     Response     On-site     Restore"),
            QStringLiteral("--------------  ------------  ----------  -----------  ----------  --------"),
            QStringLiteral("P1 Critical     2 bus. hours  Next day    30 minutes   4 hours     8 hours"),
            QStringLiteral("P2 High         4 bus. hours  Next day    1 hour       8 hours     24 hours"),
        };
        const FixedWidthTables tables = fixedWidthTables(lines);
        QCOMPARE(tables.rows.value(1), (QStringList{QStringLiteral("Priority"), QStringLiteral("BASIC Response"),
                                                    QStringLiteral("BASIC On-site"), QStringLiteral("PLUS Response"),
                                                    QStringLiteral("PLUS On-site"), QStringLiteral("PLUS Restore")}));
        QVERIFY(tables.rules.contains(0)); // went into the header
        const AnalysisResult result = analyze(plainText(lines, QStringLiteral("quotation.txt")));
        QVERIFY(hasTerm(result, QStringLiteral("response_time"), QStringLiteral("BASIC"), QStringLiteral("P1"),
                        QStringLiteral("minutes"), 120));
        QVERIFY(hasTerm(result, QStringLiteral("onsite_time"), QStringLiteral("PLUS"), QStringLiteral("P2"),
                        QStringLiteral("minutes"), 480));
        QVERIFY(hasTerm(result, QStringLiteral("resolution_time"), QStringLiteral("PLUS"), QStringLiteral("P1"),
                        QStringLiteral("minutes"), 480));
    }

    void wordsOffTheColumnsAboveAHeaderNameNoGroups()
    {
        const FixedWidthTables tables = fixedWidthTables({
            QStringLiteral("Prices below  are per year."),
            QStringLiteral("Server            Plan      Fee"),
            QStringLiteral("----------------  --------  ------"),
            QStringLiteral("Dell R650         Plus      2,250"),
        });
        QCOMPARE(tables.rows.value(1),
                 (QStringList{QStringLiteral("Server"), QStringLiteral("Plan"), QStringLiteral("Fee")}));
        QVERIFY(!tables.rules.contains(0));
    }
};

QTEST_GUILESS_MAIN(TestPlainTextLayout)
#include "TestPlainTextLayout.moc"
