#pragma once

#include "DateColumnFormat.h"
#include "ImportChunk.h"
#include "ImportedTickets.h"
#include "TableRowSink.h"
#include "TimeZoneConverter.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace tw::history {

/** How to read a ticket export. */
struct ImportOptions
{
    QStringList mapRules;                         ///< "column=field" overrides applied after detection
    TimeZoneConverter zone;                       ///< zone of the local times; floating by default
    DayOrder ambiguousOrder = DayOrder::DayFirst; ///< when no date in the file tells d/m from m/d
    QStringList knownVendors;                     ///< when not empty, other vendors are bad rows ("unknown vendor")
};

/**
 * Turns the rows of a ticket export (one row per ticket, or one row per state change) into
 * tickets: maps columns, decides each date column's format from the whole column, derives event
 * logs, and reports every row it cannot use with its number and reason.
 */
class TicketImporter : public TableConsumer
{
    Q_DECLARE_TR_FUNCTIONS(tw::history::TicketImporter)

public:
    explicit TicketImporter(ImportOptions options = {});
    ~TicketImporter() override;

    bool setHeader(const QStringList &header) override;
    void setDate1904(bool date1904) override { m_date1904 = date1904; }
    std::unique_ptr<TableChunkSink> createChunkSink() override;
    void finishChunk(std::unique_ptr<TableChunkSink> sink, qint64 firstRow) override;

    /** Builds the result once every chunk has been finished. */
    ImportedTickets finish();
    /** Why setHeader() refused the table. */
    QString errorString() const { return m_errorString; }

private:
    void finishTickets(ImportedTickets &result, const std::array<DateColumnFormat, kDateFields.size()> &formats);
    void finishEvents(ImportedTickets &result, const std::array<DateColumnFormat, kDateFields.size()> &formats);
    bool resolveTime(qint64 bits, int slot, const std::array<DateColumnFormat, kDateFields.size()> &formats,
                     qint64 *local, QString *problem) const;
    void checkOrder(ImportedTickets &result, TicketRecord &ticket, const QString &ticketId);

    ImportOptions m_options;
    ImportLayout m_layout;
    bool m_date1904 = false;
    QString m_errorString;
    qint64 m_dataRows = 0;

    // Merged chunks, row numbers absolute, names re-numbered into these interners.
    std::vector<TicketRecord> m_tickets;
    std::vector<PendingEvent> m_events;
    std::vector<BadRow> m_badRows;
    std::array<DateColumnStats, kDateFields.size()> m_dateStats;
    ByteInterner m_vendors;
    ByteInterner m_priorities;
    ByteInterner m_ticketIds;
    ByteInterner m_states;
};

} // namespace tw::history
