#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace tw::history {

/** Promised durations for one priority, in seconds of the contract calendar; empty when not promised. */
struct SlaTarget
{
    std::optional<qint64> response;
    std::optional<qint64> onsite;
    std::optional<qint64> resolution;
};

/** Targets per canonical priority label ("P1"...), parsed from "P1:response=15m,onsite=4h,resolution=6h". */
class SlaTargets
{
    Q_DECLARE_TR_FUNCTIONS(tw::history::SlaTargets)

public:
    /** Adds one "PRIORITY:metric=duration,..." rule; durations like 15m, 4h, 1.5h, 2d (24 h) or plain minutes. */
    bool addRule(const QString &rule);
    /** The target for a canonical priority label, if any. */
    const SlaTarget *find(const QString &priority) const;
    bool isEmpty() const { return m_targets.isEmpty(); }
    const QMap<QString, SlaTarget> &all() const { return m_targets; }
    QString errorString() const { return m_errorString; }

    /** Seconds of "15m", "4h", "1.5h", "2d", "90"; nothing when unreadable or not positive. */
    static std::optional<qint64> parseDuration(const QString &text);

private:
    QMap<QString, SlaTarget> m_targets;
    QString m_errorString;
};

} // namespace tw::history
