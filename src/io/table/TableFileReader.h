#pragma once

#include "core/history/TableRowSink.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tw::io {

/** Options for reading a ticket table. */
struct TableReadOptions
{
    QString sheet;   ///< .xlsx: sheet name or 1-based number; first sheet with rows by default
    int threads = 0; ///< CSV: parser threads, 0 = one per core
};

/** What was read, for reports. */
struct TableReadInfo
{
    QString format;    ///< "csv" or "xlsx"
    QString encoding;  ///< CSV only
    QString delimiter; ///< CSV only: "comma", "semicolon", "tab"
    QString sheet;     ///< XLSX only
    QStringList sheets;
    qint64 rows = 0;
    /** One line such as "tickets.csv: CSV, UTF-8, comma". */
    QString describe(const QString &fileName) const;
};

/**
 * Reads a CSV or XLSX ticket table by its content (a ZIP signature means XLSX) and refuses old
 * binary .xls workbooks with a message that says what to do.
 */
class TableFileReader
{
    Q_DECLARE_TR_FUNCTIONS(tw::io::TableFileReader)

public:
    bool read(const QString &path, history::TableConsumer &consumer, const TableReadOptions &options = {});
    const TableReadInfo &info() const { return m_info; }
    /** Empty when the consumer refused the header: then the consumer's own error applies. */
    QString errorString() const { return m_errorString; }

private:
    TableReadInfo m_info;
    QString m_errorString;
};

} // namespace tw::io
