#pragma once

#include "core/model/Document.h"

#include <QHash>
#include <QList>
#include <QPair>

#include <list>

namespace tw::analysis {

/** Horizontal extent [left, right) of each column of a PDF table, left to right. */
using TableColumns = QList<QPair<double, double>>;

/**
 * The columns of a PDF table from its rows of positioned lines: the cells of its widest row,
 * widened by every row as wide (a centred header cell spans less than the body cells under it).
 * Lines spanning much of the table (a note, a merged cell) say nothing about columns.
 */
TableColumns tableColumns(const QList<QList<const TextLine *>> &rows);

/** The lines of @p lines (sorted by top) grouped where they overlap by half a line: the table's lines of text. */
QList<QList<const TextLine *>> linesSideBySide(const QList<const TextLine *> &lines);

/**
 * The columns of a table read as one buffered row (its rows too close to part at first): from its lines of
 * text side by side, not from the row, whose cells overlap across the rows into a few wide spans. The
 * columns of @p rows as they stand when that gives as many.
 */
TableColumns tableColumnsByLine(const QList<QList<const TextLine *>> &rows);

/** The column a line belongs to: the one it overlaps most, else the one whose centre is nearest. */
int columnOf(const TableColumns &columns, const TextLine *line);

/**
 * The pieces of @p line cut before each word index in @p cuts (ascending, 1..words-1), each with its
 * words, box and its stretch of the line's text; new lines live in @p storage.
 */
QList<const TextLine *> splitLineBeforeWords(const TextLine &line, const QList<int> &cuts,
                                             std::list<TextLine> *storage);

/**
 * Poppler chains the words of neighbouring cells on one baseline into one line when the gutter is
 * narrow ("15 minutes 30 minutes 1 hour"). A word after a gap wider than the table's usual word gap
 * that lines up with where a cell starts in another row (a line's first word, or such a word) is a
 * cell's first word: the line is cut there.
 */
QList<QList<const TextLine *>> splitAtColumnStarts(const QList<QList<const TextLine *>> &rows,
                                                   std::list<TextLine> *storage);

/**
 * A line chained across cells whose own left edges do not line up ("Comprehensive Comprehensive
 * Non-Comprehensive", centred header cells): it is cut where a gap wider than the table's usual word
 * gap separates words that fall in different columns.
 */
QList<QList<const TextLine *>> splitAtColumnGutters(const QList<QList<const TextLine *>> &rows,
                                                    const TableColumns &columns, std::list<TextLine> *storage);

/**
 * A table whose rows are numbered or named in the first column ("2.01 | RFP 3.1 | Please confirm … | Confirmed.
 * Tier 1 …") and whose other cells wrap over lines set as close as any text, with a band of padding only
 * above each numbered row: the lines with nothing in the first column go on with the row above. Rows
 * spaced alike (a merged first-column cell over rows of their own) are left as they are.
 */
QList<QList<const TextLine *>> joinKeyedContinuations(const QList<QList<const TextLine *>> &rows,
                                                      const TableColumns &columns);

/** Group rows taken out of a table's rows: by row index, the lines set above the row and below it. */
struct GroupLines
{
    QHash<int, QList<const TextLine *>> before;
    QHash<int, QList<const TextLine *>> after;
};

/**
 * A group row read into a row ("Section 2 – Production" over "2.1 | HX3-… | 1,364.00"): a line flush with
 * the table's left edge that runs on into the second column, in a row that has its own first-column cell,
 * is no cell but a paragraph between the rows. Such lines are taken out of @p rows (from @p firstRow on;
 * tables of four or more columns) and returned by the row they stand above or below.
 */
GroupLines takeGroupLines(QList<QList<const TextLine *>> *rows, const TableColumns &columns, int firstRow);

} // namespace tw::analysis
