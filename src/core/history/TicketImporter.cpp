#include "TicketImporter.h"

#include "CivilDate.h"
#include "EventLogDeriver.h"
#include "PriorityLabel.h"

#include <algorithm>

namespace tw::history {

namespace {
std::vector<qint32> remap(const ByteInterner &from, ByteInterner &to)
{
    std::vector<qint32> map;
    map.reserve(size_t(from.size()));
    for (const QByteArray &value : from.values())
        map.push_back(to.intern(value));
    return map;
}

inline qint32 mapped(const std::vector<qint32> &map, qint32 index) { return index < 0 ? -1 : map[size_t(index)]; }
} // namespace

TicketImporter::TicketImporter(ImportOptions options) : m_options(std::move(options)) {}

TicketImporter::~TicketImporter() = default;

bool TicketImporter::setHeader(const QStringList &header)
{
    m_layout.header = header;
    m_layout.columnCount = int(header.size());
    m_layout.mapping = ColumnMapping::detect(header);
    for (const QString &rule : std::as_const(m_options.mapRules)) {
        if (!m_layout.mapping.applyOverride(rule, header)) {
            m_errorString = m_layout.mapping.errorString();
            return false;
        }
    }
    const ColumnMapping &mapping = m_layout.mapping;
    m_layout.eventLog = mapping.isEventLog();
    const QString columns = header.join(QStringLiteral(", "));
    if (!mapping.has(TicketField::Priority)) {
        m_errorString = tr("no priority column found (columns: %1); name one with --map COLUMN=priority").arg(columns);
        return false;
    }
    if (!m_layout.eventLog) {
        if (!mapping.has(TicketField::Opened)) {
            m_errorString =
                tr("no opened-time column found (columns: %1); name one with --map COLUMN=opened").arg(columns);
            return false;
        }
        if (!mapping.has(TicketField::Responded) && !mapping.has(TicketField::Onsite) &&
            !mapping.has(TicketField::Resolved)) {
            m_errorString = tr("no response, on-site or resolution time column found (columns: %1); name one with "
                               "--map COLUMN=responded|onsite|resolved")
                                .arg(columns);
            return false;
        }
    } else if (!mapping.has(TicketField::Id)) {
        m_errorString =
            tr("the event log has no ticket id column (columns: %1); name one with --map COLUMN=id").arg(columns);
        return false;
    }
    return true;
}

std::unique_ptr<TableChunkSink> TicketImporter::createChunkSink() { return std::make_unique<ImportChunk>(m_layout); }

void TicketImporter::finishChunk(std::unique_ptr<TableChunkSink> sink, qint64 firstRow)
{
    auto *chunk = static_cast<ImportChunk *>(sink.get());
    const std::vector<qint32> vendorMap = remap(chunk->vendors, m_vendors);
    const std::vector<qint32> priorityMap = remap(chunk->priorities, m_priorities);
    for (BadRow &bad : chunk->badRows) {
        bad.row += firstRow;
        m_badRows.push_back(std::move(bad));
    }
    // Renumbered in place; the first part's vector is taken over rather than copied, so merging a
    // million tickets does not briefly hold them twice.
    for (TicketRecord &record : chunk->tickets) {
        record.row = qint32(record.row + firstRow);
        record.vendor = mapped(vendorMap, record.vendor);
        record.priority = mapped(priorityMap, record.priority);
    }
    if (m_tickets.empty())
        m_tickets.swap(chunk->tickets);
    else
        m_tickets.insert(m_tickets.end(), chunk->tickets.begin(), chunk->tickets.end());
    std::vector<TicketRecord>().swap(chunk->tickets);
    if (!chunk->events.empty()) {
        const std::vector<qint32> idMap = remap(chunk->ticketIds, m_ticketIds);
        const std::vector<qint32> stateMap = remap(chunk->states, m_states);
        for (PendingEvent event : chunk->events) {
            event.row += firstRow;
            event.vendor = mapped(vendorMap, event.vendor);
            event.priority = mapped(priorityMap, event.priority);
            event.ticket = mapped(idMap, event.ticket);
            event.state = mapped(stateMap, event.state);
            m_events.push_back(event);
        }
    }
    for (size_t i = 0; i < m_dateStats.size(); ++i)
        m_dateStats[i].merge(chunk->dateStats[i]);
    m_dataRows += chunk->rowsSeen;
}

bool TicketImporter::resolveTime(qint64 bits, int slot, const std::array<DateColumnFormat, kDateFields.size()> &formats,
                                 qint64 *local, QString *problem) const
{
    const RawDateTime value = RawDateTime::fromBits(bits);
    DateProblem dateProblem = DateProblem::None;
    qint64 naive = 0;
    if (!resolveDateTime(value, formats[size_t(slot)], &naive, &dateProblem)) {
        *local = kNoTime;
        if (dateProblem != DateProblem::None) {
            const QString name = m_layout.header.value(m_layout.mapping.column(kDateFields[size_t(slot)]));
            const bool dayFirst = formats[size_t(slot)].order != DayOrder::MonthFirst;
            *problem = value.shape() == DateShape::YearLast
                           ? tr("%1 has no such date: %2/%3/%4 read %5")
                                 .arg(name)
                                 .arg(value.first())
                                 .arg(value.second())
                                 .arg(value.year())
                                 .arg(dayFirst ? tr("day-first like the rest of the column")
                                               : tr("month-first like the rest of the column"))
                           : tr("%1 has no such date: %2-%3-%4")
                                 .arg(name)
                                 .arg(value.year())
                                 .arg(value.first())
                                 .arg(value.second());
            return false;
        }
        return true; // missing
    }
    if (value.hasOffset()) {
        const qint64 utc = naive - qint64(value.offsetMinutes()) * 60;
        *local = m_options.zone.isFloating() ? utc : m_options.zone.toLocal(utc);
    } else {
        *local = naive;
    }
    return true;
}

void TicketImporter::checkOrder(ImportedTickets &result, TicketRecord &ticket, const QString &ticketId)
{
    // Translated only when a row is reported: tr() takes a lock, too slow for a million tickets.
    const auto check = [&](qint64 &moment, const char *what) {
        if (moment != kNoTime && moment < ticket.opened) {
            result.badRows.push_back({ticket.row,
                                      tr("%1 %2 is before opened %3; left out")
                                          .arg(tr(what), formatLocalSeconds(moment), formatLocalSeconds(ticket.opened)),
                                      ticketId, false});
            moment = kNoTime;
        }
    };
    check(ticket.responded, QT_TR_NOOP("response"));
    check(ticket.onsite, QT_TR_NOOP("on-site"));
    check(ticket.resolved, QT_TR_NOOP("resolved"));
}

void TicketImporter::finishTickets(ImportedTickets &result,
                                   const std::array<DateColumnFormat, kDateFields.size()> &formats)
{
    // Converted in place: the raw bits become local seconds, tickets that cannot stand are dropped.
    size_t kept = 0;
    for (size_t i = 0; i < m_tickets.size(); ++i) {
        TicketRecord ticket = m_tickets[i];
        QString problem;
        if (!resolveTime(ticket.opened, kOpenedSlot, formats, &ticket.opened, &problem) || ticket.opened == kNoTime) {
            result.badRows.push_back({ticket.row, problem.isEmpty() ? tr("missing opened time") : problem, {}, true});
            continue;
        }
        qint64 *const others[] = {&ticket.responded, &ticket.onsite, &ticket.resolved};
        for (int slot = kRespondedSlot; slot <= kResolvedSlot; ++slot) {
            qint64 *moment = others[slot - kRespondedSlot];
            problem.clear();
            if (!resolveTime(*moment, slot, formats, moment, &problem))
                result.badRows.push_back({ticket.row, problem + tr("; left out"), {}, false});
        }
        checkOrder(result, ticket, {});
        m_tickets[kept++] = ticket;
    }
    m_tickets.resize(kept);
    m_tickets.shrink_to_fit();
    result.tickets.swap(m_tickets);
}

void TicketImporter::finishEvents(ImportedTickets &result,
                                  const std::array<DateColumnFormat, kDateFields.size()> &formats)
{
    std::vector<StateKind> stateKinds;
    for (const QByteArray &state : m_states.values())
        stateKinds.push_back(classifyState(QString::fromUtf8(state)));

    struct Keyed
    {
        qint32 ticket;
        TicketEvent event;
    };
    std::vector<Keyed> events;
    events.reserve(m_events.size());
    for (const PendingEvent &pending : m_events) {
        Keyed keyed{pending.ticket, {}};
        TicketEvent &event = keyed.event;
        QString problem;
        if (!resolveTime(pending.eventTime, kEventTimeSlot, formats, &event.time, &problem) || event.time == kNoTime) {
            result.badRows.push_back({pending.row, problem + tr("; event ignored"),
                                      QString::fromUtf8(m_ticketIds.values().at(pending.ticket)), true});
            continue;
        }
        qint64 *const times[] = {&event.opened, &event.responded, &event.onsite, &event.resolved};
        for (int slot = 0; slot < 4; ++slot) {
            problem.clear();
            if (!resolveTime(pending.times[size_t(slot)], slot, formats, times[slot], &problem))
                result.badRows.push_back({pending.row, problem + tr("; left out"),
                                          QString::fromUtf8(m_ticketIds.values().at(pending.ticket)), false});
        }
        event.sequence = pending.sequence;
        event.state = pending.state < 0 ? StateKind::Unknown : stateKinds[size_t(pending.state)];
        event.vendor = pending.vendor;
        event.priority = pending.priority;
        event.row = pending.row;
        events.push_back(keyed);
    }
    std::vector<PendingEvent>().swap(m_events);
    result.events = qint64(events.size());
    std::sort(events.begin(), events.end(), [](const Keyed &a, const Keyed &b) {
        return a.ticket != b.ticket ? a.ticket < b.ticket : eventBefore(a.event, b.event);
    });

    std::vector<TicketEvent> group;
    for (size_t begin = 0; begin < events.size();) {
        size_t end = begin;
        group.clear();
        while (end < events.size() && events[end].ticket == events[begin].ticket)
            group.push_back(events[end++].event);
        const QString ticketId = QString::fromUtf8(m_ticketIds.values().at(events[begin].ticket));
        ++result.eventTickets;
        TicketRecord ticket = deriveTicket(group.data(), group.size());
        begin = end;
        if (ticket.priority < 0) {
            result.badRows.push_back({ticket.row, tr("missing priority"), ticketId, true});
            continue;
        }
        checkOrder(result, ticket, ticketId);
        result.tickets.push_back(ticket);
    }
    // Tickets in order of their first row, as they appear in the file.
    std::sort(result.tickets.begin(), result.tickets.end(),
              [](const TicketRecord &a, const TicketRecord &b) { return a.row < b.row; });
}

ImportedTickets TicketImporter::finish()
{
    ImportedTickets result;
    result.header = m_layout.header;
    result.mapping = m_layout.mapping;
    result.eventLog = m_layout.eventLog;
    result.zone = m_options.zone;
    result.dataRows = m_dataRows;
    result.badRows = std::move(m_badRows);

    // Each date column's day/month order from its own cells; columns that cannot tell follow the
    // others (one export uses one format), then the configured default.
    std::array<DateColumnFormat, kDateFields.size()> formats;
    DayOrder fileOrder = DayOrder::Unknown;
    for (size_t slot = 0; slot < kDateFields.size(); ++slot) {
        formats[slot].order = decideDayOrder(m_dateStats[slot]);
        formats[slot].date1904 = m_date1904;
        if (fileOrder == DayOrder::Unknown)
            fileOrder = formats[slot].order;
    }
    for (size_t slot = 0; slot < kDateFields.size(); ++slot) {
        if (formats[slot].order != DayOrder::Unknown)
            continue;
        formats[slot].order = fileOrder != DayOrder::Unknown ? fileOrder : m_options.ambiguousOrder;
        formats[slot].orderAssumed = fileOrder == DayOrder::Unknown && m_dateStats[slot].yearLast > 0;
    }
    for (size_t slot = 0; slot < kDateFields.size(); ++slot) {
        if (m_layout.mapping.has(kDateFields[slot]))
            result.dateFormats.insert(ticketFieldName(kDateFields[slot]), formats[slot].describe(m_dateStats[slot]));
    }

    if (m_layout.eventLog)
        finishEvents(result, formats);
    else
        finishTickets(result, formats);

    // Names: vendors as written (trimmed), priorities folded to canonical labels.
    std::vector<qint32> priorityMap;
    for (const QByteArray &raw : m_priorities.values()) {
        const QString label = canonicalPriority(QString::fromUtf8(raw));
        qsizetype index = result.priorities.indexOf(label);
        if (index < 0) {
            index = result.priorities.size();
            result.priorities.append(label);
        }
        priorityMap.push_back(qint32(index));
    }
    for (const QByteArray &raw : m_vendors.values())
        result.vendors.append(QString::fromUtf8(raw));
    const qint32 noVendor = qint32(result.vendors.size());
    result.vendors.append(QString());

    std::vector<bool> vendorKnown(size_t(result.vendors.size()), true);
    if (!m_options.knownVendors.isEmpty()) {
        for (qsizetype i = 0; i < result.vendors.size(); ++i) {
            bool known = false;
            for (const QString &name : std::as_const(m_options.knownVendors))
                known = known || name.trimmed().compare(result.vendors.at(i), Qt::CaseInsensitive) == 0;
            vendorKnown[size_t(i)] = known;
        }
    }
    size_t kept = 0;
    for (size_t i = 0; i < result.tickets.size(); ++i) {
        TicketRecord ticket = result.tickets[i];
        ticket.vendor = ticket.vendor < 0 ? noVendor : ticket.vendor;
        ticket.priority = priorityMap[size_t(ticket.priority)];
        if (!vendorKnown[size_t(ticket.vendor)]) {
            result.badRows.push_back({ticket.row,
                                      ticket.vendor == noVendor
                                          ? tr("missing vendor")
                                          : tr("unknown vendor \"%1\"").arg(result.vendors.at(ticket.vendor)),
                                      {},
                                      true});
            continue;
        }
        result.tickets[kept++] = ticket;
    }
    result.tickets.resize(kept);
    std::stable_sort(result.badRows.begin(), result.badRows.end(),
                     [](const BadRow &a, const BadRow &b) { return a.row < b.row; });
    return result;
}

} // namespace tw::history
