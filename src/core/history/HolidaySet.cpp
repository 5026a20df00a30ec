#include "HolidaySet.h"

#include <algorithm>

namespace tw::history {

namespace {
void sortUnique(std::vector<qint64> &days)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
}

bool containsDay(const std::vector<qint64> &days, qint64 day)
{
    return std::binary_search(days.begin(), days.end(), day);
}

qint64 countInRange(const std::vector<qint64> &days, qint64 first, qint64 last)
{
    if (last <= first)
        return 0;
    return std::lower_bound(days.begin(), days.end(), last) - std::lower_bound(days.begin(), days.end(), first);
}
} // namespace

void HolidaySet::addHoliday(qint64 day, const QString &name)
{
    m_holidays.push_back(day);
    if (!name.isEmpty())
        m_names.push_back({day, name});
    m_dirty = true;
}

void HolidaySet::addWorkingDay(qint64 day, const QString &name)
{
    m_workingDays.push_back(day);
    if (!name.isEmpty())
        m_names.push_back({day, name});
    m_dirty = true;
}

void HolidaySet::merge(const HolidaySet &other)
{
    other.normalize();
    m_holidays.insert(m_holidays.end(), other.m_holidays.begin(), other.m_holidays.end());
    m_workingDays.insert(m_workingDays.end(), other.m_workingDays.begin(), other.m_workingDays.end());
    m_names.insert(m_names.end(), other.m_names.begin(), other.m_names.end());
    m_dirty = true;
}

void HolidaySet::normalize() const
{
    if (!m_dirty)
        return;
    sortUnique(m_holidays);
    sortUnique(m_workingDays);
    // A date listed as both is an adjusted working day: the data says people work that day.
    std::vector<qint64> holidays;
    holidays.reserve(m_holidays.size());
    std::set_difference(m_holidays.begin(), m_holidays.end(), m_workingDays.begin(), m_workingDays.end(),
                        std::back_inserter(holidays));
    m_holidays.swap(holidays);
    m_dirty = false;
}

bool HolidaySet::isHoliday(qint64 day) const
{
    normalize();
    return containsDay(m_holidays, day);
}

bool HolidaySet::isWorkingDay(qint64 day) const
{
    normalize();
    return containsDay(m_workingDays, day);
}

qint64 HolidaySet::holidaysInRange(qint64 first, qint64 last) const
{
    normalize();
    return countInRange(m_holidays, first, last);
}

qint64 HolidaySet::workingDaysInRange(qint64 first, qint64 last) const
{
    normalize();
    return countInRange(m_workingDays, first, last);
}

const std::vector<qint64> &HolidaySet::holidays() const
{
    normalize();
    return m_holidays;
}

const std::vector<qint64> &HolidaySet::workingDays() const
{
    normalize();
    return m_workingDays;
}

QString HolidaySet::nameOf(qint64 day) const
{
    for (auto it = m_names.rbegin(); it != m_names.rend(); ++it) {
        if (it->day == day)
            return it->name;
    }
    return {};
}

} // namespace tw::history
