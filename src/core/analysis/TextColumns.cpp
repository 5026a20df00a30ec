#include "TextColumns.h"

#include "core/text/CjkText.h"

#include <algorithm>
#include <cmath>

namespace tw::analysis {

namespace {

enum class Side { Left, Right, Across };

struct Run
{
    Side side;
    QList<const TextLine *> lines;
};

bool hasChinese(const QString &text) { return std::any_of(text.cbegin(), text.cend(), isHanCharacter); }

/** A line of running text that fills much of a half-page column (a heading or a cell does not). */
bool isProseLine(const TextLine *line, double textWidth)
{
    const qsizetype length = line->text.trimmed().size();
    return line->box.width >= 0.3 * textWidth && line->box.width <= 0.56 * textWidth &&
           (length >= 25 || (length >= 14 && hasChinese(line->text)));
}

/**
 * At least half of a column run is running text. Two lines are enough (the tail of a clause at the top
 * of a page): the page as a whole has shown its gutter.
 */
bool isColumnRun(const Run &run, double textWidth)
{
    if (run.lines.size() < 2)
        return false;
    const auto prose = std::count_if(run.lines.cbegin(), run.lines.cend(),
                                     [textWidth](const TextLine *line) { return isProseLine(line, textWidth); });
    return 2 * prose >= run.lines.size();
}

/**
 * The reader may interleave the two columns line by line (a column's lines given by height among the
 * other's): then the runs are too short to pair. Read by height, every stretch between lines across the
 * gutter (a running header, a title) whose both sides are column runs is one zone.
 */
QList<ColumnZone> interleavedZones(const QList<const TextLine *> &lines, double gutterLeft, double gutterRight,
                                   double width)
{
    QList<const TextLine *> byHeight = lines;
    std::stable_sort(byHeight.begin(), byHeight.end(),
                     [](const TextLine *a, const TextLine *b) { return a->box.y < b->box.y; });
    QList<ColumnZone> zones;
    QList<const TextLine *> left;
    QList<const TextLine *> right;
    // Each side holds running text (a small table may sit in a column), and the sides' lines keep their own
    // heights: the two cells of a table's rows start their lines side by side.
    auto prose = [&](const QList<const TextLine *> &side) {
        return std::count_if(side.cbegin(), side.cend(),
                             [width](const TextLine *line) { return isProseLine(line, width); });
    };
    auto sideBySide = [&] {
        int beside = 0;
        for (const TextLine *r : std::as_const(right)) {
            beside += std::any_of(left.cbegin(), left.cend(),
                                  [r](const TextLine *l) { return std::abs(l->box.y - r->box.y) < 1.5; });
        }
        return 2 * beside >= right.size();
    };
    auto close = [&] {
        if (prose(left) >= 4 && prose(right) >= 4 && !sideBySide())
            zones << ColumnZone{left, right};
        left.clear();
        right.clear();
    };
    for (const TextLine *line : byHeight) {
        if (line->box.right() <= gutterLeft + 2)
            left << line;
        else if (line->box.x >= gutterRight - 2)
            right << line;
        else
            close();
    }
    close();
    return zones;
}

} // namespace

QList<ColumnZone> textColumnZones(const QList<const TextLine *> &lines)
{
    double left = 1e9;
    double right = -1e9;
    for (const TextLine *line : lines) {
        if (line->box.isNull())
            return {};
        left = std::min(left, line->box.x);
        right = std::max(right, line->box.right());
    }
    const double width = right - left;
    if (lines.size() < 8 || width < 200)
        return {};
    // The gutter: between the right edge of the left column's running text and the start of the right's.
    const double middle = left + width / 2;
    double gutterLeft = -1e9;
    double gutterRight = 1e9;
    int leftProse = 0;
    int rightProse = 0;
    for (const TextLine *line : lines) {
        if (!isProseLine(line, width))
            continue;
        if (line->box.x <= left + 0.1 * width && line->box.right() <= middle + 0.03 * width) {
            gutterLeft = std::max(gutterLeft, line->box.right());
            ++leftProse;
        } else if (line->box.x >= middle - 0.03 * width) {
            gutterRight = std::min(gutterRight, line->box.x);
            ++rightProse;
        }
    }
    if (leftProse < 4 || rightProse < 4 || gutterLeft > gutterRight - 3)
        return {};
    // Runs of lines on one side, in the reader's order; a line across the gutter ends a run.
    QList<Run> runs;
    for (const TextLine *line : lines) {
        const Side side = line->box.right() <= gutterLeft + 2 ? Side::Left
                          : line->box.x >= gutterRight - 2    ? Side::Right
                                                              : Side::Across;
        if (runs.isEmpty() || runs.last().side != side)
            runs << Run{side, {}};
        runs.last().lines << line;
    }
    // A left run followed by a right run that starts higher up again is one stretch of two columns.
    auto pairs = [&](int r) {
        if (r < 0 || r + 1 >= runs.size())
            return false;
        const Run &first = runs.at(r);
        const Run &second = runs.at(r + 1);
        return first.side == Side::Left && second.side == Side::Right && isColumnRun(first, width) &&
               isColumnRun(second, width) && second.lines.first()->box.y < first.lines.last()->box.y;
    };
    QList<ColumnZone> zones;
    int used = -1; // the last run taken into a zone
    for (int r = 0; r + 1 < runs.size(); ++r) {
        if (!pairs(r))
            continue;
        ColumnZone zone{runs.at(r).lines, runs.at(r + 1).lines};
        // The reader may give the top of the right column before the left column (the end of a sentence
        // carried over from the left column's foot), and the left column's foot after the right column:
        // both belong to the stretch. (The foot goes on right below the left column; a block that starts
        // further down follows the stretch.)
        const Run *before = r - 1 > used ? &runs.at(r - 1) : nullptr;
        // (Running text set flush with the right column; its last line may end a paragraph short.)
        auto carriedOver = [&](const Run &run) {
            for (const TextLine *line : run.lines) {
                const bool last = line == run.lines.last();
                if (std::abs(line->box.x - zone.right.first()->box.x) > 2 ||
                    !(isProseLine(line, width) || (last && line->text.trimmed().size() >= 20)))
                    return false;
            }
            return true;
        };
        if (before && before->side == Side::Right && carriedOver(*before) &&
            before->lines.last()->box.bottom() <= zone.right.first()->box.y + 1 &&
            before->lines.first()->box.y < zone.left.last()->box.y)
            zone.right = before->lines + zone.right;
        used = r + 1;
        const Run *after = r + 2 < runs.size() ? &runs.at(r + 2) : nullptr;
        if (after && after->side == Side::Left && !pairs(r + 2) && isColumnRun(*after, width) &&
            after->lines.first()->box.y >= zone.left.last()->box.bottom() - 1 &&
            after->lines.first()->box.y <= zone.left.last()->box.bottom() + 3 * zone.left.last()->box.height) {
            zone.left += after->lines;
            used = r + 2;
        }
        zones << zone;
        r = used;
    }
    if (zones.isEmpty())
        zones = interleavedZones(lines, gutterLeft, gutterRight, width);
    return zones;
}

} // namespace tw::analysis
