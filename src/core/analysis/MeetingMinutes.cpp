#include "MeetingMinutes.h"

#include <QRegularExpression>

namespace tw::analysis {

QList<EmailLine> readMeetingMinutes(const QStringList &lines, bool continuesOverLines)
{
    static const QRegularExpression buyerLabel(QStringLiteral(
        R"(^\s*(?:问题|問題|提问|提問)\s*\d{0,3}\s*[：:]|^\s*(?:甲方|采购人|採購人|招标人|招標人|买方|買方|评委|評委|专家|專家)\s*(?:意见|意見|提问|提問|询问|詢問|要求|提出|补充意见|補充意見|问题|問題)?\s*[：:])"));
    static const QRegularExpression vendorLabel(QStringLiteral(
        R"(^\s*(?:乙方|供应商|供應商|投标人|投標人|卖方|賣方)\s*(?:答复|答覆|回复|回覆|意见|意見|表示|澄清)?\s*[：:]|^\s*(?:答复|答覆|回复|回覆|澄清)\s*[：:])"));
    int buyer = 0;
    int vendor = 0;
    for (const QString &line : lines) {
        buyer += buyerLabel.match(line).hasMatch() ? 1 : 0;
        vendor += vendorLabel.match(line).hasMatch() ? 1 : 0;
    }
    if (buyer < 2 || vendor < 2)
        return {};
    // (In a Word document each paragraph is a line: a field ends with its line.)
    return markBuyersFields(
        lines, [](const QString &line) { return buyerLabel.match(line).hasMatch(); },
        [continuesOverLines](const QString &line) {
            return vendorLabel.match(line).hasMatch() || line.trimmed().isEmpty() || !continuesOverLines;
        });
}

} // namespace tw::analysis
