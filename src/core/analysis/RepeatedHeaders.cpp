#include "RepeatedHeaders.h"

#include "RowCells.h"

#include <QSet>

namespace tw::analysis {

namespace {

QStringList cellTexts(const TextSegment &segment)
{
    QStringList cells;
    for (const auto &[start, end] : segment.cells)
        cells << segment.text.mid(start, end - start).simplified();
    return cells;
}

bool repeatsItsHeader(const QList<TextSegment> &segments, int s)
{
    const TextSegment &segment = segments.at(s);
    const int header = segment.headerSegment;
    // (Two cells at least: a lone repeated cell may be a value, "Included".)
    if (segment.kind != TextSegment::Kind::TableRow || segment.row <= 0 || header < 0 || header >= s ||
        segment.cells.size() < 2)
        return false;
    const TextSegment &head = segments.at(header);
    return head.cells.size() == segment.cells.size() && cellTexts(head) == cellTexts(segment);
}

} // namespace

QList<TextSegment> dropRepeatedHeaders(const QList<TextSegment> &segments)
{
    QSet<int> repeats;
    for (int s = 0; s < segments.size(); ++s) {
        if (repeatsItsHeader(segments, s))
            repeats << s;
    }
    if (repeats.isEmpty())
        return segments;
    QList<TextSegment> out;
    QHash<int, int> renumbered; // old index -> new index, for the references kept
    for (int s = 0; s < segments.size(); ++s) {
        if (repeats.contains(s))
            continue;
        renumbered.insert(s, int(out.size()));
        out << segments.at(s);
    }
    renumberReferences(out, renumbered);
    return out;
}

} // namespace tw::analysis
