#include "TextColumns.h"

#include "core/text/CjkText.h"

#include <algorithm>

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
    QList<ColumnZone> zones;
    for (int r = 0; r + 1 < runs.size(); ++r) {
        const Run &first = runs.at(r);
        const Run &second = runs.at(r + 1);
        if (first.side != Side::Left || second.side != Side::Right || !isColumnRun(first, width) ||
            !isColumnRun(second, width) || second.lines.first()->box.y >= first.lines.last()->box.y)
            continue;
        zones << ColumnZone{first.lines, second.lines};
        ++r;
    }
    return zones;
}

} // namespace tw::analysis
