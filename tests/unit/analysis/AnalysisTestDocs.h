#pragma once

#include "core/model/Document.h"

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

/** A PDF-like page line with a box; x, y, width in points, 12 pt high. */
inline TextLine boxLine(const QString &text, double x, double y, double width)
{
    return TextLine{text, BoundingBox{x, y, width, 12}, {}};
}

} // namespace tw::test
