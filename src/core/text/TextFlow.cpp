#include "TextFlow.h"

#include "CjkText.h"

#include <algorithm>

namespace tw {

namespace {

bool endsSentence(QChar c)
{
    static const QString marks = QStringLiteral(".:;!?。：；！？");
    return marks.contains(c);
}

// The width of a line's first word: from its word boxes where the reader gave them, else its share of
// the line's width.
double firstWordWidth(const TextLine &line)
{
    if (!line.words.isEmpty() && !line.words.first().box.isNull())
        return line.words.first().box.width;
    const QString text = line.text.trimmed();
    if (text.isEmpty())
        return 0;
    qsizetype length = 0;
    while (length < text.size() && !text.at(length).isSpace())
        ++length;
    return line.box.width * double(length) / double(text.size());
}

} // namespace

QString joinWrapped(const QString &left, const QString &right)
{
    const QString a = left.trimmed();
    const QString b = right.trimmed();
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    const QChar last = a.back();
    const QChar first = b.front();
    // Chinese is written without spaces, also next to digits and Latin words ("15分钟", "SLA报告").
    if (isCjkCharacter(last) || isCjkCharacter(first))
        return a + b;
    // "main-" + "tenance" is one word; "Follow-" + "Up" or "24-" + "hour" keep their hyphen.
    if (last == QLatin1Char('-') && a.size() >= 2 && a.at(a.size() - 2).isLetter() && first.isLower())
        return a.chopped(1) + b;
    if (last == QLatin1Char('-') && a.size() >= 2 && a.at(a.size() - 2).isLetterOrNumber())
        return a + b;
    return a + QLatin1Char(' ') + b;
}

bool continuesParagraph(const TextLine &previous, const TextLine &line, double rightEdge)
{
    if (previous.box.isNull() || line.box.isNull())
        return false;
    const double height = std::max(1.0, previous.box.height);
    const double gap = line.box.y - previous.box.bottom();
    const bool closeBelow = gap > -0.5 * height && gap < 0.8 * height;
    // A line that stops well short of the edge is full all the same when the next line's first word would
    // not have fitted after it ("… will use commercially" / "reasonable efforts …"), unless it ends a sentence.
    const double room = rightEdge - previous.box.right();
    const bool wrappedEarly = !previous.text.isEmpty() && !endsSentence(previous.text.back()) &&
                              room < 0.4 * (rightEdge - previous.box.x) && firstWordWidth(line) > room;
    const bool previousFull = previous.box.right() > rightEdge - 0.15 * (rightEdge - previous.box.x) || wrappedEarly;
    const bool previousEndsHeading =
        !previous.text.isEmpty() && endsSentence(previous.text.back()) && previous.text.size() < 40;
    // A finished sentence followed by more space than a line's leading ends its paragraph.
    const bool previousEndsSpaced =
        !previous.text.isEmpty() && endsSentence(previous.text.back()) && gap > 0.4 * height;
    return closeBelow && previousFull && !previousEndsHeading && !previousEndsSpaced;
}

QList<Paragraph> paragraphsOf(const Page &page)
{
    QList<Paragraph> paragraphs;
    double rightEdge = 0;
    for (const TextLine &line : page.lines)
        rightEdge = std::max(rightEdge, line.box.right());
    const TextLine *previous = nullptr;
    for (int index = 0; index < page.lines.size(); ++index) {
        const TextLine &line = page.lines.at(index);
        if (previous && continuesParagraph(*previous, line, rightEdge)) {
            Paragraph &paragraph = paragraphs.last();
            paragraph.text = joinWrapped(paragraph.text, line.text);
            ++paragraph.lineCount;
        } else {
            paragraphs.append(Paragraph{line.text.trimmed(), page.number, index, 1});
        }
        previous = &line;
    }
    return paragraphs;
}

QString flowedText(const Page &page)
{
    QStringList texts;
    for (const Paragraph &paragraph : paragraphsOf(page))
        texts << paragraph.text;
    return texts.join(QLatin1Char('\n'));
}

} // namespace tw
