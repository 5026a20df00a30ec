#include "TierLearning.h"

#include "ColumnSiblingTiers.h"
#include "EmailThread.h"
#include "ItemBlocks.h"

#include "NumberedHeading.h"
#include "ParallelTasks.h"
#include "PlanSheets.h"
#include "PriorityParser.h"
#include "TimeTermExtractor.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace tw::analysis {

namespace {

// True when a short paragraph opens with name after its number ("3.1 UP-7X24-4H-3Y　7×24小时4小时到场服务").
bool headsASection(const QList<PreparedSegment> &segments, const QString &name)
{
    for (const PreparedSegment &segment : segments) {
        if (segment.source.kind != TextSegment::Kind::Paragraph || segment.norm.text.size() > 80)
            continue;
        const auto m = numberedHeading().match(segment.norm.text);
        if (m.hasMatch() && QStringView(segment.norm.text).mid(m.capturedEnd()).startsWith(name))
            return true;
    }
    return false;
}

// The names mentioned at least twice, in the order first mentioned; none unless two or more recur.
QStringList recurringMentions(const QStringList &mentions)
{
    QStringList order;
    QHash<QString, int> counts;
    for (const QString &name : mentions) {
        if (!counts.contains(name))
            order << name;
        ++counts[name];
    }
    QStringList recurring;
    for (const QString &name : std::as_const(order)) {
        if (counts.value(name) >= 2)
            recurring << name;
    }
    return recurring.size() >= 2 ? recurring : QStringList();
}

// Names a pattern finds in text, grouped by a capture (the shared ending or head word); per group the
// names found at least twice, for groups with two or more such names.
QList<QStringList> recurringNames(const QString &text, const QRegularExpression &pattern, int nameGroup,
                                  int sharedGroup)
{
    // Groups and names are kept in the order they first appear: the result must not depend on hashing
    // (Qt seeds QHash per process, so its iteration order changes from run to run).
    QStringList order;                   // shared parts
    QHash<QString, QStringList> namesOf; // shared part -> names in order
    QHash<QString, int> counts;          // name -> count
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString shared = m.captured(sharedGroup);
        const QString name = m.captured(nameGroup);
        if (!namesOf.contains(shared))
            order << shared;
        if (!namesOf[shared].contains(name))
            namesOf[shared] << name;
        ++counts[name];
    }
    QList<QStringList> groups;
    for (const QString &shared : std::as_const(order)) {
        QStringList recurring;
        for (const QString &name : std::as_const(namesOf[shared])) {
            if (counts.value(name) >= 2)
                recurring << name;
        }
        if (recurring.size() >= 2)
            groups << recurring;
    }
    return groups;
}

/** A tier name found by a learner, as normalised and as the document writes it (may be empty). */
struct Candidate
{
    QString name;
    QString written;
    bool code = false; ///< a code ("4H-7×24"): mostly digits, yet a name
};

// Chinese grade words that name plans ("基础" / "增强" / "尊享", "金牌" / "银牌"), as regular-expression alternatives.
QString chineseGradeWords()
{
    return QStringLiteral(
        "基础|标准|增强|高级|尊享|尊贵|旗舰|企业|金牌|银牌|铜牌|铂金|白金|钻石|普通|经济|优选|全面|至尊|"
        "黄金|白银|青铜");
}

// The words a Chinese plan's name ends with ("金牌服务", "核心服务器", "标准维保"), as regular-expression alternatives.
QString chinesePlanEndings() { return QStringLiteral("服务器|服务|套餐|级|保障|方案|级别|等级|设备|系统|机|维保"); }

// A word naming a measured time in a column header: "response", "on-site", "restoration", "attendance".
const QRegularExpression &measureWord()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:respon\w*|on-?site|resolution|restor\w*|repair|fix|attendance|arrival)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Column headers that end alike and differ in how they start name plans by their starts: "Weekday
// initial response time | 24/7 initial response time" are the plans Weekday and 24/7. The shared ending
// is whole words and names a measure; the starts (as written in @p cells) must differ and be short.
QStringList leadsBeforeSharedTail(const QStringList &cells)
{
    if (cells.size() < 2)
        return {};
    static const QRegularExpression space(QStringLiteral(R"(\s+)"));
    QList<QStringList> words;
    for (const QString &cell : cells)
        words << cell.trimmed().split(space, Qt::SkipEmptyParts);
    int shared = 0;
    for (bool same = true; same; shared += same ? 1 : 0) {
        for (const QStringList &w : words)
            same = same && w.size() > shared + 1 &&
                   w.at(w.size() - 1 - shared)
                           .compare(words.first().at(words.first().size() - 1 - shared), Qt::CaseInsensitive) == 0;
    }
    if (shared < 2)
        return {};
    const QRegularExpression &measure = measureWord();
    const QStringList tail = words.first().mid(words.first().size() - shared);
    if (!measure.match(tail.join(QLatin1Char(' '))).hasMatch())
        return {};
    QStringList leads;
    for (const QStringList &w : words) {
        const QString lead = w.mid(0, w.size() - shared).join(QLatin1Char(' '));
        if (lead.size() > 24 || leads.contains(lead, Qt::CaseInsensitive) || measure.match(lead).hasMatch())
            return {};
        leads << lead;
    }
    return leads;
}

// Column headers that start with a plan's name and go on with a measure, several measures per plan: "Critical
// Equipment Response | Critical Equipment On-site Attendance | Standard Equipment Response". The plans are the
// starts before the first measure word; two plans or more, each column one of them.
QStringList leadsBeforeMeasures(const QStringList &cells)
{
    QStringList leads;
    for (const QString &cell : cells) {
        const auto m = measureWord().match(cell);
        const QString lead = m.hasMatch() ? cell.left(m.capturedStart()).trimmed() : QString();
        if (lead.isEmpty() || lead.size() > 30)
            return {};
        if (!leads.contains(lead, Qt::CaseInsensitive))
            leads << lead;
    }
    return leads.size() >= 2 && leads.size() < cells.size() ? leads : QStringList();
}

// Column headers that name a measure and then a plan, the same plans after two measures or more: "On-site time
// Mogadishu | On-site time Hargeisa | Restoration target Mogadishu | Restoration target Hargeisa" are the plans
// Mogadishu and Hargeisa. (A column for all of them, "Response (all Sites)", names none.)
QStringList tailsAfterMeasures(const QStringList &cells)
{
    static const QRegularExpression measureThenName(
        QStringLiteral(
            R"(^\s*(?:initial\s+)?(?:respon\w*|on-?site|resolution|restor\w*|repair|fix|attendance|arrival)(?:\s+(?:times?|targets?|commitments?|windows?))?\s+([^\s(].{0,29}?)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    QMap<QString, QStringList> namesByMeasure; // the measure's words -> the names after them, as written
    for (const QString &cell : cells) {
        const auto m = measureThenName.match(cell);
        if (m.hasMatch())
            namesByMeasure[cell.left(m.capturedStart(1)).trimmed().toLower()] << m.captured(1);
    }
    if (namesByMeasure.size() < 2 || namesByMeasure.first().size() < 2)
        return {};
    auto folded = [](QStringList names) {
        for (QString &name : names)
            name = name.toLower();
        names.sort();
        return names;
    };
    const QStringList first = folded(namesByMeasure.first());
    for (const QStringList &names : std::as_const(namesByMeasure)) {
        if (folded(names) != first)
            return {};
    }
    return namesByMeasure.first();
}

} // namespace

void learnTiers(const QList<PreparedSegment> &segments, const QString &fullText, TierContext *tiers)
{
    // The document's own words for a normalised range, for reporting tier names as written.
    auto written = [](const PreparedSegment &segment, int from, int to) {
        const auto range = segment.norm.originalRange(from, to);
        return segment.source.text.mid(range.first, range.second - range.first);
    };
    auto writtenCell = [&](const PreparedSegment &segment, int i) {
        return written(segment, segment.cells.at(i).first, segment.cells.at(i).second);
    };
    auto cellText = [](const PreparedSegment &segment, int i) {
        return segment.norm.text.mid(segment.cells.at(i).first, segment.cells.at(i).second - segment.cells.at(i).first);
    };
    // A header cell that names a plan: "Response time" or "单价" heads a measure; "Priority Response"
    // or "Rapid Response" names a plan that happens to contain a measure word.
    auto namesPlan = [](const QString &cell) {
        static const QRegularExpression measureColumn(
            QStringLiteral(
                R"(响应|到场|修复|单价|价格|备件|数量|respon|on[\s-]?site|resolution|restor|repair|\bfix|attendance|arrival|price|qty|quantity|units)"),
            QRegularExpression::CaseInsensitiveOption);
        QString rest = cell;
        rest.remove(measureColumn);
        static const QRegularExpression filler(
            QStringLiteral(
                R"(\b(?:time|times|target|targets|hours?|level|sla|\(.*\))\b|时间|时限|目标|超时|要求|[^\w])"),
            QRegularExpression::CaseInsensitiveOption);
        rest.remove(filler);
        // "故障级别", "Severity": a column of priorities, not a plan.
        static const QRegularExpression priorityColumn(
            QStringLiteral(
                R"(^\s*(?:故障|事件)?(?:级别|等级|分级)\s*$|^\s*(?:incident )?(?:priority|severity|优先级)(?:\s+levels?)?\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
        // "Model", "Q'ty", "Part No.": what a line item is, not a plan.
        static const QRegularExpression itemAttribute(
            QStringLiteral(
                R"(^\s*(?:models?|q'?ty|part (?:no\.?|number)|sku|serial(?: no\.?| number)?|description|型号|规格型号|序列号|描述)\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
        return (!measureColumn.match(cell).hasMatch() || rest.size() >= 3) &&
               PriorityParser::prioritiesOf(cell).isEmpty() && !priorityColumn.match(cell).hasMatch() &&
               !itemAttribute.match(cell).hasMatch();
    };
    // How many different texts the body rows of @p table hold in its column @p column.
    auto distinctInColumn = [&](int table, int column) {
        QSet<QString> values;
        for (const PreparedSegment &segment : segments) {
            if (segment.source.kind != TextSegment::Kind::TableRow || segment.source.table != table ||
                segment.source.row == 0)
                continue;
            const int at = int(segment.source.columns.indexOf(column));
            if (at >= 0 && at < segment.cells.size())
                values.insert(cellText(segment, at).trimmed());
        }
        return int(values.size());
    };
    auto learnFromTables = [&] {
        // Tier columns of tables: the header says "Tier" / "设备层级"; the rows below name the tiers.
        QHash<int, int> tierColumnByTable;
        QHash<int, const PreparedSegment *> tierColumnHeaders;
        QSet<int> planSheets; // tables heading one plan's fields: "级别名称 | 白金级" over "服务时间 | 7×24"
        for (const PreparedSegment &segment : segments) {
            if (segment.source.kind != TextSegment::Kind::TableRow || segment.source.row != 0)
                continue;
            // A brand column ("设备品牌", "Server brand") names tiers only in a table of service levels
            // (its other columns are measures), not in an equipment list. So does a product family's ("产品系列" in a
            // maker's warranty policy, each family with its own cover and on-site time), and a region's ("地区 |
            // 服务时间 | 响应时间", a group's subsidiaries by region).
            static const QRegularExpression brandHeader(
                QStringLiteral(
                    R"(^\s*(?:设备品牌|服务器品牌|品牌|(?:server |equipment )?brand|section|部分|产品系列|产品线|机型系列|product (?:family|families|line|series)|model (?:family|series)|地区|地域|所在地区|regions?)\s*$)"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression measureHeader(
                QStringLiteral(
                    R"(响应|到场|上门|修复|恢复|服务时间|respon|on[\s-]?site|resolution|restor|repair|coverage|\btargets?\b)"),
                QRegularExpression::CaseInsensitiveOption);
            int measures = 0;
            for (int i = 0; i < segment.cells.size(); ++i)
                measures += measureHeader.match(cellText(segment, i)).hasMatch() ? 1 : 0;
            // A column of service levels ("服务等级代码") names the tiers rather than one of device types
            // ("设备类型") left of it.
            static const QRegularExpression levelHeader(
                QStringLiteral(R"(等级|级别|等級|級別|\btiers?\b|\blevels?\b|\bplans?\b|\bcodes?\b|代码)"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression typeHeader(
                QStringLiteral(R"(类型|類型|类别|類別|\btypes?\b|\bcategor(?:y|ies)\b)"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression priorityWords(QStringLiteral(R"(severity|priority|故障|优先|優先)"),
                                                          QRegularExpression::CaseInsensitiveOption);
            // So it does rather than a column of sites ("站点 | … | 服务级别") that it groups, the sites' servers
            // sharing fewer levels than there are sites.
            static const QRegularExpression siteHeader(
                QStringLiteral(
                    R"(站点|区域|分区|厂区|院区|园区|sites?|regions?|locations?|zones?)"),
                QRegularExpression::CaseInsensitiveOption);
            int chosen = -1;
            for (int i = 0; i < segment.cells.size(); ++i) {
                const QString cell = cellText(segment, i);
                // ("故障級別" heads the fault levels, priorities, not tiers.)
                if ((!TierContext::isTierHeader(cell) && !(measures >= 2 && brandHeader.match(cell).hasMatch())) ||
                    priorityWords.match(cell).hasMatch())
                    continue;
                if (chosen < 0)
                    chosen = i;
                else if (levelHeader.match(cell).hasMatch() && !priorityWords.match(cell).hasMatch() &&
                         (typeHeader.match(cellText(segment, chosen)).hasMatch() ||
                          (siteHeader.match(cellText(segment, chosen)).hasMatch() &&
                           distinctInColumn(segment.source.table, segment.source.columns.value(i, i)) <
                               distinctInColumn(segment.source.table, segment.source.columns.value(chosen, chosen)))))
                    chosen = i;
                else
                    break;
            }
            // An equipment list ("设备类型 | 品牌 | 型号 | 数量 | 所在位置") names kinds of devices, not tiers: a
            // device-type column names tiers only beside service levels or prices. So does a column of price bands
            // ("档位 | 适用机型 | 典型配置": the bands a maker's products are priced by).
            static const QRegularExpression deviceType(
                QStringLiteral(
                    R"((?:设备|服务器|主机|device|equipment|server|hardware)\s*(?:类型|类别|用途|type|category|role|purpose)|档位|档次)"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression priceColumn(
                QStringLiteral(R"(价|费|金额|元|price|fee|rate|cost|charge|amount)"),
                QRegularExpression::CaseInsensitiveOption);
            bool priced = false;
            for (int i = 0; i < segment.cells.size() && !priced; ++i)
                priced = priceColumn.match(cellText(segment, i)).hasMatch();
            if (chosen >= 0 && deviceType.match(cellText(segment, chosen)).hasMatch() && measures == 0 && !priced)
                chosen = -1;
            // "服务类别 | 考核项目 | 一级故障 | …": the category groups the measures listed beside it ("一、服务受理",
            // "二、现场服务"), it names no tiers.
            static const QRegularExpression groupHeader(QStringLiteral(R"(^\s*(?:服务)?(?:类别|类型|分类|大类)\s*$)"));
            static const QRegularExpression itemHeader(QStringLiteral(R"(项目|指标|内容)"));
            if (chosen >= 0 && chosen + 1 < segment.cells.size() &&
                groupHeader.match(cellText(segment, chosen)).hasMatch() &&
                itemHeader.match(cellText(segment, chosen + 1)).hasMatch())
                chosen = -1;
            if (chosen >= 0) {
                tierColumnByTable.insert(segment.source.table, segment.source.columns.value(chosen, chosen));
                tierColumnHeaders.insert(segment.source.table, &segment);
            }
            // A column of the level each row's servers get ("组别 | … | 适用服务等级" over "S1", "S2（按第四条调整）")
            // beside the column naming the groups: its codes ("S1", not a priority's "P1") name tiers too.
            static const QRegularExpression levelColumn(
                QStringLiteral(
                    R"(^\s*(?:适用|对应)(?:服务)?(?:等级|级别)\s*$|^\s*applicable (?:service level|sla)\s*$)"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression levelCode(QStringLiteral(R"(^\s*([A-OQ-Z]{1,2}\d)\s*(?:[（(].*)?$)"));
            for (int i = 0; i < segment.cells.size(); ++i) {
                if (i == chosen || !levelColumn.match(cellText(segment, i)).hasMatch())
                    continue;
                const int column = segment.source.columns.value(i, i);
                QStringList codes;
                for (const PreparedSegment &row : segments) {
                    if (row.source.kind != TextSegment::Kind::TableRow || row.source.table != segment.source.table ||
                        row.source.row == 0)
                        continue;
                    const int at = int(row.source.columns.indexOf(column));
                    const auto m = at >= 0 && at < row.cells.size() ? levelCode.match(cellText(row, at))
                                                                    : QRegularExpressionMatch();
                    if (m.hasMatch() && !codes.contains(m.captured(1)))
                        codes << m.captured(1);
                }
                for (int k = 0; codes.size() >= 2 && k < codes.size(); ++k)
                    tiers->addCandidate(codes.at(k), codes.at(k), TierContext::NameKind::Code);
            }
        }
        // A features-by-tier matrix: a generic (or no) first header cell, the tiers across the header,
        // and service-level rows ("响应时间", "Coverage") down the first column.
        static const QRegularExpression serviceRow(
            QStringLiteral(
                R"(响应|回电|到场|到达|修复|服务时间|覆盖|备件|价格|报价|服务级别|支持|巡检|监控|备机|服务报告|respon|on[\s-]?site|resolution|restor|repair|rectif|coverage|hours|window|parts|price|support|availability|uptime|severity|priority|\bP[1-4]\b|fix|maintenance|preventive|monitoring|health check|service desk|helpdesk|loaner|spares)"),
            QRegularExpression::CaseInsensitiveOption);
        // "Service Level | Enhanced | Essential" over "Response Time", "Onsite Time - P1": the first column
        // of a table whose header looks like a tier column holds measures, so the tiers run across.
        {
            static const QRegularExpression measureRow(
                QStringLiteral(
                    R"(响应|到场|修复|恢复|服务时间|备件|价格|单价|费用|respon|on[\s-]?site|resolution|restor|repair|\bfix\b|call-?back|\bper (?:system|server|device|unit|year|month|annum)\b|\bfees?\b|\bprice)"),
                QRegularExpression::CaseInsensitiveOption);
            QHash<int, QPair<int, int>> measures; // table -> (measure rows, body rows)
            QHash<int, int> fields;               // table -> rows naming a service field
            static const QRegularExpression fieldRow(
                QStringLiteral(
                    R"(响应|到场|修复|恢复|服务时间|覆盖|备件|巡检|监控|备机|respon|on[\s-]?site|resolution|restor|repair|\bfix\b|hours of cover|cover(?:age)? hours|\bhours\b|parts|maintenance|monitoring|loaner|health check|attendance|service desk|helpdesk)"),
                QRegularExpression::CaseInsensitiveOption);
            for (const PreparedSegment &segment : segments) {
                const int table = segment.source.table;
                if (segment.source.kind != TextSegment::Kind::TableRow || segment.source.row == 0 ||
                    !tierColumnByTable.contains(table))
                    continue;
                const int at = int(segment.source.columns.indexOf(tierColumnByTable.value(table)));
                if (at < 0 || at >= segment.cells.size())
                    continue;
                // A measure is little more than its measure words: "Onsite Time - P1", "Response Time (all
                // Priorities)"; "Priority Response" names a plan.
                static const QRegularExpression asides(QStringLiteral(R"([(（][^)）]*[)）]|\bP\d\b|[^\w]|\d)"));
                static const QRegularExpression filler(
                    QStringLiteral(R"(time|times|target|level|priority|severity|时间|时限|目标|优先级|故障)"),
                    QRegularExpression::CaseInsensitiveOption);
                QString rest = cellText(segment, at);
                const bool measureWords = measureRow.match(rest).hasMatch();
                fields[table] += fieldRow.match(rest).hasMatch() ? 1 : 0;
                rest.remove(measureRow);
                rest.remove(asides);
                rest.remove(filler);
                ++measures[table].second;
                measures[table].first += measureWords && rest.size() < 3 ? 1 : 0;
            }
            // ... and so does a plan's sheet of fields ("Service Level | Gold" over "Hours of Cover",
            // "Response Time", "Replacement Parts", "Remote Monitoring"): its rows are the plan's terms.
            for (auto it = measures.cbegin(); it != measures.cend(); ++it) {
                const int rows = it.value().second;
                if ((it.value().first >= 2 && 2 * it.value().first >= rows) ||
                    (fields.value(it.key()) >= 3 && 3 * fields.value(it.key()) >= 2 * rows)) {
                    const PreparedSegment *header = tierColumnHeaders.value(it.key());
                    if (header && header->cells.size() == 2)
                        planSheets.insert(it.key());
                    tierColumnByTable.remove(it.key());
                }
            }
        }
        QHash<int, int> serviceRows;
        for (const PreparedSegment &segment : segments) {
            if (segment.source.kind == TextSegment::Kind::TableRow && segment.source.row > 0 &&
                !segment.cells.isEmpty() && segment.source.columns.value(0, 0) == 0 &&
                serviceRow.match(segment.norm.text.left(segment.cells.first().second)).hasMatch())
                ++serviceRows[segment.source.table];
        }
        for (const PreparedSegment &segment : segments) {
            if (segment.source.kind != TextSegment::Kind::TableRow || segment.source.row != 0 ||
                segment.cells.size() < 2 || tierColumnByTable.contains(segment.source.table) ||
                serviceRows.value(segment.source.table) < 2)
                continue;
            const bool noFirst = segment.source.columns.value(0, 0) != 0;
            const QString first = segment.norm.text.mid(segment.cells.first().first,
                                                        segment.cells.first().second - segment.cells.first().first);
            // "Parameter | Commitment" is a label and its value; plans come two or more across. ("Plan |
            // Essential | Advanced" over measure rows: the tiers run across, its first cell is a label.)
            const bool label = TierContext::isGenericColumnLabel(first) || TierContext::isTierHeader(first);
            // (A plan's sheet names its one plan: "级别名称 | 白金级", "Service Level | Gold".)
            const int fewest = noFirst || planSheets.contains(segment.source.table) ? 2 : 3;
            if ((!noFirst && !label) || segment.cells.size() < fewest)
                continue;
            // "Service | Description | Price (USD)" heads a list of services, not of plans.
            static const QRegularExpression valueColumn(
                QStringLiteral(
                    R"(\b(?:price|cost|fee|charge|amount|total|rate|remarks?|notes?|comments?|targets?|measure\w*|period|credits?|description|definition|metric|threshold|objective|frequency|status|compliance|result)\b|价格|单价|费用|金额|备注|说明|目标|考核|指标|周期)"),
                QRegularExpression::CaseInsensitiveOption);
            // Models across ("服务项目 | NF5280M7 | SR650 V3 | NF5180M7", each model its own levels) are the plans
            // here, though a model number elsewhere names a device.
            static const QRegularExpression modelNumber(
                QStringLiteral(R"(^[A-Za-z]{1,4}-?[A-Za-z]?\d{3,}[A-Za-z0-9]*(?:\s+[A-Za-z]{1,3}\d{0,2})?$)"));
            QList<int> plans;
            bool models = true;
            for (int i = noFirst ? 0 : 1; i < segment.cells.size(); ++i) {
                const QString cell = cellText(segment, i);
                if (namesPlan(cell) && !TierContext::isGenericColumnLabel(cell) &&
                    !valueColumn.match(cell).hasMatch()) {
                    plans << i;
                    models = models && modelNumber.match(cell.trimmed()).hasMatch();
                }
            }
            const auto kind = models && plans.size() >= 2 ? TierContext::NameKind::Code : TierContext::NameKind::Plain;
            for (int i : std::as_const(plans))
                tiers->addCandidate(cellText(segment, i), writtenCell(segment, i), kind);
        }
        // Rows of one cell grouping a quote's lines by the servers they cover, "生产数据库服务器（ERP 数据库集群，4
        // 台）" over its service products, "研发测试服务器（…）" over others: the servers name the tiers, two groups or
        // more.
        {
            static const QRegularExpression groupOfServers(QStringLiteral(
                R"(^\s*([\x{4e00}-\x{9fff}A-Za-z0-9]{2,12}?(?:服务器|设备|系统|主机))\s*[（(][^）)]{2,}[）)]\s*$)"));
            QMap<int, QStringList> groupsByTable; // (in the tables' order)
            QMap<int, QStringList> writtenByTable;
            for (const PreparedSegment &segment : segments) {
                if (segment.source.kind != TextSegment::Kind::TableRow || segment.source.row == 0 ||
                    !holdsFirstCellOnly(segment))
                    continue;
                const auto m = groupOfServers.match(cellText(segment, 0));
                if (!m.hasMatch() || groupsByTable.value(segment.source.table).contains(m.captured(1)))
                    continue;
                groupsByTable[segment.source.table] << m.captured(1);
                writtenByTable[segment.source.table]
                    << written(segment, segment.cells.first().first + int(m.capturedStart(1)),
                               segment.cells.first().first + int(m.capturedEnd(1)));
            }
            for (auto it = groupsByTable.cbegin(); it != groupsByTable.cend(); ++it) {
                for (int k = 0; it.value().size() >= 2 && k < it.value().size(); ++k)
                    tiers->addCandidate(it.value().at(k), writtenByTable.value(it.key()).at(k));
            }
        }
        // A priority-by-tier grid: "Priority | Gold | Silver | Bronze" over "P1 | 15 minutes | 30 minutes |
        // 1 hour". The rows are priorities and every column below holds times, so the header names plans.
        static const QRegularExpression priorityHeader(
            QStringLiteral(
                R"(^\s*(?:(?:incident )?(?:priority|severity|urgency)(?: levels?)?|故障级别|故障等级|级别|等级|优先级)\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression timeValue(
            QStringLiteral(
                R"(\d|\bNBD\b|next business|next working|best (?:efforts?|endeavou?rs?)|工作日|尽力|半个?小时)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression measureHeader(
            QStringLiteral(
                R"(respon|on[\s-]?site|resol|restor|repair|\bfix|attend|arriv|engineer|\btimes?\b|响应|到场|上门|修复|恢复|解决|时间|时限)"),
            QRegularExpression::CaseInsensitiveOption);
        for (const PreparedSegment &header : segments) {
            if (header.source.kind != TextSegment::Kind::TableRow || header.source.row != 0 ||
                header.cells.size() < 3 || tierColumnByTable.contains(header.source.table) ||
                !priorityHeader.match(cellText(header, 0)).hasMatch())
                continue;
            int priorityRows = 0;
            QHash<int, int> timesByColumn;
            for (const PreparedSegment &row : segments) {
                // (A bare "1" under "Severity Level" is Severity 1, and "Level 1 (System stop)" under "Urgency".)
                if (row.source.kind != TextSegment::Kind::TableRow || row.source.table != header.source.table ||
                    row.source.row == 0 || row.cells.isEmpty() ||
                    (PriorityParser::prioritiesOf(cellText(row, 0)).isEmpty() &&
                     PriorityParser::levelNumber(cellText(row, 0)) == 0))
                    continue;
                ++priorityRows;
                for (int i = 1; i < row.cells.size(); ++i)
                    timesByColumn[row.source.columns.value(i, i)] +=
                        timeValue.match(cellText(row, i)).hasMatch() ? 1 : 0;
            }
            // (A column naming the measure of each row, "服务项目 | 电话回应 / 工程师到场", holds no times.)
            static const QRegularExpression measureLabel(
                QStringLiteral(
                    R"(^\s*(?:服务项目|项目|(?:服务|考核)?指标|服务内容|measures?|metrics?|service (?:items?|levels?))\s*$)"),
                QRegularExpression::CaseInsensitiveOption);
            bool grid = priorityRows >= 2;
            int planColumns = 0;
            for (int i = 1; grid && i < header.cells.size(); ++i) {
                const int times = timesByColumn.value(header.source.columns.value(i, i));
                if (times == 0 && measureLabel.match(cellText(header, i)).hasMatch())
                    continue;
                // (A row or two may hold words instead of a time: "By appointment" for P3 on-site.)
                const bool timesAllDown = times == priorityRows || (priorityRows >= 6 && 4 * times >= 3 * priorityRows);
                grid = namesPlan(cellText(header, i)) && !measureHeader.match(cellText(header, i)).hasMatch() &&
                       timesAllDown;
                ++planColumns;
            }
            grid = grid && planColumns >= 1;
            for (int i = 1; grid && i < header.cells.size(); ++i) {
                if (!measureLabel.match(cellText(header, i)).hasMatch())
                    tiers->addCandidate(cellText(header, i), writtenCell(header, i));
            }
            // "Severity Level | Description | Weekday initial response time | 24/7 initial response time":
            // the columns of times are the plans' by the words they start with.
            QStringList timeColumns;
            for (int i = 1; !grid && priorityRows >= 2 && i < header.cells.size(); ++i) {
                if (timesByColumn.value(header.source.columns.value(i, i)) == priorityRows)
                    timeColumns << writtenCell(header, i);
            }
            // All or none: a plan left unnamed ("24/7" is a cover, not a name) would take its
            // neighbour's terms by the heading above the table.
            QStringList leads = leadsBeforeSharedTail(timeColumns);
            if (leads.isEmpty())
                leads = leadsBeforeMeasures(timeColumns);
            if (leads.isEmpty())
                leads = tailsAfterMeasures(timeColumns);
            const bool named = std::all_of(leads.cbegin(), leads.cend(), [&](const QString &lead) {
                return namesPlan(lead) && !TierContext::cleanName(lead).isEmpty();
            });
            for (const QString &lead : leads) {
                if (named)
                    tiers->addCandidate(lead, lead);
            }
        }
        // A price-by-plan grid: "Server class | Typical models | Essential | Advanced | Premium" over rows
        // of amounts. Two or more columns holding nothing but amounts, under short names that are not
        // amount words ("Unit price", "Total", "2025"), name plans.
        static const QRegularExpression amountCell(QStringLiteral(
            R"(^\s*(?:[€$£¥₹]|EUR|USD|GBP|CNY|RMB|SGD|AUD|CAD|NZD|HKD|INR|Rs\.?)?\s*\d[\d,]*(?:\.\d+)?\s*(?:[€$£¥元]|EUR|USD|GBP)?\s*$)"));
        static const QRegularExpression amountWord(
            QStringLiteral(
                R"(total|amount|sum|subtotal|price|fee|cost|charge|rate|qty|quantity|units?|servers?|year|month|\d{4}|合计|小计|总计|金额|单价|费用|价格|数量|台数|年|月)"),
            QRegularExpression::CaseInsensitiveOption);
        // The body rows of each table, gathered in one pass (a pass per header would be quadratic).
        QHash<int, QList<const PreparedSegment *>> bodyRowsByTable;
        for (const PreparedSegment &row : segments) {
            if (row.source.kind == TextSegment::Kind::TableRow && row.source.row > 0)
                bodyRowsByTable[row.source.table] << &row;
        }
        for (const PreparedSegment &header : segments) {
            if (header.source.kind != TextSegment::Kind::TableRow || header.source.row != 0 ||
                header.cells.size() < 3 || tierColumnByTable.contains(header.source.table))
                continue;
            QHash<int, int> amountsByColumn;
            int bodyRows = 0;
            for (const PreparedSegment *body : bodyRowsByTable.value(header.source.table)) {
                const PreparedSegment &row = *body;
                if (row.cells.size() != header.cells.size())
                    continue;
                ++bodyRows;
                for (int i = 1; i < row.cells.size(); ++i)
                    amountsByColumn[row.source.columns.value(i, i)] +=
                        amountCell.match(cellText(row, i)).hasMatch() ? 1 : 0;
            }
            QList<int> planColumns;
            for (int i = 1; i < header.cells.size() && bodyRows >= 2; ++i) {
                const QString name = cellText(header, i).trimmed();
                if (amountsByColumn.value(header.source.columns.value(i, i)) == bodyRows && name.size() <= 30 &&
                    !name.isEmpty() && !amountWord.match(name).hasMatch() && namesPlan(name))
                    planColumns << i;
            }
            if (planColumns.size() < 2)
                continue;
            for (int i : std::as_const(planColumns))
                tiers->addCandidate(cellText(header, i), writtenCell(header, i));
        }
        // "Offering | Foundation | Advantage | Mission Critical" over "Per system per year": the tiers the
        // matrix above named run across this header too, so its first column holds measures, not tiers.
        for (auto it = tierColumnHeaders.cbegin(); it != tierColumnHeaders.cend(); ++it) {
            const PreparedSegment &header = *it.value();
            int namedAcross = 0;
            for (int k = 0; k < header.cells.size(); ++k)
                namedAcross += tiers->names().contains(tiers->tierIn(cellText(header, k))) ? 1 : 0;
            if (namedAcross >= 2)
                tierColumnByTable.remove(it.key());
        }
        for (const PreparedSegment &segment : segments) {
            if (segment.source.kind == TextSegment::Kind::TableRow && segment.source.row > 0 &&
                tierColumnByTable.contains(segment.source.table)) {
                const int column = tierColumnByTable.value(segment.source.table);
                const int at = int(segment.source.columns.indexOf(column));
                if (at >= 0 && at < segment.cells.size()) {
                    const QString cell = segment.norm.text.mid(
                        segment.cells.at(at).first, segment.cells.at(at).second - segment.cells.at(at).first);
                    // A "级别" column of 一级/P1 values lists priorities, not tiers; a totals row ("Monthly
                    // Fee", "合计") sums them.
                    static const QRegularExpression sum(
                        QStringLiteral(R"(\b(?:total|subtotal|sum|fees?|charges?)\b|合计|小计|总计|总价|费用)"),
                        QRegularExpression::CaseInsensitiveOption);
                    // ("一般类（86台）" under "设备类别" is a class of equipment, though 一般 is also a severity.)
                    static const QRegularExpression equipmentClass(QStringLiteral(R"(^\s*(?:重要|一般|普通)类)"));
                    // ("Service level | 99.99% of the month", "30 minutes": a level's value, not a plan's name;
                    // "Next Business Day" may be either.)
                    static const QRegularExpression levelValue(
                        QStringLiteral(R"(^\s*(?:≤|<|>|≥)?\s*\d+(?:\.\d+)?\s*(?:%|(?:minutes?|mins?|hours?|hrs?|days?|)"
                                       R"(business (?:hours?|days?))\b|分钟|小时|个?工作日|天))"),
                        QRegularExpression::CaseInsensitiveOption);
                    const bool value = levelValue.match(cell).hasMatch();
                    // A column of service-level codes ("服务级别代码 | P724-4H") names levels that look like models.
                    static const QRegularExpression codeHeader(QStringLiteral(R"(代码|代碼|编码|\bcodes?\b)"),
                                                               QRegularExpression::CaseInsensitiveOption);
                    const PreparedSegment *header = tierColumnHeaders.value(segment.source.table);
                    const int headerAt = header ? int(header->source.columns.indexOf(column)) : -1;
                    const QString headerText =
                        headerAt >= 0 && headerAt < header->cells.size() ? cellText(*header, headerAt) : QString();
                    const bool codes = codeHeader.match(headerText).hasMatch();
                    // A catalogue's product codes ("产品编码 | UP-7X24-4H-3Y") are tiers only where the document
                    // gives each its own section ("3.1 UP-7X24-4H-3Y　7×24小时4小时到场服务"); otherwise the
                    // products go by their names.
                    static const QRegularExpression productCodeHeader(
                        QStringLiteral(R"(产品(?:编码|代码|编号)|服务包(?:编码|代码))"));
                    if (productCodeHeader.match(headerText).hasMatch() && !headsASection(segments, cell))
                        continue;
                    if ((PriorityParser::prioritiesOf(cell).isEmpty() || equipmentClass.match(cell).hasMatch()) &&
                        !sum.match(cell).hasMatch() && !value) {
                        // A column headed as the tiers ("Service tier | 24x7", "Business Hours (AEST)") names
                        // plans even by their service windows.
                        static const QRegularExpression declaredHeader(
                            QStringLiteral(R"(\b(?:service|support|coverage) tiers?\b|服务层级)"),
                            QRegularExpression::CaseInsensitiveOption);
                        const auto kind = codes ? TierContext::NameKind::Code
                                          : declaredHeader.match(headerText).hasMatch()
                                              ? TierContext::NameKind::Declared
                                              : TierContext::NameKind::Plain;
                        // ("Intégral, up to six (6) servers at one site", "Intégral, each additional server": the
                        // plan's name before a comma, the rest a lower-case qualifier.)
                        static const QRegularExpression nameThenQualifier(
                            QStringLiteral(R"(^\s*(\S+(?: \S+)?)\s*,\s+(?=\p{Ll}))"));
                        const QString asWritten = writtenCell(segment, at);
                        const auto qualified = nameThenQualifier.match(cell);
                        const qsizetype comma = asWritten.indexOf(QLatin1Char(','));
                        if (qualified.hasMatch() && comma > 0)
                            tiers->addCandidate(qualified.captured(1), asWritten.left(comma).trimmed(), kind);
                        else
                            tiers->addCandidate(cell, asWritten, kind);
                    }
                }
            }
        }
        // A quotation's line items ("服务项目 | 服务内容 | 单位 | 单价"): the items whose row promises a
        // service level ("7x24x4", "5x8xNBD", "4H 到场") are the tiers; one-off items (巡检, 按次维修) are
        // not. Two such rows at least.
        static const QRegularExpression itemHeader(
            QStringLiteral(R"(^\s*(?:服务项目|项目名称|服务项|项目|(?:service )?items?|line items?)\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression serviceLevel(
            QStringLiteral(
                R"(\d\s*[x×*]\s*\d{1,2}(?:\s*[x×*]\s*(?:\d|nbd))?|\bNBD\b|\d\s*(?:H|小时|hours?)\s*(?:到场|上门|响应|on[\s-]?site)|下一?个?工作日)"),
            QRegularExpression::CaseInsensitiveOption);
        // (A quotation prices its items: a table of service windows, "服务项 | 服务窗口 | 说明" over "服务台 | 7×24
        // 小时", lists channels, not plans.)
        static const QRegularExpression priceHeader(
            QStringLiteral(R"(价|费|金额|报价|price|fee|amount|cost|charge|rate)"),
            QRegularExpression::CaseInsensitiveOption);
        // (A remark in brackets is no price column: "金牌服务（本次报价）" heads the plan quoted.)
        static const QRegularExpression bracketed(QStringLiteral(R"([(（][^()（）]*[)）])"));
        const auto pricedHeader = [&](const PreparedSegment &header) {
            for (int i = 0; i < header.cells.size(); ++i)
                if (priceHeader.match(cellText(header, i).remove(bracketed)).hasMatch())
                    return true;
            return false;
        };
        QHash<int, int> itemColumnByTable;
        for (const PreparedSegment &segment : segments) {
            if (segment.source.kind != TextSegment::Kind::TableRow || segment.source.row != 0 ||
                tierColumnByTable.contains(segment.source.table) || !pricedHeader(segment))
                continue;
            for (int i = 0; i < segment.cells.size(); ++i) {
                if (itemHeader.match(cellText(segment, i)).hasMatch()) {
                    itemColumnByTable.insert(segment.source.table, segment.source.columns.value(i, i));
                    break;
                }
            }
        }
        QMap<int, QList<Candidate>> itemsByTable; // by table, in document order
        for (const PreparedSegment &segment : segments) {
            if (segment.source.kind != TextSegment::Kind::TableRow || segment.source.row == 0 ||
                !itemColumnByTable.contains(segment.source.table))
                continue;
            const int at = int(segment.source.columns.indexOf(itemColumnByTable.value(segment.source.table)));
            if (at < 0 || at >= segment.cells.size() || !serviceLevel.match(segment.norm.text).hasMatch())
                continue;
            const QString item = cellText(segment, at);
            // "到场时间", "服务时段": the measures down a features matrix's first column, not items.
            static const QRegularExpression measureLabel =
                TermExtractor::pattern(QStringLiteral(R"(时间|时段|时限|价格|单价|备件|coverage|hours|price|parts)"));
            if (!serviceLevel.match(item).hasMatch() && PriorityParser::prioritiesOf(item).isEmpty() &&
                TimeTermExtractor::kindOf(item) == TimeTermExtractor::Kind::None &&
                !measureLabel.match(item).hasMatch())
                itemsByTable[segment.source.table] << Candidate{item, writtenCell(segment, at)};
        }
        for (auto it = itemsByTable.cbegin(); it != itemsByTable.cend(); ++it) {
            if (it.value().size() < 2)
                continue;
            for (const Candidate &candidate : it.value())
                tiers->addCandidate(candidate.name, candidate.written);
        }
    };
    auto enumerations = [&](QList<Candidate> &out) {
        // Tiers introduced by an enumeration: "服务器分为生产系统（…）和测试系统（…）2个级别", "the servers fall
        // into two tiers: Production Systems (...) and Test Systems (...)".
        static const QRegularExpression zhEnumeration(QStringLiteral(
            R"(分为\s*([^\s,，。；;、()：:]{2,12}?)\s*(?:\([^)]*\))?\s*(?:和|及|与|、|以及)\s*([^\s,，。；;、()：:]{2,12}?)\s*(?:\([^)]*\))?)"
            R"((?:\s*(?:和|及|与|、|以及)\s*([^\s,，。；;、()]{2,12}?)\s*(?:\([^)]*\))?)?\s*(?:\d+|[两二三四])?\s*(?:个|类)?\s*(?:服务|保障|支持|维保)?(?:级别|等级|层级|类别|档次|类|档|级))"));
        // "分为两个服务等级：核心级（…）和标准级（…）"
        static const QRegularExpression zhEnumerationAfterColon(QStringLiteral(
            R"(分为\s*(?:\d+|[两二三四])\s*个?\s*(?:服务|保障|支持)?(?:等级|级别|类别|类|档)\s*[:：]\s*)"
            R"(([^\s,，。；;、()：:]{2,12}?)\s*(?:\([^)]*\))?\s*(?:和|及|与|、|以及)\s*([^\s,，。；;、()：:]{2,12}?)\s*(?:\([^)]*\))?)"
            R"((?:\s*(?:和|及|与|、|以及)\s*([^\s,，。；;、()：:]{2,12}?)\s*(?:\([^)]*\))?)?\s*(?:[。;；,，]|$))"));
        // "Service Option means either Critical Care or Business Care"
        static const QRegularExpression enEither(QStringLiteral(
            R"(\b(?:option|plan|level|service|tier)s?\b[^.;\n]{0,20}\b(?:means|is|are)\s+either\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+or\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))"));
        static const QRegularExpression enEnumeration(QStringLiteral(
            R"(\b(?:two|three|four|[234])\s+(?:service\s+|support\s+)?(?:tiers|levels|categories|classes|groups|plans)\s*:\s*)"
            R"(([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?:\s+(?:systems|servers|equipment|devices|sites))?\s*(?:\([^)]*\))?\s*,?\s*(?:and\s+)?)"
            R"(([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?:\s+(?:systems|servers|equipment|devices|sites))?(?:\s*\([^)]*\))?(?:\s*,?\s*(?:and\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))?)"));
        // A list of plans, each defined by a short name: "1. Support Plans. (a) Premier 24x7x4 ("Premier") - for
        // production systems … (b) Essential NBD ("Essential") - for …". Two or more such items in a row, after
        // a lead-in that speaks of plans, levels or tiers.
        static const QRegularExpression definedPlan(QStringLiteral(
            R"(^\s*\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})[.)]\s+[^"“”()]{1,40}?\s*\(\s*["“]([A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){0,2})["”]\s*\))"));
        static const QRegularExpression planLeadIn(
            QStringLiteral(
                R"(\b(?:plans?|levels?|tiers?|options?|offerings?|packages?|programmes?|programs?)\b[^\n]{0,40}$)"),
            QRegularExpression::CaseInsensitiveOption);
        for (int s = 1; s + 1 < segments.size(); ++s) {
            const auto first = definedPlan.match(segments.at(s).norm.text);
            const auto second = definedPlan.match(segments.at(s + 1).norm.text);
            const PreparedSegment &before = segments.at(s - 1);
            if (!first.hasMatch() || !second.hasMatch() || first.captured(1) == second.captured(1) ||
                (definedPlan.match(before.norm.text).hasMatch() ||
                 (!planLeadIn.match(before.norm.text).hasMatch() &&
                  !planLeadIn.match(segments.at(s).sectionTitle).hasMatch())))
                continue;
            for (int k = s; k < segments.size(); ++k) {
                const auto item = definedPlan.match(segments.at(k).norm.text);
                if (!item.hasMatch())
                    break;
                out << Candidate{item.captured(1),
                                 written(segments.at(k), int(item.capturedStart(1)), int(item.capturedEnd(1)))};
            }
        }
        for (const PreparedSegment &segment : segments) {
            if (segment.source.kind != TextSegment::Kind::Paragraph)
                continue;
            for (const QRegularExpression *re : {&zhEnumeration, &zhEnumerationAfterColon, &enEnumeration, &enEither}) {
                auto it = re->globalMatch(segment.norm.text);
                while (it.hasNext()) {
                    const auto m = it.next();
                    for (int g = 1; g <= 3; ++g) {
                        // "故障分为紧急、严重、一般三个级别" enumerates priorities, not tiers.
                        static const QRegularExpression priorityName(
                            QStringLiteral(
                                R"(^(?:紧急|严重|重要|一般|普通|咨询|轻微|高|中|低|critical|high|medium|low|urgent|)"
                                R"(normal|minor|major|severe|moderate)(?:故障|事件|问题|级)?$|故障|事件|告警|优先|)"
                                R"(\bseverity\b|\bpriority\b|^P\d$)"),
                            QRegularExpression::CaseInsensitiveOption);
                        if (priorityName.match(m.captured(g)).hasMatch() ||
                            !PriorityParser::prioritiesOf(m.captured(g)).isEmpty())
                            continue;
                        if (!m.captured(g).isEmpty())
                            out << Candidate{m.captured(g),
                                             written(segment, int(m.capturedStart(g)), int(m.capturedEnd(g)))};
                    }
                }
            }
        }
    };
    auto planOpeners = [&](QList<Candidate> &out) {
        // Sibling paragraphs that open with a plan name: "Premier Support is what we propose for ...",
        // "Standard Support covers ...", "金牌服务：7×24 小时……" / "银牌服务：……". Two or more openers with the
        // same plan word name the tiers.
        // Also "2.1 Critical Care. For each ..." (a numbered clause titled with the plan), "★核心服务器（…）：…",
        // "- 核心机：…" (list items and table cells), "• Core Cover for development, test and non-critical servers".
        static const QRegularExpression enOpener(QStringLiteral(
            R"(^\s*(?:\d+(?:\.\d+)*\.?\s+|[•·*]\s*)?((?:[A-Z][\w+-]*\s+){1,3}(Support|Plan|Cover|Coverage|Service|Care|Package|Tier|Level|Programme|Program))\s*)"
            R"((?:\b(?:is|are|covers|gives|includes|provides|offers|delivers|adds|comes|for)\b|\.\s+[A-Z]|:))"));
        // (French order, in proposals from French-speaking countries: "Formule Critique. Service is provided …".)
        static const QRegularExpression frOpener(
            QStringLiteral(R"(^\s*(?:\d+(?:\.\d+)*\.?\s+|[•·*]\s*)?((Formule|Forfait|Offre|Niveau)\s+[A-Z][\w+-]*)\s*)"
                           R"((?:\b(?:is|are|covers|gives|includes|provides|offers|for)\b|\.\s+[A-Z]|:))"));
        static const QRegularExpression zhOpener(
            QStringLiteral(R"(^\s*[★☆*•·\-]?\s*([\x{4e00}-\x{9fff}A-Za-z0-9]{1,6}()") + chinesePlanEndings() +
            QStringLiteral(R"())\s*(?:\([^)]{0,40}\))?\s*[:：])"));
        // (A numbered clause opens with a plan when it names a grade: "4.4 金牌维保：…" / "4.5 标准维保：…", not
        // "3.2 故障等级：" or "2.2 增值服务：", nor a plan named in two languages, "3.1 白金级（Platinum）：".)
        static const QRegularExpression zhNumberedOpener(QStringLiteral(R"(^\s*\d+(?:\.\d+)+\s*((?:)") +
                                                         chineseGradeWords() +
                                                         QStringLiteral(R"()[\x{4e00}-\x{9fff}A-Za-z0-9]{0,4}()") +
                                                         chinesePlanEndings() + QStringLiteral(R"())\s*[:：])"));
        QHash<QString, QList<QPair<QString, QString>>> openers; // plan word -> (name, written name)
        QStringList planWords;                                  // in the order they first appear
        auto addOpener = [&](const PreparedSegment &segment, int from, int to) {
            const QString part = segment.norm.text.mid(from, to - from);
            for (const QRegularExpression *re : {&enOpener, &frOpener, &zhOpener, &zhNumberedOpener}) {
                const auto m = re->match(part);
                if (!m.hasMatch())
                    continue;
                const QString name = m.captured(1).trimmed();
                const QString planWord = m.captured(2).toLower();
                if (!openers.contains(planWord))
                    planWords << planWord;
                auto &list = openers[planWord];
                bool known = false;
                for (const auto &entry : list)
                    known = known || entry.first == name;
                if (!known && PriorityParser::prioritiesOf(name).isEmpty())
                    list << qMakePair(
                        name, written(segment, from + int(m.capturedStart(1)), from + int(m.capturedEnd(1))).trimmed());
            }
        };
        for (const PreparedSegment &segment : segments) {
            if (segment.heading)
                continue;
            if (segment.source.kind == TextSegment::Kind::Paragraph) {
                addOpener(segment, 0, int(segment.norm.text.size()));
            } else {
                for (const auto &cell : segment.cells)
                    addOpener(segment, cell.first, cell.second);
            }
        }
        // Section lines labelling a level each: "Service Level: Critical — …" / "Service Level: Standard — …".
        QStringList labelled;
        for (const PreparedSegment &segment : segments) {
            const QString name = segment.source.kind == TextSegment::Kind::Paragraph
                                     ? TierContext::labelledLevel(segment.norm.text)
                                     : QString();
            if (!name.isEmpty() && !labelled.contains(name) && PriorityParser::prioritiesOf(name).isEmpty())
                labelled << name;
        }
        if (labelled.size() >= 2) {
            for (const QString &name : std::as_const(labelled))
                out << Candidate{name, QString()};
        }
        // A legend of coverage codes under a quote ("CP4 = CriticalPlus 4-Hour Onsite. 24x7x365 …" / "BD1 =
        // Business Day Onsite …", "NBD-5×9（下一工作日上门服务）：服务时间为…"): codes the quote's lines use again are
        // the plans.
        static const QRegularExpression codeLegend(QStringLiteral(
            R"(^\s*((?=[A-Z0-9]{0,5}[A-Z])[A-Z0-9]{2,6}(?:-[A-Z0-9][A-Z0-9×x*]{0,7}){0,3})\s*(?:(?:=|:=)\s+\S|[（(][^）)]{1,30}[）)]\s*[:：]))"));
        QList<Candidate> codes;
        for (const PreparedSegment &segment : segments) {
            if (segment.source.kind != TextSegment::Kind::Paragraph)
                continue;
            const auto m = codeLegend.match(segment.norm.text);
            const QString code = m.captured(1);
            const bool known =
                std::any_of(codes.cbegin(), codes.cend(), [&](const Candidate &c) { return c.name == code; });
            if (m.hasMatch() && !known && fullText.count(code) >= 2 && PriorityParser::prioritiesOf(code).isEmpty())
                codes << Candidate{code, written(segment, int(m.capturedStart(1)), int(m.capturedEnd(1))).trimmed(),
                                   true};
        }
        if (codes.size() >= 2)
            out << codes;
        for (const QString &planWord : std::as_const(planWords)) {
            const auto &list = openers[planWord];
            if (list.size() < 2)
                continue;
            for (const auto &entry : list)
                out << Candidate{entry.first, entry.second};
        }
    };
    auto gradedClasses = [&](QList<Candidate> &out) {
        // Graded device classes used throughout: "核心设备" / "一般设备", "关键系统" / "非关键系统", "核心业务服务器" /
        // "一般业务服务器", "核心系统服务器" / "一般服务器", "一类设备" / "二类设备", "核心类" / "重要类" / "一般类".
        // Two or more with the same ending, each named at least twice, are the tiers (in document order).
        static const QRegularExpression gradedClass(QStringLiteral(
            R"((?|(非核心|非关键|核心|关键|重要|一般|普通|辅助|次要|[一二三四甲乙丙丁]类|[A-D]类)(?:业务|系统)?(设备|系统|服务器|主机|机)|(核心|关键|重要|一般|普通|次要)(类)(?![别型似])|(第[一二三四五])(组)(?=设备|服务器|产品|机型|型号|的|[，,：:（(\s]|$)))"));
        // ... and graded areas of a data centre: "核心生产区" / "一般业务区", "关键业务资源池" / "一般业务资源池",
        // "核心业务集群", or areas by use, "生产区" / "测试区".
        static const QRegularExpression gradedArea(QStringLiteral(
            R"((?|((?:非核心|非关键|核心|关键|重要|一般|普通|辅助|次要)(?:生产|业务|应用|办公|测试|开发|数据|计算))(区|资源池|集群)|(生产|测试|办公|灾备|容灾|备份)(?<!(?:核心|关键|重要|一般|普通|辅助|次要|业务|应用|数据)..)(?<!非..)(区)))"));
        QList<QStringList> classes = recurringNames(fullText, gradedClass, 0, 2);
        classes += recurringNames(fullText, gradedArea, 0, 2);
        for (QStringList names : classes) {
            std::sort(names.begin(), names.end(),
                      [&](const QString &a, const QString &b) { return fullText.indexOf(a) < fullText.indexOf(b); });
            for (const QString &name : std::as_const(names))
                out << Candidate{name, QString()};
        }
        // Bare grades used throughout as plan names in chats and letters: "金牌是7×24小时…", "银牌的备件…".
        static const QRegularExpression grade(QStringLiteral(
            R"((金牌|银牌|铜牌|白金|铂金|钻石|黄金|白银|青铜)(?:计划|方案|套餐)?(?!服务|保障|级|合作|伙伴|代理|认证|会员|经销|供应商|客户))"));
        QStringList grades;
        // ("黄金计划" with its plan word, when the document names it so.)
        for (auto it = grade.globalMatch(fullText); it.hasNext();)
            grades << it.next().captured(0);
        for (const QString &name : recurringMentions(grades))
            out << Candidate{name, QString()};
        // Classes of city, where a national integrator's on-site times differ by where the server stands:
        // "省会城市" / "地级市" / "县级及以下", "一类城市" / "二类城市".
        static const QRegularExpression cityClass(QStringLiteral(
            R"(省会城市|直辖市|地级市|县级市|县级及以下(?:地区)?|县级以下地区|[一二三四五]类城市|[一二三]线城市)"));
        QStringList cities;
        for (auto it = cityClass.globalMatch(fullText); it.hasNext();)
            cities << it.next().captured(0);
        for (const QString &name : recurringMentions(cities))
            out << Candidate{name, QString()};
        // Lettered zones used throughout: "机房 A 区" / "机房 B 区" (PDF text spaces the letter), "A区" / "B区".
        // (Found from each 区 backwards: a pattern that may start anywhere would scan the whole text slowly.)
        static const QStringList zonePrefixes = {QStringLiteral("机房"), QStringLiteral("数据中心"),
                                                 QStringLiteral("园区"), QStringLiteral("院区"),
                                                 QStringLiteral("厂区"), QStringLiteral("分中心")};
        static const QString notAfterZone = QStringLiteral("域间内外块长");
        QStringList zones;
        for (qsizetype at = fullText.indexOf(QChar(0x533A)); at >= 0; at = fullText.indexOf(QChar(0x533A), at + 1)) {
            if (at + 1 < fullText.size() && notAfterZone.contains(fullText.at(at + 1)))
                continue;
            qsizetype k = at - 1;
            while (k >= 0 && fullText.at(k) == QLatin1Char(' '))
                --k;
            if (k < 0 || fullText.at(k) < QLatin1Char('A') || fullText.at(k) > QLatin1Char('F'))
                continue;
            const QChar letter = fullText.at(k);
            if (k > 0 && fullText.at(k - 1).isLetterOrNumber() && fullText.at(k - 1).unicode() < 0x80)
                continue; // part of a word ("DATA区")
            --k;
            while (k >= 0 && fullText.at(k) == QLatin1Char(' '))
                --k;
            QString prefix;
            for (const QString &candidate : zonePrefixes) {
                if (k + 1 >= candidate.size() &&
                    QStringView(fullText).mid(k + 1 - candidate.size(), candidate.size()) == candidate)
                    prefix = candidate;
            }
            zones << prefix + letter + QStringLiteral("区");
        }
        for (const QString &name : recurringMentions(zones))
            out << Candidate{name, QString()};
    };
    auto classLabels = [&](QList<Candidate> &out) {
        // Lettered or numbered classes used throughout: "Category A" / "Category B", "Class 1" / "Class 2".
        static const QRegularExpression classLabel(QStringLiteral(
            R"(\b((Category|Class|Tier|Group|Band|Plan|Option|Package|Lot|CATEGORY|CLASS|TIER|GROUP|BAND|PLAN|OPTION|PACKAGE|LOT)\s+(?:[A-Z]|[1-4]))\b)"));
        // "Category 1" / "Category 2" of incidents are priorities, not classes of servers.
        static const QRegularExpression incidentCategories(
            QStringLiteral(
                R"(\bincident\s+categor(?:y|ies)\b|\bcategory\s*[1-4]\s*(?:[-–—:]\s*(?:critical|urgent|high|major)\b|incidents?\b))"),
            QRegularExpression::CaseInsensitiveOption);
        const bool categoriesAreIncidents = incidentCategories.match(fullText).hasMatch();
        for (QStringList labels : recurringNames(fullText, classLabel, 1, 2)) {
            if (categoriesAreIncidents && labels.first().startsWith(QLatin1String("Category")))
                continue;
            labels.sort();
            // "Option A" and "Option C" recur, "Option B" between them is named once: it is one of them too.
            const QString family = labels.first().section(QLatin1Char(' '), 0, 0);
            for (char16_t c = labels.first().back().unicode() + 1; c < labels.last().back().unicode(); ++c) {
                const QString between = family + QLatin1Char(' ') + QChar(c);
                const QRegularExpression named(QStringLiteral("\\b") + between + QStringLiteral("\\b"));
                if (!labels.contains(between) && named.match(fullText).hasMatch())
                    labels << between;
            }
            labels.sort();
            for (const QString &label : std::as_const(labels))
                out << Candidate{label, QString()};
        }
        // Plans named by a grade and a kind of support, recurring through a quote: "Critical Care" / "Essential
        // Care" / "Basic Care", "Proactive Support" / "Foundation Support", "Platinum Server Care".
        static const QRegularExpression gradedPlan(QStringLiteral(
            R"(\b((?:Critical|Essential|Basic|Standard|Premium|Premier|Advanced|Enhanced|Extended|Proactive|Foundation|)"
            R"(Mission[- ]Critical|Gold|Silver|Bronze|Platinum|Business|Enterprise|Elite|Select)\s+)"
            R"((?:(?:Server|Hardware|System|Device)\s+)?(Care|Support|Cover|Protect|Protection|Assurance|Assist))\b)"));
        for (QStringList names : recurringNames(fullText, gradedPlan, 1, 2)) {
            names.sort();
            for (const QString &name : std::as_const(names))
                out << Candidate{name, QString()};
        }
        // A class of servers and its "Non-" counterpart, each named twice or more: "Production Servers" /
        // "Non-Production Servers" (the plural when the document uses it).
        static const QRegularExpression negatedClass(
            QStringLiteral(R"(\b(Non-)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?) (Server|System|Host|Device)(s?)\b)"));
        QHash<QString, std::array<int, 2>> classMentions; // "Production Server" -> {plain, "Non-"} counts
        QSet<QString> plural;
        QStringList classOrder;
        // (Only where some "Non-" class is named: most documents name none, and the pass is skipped.)
        const bool anyNegated = fullText.contains(QLatin1String("Non-"));
        for (auto it = anyNegated ? negatedClass.globalMatch(fullText) : QRegularExpressionMatchIterator();
             it.hasNext();) {
            const auto m = it.next();
            const QString base = m.captured(2) + QLatin1Char(' ') + m.captured(3);
            if (!classMentions.contains(base))
                classOrder << base;
            ++classMentions[base][m.captured(1).isEmpty() ? 0 : 1];
            if (!m.captured(4).isEmpty())
                plural.insert(base);
        }
        for (const QString &base : std::as_const(classOrder)) {
            const auto counts = classMentions.value(base);
            if (counts[0] < 2 || counts[1] < 2)
                continue;
            const QString name = plural.contains(base) ? base + QLatin1Char('s') : base;
            out << Candidate{name, QString()} << Candidate{QStringLiteral("Non-") + name, QString()};
        }
        // ... and in Chinese by a grade and "版": "基础版" / "专业版" / "尊享版" (not a software edition, "Windows
        // Server 标准版").
        static const QRegularExpression gradedEdition(QStringLiteral(
            R"((?<![A-Za-z0-9]|[A-Za-z0-9]\s)((?:基础|标准|专业|高级|尊享|旗舰|企业|增强|至尊|豪华|经济|入门|精英|白金|黄金|铂金|钻石)(版)))"));
        for (QStringList names : recurringNames(fullText, gradedEdition, 1, 2)) {
            names.sort();
            for (const QString &name : std::as_const(names))
                out << Candidate{name, QString()};
        }
        // Packages numbered in words, each named twice or more: "服务包一" / "服务包二" (a tender form's sections),
        // "套餐一" / "套餐二".
        static const QRegularExpression numberedPackage(
            QStringLiteral(R"(((服务包|套餐)[一二三四五六])(?![一二三四五六七八九十]))"));
        for (QStringList names : recurringNames(fullText, numberedPackage, 1, 2)) {
            for (const QString &name : std::as_const(names))
                out << Candidate{name, QString()};
        }
        // "核心那18台算A类，其余38台算B类" and then "A类15分钟，B类30分钟": lettered classes on their own (not
        // "A类设备", whose tier is the whole name and is learnt from its table).
        static const QRegularExpression letteredClass(
            QStringLiteral(R"((?<![A-Za-z])([A-D](?:类|组))(?![设系服主业客机资产项]))"));
        for (QStringList labels : recurringNames(fullText, letteredClass, 1, 2)) {
            labels.sort();
            for (const QString &label : std::as_const(labels))
                out << Candidate{label, QString()};
        }
    };
    auto listItemPlans = [&](QList<Candidate> &out) {
        // Consecutive list items that open with a plan name: "• Enterprise: Technician onsite in 4 hours"
        // / "• Essential: Technician onsite next business day", "- SHIELD 4H™ - 18 hosts @ $89.00". The names must
        // recur elsewhere in the document, and field labels ("Note:", "Coverage:") are not plans.
        static const QRegularExpression itemOpener(
            QStringLiteral(R"(^\s*(?:[•·\-–*]\s*([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*){0,2})\s*[™®]?\s*(?::|\s[-–—]\s)|)"
                           R"(([A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){0,2})\s*:))"));
        static const QRegularExpression fieldLabel(
            QStringLiteral(
                R"(^(?:note|notes|coverage|response|resolution|restore|on[\s-]?site|onsite|clock|clock start|price|)"
                R"(prices|pricing|term|parts|scope|exclusions?|hours|support|service|services|scope|contact|email|)"
                R"(phone|tel|fax|address|date|quote|total|subtotal|example|important|attention|warning|step \d+|)"
                R"(severity \d|priority \d|p\d|level \d|tier \d|q|a|question|answer|re|subject|from|to|cc|)"
                // A quote's item fields: "Service Level: 24x7 4hr Onsite", "Includes: Defective Media Retention".
                R"(service levels?|includes|included|product|model|machine type|service tag|serial(?: #| no\.?| numbers?)?|)"
                R"(applies to|sku|qty|quantity|status|currency|billing)$)"),
            QRegularExpression::CaseInsensitiveOption);
        QList<QPair<int, QString>> items; // (segment, name) in order
        // (Terms listed under a "Definitions" heading are defined, not offered. Headings are not found yet:
        // a short line naming definitions starts such a list, the next short unlisted line that defines nothing ends
        // it.)
        static const QRegularExpression definitionsTitle = TermExtractor::pattern(QStringLiteral(
            R"(^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s*)?(?:(?:appendix|annex|schedule|exhibit|attachment|附件|附录)\s*[A-Z0-9一二三四五六七八九十]{1,3}\s*[-–—:：.、]?\s*)?(?:definitions?|glossary|defined terms|interpretation|定义|释义|名词解释|名词定义)\W*$)"));
        static const QRegularExpression listed(QStringLiteral(R"(^\s*[•·*▪–-]\s)"));
        bool definitions = false;
        for (int s = 0; s < segments.size(); ++s) {
            const PreparedSegment &segment = segments.at(s);
            // (A short definition of its own, "Business Day: a day on which Business Hours apply.", goes on with it.)
            if (segment.source.kind == TextSegment::Kind::Paragraph && segment.norm.text.size() <= 60 &&
                !listed.match(segment.norm.text).hasMatch() &&
                !(definitions && itemOpener.match(segment.norm.text).hasMatch()))
                definitions = definitionsTitle.match(segment.norm.text).hasMatch();
            if (segment.source.kind != TextSegment::Kind::Paragraph || segment.heading || definitions)
                continue;
            const auto m = itemOpener.match(segment.norm.text);
            const QString name = m.captured(1) + m.captured(2);
            if (m.hasMatch() && !fieldLabel.match(name).hasMatch() && PriorityParser::prioritiesOf(name).isEmpty() &&
                TimeTermExtractor::kindOf(name) == TimeTermExtractor::Kind::None)
                items << qMakePair(s, name);
        }
        // A glossary ("**DSE:** a dedicated support engineer …", "**Node:** …") is a long run of such items in
        // alphabetical order: terms defined, not plans.
        QSet<int> glossary;
        for (int start = 0; start < items.size();) {
            int end = start + 1;
            while (end < items.size() && items.at(end).first == items.at(end - 1).first + 1)
                ++end;
            int ordered = 0;
            for (int k = start; k + 1 < end; ++k)
                ordered += items.at(k).second.compare(items.at(k + 1).second, Qt::CaseInsensitive) <= 0 ? 1 : 0;
            if (end - start >= 6 && ordered * 5 >= (end - start - 1) * 4) {
                for (int k = start; k < end; ++k)
                    glossary.insert(k);
            }
            start = end;
        }
        for (int i = 0; i + 1 < items.size(); ++i) {
            const auto &a = items.at(i);
            const auto &b = items.at(i + 1);
            if (b.first != a.first + 1 || a.second == b.second || glossary.contains(i))
                continue;
            const bool recur = fullText.count(a.second) >= 2 && fullText.count(b.second) >= 2;
            // A plan's item says what it offers; "Support Center: 1-800-…" / "Covered Sites: Erie …" are fields.
            const bool offers =
                statesAnOffer(segments.at(a.first).norm.text) || statesAnOffer(segments.at(b.first).norm.text);
            if (!recur || !offers)
                continue;
            out << Candidate{a.second, QString()} << Candidate{b.second, QString()};
        }
        // Section titles in capitals above bulleted lists: "ESSENTIAL (NBD) - 12 servers" / "  - Cover: ...",
        // "PRIORITY (4-HOUR) - 6 servers" / "  - Cover: ...". Two such sections at least. A product code
        // ("CRV-CC-24X7-4H - Corvane Critical Care") is no title: its first letters name no plan.
        static const QRegularExpression capsTitle(QStringLiteral(
            R"(^\s*([A-Z][A-Z0-9+&]{2,}(?:\s+[A-Z][A-Z0-9+&]{2,}){0,2})(?![-–][A-Z0-9])\s*(?:[(（][^)）]{1,20}[)）])?\s*(?:[-–—:]|$))"));
        static const QRegularExpression listItem(QStringLiteral(R"(^\s*[•·*▪–-]\s)"));
        QList<Candidate> titled;
        for (int s = 0; s + 1 < segments.size(); ++s) {
            const PreparedSegment &segment = segments.at(s);
            if (segment.source.kind != TextSegment::Kind::Paragraph || segment.norm.text.size() > 90 ||
                listItem.match(segment.norm.text).hasMatch())
                continue;
            const auto m = capsTitle.match(segment.norm.text);
            static const QRegularExpression sectionWord(
                QStringLiteral(
                    R"(^(?:plans?|options?|offerings?|summary|overview|terms|conditions|details|pricing|quote|)"
                    R"(quotation|assumptions|schedule|appendix|annex|faq|contents|introduction|definitions|)"
                    R"(general|commercials?|payment|warranty|sla|slas|kpis?|contacts?|references?)$)"),
                QRegularExpression::CaseInsensitiveOption);
            if (!m.hasMatch() || fieldLabel.match(m.captured(1)).hasMatch() ||
                sectionWord.match(m.captured(1)).hasMatch() || !PriorityParser::prioritiesOf(m.captured(1)).isEmpty() ||
                TimeTermExtractor::kindOf(m.captured(1)) != TimeTermExtractor::Kind::None)
                continue;
            // Followed by two list items.
            int bullets = 0;
            for (int k = s + 1; k < segments.size() && k <= s + 2; ++k)
                bullets += segments.at(k).source.kind == TextSegment::Kind::Paragraph &&
                                   listItem.match(segments.at(k).norm.text).hasMatch()
                               ? 1
                               : 0;
            if (bullets == 2)
                titled << Candidate{m.captured(1), QString()};
        }
        if (titled.size() >= 2)
            out << titled;
        // Markdown sections, one per plan: "## Essential" followed within a few lines by its price
        // ("**$39 per server per month**") or its coverage. Two such sections at least.
        static const QRegularExpression markdownHeading(QStringLiteral(R"(^\s*#{2,4}\s+([^#\n]{2,40}?)\s*#*\s*$)"));
        static const QRegularExpression planFact(
            QStringLiteral(
                R"([$€£¥₹]\s?\d|\d\s*(?:USD|EUR|GBP|AUD|CAD|SGD|元)\b|\bper (?:server|device|node|month|year)\b|^\W*coverage\s*:)"),
            QRegularExpression::CaseInsensitiveOption);
        QList<Candidate> sections;
        for (int s = 0; s + 1 < segments.size(); ++s) {
            const PreparedSegment &segment = segments.at(s);
            if (segment.source.kind != TextSegment::Kind::Paragraph)
                continue;
            const auto m = markdownHeading.match(segment.source.text);
            if (!m.hasMatch())
                continue;
            static const QRegularExpression sectionWord(
                QStringLiteral(
                    R"(\b(?:plans?|pricing|terms|faq|includes?|overview|summary|contacts?|questions|about)\b)"),
                QRegularExpression::CaseInsensitiveOption);
            const QString name = m.captured(1).trimmed();
            if (sectionWord.match(name).hasMatch() || TimeTermExtractor::kindOf(name) != TimeTermExtractor::Kind::None)
                continue;
            bool fact = false;
            for (int k = s + 1; k < segments.size() && k <= s + 3 && !fact; ++k)
                fact = planFact.match(segments.at(k).norm.text).hasMatch();
            // The plan is named again elsewhere ("put databases on Mission Critical"); a section
            // heading ("Not covered", "Your numbers") usually is not.
            if (fact && fullText.count(name, Qt::CaseInsensitive) >= 2)
                sections << Candidate{name, QString()};
        }
        if (sections.size() >= 2)
            out << sections;
        // Names heading a list of priorities each: "Tier III data centre (measured in clock hours, 24 x 7):" over "P1:
        // 15 min / 2 h / 4 h", "P2: …", then "Edge sites (measured in Business Hours only):" over its own. Two such
        // lists or more, each of two priorities or more.
        static const QRegularExpression namedLeadIn(
            QStringLiteral(R"(^\s*([A-Za-z][\w+-]*(?:\s+[\w+-]+){0,4}?)\s*(?:\([^()]{0,60}\))?\s*:\s*$)"));
        static const QRegularExpression priorityLine(
            QStringLiteral(R"(^\s*(?:P\d|(?:Priority|Severity|Sev)\s*\d)\s*[:：])"),
            QRegularExpression::CaseInsensitiveOption);
        QList<Candidate> headed;
        for (int s = 0; s + 2 < segments.size(); ++s) {
            const auto m = namedLeadIn.match(segments.at(s).norm.text);
            if (!m.hasMatch() || !priorityLine.match(segments.at(s + 1).norm.text).hasMatch() ||
                !priorityLine.match(segments.at(s + 2).norm.text).hasMatch() ||
                !PriorityParser::prioritiesOf(m.captured(1)).isEmpty())
                continue;
            headed << Candidate{m.captured(1), written(segments.at(s), int(m.capturedStart(1)), int(m.capturedEnd(1)))};
        }
        if (headed.size() >= 2)
            out << headed;
    };
    // The tables teach tiers in place; the other learners read only the text, so they run on the
    // cores meanwhile and their names are added afterwards, in this order.
    std::array<QList<Candidate>, 5> learnt;
    ParallelTasks::run(6, [&](int task) {
        switch (task) {
        case 0:
            learnFromTables();
            break;
        case 1:
            enumerations(learnt[0]);
            break;
        case 2:
            planOpeners(learnt[1]);
            break;
        case 3:
            gradedClasses(learnt[2]);
            break;
        case 4:
            classLabels(learnt[3]);
            break;
        default:
            listItemPlans(learnt[4]);
            break;
        }
    });
    for (const QList<Candidate> &candidates : learnt) {
        for (const Candidate &candidate : candidates) {
            tiers->addCandidate(candidate.name, candidate.written,
                                candidate.code ? TierContext::NameKind::Code : TierContext::NameKind::Plain);
        }
    }
    for (const QString &name : itemBlockNames(segments))
        tiers->addCandidate(name, QString());
    for (const auto &[plan, asWritten] : siblingPlanSheets(segments))
        tiers->addCandidate(plan, asWritten);

    struct Heading
    {
        int level;
        bool arabic;     ///< "1." rather than "一、": a 1. list under 一、 headings is not their sibling
        QString name;    ///< cleaned, normalised
        QString text;    ///< normalised
        QString written; ///< as the document writes it
        int segment;     ///< index in segments
    };
    QList<Heading> headings; // numbered headings in order
    // (A numbered item that runs on after its name, "4.1 华为鲲鹏平台：使用华为原厂全新备件，…", is headed by the words
    // before its colon, however long the item.)
    static const QRegularExpression nameThenColon(QStringLiteral(R"(^[^:：。；;【】\[\]]{1,24}[:：])"));
    for (int s = 0; s < segments.size(); ++s) {
        const PreparedSegment &segment = segments.at(s);
        if (segment.source.kind != TextSegment::Kind::Paragraph)
            continue;
        QString text = segment.norm.text;
        QString writtenText = segment.source.text;
        if (text.size() > 80) {
            const auto lead = nameThenColon.match(text);
            if (!lead.hasMatch())
                continue;
            const auto range = segment.norm.originalRange(0, int(lead.capturedEnd()) - 1);
            text = text.left(lead.capturedEnd() - 1);
            writtenText = segment.source.text.mid(range.first, range.second - range.first);
        }
        const auto m = numberedHeading().match(text);
        if (!m.hasMatch())
            continue;
        if (text.size() == segment.norm.text.size() && TierContext::isTierHeading(text))
            tiers->addCandidate(text, writtenText);
        const int level = headingLevel(m);
        const QString trimmed = text.trimmed();
        const bool arabic = !trimmed.isEmpty() && trimmed.front().isDigit();
        headings << Heading{level, arabic, TierContext::cleanName(text), text, writtenText, s};
    }
    // Sibling headings that share an ending name are parallel tiers: "2.1 一类系统" / "2.2 二类系统",
    // "3.2 Gold Plan" / "3.3 Silver Plan".
    // The sibling is the next heading of the same level, even past a "（续）" heading above it.
    for (int i = 0; i + 1 < headings.size(); ++i) {
        int next = i + 1;
        while (next < headings.size() && next <= i + 8 &&
               (headings.at(next).level != headings.at(i).level || headings.at(next).arabic != headings.at(i).arabic))
            ++next;
        if (next >= headings.size() || next > i + 8)
            continue;
        const QString a = headings.at(i).name;
        const QString b = headings.at(next).name;
        if (headings.at(i).level != headings.at(next).level || a.isEmpty() || b.isEmpty() || a == b || a.size() > 40 ||
            b.size() > 40)
            continue;
        // "（一）1级故障" / "（二）2级故障" are fault priorities, not tiers.
        if (!PriorityParser::prioritiesOf(a).isEmpty() || !PriorityParser::prioritiesOf(b).isEmpty())
            continue;
        // "2. Care Level 3 - Always On" / "3. Care Level 2 - Business Day": a plan word and a number or
        // letter name the plan, a subtitle may follow.
        static const QRegularExpression numberedPlan(
            QStringLiteral(
                R"(^((?:[A-Za-z][\w&+]*\s+){0,3}(?:level|tier|plan|class|option|package|group|category|grade|band|programme|program))\s+(\d{1,2}|[A-Z])\b(?:\s*[-–—:：].*)?$)"),
            QRegularExpression::CaseInsensitiveOption);
        const auto planA = numberedPlan.match(a);
        const auto planB = numberedPlan.match(b);
        if (planA.hasMatch() && planB.hasMatch() &&
            planA.captured(1).compare(planB.captured(1), Qt::CaseInsensitive) == 0 &&
            planA.captured(2) != planB.captured(2)) {
            for (int k : {i, next}) {
                const auto plan = numberedPlan.match(TierContext::cleanName(headings.at(k).text));
                const auto writtenPlan = numberedPlan.match(TierContext::cleanName(headings.at(k).written));
                if (plan.hasMatch())
                    tiers->addCandidate(plan.captured(1) + QLatin1Char(' ') + plan.captured(2),
                                        writtenPlan.hasMatch()
                                            ? writtenPlan.captured(1) + QLatin1Char(' ') + writtenPlan.captured(2)
                                            : QString());
            }
            continue;
        }
        // "2.1 Comprehensive AMC" / "2.2 Non-Comprehensive AMC": a plan and its "non-" counterpart.
        static const QRegularExpression negatedPrefix(QStringLiteral(R"(^non[- ]?$)"),
                                                      QRegularExpression::CaseInsensitiveOption);
        const bool negatedPair =
            (b.endsWith(a, Qt::CaseInsensitive) && negatedPrefix.match(b.left(b.size() - a.size())).hasMatch()) ||
            (a.endsWith(b, Qt::CaseInsensitive) && negatedPrefix.match(a.left(a.size() - b.size())).hasMatch());
        if (negatedPair && a.size() <= 40 && b.size() <= 40) {
            tiers->addCandidate(headings.at(i).text, headings.at(i).written);
            tiers->addCandidate(headings.at(next).text, headings.at(next).written);
            continue;
        }
        if (a.size() > 24 || b.size() > 24)
            continue;
        // "5.2 维保等级" / "5.3 故障等级": a heading on fault levels or priorities names no plan.
        static const QRegularExpression faultLevels(QStringLiteral(R"(故障|优先|緊急|紧急|severity|priority)"),
                                                    QRegularExpression::CaseInsensitiveOption);
        if (faultLevels.match(a).hasMatch() || faultLevels.match(b).hasMatch())
            continue;
        // "5.4 核心级服务指标" / "5.5 标准级服务指标" of the tiers a price table named: those tiers' measures, no
        // new tiers. ("金牌套餐" after "金牌" is the plan's fuller name.)
        static const QRegularExpression measuresOfTier(
            QStringLiteral(R"(^\s*(?:服务)?(?:指标|标准|要求|内容|说明)\s*$)"));
        auto measuresOfKnownTier = [&](const QString &name, const QString &text) {
            const QString known = tiers->tierIn(text);
            return !known.isEmpty() && name.startsWith(known) &&
                   measuresOfTier.match(name.mid(known.size())).hasMatch();
        };
        if (measuresOfKnownTier(a, headings.at(i).text) && measuresOfKnownTier(b, headings.at(next).text))
            continue;
        // "1. 基础保修服务（延保）" / "2. 增强服务" on a maker's page of service products, each over its sheet of
        // fields
        // ("服务时间 | 5×9", "响应 | …"): the products are the plans, whatever their names end in.
        if (headsPlanSheet(segments, headings.at(i).segment) && headsPlanSheet(segments, headings.at(next).segment)) {
            tiers->addCandidate(headings.at(i).text, headings.at(i).written);
            tiers->addCandidate(headings.at(next).text, headings.at(next).written);
            continue;
        }
        int common = 0;
        while (common < a.size() && common < b.size() && a.at(a.size() - 1 - common) == b.at(b.size() - 1 - common))
            ++common;
        // Short graded names: "2.1 白金级" / "2.2 金级" / "2.3 银级" (one ends the other, or they share only the
        // grade character).
        // (Headings of the name alone: not "3.1 白金级（Platinum）：全年 7×24 小时服务…".)
        const bool shortGraded = a.size() <= 4 && b.size() <= 4 && a.back().unicode() >= 0x3400 &&
                                 QStringLiteral("级类档").contains(a.back()) && common >= 1 &&
                                 headings.at(i).text.trimmed().size() <= a.size() + 6 &&
                                 headings.at(next).text.trimmed().size() <= b.size() + 6;
        if (shortGraded && (common == 1 || common >= a.size() || common >= b.size())) {
            tiers->addCandidate(headings.at(i).text, headings.at(i).written);
            tiers->addCandidate(headings.at(next).text, headings.at(next).written);
            continue;
        }
        // "3.1 Gold" / "3.2 Silver", "4.1 Gold service levels" / "4.2 Silver service levels": grade words alone or
        // before the same words name plans (the grade is the plan).
        static const QRegularExpression englishGrade(
            QStringLiteral(
                R"(^(?:platinum|gold|silver|bronze|diamond|titanium|premium|premier|elite|essential|enhanced|advanced|basic)$)"),
            QRegularExpression::CaseInsensitiveOption);
        const bool wordSuffix =
            common == 0 || (common < a.size() && common < b.size() && a.at(a.size() - common) == u' ');
        if (wordSuffix) {
            const QString leadA = a.left(a.size() - common).trimmed();
            const QString leadB = b.left(b.size() - common).trimmed();
            if (englishGrade.match(leadA).hasMatch() && englishGrade.match(leadB).hasMatch()) {
                tiers->addCandidate(leadA, leadA);
                tiers->addCandidate(leadB, leadB);
                continue;
            }
        }
        if (common == 0 || common >= a.size() || common >= b.size())
            continue;
        const QString suffix = a.right(common);
        const bool cjk = suffix.back().unicode() >= 0x3400;
        const bool word = a.at(a.size() - 1 - common) == QLatin1Char(' ') || suffix.startsWith(QLatin1Char(' '));
        // (Parts of a bid are no plans either: "商务条款偏离表" / "技术参数响应及偏离表", "售后服务承诺书"; nor are
        // the services a contract sets levels for: "托管服务水平" / "硬件维保服务水平".)
        static const QRegularExpression genericZh(QStringLiteral(
            R"((?:管理|服务|保障|水平|要求|说明|机制|流程|标准|范围|报价|期限|条款|支持|承诺|时间|内容|方式|费用|情况|计划|概况|简介|介绍|概述|背景|总结|资质|优势|团队|条件|超时|延误|延迟|故障|考核|补偿|赔偿|计费|收费|规则|责任|义务|事项|约定|表|书|函|清单|附件|附录|文件|方案)$)"));
        static const QRegularExpression tierWord(
            QStringLiteral(
                R"(^\s*(?:plan|tier|level|package|edition|class|option|programme|program|amc|cover|care|warranty)s?\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
        // "1级保障" / "2级保障" share "级保障": a grade word before the generic ending makes it a tier.
        const bool graded = QStringLiteral("级类档等").contains(suffix.front());
        // "基础服务" / "增强服务" / "尊享服务": grade words before a generic ending name plans too.
        static const QRegularExpression gradeWord(QStringLiteral("^(?:") + chineseGradeWords() + QStringLiteral(")$"));
        const bool gradeNamed = gradeWord.match(a.left(a.size() - common)).hasMatch() &&
                                gradeWord.match(b.left(b.size() - common)).hasMatch();
        if ((cjk && suffix.size() >= 2 && (graded || gradeNamed || !genericZh.match(suffix).hasMatch())) ||
            (!cjk && word && tierWord.match(suffix).hasMatch())) {
            // "3.2 主機房服務等級" / "3.3 備援機房服務等級": the levels of 主機房 and 備援機房, when a table lists the
            // two alone in one column (the rooms and their servers); the rest of the text then names them alone.
            static const QRegularExpression levelsOf(
                QStringLiteral(R"(\s*(?:服务|服務)(?:等级|等級|级别|級別|水平|指标|指標|标准|標準)\s*$)"));
            const auto levelA = levelsOf.match(a);
            const auto levelB = levelsOf.match(b);
            const bool listed =
                levelA.hasMatch() && levelB.hasMatch() &&
                sameTableColumn(segments, a.left(levelA.capturedStart()), b.left(levelB.capturedStart()));
            for (int k : {i, next}) {
                QString name = headings.at(k).text;
                QString asWritten = headings.at(k).written;
                if (listed) {
                    name.remove(levelsOf);
                    asWritten.remove(levelsOf);
                }
                tiers->addCandidate(name, asWritten);
            }
        }
    }
    // Levels named by codes the document declares as its levels ("提供 S1、S2、S3 3个服务等级", "Service levels: S1 /
    // S2 / S3"): the codes are plans, though "S1" elsewhere is a severity.
    static const QRegularExpression declaredCodes(
        QStringLiteral(
            R"(\b(S[1-4](?:\s*[、,，/和及与]\s*S[1-4])+)\s*(?:共)?\s*[\d一二三四五]?\s*个?\s*(?:服务)?(?:等级|级别)|(?:服务等级|service levels?)\s*[:：]?\s*(S[1-4](?:\s*[、,，/]\s*S[1-4])+))"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto codes = declaredCodes.match(fullText); codes.hasMatch()) {
        static const QRegularExpression code(QStringLiteral(R"(S[1-4])"), QRegularExpression::CaseInsensitiveOption);
        for (auto it = code.globalMatch(codes.captured(1) + codes.captured(2)); it.hasNext();) {
            const QString name = it.next().captured(0).toUpper();
            tiers->addCandidate(name, name, TierContext::NameKind::Code);
        }
    }
    addColumnSiblingTiers(segments, tiers);
    addMarkdownSectionSiblings(segments, tiers);
    // Service zones used throughout ("Zone 1 (Skopje)" / "Zone 2 (Bitola, Ohrid)", "Region A" / "Region B") are the
    // tiers of a document that names no plans; beside plans they are only where a plan's engineer travels to.
    static const QRegularExpression zoneLabel(QStringLiteral(R"(\b((Zone|Region|ZONE|REGION)\s+(?:[A-Z]|[1-4]))\b)"));
    if (tiers->names().isEmpty()) {
        for (QStringList zones : recurringNames(fullText, zoneLabel, 1, 2)) {
            zones.sort();
            for (const QString &zone : std::as_const(zones))
                tiers->addCandidate(zone, QString());
        }
    }
    // Sites down the first column of a table of service levels ("Site | Severity 1 | Severity 2" over "Antananarivo |
    // 4 hours | 8 hours") are the tiers of a document that names none else; in an equipment list ("Site | Model |
    // Qty") they are only where the servers stand.
    if (tiers->names().isEmpty()) {
        static const QRegularExpression siteColumn(QStringLiteral(R"(^\s*(?:sites?|locations?|站点|地点)\s*$)"),
                                                   QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression measureOrPriority(
            QStringLiteral(
                R"(respon|on[\s-]?site|resolution|restor|repair|attendance|coverage|severity|priority|\bP[1-4]\b|响应|到场|修复|故障)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression notASite(QStringLiteral(R"(\d|total|合计|all sites|所有)"),
                                                 QRegularExpression::CaseInsensitiveOption);
        int siteTable = -1;
        for (const PreparedSegment &segment : segments) {
            if (siteTable >= 0 && segment.source.table != siteTable)
                break;
            if (segment.source.kind != TextSegment::Kind::TableRow || segment.cells.size() < 3)
                continue;
            if (segment.source.row == 0) {
                bool measures = siteColumn.match(cellText(segment, 0)).hasMatch();
                for (int i = 1; i < segment.cells.size() && measures; ++i)
                    measures = measureOrPriority.match(cellText(segment, i)).hasMatch();
                if (measures)
                    siteTable = segment.source.table;
                continue;
            }
            const QString site = cellText(segment, 0).trimmed();
            if (segment.source.table == siteTable && !site.isEmpty() && site.size() <= 40 &&
                !notASite.match(site).hasMatch())
                tiers->addCandidate(writtenCell(segment, 0).trimmed(), QString());
        }
    }
    tiers->addAcronyms(fullText);
}

} // namespace tw::analysis
