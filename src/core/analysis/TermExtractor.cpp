#include "TermExtractor.h"

#include "PriorityParser.h"

#include <algorithm>

namespace tw::analysis {

SlaTerm TermExtractor::makeTerm(const QString &key, const AnalysisText &text, const TextUnit &unit, int from, int to)
{
    SlaTerm term;
    term.key = key;
    term.tier = unit.tier;
    term.evidence = text.evidence(unit.segment, unit.start + from, unit.start + to);
    // A tier in brackets right after the value is the value's: "within 30 minutes (Category A) or within 2
    // Business Hours (Category B)".
    const QString t = text.unitText(unit);
    const QString labelTier = bracketedTierAfter(text, t, to);
    if (!labelTier.isEmpty()) {
        term.tier = labelTier;
    } else if (unit.cell < 0 || (unit.tier.isEmpty() && t.size() > 40)) {
        // The clause names the tier more precisely than its sentence ("核心生产 7x24，一般生产 5x8"); a
        // clause naming several ("核心生产与一般生产均为 7x24") applies to each (the analyzer splits it).
        // (So it does in a table cell that is a sentence, as a compliance matrix's requirement.)
        const auto clause = clauseAround(t, qBound(0, from, int(t.size())));
        const QStringList tiers = text.tiers().tiersIn(t.mid(clause.first, clause.second - clause.first));
        const QStringList before = tiers.isEmpty() ? text.tiers().tiersIn(t.left(clause.first)) : QStringList();
        // "… for the Priority Systems, and shall hold all other parts at its central distribution centre": the
        // clause speaks of what the tier named before it does not get.
        static const QRegularExpression allOther = pattern(QStringLiteral(R"(\ball other\b|其余)"));
        if (tiers.isEmpty() && !before.isEmpty() && clause.first > 0 &&
            allOther.match(QStringView(t).mid(clause.first, clause.second - clause.first)).hasMatch())
            term.tier.clear();
        else if (tiers.size() == 1)
            term.tier = tiers.first();
        else if (tiers.size() > 1)
            term.values.insert(QStringLiteral("_tiers"), tiers);
        else if (before.size() > 1 && text.tiers().tiersIn(t.mid(clause.second)).isEmpty())
            term.values.insert(QStringLiteral("_tiers"), before); // "Classes A and B: new parts only"
        else if (unit.baseTiers.size() > 1 && before.isEmpty() && text.tiers().tiersIn(t).isEmpty())
            term.values.insert(QStringLiteral("_tiers"), unit.baseTiers); // "On A and B, ... . Parts ..."
        else if (term.tier != unit.baseTier && before.isEmpty())
            term.tier = unit.baseTier; // the sentence names its tier only after this clause
    }
    // "各服务等级均于下一个工作日内答复", "for all service levels": a term said for every tier is none's.
    static const QRegularExpression everyTier = pattern(QStringLiteral(
        R"((?:各|所有|全部)(?:服务)?(?:等级|级别|档次)(?:均|都|一律)|\b(?:all|every|each) (?:service )?(?:levels|tiers|plans)\b)"));
    if (everyTier.match(t).hasMatch() && text.tiers().tiersIn(t).isEmpty()) {
        term.tier.clear();
        term.values.remove(QStringLiteral("_tiers"));
    }
    // A priority the row or sentence names once ("For Mission Critical Severity 1 incidents ..."). Only times,
    // penalties, coverage windows and parts sent ahead are set per priority; a parts store or a price in a
    // sentence that also names one ("设立本地备件库，…，一级故障实行备件先行") is the tier's.
    if (!carriesPriority(key))
        return term;
    QStringList priorities = unit.priorities;
    if (priorities.isEmpty())
        priorities = PriorityParser::prioritiesOf(text.tiers().maskPriorityLikeNames(t));
    if (priorities.size() == 1)
        term.priority = priorities.first();
    return term;
}

bool TermExtractor::carriesPriority(const QString &key)
{
    static const QSet<QString> keys{QStringLiteral("response_time"),   QStringLiteral("onsite_time"),
                                    QStringLiteral("resolution_time"), QStringLiteral("penalty"),
                                    QStringLiteral("coverage"),        QStringLiteral("parts_dispatch_first")};
    return keys.contains(key);
}

QRegularExpression TermExtractor::pattern(const QString &source)
{
    QRegularExpression re(source, QRegularExpression::CaseInsensitiveOption);
    re.optimize();
    return re;
}

QString TermExtractor::bracketedTierAfter(const AnalysisText &text, const QString &unitText, int at)
{
    // (A remark in brackets, "(C类按次另算，不含在内)", is no label: a label has no clauses.)
    static const QRegularExpression bracketed(QStringLiteral(R"(^\s*[(（]\s*([^()（）,，;；]{1,40})[)）])"));
    const auto label = bracketed.match(QStringView(unitText).mid(qBound(0, at, int(unitText.size())), 48));
    const QStringList tiers = label.hasMatch() ? text.tiers().tiersIn(label.captured(1)) : QStringList();
    return tiers.size() == 1 ? tiers.first() : QString();
}

QPair<int, int> TermExtractor::clauseAround(const QString &unitText, int at)
{
    static const QString breaks = QStringLiteral(",，;；。\t:：");
    int start = at;
    while (start > 0 && !breaks.contains(unitText.at(start - 1)))
        --start;
    int end = at;
    while (end < unitText.size() && !breaks.contains(unitText.at(end)))
        ++end;
    return {start, end};
}

bool TermExtractor::isNegated(const QString &unitText, int at)
{
    static const QRegularExpression zh(QStringLiteral(
        R"((?:不|无(?!锡|论)|非(?!核心|关键|重要|生产|工作|标准|一般|紧急|业务|常规|营业|高峰)|未|禁止|杜绝|绝不|严禁)(?:使用|采用|提供|含|包含|包括|会使用|得使用|会|得|以|可)?)"));
    static const QRegularExpression en = pattern(QStringLiteral(
        R"(\b(?:no|not|never|without|neither|nor|none|excluding|except(?! that\b| where\b| when\b)|other than|instead of|rather than|prohibited|free of)\b|n't\b)"));
    const auto clause = clauseAround(unitText, at);
    // English negation may sit before a comma-separated list too, but not across a sentence.
    QString before = unitText.mid(clause.first, at - clause.first);
    // "I can't put a cap in writing - renewal pricing is subject to annual adjustment": a dash between
    // spaces starts a clause of its own.
    qsizetype dash = -1;
    for (const QString &mark : {QStringLiteral(" - "), QStringLiteral(" – "), QStringLiteral(" — ")})
        dash = std::max(dash, before.lastIndexOf(mark));
    if (dash >= 0)
        before = before.mid(dash + 3);
    // ... as in "does not install refurbished, used or third-party compatible parts": when the term is the
    // last item of a list ("used or …"), the negation before the list's first item covers it.
    QString listBefore = before;
    static const QRegularExpression lastItemHead(QStringLiteral(R"(^\s*(?:[\w-]+\s+(?:or|and|and/or|nor)\s+)?$)"));
    static const QRegularExpression middleItem(QStringLiteral(R"(^\s*[\w-]+(?:\s+[\w-]+)?\s*$)"));
    if (clause.first > 1 && unitText.at(clause.first - 1) == QLatin1Char(',') &&
        lastItemHead.match(unitText.mid(clause.first, at - clause.first)).hasMatch()) {
        static const QRegularExpression pieceStart(QStringLiteral(R"([,;:]|\.\s)"));
        int from = clause.first;
        for (int k = 0; k < 4 && from > 1 && unitText.at(from - 1) == QLatin1Char(','); ++k) {
            qsizetype previous = unitText.lastIndexOf(pieceStart, from - 2);
            previous = previous < 0 ? 0 : previous + 1;
            listBefore = unitText.mid(previous, at - previous);
            // Items between are a word or two ("refurbished, remanufactured, used or …"); the first piece
            // holds the verb and its negation.
            if (!middleItem.match(unitText.mid(previous, from - 1 - previous)).hasMatch())
                break;
            from = int(previous);
        }
    }
    if (zh.match(before).hasMatch()) {
        // "不少于", "不超过", "不低于" are bounds, not negations of what follows; "无法修复时提供备机" is a condition.
        static const QRegularExpression bound(QStringLiteral(
            R"(不(?:少于|低于|超过|高于|多于|迟于|晚于)|无需|无论|不论|(?:无法|不能|未能)(?:修复|恢复|解决|排除))"));
        QString stripped = before;
        stripped.remove(bound);
        // "未储备的备件由区域中心调拨": the negation describes the parts; the store after 由 supplies them.
        static const QRegularExpression newAgent(QStringLiteral(R"(的[^，。；,]{0,6}(?:由|从|经))"));
        QRegularExpressionMatch last;
        for (auto it = zh.globalMatch(stripped); it.hasNext();)
            last = it.next();
        if (last.hasMatch() && !newAgent.match(stripped.mid(last.capturedEnd())).hasMatch())
            return true;
    }
    // "Refurbished parts will not be installed", "不予使用": the negation follows.
    static const QRegularExpression after = pattern(QStringLiteral(
        R"(^[^.;。；]{0,60}?(?:\b(?:will|shall|are|is|be|must|may)\s+(?:not|never)\s+(?:be\s+)?(?:used|installed|supplied|fitted|provided|offered|included|acceptable|accepted|permitted|allowed)\b|\bare excluded\b|不予(?:使用|提供)|不会(?:被)?使用|不被使用|禁止使用|不包括在内|不在服务范围|(?:一律|均|概|全部|一概)(?:不用|不使用|不采用|禁用)))"));
    if (after.match(unitText.mid(at)).hasMatch())
        return true;
    // "Parts not held locally are shipped from our regional hub": the place after "from" supplies them.
    static const QRegularExpression newSource = pattern(QStringLiteral(
        R"(\b(?:are|is|will be|get|gets)\s+(?:shipped|sent|supplied|dispatched|sourced|delivered|drawn)\s+from\b)"));
    const QString &englishBefore = listBefore;
    auto m = en.match(englishBefore);
    while (m.hasMatch()) {
        // "not later than", "no more than", "no later than" bound a number.
        const QString tail = englishBefore.mid(m.capturedEnd(), 14).trimmed().toLower();
        if (!tail.startsWith(QLatin1String("later")) && !tail.startsWith(QLatin1String("more")) &&
            !tail.startsWith(QLatin1String("less")) && !tail.startsWith(QLatin1String("fewer")) &&
            !tail.startsWith(QLatin1String("longer")) &&
            !newSource.match(englishBefore.mid(m.capturedEnd())).hasMatch())
            return true;
        m = en.match(englishBefore, m.capturedEnd());
    }
    return false;
}

bool TermExtractor::isConditional(const QString &unitText, int at)
{
    static const QRegularExpression re = pattern(QStringLiteral(
        R"(如(?:客户|贵司|用户|需|果)|若|另行报价|另行收费|需另行|额外收费|可选|选购|\bif\b|\bunless\b|upon request|on request|optional|at (?:additional|extra) (?:cost|charge)|not included)"));
    const auto clause = clauseAround(unitText, at);
    return re.match(unitText.mid(clause.first, clause.second - clause.first)).hasMatch();
}

} // namespace tw::analysis
