#pragma once

#include "RawDateTime.h"

#include <QString>

namespace tw::history {

/** Order of day and month in year-last dates such as 5/3/2024. */
enum class DayOrder { Unknown, DayFirst, MonthFirst };

/** What a whole date column looked like; merged across parallel chunks before deciding. */
struct DateColumnStats
{
    qint64 missing = 0;
    qint64 yearFirst = 0;
    qint64 yearLast = 0;
    qint64 serial = 0;
    qint64 invalid = 0;
    qint64 firstAbove12 = 0;  ///< year-last cells whose first number can only be a day
    qint64 secondAbove12 = 0; ///< year-last cells whose second number can only be a day
    qint64 withOffset = 0;

    void add(RawDateTime value)
    {
        switch (value.shape()) {
        case DateShape::Missing:
            ++missing;
            return;
        case DateShape::YearFirst:
            ++yearFirst;
            break;
        case DateShape::YearLast:
            ++yearLast;
            firstAbove12 += value.first() > 12;
            secondAbove12 += value.second() > 12;
            break;
        case DateShape::Serial:
            ++serial;
            return;
        case DateShape::Invalid:
            ++invalid;
            return;
        }
        withOffset += value.hasOffset();
    }
    void merge(const DateColumnStats &other);
    qint64 present() const { return yearFirst + yearLast + serial + invalid; }
};

/** How one column's dates are read. */
struct DateColumnFormat
{
    DayOrder order = DayOrder::Unknown;
    bool orderAssumed = false; ///< every year-last date fitted both orders; the default was used
    bool date1904 = false;     ///< serials count from 1904-01-01 (old Mac Excel) instead of 1899-12-30
    /** Human-readable summary, e.g. "d/m/yyyy (day-first)". */
    QString describe(const DateColumnStats &stats) const;
};

/** Day-first when some first numbers exceed 12 and no second ones do, and so on; Unknown when all fit both. */
DayOrder decideDayOrder(const DateColumnStats &stats);

/** Why a date cell could not be turned into a moment. */
enum class DateProblem { None, NotADate, NoSuchDay };

/**
 * Naive local seconds since 1970 of a parsed cell (the offset, if any, is left to the caller).
 * Missing cells return false with DateProblem::None.
 */
bool resolveDateTime(RawDateTime value, const DateColumnFormat &format, qint64 *seconds, DateProblem *problem);

} // namespace tw::history
