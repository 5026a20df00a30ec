#include "SheetPrint.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tw::analysis {

namespace {

bool isColumnLetter(const QString &text)
{
    static const QRegularExpression letter(QStringLiteral(R"(^\s*[A-Z]{1,2}\s*$)"));
    return letter.match(text).hasMatch();
}

/** The lines of the column ruler: two or more letters on one row, A, B, C … from the left. */
QSet<const TextLine *> columnRuler(const QList<const TextLine *> &lines)
{
    for (const TextLine *first : lines) {
        if (first->text.trimmed() != QLatin1String("A"))
            continue;
        QList<const TextLine *> row;
        for (const TextLine *line : lines) {
            if (isColumnLetter(line->text) && std::abs(line->box.y - first->box.y) < 3)
                row << line;
        }
        std::sort(row.begin(), row.end(), [](const TextLine *a, const TextLine *b) { return a->box.x < b->box.x; });
        bool consecutive = row.size() >= 2;
        for (int i = 0; consecutive && i < row.size() && i < 26; ++i)
            consecutive = row.at(i)->text.trimmed() == QString(QChar(u'A' + i));
        if (consecutive)
            return QSet<const TextLine *>(row.cbegin(), row.cend());
    }
    return {};
}

} // namespace

QList<const TextLine *> withoutSheetMargins(const QList<const TextLine *> &lines, std::list<TextLine> *storage)
{
    const QSet<const TextLine *> ruler = columnRuler(lines);
    if (ruler.isEmpty())
        return lines;
    double rulerBottom = 0;
    for (const TextLine *letter : ruler)
        rulerBottom = std::max(rulerBottom, letter->box.bottom());
    // Row numbers stand at the grid's left edge, below the ruler: a line that is one, or opens with one.
    static const QRegularExpression number(QStringLiteral(R"(^\d{1,3}$)"));
    double left = 1e9;
    for (const TextLine *line : lines) {
        if (line->box.y >= rulerBottom - 1 && !line->words.isEmpty() &&
            number.match(line->words.first().text).hasMatch())
            left = std::min(left, line->box.x);
    }
    auto numbered = [&](const TextLine *line) {
        return line->box.y >= rulerBottom - 1 && !line->words.isEmpty() &&
               number.match(line->words.first().text).hasMatch() && line->box.x <= left + 6;
    };
    // Two letters alone ("A  B" over a sheet of notes) are a ruler only over three numbered rows or more.
    if (ruler.size() < 3 && std::count_if(lines.cbegin(), lines.cend(), numbered) < 3)
        return lines;
    QList<const TextLine *> out;
    for (const TextLine *line : lines) {
        if (ruler.contains(line))
            continue;
        if (!numbered(line)) {
            out << line;
            continue;
        }
        if (line->words.size() == 1)
            continue; // an empty row's number
        TextLine rest;
        rest.words = line->words.mid(1);
        for (const Word &word : std::as_const(rest.words)) {
            rest.text += (rest.text.isEmpty() ? QString() : QStringLiteral(" ")) + word.text;
            rest.box = rest.box.isNull() ? word.box : rest.box.united(word.box);
        }
        // The line's own text keeps its spacing: cut the number off the front rather than rebuild it.
        const QString firstWord = line->words.first().text;
        const qsizetype at = line->text.indexOf(firstWord);
        if (at >= 0)
            rest.text = line->text.mid(at + firstWord.size()).trimmed();
        storage->push_back(rest);
        out << &storage->back();
    }
    return out;
}

} // namespace tw::analysis
