#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>

namespace tw::history {

/** What a ticket export's column means. */
enum class TicketField {
    Id,
    Vendor,
    Priority,
    Opened,
    Responded,
    Onsite,
    Resolved,
    State,     ///< event logs: the ticket's state after this event
    EventTime, ///< event logs: when the event happened
    Sequence,  ///< event logs: the ticket's update counter, orders events with equal times
    Site,
};
constexpr int kTicketFieldCount = int(TicketField::Site) + 1;

/** snake_case name of a field as used by --map and in JSON ("opened", "event_time"...). */
QString ticketFieldName(TicketField field);
/** The field of a snake_case name (a few aliases too); false when unknown. */
bool ticketFieldFromName(const QString &name, TicketField *field);
/** Whether the field holds a date and time. */
bool isDateField(TicketField field);

/**
 * Which column (0-based) holds which field. Detected from English and Chinese header names
 * (工单号, 供应商/厂商, 优先级/故障级别, 报修时间, 响应时间, 到场时间, 修复/解决时间...), then
 * overridden by the user's "column=field" rules.
 */
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(tw::history::ColumnMapping)

public:
    /** Guesses from header names; each column gets at most one field. */
    static ColumnMapping detect(const QStringList &header);

    /**
     * Applies "column=field" (column by header name or 1-based number; field "ignore" unmaps the
     * column). False with errorString() when the column or field is unknown.
     */
    bool applyOverride(const QString &rule, const QStringList &header);
    int column(TicketField field) const { return m_columns[size_t(field)]; }
    bool has(TicketField field) const { return column(field) >= 0; }
    void set(TicketField field, int column);
    /** Event log: a state column and an event time column are both mapped. */
    bool isEventLog() const { return has(TicketField::State) && has(TicketField::EventTime); }
    /** The largest mapped column index, -1 when nothing is mapped. */
    int lastColumn() const;
    QString errorString() const { return m_errorString; }

private:
    std::array<int, kTicketFieldCount> m_columns{-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1};
    QString m_errorString;
};

/** A header name folded for matching: lower case, without spaces, "_", "-", ".", "/", brackets. */
QString normalizedHeader(const QString &header);

} // namespace tw::history
