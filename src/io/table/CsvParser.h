#pragma once

#include "core/history/TableRowSink.h"

#include <QtGlobal>

namespace tw::io {

/** Where parsing a range stopped and how. */
struct CsvParseResult
{
    qint64 records = 0;         ///< records read, blank lines included (they keep row numbers right)
    const char *stop = nullptr; ///< first byte not consumed
    bool endedInQuotes = false; ///< the range ended inside a quoted field
};

/** Most fields kept for one row; a row with more is reported instead of exhausting memory. */
constexpr int kMaxCsvFields = 100000;

/**
 * Parses RFC 4180 records in [begin, end) and hands each to the sink. Fields point straight into
 * the buffer; only a quoted field with "" escapes (or text after its closing quote) is unescaped
 * into a scratch buffer, so there is no per-cell allocation and the buffer is never written to:
 * a range can be parsed again if a parallel split turns out wrong. Lines may end in LF, CRLF or
 * CR; blank lines are counted but not delivered. Malformed rows (text after a closing quote, an
 * unterminated quote) are delivered with a problem. maxRecords < 0 reads to the end.
 */
CsvParseResult parseCsvRange(const char *begin, const char *end, char delimiter, history::TableChunkSink &sink,
                             qint64 maxRecords = -1);

} // namespace tw::io
