#pragma once

#include "core/history/TableRowSink.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tw::io {

/**
 * Reads one worksheet of an .xlsx workbook (through SafeZipReader, so a hostile archive cannot
 * exhaust memory) into a TableConsumer: shared and inline strings, numbers, booleans, cached
 * formula results; numbers in date-formatted cells become "YYYY-MM-DD HH:MM:SS" text using the
 * workbook's 1900 or 1904 date system. Missing cells are empty; the first non-empty row is the header.
 */
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(tw::io::XlsxReader)

public:
    /** Reads the named sheet (or 1-based number); by default the first sheet that has rows. */
    bool read(const QString &path, history::TableConsumer &consumer, const QString &sheet = {});

    QString errorString() const { return m_errorString; }
    QStringList sheetNames() const { return m_sheetNames; }
    QString sheetName() const { return m_sheetName; }
    bool date1904() const { return m_date1904; }
    /** Rows below the header (by row number, so empty rows in between count). */
    qint64 rowCount() const { return m_rows; }

private:
    bool fail(const QString &message);

    QString m_errorString;
    QStringList m_sheetNames;
    QString m_sheetName;
    bool m_date1904 = false;
    qint64 m_rows = 0;
};

} // namespace tw::io
