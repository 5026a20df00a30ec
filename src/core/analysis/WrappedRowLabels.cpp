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
    const auto firstCell = [](const TextSegment &row) {
        return row.text.mid(row.cells.first().first, row.cells.first().second - row.cells.first().first);
    };
    QList<TextSegment> out = segments; // (shared until a label is joined)
    for (int s = 0; s + 1 < segments.size(); ++s) {
        const TextSegment &upper = segments.at(s);
        const TextSegment &lower = segments.at(s + 1);
        if (!isBodyRow(upper) || !isBodyRow(lower) || lower.table != upper.table ||
            !runsOn.match(firstCell(upper)).hasMatch())
            continue;
        const QString rest = firstCell(lower).trimmed();
        if (rest.isEmpty() || rest.size() > 30)
            continue;
        QList<RowCell> upperCells = cellsOfRow(out.at(s));
        QList<RowCell> lowerCells = cellsOfRow(lower);
        appendToCell(upperCells.first(), lowerCells.first(), QStringLiteral(" "));
        // (The lower row keeps an empty first cell, as a label merged down the rows leaves it.)
        lowerCells.first().text.clear();
        lowerCells.first().spans.clear();
        setCellsOfRow(out[s], upperCells);
        setCellsOfRow(out[s + 1], lowerCells);
    }
    return out;
}

} // namespace tw::analysis
