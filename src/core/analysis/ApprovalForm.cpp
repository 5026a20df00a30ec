#include "ApprovalForm.h"

#include <QRegularExpression>

namespace tw::analysis {

QList<EmailLine> readApprovalForm(const QStringList &lines)
{
    // A field that holds the buyer's words, and any line that ends it: another field, a numbered
    // approval step ("[3] 财务审批"), a rule of = or -, or a blank line.
    static const QRegularExpression buyerField(QStringLiteral(
        R"(^\s*(?:审批意见|审核意见|审批备注|批示|会签意见|申请事由|申请理由|申请说明|采购理由)\s*[：:])"));
    static const QRegularExpression opinion(QStringLiteral(R"(^\s*(?:审批意见|审核意见|会签意见)\s*[：:])"));
    static const QRegularExpression fieldOrStep(
        QStringLiteral(R"(^\s*(?:[^\s：:]{1,12}[：:]|\[\d{1,3}\]|[=\-─—_]{6,}\s*$))"));
    int opinions = 0;
    for (const QString &line : lines)
        opinions += opinion.match(line).hasMatch() ? 1 : 0;
    if (opinions < 2)
        return {};
    return markBuyersFields(
        lines, [](const QString &line) { return buyerField.match(line).hasMatch(); },
        [](const QString &line) { return line.trimmed().isEmpty() || fieldOrStep.match(line).hasMatch(); });
}

} // namespace tw::analysis
