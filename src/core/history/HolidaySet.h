#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace tw::history {

/**
 * Days that a weekly working pattern does not decide alone: public holidays (no work on a day that
 * would be a working day) and adjusted working days (work on a day that would be a rest day, such
 * as China's 调休 weekends). Days are numbers of days since 1970-01-01 in local time.
 */
class HolidaySet
{
public:
    /** Marks a day as a holiday; a later adjusted working day on the same date wins. */
    void addHoliday(qint64 day, const QString &name = {});
    /** Marks a day as an adjusted working day. */
    void addWorkingDay(qint64 day, const QString &name = {});
    /** Adds every day of another set. */
    void merge(const HolidaySet &other);

    bool isHoliday(qint64 day) const;
    bool isWorkingDay(qint64 day) const;
    /** Holidays in [first, last) as sorted day numbers. */
    qint64 holidaysInRange(qint64 first, qint64 last) const;
    qint64 workingDaysInRange(qint64 first, qint64 last) const;
    const std::vector<qint64> &holidays() const;
    const std::vector<qint64> &workingDays() const;
    /** The name given to a day, or empty. */
    QString nameOf(qint64 day) const;
    bool isEmpty() const { return m_holidays.empty() && m_workingDays.empty(); }

private:
    struct Named
    {
        qint64 day;
        QString name;
    };
    void normalize() const;

    mutable std::vector<qint64> m_holidays;
    mutable std::vector<qint64> m_workingDays;
    mutable bool m_dirty = false;
    std::vector<Named> m_names;
};

} // namespace tw::history
