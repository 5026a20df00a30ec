#include "WrappedRowLabels.h"

#include "RowCells.h"

#include <QRegularExpression>

namespace tw::analysis {

namespace {

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
        QList<RowCell> upperCells = cellsOfRow(upper);
        QList<RowCell> lowerCells = cellsOfRow(lower);
        const QString rest = lowerCells.first().text.trimmed();
        if (!runsOn.match(upperCells.first().text).hasMatch() || rest.isEmpty() || rest.size() > 30)
            continue;
        appendToCell(upperCells.first(), lowerCells.first(), QStringLiteral(" "));
        // (The lower row keeps an empty first cell, as a label merged down the rows leaves it.)
        lowerCells.first().text.clear();
        lowerCells.first().spans.clear();
        setCellsOfRow(upper, upperCells);
        setCellsOfRow(lower, lowerCells);
    }
    return out;
}

} // namespace tw::analysis
