#pragma once

#include "EmailThread.h"

#include <QList>
#include <QStringList>

namespace tw::analysis {

/**
 * A purchase approval exported as text (DingTalk, WeCom, an OA system): "字段：值" lines, the vendor's
 * reply pasted into a field, and a log of the approvers' opinions. The buyer's own words are marked as
 * the other party's: the reason for the request (申请事由) and each approver's opinion (审批意见), up to
 * the next field, step or rule. Returns nothing when the text is not such a form (fewer than two
 * opinions).
 */
QList<EmailLine> readApprovalForm(const QStringList &lines);

} // namespace tw::analysis
