#include "CalendarSpec.h"

#include "ChinaHolidays.h"

#include <QRegularExpression>

namespace tw::history {

namespace {
int defaultStartMinute(int hours)
{
    if (hours >= 24)
        return 0;
    return (hours >= 10 ? 8 : 9) * 60;
}
} // namespace

void CalendarSpec::setExtraHolidays(const HolidaySet &holidays, const QString &label)
{
    m_extraHolidays = holidays;
    m_extraLabel = label;
}

std::optional<ContractCalendar> CalendarSpec::fail(const QString &message)
{
    m_errorString = message;
    return std::nullopt;
}

std::optional<ContractCalendar> CalendarSpec::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d)\\s*[x×*]\\s*(\\d{1,2})\\s*(?:@\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2}))?"
                       "\\s*((?:\\+\\s*[A-Za-z]+\\s*)*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return fail(tr("calendar \"%1\" is not understood; use 7x24, 5x9, 5x9@09:00-18:00 or 5x9+cn").arg(text));

    const int days = match.captured(1).toInt();
    const int hours = match.captured(2).toInt();
    bool china = false;
    for (const QString &source : match.captured(7).split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        if (source.trimmed().compare(QLatin1String("cn"), Qt::CaseInsensitive) == 0)
            china = true;
        else
            return fail(tr("calendar \"%1\": unknown holiday set \"%2\" (known: cn)").arg(text, source.trimmed()));
    }
    if (days < 1 || days > 7)
        return fail(tr("calendar \"%1\": %2 working days a week is not possible").arg(text).arg(days));
    if (hours < 1 || hours > 24)
        return fail(tr("calendar \"%1\": %2 hours a day is not possible").arg(text).arg(hours));

    ContractCalendar result;
    if (days == 7 && hours == 24 && match.captured(3).isEmpty()) {
        // Every minute counts, so holidays change nothing; "+cn" is accepted and noted.
        result.spec = QStringLiteral("7x24");
        return result;
    }

    int start = defaultStartMinute(hours);
    int end = start + hours * 60;
    if (!match.captured(3).isEmpty()) {
        start = match.captured(3).toInt() * 60 + match.captured(4).toInt();
        end = match.captured(5).toInt() * 60 + match.captured(6).toInt();
        if (match.captured(4).toInt() >= 60 || match.captured(6).toInt() >= 60 || start >= 1440 || end > 1440 ||
            end <= start)
            return fail(
                tr("calendar \"%1\": the window must be HH:MM-HH:MM within one day, start before end").arg(text));
        if (end - start != hours * 60)
            return fail(tr("calendar \"%1\": the window %2 lasts %3 minutes, not the %4 hours the pattern says")
                            .arg(text, match.captured(3) + QLatin1Char(':') + match.captured(4) + QLatin1Char('-') +
                                           match.captured(5) + QLatin1Char(':') + match.captured(6))
                            .arg(end - start)
                            .arg(hours));
    }

    HolidaySet holidays = m_extraHolidays;
    if (china) {
        ChinaHolidayLoader loader;
        const auto data = m_chinaDataPath.isEmpty() ? loader.load() : loader.load(m_chinaDataPath);
        if (!data)
            return fail(loader.errorString());
        holidays.merge(data->days);
        result.chinaHolidays = true;
        result.holidayFirstYear = data->firstYear;
        result.holidayLastYear = data->lastYear;
        result.provisionalYears = data->provisionalYears;
    }
    const int mask = (1 << days) - 1;
    result.calendar = BusinessCalendar(mask, start, end, holidays);
    result.spec = result.calendar.patternText();
    if (china)
        result.spec += QStringLiteral("+cn");
    if (!m_extraLabel.isEmpty())
        result.spec += QLatin1Char('+') + m_extraLabel;
    return result;
}

} // namespace tw::history
