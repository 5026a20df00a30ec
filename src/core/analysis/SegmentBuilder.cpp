#include "SegmentBuilder.h"

#include "BilingualTable.h"
#include "RepeatedHeaders.h"
#include "WrappedRowLabels.h"

#include "ApprovalForm.h"
#include "ChatLog.h"
#include "EmailThread.h"
#include "FixedWidthTable.h"
#include "GridTable.h"
#include "HtmlTable.h"
#include "MeetingMinutes.h"
#include "NumberedHeading.h"
#include "PdfTableLayout.h"
#include "PlainTextWrap.h"
#include "PriorityParser.h"
#include "SheetPrint.h"
#include "TableCaption.h"
#include "TextColumns.h"

#include "core/text/CjkText.h"
#include "core/text/TextFlow.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <list>
#include <optional>

namespace tw::analysis {

namespace {

bool endsClause(QChar c)
{
    static const QString marks = QStringLiteral(".;!?。；！？:：");
    return marks.contains(c);
}

// The separator a reader puts between two wrapped pieces (see joinWrapped): nothing inside Chinese
// or after a hyphen, else one space. The pieces themselves are kept verbatim so spans stay exact.
QString separatorBetween(const QString &left, const QString &right)
{
    if (left.isEmpty() || right.isEmpty())
        return QString();
    const QChar a = left.back();
    const QChar b = right.front();
    if ((isCjkCharacter(a) && isCjkCharacter(b)) || a == QLatin1Char('-') || a == QLatin1Char('/'))
        return QString();
    return QStringLiteral(" ");
}

const QRegularExpression &pageNumberPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*(?:第\s*\d+\s*页\s*(?:[,，/]?\s*共\s*\d+\s*页)?|page\s+\d+(?:\s*(?:of|/)\s*\d+)?|[-–—]?\s*\d+\s*[-–—]?|\d+\s*/\s*\d+)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isBareNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    return !trimmed.isEmpty() && std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); });
}

const QRegularExpression &listStartPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*(?:[•·\-*–]|\d+[.)、]\s|[a-z][.)]\s|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|#|第.{1,3}[章条节])\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString boilerplateKey(const QString &text)
{
    QString key;
    for (QChar c : text) {
        if (!c.isDigit() && !c.isSpace())
            key.append(c);
    }
    return key;
}

// Lines repeated at the top or bottom of most pages (running headers and footers) and page numbers.
QSet<const TextLine *> boilerplateLines(const Document &document)
{
    QSet<const TextLine *> result;
    QHash<QString, QSet<int>> pagesByKey;
    auto edgeLines = [](const Page &page) {
        QList<const TextLine *> lines;
        const int n = int(page.lines.size());
        for (int i = 0; i < n; ++i) {
            const TextLine &line = page.lines.at(i);
            bool edge = i < 2 || i >= n - 2;
            if (!line.box.isNull() && page.height > 0)
                edge = line.box.y < page.height * 0.09 || line.box.bottom() > page.height * 0.91;
            if (edge)
                lines << &line;
        }
        return lines;
    };
    for (const Page &page : document.pages) {
        for (const TextLine *line : edgeLines(page)) {
            const QString key = boilerplateKey(line->text);
            if (key.size() >= 4)
                pagesByKey[key].insert(page.number);
        }
    }
    const int pages = int(document.pages.size());
    QList<QPair<const Page *, const TextLine *>> bareNumbers;
    for (const Page &page : document.pages) {
        for (const TextLine *line : edgeLines(page)) {
            if (pageNumberPattern().match(line->text).hasMatch()) {
                if (isBareNumber(line->text) && !line->box.isNull())
                    bareNumbers.append({&page, line});
                else
                    result.insert(line);
                continue;
            }
            const int count = int(pagesByKey.value(boilerplateKey(line->text)).size());
            if (pages >= 2 && count >= 2 && count * 2 >= pages - 1)
                result.insert(line);
        }
    }
    // A bare number beside other text on its row is a table's row key (a table continued at the top of a
    // page), not the page's number; beside a running head alone it still is.
    for (const auto &[page, line] : bareNumbers) {
        const bool keyOfRow = std::any_of(page->lines.cbegin(), page->lines.cend(), [&](const TextLine &other) {
            return &other != line && !other.box.isNull() && !result.contains(&other) &&
                   std::min(other.box.bottom(), line->box.bottom()) - std::max(other.box.y, line->box.y) >
                       std::min(other.box.height, line->box.height) / 2;
        });
        if (!keyOfRow)
            result.insert(line);
    }
    return result;
}

struct VisualRow
{
    QList<const TextLine *> items; // sorted by x
    double top = 0;
    double bottom = 0;
    double height() const { return bottom - top; }
};

// Groups lines whose vertical extents overlap into visual rows (table cells side by side).
QList<VisualRow> visualRows(const QList<const TextLine *> &lines)
{
    QList<const TextLine *> sorted = lines;
    std::stable_sort(sorted.begin(), sorted.end(), [](const TextLine *a, const TextLine *b) {
        return a->box.y + a->box.height / 2 < b->box.y + b->box.height / 2;
    });
    auto overlapOf = [](const TextLine *a, const TextLine *b) {
        return std::min(a->box.bottom(), b->box.bottom()) - std::max(a->box.y, b->box.y);
    };
    auto apartSideways = [](const TextLine *a, const TextLine *b) {
        return a->box.x >= b->box.right() - 1 || a->box.right() <= b->box.x + 1;
    };
    QList<VisualRow> rows;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const TextLine *line = sorted.at(i);
        bool placed = false;
        if (!rows.isEmpty()) {
            VisualRow &row = rows.last();
            const double overlap = std::min(row.bottom, line->box.bottom()) - std::max(row.top, line->box.y);
            const double minHeight = std::min(row.height(), line->box.height);
            bool collides = false;
            for (const TextLine *other : row.items) {
                if (line->box.x < other->box.right() - 1 && line->box.right() > other->box.x + 1)
                    collides = true;
            }
            // A label centred beside a cell of two lines ("Business Day" beside "Monday to Friday, excluding
            // bank holidays …" / "… is located.") overlaps each by nearly half: it is the first line's row.
            const TextLine *next = i + 1 < sorted.size() ? sorted.at(i + 1) : nullptr;
            const bool centredBesideTwo = row.items.size() == 1 && next && overlap > 0.35 * minHeight &&
                                          overlapOf(line, next) > 0.35 * std::min(line->box.height, next->box.height) &&
                                          apartSideways(line, next) && apartSideways(row.items.first(), line) &&
                                          !apartSideways(row.items.first(), next);
            if ((overlap > 0.5 * minHeight || centredBesideTwo) && !collides) {
                row.items << line;
                row.top = std::min(row.top, line->box.y);
                row.bottom = std::max(row.bottom, line->box.bottom());
                placed = true;
            }
        }
        if (!placed)
            rows << VisualRow{{line}, line->box.y, line->box.bottom()};
    }
    for (VisualRow &row : rows)
        std::sort(row.items.begin(), row.items.end(),
                  [](const TextLine *a, const TextLine *b) { return a->box.x < b->box.x; });
    return rows;
}

// Poppler chains the words of neighbouring table cells on one baseline into one line ("Category 2 – High
// disk, cluster node) has failed"). A gap between words much wider than the page's usual word gap
// (and at least 0.6 of the line height) is a column gutter: the line is split there. Letter-spaced
// titles ("投 标 文 件") are not: a piece must hold at least two characters on each side.
QList<const TextLine *> splitAtGutters(const QList<const TextLine *> &lines, std::list<TextLine> *storage)
{
    QList<double> gaps;
    for (const TextLine *line : lines) {
        for (int w = 1; w < line->words.size(); ++w) {
            if (line->box.height > 0)
                gaps << (line->words.at(w).box.x - line->words.at(w - 1).box.right()) / line->box.height;
        }
    }
    if (gaps.size() < 10)
        return lines;
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    const double usual = gaps.at(gaps.size() / 2);
    // Tightly set tables leave gutters only a little wider than a word gap ("30 minutes  4 hours*  12
    // hours"): such a gap is a gutter too where a cell of a line just above or below starts within it
    // (a line start, or a word after a gap as wide).
    auto wideGap = [usual](const TextLine *line) { return 2.2 * usual * line->box.height; };
    struct Start
    {
        const TextLine *line;
        double x;
    };
    // (Right-aligned columns of amounts line up at their ends: a cell's right edge counts too.)
    QList<Start> starts;
    for (const TextLine *line : lines) {
        starts << Start{line, line->box.x} << Start{line, line->box.right()};
        for (int w = 1; w < line->words.size(); ++w) {
            if (line->words.at(w).box.x - line->words.at(w - 1).box.right() > wideGap(line))
                starts << Start{line, line->words.at(w).box.x} << Start{line, line->words.at(w - 1).box.right()};
        }
    }
    // (A centred header cell does not start where the cells below it do, but its gutter spans their start.)
    auto startWithin = [&starts](const TextLine *line, double from, double to) {
        for (const Start &start : std::as_const(starts)) {
            if (start.line != line && start.x >= from - 0.75 && start.x <= to + 0.75 &&
                std::abs(start.line->box.y - line->box.y) <= 4 * line->box.height)
                return true;
        }
        return false;
    };
    QList<const TextLine *> out;
    for (const TextLine *line : lines) {
        const double limit = std::max(0.6, 3 * usual) * line->box.height;
        QList<int> cuts; // word indexes that start a new piece
        int pieceStart = 0;
        for (int w = 1; w < line->words.size(); ++w) {
            const double gap = line->words.at(w).box.x - line->words.at(w - 1).box.right();
            int leftChars = 0;
            for (int k = pieceStart; k < w; ++k)
                leftChars += int(line->words.at(k).text.size());
            const bool aligned = gap > wideGap(line) && leftChars >= 2 &&
                                 startWithin(line, line->words.at(w - 1).box.right(), line->words.at(w).box.x);
            // (The blank set before 貴公司 / 贵司 in formal Chinese, "現為　貴公司提供", is respect, not a gutter.)
            const QString &next = line->words.at(w).text;
            const QString &last = line->words.at(w - 1).text;
            const bool honorific = !next.isEmpty() && !last.isEmpty() &&
                                   (next.front() == QChar(0x8CB4) || next.front() == QChar(0x8D35)) &&
                                   isHanCharacter(last.back());
            if (honorific)
                continue;
            if ((gap > limit && leftChars >= 2 && line->words.at(w).text.size() >= 2) || aligned) {
                cuts << w;
                pieceStart = w;
            }
        }
        if (cuts.isEmpty()) {
            out << line;
            continue;
        }
        out << splitLineBeforeWords(*line, cuts, storage);
    }
    return out;
}

// A page's visual rows from top to bottom. A stretch set in two newspaper columns gives one row per
// line, the left column's before the right's, instead of rows that pair halves of unrelated sentences;
// its lines end at their column's right edge, and the right column's first line may go on with the
// sentence the left column ended with.
struct PageReading
{
    QList<VisualRow> rows;
    QHash<const TextLine *, double> columnRight; ///< of lines in newspaper columns
    QSet<const TextLine *> columnTops;           ///< the first line of each right column
};

PageReading readPage(const QList<const TextLine *> &printed, std::list<TextLine> *storage)
{
    const QList<const TextLine *> lines = withoutSheetMargins(printed, storage);
    PageReading reading;
    const QList<ColumnZone> zones = textColumnZones(lines);
    if (zones.isEmpty()) {
        reading.rows = visualRows(splitAtGutters(lines, storage));
        return reading;
    }
    for (const ColumnZone &zone : zones) {
        auto rightEdgeOf = [](const QList<const TextLine *> &column) {
            double edge = 0;
            for (const TextLine *line : column)
                edge = std::max(edge, line->box.right());
            return edge;
        };
        const double leftEdge = rightEdgeOf(zone.left);
        const double rightEdge = rightEdgeOf(zone.right);
        for (const TextLine *line : zone.left)
            reading.columnRight.insert(line, leftEdge);
        for (const TextLine *line : zone.right)
            reading.columnRight.insert(line, rightEdge);
        reading.columnTops.insert(zone.right.first());
    }
    QList<const TextLine *> rest;
    for (const TextLine *line : lines)
        if (!reading.columnRight.contains(line))
            rest << line;
    qsizetype next = 0;
    auto addZonesAbove = [&](double y) {
        for (; next < zones.size() &&
               std::min(zones.at(next).left.first()->box.y, zones.at(next).right.first()->box.y) <= y;
             ++next) {
            // Each column top to bottom; a table set inside a column keeps its cells side by side.
            for (const QList<const TextLine *> *column : {&zones.at(next).left, &zones.at(next).right}) {
                QList<const TextLine *> byHeight = *column;
                std::stable_sort(byHeight.begin(), byHeight.end(),
                                 [](const TextLine *a, const TextLine *b) { return a->box.y < b->box.y; });
                reading.rows << visualRows(byHeight);
            }
        }
    };
    for (const VisualRow &row : visualRows(splitAtGutters(rest, storage))) {
        addZonesAbove(row.top);
        reading.rows << row;
    }
    addZonesAbove(1e12);
    return reading;
}

// A table set so tightly that its rows touch (a slide's comparison grid: "Coverage | Mon–Fri | 7x24 |
// 24x7x365" right under "Best for | Dev / test | …") reads as one row of wrapped cells. When the buffered
// row, with no band of padding to cut it at, is four lines or more and each of them (but a header line on
// top) has a first-column cell and another cell, its lines are rows of their own: every cell wrapping alike, label
// included, line after line, is far less likely. Gives each line's row, or nothing.
template <typename ColumnOf>
QList<QList<const TextLine *>> singleLineRows(const QList<const TextLine *> &lines, const ColumnOf &columnOf)
{
    const QList<QList<const TextLine *>> visual = linesSideBySide(lines);
    if (visual.size() < 4)
        return {};
    for (int v = 0; v < visual.size(); ++v) {
        QSet<int> columns;
        for (const TextLine *line : visual.at(v))
            columns.insert(columnOf(line));
        if (columns.size() < 2 || (!columns.contains(0) && v > 0))
            return {};
    }
    return visual;
}

// A group of rows under cells merged down the left ("白金级（核心交易…）" and "7×24 小时" spanning the 一级 / 二级 /
// 三级 rows of a 三线表, which has no rules between them): the merged cells' lines straddle the gaps between the rows,
// so no band parts them. The rows start where three columns or more start a line side by side; the columns whose first
// line starts no row are the merged ones, and each of their cells goes with the first row of the group it is centred
// on. Takes the lines sorted by top; gives the rows, or nothing.
template <typename ColumnOf>
QList<QList<const TextLine *>> rowsUnderMergedCells(const QList<const TextLine *> &lines, const ColumnOf &columnOf)
{
    const qsizetype n = lines.size();
    if (n < 8)
        return {};
    constexpr double kSameTop = 1.5;
    std::vector<int> column(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        column[size_t(i)] = columnOf(lines.at(i));
    // Row starts: tops shared by lines of three columns or more (the lines within reach of a top sit next to it).
    QList<double> starts;
    for (qsizetype i = 0, low = 0, high = 0; i < n; ++i) {
        const double top = lines.at(i)->box.y;
        while (lines.at(low)->box.y < top - kSameTop)
            ++low;
        while (high < n && lines.at(high)->box.y <= top + kSameTop)
            ++high;
        QSet<int> columns;
        for (qsizetype k = low; k < high; ++k)
            columns.insert(column[size_t(k)]);
        if (columns.size() >= 3 && (starts.isEmpty() || top - starts.last() > kSameTop))
            starts << top;
    }
    if (starts.size() < 2)
        return {};
    auto startOf = [&](const TextLine *line) {
        for (int k = int(starts.size()) - 1; k >= 0; --k) {
            if (line->box.y + kSameTop >= starts.at(k))
                return k;
        }
        return 0;
    };
    // Merged columns: their first line starts no row, or one of their lines runs across a row's start
    // ("（一般生产系统）", the second line of "金级").
    QSet<int> seen;
    QSet<int> merged;
    for (qsizetype i = 0; i < n; ++i) {
        const TextLine *line = lines.at(i);
        const int c = column[size_t(i)];
        if (!seen.contains(c)) {
            seen.insert(c);
            if (std::abs(line->box.y - starts.at(startOf(line))) > kSameTop)
                merged.insert(c);
        }
        for (double start : std::as_const(starts)) {
            if (line->box.y < start - kSameTop && line->box.bottom() > start + kSameTop)
                merged.insert(c);
        }
    }
    if (merged.isEmpty() || merged.size() * 2 >= seen.size())
        return {};
    // The other columns' lines go to the row they start; the merged ones wait for their group.
    QList<QList<const TextLine *>> rows(starts.size());
    QList<QHash<int, const TextLine *>> firstInRow(starts.size()); // by column
    for (qsizetype i = 0; i < n; ++i) {
        const int c = column[size_t(i)];
        if (merged.contains(c))
            continue;
        const int row = startOf(lines.at(i));
        rows[row] << lines.at(i);
        if (!firstInRow.at(row).contains(c))
            firstInRow[row].insert(c, lines.at(i));
    }
    // The rows' keys: the leftmost column with a line in every row, right of every merged column; each row opens
    // with its priority there ("一级", "Severity 2"), not with the lines of a tall cell beside a label ("响应：15分钟"
    // / "到场：2小时"). The table's header may be the first row ("Category | Priority | Response time").
    QList<int> columns = seen.values();
    std::sort(columns.begin(), columns.end());
    const auto key = std::find_if(columns.cbegin(), columns.cend(), [&](int c) {
        return !merged.contains(c) &&
               std::all_of(firstInRow.cbegin(), firstInRow.cend(),
                           [c](const QHash<int, const TextLine *> &row) { return row.contains(c); });
    });
    if (key == columns.cend() || std::any_of(merged.cbegin(), merged.cend(), [&](int c) { return c > *key; }))
        return {};
    auto keyed = [&](int row) {
        const QString &label = firstInRow.at(row).value(*key)->text;
        return !PriorityParser::find(label).isEmpty() || PriorityParser::levelNumber(label) > 0;
    };
    const int header = keyed(0) ? 0 : 1;
    for (int row = header; row < rows.size(); ++row) {
        if (!keyed(row))
            return {};
    }
    if (header >= rows.size() - 1)
        return {};
    // Each merged cell (its column's lines that touch) spans the group of rows it is centred on: every keyed row
    // goes with the cell nearest it, and the cell's lines with the group's first row. ("Category I (Ashgabat)"
    // beside 1 / 2 / 3, then "Category II (Gazly-Depe)" beside 1 / 2 / 3 again.)
    auto centre = [](const QList<const TextLine *> &part) {
        double top = 1e12;
        double bottom = -1e12;
        for (const TextLine *line : part) {
            top = std::min(top, line->box.y);
            bottom = std::max(bottom, line->box.bottom());
        }
        return (top + bottom) / 2;
    };
    for (int c : std::as_const(merged)) {
        QList<QList<const TextLine *>> cells;
        for (qsizetype i = 0; i < n; ++i) {
            const TextLine *line = lines.at(i);
            if (column[size_t(i)] != c)
                continue;
            if (header == 1 && line->box.bottom() <= starts.at(1) + kSameTop) {
                rows[0] << line; // the header's own cell
                continue;
            }
            if (cells.isEmpty() || line->box.y > cells.last().last()->box.bottom() + 0.5 * line->box.height)
                cells.append(QList<const TextLine *>());
            cells.last() << line;
        }
        if (cells.isEmpty())
            continue; // the column's only cell is the header's
        QList<int> firstRowOf(cells.size(), -1);
        for (int row = header; row < rows.size(); ++row) {
            const double rowCentre = centre(rows.at(row));
            int nearest = 0;
            for (int k = 1; k < cells.size(); ++k) {
                if (std::abs(centre(cells.at(k)) - rowCentre) < std::abs(centre(cells.at(nearest)) - rowCentre))
                    nearest = k;
            }
            if (firstRowOf.at(nearest) < 0)
                firstRowOf[nearest] = row;
        }
        for (int k = 0; k < cells.size(); ++k)
            rows[firstRowOf.at(k) >= 0 ? firstRowOf.at(k) : header] << cells.at(k);
    }
    return rows;
}

// Rows of a table whose cells are centred beside a tall wrapped cell sit close enough to read as one
// row. Between two real rows runs a band with no text across the whole table (the cell padding),
// with at least two columns holding text above and below it; inside a row the tall cell's lines
// touch. A buffered row is cut at every such band.
template <typename ColumnOf>
QList<QList<const TextLine *>> splitStackedRows(const QList<QList<const TextLine *>> &rows, const ColumnOf &columnOf)
{
    QList<QList<const TextLine *>> out;
    for (const QList<const TextLine *> &row : rows) {
        QList<const TextLine *> lines = row;
        std::stable_sort(lines.begin(), lines.end(),
                         [](const TextLine *a, const TextLine *b) { return a->box.y < b->box.y; });
        const qsizetype before = out.size();
        if (const auto underMerged = rowsUnderMergedCells(lines, columnOf); !underMerged.isEmpty()) {
            out << underMerged;
            continue;
        }
        double left = 1e9;
        for (const TextLine *line : lines)
            left = std::min(left, line->box.x);
        double lineHeight = 1e9;
        for (const TextLine *line : lines)
            lineHeight = std::min(lineHeight, line->box.height);
        int start = 0;
        double reach = lines.isEmpty() ? 0 : lines.first()->box.bottom();
        for (int i = 1; i <= lines.size(); ++i) {
            const bool band = i < lines.size() && lines.at(i)->box.y - reach > 0.1 * lineHeight;
            if (i < lines.size() && !band) {
                reach = std::max(reach, lines.at(i)->box.bottom());
                continue;
            }
            if (i < lines.size()) {
                // A cut needs two columns with text on both sides. (Lines flush with the table's left edge are
                // of its first column, though a wide one, "Total annual contract value", reaches past a
                // header centred over the column.)
                auto column = [&](const TextLine *line) { return line->box.x < left + 3 ? -1 : columnOf(line); };
                QSet<int> above;
                QSet<int> below;
                for (int k = start; k < i; ++k)
                    above.insert(column(lines.at(k)));
                for (int k = i; k < lines.size(); ++k)
                    below.insert(column(lines.at(k)));
                if (QSet<int>(above).intersect(below).size() < 2) {
                    reach = std::max(reach, lines.at(i)->box.bottom());
                    continue;
                }
            }
            out << lines.mid(start, i - start);
            start = i;
            if (i < lines.size())
                reach = lines.at(i)->box.bottom();
        }
        // No band at all: the rows may touch.
        if (out.size() == before + 1) {
            const QList<QList<const TextLine *>> oneLineRows = singleLineRows(lines, columnOf);
            if (!oneLineRows.isEmpty()) {
                out.removeLast();
                out << oneLineRows;
            }
        }
    }
    return out;
}

// One line of two set apart on a row ("•" and its text, "3.2" and its title), kept in storage.
const TextLine *joinedLine(const TextLine *first, const TextLine *second, std::list<TextLine> *storage)
{
    TextLine joined = *second;
    joined.text = first->text.trimmed() + QLatin1Char(' ') + second->text;
    joined.box = first->box.united(second->box);
    joined.words = first->words + second->words;
    storage->push_back(joined);
    return &storage->back();
}

// A list marker set apart from its text ("•   Extended devices, ..."; "1.  checks each ..."; "注 1  修复时限：…") sits
// beside it on the same visual row like a table cell; joined to its text, the item reads as a paragraph.
void joinListMarkers(QList<VisualRow> &rows, std::list<TextLine> *storage)
{
    static const QRegularExpression marker(QStringLiteral(
        R"(^\s*(?:[•·▪◦○■□●◆◇➢►–※-]|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\)|(?:注|Note)\s*\d{1,2}\s*[:：.]?)\s*$)"));
    for (VisualRow &row : rows) {
        if (row.items.size() < 2 || !marker.match(row.items.first()->text).hasMatch())
            continue;
        const TextLine *bullet = row.items.at(0);
        const TextLine *text = row.items.at(1);
        if (text->box.x - bullet->box.right() > 40)
            continue;
        row.items.removeFirst();
        row.items[0] = joinedLine(bullet, text, storage);
    }
    // A section number set apart from its title by a wide tab ("3.2      标准服务（YC-STD）", "第3章    服务器硬件支持
    // 服务", a contract's "第四条     硬件维保服务等级") is a heading, not a row of two cells, unless the rows around
    // it are a table of numbered items.
    static const QRegularExpression sectionNumber(QStringLiteral(
        R"(^\s*(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|第[一二三四五六七八九十\d]{1,3}[章节部分条]|[一二三四五六七八九十]{1,3}[、.])\s*$)"));
    // (So is a clause number hanging in the margin beside the first line of its clause, "4.4   For Equipment
    // located on Jurong Island or …", a line across most of the text width.)
    double left = 1e9;
    double right = -1e9;
    for (const VisualRow &row : std::as_const(rows)) {
        for (const TextLine *item : row.items) {
            left = std::min(left, item->box.x);
            right = std::max(right, item->box.right());
        }
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        VisualRow &row = rows[r];
        if (row.items.size() != 2 || !sectionNumber.match(row.items.first()->text).hasMatch() ||
            (row.items.at(1)->text.trimmed().size() > 40 && row.items.at(1)->box.width < 0.6 * (right - left)) ||
            row.items.at(1)->box.x - row.items.first()->box.right() > 120)
            continue;
        // (A heading over another, "第5章  服务目录价" over "5.1  服务器硬件支持服务目录价", is no table.)
        auto tableAround = [&](qsizetype other) {
            if (other < 0 || other >= rows.size() || rows.at(other).items.size() < 2 ||
                std::abs(rows.at(other).items.first()->box.x - row.items.first()->box.x) >= 3)
                return false;
            return rows.at(other).items.size() > 2 ||
                   !sectionNumber.match(rows.at(other).items.first()->text).hasMatch();
        };
        if (tableAround(r - 1) || tableAround(r + 1))
            continue;
        row.items = {joinedLine(row.items.at(0), row.items.at(1), storage)};
    }
    // A table's caption set apart from its label ("表 6-1      维保服务分项报价", "Table 3    Unit prices", "附表一
    // 金牌服务故障处理时限表") is one line above the table, not its header row.
    static const QRegularExpression captionLabel(QStringLiteral(
        R"(^\s*(?:表|附表|Table|Schedule)\s*[\d一二三四五六七八九十]{1,3}(?:\s*[-.．]\s*\d{1,2})?\s*[:：.]?\s*$)"));
    for (VisualRow &row : rows) {
        if (row.items.size() != 2 || !captionLabel.match(row.items.first()->text).hasMatch() ||
            row.items.at(1)->text.trimmed().size() > 60)
            continue;
        row.items = {joinedLine(row.items.at(0), row.items.at(1), storage)};
    }
}

class Writer
{
public:
    explicit Writer(QList<TextSegment> *segments) : m_segments(segments) {}

    struct Piece
    {
        QString text;
        int page = 0;
        BoundingBox box;
        bool others = false; ///< the other party's words (quoted in an e-mail)
    };
    using Cell = QList<Piece>;

    void paragraph(const QList<Piece> &pieces)
    {
        TextSegment segment;
        for (const Piece &piece : pieces)
            appendPiece(segment, piece);
        finish(segment);
    }

    void tableRow(const QList<Cell> &cells, const QList<int> &columns, int table, int row, int header)
    {
        TextSegment segment;
        segment.kind = TextSegment::Kind::TableRow;
        segment.table = table;
        segment.row = row;
        segment.headerSegment = header;
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                segment.text.append(QLatin1Char('\t'));
            const int start = int(segment.text.size());
            for (const Piece &piece : cells.at(i))
                appendPiece(segment, piece);
            segment.cells << qMakePair(start, int(segment.text.size()));
            segment.columns << (i < columns.size() ? columns.at(i) : i);
        }
        finish(segment);
    }

    /** Appends pieces to the last paragraph (a paragraph continued after a page break). */
    void continueLast(const QList<Piece> &pieces)
    {
        TextSegment &segment = m_segments->last();
        for (const Piece &piece : pieces)
            appendPiece(segment, piece);
    }

private:
    static void appendPiece(TextSegment &segment, const Piece &piece)
    {
        const QString text = piece.text.trimmed();
        if (text.isEmpty())
            return;
        const bool cellStart = segment.text.isEmpty() || segment.text.back() == QLatin1Char('\t');
        if (!cellStart)
            segment.text.append(separatorBetween(segment.text, text));
        const int start = int(segment.text.size());
        segment.text.append(text);
        segment.spans << TextSpan{start, int(segment.text.size()), piece.page, piece.box};
        segment.othersWords = segment.othersWords || piece.others;
        if (segment.page == 0)
            segment.page = piece.page;
    }
    void finish(TextSegment &segment)
    {
        if (!segment.text.trimmed().isEmpty())
            m_segments->append(segment);
    }

    QList<TextSegment> *m_segments;
};

// Cells of a box-less line: DOCX table rows are tab-separated, Markdown rows use pipes.
QStringList boxlessCells(const QString &text, bool markdown)
{
    if (text.contains(QLatin1Char('\t')))
        return text.split(QLatin1Char('\t'));
    const QString trimmed = text.trimmed();
    // Markdown rows, and rows of plain-text tables drawn with | borders ("| GOLD 24x7x4 | 30 MIN |").
    const bool bordered = trimmed.startsWith(QLatin1Char('|')) && trimmed.endsWith(QLatin1Char('|')) &&
                          trimmed.count(QLatin1Char('|')) >= 3;
    if ((markdown || bordered) && trimmed.startsWith(QLatin1Char('|')) && trimmed.size() > 1) {
        QString inner = trimmed.mid(1);
        if (inner.endsWith(QLatin1Char('|')))
            inner.chop(1);
        return inner.split(QLatin1Char('|'));
    }
    return {};
}

// A table rule line: Markdown's "|---|:--:|" or the "+------+----+" borders of plain-text tables.
bool isMarkdownRule(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*[|+]?[\s:|+=-]+[|+]?\s*$)"));
    return text.contains(QLatin1Char('-')) && re.match(text).hasMatch();
}

struct PageState
{
    bool lastWasParagraph = false;
    bool lastParagraphOpen = false; // ends without closing punctuation and runs to the right edge
    int lastTable = -1;
    int lastTableHeader = -1;
    int lastTableRows = 0;
    int lastTableColumns = 0;
    QList<QPair<double, double>> lastTableColumnRanges;
    // The table a caption "表2（续）" / "Table 2 (continued)" just said goes on: the next table of as many
    // columns continues it, with its header.
    struct TableState
    {
        int table = -1;
        int header = -1;
        int rows = 0;
        int columns = 0;
    } captioned;
    // The last table read, however many paragraphs ago: "Table 1 continues on the next page." and a clause may
    // stand between it and the caption "Table 1 – Priorities and targets (continued)".
    TableState recent;
};

// A caption saying the table above goes on: "表2（续）", "续表", "Table 4 (continued)", "(cont'd)", "Table 1 –
// Priorities and targets (continued)".
bool continuesTableCaption(const QString &text)
{
    static const QRegularExpression caption(
        QStringLiteral(
            R"(^\s*(?:(?:表|table)\s*[\d一二三四五六七八九十]+(?:[-.]\d+)?\s*(?:[-–—:：]?\s*[^()（）]{1,50}?)?\s*)?(?:[(（]\s*(?:续|續|续表|continued|cont['’]?d)\s*[)）]|续表|續表|continued|cont['’]?d\.?)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return text.size() < 80 && caption.match(text).hasMatch();
}

bool paragraphOpen(const QString &text)
{
    const QString t = text.trimmed();
    return !t.isEmpty() && !endsClause(t.back()) && t.size() > 20;
}

// The group cells of a header's upper row ("Critical Equipment", "Standard Equipment") over the measures of its
// lower row: each group spans the run of columns around its centre whose middle is its centre (the merged cell it
// was centred in). The measure cells under a group get its name in front. Only short names, two or more, set right
// of the lower row's first cell, over a lower row of four cells or more.
void nameMeasuresByGroup(const QList<Writer::Cell> &groups, QList<Writer::Cell> *header,
                         const QList<int> &headerColumns, const TableColumns &columns)
{
    if (groups.size() < 2 || header->size() < 4 || header->first().isEmpty())
        return;
    const double labelRight = header->first().first().box.right();
    static const QRegularExpression notAName(QStringLiteral(R"(\d|[:：])"));
    QList<QPair<QString, double>> named; // group name, centre
    for (const Writer::Cell &cell : groups) {
        if (cell.isEmpty())
            return;
        QString name;
        double left = 1e12;
        double right = -1e12;
        for (const Writer::Piece &piece : cell) {
            name += (name.isEmpty() ? QString() : QStringLiteral(" ")) + piece.text.trimmed();
            left = std::min(left, piece.box.x);
            right = std::max(right, piece.box.right());
        }
        if (name.size() > 40 || notAName.match(name).hasMatch() || left < labelRight)
            return;
        named << qMakePair(name, (left + right) / 2);
    }
    int previousEnd = -1;
    QHash<int, QString> groupOfColumn;
    for (const auto &[name, centre] : std::as_const(named)) {
        int best = -1;
        int bestEnd = -1;
        double bestMiss = 1e12;
        for (int a = previousEnd + 1; a < columns.size(); ++a) {
            for (int b = a; b < columns.size(); ++b) {
                const double middle = (columns.at(a).first + columns.at(b).second) / 2;
                const double miss = std::abs(middle - centre);
                const bool inside = columns.at(a).first <= centre && centre <= columns.at(b).second;
                if (inside && miss < 0.15 * (columns.at(b).second - columns.at(a).first) &&
                    (miss < bestMiss - 1 || (std::abs(miss - bestMiss) <= 1 && b - a > bestEnd - best))) {
                    best = a;
                    bestEnd = b;
                    bestMiss = miss;
                }
            }
        }
        if (best < 0)
            return;
        for (int c = best; c <= bestEnd; ++c)
            groupOfColumn.insert(c, name);
        previousEnd = bestEnd;
    }
    for (int k = 0; k < header->size() && k < headerColumns.size(); ++k) {
        const QString name = groupOfColumn.value(headerColumns.at(k));
        if (!name.isEmpty() && !(*header)[k].isEmpty())
            (*header)[k].first().text = name + QLatin1Char(' ') + (*header)[k].first().text;
    }
}

// A measure's header merged across the plans under it, read as the top line of its middle column: "到场时限"
// centred over "省会城市 | 地级市 | 县级及以下". Its neighbours have nothing at its height and start on the
// line below it, as the middle column's own sub-header does; the measure goes in front of each sub-header of
// the run of columns it is centred over. (A product family over its plans, "慧保服务包" over "基础保修 | 关键业务
// | 驻场增强", is left where it is: the plans keep their own names.)
void spreadSpanningMeasures(QList<Writer::Cell> *header, const QList<int> &headerColumns, const TableColumns &columns)
{
    if (header->size() < 3 || headerColumns.size() != header->size())
        return;
    static const QRegularExpression measure(
        QStringLiteral(
            R"(响应|到场|到达|修复|恢复|解决|\b(?:respon\w*|on-?site|resolution|restor\w*|repair|fix|attendance|arrival)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    std::vector<bool> titled(static_cast<size_t>(header->size()), false); // sub-headers already under a title
    for (int k = 0; k < header->size(); ++k) {
        const Writer::Cell &cell = header->at(k);
        // (Or a plan's name centred over its measures, "A 类设备" over "响应 | 到场 | 修复": the same spread. Not one
        // set flush with its first measure, "Critical" over "Response | On-site | Fix", which stays that column's.)
        if (cell.size() != 2 || cell.at(0).box.bottom() > cell.at(1).box.y + 1 || cell.at(0).text.size() > 20)
            continue;
        const Writer::Piece title = cell.first();
        const bool measureTitle = measure.match(title.text).hasMatch();
        const bool planTitle =
            !measureTitle && measure.match(cell.at(1).text).hasMatch() && std::abs(title.box.x - cell.at(1).box.x) > 3;
        if (!measureTitle && !planTitle)
            continue;
        const double centre = title.box.x + title.box.width / 2;
        const double lowerTop = cell.at(1).box.y;
        // A neighbour under the title: one line, level with the middle column's sub-header.
        const auto under = [&](int c) {
            const Writer::Cell &other = header->at(c);
            return !titled[size_t(c)] && other.size() == 1 && std::abs(other.first().box.y - lowerTop) <= 2 &&
                   headerColumns.at(c) == headerColumns.at(c + (c < k ? 1 : -1)) + (c < k ? -1 : 1);
        };
        int left = k;
        while (left > 0 && under(left - 1))
            --left;
        int right = k;
        while (right + 1 < header->size() && under(right + 1))
            ++right;
        // The run of those columns whose middle is nearest the title's centre (of two as near, the wider).
        int runStart = -1;
        int runEnd = -1;
        double bestMiss = 1e12;
        for (int a = left; a <= k; ++a) {
            for (int b = std::max(k, a + 1); b <= right; ++b) {
                if (planTitle && !(a < k && k < b)) // (a plan's name centred over its middle measure)
                    continue;
                const double from = columns.at(headerColumns.at(a)).first;
                const double to = columns.at(headerColumns.at(b)).second;
                const double miss = std::abs((from + to) / 2 - centre);
                if (miss < 0.1 * (to - from) &&
                    (miss < bestMiss - 1 || (std::abs(miss - bestMiss) <= 1 && b - a > runEnd - runStart))) {
                    runStart = a;
                    runEnd = b;
                    bestMiss = miss;
                }
            }
        }
        if (runStart < 0)
            continue;
        (*header)[k].removeFirst();
        for (int c = runStart; c <= runEnd; ++c) {
            (*header)[c].first().text = title.text.trimmed() + QLatin1Char(' ') + (*header)[c].first().text;
            titled[size_t(c)] = true;
        }
    }
}

} // namespace

QList<TextSegment> SegmentBuilder::build(const Document &document)
{
    QList<TextSegment> segments;
    Writer writer(&segments);
    const QSet<const TextLine *> boilerplate = boilerplateLines(document);
    const bool markdown = document.fileName.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ||
                          document.fileName.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive);
    int tableCount = 0;
    PageState state;
    std::list<TextLine> markedLines; // lines split at gutters or joined to their list marker

    // Plain text: an e-mail thread's quote marks come off its lines, and the buyer's are marked.
    QHash<const TextLine *, EmailLine> emailLines;
    QHash<int, PlainTextWrap> wraps; // by quote depth: each message is wrapped its own way
    // The document's lines in reading order, and their texts.
    QList<const TextLine *> all;
    QStringList lineTexts;
    for (const Page &page : document.pages) {
        for (const TextLine &line : page.lines) {
            all << &line;
            lineTexts << line.text;
        }
    }
    if (document.format == DocumentFormat::Text || document.format == DocumentFormat::Docx) {
        // A Word document is read for meeting minutes only; its paragraphs are whole lines.
        const bool plain = document.format == DocumentFormat::Text;
        const QList<EmailLine> chat = markdown || !plain ? QList<EmailLine>() : readChatLog(lineTexts);
        const QList<EmailLine> form =
            chat.isEmpty() && !markdown && plain ? readApprovalForm(lineTexts) : QList<EmailLine>();
        const QList<EmailLine> minutes =
            chat.isEmpty() && form.isEmpty() && !markdown ? readMeetingMinutes(lineTexts, plain) : QList<EmailLine>();
        const QList<EmailLine> read = !chat.isEmpty()      ? chat
                                      : !form.isEmpty()    ? form
                                      : !minutes.isEmpty() ? minutes
                                      : plain              ? readEmailThread(lineTexts, markdown)
                                                           : QList<EmailLine>();
        QMap<int, QStringList> byDepth;
        for (int i = 0; i < read.size(); ++i) {
            if (read.at(i).depth > 0 || read.at(i).othersWords || read.at(i).message > 0 || !chat.isEmpty())
                emailLines.insert(all.at(i), read.at(i));
            byDepth[read.at(i).depth] << read.at(i).text;
        }
        for (auto it = byDepth.cbegin(); it != byDepth.cend(); ++it)
            wraps.insert(it.key(), PlainTextWrap(it.value()));
    } else if (document.format == DocumentFormat::Pdf) {
        // A reply printed to PDF over the buyer's message it answers ("-----原始邮件----- / 发件人: 王磊"): the
        // buyer's lines are marked as a pasted thread's are.
        const QList<EmailLine> read = readPrintedEmailThread(lineTexts);
        for (int i = 0; i < read.size(); ++i) {
            if (read.at(i).othersWords)
                emailLines.insert(all.at(i), read.at(i));
        }
    }
    QHash<const TextLine *, EmailLine> quotedLines; // the unquoted copies, by copy

    for (const Page &page : document.pages) {
        QList<const TextLine *> lines;
        bool boxes = false;
        for (const TextLine &line : page.lines) {
            const TextLine *source = &line;
            const auto email = emailLines.constFind(&line);
            if (email != emailLines.cend()) {
                markedLines.push_back(TextLine{email->text, line.box, {}});
                source = &markedLines.back();
                quotedLines.insert(source, *email);
            }
            if (boilerplate.contains(&line) || source->text.trimmed().isEmpty())
                continue;
            // Plain text aligned with ideographic spaces ("B类　　　浪潮NF5280M5（20台）\t5×9"): a run of them is a
            // column break, as a tab is (the run keeps its length, so positions stay right).
            if (document.format == DocumentFormat::Text && source->text.contains(QStringLiteral("\u3000\u3000"))) {
                QString text = source->text;
                for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                    if (text.at(i) != QChar(0x3000) || text.at(i + 1) != QChar(0x3000))
                        continue;
                    text[i] = QLatin1Char('\t');
                    while (i + 1 < text.size() && text.at(i + 1) == QChar(0x3000))
                        text[++i] = QLatin1Char(' ');
                }
                markedLines.push_back(TextLine{text, source->box, source->words});
                const auto quoted = quotedLines.constFind(source);
                const std::optional<EmailLine> sender =
                    quoted != quotedLines.cend() ? std::optional<EmailLine>(*quoted) : std::nullopt;
                source = &markedLines.back();
                if (sender)
                    quotedLines.insert(source, *sender);
            }
            // A dashed rule set as text in a PDF (typewriter-style filings) separates rows; as a cell it
            // would glue its dashes to the next row's text.
            if (!line.box.isNull() && isMarkdownRule(line.text))
                continue;
            lines << source;
            boxes = boxes || !line.box.isNull();
        }
        bool firstOnPage = true;

        if (!boxes) {
            // DOCX and plain text: one line is a paragraph or a table row.
            QList<Writer::Piece> pending;
            int pendingDepth = 0;   // quote depth of the pending paragraph's lines
            int pendingMessage = 0; // and the message they belong to
            int table = -1;
            int header = -1;
            int rowIndex = 0;
            // A Word table inside another's cell follows the row that holds it: a row with another number of
            // cells starts the nested table, one with the enclosing table's number resumes that.
            struct Shelved
            {
                int table;
                int header;
                int rowIndex;
                int cells;
                int enclosing;
            };
            QList<Shelved> shelved;
            int openCells = 0;
            int enclosing = -1; // the row holding the open table, if it is nested
            auto flush = [&]() {
                if (pending.isEmpty())
                    return;
                if (firstOnPage && state.lastWasParagraph && state.lastParagraphOpen &&
                    !listStartPattern().match(pending.first().text).hasMatch())
                    writer.continueLast(pending);
                else
                    writer.paragraph(pending);
                state.lastWasParagraph = true;
                state.lastParagraphOpen = paragraphOpen(segments.last().text);
                const bool continuedCaption = pending.size() == 1 && continuesTableCaption(pending.first().text);
                if (continuedCaption && state.lastTable >= 0)
                    state.captioned = {state.lastTable, state.lastTableHeader, state.lastTableRows,
                                       state.lastTableColumns};
                else if (continuedCaption)
                    state.captioned = state.recent;
                else
                    state.captioned.table = -1;
                state.lastTable = -1;
                firstOnPage = false;
                pending.clear();
            };
            QStringList texts;
            for (const TextLine *line : lines)
                texts << line->text;
            const FixedWidthTables fixedWidth =
                document.format == DocumentFormat::Text ? fixedWidthTables(texts) : FixedWidthTables();
            const HtmlTables html = document.format == DocumentFormat::Text ? htmlTables(texts) : HtmlTables();
            const GridTables grid = document.format == DocumentFormat::Text ? gridTables(texts) : GridTables();
            int lastHtmlTable = -1;
            int lastGridTable = -1;
            // One line's cells as a table row: of the open table, or of a new one (newTable, or none open).
            auto emitRow = [&](const QStringList &cells, const TextLine *line, bool newTable) {
                flush();
                if (newTable)
                    table = -1;
                if (table < 0) {
                    const bool continues =
                        firstOnPage && state.lastTable >= 0 && state.lastTableColumns == cells.size();
                    if (continues) {
                        table = state.lastTable;
                        header = state.lastTableHeader;
                        rowIndex = state.lastTableRows;
                    } else if (state.captioned.table >= 0 && state.captioned.columns == cells.size()) {
                        table = state.captioned.table;
                        header = state.captioned.header;
                        rowIndex = state.captioned.rows;
                    } else {
                        table = tableCount++;
                        header = int(segments.size());
                        rowIndex = 0;
                    }
                }
                QList<Writer::Cell> rowCells;
                QList<int> columns;
                for (int i = 0; i < cells.size(); ++i) {
                    rowCells << Writer::Cell{
                        Writer::Piece{cells.at(i), page.number, line->box, quotedLines.value(line).othersWords}};
                    columns << i;
                }
                writer.tableRow(rowCells, columns, table, rowIndex++, header);
                state.captioned.table = -1;
                state.lastWasParagraph = false;
                state.lastTable = table;
                state.lastTableHeader = header;
                state.lastTableRows = rowIndex;
                state.lastTableColumns = int(cells.size());
                state.recent = {table, header, rowIndex, int(cells.size())};
                firstOnPage = false;
            };
            for (int index = 0; index < lines.size(); ++index) {
                const TextLine *line = lines.at(index);
                if (((markdown || document.format == DocumentFormat::Text) && isMarkdownRule(line->text)) ||
                    fixedWidth.rules.contains(index))
                    continue;
                // Bordered grids ("+-----+-----+" over "| A | … |"): a row drawn over several lines is one row.
                if (grid.lines.contains(index)) {
                    const auto row = grid.rows.constFind(index);
                    if (row != grid.rows.cend() && row->cells.size() >= 2) {
                        emitRow(row->cells, line, row->table != lastGridTable);
                        lastGridTable = row->table;
                    }
                    continue;
                }
                // HTML tables (pages exported from a web CMS): each row of the markup is a table row.
                if (html.lines.contains(index)) {
                    for (const HtmlRow &row : html.rows.value(index)) {
                        if (row.cells.size() >= 2) {
                            emitRow(row.cells, line, row.table != lastHtmlTable);
                            lastHtmlTable = row.table;
                        } else if (!row.cells.isEmpty() && !row.cells.first().isEmpty()) {
                            flush();
                            pending << Writer::Piece{row.cells.first(), page.number, line->box,
                                                     quotedLines.value(line).othersWords};
                            flush();
                            table = -1;
                        }
                    }
                    continue;
                }
                const QStringList cells = fixedWidth.rows.value(index, boxlessCells(line->text, markdown));
                if (cells.size() >= 2) {
                    // A row over a Markdown rule ("|---|---|") right after a row is the header of a
                    // new table, which only a blank line parted from the last one. (Plain-text tables
                    // ruled between every row, or with "+----+" borders, are one table.)
                    const bool markdownHeader = table >= 0 && (markdown || document.format == DocumentFormat::Text) &&
                                                index + 1 < lines.size() && isMarkdownRule(lines.at(index + 1)->text) &&
                                                lines.at(index + 1)->text.contains(QLatin1Char('|')) &&
                                                !lines.at(index + 1)->text.contains(QLatin1Char('+')) && index > 0 &&
                                                !isMarkdownRule(lines.at(index - 1)->text);
                    bool newTable = markdownHeader;
                    if (document.format == DocumentFormat::Docx && table >= 0 && int(cells.size()) != openCells) {
                        qsizetype resumed = shelved.size() - 1;
                        while (resumed >= 0 && shelved.at(resumed).cells != int(cells.size()))
                            --resumed;
                        if (resumed >= 0) {
                            table = shelved.at(resumed).table;
                            header = shelved.at(resumed).header;
                            rowIndex = shelved.at(resumed).rowIndex;
                            enclosing = shelved.at(resumed).enclosing;
                            shelved.resize(resumed);
                        } else {
                            shelved << Shelved{table, header, rowIndex, openCells, enclosing};
                            enclosing = int(segments.size()) - 1;
                            newTable = true;
                        }
                    }
                    emitRow(cells, line, newTable);
                    if (enclosing >= 0)
                        segments.last().enclosingRow = enclosing;
                    openCells = int(cells.size());
                    continue;
                }
                table = -1;
                shelved.clear();
                enclosing = -1;
                // Hard-wrapped plain text: a long line without closing punctuation continues.
                const QString text = line->text.trimmed();
                // A line quoted at another depth starts another message.
                const EmailLine quote = quotedLines.value(line);
                const auto wrap = wraps.constFind(pendingDepth);
                const bool wrapped =
                    !pending.isEmpty() && wrap != wraps.cend() && wrap->continues(pending.last().text.trimmed()) &&
                    !endsClause(pending.last().text.trimmed().back()) && !listStartPattern().match(text).hasMatch() &&
                    quote.depth == pendingDepth && quote.message == pendingMessage;
                // A plain-text list item goes on in the lines indented under its marker.
                auto indent = [](const QString &raw) {
                    int i = 0;
                    while (i < raw.size() && raw.at(i).isSpace())
                        ++i;
                    return i;
                };
                const bool itemGoesOn =
                    document.format == DocumentFormat::Text && !pending.isEmpty() && quote.depth == pendingDepth &&
                    listStartPattern().match(pending.first().text).hasMatch() &&
                    !listStartPattern().match(text).hasMatch() && indent(line->text) > indent(pending.first().text);
                if (!wrapped && !itemGoesOn)
                    flush();
                pending << Writer::Piece{line->text, page.number, line->box, quote.othersWords};
                pendingDepth = quote.depth;
                pendingMessage = quote.message;
                if (document.format != DocumentFormat::Text)
                    flush();
            }
            flush();
            continue;
        }

        // PDF: regroup cells into rows from their boxes.
        double rightEdge = 0;
        for (const TextLine *line : lines)
            rightEdge = std::max(rightEdge, line->box.right());
        const PageReading reading = readPage(lines, &markedLines);
        QList<VisualRow> rows = reading.rows;
        joinListMarkers(rows, &markedLines);
        // Where a line ends its paragraph: at its column's right edge, or the page's.
        auto edgeOf = [&](const TextLine *line) { return reading.columnRight.value(line, rightEdge); };

        // A table is buffered until it ends: its columns are the cells of its widest row, and every
        // cell (headers are often centred) goes to the column it overlaps most.
        struct OpenTable
        {
            int id = -1;
            int header = -1;
            int rows = 0;
            QList<QPair<double, double>> columns; // inherited from the previous page, or empty
            QList<QList<const TextLine *>> buffered;
            double bottom = 0;
            double lineHeight = 0;
            double left = 0;
        } open;
        auto flushTable = [&]() {
            if (open.buffered.isEmpty())
                return;
            // Columns are inherited from the previous page or read from the rows; rows cut apart
            // (stacked rows, chained cells) are read again, as they give narrower, truer cells.
            const bool inherited = !open.columns.isEmpty();
            const QList<QList<const TextLine *>> buffered = splitAtColumnStarts(open.buffered, &markedLines);
            // (A numbered heading right above the header's first cell, "一、服务产品内容" over "服务项目", is the
            // paragraph before the table, see below: it says nothing of the columns.)
            auto withoutHeading = [&](QList<QList<const TextLine *>> tableRows) {
                if (inherited || open.rows != 0 || tableRows.isEmpty() || tableRows.first().size() < 3)
                    return tableRows;
                QList<const TextLine *> &top = tableRows.first();
                const auto highest = std::min_element(
                    top.cbegin(), top.cend(), [](const TextLine *a, const TextLine *b) { return a->box.y < b->box.y; });
                double othersTop = 1e9;
                for (const TextLine *item : std::as_const(top))
                    if (item != *highest)
                        othersTop = std::min(othersTop, item->box.y);
                if (numberedHeading().match((*highest)->text).hasMatch() && (*highest)->box.bottom() <= othersTop + 1)
                    top.removeAt(highest - top.cbegin());
                return tableRows;
            };
            const QList<QList<const TextLine *>> columnRows = withoutHeading(buffered);
            TableColumns columns = inherited ? open.columns : tableColumns(columnRows);
            // (Rows too close to part at first overlap into a few wide spans: they are cut by their lines' columns.)
            const TableColumns cutColumns = inherited ? columns : tableColumnsByLine(columnRows);
            auto columnIndex = [&cutColumns](const TextLine *line) { return columnOf(cutColumns, line); };
            QList<QList<const TextLine *>> cellRows = splitStackedRows(buffered, columnIndex);
            if (!inherited && cellRows.size() > buffered.size())
                columns = tableColumns(withoutHeading(cellRows));
            cellRows = splitAtColumnGutters(cellRows, columns, &markedLines);
            cellRows = joinKeyedContinuations(cellRows, columns);
            const GroupLines groups = takeGroupLines(&cellRows, columns, open.rows == 0 ? 1 : 0);
            QList<QList<Writer::Cell>> rowCells;
            QList<QList<int>> rowColumns;
            for (const QList<const TextLine *> &row : cellRows) {
                QList<int> cellColumns;
                QList<Writer::Cell> cells;
                QList<const TextLine *> items = row;
                std::stable_sort(items.begin(), items.end(),
                                 [](const TextLine *a, const TextLine *b) { return a->box.y < b->box.y; });
                for (const TextLine *item : items) {
                    const int column = columnOf(columns, item);
                    int at = int(cellColumns.indexOf(column));
                    if (at < 0) {
                        at = 0;
                        while (at < cellColumns.size() && cellColumns.at(at) < column)
                            ++at;
                        cellColumns.insert(at, column);
                        cells.insert(at, Writer::Cell());
                    }
                    cells[at] << Writer::Piece{item->text, page.number, item->box, quotedLines.value(item).othersWords};
                }
                rowCells << cells;
                rowColumns << cellColumns;
            }
            // A new table whose first rows are a title box ("第三部分 | 报价明细表", "金额单位：人民币元")
            // above a header of four or more cells: the title rows are paragraphs and the header is
            // the first full row.
            // A numbered heading set right above the header's first cell ("二、服务产品对比" over "服务内容")
            // reads as the top line of that cell: it is the paragraph before the table.
            if (open.rows == 0 && !rowCells.isEmpty() && rowCells.first().size() >= 2 &&
                rowCells.first().first().size() >= 2) {
                Writer::Cell &firstCell = rowCells.first().first();
                const Writer::Piece top = firstCell.first();
                double othersTop = 1e9;
                for (int c = 1; c < rowCells.first().size(); ++c)
                    if (!rowCells.first().at(c).isEmpty())
                        othersTop = std::min(othersTop, rowCells.first().at(c).first().box.y);
                if (numberedHeading().match(top.text).hasMatch() && top.box.bottom() <= othersTop + 1) {
                    writer.paragraph({top});
                    firstCell.removeFirst();
                    open.header = int(segments.size());
                }
            }
            // A caption row of three cells ("5.4 服务时限 | 表 5-3 | 服务时限承诺") is a title too.
            static const QRegularExpression caption(
                QStringLiteral(R"(^\s*(?:表|Table)\s*[0-9一二三四五六七八九十]|^\s*\d+(?:\.\d+)+\s)"));
            bool captioned = false;
            // So is a box of labelled facts over a price table ("项目名称：… | 采购编号：… | 货币单位：人民币元").
            static const QRegularExpression labelledFact(
                QStringLiteral(
                    R"((?:项目名称|采购编号|招标编号|项目编号|货币单位|金额单位|单位|Project|Reference|Currency)\s*[:：])"),
                QRegularExpression::CaseInsensitiveOption);
            auto isTitleRow = [&](const QList<Writer::Cell> &cells) {
                if (cells.size() <= 2)
                    return true;
                int facts = 0;
                bool captionCell = false;
                for (const Writer::Cell &cell : cells) {
                    for (const Writer::Piece &piece : cell) {
                        facts += labelledFact.match(piece.text).hasMatch() ? 1 : 0;
                        captionCell = captionCell || caption.match(piece.text).hasMatch();
                    }
                }
                if (facts >= 2 || (cells.size() <= 3 && captionCell))
                    return captioned = true;
                return false;
            };
            int first = 0;
            if (open.rows == 0) {
                while (first < rowCells.size() && isTitleRow(rowCells.at(first)))
                    ++first;
                if (first == 0 || first >= rowCells.size() || rowCells.at(first).size() < (captioned ? 3 : 4))
                    first = 0;
            }
            // A spreadsheet's letterhead box over its table ("客户名称 | … | 报价编号 | …" above "序号 | 设备组 | … |
            // 单价 | 小计 | 备注"): a row of words much wider than the narrow rows above it is the header.
            if (open.rows == 0 && first == 0) {
                auto figures = [](const QList<Writer::Cell> &cells) {
                    int count = 0;
                    for (const Writer::Cell &cell : cells) {
                        bool digit = false;
                        for (const Writer::Piece &piece : cell)
                            digit = digit || std::any_of(piece.text.cbegin(), piece.text.cend(),
                                                         [](QChar c) { return c.isDigit(); });
                        count += digit ? 1 : 0;
                    }
                    return count;
                };
                const int narrow = int(rowCells.value(0).size());
                for (int r = 1; r < std::min(int(rowCells.size()) - 1, 8); ++r) {
                    const int width = int(rowCells.at(r).size());
                    if (width < narrow + 3) {
                        if (width > narrow + 2)
                            break;
                        continue;
                    }
                    if (width >= 6 && 3 * figures(rowCells.at(r)) <= width && rowCells.at(r + 1).size() + 2 >= width)
                        first = r;
                    break;
                }
            }
            // A group header over the measures, read as a title row ("Critical Equipment" centred over Response /
            // On-site / Restoration, "Standard Equipment" over the next two): each measure's header cell takes its
            // group's name in front, as a one-row header would write it ("Critical Equipment Response").
            if (first == 1 && rowCells.size() >= 2)
                nameMeasuresByGroup(rowCells.at(0), &rowCells[1], rowColumns.at(1), columns);
            if (open.rows == 0 && first < rowCells.size())
                spreadSpanningMeasures(&rowCells[first], rowColumns.at(first), columns);
            for (int r = 0; r < first; ++r) {
                QList<Writer::Piece> pieces;
                for (const Writer::Cell &cell : rowCells.at(r))
                    pieces << cell;
                writer.paragraph(pieces);
            }
            if (first > 0)
                open.header = int(segments.size());
            auto writeGroups = [&](const QList<const TextLine *> &groupLines) {
                for (const TextLine *line : groupLines)
                    writer.paragraph(
                        {Writer::Piece{line->text, page.number, line->box, quotedLines.value(line).othersWords}});
            };
            // The caption of another table in one cell between rows ("Table 3 - Service levels per site" where a
            // PDF's layout joined two tables): a paragraph, and the rows below it a new table headed by the first.
            auto isNextTablesCaption = [&](int r) {
                if (r == first || r + 1 >= rowCells.size() || rowCells.at(r + 1).size() < 3)
                    return false;
                int filled = 0;
                QString text;
                for (const Writer::Cell &cell : rowCells.at(r)) {
                    filled += cell.isEmpty() ? 0 : 1;
                    for (const Writer::Piece &piece : cell)
                        text += piece.text;
                }
                return filled == 1 && text.size() <= 80 && captionOpening().match(text).hasMatch();
            };
            // ... or hung under the last line of a row's first cell ("二级故障工程师到场" over "表2 二级保障服务时限"):
            // the row ends above it.
            auto hangsNextTablesCaption = [&](int r) {
                if (r + 1 >= rowCells.size() || rowCells.at(r + 1).size() < 3 || rowCells.at(r).isEmpty() ||
                    rowCells.at(r).first().size() < 2)
                    return false;
                const QString &last = rowCells.at(r).first().last().text;
                return last.size() <= 80 && captionOpening().match(last).hasMatch();
            };
            auto startNextTable = [&](const QList<Writer::Piece> &captionPieces) {
                writer.paragraph(captionPieces);
                open.id = tableCount++;
                open.rows = 0;
                open.header = int(segments.size());
            };
            for (int r = first; r < rowCells.size(); ++r) {
                if (isNextTablesCaption(r)) {
                    startNextTable(rowCells.at(r).first());
                    continue;
                }
                const bool hangsCaption = hangsNextTablesCaption(r);
                const Writer::Piece hung = hangsCaption ? rowCells[r].first().takeLast() : Writer::Piece();
                writeGroups(groups.before.value(r));
                writer.tableRow(rowCells.at(r), rowColumns.at(r), open.id, open.rows++, open.header);
                writeGroups(groups.after.value(r));
                if (hangsCaption)
                    startNextTable({hung});
            }
            open.buffered.clear();
            state.lastWasParagraph = false;
            state.lastTable = open.id;
            state.lastTableHeader = open.header;
            state.lastTableRows = open.rows;
            state.lastTableColumns = int(columns.size());
            state.lastTableColumnRanges = columns;
        };
        // True when line starts in the open table's first column and runs across the start of its second.
        auto crossesGutters = [](const OpenTable &table, const TextLine *line) {
            double secondColumn = table.columns.size() >= 2 ? table.columns.at(1).first : 1e9;
            for (const auto &rowLines : table.buffered) {
                QList<double> starts;
                for (const TextLine *cell : rowLines)
                    starts << cell->box.x;
                std::sort(starts.begin(), starts.end());
                if (starts.size() >= 2 && starts.at(1) > starts.at(0) + 2)
                    secondColumn = std::min(secondColumn, starts.at(1));
            }
            return line->box.x < secondColumn - 2 && line->box.right() > secondColumn + 2;
        };
        auto addToRow = [&](const VisualRow &row, bool newRow) {
            if (newRow || open.buffered.isEmpty())
                open.buffered << QList<const TextLine *>();
            open.buffered.last() << row.items;
            open.bottom = row.bottom;
            for (const TextLine *item : row.items)
                open.left = std::min(open.left, item->box.x);
        };

        QList<Writer::Piece> paragraph;
        QList<const TextLine *> paragraphLines; // the lines of paragraph
        // Paragraphs of one line written on this page, most recent last, with their segment.
        QList<QPair<const TextLine *, int>> loneLines;
        const TextLine *previousLine = nullptr;
        double lastTableBottom = -1e9; // of the table last closed on this page
        double lastTableLineHeight = 0;
        // The table last closed on this page, and the segment count then: a group row ("Section 1 –
        // Critical") between its rows is one paragraph, after which the table goes on.
        struct ClosedTable
        {
            int id = -1;
            int header = -1;
            int rows = 0;
            int segmentsAtClose = 0;
            double left = 0;
        } closed;
        auto flushParagraph = [&]() {
            if (paragraph.isEmpty())
                return;
            if (firstOnPage && state.lastWasParagraph && state.lastParagraphOpen &&
                !listStartPattern().match(paragraph.first().text).hasMatch()) {
                writer.continueLast(paragraph);
            } else {
                writer.paragraph(paragraph);
                if (paragraphLines.size() == 1)
                    loneLines << qMakePair(paragraphLines.first(), int(segments.size()) - 1);
            }
            state.lastWasParagraph = true;
            state.lastParagraphOpen =
                paragraphOpen(segments.last().text) && previousLine &&
                previousLine->box.right() > edgeOf(previousLine) - 0.15 * (edgeOf(previousLine) - previousLine->box.x);
            state.lastTable = -1;
            firstOnPage = false;
            paragraph.clear();
            paragraphLines.clear();
        };

        for (qsizetype r = 0; r < rows.size(); ++r) {
            const VisualRow &row = rows.at(r);
            const double height = std::max(4.0, std::min(row.height(), 20.0));
            const double gap = row.top - open.bottom;
            const bool multi = row.items.size() >= 2;
            if (open.id >= 0) {
                const double x = row.items.first()->box.x;
                const bool insideColumns = x > open.left + 6;
                // Wrapped lines of a cell sit about a line apart; rows of a tightly ruled table only a
                // little further, so a line that starts in the first column needs the tighter gap.
                const bool wrappedCell = gap < 0.3 * open.lineHeight || (gap < 0.5 * open.lineHeight && insideColumns);
                const bool nearby = gap < 2.5 * open.lineHeight;
                if (multi && (wrappedCell || nearby)) {
                    addToRow(row, !wrappedCell);
                    continue;
                }
                // Body text below a table runs across it from its left edge; a cell's line does not.
                // (So does an indented paragraph's first line: it runs from the first column across the start of
                // the second, "上述时限按自然小时连续计算。…" under the grid, which no cell's line can.)
                const bool bodyLine = row.items.first()->box.width > 0.5 * (rightEdge - open.left) &&
                                      (!insideColumns || crossesGutters(open, row.items.first()));
                // A first-column cell whose text starts left of a centred header ("Class A – clinically"
                // under "Service class") opens the next row when the rest of that row follows.
                // (The label may wrap over lines of its own before the rest of the row, centred beside it, comes:
                // "Severity 1 (Critical): the" / "Equipment is down or a" beside "fifteen (15) minutes".)
                const TextLine *first = row.items.first();
                qsizetype rest = r + 1;
                while (rest < rows.size() && rest <= r + 3 && rows.at(rest).items.size() == 1 &&
                       std::abs(rows.at(rest).items.first()->box.x - x) < 2 &&
                       rows.at(rest).top - rows.at(rest - 1).bottom < 0.5 * open.lineHeight)
                    ++rest;
                const bool underFirstColumn = x < open.left + 6 && first->box.right() > open.left + 6 &&
                                              rest < rows.size() && rows.at(rest).items.size() >= 2 &&
                                              rows.at(rest).top - rows.at(rest - 1).bottom < 0.5 * open.lineHeight;
                // A line in another type size starting at the table's left edge is a caption or heading.
                const bool otherType =
                    std::abs(first->box.height - open.lineHeight) > 0.12 * open.lineHeight && x <= open.left + 1;
                // A footnote under the table ("① 银牌服务时间为…", "* Parts may be …") starts at its left edge, or
                // runs across the table from a little inside it ("(*1) Including Saturdays, Sundays, …").
                static const QRegularExpression footnoteMark(QStringLiteral(
                    R"(^\s*(?:[①-⑩¹²³⁴⁵⁶⁷⁸⁹]|\*{1,3}\s|\(\*\d{1,2}\)|\*\d{1,2}\b|※|注\s*[:：\d]|Notes?\s*[:：\d]))"));
                const bool footnote = (x <= open.left + 6 || first->box.width > 0.6 * (rightEdge - open.left)) &&
                                      footnoteMark.match(first->text).hasMatch();
                if (!multi && nearby && !bodyLine && !otherType && !footnote &&
                    (wrappedCell || insideColumns || underFirstColumn)) {
                    addToRow(row, !wrappedCell);
                    continue;
                }
                flushTable();
                lastTableBottom = open.bottom;
                lastTableLineHeight = open.lineHeight;
                closed = ClosedTable{open.id, open.header, open.rows, int(segments.size()), open.left};
                open = OpenTable();
            }
            // A page that opens inside a cell of the previous page's table ("Degraded performance or
            // loss of" above the rest of its row) continues that table.
            // (So do cells of several columns, none in the first: "month" beside "or part hour by which …".)
            // (Several cells only after a table of body rows, not after a signature line "日期： | 年 | 月 | 日".)
            const bool tableCarriesOver = open.id < 0 && firstOnPage && paragraph.isEmpty() && state.lastTable >= 0 &&
                                          state.lastTableColumnRanges.size() >= 2 &&
                                          (!multi || state.lastTableRows >= 2) &&
                                          std::all_of(row.items.cbegin(), row.items.cend(), [&](const TextLine *item) {
                                              return item->box.x > state.lastTableColumnRanges.first().second &&
                                                     item->box.width < 0.5 * rightEdge;
                                          });
            if (multi || tableCarriesOver) {
                // A first-column header that wraps ("故障级别（核心生" / "产）") starts above the row.
                VisualRow start = row;
                // (Not a title in larger type right above the table: "Pick the right plan for each tier".)
                if (multi && !paragraph.isEmpty() && previousLine &&
                    row.top - previousLine->box.bottom() < 0.5 * height &&
                    previousLine->box.x < row.items.first()->box.right() &&
                    previousLine->box.right() < row.items.value(1)->box.x + 1 &&
                    previousLine->box.height < 1.3 * row.items.first()->box.height) {
                    paragraph.removeLast();
                    paragraphLines.removeLast();
                    start.items.prepend(previousLine);
                    start.top = previousLine->box.y;
                    previousLine = nullptr;
                }
                flushParagraph();
                // Header cells aligned to the top wrap, so their first lines sit above the row's other
                // cells; Poppler may chain them into one line, read as a paragraph of its own. Such
                // lines right above the row, right of its first cell, are the header's.
                if (multi) {
                    const double firstRight = start.items.first()->box.right();
                    while (!loneLines.isEmpty() && loneLines.last().second == int(segments.size()) - 1) {
                        const TextLine *lone = loneLines.last().first;
                        if (lone->box.y >= start.top || start.top - lone->box.bottom() > 0.5 * height ||
                            lone->box.x < firstRight)
                            break;
                        segments.removeLast();
                        loneLines.removeLast();
                        start.items.prepend(lone);
                        start.top = lone->box.y;
                    }
                }
                // A row whose cells are taller than the gap allows (wrapped text, cell padding) comes
                // after the table was closed; lined up with its columns and close below, it continues it.
                // (Under a lone header row of centred cells, "服务项目 | 基础保修 | 关键业务", a body row's cells start
                // left of their header: overlapping its column is enough; and its label cell may stack a group's
                // name over the row's, "服务时间与响应" over "服务时间 [1]".)
                const bool underLoneHeader = state.lastTableRows == 1;
                bool alignedBelow = !firstOnPage && multi && paragraph.isEmpty() && state.lastTable >= 0 &&
                                    state.lastTableColumns >= 2 &&
                                    int(row.items.size()) <= state.lastTableColumns + (underLoneHeader ? 2 : 0) &&
                                    row.top - lastTableBottom < 4 * std::max(lastTableLineHeight, 4.0);
                double rowLeft = 1e9;
                for (const TextLine *item : row.items)
                    rowLeft = std::min(rowLeft, item->box.x);
                // The row's label, left-aligned, starting left of a lone header's centred first cell.
                const auto labelLeftOfHeader = [&](const TextLine *item) {
                    return !state.lastTableColumnRanges.isEmpty() && item->box.x <= rowLeft + 1 &&
                           item->box.x < state.lastTableColumnRanges.first().first;
                };
                for (const TextLine *item : row.items) {
                    // (... and its label may end left of the header's centred first cell.)
                    bool inColumn = underLoneHeader && labelLeftOfHeader(item);
                    for (const auto &column : state.lastTableColumnRanges)
                        inColumn = inColumn || (item->box.x >= column.first - 4 && item->box.x <= column.second + 4) ||
                                   (underLoneHeader && item->box.x <= column.second + 4 &&
                                    item->box.right() >= column.first - 4);
                    alignedBelow = alignedBelow && inColumn;
                }
                // A group row: one line at the table's left edge, then rows in the table's columns again.
                bool afterGroupRow = multi && closed.id >= 0 && int(segments.size()) == closed.segmentsAtClose + 1 &&
                                     segments.last().kind == TextSegment::Kind::Paragraph &&
                                     !segments.last().text.contains(QLatin1Char('\n')) &&
                                     state.lastTableColumnRanges.size() >= 3 &&
                                     int(row.items.size()) <= int(state.lastTableColumnRanges.size()) &&
                                     row.top - lastTableBottom < 5 * std::max(lastTableLineHeight, 4.0);
                // The row is a body row, not the header of a new table under a caption ("Table 3.2 – Restore
                // targets" over "Priority | Response"): most of its cells hold figures or codes.
                int figureCells = 0;
                for (const TextLine *item : row.items)
                    figureCells +=
                        std::any_of(item->text.cbegin(), item->text.cend(), [](QChar c) { return c.isDigit(); }) ? 1
                                                                                                                 : 0;
                // A group row is a name, not a sentence or a lead-in ("按次服务（…）：").
                // (A label may hold a colon or commas: "Service Level: Critical – production systems, 28 servers".)
                static const QRegularExpression sentenceMarks(QStringLiteral(R"([。；;]|\.\s|[:：]\s*$)"));
                // (A numbered heading, "4.2 Severity definitions", "二、服务级别", opens the next table instead.)
                static const QRegularExpression sectionNumber(QStringLiteral(
                    R"(^\s*(?:\d+\.\d+|\d+[.、]\s|[一二三四五六七八九十]+[、.]|第[一二三四五六七八九十\d]+[章节条部]))"));
                afterGroupRow = afterGroupRow && 2 * figureCells >= int(row.items.size()) &&
                                !sentenceMarks.match(segments.last().text).hasMatch() &&
                                !sectionNumber.match(segments.last().text).hasMatch();
                // (Each cell overlaps a column: numbers sit right-aligned under a wider header; or it sits in the gap
                // between two, a figure right-aligned past a narrow header's end: "140" under "Qty". Under a lone
                // header row of centred cells the row's label may end left of the first: "服务时间" under "服务项目".)
                for (const TextLine *item : row.items) {
                    bool inColumn = closed.rows == 1 && labelLeftOfHeader(item);
                    const auto &ranges = state.lastTableColumnRanges;
                    for (qsizetype c = 0; c < ranges.size(); ++c)
                        inColumn =
                            inColumn ||
                            (item->box.x <= ranges.at(c).second + 4 && item->box.right() >= ranges.at(c).first - 4) ||
                            (c + 1 < ranges.size() && item->box.x > ranges.at(c).second &&
                             item->box.right() < ranges.at(c + 1).first);
                    afterGroupRow = afterGroupRow && inColumn;
                }
                if (afterGroupRow) {
                    state.lastTable = closed.id;
                    state.lastTableHeader = closed.header;
                    state.lastTableRows = closed.rows;
                }
                const bool continues =
                    tableCarriesOver || alignedBelow || afterGroupRow ||
                    (firstOnPage && state.lastTable >= 0 &&
                     std::abs(int(row.items.size()) - state.lastTableColumns) <= 1 && state.lastTableColumns >= 2);
                if (continues) {
                    open.id = state.lastTable;
                    open.header = state.lastTableHeader;
                    open.rows = state.lastTableRows;
                    open.columns = state.lastTableColumnRanges;
                } else {
                    open.id = tableCount++;
                    open.header = int(segments.size());
                }
                // (A table carried over to this page keeps its left edge: its first line may be a wrapped cell's
                // last words in another column, "included)".)
                open.left = tableCarriesOver && state.lastTableRows >= 2 && !open.columns.isEmpty()
                                ? open.columns.first().first
                                : 1e9;
                // One line's height: the start row may hold a wrapped header cell two lines tall.
                double lineHeight = 20;
                for (const TextLine *item : start.items)
                    lineHeight = std::min(lineHeight, item->box.height);
                open.lineHeight = std::max(4.0, lineHeight);
                open.bottom = start.top;
                addToRow(start, true);
                firstOnPage = false;
                continue;
            }
            const TextLine *line = row.items.first();
            // The top of a right column goes on with the sentence that ended the left one unfinished.
            const bool acrossColumns =
                reading.columnTops.contains(line) && previousLine &&
                previousLine->box.right() > edgeOf(previousLine) - 0.15 * previousLine->box.width &&
                !endsClause(previousLine->text.trimmed().back());
            if (previousLine && !paragraph.isEmpty() &&
                (acrossColumns || continuesParagraph(*previousLine, *line, edgeOf(previousLine)))) {
                paragraph << Writer::Piece{line->text, page.number, line->box, quotedLines.value(line).othersWords};
            } else {
                flushParagraph();
                paragraph << Writer::Piece{line->text, page.number, line->box, quotedLines.value(line).othersWords};
            }
            paragraphLines << line;
            previousLine = line;
        }
        if (open.id >= 0)
            flushTable();
        flushParagraph();
    }
    return readBilingualTables(joinWrappedRowLabels(dropRepeatedHeaders(segments)));
}

} // namespace tw::analysis
