#include "PriorityLabel.h"

#include "RawDateTime.h"

#include <QRegularExpression>

namespace tw::history {

QString canonicalPriority(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (isNullMarker(trimmed.toUtf8()))
        return {};
    // A leading level number: "1 - Critical", "P1", "p2", "Sev 3", "S1", "Severity 2", "Priority 4", "L2".
    static const QRegularExpression numbered(
        QStringLiteral("^(?:p|s|l|sev|severity|prio|priority|level|优先级|级别)?\\s*[-_:：]?\\s*([1-9])(?!\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = numbered.match(trimmed);
    if (match.hasMatch())
        return QStringLiteral("P") + match.captured(1);
    static const QString chineseDigits = QStringLiteral("一二三四五六七八九");
    static const QRegularExpression chineseLevel(QStringLiteral("^([一二三四五六七八九])级"));
    const QRegularExpressionMatch chinese = chineseLevel.match(trimmed);
    if (chinese.hasMatch())
        return QStringLiteral("P%1").arg(chineseDigits.indexOf(chinese.captured(1)) + 1);
    const QString lower = trimmed.toLower();
    static const std::pair<const char *, const char *> words[] = {
        {"critical", "P1"}, {"urgent", "P1"}, {"emergency", "P1"}, {"紧急", "P1"}, {"特急", "P1"},
        {"high", "P2"},     {"major", "P2"},  {"高", "P2"},        {"重要", "P2"}, {"medium", "P3"},
        {"moderate", "P3"}, {"normal", "P3"}, {"中", "P3"},        {"一般", "P3"}, {"low", "P4"},
        {"minor", "P4"},    {"低", "P4"},     {"planning", "P5"},
    };
    for (const auto &word : words) {
        if (lower == QString::fromUtf8(word.first))
            return QString::fromLatin1(word.second);
    }
    return trimmed;
}

QString prioritySortKey(const QString &label)
{
    static const QRegularExpression canonical(QStringLiteral("^P[1-9]$"));
    return (canonical.match(label).hasMatch() ? QStringLiteral("0") : QStringLiteral("1")) + label;
}

} // namespace tw::history
