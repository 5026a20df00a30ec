#include "ImportChunk.h"

namespace tw::history {

namespace {
// Names longer than this are not vendor or priority names but a broken row.
constexpr qsizetype kMaxNameBytes = 512;
constexpr qsizetype kMaxDateBytes = 64;

QString shortText(QByteArrayView text)
{
    QString value = QString::fromUtf8(text.first(qMin<qsizetype>(text.size(), 60)));
    if (text.size() > 60)
        value += QStringLiteral("…");
    return value;
}
} // namespace

QByteArrayView trimmedView(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.chop(1);
    return text;
}

QByteArrayView ImportChunk::cell(const FieldRef *fields, TicketField field) const
{
    const int column = m_layout.mapping.column(field);
    return column >= 0 ? trimmedView(fields[column].view()) : QByteArrayView();
}

void ImportChunk::addBadRow(qint64 index, const QString &reason, bool excluded, QByteArrayView ticket)
{
    BadRow bad;
    bad.row = index;
    bad.reason = reason;
    bad.excluded = excluded;
    if (!ticket.isEmpty() && ticket.size() <= kMaxNameBytes)
        bad.ticket = QString::fromUtf8(ticket);
    badRows.push_back(bad);
}

bool ImportChunk::readDate(qint64 index, const FieldRef *fields, int slot, bool required, qint64 *bits)
{
    const TicketField field = kDateFields[size_t(slot)];
    const QByteArrayView text = cell(fields, field);
    const RawDateTime value = text.size() > kMaxDateBytes ? RawDateTime::make(DateShape::Invalid, 0, 0, 0, 0, false, 0)
                                                          : parseRawDateTime(text);
    if (value.shape() == DateShape::Invalid) {
        const QString name = m_layout.header.value(m_layout.mapping.column(field));
        if (required) {
            addBadRow(index, tr("%1 \"%2\" is not a date").arg(name, shortText(text)), true,
                      cell(fields, TicketField::Id));
            return false;
        }
        addBadRow(index, tr("%1 \"%2\" is not a date; left out").arg(name, shortText(text)), false,
                  cell(fields, TicketField::Id));
        *bits = RawDateTime().bits();
        return true;
    }
    dateStats[size_t(slot)].add(value);
    *bits = value.bits();
    return true;
}

void ImportChunk::reserve(qint64 rows)
{
    // A vector grown by doubling can hold twice what it needs, and a million tickets are 48 MB.
    if (m_layout.eventLog)
        events.reserve(size_t(qBound<qint64>(0, rows, qint64(50000000))));
    else
        tickets.reserve(size_t(qBound<qint64>(0, rows, qint64(50000000))));
}

void ImportChunk::addRow(qint64 index, const FieldRef *fields, int count, const QString *problem)
{
    ++rowsSeen;
    if (problem) {
        addBadRow(index, *problem, true);
        return;
    }
    if (count != m_layout.columnCount) {
        bool extraEmpty = count > m_layout.columnCount;
        for (int i = m_layout.columnCount; extraEmpty && i < count; ++i)
            extraEmpty = trimmedView(fields[i].view()).isEmpty();
        if (!extraEmpty) {
            addBadRow(index, tr("row has %1 fields where the header has %2").arg(count).arg(m_layout.columnCount),
                      true);
            return;
        }
    }
    const QByteArrayView id = cell(fields, TicketField::Id);

    const QByteArrayView vendorText = cell(fields, TicketField::Vendor);
    qint32 vendor = -1;
    if (vendorText.size() > kMaxNameBytes) {
        addBadRow(index, tr("vendor cell is %1 bytes long").arg(vendorText.size()), true, id);
        return;
    }
    if (!isNullMarker(vendorText))
        vendor = vendors.intern(vendorText);
    const QByteArrayView priorityText = cell(fields, TicketField::Priority);
    qint32 priority = -1;
    if (priorityText.size() > kMaxNameBytes) {
        addBadRow(index, tr("priority cell is %1 bytes long").arg(priorityText.size()), true, id);
        return;
    }
    if (!isNullMarker(priorityText))
        priority = priorities.intern(priorityText);

    if (!m_layout.eventLog) {
        if (priority < 0) {
            addBadRow(index, tr("missing priority"), true, id);
            return;
        }
        TicketRecord record;
        if (!readDate(index, fields, kOpenedSlot, true, &record.opened) ||
            !readDate(index, fields, kRespondedSlot, false, &record.responded) ||
            !readDate(index, fields, kOnsiteSlot, false, &record.onsite) ||
            !readDate(index, fields, kResolvedSlot, false, &record.resolved))
            return;
        record.vendor = vendor;
        record.priority = priority;
        record.row = qint32(index);
        tickets.push_back(record);
        return;
    }

    if (isNullMarker(id)) {
        addBadRow(index, tr("missing ticket id"), true);
        return;
    }
    if (id.size() > kMaxNameBytes) {
        addBadRow(index, tr("ticket id cell is %1 bytes long").arg(id.size()), true);
        return;
    }
    PendingEvent event;
    const QByteArrayView eventText = cell(fields, TicketField::EventTime);
    const RawDateTime eventTime = eventText.size() > kMaxDateBytes
                                      ? RawDateTime::make(DateShape::Invalid, 0, 0, 0, 0, false, 0)
                                      : parseRawDateTime(eventText);
    if (eventTime.shape() == DateShape::Invalid || eventTime.shape() == DateShape::Missing) {
        const QString name = m_layout.header.value(m_layout.mapping.column(TicketField::EventTime));
        addBadRow(index, tr("%1 \"%2\" is not a date; event ignored").arg(name, shortText(eventText)), true, id);
        return;
    }
    dateStats[kEventTimeSlot].add(eventTime);
    event.eventTime = eventTime.bits();
    for (int slot = 0; slot < 4; ++slot) {
        if (!readDate(index, fields, slot, false, &event.times[size_t(slot)]))
            return;
    }
    const QByteArrayView sequenceText = cell(fields, TicketField::Sequence);
    bool ok = false;
    const qint64 sequence = sequenceText.toLongLong(&ok);
    event.sequence = ok ? sequence : -1;
    const QByteArrayView stateText = cell(fields, TicketField::State);
    if (stateText.size() <= kMaxNameBytes && !isNullMarker(stateText))
        event.state = states.intern(stateText);
    event.ticket = ticketIds.intern(id);
    event.vendor = vendor;
    event.priority = priority;
    event.row = index;
    events.push_back(event);
}

} // namespace tw::history
