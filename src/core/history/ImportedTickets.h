#pragma once

#include "ColumnMapping.h"
#include "TimeZoneConverter.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

namespace tw::history {

/** Marks a moment that a ticket does not have. */
constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

/** One imported ticket; times are local seconds since 1970 in the import's time zone. */
struct TicketRecord
{
    qint64 opened = kNoTime;
    qint64 responded = kNoTime;
    qint64 onsite = kNoTime;
    qint64 resolved = kNoTime;
    qint32 vendor = -1;   ///< index into ImportedTickets::vendors
    qint32 priority = -1; ///< index into ImportedTickets::priorities
    qint32 row =
        0; ///< 1-based row number in the file (header = row 1); for event logs the ticket's first row in the file
    qint32 reserved = 0;
};

/** A row that could not be used as it was, and why. */
struct BadRow
{
    qint64 row = 0;
    QString reason;
    QString ticket;       ///< ticket id when known
    bool excluded = true; ///< false: the ticket was kept, only the named time was left out
};

/** The result of importing one ticket export. */
struct ImportedTickets
{
    std::vector<TicketRecord> tickets;
    QStringList vendors;         ///< names by index; "" for tickets without a vendor
    QStringList priorities;      ///< canonical labels by index ("P1"...)
    std::vector<BadRow> badRows; ///< sorted by row
    qint64 dataRows = 0;         ///< rows read below the header
    bool eventLog = false;
    qint64 events = 0;       ///< event rows used (event logs)
    qint64 eventTickets = 0; ///< distinct tickets seen in an event log
    QStringList header;
    ColumnMapping mapping;
    QMap<QString, QString> dateFormats; ///< field name -> how its dates were read
    TimeZoneConverter zone;
    QString source; ///< file name, encoding, delimiter... as the reader describes them
};

} // namespace tw::history
