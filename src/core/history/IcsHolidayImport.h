#pragma once

#include "HolidaySet.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tw::history {

/**
 * Reads holidays from an iCalendar (.ics) file: each VEVENT's DTSTART/DTEND days (DTEND exclusive,
 * as RFC 5545 defines for all-day events). Events whose summary marks a working day ("班",
 * "补班", "上班", "Workday", "working day") become adjusted working days, all others holidays.
 */
class IcsHolidayImport
{
    Q_DECLARE_TR_FUNCTIONS(tw::history::IcsHolidayImport)

public:
    std::optional<HolidaySet> load(const QString &path);
    /** Parses calendar text; fileName only names it in errors. */
    std::optional<HolidaySet> parse(const QString &text, const QString &fileName);
    /** Events read by the last call. */
    int eventCount() const { return m_eventCount; }
    QString errorString() const { return m_errorString; }

private:
    QString m_errorString;
    int m_eventCount = 0;
};

} // namespace tw::history
