#include "IcsHolidayImport.h"

#include "CivilDate.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace tw::history {

namespace {
// "20240101", "20240101T000000", "20240101T000000Z": the date part decides the day.
bool parseIcsDay(const QString &value, qint64 *day)
{
    const QString datePart = value.left(8);
    if (datePart.size() != 8)
        return false;
    return parseIsoDay(datePart, day);
}

bool marksWorkingDay(const QString &summary)
{
    static const QStringList markers = {
        QStringLiteral("(班)"),    QStringLiteral("（班）"),      QStringLiteral("补班"),    QStringLiteral("上班"),
        QStringLiteral("workday"), QStringLiteral("working day"), QStringLiteral("work day")};
    for (const QString &marker : markers) {
        if (summary.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString unescapeText(QString text)
{
    text.replace(QStringLiteral("\\n"), QStringLiteral(" "));
    text.replace(QStringLiteral("\\,"), QStringLiteral(","));
    text.replace(QStringLiteral("\\;"), QStringLiteral(";"));
    text.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
    return text;
}
} // namespace

std::optional<HolidaySet> IcsHolidayImport::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString = tr("%1: cannot read the calendar file (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    QStringDecoder decoder(QStringConverter::Utf8);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        m_errorString = tr("%1: the calendar file is not UTF-8 text as iCalendar requires").arg(path);
        return std::nullopt;
    }
    return parse(text, QFileInfo(path).fileName());
}

std::optional<HolidaySet> IcsHolidayImport::parse(const QString &text, const QString &fileName)
{
    m_eventCount = 0;
    // RFC 5545 folds long lines: a line starting with a space or tab continues the previous one.
    QStringList lines;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        QString line = raw;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (!lines.isEmpty() && (line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))))
            lines.last() += line.mid(1);
        else
            lines.append(line);
    }
    if (!lines.contains(QStringLiteral("BEGIN:VCALENDAR"))) {
        m_errorString = tr("%1: not an iCalendar file (no BEGIN:VCALENDAR)").arg(fileName);
        return std::nullopt;
    }

    HolidaySet set;
    bool inEvent = false;
    QString start;
    QString end;
    QString summary;
    int lineNumber = 0;
    for (const QString &line : std::as_const(lines)) {
        ++lineNumber;
        if (line == QLatin1String("BEGIN:VEVENT")) {
            inEvent = true;
            start.clear();
            end.clear();
            summary.clear();
            continue;
        }
        if (!inEvent)
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = line.left(colon).section(QLatin1Char(';'), 0, 0).toUpper();
        const QString value = colon < 0 ? QString() : line.mid(colon + 1).trimmed();
        if (name == QLatin1String("DTSTART")) {
            start = value;
        } else if (name == QLatin1String("DTEND")) {
            end = value;
        } else if (name == QLatin1String("SUMMARY")) {
            summary = unescapeText(value);
        } else if (line == QLatin1String("END:VEVENT")) {
            inEvent = false;
            qint64 first = 0;
            if (!parseIcsDay(start, &first)) {
                m_errorString = tr("%1: event ending on line %2 has no valid DTSTART").arg(fileName).arg(lineNumber);
                return std::nullopt;
            }
            qint64 last = first + 1;
            if (!end.isEmpty()) {
                if (!parseIcsDay(end, &last)) {
                    m_errorString =
                        tr("%1: event ending on line %2 has an invalid DTEND").arg(fileName).arg(lineNumber);
                    return std::nullopt;
                }
                // A timed event ending on a later day at 00:00 does not cover that day either;
                // one ending later that day does.
                if (end.size() > 8 && end.mid(9, 6) != QLatin1String("000000"))
                    ++last;
                last = qMax(last, first + 1);
            }
            if (last - first > 366) {
                m_errorString = tr("%1: event ending on line %2 spans more than a year").arg(fileName).arg(lineNumber);
                return std::nullopt;
            }
            const bool working = marksWorkingDay(summary);
            for (qint64 day = first; day < last; ++day) {
                if (working)
                    set.addWorkingDay(day, summary);
                else
                    set.addHoliday(day, summary);
            }
            ++m_eventCount;
        }
    }
    return set;
}

} // namespace tw::history
