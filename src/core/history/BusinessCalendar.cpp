#include "BusinessCalendar.h"

#include "CivilDate.h"

#include <algorithm>
#include <bitset>

namespace tw::history {

namespace {
qint64 countInRange(const std::vector<qint64> &days, qint64 first, qint64 last)
{
    if (days.empty() || last <= first)
        return 0;
    return std::lower_bound(days.begin(), days.end(), last) - std::lower_bound(days.begin(), days.end(), first);
}

bool patternWorks(int mask, qint64 day) { return (mask >> (isoWeekday(day) - 1)) & 1; }
} // namespace

BusinessCalendar::BusinessCalendar(int weekdayMask, int startMinute, int endMinute, HolidaySet holidays)
    : m_allHours(false), m_weekdayMask(weekdayMask & 0x7f), m_startSecond(qint64(qBound(0, startMinute, 1440)) * 60),
      m_endSecond(qint64(qBound(0, endMinute, 1440)) * 60),
      m_workdaysPerWeek(int(std::bitset<7>(unsigned(weekdayMask & 0x7f)).count()))
{
    for (qint64 day : holidays.holidays()) {
        if (patternWorks(m_weekdayMask, day))
            m_holidays.push_back(day);
    }
    for (qint64 day : holidays.workingDays()) {
        if (!patternWorks(m_weekdayMask, day))
            m_extraWorkingDays.push_back(day);
    }
    m_tableFirstDay = daysFromCivil(1970, 1, 1);
    const qint64 lastDay = daysFromCivil(2100, 1, 1);
    m_workingDaysBefore.reserve(size_t(lastDay - m_tableFirstDay + 1));
    qint32 count = 0;
    for (qint64 day = m_tableFirstDay; day <= lastDay; ++day) {
        m_workingDaysBefore.push_back(count);
        count += isWorkingDayUncached(day);
    }
}

bool BusinessCalendar::isWorkingDay(qint64 day) const
{
    if (m_allHours)
        return true;
    if (inTable(day)) {
        const size_t index = size_t(day - m_tableFirstDay);
        return m_workingDaysBefore[index + 1] != m_workingDaysBefore[index];
    }
    return isWorkingDayUncached(day);
}

bool BusinessCalendar::isWorkingDayUncached(qint64 day) const
{
    if (patternWorks(m_weekdayMask, day))
        return !std::binary_search(m_holidays.begin(), m_holidays.end(), day);
    return std::binary_search(m_extraWorkingDays.begin(), m_extraWorkingDays.end(), day);
}

qint64 BusinessCalendar::weeklyWorkingDays(qint64 firstDay, qint64 lastDay) const
{
    const qint64 span = lastDay - firstDay;
    qint64 count = span / 7 * m_workdaysPerWeek;
    for (qint64 day = firstDay + span / 7 * 7; day < lastDay; ++day)
        count += patternWorks(m_weekdayMask, day);
    return count;
}

qint64 BusinessCalendar::workingDaysBetween(qint64 firstDay, qint64 lastDay) const
{
    if (lastDay <= firstDay)
        return 0;
    if (m_allHours)
        return lastDay - firstDay;
    if (inTable(firstDay) && inTable(lastDay))
        return m_workingDaysBefore[size_t(lastDay - m_tableFirstDay)] -
               m_workingDaysBefore[size_t(firstDay - m_tableFirstDay)];
    return weeklyWorkingDays(firstDay, lastDay) - countInRange(m_holidays, firstDay, lastDay) +
           countInRange(m_extraWorkingDays, firstDay, lastDay);
}

qint64 BusinessCalendar::secondsIntoWindow(qint64 secondOfDay) const
{
    return std::clamp(secondOfDay, m_startSecond, m_endSecond) - m_startSecond;
}

qint64 BusinessCalendar::businessSeconds(qint64 from, qint64 to) const
{
    if (m_allHours)
        return to - from;
    if (to < from)
        return -businessSeconds(to, from);
    // Business time up to a moment = whole working days before its day times the window, plus the
    // part of the window already passed on its own day; the difference of two such counts is exact.
    const qint64 fromDay = dayOfSeconds(from);
    const qint64 toDay = dayOfSeconds(to);
    const qint64 window = m_endSecond - m_startSecond;
    qint64 seconds = workingDaysBetween(fromDay, toDay) * window;
    if (isWorkingDay(toDay))
        seconds += secondsIntoWindow(to - toDay * kSecondsPerDay);
    if (isWorkingDay(fromDay))
        seconds -= secondsIntoWindow(from - fromDay * kSecondsPerDay);
    return seconds;
}

QString BusinessCalendar::patternText() const
{
    if (m_allHours)
        return QStringLiteral("7x24");
    const auto clock = [](qint64 second) {
        return QStringLiteral("%1:%2")
            .arg(second / 3600, 2, 10, QLatin1Char('0'))
            .arg(second / 60 % 60, 2, 10, QLatin1Char('0'));
    };
    const qint64 window = m_endSecond - m_startSecond;
    QString hours = window % 3600 == 0 ? QString::number(window / 3600) : QString::number(double(window) / 3600.0);
    QString days;
    if (m_weekdayMask == 0x1f)
        days = QStringLiteral("5");
    else if (m_weekdayMask == 0x3f)
        days = QStringLiteral("6");
    else if (m_weekdayMask == 0x7f)
        days = QStringLiteral("7");
    else
        days = QStringLiteral("mask%1").arg(m_weekdayMask, 0, 16);
    return days + QLatin1Char('x') + hours + QLatin1Char('@') + clock(m_startSecond) + QLatin1Char('-') +
           clock(m_endSecond);
}

} // namespace tw::history
