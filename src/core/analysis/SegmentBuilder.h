#pragma once

#include "TextSegment.h"

#include "core/model/Document.h"

namespace tw::analysis {

/**
 * Turns a document's positioned lines into segments: running headers, footers and page numbers
 * are dropped, PDF table cells are regrouped into rows and columns from their boxes (DOCX rows
 * arrive as one line with tab-separated cells, Markdown rows with pipes), wrapped lines are rejoined
 * into paragraphs, and a paragraph or table cut by a page break is continued.
 */
class SegmentBuilder
{
public:
    static QList<TextSegment> build(const Document &document);
};

} // namespace tw::analysis
