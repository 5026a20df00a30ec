#include "CivilDate.h"

namespace tw::history {

CivilDate civilFromDays(qint64 days)
{
    // Howard Hinnant's civil_from_days: exact for the whole proleptic Gregorian calendar.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    CivilDate date;
    date.day = int(doy - (153 * mp + 2) / 5 + 1);
    date.month = int(mp < 10 ? mp + 3 : mp - 9);
    date.year = int(yoe + era * 400 + (date.month <= 2 ? 1 : 0));
    return date;
}

QString formatDay(qint64 days)
{
    const CivilDate date = civilFromDays(days);
    return QStringLiteral("%1-%2-%3")
        .arg(date.year, 4, 10, QLatin1Char('0'))
        .arg(date.month, 2, 10, QLatin1Char('0'))
        .arg(date.day, 2, 10, QLatin1Char('0'));
}

QString formatLocalSeconds(qint64 seconds)
{
    const qint64 day = dayOfSeconds(seconds);
    const qint64 rest = seconds - day * kSecondsPerDay;
    QString text =
        formatDay(day) +
        QStringLiteral(" %1:%2").arg(rest / 3600, 2, 10, QLatin1Char('0')).arg(rest / 60 % 60, 2, 10, QLatin1Char('0'));
    if (rest % 60 != 0)
        text += QStringLiteral(":%1").arg(rest % 60, 2, 10, QLatin1Char('0'));
    return text;
}

bool parseIsoDay(QStringView text, qint64 *days)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char('-'))
            return false;
    }
    if (digits.size() != 8)
        return false;
    const int year = digits.left(4).toInt();
    const int month = digits.mid(4, 2).toInt();
    const int day = digits.mid(6, 2).toInt();
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return false;
    *days = daysFromCivil(year, month, day);
    return true;
}

} // namespace tw::history
