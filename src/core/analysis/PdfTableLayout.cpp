#include "PdfTableLayout.h"

#include "core/text/CjkText.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace tw::analysis {

namespace {

using Row = QList<const TextLine *>;

// How far (points) a word may sit from a column's left edge and still start a cell there.
constexpr double kEdgeTolerance = 1.5;
// A gap between words this many times the table's usual one may be a gutter between two cells.
constexpr double kWideGap = 1.3;
// How many line heights above or below a cell start may be that lines up with it.
constexpr double kNearbyLines = 8;

// The table's usual gap between words of one cell (points), 0 when it has too few words to tell.
double usualWordGap(const QList<Row> &rows)
{
    QList<double> gaps;
    for (const Row &row : rows) {
        for (const TextLine *item : row) {
            for (int w = 1; w < item->words.size(); ++w)
                gaps << item->words.at(w).box.x - item->words.at(w - 1).box.right();
        }
    }
    if (gaps.size() < 4)
        return 0;
    // The lower quartile: in a tightly set table many lines chain two cells, and their wide gaps
    // would pull a median up to the gutter width. A table of Chinese cells may have no gap inside a
    // cell at all; a space is then about a quarter of the type's height.
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 4, gaps.end());
    double quartile = gaps.at(gaps.size() / 4);
    QList<double> heights;
    int han = 0;
    int letters = 0;
    for (const Row &row : rows) {
        for (const TextLine *item : row) {
            heights << item->box.height;
            for (QChar c : item->text) {
                han += isHanCharacter(c) ? 1 : 0;
                letters += c.isLetterOrNumber() ? 1 : 0;
            }
        }
    }
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    const double height = heights.at(heights.size() / 2);
    if (height > 0 && quartile > 0.45 * height && 3 * han >= letters)
        quartile = 0.3 * height;
    return std::max(0.5, quartile);
}

} // namespace

TableColumns tableColumns(const QList<Row> &rows)
{
    double left = 1e9;
    double right = 0;
    for (const Row &row : rows) {
        for (const TextLine *item : row) {
            left = std::min(left, item->box.x);
            right = std::max(right, item->box.right());
        }
    }
    auto narrow = [&](const Row &row) {
        Row kept;
        for (const TextLine *item : row) {
            if (item->box.width < 0.45 * (right - left))
                kept << item;
        }
        return kept;
    };
    // A row's lines, merged where they overlap (wrapped lines of one cell).
    auto spansOf = [&](int r) {
        Row items = narrow(rows.at(r));
        if (items.size() < 2)
            items = rows.at(r);
        std::sort(items.begin(), items.end(), [](const TextLine *a, const TextLine *b) { return a->box.x < b->box.x; });
        TableColumns spans;
        for (const TextLine *item : items) {
            if (!spans.isEmpty() && item->box.x < spans.last().second - 1)
                spans.last().second = std::max(spans.last().second, item->box.right());
            else
                spans << qMakePair(item->box.x, item->box.right());
        }
        return spans;
    };
    if (rows.isEmpty())
        return {};
    // The widest row has the most separate cells: a two-level header stacks its tiers over their
    // measures, which overlap into fewer spans than its lines.
    int widest = 0;
    int widestSpans = int(spansOf(0).size());
    for (int r = 1; r < rows.size(); ++r) {
        const int spans = int(spansOf(r).size());
        if (spans > widestSpans) {
            widest = r;
            widestSpans = spans;
        }
    }
    TableColumns columns = spansOf(widest);
    for (int r = widest + 1; r < rows.size(); ++r) {
        // (A row of one line per column widens them too, where each of its cells overlaps its column: a header
        // cell wrapped onto two lines, "Unit price" over "(monthly)", does not make the body rows "narrower".)
        const qsizetype lines = narrow(rows.at(r)).size();
        const bool asMany = lines == narrow(rows.at(widest)).size();
        if (!asMany && lines != columns.size())
            continue;
        const TableColumns spans = spansOf(r);
        if (spans.size() != columns.size())
            continue;
        bool overlapping = true;
        for (int c = 0; c < columns.size() && !asMany; ++c)
            overlapping =
                overlapping && spans.at(c).first < columns.at(c).second && spans.at(c).second > columns.at(c).first;
        if (!overlapping)
            continue;
        for (int c = 0; c < columns.size(); ++c) {
            columns[c].first = std::min(columns.at(c).first, spans.at(c).first);
            columns[c].second = std::max(columns.at(c).second, spans.at(c).second);
        }
    }
    return columns;
}

QList<QList<const TextLine *>> linesSideBySide(const QList<const TextLine *> &lines)
{
    QList<Row> visual;
    double bottom = -1e9;
    for (const TextLine *line : lines) {
        const double overlap = bottom - line->box.y;
        if (visual.isEmpty() || overlap < 0.5 * line->box.height)
            visual << Row();
        visual.last() << line;
        bottom = visual.last().size() == 1 ? line->box.bottom() : std::max(bottom, line->box.bottom());
    }
    return visual;
}

TableColumns tableColumnsByLine(const QList<Row> &rows)
{
    const TableColumns byRow = tableColumns(rows);
    QList<Row> lines;
    for (Row row : rows) {
        std::stable_sort(row.begin(), row.end(),
                         [](const TextLine *a, const TextLine *b) { return a->box.y < b->box.y; });
        lines << linesSideBySide(row);
    }
    const TableColumns byLine = tableColumns(lines);
    return byLine.size() > byRow.size() ? byLine : byRow;
}

int columnOf(const TableColumns &columns, const TextLine *line)
{
    // A label starting in the first column and running on across the next ("Annual amount (12 months, tax
    // excluded)" over the merged cells of a totals row) is the first column's.
    // (Not past an icon column's few points: "☎ 4 个工作小时内远程响应" is the value beside the icon.)
    if (columns.size() >= 3 && columns.first().second - columns.first().first >= 30 &&
        std::abs(line->box.x - columns.first().first) <= 3 &&
        line->box.right() > (columns.at(1).first + columns.at(1).second) / 2)
        return 0;
    int best = 0;
    double bestScore = -1e9;
    for (int i = 0; i < columns.size(); ++i) {
        const double overlap =
            std::min(columns.at(i).second, line->box.right()) - std::max(columns.at(i).first, line->box.x);
        const double centre = (columns.at(i).first + columns.at(i).second) / 2;
        const double score = overlap > 0 ? overlap : -std::abs(centre - (line->box.x + line->box.width / 2));
        if (score > bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return best;
}

QList<const TextLine *> splitLineBeforeWords(const TextLine &line, const QList<int> &cuts, std::list<TextLine> *storage)
{
    // Each piece keeps its words and its stretch of the line's own text.
    QList<int> wordStarts;
    int cursor = 0;
    for (const Word &word : line.words) {
        const int at = int(line.text.indexOf(word.text, cursor));
        wordStarts << (at >= 0 ? at : cursor);
        cursor = at >= 0 ? at + int(word.text.size()) : cursor;
    }
    QList<int> ends = cuts;
    ends << int(line.words.size());
    QList<const TextLine *> pieces;
    int from = 0;
    for (int cut : std::as_const(ends)) {
        TextLine piece;
        const int textFrom = wordStarts.at(from);
        const int textTo = cut < line.words.size() ? wordStarts.at(cut) : int(line.text.size());
        piece.text = line.text.mid(textFrom, textTo - textFrom).trimmed();
        for (int w = from; w < cut; ++w) {
            piece.words << line.words.at(w);
            piece.box = piece.box.isNull() ? line.words.at(w).box : piece.box.united(line.words.at(w).box);
        }
        storage->push_back(piece);
        pieces << &storage->back();
        from = cut;
    }
    return pieces;
}

QList<Row> splitAtColumnStarts(const QList<Row> &rows, std::list<TextLine> *storage)
{
    const double usual = usualWordGap(rows);
    if (usual <= 0)
        return rows;
    // Where a cell may start: a line's first word, or a word after a wider gap than usual.
    auto opensCell = [&](const TextLine *item, int w) {
        return w == 0 || item->words.at(w).box.x - item->words.at(w - 1).box.right() > kWideGap * usual;
    };
    struct CellStart
    {
        double x;
        double y;
    };
    QList<CellStart> starts;
    for (const Row &row : rows) {
        for (const TextLine *item : row) {
            for (int w = 0; w < item->words.size(); ++w) {
                if (opensCell(item, w))
                    starts << CellStart{item->words.at(w).box.x, item->box.y};
            }
        }
    }
    // A start lined up with a start on another line of the table, near it, is a column's left edge. (Not
    // one far below: a signature under a sheet of notes lines up with some word of a long note by chance.)
    auto atEdge = [&](const TextLine *item, double x) {
        return std::any_of(starts.cbegin(), starts.cend(), [&](const CellStart &other) {
            const double apart = std::abs(other.y - item->box.y);
            return std::abs(other.x - x) <= kEdgeTolerance && apart > 0.5 * item->box.height &&
                   apart < kNearbyLines * item->box.height;
        });
    };
    QList<Row> out;
    for (int r = 0; r < rows.size(); ++r) {
        Row split;
        for (const TextLine *item : rows.at(r)) {
            QList<int> cuts;
            for (int w = 1; w < item->words.size(); ++w) {
                if (opensCell(item, w) && atEdge(item, item->words.at(w).box.x))
                    cuts << w;
            }
            if (cuts.isEmpty())
                split << item;
            else
                split << splitLineBeforeWords(*item, cuts, storage);
        }
        out << split;
    }
    return out;
}

QList<Row> splitAtColumnGutters(const QList<Row> &rows, const TableColumns &columns, std::list<TextLine> *storage)
{
    const double usual = usualWordGap(rows);
    if (usual <= 0 || columns.size() < 2)
        return rows;
    auto wordColumn = [&columns](const Word &word) {
        TextLine probe;
        probe.box = word.box;
        return columnOf(columns, &probe);
    };
    QList<Row> out;
    for (const Row &row : rows) {
        Row split;
        for (const TextLine *item : row) {
            QList<int> cuts;
            for (int w = 1; w < item->words.size(); ++w) {
                const Word &before = item->words.at(w - 1);
                const Word &word = item->words.at(w);
                if (word.box.x - before.box.right() > kWideGap * usual && wordColumn(before) != wordColumn(word))
                    cuts << w;
            }
            if (cuts.isEmpty())
                split << item;
            else
                split << splitLineBeforeWords(*item, cuts, storage);
        }
        out << split;
    }
    return out;
}

GroupLines takeGroupLines(QList<QList<const TextLine *>> *rows, const TableColumns &columns, int firstRow)
{
    GroupLines groups;
    if (columns.size() < 4)
        return groups;
    auto spans = [&](const TextLine *item) {
        return item->box.x <= columns.at(0).first + 4 && item->box.right() > columns.at(1).first + 2;
    };
    auto firstColumnCell = [&](const TextLine *item) {
        return !spans(item) && item->box.x < columns.at(0).second + 2 && item->box.right() <= columns.at(1).first + 2;
    };
    for (int r = firstRow; r < rows->size(); ++r) {
        QList<const TextLine *> &row = (*rows)[r];
        const auto cell = std::find_if(row.cbegin(), row.cend(), firstColumnCell);
        if (cell == row.cend() || row.size() < 3)
            continue;
        const double cellTop = (*cell)->box.y;
        for (int i = int(row.size()) - 1; i >= 0; --i) {
            const TextLine *item = row.at(i);
            if (!spans(item))
                continue;
            (item->box.y < cellTop ? groups.before : groups.after)[r].prepend(item);
            row.removeAt(i);
        }
    }
    return groups;
}

namespace {

double rowTop(const QList<const TextLine *> &row)
{
    double y = 1e12;
    for (const TextLine *line : row)
        y = std::min(y, line->box.y);
    return y;
}

double rowBottom(const QList<const TextLine *> &row)
{
    double y = -1e12;
    for (const TextLine *line : row)
        y = std::max(y, line->box.bottom());
    return y;
}

// Rows keyed in a first cell set in the middle of its row ("1" beside three lines of criteria and three of
// response): the band of padding is above each row's first line, wherever the key sits. Lines as close as
// any text (under half a line apart) go on with the row above when the wider gaps, at least twice as
// wide, part the table into rows holding at most one key each, two or more of them over several lines.
QList<QList<const TextLine *>> joinPaddedRows(const QList<QList<const TextLine *>> &rows, const QList<bool> &keyed,
                                              double lineHeight)
{
    double closeGap = -1e12; // the widest gap under half a line
    double paddedGap = 1e12; // the narrowest gap from half a line up
    int closeGaps = 0;
    int paddedGaps = 0;
    QList<bool> padded{true};
    for (int r = 1; r < rows.size(); ++r) {
        const double gap = rowTop(rows.at(r)) - rowBottom(rows.at(r - 1));
        const bool wide = gap >= 0.5 * lineHeight;
        padded << wide;
        if (wide) {
            paddedGap = std::min(paddedGap, gap);
            ++paddedGaps;
        } else {
            closeGap = std::max(closeGap, gap);
            ++closeGaps;
        }
    }
    if (closeGaps < 2 || paddedGaps < 2 || closeGap < 0 || paddedGap < 2 * closeGap)
        return rows;
    QList<QList<const TextLine *>> joined;
    int keys = 0;
    int keyedRowsOverLines = 0;
    int rowLines = 0;
    auto closeRow = [&]() {
        if (keys == 1 && rowLines > 1)
            ++keyedRowsOverLines;
    };
    for (int r = 0; r < rows.size(); ++r) {
        if (padded.at(r)) {
            closeRow();
            joined << rows.at(r);
            keys = 0;
            rowLines = 0;
        } else {
            joined.last() << rows.at(r);
        }
        keys += keyed.at(r) ? 1 : 0;
        ++rowLines;
        if (keys > 1)
            return rows;
    }
    closeRow();
    return keyedRowsOverLines >= 2 ? joined : rows;
}

} // namespace

QList<QList<const TextLine *>> joinKeyedContinuations(const QList<QList<const TextLine *>> &rows,
                                                      const TableColumns &columns)
{
    if (rows.size() < 5 || columns.size() < 3)
        return rows;
    // The first line of each row's first cell, once per row.
    QStringList firstCells;
    for (const auto &row : rows) {
        const TextLine *first = nullptr;
        for (const TextLine *line : row) {
            if (columnOf(columns, line) == 0 && (!first || line->box.y < first->box.y))
                first = line;
        }
        firstCells << (first ? first->text : QString());
    }
    // Rows numbered "2.01", "KPI 3", "1": where two or more are, a first cell without its number is the
    // first cell's wrapped line ("KPI 2 Response" over "(Critical Equipment)").
    static const QRegularExpression itemNumber(
        QStringLiteral(R"(^\s*(?:[A-Za-z]{1,6}[\s-]?)?\d{1,3}(?:\.\d{1,3})*\b)"));
    const auto numbered = std::count_if(firstCells.cbegin(), firstCells.cend(),
                                        [](const QString &cell) { return itemNumber.match(cell).hasMatch(); });
    QList<bool> keyed;
    for (const QString &cell : std::as_const(firstCells))
        keyed << (!cell.isEmpty() && (numbered < 2 || itemNumber.match(cell).hasMatch()));
    double lineHeight = 1e9;
    for (const auto &row : rows) {
        for (const TextLine *line : row)
            lineHeight = std::min(lineHeight, line->box.height);
    }
    double keyedGap = 1e12;    // the narrowest gap above a numbered row
    double unkeyedGap = -1e12; // the widest above a line that goes on
    int keyedRows = 0;
    int unkeyedRows = 0;
    for (int r = 1; r < rows.size(); ++r) {
        const double gap = rowTop(rows.at(r)) - rowBottom(rows.at(r - 1));
        if (keyed.at(r)) {
            keyedGap = std::min(keyedGap, gap);
            ++keyedRows;
        } else {
            unkeyedGap = std::max(unkeyedGap, gap);
            ++unkeyedRows;
        }
    }
    if (keyedRows < 2 || unkeyedRows < 2 || keyedGap < 0.5 * lineHeight || unkeyedGap > 0.5 * keyedGap)
        return joinPaddedRows(rows, keyed, lineHeight);
    QList<QList<const TextLine *>> joined;
    for (int r = 0; r < rows.size(); ++r) {
        if (joined.isEmpty() || keyed.at(r))
            joined << rows.at(r);
        else
            joined.last() << rows.at(r);
    }
    return joined;
}

} // namespace tw::analysis
