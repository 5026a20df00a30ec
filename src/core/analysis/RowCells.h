#pragma once

#include "TextSegment.h"

namespace tw::analysis {

/** One cell of a table row: its text, the spans that map it back to the page (relative to the text) and column. */
struct RowCell
{
    QString text;
    QList<TextSpan> spans;
    int column = 0;
};

/** The cells of a table row, each with its own text and spans. */
QList<RowCell> cellsOfRow(const TextSegment &row);

/** Rebuilds a table row's text, spans, cell ranges and columns from its cells (tab-separated). */
void setCellsOfRow(TextSegment &row, const QList<RowCell> &cells);

/** Appends @p more to @p cell, after @p separator, moving its spans along. */
void appendToCell(RowCell &cell, const RowCell &more, const QString &separator);

} // namespace tw::analysis
