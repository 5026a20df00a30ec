#include "WrappedRowLabels.h"

#include <QRegularExpression>

namespace tw::analysis {

namespace {

struct Cell
{
    QString text;
    QList<TextSpan> spans; ///< relative to the cell's text
    int column = 0;
};

QList<Cell> cellsOf(const TextSegment &row)
{
    QList<Cell> cells;
    for (int i = 0; i < row.cells.size(); ++i) {
        const auto [start, end] = row.cells.at(i);
        Cell cell{row.text.mid(start, end - start), {}, row.columns.value(i, i)};
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

void setCells(TextSegment &row, const QList<Cell> &cells)
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

bool isBodyRow(const TextSegment &segment)
{
    return segment.kind == TextSegment::Kind::TableRow && segment.row > 0 && segment.cells.size() >= 2 &&
           segment.columns.value(0, 0) == 0;
}

} // namespace

QList<TextSegment> joinWrappedRowLabels(const QList<TextSegment> &segments)
{
    static const QRegularExpression runsOn(QStringLiteral(R"((?:\s[-–—]|\s(?:&|and|/))\s*$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QList<TextSegment> out = segments;
    for (int s = 0; s + 1 < out.size(); ++s) {
        TextSegment &upper = out[s];
        TextSegment &lower = out[s + 1];
        if (!isBodyRow(upper) || !isBodyRow(lower) || lower.table != upper.table)
            continue;
        QList<Cell> upperCells = cellsOf(upper);
        QList<Cell> lowerCells = cellsOf(lower);
        const QString rest = lowerCells.first().text.trimmed();
        if (!runsOn.match(upperCells.first().text).hasMatch() || rest.isEmpty() || rest.size() > 30)
            continue;
        Cell &label = upperCells.first();
        const int offset = int(label.text.size()) + 1;
        label.text += QLatin1Char(' ') + lowerCells.first().text;
        for (TextSpan span : lowerCells.first().spans) {
            span.start += offset;
            span.end += offset;
            label.spans << span;
        }
        // (The lower row keeps an empty first cell, as a label merged down the rows leaves it.)
        lowerCells.first().text.clear();
        lowerCells.first().spans.clear();
        setCells(upper, upperCells);
        setCells(lower, lowerCells);
    }
    return out;
}

} // namespace tw::analysis
