#include "ColumnSiblingTiers.h"

#include <QHash>
#include <QRegularExpression>

namespace tw::analysis {

namespace {

QString firstCell(const PreparedSegment &segment)
{
    if (segment.cells.isEmpty() || segment.source.columns.value(0, -1) != 0)
        return QString();
    return segment.norm.text
        .mid(segment.cells.first().first, segment.cells.first().second - segment.cells.first().first)
        .trimmed();
}

} // namespace

void addColumnSiblingTiers(const QList<PreparedSegment> &segments, TierContext *tiers)
{
    static const QRegularExpression namesColumn(
        QStringLiteral(
            R"(^(?:sites?|locations?|premises|offices?|plans?|tiers?|service (?:levels?|plans?)|站点|地点|场地|院区|园区|厂区|服务等级|服务级别|服务套餐)$)"),
        QRegularExpression::CaseInsensitiveOption);
    // Totals and the fee rows below a price table's plans ("Annual AMC fee", "VAT 5%") are no plans.
    static const QRegularExpression total(
        QStringLiteral(
            R"(total|\ball\b|\bfees?\b|\bprices?\b|\bcharges?\b|\bamount|\bvat\b|\btax|%|合计|小计|总计|共计|费|价|税)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression name(QStringLiteral(R"(^[^\d\s][^\t]{1,38}$)"));
    QHash<int, bool> headed; // table -> its first column names sites or plans
    QHash<int, QStringList> known;
    QHash<int, QStringList> others;
    for (const PreparedSegment &segment : segments) {
        if (segment.source.kind != TextSegment::Kind::TableRow)
            continue;
        const int table = segment.source.table;
        const QString cell = firstCell(segment);
        if (segment.source.row == 0) {
            headed[table] = namesColumn.match(cell).hasMatch() || TierContext::isTierHeader(cell);
            continue;
        }
        if (!headed.value(table) || cell.isEmpty() || total.match(cell).hasMatch())
            continue;
        // (Distinct names: a plan named in two rows is still one.)
        const QString tier = tiers->tierIn(cell);
        QStringList &list = tier.isEmpty() ? others[table] : known[table];
        const QString &entry = tier.isEmpty() ? cell : tier;
        if (!list.contains(entry))
            list << entry;
    }
    for (auto it = others.cbegin(); it != others.cend(); ++it) {
        const QStringList &names = it.value();
        if (known.value(it.key()).size() < 2 || names.size() > 2)
            continue;
        bool allNames = true;
        for (const QString &cell : names)
            allNames = allNames && name.match(cell).hasMatch();
        if (!allNames)
            continue;
        for (const QString &cell : names)
            tiers->addCandidate(cell);
    }
}

} // namespace tw::analysis
