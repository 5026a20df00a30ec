#pragma once

#include "ImportedTickets.h"

#include <QString>

#include <array>
#include <vector>

namespace tw::history {

/** What a ticket state in an event log means for the SLA clock. */
enum class StateKind {
    Unknown,  ///< empty, numeric junk such as "-100", or a state we do not know: ignored
    New,      ///< New, Open, 新建, 待响应...: nobody has answered yet
    Working,  ///< Active, In progress, Awaiting..., 处理中: someone answered
    Onsite,   ///< On site, 已到场: an engineer arrived
    Resolved, ///< Resolved, Fixed, 已解决, 已修复
    Closed,   ///< Closed, Cancelled, 已关闭
};

/** Classifies a state name in English or Chinese. */
StateKind classifyState(const QString &state);

/** One event with its times already resolved to local seconds (kNoTime when absent). */
struct TicketEvent
{
    qint64 time = kNoTime;
    qint64 sequence = -1;
    qint64 opened = kNoTime;
    qint64 responded = kNoTime;
    qint64 onsite = kNoTime;
    qint64 resolved = kNoTime;
    StateKind state = StateKind::Unknown;
    qint32 vendor = -1;
    qint32 priority = -1;
    qint64 row = 0;
};

/** Orders a ticket's events: by sequence number when the log has one, then time, then file row. */
bool eventBefore(const TicketEvent &a, const TicketEvent &b);

/**
 * Derives one ticket from its events, already sorted with eventBefore():
 * - opened: the opened column (first value), else the first event's time;
 * - responded: the responded column if any, else the time of the first event in a state past New;
 * - on-site: the on-site column if any, else the first event in an on-site state;
 * - resolved: the resolved column's last value, else when the ticket last entered a resolved state
 *   (and was not reopened), else when it was closed;
 * - priority and vendor: the last event's values (the final priority).
 */
TicketRecord deriveTicket(const TicketEvent *events, size_t count);

} // namespace tw::history
