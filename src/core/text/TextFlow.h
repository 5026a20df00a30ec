#pragma once

#include "core/model/Document.h"

#include <QStringList>

namespace tw {

/** A paragraph rebuilt from wrapped lines, with the lines it came from. */
struct Paragraph
{
    QString text;
    int page = 0;
    int firstLine = 0; ///< index into the page's lines
    int lineCount = 0;
};

/**
 * Joins two pieces of wrapped text the way a reader would: a line break next to Chinese text is
 * joined without a space, an English word hyphenated at the line end is rejoined, anything else
 * gets one space.
 */
QString joinWrapped(const QString &left, const QString &right);

/**
 * True when line continues the paragraph of previous, judged from their boxes: close below it and
 * previous runs to the right edge of the text (rightEdge) without ending a heading.
 */
bool continuesParagraph(const TextLine &previous, const TextLine &line, double rightEdge);

/**
 * Rebuilds a page's paragraphs from its lines. With boxes (PDF), a paragraph ends at a vertical gap
 * or after a line that stops well short of the text's right edge; without boxes every line is a
 * paragraph of its own.
 */
QList<Paragraph> paragraphsOf(const Page &page);

/** All paragraphs' texts of a page, one per line. */
QString flowedText(const Page &page);

} // namespace tw
