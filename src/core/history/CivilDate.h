#pragma once

#include <QString>
#include <QtGlobal>

// Calendar arithmetic on plain integers: the import path converts millions of timestamps, and
// QDate/QDateTime per cell would dominate its run time.
namespace tw::history {

/** Seconds in a day. */
constexpr qint64 kSecondsPerDay = 86400;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1..12, day 1..31). */
constexpr qint64 daysFromCivil(int year, int month, int day)
{
    const int y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/** A calendar date split into its parts. */
struct CivilDate
{
    int year = 1970;
    int month = 1;
    int day = 1;
};

/** The calendar date of a day number (days since 1970-01-01). */
CivilDate civilFromDays(qint64 days);

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday. */
constexpr int isoWeekday(qint64 days)
{
    // 1970-01-01 was a Thursday.
    const qint64 w = (days + 3) % 7;
    return int(w < 0 ? w + 7 : w) + 1;
}

constexpr bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

constexpr int daysInMonth(int year, int month)
{
    constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : lengths[month - 1];
}

/** Floor division of seconds into days, correct for moments before 1970. */
constexpr qint64 dayOfSeconds(qint64 seconds)
{
    return seconds >= 0 ? seconds / kSecondsPerDay : -((-seconds + kSecondsPerDay - 1) / kSecondsPerDay);
}

/** "YYYY-MM-DD" of a day number. */
QString formatDay(qint64 days);
/** "YYYY-MM-DD HH:MM[:SS]" of local seconds since 1970 (seconds shown only when not zero). */
QString formatLocalSeconds(qint64 seconds);
/** Parses "YYYY-MM-DD" (also "YYYYMMDD") into a day number; false when it is not a real date. */
bool parseIsoDay(QStringView text, qint64 *days);

} // namespace tw::history
