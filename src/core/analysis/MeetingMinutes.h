#pragma once

#include "EmailThread.h"

#include <QList>
#include <QStringList>

namespace tw::analysis {

/**
 * Minutes of a clarification meeting (澄清会会议纪要) or a question-and-answer log: the buyer's questions
 * and remarks ("问题3：投标文件第4.2条表述为“…原则上4小时内到场”", "甲方意见：…") quote and discuss the
 * vendor's old wording, and only the vendor's answers ("乙方答复：…") commit. Each line that opens with a
 * buyer's label is marked as the other party's; in plain text the lines after it too, up to a blank line
 * or the next label. Returns nothing unless the text has at least two buyer's and two vendor's labels.
 */
QList<EmailLine> readMeetingMinutes(const QStringList &lines, bool continuesOverLines);

} // namespace tw::analysis
