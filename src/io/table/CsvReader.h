#pragma once

#include "core/history/TableRowSink.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace tw::io {

/**
 * Reads a CSV file (RFC 4180: quoted fields with line breaks and "" escapes; ',', ';' or tab,
 * detected) into a TableConsumer. UTF-8 with or without BOM is parsed straight from a memory
 * map; UTF-16 and GB18030 are decoded first. Large files are split at record boundaries and
 * parsed on several threads, one consumer chunk per thread.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(tw::io::CsvReader)

public:
    /** Threads to parse with; 0 = one per core (at most 4). */
    void setThreadCount(int threads) { m_threads = threads; }
    /** Forces a delimiter instead of detecting one. */
    void setDelimiter(char delimiter) { m_forcedDelimiter = delimiter; }

    bool read(const QString &path, history::TableConsumer &consumer);
    /** Reads CSV bytes already in memory (any supported encoding); name is used in messages. */
    bool readBytes(QByteArray bytes, const QString &name, history::TableConsumer &consumer);

    QString errorString() const { return m_errorString; }
    QString encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }
    /** Records below the header, blank lines included. */
    qint64 rowCount() const { return m_rows; }
    /** Parts parsed in parallel by the last read. */
    int chunkCount() const { return m_chunks; }
    /** The parallel split of the last read was wrong (stray quotes) and one thread read it again. */
    bool splitRetried() const { return m_splitRetried; }

private:
    // releaseInput frees the buffer once parsed, before the consumer merges the parts, so the
    // file and the merged tickets are never in memory together.
    bool parseUtf8(const char *begin, const char *end, const QString &name, history::TableConsumer &consumer,
                   const std::function<void()> &releaseInput);
    bool fail(const QString &message);

    int m_threads = 0;
    char m_forcedDelimiter = 0;
    QString m_errorString;
    QString m_encoding;
    char m_delimiter = ',';
    qint64 m_rows = 0;
    int m_chunks = 0;
    bool m_splitRetried = false;
};

} // namespace tw::io
