#include "RowCells.h"

namespace tw::analysis {

QList<RowCell> cellsOfRow(const TextSegment &row)
{
    QList<RowCell> cells;
    for (int i = 0; i < row.cells.size(); ++i) {
        const auto [start, end] = row.cells.at(i);
        RowCell cell{row.text.mid(start, end - start), {}, row.columns.value(i, i)};
        for (const TextSpan &span : row.spans) {
            if (span.end <= start || span.start >= end)
                continue;
            TextSpan piece = span;
            piece.start = std::max(span.start, start) - start;
            piece.end = std::min(span.end, end) - start;
            cell.spans << piece;
        }
        cells << cell;
    }
    return cells;
}

void setCellsOfRow(TextSegment &row, const QList<RowCell> &cells)
{
    row.text.clear();
    row.spans.clear();
    row.cells.clear();
    row.columns.clear();
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            row.text.append(QLatin1Char('\t'));
        const int start = int(row.text.size());
        row.text.append(cells.at(i).text);
        for (TextSpan span : cells.at(i).spans) {
            span.start += start;
            span.end += start;
            row.spans << span;
        }
        row.cells << qMakePair(start, int(row.text.size()));
        row.columns << cells.at(i).column;
    }
}

void appendToCell(RowCell &cell, const RowCell &more, const QString &separator)
{
    const int offset = int(cell.text.size() + separator.size());
    cell.text += separator + more.text;
    for (TextSpan span : more.spans) {
        span.start += offset;
        span.end += offset;
        cell.spans << span;
    }
}

void renumberReferences(QList<TextSegment> &segments, const QHash<int, int> &newIndexOf)
{
    for (TextSegment &segment : segments) {
        segment.headerSegment = segment.headerSegment >= 0 ? newIndexOf.value(segment.headerSegment, -1) : -1;
        segment.enclosingRow = segment.enclosingRow >= 0 ? newIndexOf.value(segment.enclosingRow, -1) : -1;
    }
}

} // namespace tw::analysis
