#include "EmailThread.h"

#include <QHash>
#include <QRegularExpression>

namespace tw::analysis {

namespace {

// The writer of a line quoted with no attribution above it: someone other than the sender, never the vendor.
const QString &unknownQuoter()
{
    static const QString writer = QStringLiteral(">");
    return writer;
}

// Who sent a message: the domain of its address, or else its name ("From: Dana Whitfield
// <dwhitfield@keystoneridge-tech.com>" -> "keystoneridge-tech.com").
QString senderOf(const QString &header)
{
    static const QRegularExpression address(QStringLiteral(R"([\w.+-]+@([\w-]+(?:\.[\w-]+)+))"));
    const auto m = address.match(header);
    return (m.hasMatch() ? m.captured(1) : header).trimmed().toLower();
}

} // namespace

QList<EmailLine> readEmailThread(const QStringList &lines, bool markdown)
{
    static const QRegularExpression quoteMarks(QStringLiteral(R"(^\s*((?:>[ \t]?)+))"));
    static const QRegularExpression fromHeader(QStringLiteral(R"(^\s*(?:From|发件人|寄件者)\s*[:：]\s*(\S.*)$)"),
                                               QRegularExpression::CaseInsensitiveOption);
    QList<EmailLine> result;
    result.reserve(lines.size());
    QStringList authors;   // per line: the sender of its message, or empty before any header
    QString firstSender;   // the first sender, when the thread opens with a header
    QString author;        // sender of the message being read
    bool bodySeen = false; // text before any header: the top message has no header of its own
    QHash<QString, int> offers;
    // "On Mon, 3 Mar 2025 at 09:12, Sarah Okafor <s.okafor@…> wrote:": the lines quoted under it are hers.
    static const QRegularExpression attribution(
        QStringLiteral(R"(^\s*(?:On\b.{0,160}\bwrote|.{0,120}\b(?:wrote|writes)|在.{0,120}写道)\s*[:：]\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    QString quotedAuthor;
    int attributionDepth = 0;
    // The other fields of a message's header ("主题：回复：…" above "发件人："): no body text yet.
    static const QRegularExpression headerField(
        QStringLiteral(R"(^\s*(?:Subject|Sent|Date|To|Cc|主题|主旨|日期|发送时间|时间|收件人|抄送)\s*[:：])"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : lines) {
        EmailLine out;
        const auto marks = quoteMarks.match(line);
        if (marks.hasMatch()) {
            out.depth = int(marks.captured(1).count(QLatin1Char('>')));
            out.text = line.mid(marks.capturedEnd(1));
        } else {
            out.text = line;
        }
        if (!markdown) {
            const auto from = fromHeader.match(out.text);
            if (from.hasMatch()) {
                author = senderOf(from.captured(1));
                quotedAuthor.clear();
                attributionDepth = out.depth; // a quoted message's own header: its lines are its sender's
                if (firstSender.isEmpty() && !bodySeen)
                    firstSender = author;
            } else if (!author.isEmpty() && attribution.match(out.text).hasMatch()) {
                quotedAuthor = senderOf(out.text);
                attributionDepth = out.depth;
            } else if (!out.text.trimmed().isEmpty() && author.isEmpty() && !headerField.match(out.text).hasMatch()) {
                bodySeen = true;
            }
            // (A line quoted with no attribution above it, a reply answering the buyer's questions inline under
            // each "> 3、响应和到场时间分别是多少？", is not the sender's own: its writer is unknown.)
            const QString &quotedWriter = quotedAuthor.isEmpty() ? unknownQuoter() : quotedAuthor;
            const QString &writer = out.depth > attributionDepth ? quotedWriter : author;
            if (!writer.isEmpty() && writer != unknownQuoter() && statesAnOffer(out.text))
                ++offers[writer];
            authors << writer;
        } else {
            authors << author;
        }
        out.message = out.depth; // a quote level is a message of its own
        result << out;
    }
    if (markdown)
        return result;
    // The vendor: the sender whose messages state the service levels and prices; the first sender when
    // none does more (a colleague forwarding the vendor's reply is not the vendor).
    QString vendor = firstSender;
    for (auto it = offers.cbegin(); it != offers.cend() && !firstSender.isEmpty(); ++it) {
        if (it.value() > offers.value(vendor) + 1)
            vendor = it.key();
    }
    for (int i = 0; i < result.size(); ++i)
        result[i].othersWords = !vendor.isEmpty() ? authors.at(i) != vendor : result.at(i).depth > 0;
    return result;
}

QList<EmailLine> readPrintedEmailThread(const QStringList &lines)
{
    static const QRegularExpression fromLabel(QStringLiteral(R"(^\s*(?:From|发件人|寄件者)\s*[:：]\s*$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fromHeader(QStringLiteral(R"(^\s*(?:From|发件人|寄件者)\s*[:：]\s*\S)"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList texts;
    texts.reserve(lines.size());
    int headers = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString text = lines.at(i);
        if (i + 1 < lines.size() && fromLabel.match(text).hasMatch())
            text += QLatin1Char(' ') + lines.at(i + 1);
        headers += fromHeader.match(text).hasMatch() ? 1 : 0;
        texts << text;
    }
    if (headers < 2)
        return {};
    // Above the first header stands only the printout's title (the mailbox owner's name): the first sender is the
    // top message's.
    for (qsizetype i = 0; i < texts.size() && !fromHeader.match(texts.at(i)).hasMatch(); ++i)
        texts[i].clear();
    QList<EmailLine> read = readEmailThread(texts, false);
    for (qsizetype i = 0; i < read.size(); ++i)
        read[i].text = lines.at(i); // the header's label keeps its own line
    return read;
}

bool statesAnOffer(const QString &text)
{
    // What a vendor says and a buyer mostly asks about: times, prices, parts.
    static const QRegularExpression offer(
        QStringLiteral(
            R"(\d\s*(?:小时|分钟|元|万|个?工作日)|[x×*]\s*\d|备件|全新|翻新|到场|响应|修复|巡检|\bhours?\b|\bminutes?\b|\$\s*\d|\bparts\b|on-?site)"),
        QRegularExpression::CaseInsensitiveOption);
    return offer.match(text).hasMatch();
}

QList<EmailLine> markBuyersFields(const QStringList &lines,
                                  const std::function<bool(const QString &)> &opensBuyersField,
                                  const std::function<bool(const QString &)> &endsField)
{
    QList<EmailLine> out;
    bool inBuyersField = false;
    int message = 0;
    for (const QString &line : lines) {
        EmailLine read;
        read.text = line;
        if (opensBuyersField(line)) {
            inBuyersField = true;
            ++message;
        } else if (endsField(line)) {
            if (inBuyersField)
                ++message;
            inBuyersField = false;
        }
        read.othersWords = inBuyersField;
        read.message = message;
        out << read;
    }
    return out;
}

} // namespace tw::analysis
