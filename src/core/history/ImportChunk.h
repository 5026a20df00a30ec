#pragma once

#include "ByteInterner.h"
#include "ColumnMapping.h"
#include "DateColumnFormat.h"
#include "ImportedTickets.h"
#include "TableRowSink.h"

#include <QCoreApplication>

#include <array>
#include <vector>

namespace tw::history {

/** The date fields in a fixed order, for per-field statistics. */
constexpr std::array<TicketField, 5> kDateFields = {TicketField::Opened, TicketField::Responded, TicketField::Onsite,
                                                    TicketField::Resolved, TicketField::EventTime};
constexpr int kOpenedSlot = 0;
constexpr int kRespondedSlot = 1;
constexpr int kOnsiteSlot = 2;
constexpr int kResolvedSlot = 3;
constexpr int kEventTimeSlot = 4;

/** What every chunk needs to know about the table's columns. */
struct ImportLayout
{
    ColumnMapping mapping;
    QStringList header;
    int columnCount = 0;
    bool eventLog = false;
};

/** One row of an event log, dates still packed (RawDateTime bits) until the formats are decided. */
struct PendingEvent
{
    qint64 eventTime = 0;
    qint64 sequence = -1;
    std::array<qint64, 4> times{}; ///< opened, responded, onsite, resolved columns (raw bits)
    qint32 ticket = -1;
    qint32 state = -1;
    qint32 vendor = -1;
    qint32 priority = -1;
    qint64 row = 0;
};

/**
 * Collects the rows of one part of a table (one reader thread): cells parsed to packed dates and
 * interned names, bad rows noted with the reason. Row numbers are part-relative until merged.
 */
class ImportChunk : public TableChunkSink
{
    Q_DECLARE_TR_FUNCTIONS(tw::history::ImportChunk)

public:
    explicit ImportChunk(const ImportLayout &layout) : m_layout(layout) {}
    void addRow(qint64 index, const FieldRef *fields, int count, const QString *problem) override;
    void reserve(qint64 rows) override;

    qint64 rowsSeen = 0;
    std::vector<TicketRecord> tickets; ///< times hold RawDateTime bits, row the part-relative index
    std::vector<PendingEvent> events;
    std::vector<BadRow> badRows;
    std::array<DateColumnStats, kDateFields.size()> dateStats;
    ByteInterner vendors;
    ByteInterner priorities;
    ByteInterner ticketIds;
    ByteInterner states;

private:
    const ImportLayout &m_layout;

    QByteArrayView cell(const FieldRef *fields, TicketField field) const;
    bool readDate(qint64 index, const FieldRef *fields, int slot, bool required, qint64 *bits);
    void addBadRow(qint64 index, const QString &reason, bool excluded, QByteArrayView ticket = {});
};

/** Trims spaces and tabs from both ends. */
QByteArrayView trimmedView(QByteArrayView text);

} // namespace tw::history
