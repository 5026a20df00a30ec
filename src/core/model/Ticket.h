#pragma once

#include <QDateTime>
#include <QDebug>
#include <QString>

#include <optional>

namespace tw {

/** One past service ticket: when it was opened, answered, attended on site and resolved. */
struct Ticket
{
    QString id;
    QString vendor;
    QString priority; ///< "P1".."P4"
    QDateTime opened;
    QDateTime responded; ///< invalid when the export has no such time
    QDateTime onsite;    ///< invalid when nobody went on site
    QDateTime resolved;

    /** Minutes from opening to the given moment in wall-clock time; empty when either is missing. */
    std::optional<qint64> elapsedMinutes(const QDateTime &moment) const;
    bool operator==(const Ticket &other) const;
    bool operator!=(const Ticket &other) const { return !(*this == other); }
};

QDebug operator<<(QDebug debug, const Ticket &ticket);
char *toString(const Ticket &ticket);

} // namespace tw
