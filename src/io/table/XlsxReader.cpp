#include "XlsxReader.h"

#include "XlsxStyles.h"
#include "core/history/CivilDate.h"
#include "io/zip/SafeZipReader.h"

#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <cmath>
#include <cstdio>
#include <vector>

namespace tw::io {

namespace {

struct SheetEntry
{
    QString name;
    QString path;
};

// Text of an <si> or <is> element: its <t> runs, without phonetic (<rPh>) runs.
QByteArray readRichText(QXmlStreamReader &xml, QStringView element)
{
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == element)
                break;
        }
    }
    return text.toUtf8();
}

// "AB12" -> 27 (0-based column); -1 when there are no letters.
int columnOfReference(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (QChar c : reference) {
        const char16_t u = c.unicode();
        if (u >= 'A' && u <= 'Z')
            column = column * 26 + (u - 'A' + 1);
        else if (u >= 'a' && u <= 'z')
            column = column * 26 + (u - 'a' + 1);
        else
            break;
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

QByteArray serialToText(const QString &value, bool date1904)
{
    bool ok = false;
    const double serial = value.toDouble(&ok);
    if (!ok || serial < 0 || serial > 2958466)
        return value.toUtf8();
    const qint64 base = date1904 ? history::daysFromCivil(1904, 1, 1) : history::daysFromCivil(1899, 12, 30);
    const qint64 seconds = base * history::kSecondsPerDay + std::llround(serial * 86400.0);
    const qint64 day = history::dayOfSeconds(seconds);
    const qint64 rest = seconds - day * history::kSecondsPerDay;
    const history::CivilDate date = history::civilFromDays(day);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d", date.year, date.month, date.day,
                  int(rest / 3600), int(rest / 60 % 60), int(rest % 60));
    return QByteArray(buffer);
}

} // namespace

bool XlsxReader::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

bool XlsxReader::read(const QString &path, history::TableConsumer &consumer, const QString &sheet)
{
    const QString fileName = QFileInfo(path).fileName();
    SafeZipReader zip(path);
    if (!zip.open())
        return fail(zip.errorString());
    const auto workbook = zip.read(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return fail(tr("%1: not an .xlsx workbook (no xl/workbook.xml)").arg(fileName));

    // Sheets in workbook order, and where each one's XML is.
    QHash<QString, QString> targets;
    if (const auto rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
                QString target = xml.attributes().value(QLatin1String("Target")).toString();
                target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(), target);
            }
        }
    }
    std::vector<SheetEntry> sheets;
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                const QStringView value = xml.attributes().value(QLatin1String("date1904"));
                m_date1904 = value == QLatin1String("1") || value == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet")) {
                QString id;
                for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                    if (attribute.name() == QLatin1String("id"))
                        id = attribute.value().toString();
                }
                sheets.push_back({xml.attributes().value(QLatin1String("name")).toString(), targets.value(id)});
            }
        }
        if (xml.hasError())
            return fail(tr("%1: xl/workbook.xml is malformed (%2)").arg(fileName, xml.errorString()));
    }
    m_sheetNames.clear();
    for (const SheetEntry &entry : sheets)
        m_sheetNames << entry.name;
    if (sheets.empty())
        return fail(tr("%1: the workbook has no sheets").arg(fileName));

    std::vector<QByteArray> sharedStrings;
    if (zip.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        const auto bytes = zip.read(QStringLiteral("xl/sharedStrings.xml"));
        if (!bytes)
            return fail(zip.errorString());
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si"))
                sharedStrings.push_back(readRichText(xml, u"si"));
        }
        if (xml.hasError())
            return fail(tr("%1: xl/sharedStrings.xml is malformed (%2)").arg(fileName, xml.errorString()));
    }
    std::vector<bool> dateStyles;
    if (zip.contains(QStringLiteral("xl/styles.xml"))) {
        if (const auto bytes = zip.read(QStringLiteral("xl/styles.xml")))
            dateStyles = readDateStyles(*bytes);
    }

    // Which sheet: the one asked for, else the first with any cell.
    std::vector<size_t> candidates;
    if (!sheet.isEmpty()) {
        bool isNumber = false;
        const int number = sheet.toInt(&isNumber);
        for (size_t i = 0; i < sheets.size(); ++i) {
            if (sheets[i].name.compare(sheet, Qt::CaseInsensitive) == 0 || (isNumber && number == int(i) + 1))
                candidates.push_back(i);
        }
        if (candidates.empty())
            return fail(
                tr("%1: no sheet \"%2\" (sheets: %3)").arg(fileName, sheet, m_sheetNames.join(QStringLiteral(", "))));
        candidates.resize(1);
    } else {
        for (size_t i = 0; i < sheets.size(); ++i)
            candidates.push_back(i);
    }

    for (size_t candidate : candidates) {
        const SheetEntry &entry = sheets[candidate];
        const auto bytes = zip.read(entry.path);
        if (!bytes)
            return fail(tr("%1: sheet \"%2\" cannot be read: %3").arg(fileName, entry.name, zip.errorString()));
        QXmlStreamReader xml(*bytes);
        std::vector<QByteArray> cells;
        std::vector<history::FieldRef> fields;
        std::unique_ptr<history::TableChunkSink> sink;
        qint64 headerRow = 0;
        int headerWidth = 0;
        qint64 rowNumber = 0;
        qint64 lastRow = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.name() != QLatin1String("row"))
                continue;
            const QStringView rowAttribute = xml.attributes().value(QLatin1String("r"));
            rowNumber = rowAttribute.isEmpty() ? rowNumber + 1 : rowAttribute.toLongLong();
            cells.clear();
            int nextColumn = 0;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("row"))
                    break;
                if (!xml.isStartElement() || xml.name() != QLatin1String("c"))
                    continue;
                const QXmlStreamAttributes attributes = xml.attributes();
                const int referenced = columnOfReference(attributes.value(QLatin1String("r")));
                const int column = referenced >= 0 ? referenced : nextColumn;
                const QString type = attributes.value(QLatin1String("t")).toString();
                const int style = attributes.value(QLatin1String("s")).toInt();
                QByteArray value;
                QString raw;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                        break;
                    if (!xml.isStartElement())
                        continue;
                    if (xml.name() == QLatin1String("v"))
                        raw = xml.readElementText();
                    else if (xml.name() == QLatin1String("is"))
                        value = readRichText(xml, u"is");
                    else if (xml.name() == QLatin1String("f"))
                        xml.skipCurrentElement(); // the cached result in <v> is what the sheet shows
                }
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const qsizetype index = raw.toLongLong(&ok);
                    if (ok && index >= 0 && size_t(index) < sharedStrings.size())
                        value = sharedStrings[size_t(index)];
                } else if (type == QLatin1String("b")) {
                    value = raw == QLatin1String("1") ? QByteArray("TRUE") : QByteArray("FALSE");
                } else if (type == QLatin1String("inlineStr")) {
                    // value already read from <is>
                } else if (type.isEmpty() || type == QLatin1String("n")) {
                    const bool isDate = style >= 0 && size_t(style) < dateStyles.size() && dateStyles[size_t(style)];
                    value = isDate && !raw.isEmpty() ? serialToText(raw, m_date1904) : raw.toUtf8();
                } else {
                    value = raw.toUtf8(); // "str" (formula text), "e" (error such as #N/A), "d" (ISO date)
                }
                if (column > 100000)
                    return fail(tr("%1: sheet \"%2\" has a cell beyond column 100000").arg(fileName, entry.name));
                if (size_t(column) >= cells.size())
                    cells.resize(size_t(column) + 1);
                cells[size_t(column)] = value;
                nextColumn = column + 1;
            }
            while (!cells.empty() && cells.back().isEmpty() && (!sink || int(cells.size()) > headerWidth))
                cells.pop_back();
            if (!sink) {
                if (cells.empty())
                    continue;
                QStringList header;
                for (const QByteArray &cell : cells)
                    header << QString::fromUtf8(cell).trimmed();
                consumer.setDate1904(m_date1904);
                if (!consumer.setHeader(header))
                    return fail(QString());
                headerRow = rowNumber;
                headerWidth = int(header.size());
                sink = consumer.createChunkSink();
                m_sheetName = entry.name;
                continue;
            }
            if (cells.empty())
                continue; // an empty row, as a blank line in CSV
            // Missing trailing cells are empty cells, not a ragged row.
            if (int(cells.size()) < headerWidth)
                cells.resize(size_t(headerWidth));
            fields.clear();
            for (const QByteArray &cell : cells)
                fields.push_back({cell.constData(), cell.size()});
            sink->addRow(rowNumber - headerRow - 1, fields.data(), int(fields.size()), nullptr);
            lastRow = rowNumber;
        }
        if (xml.hasError())
            return fail(tr("%1: sheet \"%2\" is malformed XML (%3)").arg(fileName, entry.name, xml.errorString()));
        if (sink) {
            m_rows = lastRow > headerRow ? lastRow - headerRow : 0;
            consumer.finishChunk(std::move(sink), headerRow + 1);
            return true;
        }
    }
    return fail(tr("%1: no sheet has any rows").arg(fileName));
}

} // namespace tw::io
