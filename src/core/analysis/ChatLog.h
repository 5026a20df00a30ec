#pragma once

#include "EmailThread.h"

#include <QList>
#include <QStringList>

namespace tw::analysis {

/**
 * A group chat exported as text (WeChat, DingTalk): "[2025-03-05 14:02] 李工（恒拓信息）：金牌是7×24小时…".
 * Each message loses its time and speaker and stands alone (message numbers keep two messages from
 * being read as one wrapped paragraph). The vendor is the party whose messages state the most service
 * levels, prices and parts; the other party's messages (the buyer's requests and questions) are
 * marked as its words. Returns nothing when the text is not such a chat (fewer than three messages).
 */
QList<EmailLine> readChatLog(const QStringList &lines);

} // namespace tw::analysis
