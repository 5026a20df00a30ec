#include "ChatLog.h"

#include <QHash>
#include <QRegularExpression>

namespace tw::analysis {

namespace {

// The party a speaker speaks for: the organisation in brackets ("李工（恒拓信息）"), else the name.
QString partyOf(const QString &speaker)
{
    static const QRegularExpression organisation(QStringLiteral(R"([（(]([^）)]{2,30})[）)])"));
    const auto m = organisation.match(speaker);
    return (m.hasMatch() ? m.captured(1) : speaker).trimmed();
}

} // namespace

QList<EmailLine> readChatLog(const QStringList &lines)
{
    static const QRegularExpression message(QStringLiteral(
        R"(^\s*\[?\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*\]?\s*([^：:\[\]\s][^：:\[\]]{0,40}?)\s*[：:]\s*(.*)$)"));
    QList<EmailLine> out;
    QList<QString> parties; // per line: the party of the message it belongs to, or empty
    QHash<QString, int> offers;
    QHash<QString, int> questions;
    QString current;
    int messageIndex = 0; // messages read so far; the current one's number
    for (const QString &line : lines) {
        EmailLine read;
        const auto m = message.match(line);
        if (m.hasMatch()) {
            current = partyOf(m.captured(1));
            read.text = m.captured(2);
            read.depth = 0;
            ++messageIndex;
            const QString body = m.captured(2);
            offers[current] += statesAnOffer(body) ? 1 : 0;
            questions[current] += body.contains(QChar(0xFF1F)) || body.contains(QLatin1Char('?')) ? 1 : 0;
        } else {
            read.text = line;
            if (line.trimmed().isEmpty() || !line.startsWith(QLatin1Char(' ')))
                current.clear(); // a system line or date banner ends the message
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
