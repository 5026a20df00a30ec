#include "TimeZoneConverter.h"

#include <algorithm>

namespace tw::history {

TimeZoneConverter::TimeZoneConverter(const QTimeZone &zone) : m_zone(zone)
{
    if (!zone.isValid())
        return;
    const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    m_initialOffset = zone.offsetFromUtc(from);
    for (const QTimeZone::OffsetData &data : zone.transitions(from, to))
        m_transitions.push_back({data.atUtc.toSecsSinceEpoch(), data.offsetFromUtc});
    // Transitions that keep the same offset (a renamed abbreviation) change nothing.
    std::vector<Transition> changes;
    int previous = m_initialOffset;
    for (const Transition &transition : m_transitions) {
        if (transition.offsetAfter != previous)
            changes.push_back(transition);
        previous = transition.offsetAfter;
    }
    m_transitions.swap(changes);
}

QString TimeZoneConverter::name() const
{
    return m_zone.isValid() ? QString::fromUtf8(m_zone.id()) : QStringLiteral("floating");
}

int TimeZoneConverter::offsetAtUtc(qint64 utcSeconds) const
{
    if (m_transitions.empty())
        return m_initialOffset;
    const auto next = std::upper_bound(m_transitions.begin(), m_transitions.end(), utcSeconds,
                                       [](qint64 value, const Transition &t) { return value < t.atUtc; });
    return next == m_transitions.begin() ? m_initialOffset : std::prev(next)->offsetAfter;
}

qint64 TimeZoneConverter::toUtc(qint64 localSeconds) const
{
    if (m_transitions.empty())
        return localSeconds - m_initialOffset;
    // The offset in force an offset's width before the wall time, then checked once more: exact
    // away from transitions, and the earlier offset inside a gap or overlap.
    const int guess = offsetAtUtc(localSeconds - offsetAtUtc(localSeconds));
    const qint64 utc = localSeconds - guess;
    const int check = offsetAtUtc(utc);
    if (check == guess)
        return utc;
    const int before = offsetAtUtc(localSeconds - std::max(guess, check) - 86400);
    return localSeconds - before;
}

} // namespace tw::history
