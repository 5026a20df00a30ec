#pragma once

#include "BusinessCalendar.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tw::history {

/** A contract calendar with the text that describes it. */
struct ContractCalendar
{
    BusinessCalendar calendar;
    QString spec;               ///< canonical form, e.g. "5x9@09:00-18:00+cn"
    bool chinaHolidays = false; ///< "+cn": China's holidays and 调休 were applied
    int holidayFirstYear = 0;   ///< years covered by the holiday data (0 when none)
    int holidayLastYear = 0;
    QList<int> provisionalYears; ///< years whose holiday data is not the official arrangement
};

/**
 * Parses calendar specifications: "7x24", "DxH" (D = 5 Monday to Friday, 6 to Saturday, 7 every
 * day; H working hours a day) with an optional window "@HH:MM-HH:MM" and "+cn" for China's public
 * holidays and adjusted working days. Defaults: 5x8 09:00-17:00, 5x9 09:00-18:00, 5x10
 * 08:00-18:00, 5x12 08:00-20:00, other H from 09:00 (08:00 when H >= 10).
 */
class CalendarSpec
{
    Q_DECLARE_TR_FUNCTIONS(tw::history::CalendarSpec)

public:
    /** Extra holidays (e.g. from an .ics file) applied to any weekly calendar. */
    void setExtraHolidays(const HolidaySet &holidays, const QString &label);
    /** Where "+cn" data comes from; the bundled resource by default. */
    void setChinaDataPath(const QString &path) { m_chinaDataPath = path; }
    std::optional<ContractCalendar> parse(const QString &text);
    QString errorString() const { return m_errorString; }

private:
    std::optional<ContractCalendar> fail(const QString &message);

    HolidaySet m_extraHolidays;
    QString m_extraLabel;
    QString m_chinaDataPath;
    QString m_errorString;
};

} // namespace tw::history
