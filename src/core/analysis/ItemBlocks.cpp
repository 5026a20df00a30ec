#include "ItemBlocks.h"

#include <QRegularExpression>

namespace tw::analysis {

QString itemBlockName(const QString &line)
{
    static const QRegularExpression nameField(
        QStringLiteral(
            R"(^\s*(?:物料名称|服务名称|项目名称|商品名称|报价项目|品名|item name|service name)\s*[:：]\s*(.{2,60}?)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = nameField.match(line);
    if (!m.hasMatch())
        return QString();
    QString name = m.captured(1);
    static const QRegularExpression dash(QStringLiteral(R"(\s*[-–—]\s*)"));
    const auto parts = name.split(dash, Qt::SkipEmptyParts);
    if (!parts.isEmpty())
        name = parts.last();
    static const QRegularExpression bracketed(QStringLiteral(R"(\s*[（(][^）)]*[）)]\s*$)"));
    name.remove(bracketed);
    name = name.trimmed();
    return name.size() >= 2 && name.size() <= 24 ? name : QString();
}

QStringList itemBlockNames(const QList<PreparedSegment> &segments)
{
    QStringList names;
    for (const PreparedSegment &segment : segments) {
        if (segment.source.kind != TextSegment::Kind::Paragraph)
            continue;
        const QString name = itemBlockName(segment.norm.text);
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names.size() >= 2 ? names : QStringList();
}

} // namespace tw::analysis
