#pragma once

#include "HolidaySet.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tw::history {

/** China's public holidays and adjusted working days (调休), loaded from resources/calendars/cn.json. */
struct ChinaHolidays
{
    HolidaySet days;
    int firstYear = 0;
    int lastYear = 0;
    QList<int> provisionalYears; ///< years whose official arrangement was not yet in the data
};

/** Loads and checks holiday data files (the bundled China calendar or one of the same shape). */
class ChinaHolidayLoader
{
    Q_DECLARE_TR_FUNCTIONS(tw::history::ChinaHolidayLoader)

public:
    /** The bundled data's resource path. */
    static QString bundledPath();
    /** Reads the data at path; nothing with errorString() when the file is missing or malformed. */
    std::optional<ChinaHolidays> load(const QString &path = bundledPath());
    /** Parses data already in memory; fileName only names it in errors. */
    std::optional<ChinaHolidays> parse(const QByteArray &json, const QString &fileName);
    QString errorString() const { return m_errorString; }

private:
    QString m_errorString;
};

} // namespace tw::history
