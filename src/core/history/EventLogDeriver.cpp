#include "EventLogDeriver.h"

#include <tuple>

namespace tw::history {

StateKind classifyState(const QString &state)
{
    const QString folded = state.trimmed().toLower();
    if (folded.isEmpty())
        return StateKind::Unknown;
    bool numeric = false;
    folded.toLongLong(&numeric);
    if (numeric)
        return StateKind::Unknown;
    const auto matches = [&folded](std::initializer_list<const char *> names) {
        for (const char *name : names) {
            if (folded == QString::fromUtf8(name))
                return true;
        }
        return false;
    };
    if (matches({"new", "open", "opened", "logged", "submitted", "registered", "unassigned", "新建", "新工单", "待处理",
                 "待受理", "待响应", "待分配", "已提交", "未处理", "未响应"}))
        return StateKind::New;
    if (matches({"on site", "onsite", "on-site", "arrived", "engineer on site", "到场", "已到场", "现场处理", "已上门",
                 "上门"}))
        return StateKind::Onsite;
    if (matches({"resolved", "fixed", "restored", "solved", "completed", "done", "已解决", "已修复", "已恢复", "已完成",
                 "解决", "完成"}))
        return StateKind::Resolved;
    if (matches({"closed", "cancelled", "canceled", "已关闭", "关闭", "已取消", "取消", "已归档"}))
        return StateKind::Closed;
    return StateKind::Working;
}

bool eventBefore(const TicketEvent &a, const TicketEvent &b)
{
    return std::tie(a.sequence, a.time, a.row) < std::tie(b.sequence, b.time, b.row);
}

TicketRecord deriveTicket(const TicketEvent *events, size_t count)
{
    TicketRecord ticket;
    if (count == 0)
        return ticket;
    qint64 firstRow = events[0].row;
    for (size_t i = 1; i < count; ++i)
        firstRow = qMin(firstRow, events[i].row);
    ticket.row = qint32(firstRow);
    qint64 lastResolvedColumn = kNoTime;
    qint64 resolvedEntry = kNoTime;
    qint64 closedEntry = kNoTime;
    StateKind previous = StateKind::Unknown;
    for (size_t i = 0; i < count; ++i) {
        const TicketEvent &event = events[i];
        if (ticket.opened == kNoTime && event.opened != kNoTime)
            ticket.opened = event.opened;
        if (ticket.responded == kNoTime && event.responded != kNoTime)
            ticket.responded = event.responded;
        if (ticket.onsite == kNoTime && event.onsite != kNoTime)
            ticket.onsite = event.onsite;
        if (event.resolved != kNoTime)
            lastResolvedColumn = event.resolved;
        if (event.vendor >= 0)
            ticket.vendor = event.vendor;
        if (event.priority >= 0)
            ticket.priority = event.priority;
        switch (event.state) {
        case StateKind::Unknown:
            continue; // does not change what we know about the clock
        case StateKind::New:
        case StateKind::Working:
            resolvedEntry = kNoTime; // reopened or still in work
            closedEntry = kNoTime;
            break;
        case StateKind::Onsite:
            resolvedEntry = kNoTime;
            closedEntry = kNoTime;
            break;
        case StateKind::Resolved:
            if (previous != StateKind::Resolved || resolvedEntry == kNoTime)
                resolvedEntry = event.time;
            break;
        case StateKind::Closed:
            if (closedEntry == kNoTime)
                closedEntry = event.time;
            break;
        }
        previous = event.state;
    }
    if (ticket.opened == kNoTime)
        ticket.opened = events[0].time;
    // Derived times only where the export has no column for them.
    bool haveStateResponse = false;
    qint64 stateResponse = kNoTime;
    qint64 stateOnsite = kNoTime;
    for (size_t i = 0; i < count; ++i) {
        const StateKind state = events[i].state;
        if (!haveStateResponse && state != StateKind::Unknown && state != StateKind::New) {
            stateResponse = events[i].time;
            haveStateResponse = true;
        }
        if (stateOnsite == kNoTime && state == StateKind::Onsite)
            stateOnsite = events[i].time;
    }
    if (ticket.responded == kNoTime)
        ticket.responded = stateResponse;
    if (ticket.onsite == kNoTime)
        ticket.onsite = stateOnsite;
    if (lastResolvedColumn != kNoTime)
        ticket.resolved = lastResolvedColumn;
    else if (resolvedEntry != kNoTime)
        ticket.resolved = resolvedEntry;
    else
        ticket.resolved = closedEntry;
    return ticket;
}

} // namespace tw::history
