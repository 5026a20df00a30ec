#include "BilingualTable.h"

#include "RowCells.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace tw::analysis {

namespace {

bool namesLanguage(const QString &cell)
{
    static const QRegularExpression language(
        QStringLiteral(
            R"(^\W*(?:中文|英文|简体中文|繁体中文|中文版|英文版|中文(?:条款|文本|内容)|英文(?:条款|文本|内容)|)"
            R"((?:chinese|english)(?: (?:version|text|clause|original|translation))?)\W*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return language.match(cell).hasMatch();
}

QString cellText(const TextSegment &segment, int cell)
{
    const auto [start, end] = segment.cells.at(cell);
    return segment.text.mid(start, end - start);
}

/** The cell as a paragraph of its own, with the spans that map its text back to the page. */
TextSegment paragraphOfCell(const TextSegment &row, int cell)
{
    const RowCell own = cellsOfRow(row).at(cell);
    TextSegment paragraph;
    paragraph.text = own.text;
    paragraph.spans = own.spans;
    paragraph.page = own.spans.isEmpty() ? row.page : own.spans.first().page;
    paragraph.othersWords = row.othersWords;
    return paragraph;
}

} // namespace

QList<TextSegment> readBilingualTables(const QList<TextSegment> &segments)
{
    QSet<int> bilingual; // tables headed by languages only
    for (const TextSegment &segment : segments) {
        if (segment.kind != TextSegment::Kind::TableRow || segment.row != 0 || segment.cells.size() < 2 ||
            segment.cells.size() > 3)
            continue;
        bool languages = true;
        for (int c = 0; c < segment.cells.size() && languages; ++c)
            languages = namesLanguage(cellText(segment, c));
        if (languages)
            bilingual.insert(segment.table);
    }
    if (bilingual.isEmpty())
        return segments;
    QList<TextSegment> out;
    QHash<int, int> renumbered; // old index -> new index of its first segment, for the references kept
    for (int s = 0; s < segments.size(); ++s) {
        const TextSegment &segment = segments.at(s);
        if (segment.kind != TextSegment::Kind::TableRow || !bilingual.contains(segment.table)) {
            renumbered.insert(s, int(out.size()));
            out << segment;
            continue;
        }
        if (segment.row == 0)
            continue;
        for (int c = 0; c < segment.cells.size(); ++c) {
            if (!cellText(segment, c).trimmed().isEmpty())
                out << paragraphOfCell(segment, c);
        }
    }
    renumberReferences(out, renumbered);
    return out;
}

} // namespace tw::analysis
