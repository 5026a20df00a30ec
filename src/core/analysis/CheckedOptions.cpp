#include "CheckedOptions.h"

#include <algorithm>

namespace tw::analysis {

namespace {

bool isTicked(QChar c) { return c == QChar(0x2611) || c == QChar(0x2612); }   // ☑ ☒
bool isEmptyBox(QChar c) { return c == QChar(0x2610) || c == QChar(0x25A1); } // ☐ □

void blank(QString &text, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (text.at(i) != QLatin1Char('\t') && text.at(i) != QLatin1Char('\n'))
            text[i] = QLatin1Char(' ');
    }
}

// A cell holding nothing but an empty box.
bool hasEmptyBoxCell(const PreparedSegment &segment)
{
    for (const auto &cell : segment.cells) {
        const QString content = segment.norm.text.mid(cell.first, cell.second - cell.first).trimmed();
        if (content.size() == 1 && isEmptyBox(content.at(0)))
            return true;
    }
    return false;
}

} // namespace

void blankUncheckedOptions(QList<PreparedSegment> *segments)
{
    bool ticks = false;
    for (const PreparedSegment &segment : std::as_const(*segments))
        ticks = ticks || std::any_of(segment.norm.text.cbegin(), segment.norm.text.cend(), isTicked);
    if (!ticks)
        return;
    for (PreparedSegment &segment : *segments) {
        QString &text = segment.norm.text;
        if (!std::any_of(text.cbegin(), text.cend(), isEmptyBox))
            continue;
        if (segment.source.kind == TextSegment::Kind::TableRow && hasEmptyBoxCell(segment)) {
            blank(text, 0, int(text.size()));
            continue;
        }
        if (!std::any_of(text.cbegin(), text.cend(), isTicked))
            continue;
        for (int i = 0; i < text.size(); ++i) {
            if (!isEmptyBox(text.at(i)))
                continue;
            int end = i + 1;
            while (end < text.size() && !isTicked(text.at(end)) && !isEmptyBox(text.at(end)) &&
                   text.at(end) != QLatin1Char('\t') && text.at(end) != QLatin1Char('\n') &&
                   text.at(end) != QLatin1Char(';') && text.at(end) != QChar(0xFF1B))
                ++end;
            blank(text, i, end);
            i = end - 1;
        }
    }
}

} // namespace tw::analysis
