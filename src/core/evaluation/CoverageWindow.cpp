#include "CoverageWindow.h"

#include "PiecewiseLinear.h"
#include "core/model/DebugString.h"

#include <QRegularExpression>

#include <cmath>

namespace tw::evaluation {

std::optional<CoverageWindow> CoverageWindow::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,2})\\s*[xX×*]\\s*(\\d{1,2})(?:\\s*[xX×*]\\s*\\d+)?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    int days = match.captured(1).toInt();
    int hours = match.captured(2).toInt();
    if (days > 7 && hours <= 7) // "24x7" is written hours first
        std::swap(days, hours);
    if (days < 1 || days > 7 || hours < 1 || hours > 24)
        return std::nullopt;
    CoverageWindow window;
    window.daysPerWeek = days;
    window.dayLengthMinutes = hours * 60;
    // Usual office starts: long service days (5x10, 5x12) open at 08:00, shorter ones at 09:00.
    // The start does not change the expected wait (failures are uniform over the week).
    window.dayStartMinute = hours == 24 ? 0 : (hours >= 10 ? 8 * 60 : 9 * 60);
    if (window.dayStartMinute + window.dayLengthMinutes > 1440)
        window.dayStartMinute = 1440 - window.dayLengthMinutes;
    return window;
}

QString CoverageWindow::name() const
{
    const int hours = dayLengthMinutes / 60;
    if (hours * 60 == dayLengthMinutes)
        return QStringLiteral("%1x%2").arg(daysPerWeek).arg(hours);
    return QStringLiteral("%1x%2").arg(daysPerWeek).arg(dayLengthMinutes / 60.0, 0, 'g', 4);
}

bool CoverageWindow::isValid() const
{
    return daysPerWeek >= 1 && daysPerWeek <= 7 && dayLengthMinutes > 0 && dayStartMinute >= 0 &&
           dayStartMinute + dayLengthMinutes <= 1440;
}

double CoverageWindow::waitHoursAt(double hourOfWeek) const
{
    const double start = dayStartMinute / 60.0;
    const double end = start + dayLengthMinutes / 60.0;
    const int day = int(std::floor(hourOfWeek / 24.0));
    const double timeOfDay = hourOfWeek - 24.0 * day;
    if (day < daysPerWeek) {
        if (timeOfDay >= start && timeOfDay < end)
            return 0;
        if (timeOfDay < start)
            return start - timeOfDay;
    }
    // The next covered day, or Monday of next week.
    const int nextDay = day + 1 < daysPerWeek ? day + 1 : 7;
    return 24.0 * nextDay + start - hourOfWeek;
}

double CoverageWindow::expectedWaitHours() const
{
    const double hours = dayLengthMinutes / 60.0;
    const double dailyGap = 24.0 - hours;
    // daysPerWeek - 1 overnight gaps plus one gap that also spans the uncovered days.
    const double longGap = dailyGap + 24.0 * (7 - daysPerWeek);
    const double sumOfSquares = (daysPerWeek - 1) * dailyGap * dailyGap + longGap * longGap;
    return sumOfSquares / (2.0 * 168.0);
}

double coverageUtility(const CoverageWindow &window)
{
    static const PiecewiseLinear byHours({{0, 0}, {40, 0.25}, {45, 0.35}, {50, 0.45}, {60, 0.6}, {168, 1.0}});
    return window.isValid() ? byHours(window.coveredHoursPerWeek()) : 0.0;
}

QDebug operator<<(QDebug debug, const CoverageWindow &window)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Coverage(" << window.name() << " from "
                              << QStringLiteral("%1:%2")
                                     .arg(window.dayStartMinute / 60, 2, 10, QLatin1Char('0'))
                                     .arg(window.dayStartMinute % 60, 2, 10, QLatin1Char('0'))
                              << ")";
    return debug;
}

char *toString(const CoverageWindow &window) { return debugCString(window); }

} // namespace tw::evaluation
