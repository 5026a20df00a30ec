#include "PlainTextWrap.h"

#include "core/text/CjkText.h"

#include <algorithm>

namespace tw::analysis {

namespace {

constexpr int kMaxWrapWidth = 120;   // a line wider than this was not wrapped at a fixed width
constexpr int kRaggedWrapWidth = 50; // word-wrapped lines end anywhere past this

bool hasCjk(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return isCjkCharacter(c); });
}

} // namespace

int PlainTextWrap::displayWidth(const QString &text)
{
    int width = 0;
    for (QChar c : text)
        width += isCjkCharacter(c) ? 2 : 1;
    return width;
}

namespace {

QStringList linesOf(const Document &document)
{
    QStringList lines;
    if (document.format != DocumentFormat::Text)
        return lines;
    for (const Page &page : document.pages) {
        for (const TextLine &line : page.lines)
            lines << line.text;
    }
    return lines;
}

} // namespace

PlainTextWrap::PlainTextWrap(const Document &document) : PlainTextWrap(linesOf(document)) {}

PlainTextWrap::PlainTextWrap(const QStringList &lines)
{
    QList<int> widths;
    for (const QString &line : lines) {
        const QString text = line.trimmed();
        if (!text.isEmpty())
            widths << displayWidth(text);
    }
    if (widths.isEmpty())
        return;
    // The wrapping width: nearly the widest line, as a stray long line (a URL, a pasted paragraph) does
    // not make a hard-wrapped text unwrapped.
    QList<int> sorted = widths;
    std::sort(sorted.begin(), sorted.end());
    m_width = sorted.at(sorted.size() - 1 - sorted.size() / 50); // one line in fifty may stray
    m_maxWidth = sorted.last();
    m_wrapped = m_width <= kMaxWrapWidth;
    // Chinese wrapping is told by lines ending together at the widest line's width.
    int nearWidth = 0;
    int overHalf = 0;
    for (int width : std::as_const(widths)) {
        nearWidth += width * 10 >= m_maxWidth * 9 ? 1 : 0;
        overHalf += width * 2 >= m_maxWidth ? 1 : 0;
    }
    m_chineseWrap = nearWidth >= 3 && nearWidth * 10 >= overHalf * 3;
}

bool PlainTextWrap::continues(const QString &previous) const
{
    if (!m_wrapped || previous.isEmpty())
        return false;
    const int width = displayWidth(previous);
    if (!hasCjk(previous) && width * 5 > m_width * 6)
        return false; // a line far wider than the wrap was never wrapped
    if (hasCjk(previous))
        return m_chineseWrap && width * 10 >= m_maxWidth * 9;
    return width >= kRaggedWrapWidth;
}

} // namespace tw::analysis
