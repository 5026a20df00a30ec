#pragma once

#include "core/model/BoundingBox.h"

#include <QList>
#include <QPair>
#include <QString>

namespace tw::analysis {

/** A piece of a segment's text that came from one source line: its range, page and box. */
struct TextSpan
{
    int start = 0;
    int end = 0;
    int page = 0;
    BoundingBox box;
};

/**
 * A unit of analysis: a paragraph (wrapped lines rejoined, possibly across a page break) or one
 * table row (cells in column order, separated by tabs), with the spans that map its text back to
 * pages and line boxes.
 */
struct TextSegment
{
    enum class Kind { Paragraph, TableRow };

    Kind kind = Kind::Paragraph;
    QString text;
    QList<TextSpan> spans;
    QList<QPair<int, int>> cells; ///< table rows: [start, end) of each cell in text
    QList<int> columns;           ///< table rows: column of each cell
    int table = -1;               ///< table rows: table number in the document
    int row = -1;                 ///< table rows: 0 for the table's first (header) row
    int page = 0;                 ///< page of the first character
    int headerSegment = -1;       ///< table rows: index of the table's header segment
    int enclosingRow = -1;        ///< rows of a table inside another's cell: the segment of the row holding it
    bool othersWords = false;     ///< quoted from the other party (an e-mail's buyer), not promised
};

} // namespace tw::analysis
