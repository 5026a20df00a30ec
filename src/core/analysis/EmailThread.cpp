#include "EmailThread.h"

#include <QRegularExpression>

namespace tw::analysis {

namespace {

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
    static const QRegularExpression fromHeader(QStringLiteral(R"(^\s*(?:From|发件人)\s*[:：]\s*(\S.*)$)"),
                                               QRegularExpression::CaseInsensitiveOption);
    QList<EmailLine> result;
    result.reserve(lines.size());
    QString vendor;        // the first sender, when the thread opens with a header
    QString author;        // sender of the message being read
    bool bodySeen = false; // text before any header: the top message has no header of its own
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
                if (vendor.isEmpty() && !bodySeen)
                    vendor = author;
            } else if (!out.text.trimmed().isEmpty() && author.isEmpty()) {
                bodySeen = true;
            }
            out.othersWords = !vendor.isEmpty() ? author != vendor : out.depth > 0;
        }
        out.message = out.depth; // a quote level is a message of its own
        result << out;
    }
    return result;
}

} // namespace tw::analysis
