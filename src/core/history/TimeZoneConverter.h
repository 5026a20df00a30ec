#pragma once

#include <QString>
#include <QTimeZone>

#include <vector>

namespace tw::history {

/**
 * Converts between UTC and the local wall time of one zone with a table of its transitions, so a
 * million timestamps do not each go through QTimeZone. Without a zone, times are "floating": local
 * wall time is taken as is and offsets in the data convert to UTC.
 */
class TimeZoneConverter
{
public:
    /** Floating time: local == UTC. */
    TimeZoneConverter() = default;
    explicit TimeZoneConverter(const QTimeZone &zone);

    bool isFloating() const { return !m_zone.isValid(); }
    /** True when every conversion is one constant offset (no transitions after 1970). */
    bool isFixed() const { return m_transitions.empty(); }
    QString name() const;
    /** UTC seconds of a local wall time; in a DST gap or overlap the offset before the change is used. */
    qint64 toUtc(qint64 localSeconds) const;
    qint64 toLocal(qint64 utcSeconds) const { return utcSeconds + offsetAtUtc(utcSeconds); }
    int offsetAtUtc(qint64 utcSeconds) const;

private:
    struct Transition
    {
        qint64 atUtc;
        int offsetAfter;
    };
    QTimeZone m_zone;
    int m_initialOffset = 0;
    std::vector<Transition> m_transitions;
};

} // namespace tw::history
