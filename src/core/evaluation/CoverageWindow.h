#pragma once

#include <QDebug>
#include <QString>

#include <optional>

namespace tw::evaluation {

/**
 * The weekly service calendar of a contract, e.g. 5x9 = Monday to Friday, 09:00-18:00. The week
 * starts Monday 00:00; covered days are the first daysPerWeek days. Public holidays are not
 * modelled here, so business-hours waits are a lower bound (docs/evaluation.md).
 */
struct CoverageWindow
{
    int daysPerWeek = 7;
    int dayStartMinute = 0;      ///< minute of the day coverage starts
    int dayLengthMinutes = 1440; ///< covered minutes per covered day (start + length <= 1440)

    /** A full-time 7x24 window. */
    static CoverageWindow allWeek() { return {}; }
    /** Parses "7x24", "24x7", "5x9", "5×8", "7x24x4" (the trailing on-site hours are ignored); nothing otherwise. */
    static std::optional<CoverageWindow> parse(const QString &text);

    /** "7x24", "5x9"... */
    QString name() const;
    bool isValid() const;
    double coveredHoursPerWeek() const { return daysPerWeek * dayLengthMinutes / 60.0; }
    /** Probability that a failure at a uniformly random time of the week falls outside coverage. */
    double uncoveredFraction() const { return 1.0 - coveredHoursPerWeek() / 168.0; }
    /** Hours from a moment (hours since Monday 00:00, 0 <= h < 168) to the next covered moment. */
    double waitHoursAt(double hourOfWeek) const;
    /**
     * Expected wait for a failure at a uniformly random moment of the week, in hours. Closed form:
     * a gap of g hours catches a failure with probability g/168 and then waits g/2 on average, so
     * E[wait] = sum(g^2) / (2 * 168).
     */
    double expectedWaitHours() const;

    bool operator==(const CoverageWindow &other) const
    {
        return daysPerWeek == other.daysPerWeek && dayStartMinute == other.dayStartMinute &&
               dayLengthMinutes == other.dayLengthMinutes;
    }
    bool operator!=(const CoverageWindow &other) const { return !(*this == other); }
};

/**
 * Ordinal value of coverage: 7x24 1.0 > 5x12 0.6 > 5x10 0.45 > 5x9 0.35 > 5x8 0.25 > none 0, other
 * windows interpolated by covered hours per week.
 */
double coverageUtility(const CoverageWindow &window);

QDebug operator<<(QDebug debug, const CoverageWindow &window);
char *toString(const CoverageWindow &window);

} // namespace tw::evaluation
