#include "RuleMatcher.h"

#include "core/text/CjkText.h"

#include "DocumentConditions.h"
#include "LiteralPrefilter.h"
#include "NumberedHeading.h"
#include "ParallelTasks.h"
#include "TermExtractor.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace tw::analysis {

namespace {

// Whether [start, end) of text lies inside a mention of one of the document's tier names.
bool insideTierName(const TierContext &tiers, const QString &text, int start, int end)
{
    for (const QString &name : tiers.names()) {
        if (name.size() < end - start)
            continue;
        for (qsizetype at = text.indexOf(name, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(name, at + 1, Qt::CaseInsensitive)) {
            if (at <= start && at + name.size() >= end)
                return true;
        }
    }
    return false;
}

// A service product's name, not its terms: a numbered heading naming a tier ("3.2
// UP-5X9-NBD-3Y　5×9下一工作日到场服务") or a catalogue's name column ("服务名称 | 5×9下一工作日到场服务（3年）").
bool namesAServiceProduct(const TierContext &tiers, const PreparedSegment &segment, const TextUnit &unit)
{
    static const QRegularExpression nameColumn(
        QStringLiteral(R"(^\s*(?:服务|产品|服务产品)名称\s*$|^\s*(?:service|product|offering) name\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (unit.cell >= 0)
        return nameColumn.match(unit.columnHeader).hasMatch();
    // (The heading is a name when it ends as one: "…到场服务", "…Support (3 years)".)
    static const QRegularExpression serviceName(
        QStringLiteral(R"((?:服务|服务包|保障|支持|\bservice|\bsupport|\bcare)\s*(?:[(（][^)）]{0,12}[)）])?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return segment.heading && segment.headingLevel > 0 && segment.norm.text.size() <= 60 &&
           serviceName.match(segment.norm.text).hasMatch() && !tiers.tiersIn(segment.norm.text).isEmpty();
}

/**
 * A phrase quoted only to be struck out: "同意删除“原则上”", "the words “as soon as practicable” are
 * deleted". It is mentioned, not used: the quotation marks hold nothing else, and the sentence deletes,
 * replaces or rejects it.
 */
bool isStruckWording(const QString &t, int start, int end)
{
    static const QString opening = QStringLiteral("“\"「‘'『");
    static const QString closing = QStringLiteral("”\"」’'』");
    int before = start - 1;
    while (before >= 0 && start - before <= 2 && !opening.contains(t.at(before)))
        --before;
    int after = end;
    while (after < t.size() && after - end <= 2 && !closing.contains(t.at(after)))
        ++after;
    if (before < 0 || start - before > 2 || after >= t.size() || after - end > 2 || !opening.contains(t.at(before)) ||
        !closing.contains(t.at(after)))
        return false;
    static const QRegularExpression striking(
        QStringLiteral(
            R"(删除|删去|去掉|取消|不接受|改为|替换为|修改为|\bdelet|\bremov|\bstrik|\breplac|\bnot accept)"),
        QRegularExpression::CaseInsensitiveOption);
    return striking.match(t).hasMatch();
}

/**
 * A word being defined, not used: the bold or quoted head of a glossary item ("- **认证翻新件**：经我司检测
 * 中心翻新…的部件", "“Refurbished Part”: a part that …"). What the document promises comes after the colon.
 * Read in the document's own text, as normalising drops the Markdown marks.
 */
bool isDefinedTermHead(const PreparedSegment &segment, const TextUnit &unit, int end)
{
    static const QRegularExpression head(QStringLiteral(
        R"(^\s*(?:[-*•·]\s*|\d{1,2}[.、)]\s*)?(?:\*\*|__|[“"「【『])[^:：*“”"「」【】]{1,30}(?:\*\*|__|[”"」】』])\s*[:：])"));
    const auto unitRange = segment.norm.originalRange(unit.start, unit.end);
    const auto m = head.match(segment.source.text.mid(unitRange.first, unitRange.second - unitRange.first));
    if (!m.hasMatch())
        return false;
    const auto hitRange = segment.norm.originalRange(unit.start, unit.start + end);
    return hitRange.second - unitRange.first <= m.capturedEnd();
}

// The phrase a finding quotes: the match widened to the clause around it, where a clause ends at
// a semicolon, colon, full stop or Chinese comma but not at an English comma, so that a list
// ("software, operating systems, firmware and hypervisors are excluded") stays whole.
QPair<int, int> phraseAround(const QString &text, int start, int end)
{
    static const QString breaks = QStringLiteral(";；。:：\t\n，!?！？");
    // "08:30" and "6:30 p.m." are times, not the end of a clause. Normalised Chinese text has ASCII
    // commas: one next to a Chinese character ends a clause.
    auto isBreak = [&](int at) {
        const QChar c = text.at(at);
        if (c == QLatin1Char(','))
            return (at > 0 && isHanCharacter(text.at(at - 1))) ||
                   (at + 1 < text.size() && isHanCharacter(text.at(at + 1)));
        if (!breaks.contains(c))
            return false;
        return c != QLatin1Char(':') || at == 0 || at + 1 >= text.size() || !text.at(at - 1).isDigit() ||
               !text.at(at + 1).isDigit();
    };
    int from = start;
    while (from > 0 && !isBreak(from - 1))
        --from;
    int to = end;
    while (to < text.size() && !isBreak(to))
        ++to;
    // "…其他乙方无法控制的原因造成超时的，不计入考核": a condition ending in "的" goes on into what follows from it.
    if (to > end && to + 1 < text.size() && text.at(to - 1) == QChar(0x7684) &&
        (text.at(to) == QLatin1Char(',') || text.at(to) == QChar(0xFF0C))) {
        ++to;
        while (to < text.size() && !isBreak(to))
            ++to;
    }
    while (from < start && text.at(from).isSpace())
        ++from;
    // A list item's number ("2. ", "10.3　", "（3）", "(b) ") is not part of what it says.
    static const QRegularExpression listNumber(
        QStringLiteral(R"(^(?:\d{1,2}(?:\.\d{1,2}){0,3}[.、)]?\s+|\d{1,2}[.、)]\s*|[(（]\s*\w{1,3}\s*[)）]\s*))"));
    const auto marker = listNumber.match(QStringView(text).mid(from, start - from));
    if (marker.hasMatch())
        from += int(marker.capturedLength());
    return {from, to};
}

// Words between two English hits of one phrase: " basis, " (no sentence end, no Chinese).
bool englishGap(const QString &gap)
{
    return !gap.contains(QLatin1Char('.')) && gap.contains(QLatin1String(", ")) &&
           std::none_of(gap.cbegin(), gap.cend(), isHanCharacter);
}

struct Hit
{
    int rule = 0;
    int start = 0; // unit-relative
    int end = 0;
    int quoteStart = 0;
    int quoteEnd = 0;
};

QString compact(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

// Whether a reference such as "Appendix B" or "附件二" is a heading or the start of a segment
// somewhere else in the document, i.e. the referenced schedule is attached.
// A short line in a list of the contract's annexes ("附件如下：" / "附件一：设备配置清单" /
// "附件三：维保服务级别说明"): it names the annex, it is not the annex. (An annex attached has its own content after
// its title, not another annex's title; a running header repeating its own title is no list.)
bool listsAnnexes(const AnalysisText &text, int segment, qsizetype referenceLength)
{
    static const QRegularExpression annexLine(
        QStringLiteral(
            R"(^\s*(?:附件|附表|附录|appendix|annex(?:ure)?|schedule|exhibit|attachment)\s*([\w一二三四五六七八九十]{1,3})\s*[:：、.\s-])"),
        QRegularExpression::CaseInsensitiveOption);
    const QList<PreparedSegment> &segments = text.segments();
    if (segments.at(segment).norm.text.trimmed().size() > referenceLength + 30)
        return false;
    const auto own = annexLine.match(segments.at(segment).norm.text);
    const auto otherAnnex = [&](int i) {
        if (i < 0 || i >= segments.size())
            return false;
        const auto m = annexLine.match(segments.at(i).norm.text);
        return m.hasMatch() && (!own.hasMatch() || m.captured(1).compare(own.captured(1), Qt::CaseInsensitive) != 0);
    };
    return otherAnnex(segment - 1) || otherAnnex(segment + 1);
}

bool referenceAttached(const AnalysisText &text, const QString &reference, int exceptSegment)
{
    const QString needle = compact(reference).toLower();
    if (needle.isEmpty())
        return true;
    // (Not a heading that says it is not: "附件三 服务水准协议（签约时另行提供）".)
    static const QRegularExpression notAttached(
        QStringLiteral(
            R"(另行提供|签约时(?:另行)?提供|另附|后补|另行发送|to be provided|to follow|not attached|available on request)"),
        QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < text.segments().size(); ++i) {
        if (i == exceptSegment)
            continue;
        const QString &segmentText = text.segments().at(i).norm.text;
        const QString start = compact(segmentText.left(needle.size() + 8)).toLower();
        // (Or after the heading's number: "四、技术商务偏离表" is the 《技术商务偏离表》 referred to.)
        const auto number = numberedHeading().match(segmentText);
        const QString afterNumber =
            number.hasMatch() ? compact(segmentText.mid(number.capturedEnd(), needle.size() + 8)).toLower() : QString();
        if ((start.startsWith(needle) || (!afterNumber.isEmpty() && afterNumber.startsWith(needle))) &&
            !notAttached.match(segmentText.left(80)).hasMatch() && !listsAnnexes(text, i, needle.size()))
            return true;
    }
    // ... or one of the buyer's own tender documents ("设备清单见磋商文件第三章附表 1"): the buyer has it.
    static const QRegularExpression buyersDocument(
        QStringLiteral(R"((?:磋商文件|招标文件|采购文件|谈判文件|询价文件|询比价文件)[^。；;，,]{0,8}$)"));
    const QString &full = text.fullText();
    for (qsizetype at = full.indexOf(reference); at >= 0; at = full.indexOf(reference, at + 1)) {
        if (buyersDocument.match(full.mid(qMax<qsizetype>(0, at - 20), qMin<qsizetype>(at, 20))).hasMatch())
            return true;
    }
    return false;
}

struct Candidate
{
    QString key; ///< category, page, compact quote and place: one finding per key
    Finding finding;
};

// The findings of one unit, before de-duplication across units.
void matchUnit(const QList<Rule> &rules, const QString &language, const AnalysisText &text, int unitIndex,
               const std::vector<char> &suppressed, const std::vector<std::vector<bool>> &candidates,
               std::vector<Candidate> *out)
{
    const TextUnit &unit = text.units().at(unitIndex);
    if (unit.buyerText)
        return; // what the customer asked for is not the vendor's clause
    // Most units are no candidate for any rule: skip them before building their context.
    bool any = false;
    for (int r = 0; r < rules.size() && !any; ++r)
        any = !suppressed[size_t(r)] && candidates[size_t(r)][size_t(unitIndex)];
    if (!any)
        return;
    const PreparedSegment &segment = text.segments().at(unit.segment);
    const QString t = text.unitText(unit);
    bool chinese = false;
    bool english = false;
    for (QChar c : t) {
        const ushort u = c.unicode();
        if (u >= 0x4E00 && u <= 0x9FFF)
            chinese = true;
        else if (c.isLetter() && u < 0x250)
            english = true;
    }
    // Context for "requires": the row label and column header of a cell, the heading above, and
    // the lead-in of a list paragraph ("以下情况不属于本次维保服务范围：…").
    const QString context = unit.rowLabel + QLatin1Char('\n') + unit.columnHeader + QLatin1Char('\n') +
                            segment.sectionTitle + QLatin1Char('\n') + segment.norm.text.left(40) + QLatin1Char('\n') +
                            text.listLeadIn(unit.segment);
    // The unit and the next sentence of its paragraph, built when a rule looks past the unit's end.
    QString extended;
    auto withNextSentence = [&]() -> const QString & {
        if (extended.isNull()) {
            extended = t;
            const qsizetype next = &unit - text.units().constData() + 1;
            if (next < text.units().size() && text.units().at(next).segment == unit.segment &&
                text.units().at(next).cell == unit.cell)
                extended += QLatin1Char(' ') + text.unitText(text.units().at(next));
        }
        return extended;
    };
    QList<Hit> hits;
    for (int r = 0; r < rules.size(); ++r) {
        const Rule &rule = rules.at(r);
        if (suppressed[size_t(r)] || !candidates[size_t(r)][size_t(unitIndex)])
            continue;
        if (!((chinese && rule.languages.contains(QLatin1String("zh"))) ||
              (english && rule.languages.contains(QLatin1String("en")))))
            continue;
        if (rule.sectionRequires.isValid() && !rule.sectionRequires.pattern().isEmpty() &&
            !rule.sectionRequires.match(segment.sectionTitle).hasMatch())
            continue;
        if (rule.sectionExcludes.isValid() && !rule.sectionExcludes.pattern().isEmpty() &&
            rule.sectionExcludes.match(segment.sectionTitle).hasMatch())
            continue;
        if (!rule.requirements.isEmpty()) {
            bool ok = false;
            for (const QRegularExpression &re : rule.requirements)
                ok = ok || re.match(t).hasMatch() || re.match(context).hasMatch();
            if (!ok)
                continue;
        }
        if (rule.criticalTier >= 0) {
            const bool critical = !unit.tier.isEmpty() && TierContext::isCriticalTier(unit.tier);
            if (critical != (rule.criticalTier == 1))
                continue;
        }
        for (const QRegularExpression &re : rule.patterns) {
            auto it = re.globalMatch(t);
            while (it.hasNext()) {
                const auto m = it.next();
                const int s = int(m.capturedStart());
                const int e = int(m.capturedEnd());
                if (e <= s)
                    continue;
                const auto clause = TermExtractor::clauseAround(t, s);
                // A sentence's exceptions count from the part the match is in to its end: "A 区 7×24（含法定
                // 节假日）；B 区 5×8（工作日 9:00-17:00）" says nothing of B's holidays. (A cell holds sentences:
                // "本项目不转包。对于…，由我司合作伙伴提供技术支持。")
                int partStart = s;
                while (partStart > 0 && t.at(partStart - 1) != QLatin1Char(';') &&
                       t.at(partStart - 1) != QChar(0xFF1B) && t.at(partStart - 1) != QChar(0x3002))
                    --partStart;
                const QString scope = rule.exceptionScope == QLatin1String("sentence")
                                          ? t.mid(partStart)
                                          : t.mid(clause.first, qMax(clause.second, e) - clause.first);
                bool skip = false;
                for (const QRegularExpression &ex : rule.exceptions)
                    skip = skip || ex.match(scope).hasMatch();
                for (const NearbyCondition &near : rule.absentNearby) {
                    // The window runs on into the paragraph's next sentence ("Veltrana may increase the
                    // Fees ... . No increase will exceed 4 percent").
                    const QString &around = e + near.within > t.size() ? withNextSentence() : t;
                    const int from = qMax(0, s - near.within);
                    const QString window = around.mid(from, e + near.within - from);
                    skip = skip || near.pattern.match(window).hasMatch();
                }
                // A question ("Do you use refurbished parts?", FAQ headings) asks; the answer commits.
                if (!skip) {
                    static const QRegularExpression question(
                        QStringLiteral(
                            R"(^\W*(?:do|does|did|are|is|can|could|will|would|what|which|how|who|where|when|why)\b[^.!;]*\?\W*$)"),
                        QRegularExpression::CaseInsensitiveOption);
                    // "**Q4：会用翻新件吗？**" in a FAQ asks the same way.
                    static const QRegularExpression chineseQuestion(QStringLiteral(
                        R"((?:吗|呢|什么|哪|怎么|如何|为什么|是否|能否|可否|有没有|能不能|会不会|多久|多快|多长|几)[^\x{4e00}-\x{9fff}]*$)"));
                    skip = AnalysisText::endsWithQuestionMark(t) &&
                           (question.match(t).hasMatch() || chineseQuestion.match(t).hasMatch());
                }
                if (!skip && rule.notNegated)
                    skip = TermExtractor::isNegated(t, s);
                if (!skip)
                    skip = isStruckWording(t, s, e) || isDefinedTermHead(segment, unit, e);
                // A plan named for its day ("Next Business Day Onsite") promises nothing by its name.
                if (!skip && rule.category == QLatin1String("day_basis"))
                    skip = insideTierName(text.tiers(), t, s, e) || namesAServiceProduct(text.tiers(), segment, unit);
                // ... nor does one named for a boast ("无忧增强版", "Premier Elite"): the claim is the product's name.
                if (!skip && rule.category == QLatin1String("marketing_claim"))
                    skip = insideTierName(text.tiers(), t, s, e);
                if (!skip && rule.referenceNotAttached)
                    skip = referenceAttached(text, m.captured(QStringLiteral("ref")), unit.segment);
                if (skip)
                    continue;
                Hit hit{r, s, e, s, e};
                if (rule.quote == QLatin1String("sentence")) {
                    hit.quoteStart = 0;
                    hit.quoteEnd = int(t.size());
                } else if (rule.quote == QLatin1String("clause")) {
                    hit.quoteStart = clause.first;
                    hit.quoteEnd = qMax(clause.second, e);
                } else if (rule.quote == QLatin1String("phrase")) {
                    const auto phrase = phraseAround(t, s, e);
                    hit.quoteStart = phrase.first;
                    hit.quoteEnd = phrase.second;
                }
                hits << hit;
            }
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.quoteStart != b.quoteStart ? a.quoteStart < b.quoteStart : a.rule < b.rule;
    });
    // Hits of one category that overlap or sit within a few characters read as one clause.
    QList<Hit> merged;
    for (const Hit &hit : hits) {
        bool absorbed = false;
        for (Hit &m : merged) {
            if (rules.at(m.rule).category != rules.at(hit.rule).category)
                continue;
            // Another mention of the same risk in the sentence adds nothing (but a longer match of the same words
            // widens the quote: "全新件或原厂认证翻新件，具体由出租方确定" over "翻新件").
            if (hit.rule == m.rule && rules.at(hit.rule).oncePerSentence) {
                if (hit.start < m.end && hit.end > m.start) {
                    m.start = qMin(m.start, hit.start);
                    m.end = qMax(m.end, hit.end);
                    m.quoteStart = qMin(m.quoteStart, hit.quoteStart);
                    m.quoteEnd = qMax(m.quoteEnd, hit.quoteEnd);
                }
                absorbed = true;
                break;
            }
            // Hits close together in one clause read as one phrase ("第一时间…及时排除"); across a
            // comma only hits of the same rule ("十年老店，值得信赖").
            const auto clause = TermExtractor::clauseAround(t, m.start);
            const bool sameClause = hit.start >= clause.first && hit.start <= clause.second;
            const bool adjacent = hit.rule == m.rule && ((hit.start >= m.end && hit.start - m.end <= 2) ||
                                                         rules.at(hit.rule).quote == QLatin1String("sentence"));
            const bool overlapping = hit.start < m.end && hit.end > m.start;
            // "原厂新件或翻新件，由我司酌情选用": the grade and who picks it are one parts clause, also past the
            // grade's gloss ("认证翻新件（Certified Refurbished），具体由我司酌情决定").
            static const QRegularExpression comma(QStringLiteral(
                R"(^\s*(?:[（(][^（()）]{1,40}[）)])?\s*[，,]\s*(?:具体[^，,。；;]{0,4}|均|并|且)?\s*$)"));
            const bool partsAcrossComma = rules.at(hit.rule).category == QLatin1String("parts_quality") &&
                                          hit.start >= m.end && comma.match(t.mid(m.end, hit.start - m.end)).hasMatch();
            // "由我司自行决定采用原厂新件或经检测合格的翻新件": one clause, one statement of the parts; "make
            // their best efforts to dispatch the engineer as expeditiously as possible": one vague promise.
            const QString &category = rules.at(hit.rule).category;
            const bool partsInClause =
                (category == QLatin1String("parts_quality") || category == QLatin1String("vague_wording")) &&
                sameClause;
            // "on a reasonable endeavours basis, subject to parts availability": one hedged promise across the comma
            // (but "as soon as practicable, normally the next business day" are two).
            const bool hedgesAcrossComma =
                category == QLatin1String("vague_wording") && hit.start >= m.end && hit.start - m.end <= 12 &&
                englishGap(t.mid(m.end, hit.start - m.end)) &&
                t.mid(hit.start, 10).startsWith(QLatin1String("subject to"), Qt::CaseInsensitive);
            if ((sameClause && hit.start <= m.end + 12 && hit.end >= m.start - 12) || adjacent || overlapping ||
                partsAcrossComma || partsInClause || hedgesAcrossComma) {
                m.start = qMin(m.start, hit.start);
                m.end = qMax(m.end, hit.end);
                m.quoteStart = qMin(m.quoteStart, hit.quoteStart);
                m.quoteEnd = qMax(m.quoteEnd, hit.quoteEnd);
                if (rules.at(hit.rule).severity > rules.at(m.rule).severity)
                    m.rule = hit.rule;
                absorbed = true;
                break;
            }
        }
        if (!absorbed)
            merged << hit;
    }
    // Two risks of one category in the same phrase are two findings: they quote their own words.
    for (Hit &hit : merged) {
        for (const Hit &other : std::as_const(merged)) {
            if (&other != &hit && rules.at(other.rule).category == rules.at(hit.rule).category &&
                other.quoteStart == hit.quoteStart && other.quoteEnd == hit.quoteEnd) {
                hit.quoteStart = hit.start;
                hit.quoteEnd = hit.end;
                break;
            }
        }
    }
    for (const Hit &hit : merged) {
        const Rule &rule = rules.at(hit.rule);
        Finding finding;
        finding.category = rule.category;
        finding.ruleId = rule.id;
        finding.severity = rule.severity;
        finding.evidence = text.evidence(unit.segment, unit.start + hit.quoteStart, unit.start + hit.quoteEnd);
        finding.explanation = rule.explanation.in(language);
        finding.suggestion = rule.suggestion.in(language);
        // The same phrase repeated in the cells of one table is one finding; in separate paragraphs
        // it is said twice.
        const QString place = segment.source.kind == TextSegment::Kind::TableRow
                                  ? QStringLiteral("t%1").arg(segment.source.table)
                                  : QStringLiteral("s%1").arg(unit.segment);
        const QString key = finding.category + QLatin1Char('|') + QString::number(finding.evidence.page) +
                            QLatin1Char('|') + compact(finding.evidence.quote) + QLatin1Char('|') + place;
        out->push_back(Candidate{key, finding});
    }
}

} // namespace

RuleMatcher::RuleMatcher(const QList<Rule> &rules, QString explanationLanguage)
    : m_language(std::move(explanationLanguage))
{
    for (const Rule &rule : rules) {
        if (!rule.documentLevel)
            m_rules << rule;
    }
}

QList<Finding> RuleMatcher::match(const AnalysisText &text) const
{
    // Per rule, on the cores: its document-wide conditions (decided once), then one pass per pattern
    // over the whole document to find the units worth a closer look; matching every pattern against
    // every sentence costs far more in call overhead than in scanning.
    const int unitCount = int(text.units().size());
    std::vector<char> suppressed(size_t(m_rules.size()), 0);
    std::vector<std::vector<bool>> candidates(size_t(m_rules.size()));
    // Most patterns hit nothing in a given document; the literals they require tell most of them
    // apart for the price of one cheap pass over the text.
    const LiteralIndex literals(text.joinedUnits());
    DocumentConditions documentConditions(m_rules, text);
    ParallelTasks::run(int(m_rules.size()), [&](int r) {
        const Rule &rule = m_rules.at(r);
        // A rule runs only on units in its script; with no such unit in the document (an English
        // proposal and a zh rule) it cannot fire, so its passes are skipped.
        if (!((text.hasChinese() && rule.languages.contains(QLatin1String("zh"))) ||
              (text.hasEnglish() && rule.languages.contains(QLatin1String("en"))))) {
            suppressed[size_t(r)] = 1;
            return;
        }
        // Patterns whose required literals are absent cannot match; with none left the rule cannot
        // fire, which is what suppressing it means.
        const bool prefiltered = rule.patternLiterals.size() == rule.patterns.size();
        std::vector<char> possible(size_t(rule.patterns.size()), 1);
        bool anyPossible = false;
        for (int p = 0; p < rule.patterns.size(); ++p) {
            possible[size_t(p)] = !prefiltered || literals.mayMatch(rule.patternLiterals.at(p));
            anyPossible = anyPossible || possible[size_t(p)];
        }
        if (!anyPossible) {
            suppressed[size_t(r)] = 1;
            return;
        }
        const auto matched = [&](const QList<QRegularExpression> &patterns) {
            return std::any_of(patterns.cbegin(), patterns.cend(),
                               [&](const QRegularExpression &re) { return documentConditions.matches(re); });
        };
        if (matched(rule.unlessDocument) && !matched(rule.despiteDocument)) {
            suppressed[size_t(r)] = 1;
            return;
        }
        std::vector<bool> &hits = candidates[size_t(r)];
        hits.assign(size_t(unitCount), false);
        for (int p = 0; p < rule.patterns.size(); ++p) {
            if (!possible[size_t(p)])
                continue;
            for (int u : text.unitsMatching(rule.patterns.at(p)))
                hits[size_t(u)] = true;
        }
    });

    // Units are independent up to the final de-duplication: each chunk of units collects its
    // findings (with their de-duplication keys) on its own, and the chunks are merged in order.
    const int chunks = qMin(unitCount, 64);
    std::vector<std::vector<Candidate>> found(static_cast<size_t>(chunks));
    ParallelTasks::run(chunks, [&](int chunk) {
        for (int unitIndex = ParallelTasks::chunkBound(unitCount, chunks, chunk);
             unitIndex < ParallelTasks::chunkBound(unitCount, chunks, chunk + 1); ++unitIndex)
            matchUnit(m_rules, m_language, text, unitIndex, suppressed, candidates, &found[size_t(chunk)]);
    });
    QList<Finding> findings;
    QSet<QString> seen;
    for (const std::vector<Candidate> &chunk : found) {
        for (const Candidate &candidate : chunk) {
            if (seen.contains(candidate.key))
                continue;
            seen.insert(candidate.key);
            findings << candidate.finding;
        }
    }
    return findings;
}

} // namespace tw::analysis
