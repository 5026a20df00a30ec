#pragma once

#include "TextSegment.h"

#include <QHash>

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

/**
 * After rows were dropped or replaced: points each segment's references (header, enclosing row) at their new
 * indices, @p newIndexOf mapping old to new; a reference to a segment that is gone becomes -1.
 */
void renumberReferences(QList<TextSegment> &segments, const QHash<int, int> &newIndexOf);

/** Appends @p more to @p cell, after @p separator, moving its spans along. */
void appendToCell(RowCell &cell, const RowCell &more, const QString &separator);

} // namespace tw::analysis
