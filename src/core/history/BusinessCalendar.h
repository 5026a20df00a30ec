#pragma once

#include "CivilDate.h"
#include "HolidaySet.h"

#include <QString>

namespace tw::history {

/**
 * The hours that a service contract's clock runs: every minute (7x24), or a daily window on
 * chosen weekdays minus public holidays plus adjusted working days. Counts exact seconds of local
 * wall time between two moments.
 */
class BusinessCalendar
{
public:
    /** 7x24: every second counts. */
    BusinessCalendar() = default;
    /**
     * A weekly calendar. weekdayMask bit 0 is Monday ... bit 6 Sunday; the window is
     * [startMinute, endMinute) minutes after local midnight, 0 <= start < end <= 1440.
     */
    BusinessCalendar(int weekdayMask, int startMinute, int endMinute, HolidaySet holidays = {});

    bool isAllHours() const { return m_allHours; }
    int weekdayMask() const { return m_weekdayMask; }
    int startMinute() const { return m_startSecond / 60; }
    int endMinute() const { return m_endSecond / 60; }
    /** Whether the clock runs at some time of this day (days since 1970-01-01, local). */
    bool isWorkingDay(qint64 day) const;
    /** Seconds of business time in [from, to), local seconds since 1970; negative when to < from. */
    qint64 businessSeconds(qint64 from, qint64 to) const;
    /** Working days in [firstDay, lastDay). */
    qint64 workingDaysBetween(qint64 firstDay, qint64 lastDay) const;

    /** Short canonical form such as "7x24" or "5x9@09:00-18:00"; holiday sources are added by CalendarSpec. */
    QString patternText() const;

private:
    qint64 weeklyWorkingDays(qint64 firstDay, qint64 lastDay) const;
    bool isWorkingDayUncached(qint64 day) const;
    bool inTable(qint64 day) const
    {
        return day >= m_tableFirstDay && day - m_tableFirstDay < qint64(m_workingDaysBefore.size()) - 1;
    }
    qint64 secondsIntoWindow(qint64 secondOfDay) const;

    bool m_allHours = true;
    int m_weekdayMask = 0x7f;
    qint64 m_startSecond = 0;
    qint64 m_endSecond = kSecondsPerDay;
    int m_workdaysPerWeek = 7;
    // Only the exceptions that change something: holidays on pattern working days, adjusted
    // working days on pattern rest days, both sorted for binary search.
    std::vector<qint64> m_holidays;
    std::vector<qint64> m_extraWorkingDays;
    // Working days before each day from m_tableFirstDay on (1970 to 2100): a million tickets ask
    // for their durations, and two lookups beat binary searches in the holiday lists.
    qint64 m_tableFirstDay = 0;
    std::vector<qint32> m_workingDaysBefore;
};

} // namespace tw::history
