#include "PlanSheets.h"

#include "NumberedHeading.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace tw::analysis {

namespace {

// A row label naming a service field: "服务时间", "远程响应", "价格（A档）", "Coverage", "Parts".
bool isServiceFieldLabel(const QString &label)
{
    static const QRegularExpression fieldLabel(
        QStringLiteral(
            R"(^\W*(?:服务时间|服务时段|响应|到场|上门|修复|恢复|备件|价格|报价|巡检|coverage|hours|response|on[\s-]?site|resolution|restor|repair|parts|price|fee)\w{0,6}\W*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return fieldLabel.match(label).hasMatch();
}

// The text of a table row's cell i, trimmed.
QString cellText(const PreparedSegment &segment, int i)
{
    const auto &[from, to] = segment.cells.at(i);
    return segment.norm.text.mid(from, to - from).trimmed();
}

} // namespace

bool headsPlanSheet(const QList<PreparedSegment> &segments, int from)
{
    QHash<int, int> fieldRows; // table -> body rows labelled by a field
    for (int s = from + 1; s < segments.size() && s <= from + 60; ++s) {
        const PreparedSegment &segment = segments.at(s);
        if (segment.source.kind == TextSegment::Kind::Paragraph) {
            if (segment.norm.text.size() <= 80 && numberedHeading().match(segment.norm.text).hasMatch())
                break;
            continue;
        }
        if (segment.source.row == 0 || segment.cells.size() != 2 || segment.source.columns.value(0, 0) != 0)
            continue;
        if (isServiceFieldLabel(cellText(segment, 0)) && ++fieldRows[segment.source.table] >= 3)
            return true;
    }
    return false;
}

// True when two names are whole cells of the same column of one table ("机房 | 地点" over "主机房", "备援机房").
bool sameTableColumn(const QList<PreparedSegment> &segments, const QString &a, const QString &b)
{
    if (a.size() < 2 || b.size() < 2)
        return false;
    QHash<QPair<int, int>, int> seen; // (table, column) -> bit 1 for a, bit 2 for b
    for (const PreparedSegment &segment : segments) {
        if (segment.source.kind != TextSegment::Kind::TableRow)
            continue;
        for (int i = 0; i < segment.cells.size(); ++i) {
            const QString cell = cellText(segment, i);
            int &bits = seen[qMakePair(segment.source.table, segment.source.columns.value(i, i))];
            bits |= cell == a ? 1 : cell == b ? 2 : 0;
            if (bits == 3)
                return true;
        }
    }
    return false;
}

// Markdown sections of one level led by plan names ("## 省心版｜…", "## 安心版｜…", "## 放心版｜…", an emoji may come
// first): once two of the names are known tiers, the others with the same ending are plans too (a plan described in
// prose, not in a sheet).
void addMarkdownSectionSiblings(const QList<PreparedSegment> &segments, TierContext *tiers)
{
    static const QRegularExpression section(
        QStringLiteral(R"(^\s*(#{2,4})\s+[^\w\x{4e00}-\x{9fff}]*([\x{4e00}-\x{9fff}A-Za-z0-9]{2,8})\s*[｜|:：—–-])"));
    QMap<int, QStringList> leadsByLevel; // heading level -> lead names in order
    for (const PreparedSegment &segment : segments) {
        if (segment.source.kind != TextSegment::Kind::Paragraph)
            continue;
        const auto m = section.match(segment.source.text);
        if (m.hasMatch())
            leadsByLevel[int(m.capturedLength(1))] << m.captured(2);
    }
    const QStringList known = tiers->names();
    for (const QStringList &leads : std::as_const(leadsByLevel)) {
        QStringList tiersAmong;
        for (const QString &lead : leads) {
            if (known.contains(lead))
                tiersAmong << lead;
        }
        if (tiersAmong.size() < 2)
            continue;
        const QChar ending = tiersAmong.first().back();
        if (std::any_of(tiersAmong.cbegin(), tiersAmong.cend(), [&](const QString &t) { return t.back() != ending; }))
            continue;
        for (const QString &lead : leads) {
            if (!known.contains(lead) && lead.back() == ending)
                tiers->addCandidate(lead, lead);
        }
    }
}

// Plans each set out in a two-column sheet of their own under the same corner label ("服务项目 | 省心版", "服务项目 |
// 安心版" over "服务时间", "远程响应", "价格" rows): the second header cells, when two sheets or more name different
// plans.
QList<QPair<QString, QString>> siblingPlanSheets(const QList<PreparedSegment> &segments)
{
    struct Sheet
    {
        QString corner;
        QString plan;
        QString written;
        int fields = 0;
    };
    QMap<int, Sheet> sheets; // by table
    for (const PreparedSegment &segment : segments) {
        if (segment.source.kind != TextSegment::Kind::TableRow || segment.cells.size() != 2)
            continue;
        if (segment.source.row == 0) {
            const QString corner = cellText(segment, 0);
            const QString plan = cellText(segment, 1);
            if (TierContext::isGenericColumnLabel(corner) && !TierContext::isGenericColumnLabel(plan) &&
                !plan.isEmpty() && plan.size() <= 24 && !isServiceFieldLabel(plan)) {
                const auto range = segment.norm.originalRange(segment.cells.at(1).first, segment.cells.at(1).second);
                sheets.insert(segment.source.table,
                              Sheet{corner, plan, segment.source.text.mid(range.first, range.second - range.first)});
            }
        } else if (sheets.contains(segment.source.table) && isServiceFieldLabel(cellText(segment, 0))) {
            ++sheets[segment.source.table].fields;
        }
    }
    QMap<QString, QList<Sheet>> byCorner; // (a map: the order of the plans must not depend on hashing)
    for (const Sheet &sheet : std::as_const(sheets)) {
        if (sheet.fields >= 3)
            byCorner[sheet.corner] << sheet;
    }
    QList<QPair<QString, QString>> plans;
    for (const QList<Sheet> &group : std::as_const(byCorner)) {
        QSet<QString> names;
        for (const Sheet &sheet : group)
            names.insert(sheet.plan);
        if (names.size() < 2)
            continue;
        for (const Sheet &sheet : group)
            plans << qMakePair(sheet.plan, sheet.written);
    }
    return plans;
}

} // namespace tw::analysis
