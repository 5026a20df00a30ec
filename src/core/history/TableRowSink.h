#pragma once

#include <QByteArrayView>
#include <QStringList>

#include <memory>

namespace tw::history {

/** One cell of a row as UTF-8 bytes owned by the reader; valid only during the addRow() call. */
struct FieldRef
{
    const char *data = nullptr;
    qsizetype size = 0;

    QByteArrayView view() const { return QByteArrayView(data, size); }
};

/**
 * Receives the rows of one contiguous part of a table. Readers may fill several sinks at once from
 * different threads, one thread per sink.
 */
class TableChunkSink
{
public:
    virtual ~TableChunkSink() = default;
    /**
     * One data row. index counts the rows of this part from 0; problem is null or a description
     * of what was malformed in the row (e.g. an unterminated quote), in which case the fields are
     * what could be read.
     */
    virtual void addRow(qint64 index, const FieldRef *fields, int count, const QString *problem) = 0;
    /** About how many rows are coming (an estimate), so storage can be sized once. */
    virtual void reserve(qint64 rows) { Q_UNUSED(rows); }
};

/** Receives a whole table: the header first, then its parts in order. */
class TableConsumer
{
public:
    virtual ~TableConsumer() = default;
    /** The header row; false (with the consumer's own error) stops the read. */
    virtual bool setHeader(const QStringList &header) = 0;
    /** Spreadsheet serial dates count from 1904-01-01 (set before any row arrives). */
    virtual void setDate1904(bool) {}
    virtual std::unique_ptr<TableChunkSink> createChunkSink() = 0;
    /** A filled part; firstRow is the 1-based row number of its first row, the header being row 1. */
    virtual void finishChunk(std::unique_ptr<TableChunkSink> sink, qint64 firstRow) = 0;
};

} // namespace tw::history
