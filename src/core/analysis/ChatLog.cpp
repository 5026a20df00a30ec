#include "ChatLog.h"

#include <QHash>
#include <QRegularExpression>

namespace tw::analysis {

namespace {

// The party a speaker speaks for: the organisation in brackets ("李工（恒拓信息）") or after a dash
// ("赵磊-博远数据") or an at sign ("陈立新@华岳信息部"), else the name. Two departments of one company ("博远数据",
// "博远技术") are one party: a Chinese organisation is known by its first two characters.
QString partyOf(const QString &speaker)
{
    static const QRegularExpression organisation(
        QStringLiteral(R"([（(]([^）)]{2,30})[）)]|[-－—@]\s*([^-－—@]{2,30})\s*$)"));
    const auto m = organisation.match(speaker);
    const QString party = (m.hasMatch() ? m.captured(1) + m.captured(2) : speaker).trimmed();
    const bool chinese = party.size() >= 2 && party.at(0).unicode() >= 0x4E00 && party.at(1).unicode() >= 0x4E00;
    return m.hasMatch() && chinese ? party.left(2) : party;
}

} // namespace

QList<EmailLine> readChatLog(const QStringList &lines)
{
    static const QRegularExpression message(QStringLiteral(
        R"(^\s*\[?\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*\]?\s*([^：:\[\]\s][^：:\[\]]{0,40}?)\s*[：:]\s*(.*)$)"));
    // A PC export puts the time and speaker on a line of their own, in either order ("2024-11-05 09:02:17
    // 赵磊-博远数据", WeChat's "陈立新@华岳信息部  2024-05-13 09:41:12"), and the message on the lines below it, up to
    // a blank line.
    static const QRegularExpression header(
        QStringLiteral(R"(^\s*(?|\[?\s*%1\s*\]?\s+([^：:\s][^：:]{0,40}?)|([^：:\s\[\]][^：:\[\]]{0,40}?)\s+%1)\s*$)")
            .arg(QStringLiteral(R"(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?)")));
    bool bodyBelow = false; // the current message's text runs on the lines below its header
    QList<EmailLine> out;
    QList<QString> parties; // per line: the party of the message it belongs to, or empty
    QHash<QString, int> offers;
    QHash<QString, int> questions;
    QString current;
    int messageIndex = 0; // messages read so far; the current one's number
    for (const QString &line : lines) {
        EmailLine read;
        const auto m = message.match(line);
        const auto h = m.hasMatch() ? QRegularExpressionMatch() : header.match(line);
        if (m.hasMatch()) {
            current = partyOf(m.captured(1));
            read.text = m.captured(2);
            read.depth = 0;
            ++messageIndex;
            bodyBelow = false;
            const QString body = m.captured(2);
            offers[current] += statesAnOffer(body) ? 1 : 0;
            questions[current] += body.contains(QChar(0xFF1F)) || body.contains(QLatin1Char('?')) ? 1 : 0;
        } else if (h.hasMatch()) {
            current = partyOf(h.captured(1));
            ++messageIndex;
            bodyBelow = true; // the header line itself carries no words of the message
        } else {
            read.text = line;
            if (bodyBelow && !current.isEmpty() && !line.trimmed().isEmpty()) {
                offers[current] += statesAnOffer(line) ? 1 : 0;
                questions[current] += line.contains(QChar(0xFF1F)) || line.contains(QLatin1Char('?')) ? 1 : 0;
            } else if (line.trimmed().isEmpty() || !line.startsWith(QLatin1Char(' '))) {
                current.clear(); // a system line or date banner ends the message
                bodyBelow = false;
            }
        }
        read.message = current.isEmpty() ? 0 : messageIndex;
        parties << current;
        out << read;
    }
    if (messageIndex < 3)
        return {};
    // The vendor: most offers, fewest questions.
    QString vendor;
    int best = -(1 << 20);
    for (auto it = offers.cbegin(); it != offers.cend(); ++it) {
        const int score = 2 * it.value() - questions.value(it.key());
        if (score > best) {
            best = score;
            vendor = it.key();
        }
    }
    for (int i = 0; i < out.size(); ++i)
        out[i].othersWords = !parties.at(i).isEmpty() && parties.at(i) != vendor;
    return out;
}

} // namespace tw::analysis
