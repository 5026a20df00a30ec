#pragma once

#include "core/model/Document.h"

#include <QPair>
#include <QStringList>

namespace tw::test {

/** A DOCX-like document (no boxes): one line per paragraph, table rows with tab-separated cells. */
inline Document textDocument(const QList<QStringList> &pages, DocumentFormat format = DocumentFormat::Docx)
{
    Document document;
    document.fileName = QStringLiteral("proposal.docx");
    document.format = format;
    int number = 1;
    for (const QStringList &lines : pages) {
        Page page;
        page.number = number++;
        for (const QString &line : lines)
            page.lines << TextLine{line, {}, {}};
        document.pages << page;
    }
    return document;
}

/** An A4 page of positioned lines. */
inline Page a4Page(int number, const QList<TextLine> &lines)
{
    Page page;
    page.number = number;
    page.width = 595;
    page.height = 842;
    page.lines = lines;
    return page;
}

/** A one-page PDF-like document (A4) of positioned lines. */
inline Document pdfPage(const QString &fileName, const QList<TextLine> &lines)
{
    Document document;
    document.fileName = fileName;
    document.format = DocumentFormat::Pdf;
    document.pages << a4Page(1, lines);
    return document;
}

/** A PDF-like page line with a box; x, y, width and height in points. */
inline TextLine boxLine(const QString &text, double x, double y, double width, double height = 12)
{
    return TextLine{text, BoundingBox{x, y, width, height}, {}};
}

/**
 * A PDF-like line from its words, each placed at its x (points) on the baseline row y; a word is
 * charWidth points per character wide. Poppler gives such a line when it chains neighbouring cells.
 */
inline TextLine wordsLine(const QList<QPair<QString, double>> &words, double y, double height = 12,
                          double charWidth = 6)
{
    TextLine line;
    for (const auto &word : words) {
        const Word w{word.first, BoundingBox{word.second, y, charWidth * word.first.size(), height}};
        line.text += (line.text.isEmpty() ? QString() : QStringLiteral(" ")) + word.first;
        line.words << w;
        line.box = line.box.isNull() ? w.box : line.box.united(w.box);
    }
    return line;
}

/** Pointers to each of @p lines, in order: the rows the PDF layout functions take. */
inline QList<const TextLine *> linePointers(const QList<TextLine> &lines)
{
    QList<const TextLine *> pointers;
    pointers.reserve(lines.size());
    for (const TextLine &line : lines)
        pointers << &line;
    return pointers;
}

} // namespace tw::test
