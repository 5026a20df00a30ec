#include "ChinaHolidays.h"

#include "CivilDate.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tw::history {

QString ChinaHolidayLoader::bundledPath() { return QStringLiteral(":/tierwise/calendars/cn.json"); }

std::optional<ChinaHolidays> ChinaHolidayLoader::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString = tr("%1: cannot read the holiday calendar (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), QFileInfo(path).fileName());
}

std::optional<ChinaHolidays> ChinaHolidayLoader::parse(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_errorString = tr("%1: the holiday calendar is not valid JSON (%2)").arg(fileName, parseError.errorString());
        return std::nullopt;
    }
    ChinaHolidays result;
    const QJsonArray years = document.object().value(QStringLiteral("years")).toArray();
    if (years.isEmpty()) {
        m_errorString = tr("%1: the holiday calendar lists no years").arg(fileName);
        return std::nullopt;
    }
    for (const QJsonValue &yearValue : years) {
        const QJsonObject year = yearValue.toObject();
        const int number = year.value(QStringLiteral("year")).toInt();
        if (number <= 0) {
            m_errorString = tr("%1: a year entry has no valid \"year\"").arg(fileName);
            return std::nullopt;
        }
        result.firstYear = result.firstYear == 0 ? number : qMin(result.firstYear, number);
        result.lastYear = qMax(result.lastYear, number);
        if (year.value(QStringLiteral("provisional")).toBool())
            result.provisionalYears.append(number);
        for (const QJsonValue &festivalValue : year.value(QStringLiteral("festivals")).toArray()) {
            const QJsonObject festival = festivalValue.toObject();
            const QString name = festival.value(QStringLiteral("name")).toString();
            const QJsonArray off = festival.value(QStringLiteral("off")).toArray();
            qint64 first = 0;
            qint64 last = 0;
            if (off.size() != 2 || !parseIsoDay(off.at(0).toString(), &first) ||
                !parseIsoDay(off.at(1).toString(), &last) || last < first || last - first > 31) {
                m_errorString = tr("%1: %2 %3 has no valid \"off\" range").arg(fileName).arg(number).arg(name);
                return std::nullopt;
            }
            for (qint64 day = first; day <= last; ++day)
                result.days.addHoliday(day, name);
            for (const QJsonValue &work : festival.value(QStringLiteral("work")).toArray()) {
                qint64 day = 0;
                if (!parseIsoDay(work.toString(), &day)) {
                    m_errorString = tr("%1: %2 %3 has an invalid working day \"%4\"")
                                        .arg(fileName)
                                        .arg(number)
                                        .arg(name, work.toString());
                    return std::nullopt;
                }
                result.days.addWorkingDay(day, name);
            }
        }
    }
    return result;
}

} // namespace tw::history
