#pragma once

#include "TextSegment.h"

namespace tw::analysis {

/**
 * Reads a document set out as parallel texts as paragraphs. A table headed by languages only ("中文 |
 * English", "Chinese version | English version") holds each clause once per language, side by side: its
 * cells are paragraphs, not values under column headers, and its header row says nothing. Gives the
 * segments with each such table's rows replaced by a paragraph per non-empty cell (in column order),
 * other segments as they were, and the segment references (header, enclosing row) renumbered.
 */
QList<TextSegment> readBilingualTables(const QList<TextSegment> &segments);

} // namespace tw::analysis
