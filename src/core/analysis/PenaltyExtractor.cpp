#include "PenaltyExtractor.h"

#include "Currencies.h"

#include "GatedMatch.h"
#include "PriorityParser.h"

namespace tw::analysis {

namespace {

const QRegularExpression &penaltyCue()
{
    static const QRegularExpression re = TermExtractor::pattern(QStringLiteral(
        R"(扣减|核减|扣除|扣罚|扣款|抵减|扣(?=\s*\d)|扣(?=(?:当年|当月|年度|月度|季度)?(?:的)?(?:服务费|维保费|合同款|费用)\s*(?:的)?\s*\d)|罚款|罚金|违约金|赔偿|赔付|补偿|返还|减免|抵扣|服务积分|服务信用|service credits?|\bcredits?\b|rebate|refund|penalt\w*|liquidated damages|deduct\w*|fee reduction|discount|disincentive|\breduction of \d+(?:\.\d+)?\s*%|)"
        // "the Service Fee … shall be reduced by five percent (5%) per occurrence": a reduction of the fee.
        R"(\b(?:shall|will) be reduced by\b|)"
        // "5 % of the monthly fee for each commenced hour of delay": a percentage of a fee per unit of delay.
        R"(\b(?:for|per) (?:each |every )?(?:commenced |started |begun |full |part(?:ial)? )?(?:hour|day|business day|week) of (?:delay|lateness|overrun|downtime|unavailability)\b|)"
        // "YER 150,000 for each missed P1 on-site time": a sum for each service level missed.
        R"(\b(?:for|per) (?:each |every )?(?:missed|late|breached) (?:P\d |priority \d |severity \d )?(?:on-?site|response|restoration|resolution|repair|attendance|arrival|fix)\b)"));
    return re;
}

const QRegularExpression &capCue()
{
    static const QRegularExpression re = TermExtractor::pattern(QStringLiteral(
        R"(上限|封顶|最高|不超过|最多|累计不超|为限|cap\b|capped|shall not exceed|not to exceed|will not exceed|maximum|up to a maximum|\bup to(?=\s*\d)|no more than|limited to|monthly cap|\bmax\.?(?=\s*\d))"));
    return re;
}

QString perOf(const QString &text)
{
    static const QRegularExpression hour = TermExtractor::pattern(QStringLiteral(
        R"(每超时\s*\d*\s*小时|每(?:超出|超过)[^，。；,\d]{0,8}\d*\s*(?:个)?小时|每(?:延迟|延误|超过|超|逾|累计满|累计|满)?\s*\d*\s*(?:个)?小时|per (?:full |started |commenced |begun |part(?:ial)? )?hour|for each (?:full |started |commenced )?hour|each (?:commenced )?hour|every (?:full |started |commenced )?hour|hour or part)"));
    static const QRegularExpression day = TermExtractor::pattern(QStringLiteral(
        R"(每(?:超时|延迟|逾)?\s*\d*\s*(?:个)?(?:工作日|天|日)|per (?:commenced |started |full |begun )?(?:business |working |calendar )?day|for each (?:commenced |started |full )?(?:business |working |calendar )?day|each (?:business |calendar )?day)"));
    static const QRegularExpression incident = TermExtractor::pattern(QStringLiteral(
        R"(每次|每起|每单|每例|每宗|每件|每个事件|每一事件|每发生\s*[1一]\s*次|每出现\s*[1一]\s*次|每\s*[1一]\s*次|每(?:超时|延误|迟到|逾时)\s*[1一]?\s*次|per (?:(?:service[- ]level|sla) )?(?:incident|breach|occurrence|event|failure|miss)|per missed|per late (?:attendance|arrival|response|visit|repair|incident)|for each (?:such )?(?:incident|breach|occurrence|failure|miss|case|ticket|service request)\b|for each (?:[\w-]+ ){0,3}(?:service )?calls?\b|per (?:failed |missed |late )?(?:service )?call\b|for each (?:missed |failed )?(?:target|commitment|service level|sla|response|attendance)s?(?: missed)?|each time|each (?:such )?(?:breach|incident|occurrence|missed))"));
    static const QRegularExpression point = TermExtractor::pattern(QStringLiteral(
        R"(每(?:低|下降)\s*[\d.]+\s*(?:个)?百分点|per [\d.]+\s*(?:percentage )?points?|for each [\d.]+\s*%)"));
    // "of the monthly fee" is the base of the credit, not how often it applies.
    static const QRegularExpression month =
        TermExtractor::pattern(QStringLiteral(R"(每月|per month|each month|monthly)"));
    if (hour.match(text).hasMatch()) {
        const QString business = text;
        if (business.contains(QLatin1String("business hour"), Qt::CaseInsensitive))
            return QStringLiteral("business_hour");
        return QStringLiteral("hour");
    }
    if (day.match(text).hasMatch()) {
        if (text.contains(QStringLiteral("工作日")) ||
            text.contains(QLatin1String("business day"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("working day"), Qt::CaseInsensitive))
            return QStringLiteral("business_day");
        return QStringLiteral("day");
    }
    if (point.match(text).hasMatch())
        return QStringLiteral("percentage_point");
    if (incident.match(text).hasMatch())
        return QStringLiteral("incident");
    if (month.match(text).hasMatch())
        return QStringLiteral("month");
    return QString();
}

// "以该设备年服务费的 30%为上限", "以当月服务费的15%为限", "20% is the maximum": the cap word after the
// percentage.
double capBefore(const QString &t, qsizetype from)
{
    static const QRegularExpression percentThenCap = TermExtractor::pattern(
        QStringLiteral(R"((\d+(?:\.\d+)?)\s*%\s*(?:为|作为|is the)?\s*(?:上限|封顶|限|cap\b|maximum))"));
    const auto m = percentThenCap.match(t, from);
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

// A scheme of points ("每扣1分，扣减当季度服务费的1%；当季度累计扣款不超过当季度服务费的20%", "每扣1分扣减服务费500元，
// 从当季度服务费中扣除。每季度考核扣款累计不超过当季度服务费的10%"): the share of the fee, or the sum, one point costs
// and the cap (in the sentence of the conversion or the next); neither when the document converts no points.
struct PointRate
{
    double percent = 0;
    double amount = 0;
    QVariant cap;
    bool converts() const { return percent > 0 || amount > 0; }
};

PointRate pointRate(const QString &fullText)
{
    static const QRegularExpression conversion = TermExtractor::pattern(
        QStringLiteral(R"(每扣\s*[1一]\s*分[^。；;]{0,20}?(?:扣减|扣除|扣罚|扣款|折算为?|相当于|对应)[^。；;\d]{0,16}?)"
                       R"((?:(\d+(?:\.\d+)?)\s*%|(\d+(?:\.\d+)?)\s*元)([^。]{0,60}。?[^。]{0,60}))"));
    static const QRegularExpression capped = TermExtractor::pattern(
        QStringLiteral(R"((?:累计|最高|合计)[^。；;]{0,20}(?:不超过|不得超过|以)[^。；;\d]{0,16}(\d+(?:\.\d+)?)\s*%)"));
    PointRate rate;
    const auto m = conversion.match(fullText);
    if (!m.hasMatch())
        return rate;
    rate.percent = m.captured(1).toDouble();
    rate.amount = m.captured(2).toDouble();
    if (const auto c = capped.match(m.captured(3)); c.hasMatch())
        rate.cap = c.captured(1).toDouble();
    return rate;
}

// The caps a credit's paragraph sets tier by tier after the credit: clauses each naming one tier, a cap word and a
// percentage ("专业版累计赔付上限为当月服务费的 10%，尊享版累计赔付上限为当月服务费的 30%").
QList<QPair<QString, double>> capsByTier(const AnalysisText &text, const TextUnit &unit)
{
    static const QRegularExpression percent(QStringLiteral(R"((\d+(?:\.\d+)?)\s*%)"));
    static const QRegularExpression clauseBreak(QStringLiteral("[，,；;。]"));
    const QString &paragraph = text.segments().at(unit.segment).norm.text;
    QList<QPair<QString, double>> caps;
    QStringList seen;
    // (Up to the end of the next sentence.)
    QString after = paragraph.mid(unit.end);
    const qsizetype stop = after.indexOf(QChar(0x3002), 1);
    if (stop > 0)
        after.truncate(stop);
    for (const QString &clause : after.split(clauseBreak)) {
        const QString tier = text.tiers().tierIn(clause);
        const auto pm = percent.match(clause);
        if (tier.isEmpty() || seen.contains(tier) || !pm.hasMatch() || !capCue().match(clause).hasMatch())
            continue;
        seen << tier;
        caps << qMakePair(tier, pm.captured(1).toDouble());
    }
    return caps;
}

// The one priority a cell left of @p unit in its row names ("On-Site Time (P1)"), or empty.
QString priorityBeside(const AnalysisText &text, const TextUnit &unit)
{
    const auto [first, end] = text.unitsOfSegment(unit.segment);
    for (int k = first; k < end; ++k) {
        const TextUnit &other = text.units().at(k);
        if (other.cell <= 0 || other.cell >= unit.cell)
            continue;
        const QStringList priorities =
            PriorityParser::prioritiesOf(text.tiers().maskPriorityLikeNames(text.unitText(other)));
        if (priorities.size() == 1)
            return priorities.first();
    }
    return QString();
}
} // namespace

bool PenaltyExtractor::mentionsPenalty(const QString &text) { return penaltyCue().match(text).hasMatch(); }

bool PenaltyExtractor::isCapRowLabel(const QString &rowLabel)
{
    return capCue().match(rowLabel).hasMatch() && penaltyCue().match(rowLabel).hasMatch();
}

bool PenaltyExtractor::inCreditSection(const AnalysisText &text, const TextUnit &unit)
{
    return unit.cell > 0 && penaltyCue().match(text.segments().at(unit.segment).sectionTitle).hasMatch();
}

bool PenaltyExtractor::isCapRow(const AnalysisText &text, const TextUnit &unit)
{
    return unit.cell > 0 &&
           (isCapRowLabel(unit.rowLabel) || (capCue().match(unit.rowLabel).hasMatch() && inCreditSection(text, unit)));
}

double PenaltyExtractor::standaloneCap(const QString &t)
{
    static const QRegularExpression percent = TermExtractor::pattern(QStringLiteral(R"((\d+(?:\.\d+)?)\s*%)"));
    const auto cap = capCue().match(t);
    if (!cap.hasMatch() || !penaltyCue().match(t).hasMatch())
        return -1;
    const double trailing = capBefore(t, 0);
    if (trailing > 0)
        return trailing;
    const auto pm = percent.match(t, cap.capturedStart());
    if (!pm.hasMatch() || pm.capturedStart() - cap.capturedEnd() > 40)
        return -1;
    return pm.captured(1).toDouble();
}

double PenaltyExtractor::capByDefinedTerm(const QString &t, const QString &fullText)
{
    static const QRegularExpression namedCap(QStringLiteral(
        R"(\b(?:not exceed|capped at|limited to|no more than|not more than)\s+(?:the\s+)?((?:[A-Z][\w'’]*[- ]){0,3}(?:Amount|Cap|Limit|Maximum|Percentage)\b))"));
    const auto named = namedCap.match(t);
    if (!named.hasMatch() || !penaltyCue().match(t).hasMatch())
        return -1;
    const QRegularExpression definition(QStringLiteral(R"([“"]%1[”"]\s+means\b[^;\n]{0,160}?(\d+(?:\.\d+)?)\s*%)")
                                            .arg(QRegularExpression::escape(named.captured(1))));
    const auto m = definition.match(fullText);
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

QRegularExpression PenaltyExtractor::trigger() const
{
    static const QRegularExpression re = pattern(
        QStringLiteral(R"(%|percent|扣|credit|rebate|refund|penalt|赔偿|赔付|补偿|违约|deduct|罚|返还|减免|discount)"));
    return re;
}

void PenaltyExtractor::extract(const AnalysisText &text, const TextUnit &unit, QList<SlaTerm> *terms) const
{
    static const QRegularExpression percent = pattern(QStringLiteral(R"((\d+(?:\.\d+)?)\s*%)"));
    static const QRegularExpression priceContext = pattern(QStringLiteral(
        R"(增值税|\bVAT\b|税率|涨幅|上调|price increase|annual increase|increase|adjust|discount|折扣|availability|可用率|uptime|liabilit|interest|利息|滞纳|late payment)"));
    const QString t = text.unitText(unit);
    const QStringView folded = text.foldedUnitText(unit);
    const bool cell = unit.cell >= 0;
    // A cap column ("Monthly cap") or a cap row under the credits ("Maximum Service Credits in any month | 20%")
    // bounds the credits; it is none of its own.
    const bool capColumn = cell && (capCue().match(unit.columnHeader).hasMatch() || isCapRow(text, unit));
    // A list item under "the Supplier will issue a credit … according to the following table:" is one.
    const QString leadIn = cell ? QString() : text.listLeadIn(unit.segment);
    const bool listedCredit = !leadIn.isEmpty() && penaltyCue().match(leadIn).hasMatch();
    const bool ownCue = gatedMatch(penaltyCue(), t, folded).hasMatch();
    const bool listedOnly = listedCredit && !ownCue;
    // (A cell of a table under "Service Credits" is a credit by its section: "Reaction Time exceeded | 5 % of the
    // Monthly Fee".)
    const bool cueHere = ownCue || listedCredit ||
                         (cell && (penaltyCue().match(unit.columnHeader).hasMatch() ||
                                   penaltyCue().match(unit.rowLabel).hasMatch() || inCreditSection(text, unit)));
    if (!cueHere || capColumn)
        return;
    // Points deducted for a missed time ("到场超时 | 每超时1小时扣2分") cost the share of the fee the document
    // gives a point; the conversion itself is no credit.
    static const QRegularExpression points = pattern(QStringLiteral(R"(扣\s*(\d+(?:\.\d+)?)\s*分(?!钟))"));
    static const QRegularExpression conversionCue = pattern(QStringLiteral(R"(每扣\s*[1一]\s*分)"));
    static const QRegularExpression missedTime = pattern(QStringLiteral(R"(超时|逾时|响应|到场|修复|恢复)"));
    if (const auto pm = points.match(t); pm.hasMatch() || conversionCue.match(t).hasMatch()) {
        const PointRate rate = pointRate(text.fullText());
        if (rate.converts()) {
            if (!pm.hasMatch() || conversionCue.match(t).hasMatch() ||
                !missedTime.match(t + QLatin1Char(' ') + unit.rowLabel).hasMatch())
                return;
            SlaTerm term =
                makeTerm(QStringLiteral("penalty"), text, unit, int(pm.capturedStart()), int(pm.capturedEnd()));
            // (A sum per point is a money credit: no share of the fee.)
            if (rate.percent > 0)
                term.values.insert(QStringLiteral("percent"), pm.captured(1).toDouble() * rate.percent);
            const QString per = perOf(t);
            term.values.insert(QStringLiteral("per"), per.isEmpty() ? QVariant() : QVariant(per));
            term.values.insert(QStringLiteral("cap_percent"), rate.cap);
            terms->append(term);
            return;
        }
    }
    auto it = percent.globalMatch(t);
    int nextSentence = 0; // where a further credit may start: after the sentence of the one read
    while (it.hasNext()) {
        const auto m = it.next();
        const int at = int(m.capturedStart());
        if (at < nextSentence)
            continue;
        const QString before = t.mid(qMax(0, at - 24), qMin(at, 24));
        static const QRegularExpression capAfter(QStringLiteral(R"(^\s*(?:为|作为)?\s*(?:上限|封顶|限))"));
        if (capCue().match(before).hasMatch() || capAfter.match(QStringView(t).mid(m.capturedEnd(), 8)).hasMatch())
            continue; // a cap, not the credit itself
        // "机柜电力可用性低于 99.99%的，每发生1次…": the level missed, not the credit.
        static const QRegularExpression levelMissed =
            pattern(QStringLiteral(R"((?:可用性|可用率|可用度|availability|uptime)[^%，,。；;]{0,12}$)"));
        if (levelMissed.match(before).hasMatch())
            continue;
        const auto clause = clauseAround(t, at);
        const QString clauseText = t.mid(clause.first, clause.second - clause.first);
        if (priceContext.match(clauseText).hasMatch() && !penaltyCue().match(clauseText).hasMatch())
            continue;
        // Interest the customer owes on a late payment ("late payments accrue a penalty interest of 1.5% per month")
        // is no service credit, whatever it is called.
        static const QRegularExpression paymentInterest = pattern(QStringLiteral(
            R"(\blate payments?\b|\boverdue (?:amounts?|invoices?|payments?)\b|\b(?:penalty|default) interest\b|逾期付款|滞纳金|逾期金额|向乙方支付|支付给乙方)"));
        if (paymentInterest.match(clauseText).hasMatch())
            continue;
        const double value = m.captured(1).toDouble();
        if (value <= 0 || value > 100)
            continue;
        // "From 99.95% to 98.3% : 50% of the monthly Service Fees": the band's bounds are availability.
        static const QRegularExpression ofFee = pattern(
            QStringLiteral(R"(^\s*[)）]?\s*(?:of|off)\b|^\s*(?:的)?(?:月|年|当月|当季)?(?:服务费|维保费|费用))"));
        if (listedOnly && !ofFee.match(QStringView(t).mid(m.capturedEnd(), 24)).hasMatch())
            continue;
        SlaTerm term = makeTerm(QStringLiteral("penalty"), text, unit, cell ? 0 : clause.first,
                                cell ? int(t.size()) : clause.second);
        term.values.insert(QStringLiteral("percent"), value);
        // A credits table names the missed level beside the credit: "Gold | On-Site Time (P1) | 3% of …".
        if (cell && term.priority.isEmpty())
            term.priority = priorityBeside(text, unit);
        // A credit cell says how much; its column may say how often ("Credit per missed service level"),
        // which the cell's base ("5% of the Monthly Fee") does not override.
        QString per = cell ? perOf(unit.columnHeader) : QString();
        // (... then its row: "Reaction Time exceeded (per incident) | 5 % of the Monthly Fee".)
        if (per.isEmpty() && cell)
            per = perOf(unit.rowLabel);
        if (per.isEmpty())
            per = perOf(t);
        // (... or the end of the paragraph over the table, its caption or lead-in: "… for each such Service Level
        // Failure. Table 3 – Service Credits (percentage of the Monthly Service Charges per Service Level Failure)".)
        const int header = cell ? text.segments().at(unit.segment).source.headerSegment : -1;
        if (per.isEmpty() && header > 0 && header < text.segments().size() &&
            text.segments().at(header - 1).source.kind == TextSegment::Kind::Paragraph)
            per = perOf(text.segments().at(header - 1).norm.text.right(200));
        term.values.insert(QStringLiteral("per"), per.isEmpty() ? QVariant() : QVariant(per));
        // The cap: later in the same unit, or in the row's cap column (filled in by the analyzer).
        QVariant cap;
        auto cm = capCue().match(t, m.capturedEnd());
        if (cm.hasMatch()) {
            const double trailing = capBefore(t, m.capturedEnd());
            const auto pm = percent.match(t, cm.capturedEnd());
            if (trailing > 0)
                cap = trailing;
            else if (pm.hasMatch() && pm.capturedStart() - cm.capturedEnd() < 40)
                cap = pm.captured(1).toDouble();
        }
        term.values.insert(QStringLiteral("cap_percent"), cap);
        // One rate and a cap per tier ("每超时1小时，按当月服务费的5%赔付；专业版累计赔付上限为…10%，尊享版…30%"):
        // a credit of each tier.
        const QList<QPair<QString, double>> caps =
            unit.tier.isEmpty() && !cell ? capsByTier(text, unit) : QList<QPair<QString, double>>();
        if (caps.size() >= 2) {
            for (const auto &[tier, tierCap] : caps) {
                SlaTerm tiered = term;
                tiered.tier = tier;
                tiered.values.insert(QStringLiteral("cap_percent"), tierCap);
                terms->append(tiered);
            }
            return;
        }
        terms->append(term);
        // A second credit in a sentence of its own ("…到场每超时 1 小时按合同总价的 0.5‰…；修复超时的，每超时 1 小时按
        // 合同总价的 1‰…") is read too.
        static const QRegularExpression sentenceEnd(QStringLiteral(R"([；;。])"));
        const qsizetype end = t.indexOf(sentenceEnd, m.capturedEnd());
        if (end < 0)
            return;
        nextSentence = int(end) + 1;
    }
    if (nextSentence > 0)
        return;
    // A money credit per incident ("SGD 200 per incident, up to a maximum of 10% of the monthly fee", "R1 500,00
    // per failed call").
    // (In any currency the commercial terms read: "GEL 150 per late incident", "₼250.00 per incident", "L 5,000.00
    // per missed on-site commitment".)
    static const QRegularExpression money = pattern(QStringLiteral(R"((?:)") + creditSignsBefore() +
                                                    QStringLiteral(R"()\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:)") +
                                                    creditSignsAfter() + QStringLiteral(R"())"));
    const auto mm = gatedMatch(money, t, folded);
    // A cell under a "Credit" column says it is a credit by its header.
    // (So does one whose row is about damages: "Liquidated damages shall apply … | Y | SGD 300 per breach".)
    const bool creditCell = unit.cell > 0 && (penaltyCue().match(unit.columnHeader).hasMatch() ||
                                              penaltyCue().match(unit.rowLabel).hasMatch());
    if (!mm.hasMatch() || (!gatedMatch(penaltyCue(), t, folded).hasMatch() && !creditCell))
        return;
    const QString per = perOf(t);
    if (per.isEmpty())
        return;
    SlaTerm term = makeTerm(QStringLiteral("penalty"), text, unit, int(mm.capturedStart()), int(mm.capturedEnd()));
    term.values.insert(QStringLiteral("per"), per);
    QVariant cap;
    const auto cm = capCue().match(t, mm.capturedEnd());
    if (cm.hasMatch()) {
        const auto pm = percent.match(t, cm.capturedEnd());
        if (pm.hasMatch() && pm.capturedStart() - cm.capturedEnd() < 40)
            cap = pm.captured(1).toDouble();
    }
    // ... and its cap may stand in the row's "Cap" / "Maximum" cell.
    if (cap.isNull() && creditCell) {
        const auto [first, end] = text.unitsOfSegment(unit.segment); // the row's cells
        for (int k = first; k < end; ++k) {
            const TextUnit &other = text.units().at(k);
            if (&other == &unit || !capCue().match(other.columnHeader).hasMatch())
                continue;
            const auto pm = percent.match(text.unitText(other));
            if (pm.hasMatch())
                cap = pm.captured(1).toDouble();
        }
    }
    term.values.insert(QStringLiteral("cap_percent"), cap);
    terms->append(term);
}

} // namespace tw::analysis
