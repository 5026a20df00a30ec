#include "DateColumnFormat.h"

#include "CivilDate.h"

#include <QStringList>

namespace tw::history {

void DateColumnStats::merge(const DateColumnStats &other)
{
    missing += other.missing;
    yearFirst += other.yearFirst;
    yearLast += other.yearLast;
    serial += other.serial;
    invalid += other.invalid;
    firstAbove12 += other.firstAbove12;
    secondAbove12 += other.secondAbove12;
    withOffset += other.withOffset;
}

DayOrder decideDayOrder(const DateColumnStats &stats)
{
    if (stats.firstAbove12 == 0 && stats.secondAbove12 == 0)
        return DayOrder::Unknown;
    // Both kinds present means some cells are wrong whichever order is chosen; the majority wins
    // and the others are reported as bad rows.
    return stats.firstAbove12 >= stats.secondAbove12 ? DayOrder::DayFirst : DayOrder::MonthFirst;
}

QString DateColumnFormat::describe(const DateColumnStats &stats) const
{
    QStringList parts;
    if (stats.yearFirst > 0)
        parts << QStringLiteral("year-first (yyyy-mm-dd, yyyy/m/d, yyyy年m月d日)");
    if (stats.yearLast > 0) {
        QString text = order == DayOrder::MonthFirst ? QStringLiteral("m/d/yyyy (month-first)")
                                                     : QStringLiteral("d/m/yyyy (day-first)");
        if (orderAssumed)
            text += QStringLiteral(", assumed: every date fits both orders");
        parts << text;
    }
    if (stats.serial > 0)
        parts << (date1904 ? QStringLiteral("spreadsheet serial (1904 system)")
                           : QStringLiteral("spreadsheet serial (1900 system)"));
    if (stats.withOffset > 0)
        parts << QStringLiteral("with UTC offsets");
    if (parts.isEmpty())
        return QStringLiteral("no dates");
    return parts.join(QStringLiteral("; "));
}

bool resolveDateTime(RawDateTime value, const DateColumnFormat &format, qint64 *seconds, DateProblem *problem)
{
    *problem = DateProblem::None;
    int year = value.year();
    int month = 0;
    int day = 0;
    switch (value.shape()) {
    case DateShape::Missing:
        return false;
    case DateShape::Invalid:
        *problem = DateProblem::NotADate;
        return false;
    case DateShape::Serial: {
        static const qint64 base1900 = daysFromCivil(1899, 12, 30) * kSecondsPerDay;
        static const qint64 base1904 = daysFromCivil(1904, 1, 1) * kSecondsPerDay;
        *seconds = (format.date1904 ? base1904 : base1900) + value.serialSeconds();
        return true;
    }
    case DateShape::YearFirst:
        month = value.first();
        day = value.second();
        break;
    case DateShape::YearLast:
        if (format.order == DayOrder::MonthFirst) {
            month = value.first();
            day = value.second();
        } else {
            day = value.first();
            month = value.second();
        }
        break;
    }
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        *problem = DateProblem::NoSuchDay;
        return false;
    }
    *seconds = daysFromCivil(year, month, day) * kSecondsPerDay + value.secondOfDay();
    return true;
}

} // namespace tw::history
