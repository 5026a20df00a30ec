#pragma once

#include "core/model/Document.h"

namespace tw::test {

/** A small two-page bilingual document with boxes and words, for round-trip tests. */
inline Document sampleDocument(const QString &fileName = QStringLiteral("proposal.pdf"))
{
    Document document;
    document.fileName = fileName;
    document.format = DocumentFormat::Pdf;
    Page first;
    first.number = 1;
    first.width = 595;
    first.height = 842;
    first.lines = {TextLine{QStringLiteral("关键业务级 7×24小时 4小时到场"),
                            {72, 100, 200, 12},
                            {Word{QStringLiteral("关键业务级"), {72, 100, 60, 12}}}},
                   TextLine{QStringLiteral("Response within 15 minutes"), {72, 120, 180, 12}, {}}};
    Page second;
    second.number = 2;
    second.width = 595;
    second.height = 842;
    second.hasTextLayer = false;
    document.pages = {first, second};
    document.warnings = {QStringLiteral("page 2 has no text layer")};
    return document;
}

} // namespace tw::test
