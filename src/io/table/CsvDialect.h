#pragma once

#include <QByteArrayView>
#include <QString>

namespace tw::io {

/**
 * Picks the delimiter of a CSV text from its first lines: of ',', ';' and tab, the one that splits
 * the lines (outside quotes) into the most consistent non-zero number of fields; ',' when none does.
 */
char detectCsvDelimiter(QByteArrayView sample);

/** "comma", "semicolon", "tab"... for messages and reports. */
QString delimiterName(char delimiter);

/** True when the bytes are valid UTF-8 (no overlongs, no surrogates); ASCII runs are skipped 8 bytes at a time. */
bool isValidUtf8(const char *data, qsizetype size);
/** The same check split over up to `threads` threads (cut where no multi-byte sequence is split). */
bool isValidUtf8Parallel(const char *data, qsizetype size, int threads);

} // namespace tw::io
