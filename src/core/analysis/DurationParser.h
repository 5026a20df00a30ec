#pragma once

#include <QList>
#include <QString>

namespace tw::analysis {

/** A time span read from normalised text: "4 小时", "30 minutes", "2 business days", "NBD". */
struct Duration
{
    int start = 0; ///< range in the normalised text
    int end = 0;
    double minutes = 0;
    bool nextBusinessDay = false;
    QString basis;             ///< "business", "calendar" or empty when the unit does not say
    bool businessDays = false; ///< counted in business/working days (工作日)
};

/** Finds durations in normalised text (see Normalizer). */
class DurationParser
{
public:
    /** All durations in text, in order. Times of day ("9:00") and dates are not durations. */
    static QList<Duration> find(const QString &text);
    /** The basis a phrase states: "business" (工作日, business hours), "calendar" (自然日, elapsed
     * clock hours) or empty. */
    static QString basisOf(const QString &text);
};

} // namespace tw::analysis
