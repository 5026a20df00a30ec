#include "TableFileReader.h"

#include "CsvDialect.h"
#include "CsvReader.h"
#include "XlsxReader.h"
#include "io/zip/SafeZipReader.h"

#include <QFile>
#include <QFileInfo>

namespace tw::io {

QString TableReadInfo::describe(const QString &fileName) const
{
    if (format == QLatin1String("xlsx"))
        return QStringLiteral("%1: XLSX, sheet \"%2\"").arg(fileName, sheet);
    return QStringLiteral("%1: CSV, %2, %3").arg(fileName, encoding, delimiter);
}

bool TableFileReader::read(const QString &path, history::TableConsumer &consumer, const TableReadOptions &options)
{
    m_info = {};
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString = tr("%1: cannot open the file (%2)").arg(fileName, file.errorString());
        return false;
    }
    const QByteArray head = file.read(512);
    file.close();
    // Excel 97-2003 workbooks are OLE compound files.
    if (head.startsWith(QByteArray::fromHex("D0CF11E0A1B11AE1"))) {
        m_errorString =
            tr("%1 is an old Excel 97-2003 (.xls) workbook, which Tierwise does not read. Open it in Excel, "
               "WPS or LibreOffice and save it as .xlsx or .csv, then import that file.")
                .arg(fileName);
        return false;
    }
    // Many ticket systems export an HTML table named .xls; a text export named .xls is read as CSV.
    if (fileName.endsWith(QLatin1String(".xls"), Qt::CaseInsensitive) && head.trimmed().startsWith('<')) {
        m_errorString = tr("%1 is a web page (HTML) named .xls, not a workbook. Open it in Excel, WPS or LibreOffice "
                           "and save it as .xlsx or .csv, then import that file.")
                            .arg(fileName);
        return false;
    }
    if (looksLikeZip(head)) {
        XlsxReader reader;
        const bool ok = reader.read(path, consumer, options.sheet);
        m_info.format = QStringLiteral("xlsx");
        m_info.sheet = reader.sheetName();
        m_info.sheets = reader.sheetNames();
        m_info.rows = reader.rowCount();
        m_errorString = reader.errorString();
        return ok;
    }
    CsvReader reader;
    reader.setThreadCount(options.threads);
    const bool ok = reader.read(path, consumer);
    m_info.format = QStringLiteral("csv");
    m_info.encoding = reader.encoding();
    m_info.delimiter = delimiterName(reader.delimiter());
    m_info.rows = reader.rowCount();
    m_errorString = reader.errorString();
    return ok;
}

} // namespace tw::io
