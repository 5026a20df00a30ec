#include "PdfPageText.h"

#include <poppler-qt6.h>

namespace tw::io {

QList<TextLine> linesFromWords(const std::vector<std::unique_ptr<Poppler::TextBox>> &words)
{
    QList<TextLine> lines;
    const Poppler::TextBox *previous = nullptr;
    for (const auto &box : words) {
        const QRectF rect = box->boundingBox();
        const Word word{box->text(), BoundingBox{rect.x(), rect.y(), rect.width(), rect.height()}};
        // Poppler links the words of one line with nextWord(); a break in the chain starts a line.
        const bool continuesLine = previous && previous->nextWord() == box.get();
        if (!continuesLine) {
            lines.append(TextLine{});
        } else if (previous->hasSpaceAfter()) {
            lines.last().text += QLatin1Char(' ');
        }
        TextLine &line = lines.last();
        line.text += word.text;
        line.box = line.box.united(word.box);
        line.words.append(word);
        previous = box.get();
    }
    return lines;
}

} // namespace tw::io
