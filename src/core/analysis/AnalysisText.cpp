#include "AnalysisText.h"

#include "core/text/CjkText.h"

#include "ParallelTasks.h"
#include "PriorityParser.h"
#include "SegmentBuilder.h"
#include "TimeTermExtractor.h"

#include <QRegularExpression>

#include <algorithm>

namespace tw::analysis {

namespace {

const QRegularExpression &numberedHeading()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*(?:#{1,6}\s+(?=\S)(?:(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=\D))?|(?:(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=\D)|([一二三四五六七八九十]{1,3})[、.]|[(（]([一二三四五六七八九十]{1,3})[)）]|第[一二三四五六七八九十\d]{1,3}[章部分节]|(?:section|article|schedule|appendix|annex|part)\s+[\dA-Z]+[.:]?\s|附件[一二三四五六七八九十\d]+)))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "5." and "三、" are level 1, "5.1" level 2, "（一）" under "一、" level 2.
int headingLevel(const QRegularExpressionMatch &m)
{
    if (!m.captured(4).isEmpty())
        return 2;
    const QString number = m.captured(1) + m.captured(2);
    return number.isEmpty() ? 1 : int(number.count(QLatin1Char('.'))) + 1;
}

// Normalised text, table cells and scripts of one segment.
void prepare(const TextSegment &segment, PreparedSegment *prepared)
{
    prepared->source = segment;
    prepared->norm = Normalizer::normalize(segment.text);
    if (segment.kind == TextSegment::Kind::TableRow) {
        int start = 0;
        const QString &text = prepared->norm.text;
        for (int i = 0; i <= text.size(); ++i) {
            if (i == text.size() || text.at(i) == QLatin1Char('\t')) {
                prepared->cells << qMakePair(start, i);
                start = i + 1;
            }
        }
    }
    for (QChar c : prepared->norm.text) {
        if (isHanCharacter(c))
            prepared->hasChinese = true;
        else if (c.isLetter() && c.unicode() < 0x250)
            prepared->hasEnglish = true;
    }
}

} // namespace

AnalysisText::AnalysisText(const Document &document)
{
    const QList<TextSegment> segments = SegmentBuilder::build(document);
    // Segments are normalised independently, on the cores; the document-wide parts follow in order.
    m_segments.resize(segments.size());
    PreparedSegment *prepared = m_segments.data();
    const int count = int(segments.size());
    const int chunks = qMin(count, 32);
    ParallelTasks::run(chunks, [&](int chunk) {
        for (int s = ParallelTasks::chunkBound(count, chunks, chunk);
             s < ParallelTasks::chunkBound(count, chunks, chunk + 1); ++s)
            prepare(segments.at(s), &prepared[s]);
    });
    for (const PreparedSegment &segment : std::as_const(m_segments)) {
        m_hasChinese = m_hasChinese || segment.hasChinese;
        m_hasEnglish = m_hasEnglish || segment.hasEnglish;
        m_fullText += segment.norm.text;
        m_fullText += QLatin1Char('\n');
    }
    learnTiers();
    findHeadings();
    buildUnits();
    for (TextUnit &unit : m_units) {
        unit.text = m_segments.at(unit.segment).norm.text.mid(unit.start, unit.end - unit.start);
        m_unitOffsets << int(m_joined.size());
        m_joined += unit.text;
        m_joined += QLatin1Char('\n');
    }
    if (m_joined.isValidUtf16() && m_fullText.isValidUtf16())
        m_documentMatchOptions = QRegularExpression::DontCheckSubjectStringMatchOption;
}

int AnalysisText::unitAt(int at) const
{
    const auto it = std::upper_bound(m_unitOffsets.cbegin(), m_unitOffsets.cend(), at);
    if (it == m_unitOffsets.cbegin())
        return -1;
    const int unit = int(it - m_unitOffsets.cbegin()) - 1;
    const int end = m_unitOffsets.at(unit) + (m_units.at(unit).end - m_units.at(unit).start);
    return at < end ? unit : -1;
}

QList<int> AnalysisText::unitsMatching(const QRegularExpression &pattern) const
{
    QList<int> units;
    // Only the first match in a unit matters: the search resumes at the start of the next unit.
    qsizetype from = 0;
    while (from < m_joined.size()) {
        const auto m = pattern.match(m_joined, from, QRegularExpression::NormalMatch, m_documentMatchOptions);
        if (!m.hasMatch())
            break;
        const int at = int(m.capturedStart());
        const int unit = unitAt(at);
        if (unit < 0) { // a match that starts on a separator
            from = qMax(m.capturedEnd(), qsizetype(at) + 1);
            continue;
        }
        units << unit;
        from = unit + 1 < m_unitOffsets.size() ? m_unitOffsets.at(unit + 1) : m_joined.size();
    }
    return units;
}

QString AnalysisText::unitText(const TextUnit &unit) const
{
    // Every unit of units() carries its text; only a unit built elsewhere needs cutting out.
    if (unit.text.size() == unit.end - unit.start && !unit.text.isNull())
        return unit.text;
    return m_segments.at(unit.segment).norm.text.mid(unit.start, unit.end - unit.start);
}

void AnalysisText::learnTiers()
{
    // The document's own words for a normalised range, for reporting tier names as written.
    auto written = [](const PreparedSegment &segment, int from, int to) {
        const auto range = segment.norm.originalRange(from, to);
        return segment.source.text.mid(range.first, range.second - range.first);
    };
    auto writtenCell = [&](const PreparedSegment &segment, int i) {
        return written(segment, segment.cells.at(i).first, segment.cells.at(i).second);
    };
    // Tier columns of tables: the header says "Tier" / "设备层级"; the rows below name the tiers.
    QHash<int, int> tierColumnByTable;
    for (const PreparedSegment &segment : m_segments) {
        if (segment.source.kind != TextSegment::Kind::TableRow || segment.source.row != 0)
            continue;
        for (int i = 0; i < segment.cells.size(); ++i) {
            const QString cell = segment.norm.text.mid(segment.cells.at(i).first,
                                                       segment.cells.at(i).second - segment.cells.at(i).first);
            if (TierContext::isTierHeader(cell)) {
                tierColumnByTable.insert(segment.source.table, segment.source.columns.value(i, i));
                break;
            }
        }
    }
    // A features-by-tier matrix: a generic (or no) first header cell, the tiers across the header,
    // and service-level rows ("响应时间", "Coverage") down the first column.
    static const QRegularExpression serviceRow(
        QStringLiteral(
            R"(响应|到场|修复|服务时间|覆盖|备件|价格|报价|服务级别|支持|respon|on-?site|resolution|restor|repair|coverage|hours|parts|price|support|availability|severity|priority|fix)"),
        QRegularExpression::CaseInsensitiveOption);
    QHash<int, int> serviceRows;
    for (const PreparedSegment &segment : m_segments) {
        if (segment.source.kind == TextSegment::Kind::TableRow && segment.source.row > 0 && !segment.cells.isEmpty() &&
            segment.source.columns.value(0, 0) == 0 &&
            serviceRow.match(segment.norm.text.left(segment.cells.first().second)).hasMatch())
            ++serviceRows[segment.source.table];
    }
    for (const PreparedSegment &segment : m_segments) {
        if (segment.source.kind != TextSegment::Kind::TableRow || segment.source.row != 0 || segment.cells.size() < 2 ||
            tierColumnByTable.contains(segment.source.table) || serviceRows.value(segment.source.table) < 2)
            continue;
        const bool noFirst = segment.source.columns.value(0, 0) != 0;
        const QString first = segment.norm.text.mid(segment.cells.first().first,
                                                    segment.cells.first().second - segment.cells.first().first);
        if (!noFirst && !TierContext::isGenericColumnLabel(first))
            continue;
        for (int i = noFirst ? 0 : 1; i < segment.cells.size(); ++i) {
            const QString cell = segment.norm.text.mid(segment.cells.at(i).first,
                                                       segment.cells.at(i).second - segment.cells.at(i).first);
            static const QRegularExpression measureColumn(
                QStringLiteral(
                    R"(响应|到场|修复|单价|价格|备件|数量|respon|on-?site|resolution|restor|repair|\bfix|price|qty|quantity|units)"),
                QRegularExpression::CaseInsensitiveOption);
            // "Response time" or "单价" heads a measure; "Priority Response" or "Rapid Response" names a
            // plan that happens to contain a measure word.
            QString rest = cell;
            rest.remove(measureColumn);
            static const QRegularExpression filler(
                QStringLiteral(
                    R"(\b(?:time|times|target|targets|hours?|level|sla|\(.*\))\b|时间|时限|目标|超时|要求|[^\w])"),
                QRegularExpression::CaseInsensitiveOption);
            rest.remove(filler);
            const bool namesPlan = !measureColumn.match(cell).hasMatch() || rest.size() >= 3;
            if (PriorityParser::prioritiesOf(cell).isEmpty() && namesPlan)
                m_tiers.addCandidate(cell, writtenCell(segment, i));
        }
    }
    for (const PreparedSegment &segment : m_segments) {
        if (segment.source.kind == TextSegment::Kind::TableRow && segment.source.row > 0 &&
            tierColumnByTable.contains(segment.source.table)) {
            const int column = tierColumnByTable.value(segment.source.table);
            const int at = int(segment.source.columns.indexOf(column));
            if (at >= 0 && at < segment.cells.size()) {
                const QString cell = segment.norm.text.mid(segment.cells.at(at).first,
                                                           segment.cells.at(at).second - segment.cells.at(at).first);
                // A "级别" column of 一级/P1 values lists priorities, not tiers.
                if (PriorityParser::prioritiesOf(cell).isEmpty())
                    m_tiers.addCandidate(cell, writtenCell(segment, at));
            }
        }
    }
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
        R"(([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s*(?:\([^)]*\))?\s*,?\s*(?:and\s+)?)"
        R"(([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?:\s*\([^)]*\))?(?:\s*,?\s*(?:and\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))?)"));
    for (const PreparedSegment &segment : m_segments) {
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
                        m_tiers.addCandidate(m.captured(g),
                                             written(segment, int(m.capturedStart(g)), int(m.capturedEnd(g))));
                }
            }
        }
    }

    // Sibling paragraphs that open with a plan name: "Premier Support is what we propose for ...",
    // "Standard Support covers ...", "金牌服务：7×24 小时……" / "银牌服务：……". Two or more openers with the
    // same plan word name the tiers.
    // Also "2.1 Critical Care. For each ..." (a numbered clause titled with the plan), "★核心服务器（…）：…",
    // "- 核心机：…" (list items and table cells).
    static const QRegularExpression enOpener(QStringLiteral(
        R"(^\s*(?:\d+(?:\.\d+)*\.?\s+)?((?:[A-Z][\w+-]*\s+){1,3}(Support|Plan|Cover|Coverage|Service|Care|Package|Tier|Level|Programme|Program))\s*)"
        R"((?:\b(?:is|are|covers|gives|includes|provides|offers|delivers|adds|comes)\b|\.\s+[A-Z]|:))"));
    static const QRegularExpression zhOpener(QStringLiteral(
        R"(^\s*[★☆*•·\-]?\s*([\x{4e00}-\x{9fff}A-Za-z0-9]{1,6}(服务器|服务|套餐|级|保障|方案|级别|等级|设备|系统|机))\s*(?:\([^)]{0,40}\))?\s*[:：])"));
    QHash<QString, QList<QPair<QString, QString>>> openers; // plan word -> (name, written name)
    auto addOpener = [&](const PreparedSegment &segment, int from, int to) {
        const QString part = segment.norm.text.mid(from, to - from);
        for (const QRegularExpression *re : {&enOpener, &zhOpener}) {
            const auto m = re->match(part);
            if (!m.hasMatch())
                continue;
            const QString name = m.captured(1).trimmed();
            auto &list = openers[m.captured(2).toLower()];
            bool known = false;
            for (const auto &entry : list)
                known = known || entry.first == name;
            if (!known && PriorityParser::prioritiesOf(name).isEmpty())
                list << qMakePair(
                    name, written(segment, from + int(m.capturedStart(1)), from + int(m.capturedEnd(1))).trimmed());
        }
    };
    for (const PreparedSegment &segment : m_segments) {
        if (segment.heading)
            continue;
        if (segment.source.kind == TextSegment::Kind::Paragraph) {
            addOpener(segment, 0, int(segment.norm.text.size()));
        } else {
            for (const auto &cell : segment.cells)
                addOpener(segment, cell.first, cell.second);
        }
    }
    for (const auto &list : std::as_const(openers)) {
        if (list.size() < 2)
            continue;
        for (const auto &entry : list)
            m_tiers.addCandidate(entry.first, entry.second);
    }

    // Graded device classes used throughout: "核心设备" / "一般设备", "关键系统" / "非关键系统". Two or more with
    // the same ending, each named at least twice, are the tiers.
    static const QRegularExpression gradedClass(
        QStringLiteral(R"((非核心|非关键|核心|关键|重要|一般|普通|辅助|次要)(设备|系统|服务器|主机|机))"));
    {
        QHash<QString, QHash<QString, int>> named; // ending -> name -> count
        auto it = gradedClass.globalMatch(m_fullText);
        while (it.hasNext()) {
            const auto m = it.next();
            ++named[m.captured(2)][m.captured(0)];
        }
        for (auto ending = named.cbegin(); ending != named.cend(); ++ending) {
            QStringList recurring;
            for (auto name = ending.value().cbegin(); name != ending.value().cend(); ++name) {
                if (name.value() >= 2)
                    recurring << name.key();
            }
            if (recurring.size() < 2)
                continue;
            // In document order, so the first-named class comes first.
            std::sort(recurring.begin(), recurring.end(), [this](const QString &a, const QString &b) {
                return m_fullText.indexOf(a) < m_fullText.indexOf(b);
            });
            for (const QString &name : std::as_const(recurring))
                m_tiers.addCandidate(name);
        }
    }

    // Lettered or numbered classes used throughout: "Category A" / "Category B", "Class 1" / "Class 2".
    static const QRegularExpression classLabel(
        QStringLiteral(R"(\b((Category|Class|Tier|Group|Band|Plan|Option|Package)\s+(?:[A-Z]|[1-4]))\b)"));
    {
        QHash<QString, QHash<QString, int>> uses; // head word -> label -> count
        auto it = classLabel.globalMatch(m_fullText);
        while (it.hasNext()) {
            const auto m = it.next();
            ++uses[m.captured(2)][m.captured(1)];
        }
        for (auto head = uses.cbegin(); head != uses.cend(); ++head) {
            QStringList recurring;
            for (auto label = head.value().cbegin(); label != head.value().cend(); ++label) {
                if (label.value() >= 2)
                    recurring << label.key();
            }
            if (recurring.size() < 2)
                continue;
            recurring.sort();
            for (const QString &label : std::as_const(recurring))
                m_tiers.addCandidate(label);
        }
    }

    // Consecutive list items that open with a plan name: "• Enterprise: Technician onsite in 4 hours"
    // / "• Essential: Technician onsite next business day". The names must recur elsewhere in the
    // document, and field labels ("Note:", "Coverage:") are not plans.
    static const QRegularExpression itemOpener(
        QStringLiteral(R"(^\s*[•·\-–*]?\s*([A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){0,2})\s*:)"));
    static const QRegularExpression fieldLabel(
        QStringLiteral(
            R"(^(?:note|notes|coverage|response|resolution|restore|on-?site|onsite|clock|clock start|price|)"
            R"(prices|pricing|term|parts|scope|exclusions?|hours|support|service|services|scope|contact|email|)"
            R"(phone|tel|fax|address|date|quote|total|subtotal|example|important|attention|warning|step \d+|)"
            R"(severity \d|priority \d|p\d|level \d|tier \d|q|a|question|answer|re|subject|from|to|cc)$)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<QPair<int, QString>> items; // (segment, name) in order
    for (int s = 0; s < m_segments.size(); ++s) {
        const PreparedSegment &segment = m_segments.at(s);
        if (segment.source.kind != TextSegment::Kind::Paragraph || segment.heading)
            continue;
        const auto m = itemOpener.match(segment.norm.text);
        if (m.hasMatch() && !fieldLabel.match(m.captured(1)).hasMatch() &&
            PriorityParser::prioritiesOf(m.captured(1)).isEmpty() &&
            TimeTermExtractor::kindOf(m.captured(1)) == TimeTermExtractor::Kind::None)
            items << qMakePair(s, m.captured(1));
    }
    for (int i = 0; i + 1 < items.size(); ++i) {
        const auto &a = items.at(i);
        const auto &b = items.at(i + 1);
        if (b.first != a.first + 1 || a.second == b.second)
            continue;
        const bool recur = m_fullText.count(a.second) >= 2 && m_fullText.count(b.second) >= 2;
        if (!recur)
            continue;
        m_tiers.addCandidate(a.second);
        m_tiers.addCandidate(b.second);
    }

    struct Heading
    {
        int level;
        QString name;    ///< cleaned, normalised
        QString text;    ///< normalised
        QString written; ///< as the document writes it
    };
    QList<Heading> headings; // numbered headings in order
    for (const PreparedSegment &segment : m_segments) {
        if (segment.source.kind != TextSegment::Kind::Paragraph || segment.norm.text.size() > 80)
            continue;
        const auto m = numberedHeading().match(segment.norm.text);
        if (!m.hasMatch())
            continue;
        if (TierContext::isTierHeading(segment.norm.text))
            m_tiers.addCandidate(segment.norm.text, segment.source.text);
        const int level = headingLevel(m);
        headings << Heading{level, TierContext::cleanName(segment.norm.text), segment.norm.text, segment.source.text};
    }
    // Sibling headings that share an ending name are parallel tiers: "2.1 一类系统" / "2.2 二类系统",
    // "3.2 Gold Plan" / "3.3 Silver Plan".
    // The sibling is the next heading of the same level, even past a "（续）" heading above it.
    for (int i = 0; i + 1 < headings.size(); ++i) {
        int next = i + 1;
        while (next < headings.size() && next <= i + 8 && headings.at(next).level != headings.at(i).level)
            ++next;
        if (next >= headings.size() || next > i + 8)
            continue;
        const QString a = headings.at(i).name;
        const QString b = headings.at(next).name;
        if (headings.at(i).level != headings.at(next).level || a.isEmpty() || b.isEmpty() || a == b || a.size() > 24 ||
            b.size() > 24)
            continue;
        int common = 0;
        while (common < a.size() && common < b.size() && a.at(a.size() - 1 - common) == b.at(b.size() - 1 - common))
            ++common;
        if (common == 0 || common >= a.size() || common >= b.size())
            continue;
        const QString suffix = a.right(common);
        const bool cjk = suffix.back().unicode() >= 0x3400;
        const bool word = a.at(a.size() - 1 - common) == QLatin1Char(' ') || suffix.startsWith(QLatin1Char(' '));
        static const QRegularExpression genericZh(QStringLiteral(
            R"((?:管理|服务|保障|要求|说明|机制|流程|标准|范围|报价|期限|条款|支持|承诺|时间|内容|方式|费用|情况|计划|概况|简介|介绍|概述|背景|总结|资质|优势|团队|条件|超时|延误|延迟|故障|考核|补偿|赔偿|计费|收费|规则|责任|义务)$)"));
        static const QRegularExpression tierWord(
            QStringLiteral(R"(^\s*(?:plan|tier|level|package|edition|class|option|programme|program)s?\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
        // "1级保障" / "2级保障" share "级保障": a grade word before the generic ending makes it a tier.
        const bool graded = QStringLiteral("级类档等").contains(suffix.front());
        // "基础服务" / "增强服务" / "尊享服务": grade words before a generic ending name plans too.
        static const QRegularExpression gradeWord(QStringLiteral(
            R"(^(?:基础|标准|增强|高级|尊享|尊贵|旗舰|企业|金牌|银牌|铜牌|铂金|白金|钻石|普通|经济|优选|全面|至尊|黄金|白银|青铜)$)"));
        const bool gradeNamed = gradeWord.match(a.left(a.size() - common)).hasMatch() &&
                                gradeWord.match(b.left(b.size() - common)).hasMatch();
        if ((cjk && suffix.size() >= 2 && (graded || gradeNamed || !genericZh.match(suffix).hasMatch())) ||
            (!cjk && word && tierWord.match(suffix).hasMatch())) {
            m_tiers.addCandidate(headings.at(i).text, headings.at(i).written);
            m_tiers.addCandidate(headings.at(next).text, headings.at(next).written);
        }
    }
}

void AnalysisText::findHeadings()
{
    QString tier;
    int tierLevel = 0;
    int section = 0;
    QString title;
    for (PreparedSegment &segment : m_segments) {
        const QString &text = segment.norm.text;
        if (segment.source.kind == TextSegment::Kind::Paragraph && text.size() <= 90) {
            const auto m = numberedHeading().match(text);
            const QChar last = text.trimmed().isEmpty() ? QChar() : text.trimmed().back();
            const bool closed =
                QStringLiteral("。;；,，").contains(last) || (last == QLatin1Char('.') && text.size() > 40);
            if (m.hasMatch() && !closed) {
                segment.heading = true;
                segment.headingLevel = headingLevel(m);
                ++section;
                title = text;
                const QString named = m_tiers.tierIn(text);
                if (!named.isEmpty()) {
                    tier = named;
                    tierLevel = segment.headingLevel;
                } else if (segment.headingLevel <= tierLevel || tierLevel == 0) {
                    tier.clear();
                    tierLevel = 0;
                }
            }
        }
        segment.section = section;
        segment.sectionTitle = title;
        segment.tier = tier;
    }
}

QList<QPair<int, int>> AnalysisText::sentences(const QString &text, int from, int to)
{
    QList<QPair<int, int>> result;
    int start = from;
    auto push = [&](int end) {
        int s = start;
        while (s < end && text.at(s).isSpace())
            ++s;
        if (end > s)
            result << qMakePair(s, end);
        start = end;
    };
    for (int i = from; i < to; ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0x3002) || c == QLatin1Char(';') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
            c == QLatin1Char('\n')) {
            push(i + 1);
        } else if (c == QLatin1Char('.') && i + 1 < to && text.at(i + 1) == QLatin1Char(' ')) {
            // Not after an abbreviation or a lone number ("Co. Ltd", "No. 5", "e.g. ", "5. ").
            int w = i;
            while (w > from && text.at(w - 1).isLetterOrNumber())
                --w;
            const QString word = text.mid(w, i - w).toLower();
            static const QStringList abbreviations = {
                QStringLiteral("co"),  QStringLiteral("ltd"), QStringLiteral("inc"), QStringLiteral("no"),
                QStringLiteral("e.g"), QStringLiteral("i.e"), QStringLiteral("g"),   QStringLiteral("e"),
                QStringLiteral("mr"),  QStringLiteral("ms"),  QStringLiteral("dr"),  QStringLiteral("vs"),
                QStringLiteral("etc"), QStringLiteral("rev"), QStringLiteral("ref"), QStringLiteral("approx")};
            bool number = !word.isEmpty();
            for (QChar ch : word)
                number = number && ch.isDigit();
            if (!abbreviations.contains(word) && !number && word.size() != 1)
                push(i + 1);
        }
    }
    push(to);
    return result;
}

// Severity scales named in words rank from the top: a table whose rows are 严重 / 重要 / 一般 has no
// 紧急 above 严重, so 严重 is its P1. Returns the priority per row label, by table.
static QHash<int, QHash<QString, QString>> wordSeverityRanks(const QList<PreparedSegment> &segments)
{
    static const QStringList scale = {QStringLiteral("紧急"), QStringLiteral("严重"), QStringLiteral("重要"),
                                      QStringLiteral("一般"), QStringLiteral("低")};
    static const QRegularExpression word(
        QStringLiteral(R"(^\s*(紧急|严重|重要|一般|普通|较低|低|轻微)(?:故障|事件|问题|级|类)?\s*$)"));
    QHash<int, QMap<int, QString>> levels; // table -> scale position -> row label
    for (const PreparedSegment &segment : segments) {
        if (segment.source.kind != TextSegment::Kind::TableRow || segment.cells.isEmpty())
            continue;
        const QString label = segment.norm.text.left(segment.cells.first().second).trimmed();
        const auto m = word.match(label);
        if (!m.hasMatch())
            continue;
        QString level = m.captured(1);
        if (level == QStringLiteral("普通"))
            level = QStringLiteral("一般");
        if (level == QStringLiteral("较低") || level == QStringLiteral("轻微"))
            level = QStringLiteral("低");
        levels[segment.source.table].insert(int(scale.indexOf(level)), label);
    }
    QHash<int, QHash<QString, QString>> ranks;
    for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        int rank = 0;
        for (const QString &label : it.value())
            ranks[it.key()].insert(label, QStringLiteral("P%1").arg(++rank));
    }
    return ranks;
}

QList<int> AnalysisText::introductionOf(int rowSegment) const
{
    // The paragraphs right before the table (at most two back, in the same section, no heading),
    // nearest first.
    const int table = m_segments.at(rowSegment).source.table;
    int s = rowSegment;
    while (s > 0 && m_segments.at(s - 1).source.kind == TextSegment::Kind::TableRow &&
           m_segments.at(s - 1).source.table == table)
        --s;
    QList<int> paragraphs;
    for (int back = s - 1; back >= 0 && back >= s - 2; --back) {
        const PreparedSegment &before = m_segments.at(back);
        if (before.source.kind != TextSegment::Kind::Paragraph || before.heading ||
            before.section != m_segments.at(rowSegment).section)
            break;
        paragraphs << back;
    }
    return paragraphs;
}

QString AnalysisText::tableIntroduction(int rowSegment) const
{
    QString text;
    for (int paragraph : introductionOf(rowSegment))
        text.prepend(m_segments.at(paragraph).norm.text + QLatin1Char('\n'));
    return text;
}

QString AnalysisText::tierIntroducingTable(int rowSegment) const
{
    // "生产系统按下表执行", "Production Systems follow the table below": the introduction names the
    // tier the whole table is for. A bilingual document says it twice: the first saying wins, as the
    // document's first language names the tiers.
    static const QRegularExpression pointsToTable(
        QStringLiteral(R"(下表|如下表|见下表|如下|表格|below|following table|table below|as follows)"),
        QRegularExpression::CaseInsensitiveOption);
    QString found;
    for (int paragraph : introductionOf(rowSegment)) {
        const QString &text = m_segments.at(paragraph).norm.text;
        if (!pointsToTable.match(text).hasMatch())
            continue;
        const QStringList named = m_tiers.tiersIn(text);
        if (named.size() == 1)
            found = named.first();
    }
    return found;
}

void AnalysisText::buildUnits()
{
    const QHash<int, QHash<QString, QString>> severityRanks = wordSeverityRanks(m_segments);
    QList<int> firstUnit; // of each segment, for finding the unit of a header cell
    firstUnit.reserve(m_segments.size());
    for (int s = 0; s < m_segments.size(); ++s) {
        firstUnit << int(m_units.size());
        const PreparedSegment &segment = m_segments.at(s);
        const QString &text = segment.norm.text;
        if (segment.source.kind == TextSegment::Kind::Paragraph) {
            // A paragraph that opens with a tier name ("Gold: 24x7x365 ...", "Tier 1 (Critical). Support
            // hours ...") speaks about that tier throughout.
            const QList<QPair<int, int>> ranges = sentences(text, 0, int(text.size()));
            QString lead;
            if (!ranges.isEmpty()) {
                const QString firstSentence =
                    text.mid(ranges.first().first, ranges.first().second - ranges.first().first);
                const QString named = m_tiers.tierIn(firstSentence);
                if (!named.isEmpty() && !m_tiers.tierIn(firstSentence.left(named.size() + 12)).isEmpty())
                    lead = named;
            }
            // A paragraph that opens with a priority label ("P1 级故障：…", "Severity 1: ...") speaks
            // about that priority in the sentences that name none.
            static const QRegularExpression priorityLead(
                QStringLiteral(
                    R"(^\s*(?:P\s*[1-4]|S\s*[1-4]|Sev(?:erity)?\s*[1-4]|Priority\s*[1-4]|[1-4]\s*级|[一二三四]级|)"
                    R"(紧急|严重|重要|一般)[^:：,，。;；]{0,10}[:：])"),
                QRegularExpression::CaseInsensitiveOption);
            const auto leadMatch = priorityLead.match(text);
            const QStringList leadPriorities =
                leadMatch.hasMatch() ? PriorityParser::prioritiesOf(leadMatch.captured(0)) : QStringList();
            for (const auto &range : ranges) {
                TextUnit unit;
                unit.segment = s;
                unit.start = range.first;
                unit.end = range.second;
                if (leadPriorities.size() == 1 &&
                    PriorityParser::prioritiesOf(text.mid(range.first, range.second - range.first)).isEmpty())
                    unit.priorities = leadPriorities;
                const QString mentioned = m_tiers.tierIn(text.mid(range.first, range.second - range.first));
                unit.baseTier = !lead.isEmpty() ? lead : segment.tier;
                unit.tier = !mentioned.isEmpty() ? mentioned : unit.baseTier;
                m_units << unit;
            }
            continue;
        }
        // Table cells: the row label and the column header give tier, priority and meaning.
        const PreparedSegment *header = nullptr;
        if (segment.source.headerSegment >= 0 && segment.source.headerSegment < s && segment.source.headerSegment != s)
            header = &m_segments.at(segment.source.headerSegment);
        auto cellText = [](const PreparedSegment &seg, int i) {
            return seg.norm.text.mid(seg.cells.at(i).first, seg.cells.at(i).second - seg.cells.at(i).first);
        };
        const QString rowLabel = segment.cells.isEmpty() ? QString() : cellText(segment, 0);
        // A header naming one tier ("故障级别（核心生产）", "Gold plan targets") speaks for the whole table.
        QString tableTier = header ? m_tiers.tierIn(header->norm.text) : QString();
        if (tableTier.isEmpty())
            tableTier = tierIntroducingTable(s);
        const QString rowTier = m_tiers.tierIn(rowLabel);
        const QString ranked = severityRanks.value(segment.source.table).value(rowLabel.trimmed());
        QStringList rowPriorities = ranked.isEmpty() ? PriorityParser::prioritiesOf(rowLabel) : QStringList{ranked};
        // The priority may have its own column ("Critical Systems | Severity 1 | 15 minutes").
        static const QRegularExpression priorityHeader(
            QStringLiteral(R"(severity|priority|级别|等级|級別|等級|优先级|優先級|故障级|故障級)"),
            QRegularExpression::CaseInsensitiveOption);
        for (int i = 1; i < segment.cells.size() && rowPriorities.isEmpty() && header; ++i) {
            const int at = int(header->source.columns.indexOf(segment.source.columns.value(i, i)));
            if (at < 0 || at >= header->cells.size() || !priorityHeader.match(cellText(*header, at)).hasMatch())
                continue;
            const QStringList named = PriorityParser::prioritiesOf(cellText(segment, i));
            if (named.size() == 1)
                rowPriorities = named;
        }
        // A price row may name its tier in a description cell ("1 | 核心业务系统服务器维保 | 24 | 6,500").
        QString namedInRow;
        for (int i = 0; i < segment.cells.size(); ++i) {
            // A short label that opens with the tier, not a description that mentions one.
            const QString cell = cellText(segment, i);
            if (cell.size() > 24 || cell.contains(QLatin1Char(',')))
                continue;
            const QString named = m_tiers.tierIn(cell);
            if (named.isEmpty() || !m_tiers.tierIn(cell.left(int(named.size()) + 2)).size())
                continue;
            if (!namedInRow.isEmpty() && named != namedInRow) {
                namedInRow.clear();
                break;
            }
            namedInRow = named;
        }
        // A totals row ("合计", "Total per year") sums the tiers: its amounts belong to none.
        static const QRegularExpression totalLabel(
            QStringLiteral(
                R"(^\s*(?:(?:\d+\s*年|年度|服务期|首年|价格|费用)?(?:合计|总计|总价)|(?:annual |grand |yearly )?total(?![a-z])))"),
            QRegularExpression::CaseInsensitiveOption);
        bool totalsRow = false;
        for (int i = 0; i < segment.cells.size() && i < 3 && !totalsRow; ++i)
            totalsRow = totalLabel.match(cellText(segment, i)).hasMatch();
        // A compliance table ("招标要求 | 投标响应 | 偏离情况", "Requirement | Response | Comply"): the
        // requirement cell is the buyer's; the response cell promises, for the tier the requirement names.
        static const QRegularExpression requirementHeader(
            QStringLiteral(
                R"(^\s*(?:招标要求|技术要求|采购要求|需求|要求|规范要求|requirements?|specification|customer requirement|rfp requirement)\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression responseHeader(
            QStringLiteral(
                R"(^\s*(?:投标响应|响应情况|应答|投标应答|响应内容|(?:vendor |our |supplier )?(?:response|offer|proposal|answer)s?)\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
        int requirementCell = -1;
        bool hasResponseColumn = false;
        if (header) {
            for (int i = 0; i < segment.cells.size(); ++i) {
                const int at = int(header->source.columns.indexOf(segment.source.columns.value(i, i)));
                if (at < 0 || at >= header->cells.size())
                    continue;
                const QString heading = cellText(*header, at);
                if (requirementHeader.match(heading).hasMatch())
                    requirementCell = i;
                hasResponseColumn = hasResponseColumn || responseHeader.match(heading).hasMatch();
            }
            if (!hasResponseColumn)
                requirementCell = -1;
        }
        const QString requirementTier =
            requirementCell >= 0 ? m_tiers.tierIn(cellText(segment, requirementCell)) : QString();
        int rowLabelUnit = -1;
        for (int i = 0; i < segment.cells.size(); ++i) {
            TextUnit unit;
            unit.segment = s;
            unit.cell = i;
            unit.start = segment.cells.at(i).first;
            unit.end = segment.cells.at(i).second;
            if (unit.end <= unit.start)
                continue;
            const int column = segment.source.columns.value(i, i);
            QString columnHeader;
            if (header) {
                const int at = int(header->source.columns.indexOf(column));
                if (at >= 0 && at < header->cells.size()) {
                    columnHeader = cellText(*header, at);
                    const int headerSegment = segment.source.headerSegment;
                    for (int h = firstUnit.at(headerSegment);
                         h < m_units.size() && m_units.at(h).segment == headerSegment; ++h) {
                        if (m_units.at(h).cell == at)
                            unit.headerUnit = h;
                    }
                }
            }
            unit.rowLabel = i == 0 ? QString() : rowLabel;
            unit.rowLabelUnit = i == 0 ? -1 : rowLabelUnit;
            if (i == 0)
                rowLabelUnit = int(m_units.size());
            unit.columnHeader = columnHeader;
            const QString own = m_tiers.tierIn(cellText(segment, i));
            const QString columnTier = m_tiers.tierIn(columnHeader);
            unit.tier = !rowTier.isEmpty()      ? rowTier
                        : !columnTier.isEmpty() ? columnTier
                        : !own.isEmpty()        ? own
                        : !namedInRow.isEmpty() ? namedInRow
                        : !tableTier.isEmpty()  ? tableTier
                                                : segment.tier;
            if (totalsRow)
                unit.tier.clear();
            if (requirementCell >= 0) {
                unit.buyerText = i == requirementCell;
                if (!unit.buyerText && !requirementTier.isEmpty() && own.isEmpty())
                    unit.tier = requirementTier;
                // "Response" / "投标响应" heads the vendor's answer, not a response time.
                unit.columnHeader.clear();
            }
            unit.priorities = i == 0 ? QStringList() : rowPriorities;
            if (unit.priorities.isEmpty())
                unit.priorities = PriorityParser::prioritiesOf(columnHeader);
            m_units << unit;
        }
    }
}

Evidence AnalysisText::evidence(int segmentIndex, int from, int to) const
{
    const PreparedSegment &segment = m_segments.at(segmentIndex);
    Evidence evidence;
    const auto range = segment.norm.originalRange(from, to);
    evidence.quote = segment.source.text.mid(range.first, range.second - range.first).trimmed();
    evidence.page = segment.source.page;
    bool first = true;
    for (const TextSpan &span : segment.source.spans) {
        if (span.end <= range.first || span.start >= range.second)
            continue;
        if (first) {
            evidence.page = span.page;
            first = false;
        }
        if (span.page == evidence.page)
            evidence.box = evidence.box.united(span.box);
    }
    return evidence;
}

} // namespace tw::analysis
