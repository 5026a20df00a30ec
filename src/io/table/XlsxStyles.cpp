#include "XlsxStyles.h"

#include <QHash>
#include <QStringList>
#include <QXmlStreamReader>

namespace tw::io {

bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

bool isDateFormatCode(const QString &code)
{
    // Only the first section (positive numbers) matters; quoted text, escaped characters and
    // [colour]/[locale] brackets are not format letters.
    bool inQuotes = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (inQuotes) {
            inQuotes = c != QLatin1Char('"');
            continue;
        }
        if (c == QLatin1Char('"')) {
            inQuotes = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return false;
            const QString inside = code.mid(i + 1, close - i - 1).toLower();
            // [h], [mm], [ss] are elapsed times: still a time.
            static const QStringList elapsed = {QStringLiteral("h"),  QStringLiteral("hh"), QStringLiteral("m"),
                                                QStringLiteral("mm"), QStringLiteral("s"),  QStringLiteral("ss")};
            if (elapsed.contains(inside))
                return true;
            i = close;
        } else if (c == QLatin1Char(';')) {
            return false;
        } else {
            const QChar lower = c.toLower();
            if (lower == QLatin1Char('y') || lower == QLatin1Char('d') || lower == QLatin1Char('h') ||
                lower == QLatin1Char('s') || lower == QLatin1Char('m'))
                return true;
        }
    }
    return false;
}

std::vector<bool> readDateStyles(const QByteArray &stylesXml)
{
    QHash<int, bool> customDate;
    std::vector<bool> styles;
    QXmlStreamReader xml(stylesXml);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == QLatin1String("numFmt")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                customDate.insert(id, isDateFormatCode(xml.attributes().value(QLatin1String("formatCode")).toString()));
            } else if (name == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && name == QLatin1String("xf")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                styles.push_back(customDate.contains(id) ? customDate.value(id) : isBuiltinDateFormat(id));
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return styles;
}

} // namespace tw::io
