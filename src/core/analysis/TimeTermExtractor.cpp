#include "TimeTermExtractor.h"

#include "DurationParser.h"
#include "PriorityParser.h"

#include <QHash>

#include <algorithm>

namespace tw::analysis {

namespace {

struct CuePattern
{
    TimeTermExtractor::Kind kind;
    QRegularExpression re;
};

const QList<CuePattern> &cuePatterns()
{
    using Kind = TimeTermExtractor::Kind;
    static const QList<CuePattern> patterns = {
        {Kind::Onsite,
         TermExtractor::pattern(QStringLiteral(
             R"(on[\s-]?site(?:\s+(?:(?:technician|engineer|hardware|field)\s+)?(?:response|attendance|arrival|support|service|time|visits?))?|\b(?:engineer|technician|site|field) visits?\b|\bvisits? (?:the )?(?:customer(?:'s)? )?(?:site|premises)\b|\b(?:technician|engineer)s?\b[^.;,]{0,40}\bat your (?:cabinet|rack|cage|site|premises|door)\b|\barriv\w*(?:\s+(?:on[\s-]?site|at (?:the )?(?:customer )?site))?|\battend(?:s|ed|ance)?\b|engineer (?:at|on) (?:the )?site|field (?:engineer )?(?:visit|dispatch)|(?:technicians?|engineers?) (?:will be |are |is )?dispatched|dispatch(?:es|ed)? (?:a |an )?(?:technician|engineer)|到场|到达(?:客户|贵司|机柜|设备)?现场|到[^，。；,\d]{0,4}机房|抵达(?:客户)?现场|上门|现场(?:服务|支持|响应|处理)|到现场|到达机房|工程师到达)"))},
        {Kind::Resolution,
         TermExtractor::pattern(QStringLiteral(
             R"(\bresolv\w*|\bresolution\b|\bMTTR\b|\brectif\w*|\brestor\w*|\brepair\w*|\b(?:hardware|component|disk|drive) replacement(?: time)?\b|\breplacement (?:windows?|times?)\b|call[\s-]to[\s-]repair|\bfix(?:ed|es)?\b|\brecover\w*|\bworkaround|\b(?:make|get|bring|have)s? (?:the )?(?:[\w()]+ ){0,3}(?:up and )?running\b|)"
             // "return Tier 1 servers to service within eight (8) clock hours".
             R"(\breturn(?:s|ed)?\b[^.;,]{0,60}?\bto service\b|\breturn[- ]to[- ]service\b|修复|解决|恢复|排除故障|故障排除|维修完成|完成维修|修好|处理完毕|完成(?:故障)?(?:部件|硬件|备件|配件)?更换|(?:硬件|备件|部件|配件)更换(?:时限|时间))"))},
        {Kind::Response, TermExtractor::pattern(QStringLiteral(
                             R"(\bresp\b\.?|\brespon\w*(?! to (?:the |this |your |our )?(?:RFP|RFQ|RFI|tender|bid|request for|enquiry|inquiry|questions?|addend))|\breaction times?\b|\breacts? within\b|\binitial (?:communication|contact|notification)\b|\backnowledg\w*|call[\s-]?back|calls? (?:you |the customer |customers )?back|\bcalls? (?:are |will be |is )?returned\b|\breturns? (?:your |the |all )?calls?\b|响应|回复|回应|回电|答复|接听|内回(?![复应])|之内回)"))},
    };
    return patterns;
}

// "7x24 小时" and "24 hours a day" are coverage, not a time to respond.
bool isCoverageDuration(const QString &text, const Duration &d)
{
    static const QRegularExpression before(QStringLiteral(R"(\d\s*[x*]\s*$|\d\s*/\s*$)"));
    static const QRegularExpression after = TermExtractor::pattern(
        QStringLiteral(R"(^\s*(?:a day|per day|each day|a week|per week|x\s*\d|/\s*(?:7|day|天)|每天|全天|\s*x))"));
    const QString head = text.mid(qMax(0, d.start - 4), d.start - qMax(0, d.start - 4));
    return before.match(head).hasMatch() || after.match(text.mid(d.end, 12)).hasMatch();
}

// "every 4 hours", "每 4 小时", "超过 1 小时", "at least 5 years", "within 30 days of the end of the
// month": periods, thresholds and notice periods rather than service levels; so is a rounding rule ("不足 1
// 小时按 1 小时计").
bool isExcludedDuration(const QString &text, const Duration &d)
{
    static const QRegularExpression before = TermExtractor::pattern(QStringLiteral(
        R"((?:every|each|per|at least|more than|over|exceed\w*|after|valid for|validity of|minimum(?: of)?|全年|全年度|每|每隔|超过|超时|每超|每(?:超出|超过)[^，。；,\d]{0,8}|超出(?:承诺|约定|规定)的?时(?:间|限)|不少于|至少|以上|提前|剩余|顺延|延后|推迟|不足|(?:合同|协议)(?:签订|签署|生效)后)\s*$)"));
    static const QRegularExpression after = TermExtractor::pattern(QStringLiteral(
        R"(^\s*(?:以上|以后|之后|后|前|计(?![算时])|(?:内|以内)?仍?(?:无法|不能|未能)(?:修复|恢复|解决|排除)|in advance|prior|before|notice|of the end|[- ]?increments?\b|blocks?\b|经验|的现场值守|of experience|experience|old|(?:measurement |rolling |review )?(?:period|window)\b|周期))"));
    const int from = qMax(0, d.start - 14);
    const QString head = text.mid(from, d.start - from);
    // "no more than thirty (30) minutes", "不超过 2 小时" bound a promise; "more than 4 hours" is a threshold.
    static const QRegularExpression bound = TermExtractor::pattern(QStringLiteral(
        R"((?:\bno|\bnot|\bnever)\s+(?:more|longer|later)\s+than\s*$|不超过\s*$|不多于\s*$|不迟于\s*$)"));
    if (bound.match(text.mid(qMax(0, d.start - 20), d.start - qMax(0, d.start - 20))).hasMatch())
        return after.match(text.mid(d.end, 16)).hasMatch();
    return before.match(head).hasMatch() || after.match(text.mid(d.end, 16)).hasMatch();
}

bool isClockStartReference(const QString &text, const TimeTermExtractor::Cue &cue)
{
    static const QRegularExpression zhAfter(QStringLiteral(R"(^\s*(?:后|之后|以后))"));
    static const QRegularExpression enAfter =
        TermExtractor::pattern(QStringLiteral(R"(\b(?:after|following|from)\s+(?:the\s+)?(?:\w+\s+){0,2}$)"));
    return zhAfter.match(text.mid(cue.end, 4)).hasMatch() ||
           enAfter.match(text.mid(qMax(0, cue.start - 30), cue.start - qMax(0, cue.start - 30))).hasMatch();
}

// The text between a cue and its time is only a label's colon, "within" or a number repeated in words:
// "Response: within 30 (thirty) minutes", "respond within two (2) Business Hours".
bool bindsToCueBefore(QStringView between)
{
    QStringView rest = between.trimmed();
    // (A metric written as a bound: "Response Time ≤ 15min", "Response time < 30 min".)
    for (const QLatin1String &time : {QLatin1String("times"), QLatin1String("time")}) {
        if (rest.startsWith(time, Qt::CaseInsensitive) &&
            (rest.size() == time.size() || !rest.at(time.size()).isLetter())) {
            rest = rest.mid(time.size()).trimmed();
            break;
        }
    }
    if (rest.startsWith(QLatin1Char(':')) || rest.startsWith(QChar(0xFF1A)))
        rest = rest.mid(1).trimmed();
    if (rest.startsWith(QLatin1String("<=")))
        rest = rest.mid(2).trimmed();
    else if (rest.startsWith(QChar(0x2264)) || rest.startsWith(QChar(0x2266)) || rest.startsWith(QLatin1Char('<')) ||
             rest.startsWith(QChar(0xFF1C)))
        rest = rest.mid(1).trimmed();
    static const QLatin1String words[] = {QLatin1String("no later than"), QLatin1String("not later than"),
                                          QLatin1String("within"), QLatin1String("inside"), QLatin1String("in")};
    for (const QLatin1String &word : words) {
        if (rest.startsWith(word, Qt::CaseInsensitive) &&
            (rest.size() == word.size() || !rest.at(word.size()).isLetter())) {
            rest = rest.mid(word.size()).trimmed();
            break;
        }
    }
    // "30 (" before "thirty) minutes".
    qsizetype digits = 0;
    while (digits < rest.size() && rest.at(digits).isDigit())
        ++digits;
    if (digits > 0) {
        QStringView after = rest.mid(digits).trimmed();
        if (after == QLatin1String("(") || after == QStringView(u"（"))
            rest = QStringView();
    }
    return rest.isEmpty();
}

// A label right after a cue: a colon within a few characters, before any digit or clause mark.
bool opensLabel(QStringView after)
{
    for (qsizetype i = 0; i < after.size() && i <= 12; ++i) {
        const QChar c = after.at(i);
        if (c == QLatin1Char(':') || c == QChar(0xFF1A))
            return true;
        if (c.isDigit() || QStringView(u",.;，。；").contains(c))
            return false;
    }
    return false;
}

// The kinds a table's slash-separated cells hold, in order, from its header, row label, section title or the
// paragraph introducing it ("shown as response / resolution", "Each cell shows the response time / the Restore
// time", "响应/修复时间"); for a list of priorities ("P1: 15 min / 2 h / 4 h"), from a paragraph a few lines above
// it ("Each line reads Response / On-site / Restore"). Two kinds to four, all different; none without such a legend.
QList<TimeTermExtractor::Kind> slashedKinds(const AnalysisText &text, const TextUnit &unit)
{
    using Kind = TimeTermExtractor::Kind;
    static const QString measure =
        QStringLiteral(R"((respon\w*|on[\s-]?site|resol\w*|restor\w*|repair|fix|响应|到场|修复|恢复))");
    static const QString next = QStringLiteral(R"((?:\s*(?:times?|时间))?\s*/\s*(?:the\s+)?)");
    static const QRegularExpression legend =
        TermExtractor::pattern(measure + next + measure + QStringLiteral("(?:") + next + measure +
                               QStringLiteral(")?(?:") + next + measure + QStringLiteral(")?"));
    QStringList places;
    if (unit.cell >= 0) {
        places << unit.columnHeader << unit.rowLabel << text.segments().at(unit.segment).sectionTitle;
        for (int paragraph : text.introductionOf(unit.segment))
            places << text.segments().at(paragraph).norm.text;
    } else if (!text.listLeadIn(unit.segment).isEmpty()) {
        const int section = text.segments().at(unit.segment).section;
        for (int back = unit.segment - 1; back >= 0 && back >= unit.segment - 12; --back) {
            const PreparedSegment &before = text.segments().at(back);
            if (before.source.kind != TextSegment::Kind::Paragraph || before.heading || before.section != section)
                break;
            places << before.norm.text;
        }
    }
    for (const QString &place : std::as_const(places)) {
        const auto m = legend.match(place);
        if (!m.hasMatch())
            continue;
        // (A legend naming a kind twice, or a word of no kind, says nothing: the next place is read.)
        QList<Kind> kinds;
        bool distinct = true;
        for (int g = 1; g <= m.lastCapturedIndex() && distinct; ++g) {
            if (m.captured(g).isEmpty())
                continue;
            const Kind kind = TimeTermExtractor::kindOf(m.captured(g));
            distinct = kind != Kind::None && !kinds.contains(kind);
            kinds << kind;
        }
        if (distinct && kinds.size() >= 2)
            return kinds;
    }
    return {};
}

// A row whose availability cell says "during working hours" ("high | during working hours | 4 hours"):
// its times run in working hours.
QString rowBasis(const AnalysisText &text, const TextUnit &unit)
{
    static const QRegularExpression workingHoursCell(
        QStringLiteral(
            R"(^\s*(?:during|within|in) (?:normal |the |our )?(?:working|business|office) hours\s*$|^\s*(?:工作时间|工作日)内?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QList<TextUnit> &units = text.units();
    const qsizetype self = &unit - units.constData();
    if (unit.cell < 0 || self < 0 || self >= units.size())
        return QString();
    const auto [first, end] = text.unitsOfSegment(unit.segment);
    for (int o = first; o < end; ++o) {
        if (o != self && units.at(o).cell > 0 && workingHoursCell.match(text.unitText(units.at(o))).hasMatch())
            return QStringLiteral("business");
    }
    return QString();
}

QString localBasis(const QString &text, const Duration &d)
{
    if (!d.basis.isEmpty())
        return d.basis;
    // "2 小时（服务时间内）", "4 hours (business hours)", "Within 2 hours (in service hours)", "8 elapsed
    // hours"; after the time, not past a slash ("2 hrs / 2 Business Days" pairs two values).
    const int from = qMax(0, d.start - 10);
    QString after = text.mid(d.end, 20);
    const qsizetype slash = after.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        after.truncate(slash);
    const QString window = text.mid(from, d.start - from) + after;
    QString near;
    for (QChar c : window) {
        if (c == QLatin1Char(',') || c == QChar(0xFF0C) || c == QLatin1Char(';'))
            break;
        near.append(c);
    }
    return DurationParser::basisOf(text.mid(from, d.start - from) + near);
}

} // namespace

QList<TimeTermExtractor::Cue> TimeTermExtractor::cues(const QString &text)
{
    QList<Cue> found;
    for (const CuePattern &p : cuePatterns()) {
        auto it = p.re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const int s = int(m.capturedStart());
            const int e = int(m.capturedEnd());
            bool overlaps = false;
            for (const Cue &c : found)
                overlaps = overlaps || (s < c.end && e > c.start);
            if (!overlaps)
                found << Cue{s, e, p.kind};
        }
    }
    std::sort(found.begin(), found.end(), [](const Cue &a, const Cue &b) { return a.start < b.start; });
    return found;
}

TimeTermExtractor::Kind TimeTermExtractor::kindOf(const QString &label)
{
    // Column headers, row labels and section titles are asked about for every cell under them.
    thread_local QHash<QString, Kind> known;
    const auto hit = known.constFind(label);
    if (hit != known.cend())
        return hit.value();
    Kind kind = Kind::None;
    for (const Cue &cue : cues(label)) {
        if (kind != Kind::None && kind != cue.kind) {
            kind = Kind::None;
            break;
        }
        kind = cue.kind;
    }
    if (known.size() > 4096)
        known.clear();
    known.insert(label, kind);
    return kind;
}

QString TimeTermExtractor::keyOf(Kind kind)
{
    switch (kind) {
    case Kind::Response:
        return QStringLiteral("response_time");
    case Kind::Onsite:
        return QStringLiteral("onsite_time");
    case Kind::Resolution:
        return QStringLiteral("resolution_time");
    case Kind::None:
        break;
    }
    return QString();
}

QRegularExpression TimeTermExtractor::trigger() const
{
    static const QRegularExpression re = pattern(QStringLiteral(
        R"(分钟|分鐘|小时|小時|钟头|工作日|自然日|日历日|\d\s*天|\d\s*日|\d\s*周|minute|\bmins?\b|\d\s*mins?\b|\d\s*hrs?\b|hour|\bhrs?\b|\d\s*h\b|\bdays?\b|\bweeks?\b|\bnbd\b|next[\s-]+(?:business|working))"));
    return re;
}

void TimeTermExtractor::extract(const AnalysisText &text, const TextUnit &unit, QList<SlaTerm> *terms) const
{
    const QString t = text.unitText(unit);
    const QList<Duration> durations = DurationParser::find(t);
    if (durations.isEmpty())
        return;
    const bool cell = unit.cell >= 0;
    // An escalation matrix's "Escalate after | SLA + 2 hrs": when the customer may escalate, no time promised.
    static const QRegularExpression afterTarget =
        TermExtractor::pattern(QStringLiteral(R"(^\s*(?:SLA|target|breach)\s*\+)"));
    static const QRegularExpression escalationColumn =
        TermExtractor::pattern(QStringLiteral(R"(\bescalat|升级(?:至|到|时限|路径)|逐级上报)"));
    if (afterTarget.match(t).hasMatch() || (cell && escalationColumn.match(unit.columnHeader).hasMatch()))
        return;
    // A column headed by a plan named "Priority Response" or "Rapid Response" says nothing about
    // what kind of time its cells hold. Nor does a compliance matrix's answer column ("Proponent Response",
    // "投标响应").
    static const QRegularExpression answerColumn = TermExtractor::pattern(QStringLiteral(
        R"(^\s*(?:(?:proponent|vendor|supplier|bidder|contractor|respondent|tenderer|offeror|our)(?:'s|’s)? (?:response|answer)s?|投标响应|响应情况|投标应答|应答(?:内容)?)\s*$)"));
    auto labelKind = [&](const QString &label) {
        if (answerColumn.match(label).hasMatch())
            return Kind::None;
        const QStringList tiers = text.tiers().tiersIn(label);
        if (tiers.isEmpty())
            return kindOf(label);
        QString rest = label;
        for (const QString &tier : tiers)
            rest.replace(tier, QStringLiteral(" "), Qt::CaseInsensitive);
        return kindOf(rest);
    };
    const Kind headerKind = cell ? labelKind(unit.columnHeader) : Kind::None;
    // (A row labelled in two cells, "一、服务受理 | 响应时间 | 15分钟 | 30分钟": the nearest label left of the value
    // that names a kind of time.)
    auto leftLabelKind = [&] {
        const auto [first, end] = text.unitsOfSegment(unit.segment);
        const qsizetype index = &unit - text.units().constData();
        if (index <= first || index >= end)
            return Kind::None;
        for (qsizetype k = index - 1; k >= first; --k) {
            const QString label = text.unitText(text.units().at(k)).trimmed();
            if (label.size() > 24 || !DurationParser::find(label).isEmpty())
                continue; // a value, or a definition ("Server degraded; workaround in place"), is no label
            const Kind kind = labelKind(label);
            if (kind != Kind::None)
                return kind;
        }
        return Kind::None;
    };
    Kind rowKind = cell ? labelKind(unit.rowLabel) : Kind::None;
    const QList<Cue> ownCues = cues(t);
    // A table of bare times under "4. Response Targets by Severity" or after "The table below shows
    // the time within which a technician will contact the Customer": the heading or the introduction
    // names the one kind of time it lists.
    auto tableKind = [&] {
        const Kind titled = kindOf(text.segments().at(unit.segment).sectionTitle);
        if (titled != Kind::None)
            return titled;
        // The nearest paragraph first: a caption ("Table 3.1 – Response targets") right above the
        // table says more than the sentence before it.
        for (int paragraph : text.introductionOf(unit.segment)) {
            const Kind introduced = kindOf(text.segments().at(paragraph).norm.text);
            if (introduced != Kind::None)
                return introduced;
        }
        return Kind::None;
    };
    if (cell && rowKind == Kind::None && headerKind == Kind::None && unit.cell > 1 && tableKind() == Kind::None)
        rowKind = leftLabelKind();
    // "Attendance: four (4) hours for Critical incidents; eight (8) hours for Major incidents": a clause
    // that opens with a time after a semicolon lists one more time of the kind the clause before it
    // named last.
    auto listedAfterClauseKind = [&] {
        const QList<TextUnit> &units = text.units();
        const qsizetype index = &unit - units.constData();
        if (index <= 0 || index >= units.size() || units.at(index - 1).segment != unit.segment)
            return Kind::None;
        const QString previous = text.unitText(units.at(index - 1)).trimmed();
        if (!previous.endsWith(QLatin1Char(';')) && !previous.endsWith(QChar(0xFF1B)))
            return Kind::None;
        const QList<Cue> previousCues = cues(previous);
        Kind last = Kind::None;
        int lastStart = -1;
        for (const Cue &cue : previousCues) {
            if (cue.start > lastStart) {
                lastStart = cue.start;
                last = cue.kind;
            }
        }
        return last;
    };
    const QList<PriorityMention> mentions = PriorityParser::find(text.tiers().maskPriorityLikeNames(t));

    Kind listedKind = Kind::None; // the kind of the time before, for "8 hours on Premier, 24 hours on Advanced"
    int listedEnd = -1;
    // "Targets are shown as response / resolution:" over cells "15 min / 4 hrs": the time before the
    // slash is of the first kind, the one after it of the second. A list item "P1: 15 min / 2 h / 4 h" under "Each
    // line reads Response / On-site / Restore" has as many times as the legend has kinds, one per slash.
    const qsizetype slash = t.indexOf(QLatin1Char('/'));
    QList<Kind> slashed =
        slash >= 0 && (cell || !text.listLeadIn(unit.segment).isEmpty()) ? slashedKinds(text, unit) : QList<Kind>();
    if (!cell && t.count(QLatin1Char('/')) != slashed.size() - 1)
        slashed.clear();
    auto slashedKind = [&](int at) {
        const qsizetype before = QStringView(t).left(at).count(QLatin1Char('/'));
        return slashed.at(int(qMin(before, qsizetype(slashed.size() - 1))));
    };
    // Two rows merged into one ("B 类设备 | 一级故障二级故障 | 30 分钟 1 小时 | …"): the labels name the priorities in
    // the order the cell stacks its times, the k-th time the k-th priority's.
    QStringList stacked;
    if (cell && unit.cell > 0 && durations.size() >= 2) {
        stacked = PriorityParser::prioritiesOf(text.tiers().maskPriorityLikeNames(text.labelsLeftOf(unit)));
        if (stacked.size() != durations.size() || !std::is_sorted(stacked.cbegin(), stacked.cend()))
            stacked.clear();
    }
    for (const Duration &d : durations) {
        if (!d.nextBusinessDay && (isCoverageDuration(t, d) || isExcludedDuration(t, d)))
            continue;
        bool listed = false; // the kind carried over from the time before ("A类15分钟，B类30分钟")
        Kind kind = headerKind != Kind::None ? headerKind : rowKind;
        if (!slashed.isEmpty() && headerKind == Kind::None && rowKind == Kind::None)
            kind = slashedKind(d.start);
        if (kind == Kind::None) {
            // The nearest cue; one behind a comma counts as further away.
            int best = 1 << 20;
            for (const Cue &cue : ownCues) {
                // "到场后3个工作日内完成修复", "within 8 hours after arrival": a cue followed by 后 or
                // preceded by "after" is where the clock starts, not what the time is for.
                if (ownCues.size() > 1 && isClockStartReference(t, cue))
                    continue;
                const bool before = cue.end <= d.start;
                const int a = before ? cue.end : d.end;
                const int b = before ? d.start : cue.start;
                if (b < a)
                    continue;
                int distance = b - a;
                // "respond within two (2) Business Hours and attend ...", "Response: within 30 minutes Engineer
                // at site: 4 hrs": "within" or a label's colon binds the time to the cue before it.
                // (Checked on the short text between, without a regex: this runs for every cue and time.)
                if (before && b - a <= 40 && bindsToCueBefore(QStringView(t).mid(a, b - a)))
                    distance = 0;
                // A cue after the time that opens a label of its own ("... Engineer at site: 4 hrs") is the
                // next value's.
                if (!before && opensLabel(QStringView(t).mid(cue.end, 14)))
                    continue;
                for (int i = a; i < b; ++i) {
                    const QChar c = t.at(i);
                    if (c == QLatin1Char(',') || c == QChar(0xFF0C) || c == QLatin1Char(':'))
                        distance += 20;
                }
                if (distance < best) {
                    best = distance;
                    kind = cue.kind;
                }
            }
            const int limit = cell ? 40 : 60;
            // "Supplier targets to respond to incidents within the maximum following time frame as of
            // receipt of notice of incident within fifteen (15) minutes": a sentence whose cues are of one
            // kind says that kind of its deadlines, however far apart.
            // (The time must be a deadline, "within …", not a period: "in any rolling ninety (90) day period".)
            static const QRegularExpression deadlineBefore =
                pattern(QStringLiteral(R"((?:within|no later than|in under|by)\s*$)"));
            static const QRegularExpression deadlineAfter = pattern(QStringLiteral(R"(^\s*(?:内|以内|之内))"));
            // (Several deadlines may be alternatives for the tiers: "within 30 minutes (Category A) or within 2
            // Business Hours (Category B)".)
            bool oneKind =
                !ownCues.isEmpty() &&
                (deadlineBefore.match(QStringView(t).mid(qMax(0, d.start - 16), qMin(d.start, 16))).hasMatch() ||
                 deadlineAfter.match(QStringView(t).mid(d.end, 4)).hasMatch());
            for (const Cue &cue : ownCues)
                oneKind = oneKind && cue.kind == ownCues.first().kind;
            if (best > limit && !(oneKind && (!cell || t.size() > 60) && best <= 200))
                kind = Kind::None;
        }
        if (kind == Kind::None && cell && headerKind == Kind::None && rowKind == Kind::None)
            kind = tableKind();
        if (kind == Kind::None && !cell && d.start <= 12)
            kind = listedAfterClauseKind();
        // A list item under "a field engineer will attend the Customer's site within:". (The point a time is
        // measured from is not its kind: "Resolution Targets … are measured from Response, as follows:".)
        static const QRegularExpression measuredFrom = pattern(QStringLiteral(
            R"(\b(?:measured|counted|calculated|run(?:ning)?|start(?:ing)?)\s+from\s+(?:the\s+)?(?:time\s+of\s+)?(?:the\s+)?\w+(?:[\s-]+\w+)?)"));
        if (kind == Kind::None && !cell && ownCues.isEmpty() && !text.listLeadIn(unit.segment).isEmpty())
            kind = kindOf(QString(text.listLeadIn(unit.segment)).remove(measuredFrom));
        // A short item under a clause titled with one kind of time: "4. On-site Attendance." over
        // "(a) Premier:" / "(i) Severity 1: 4 hours;".
        if (kind == Kind::None && !cell && ownCues.isEmpty() && t.size() <= 80)
            kind = kindOf(text.segments().at(unit.segment).sectionTitle);
        if (kind == Kind::None && listedKind != Kind::None && listedEnd >= 0 && d.start - listedEnd <= 64) {
            // A list of times of one kind, each for its own tier: only the tier and a comma between.
            // (Or "电话响应A类15分钟，B类30分钟": the next tier's name right before its time.)
            static const QRegularExpression between = pattern(QStringLiteral(
                R"(^\s*(?:(?:on|for|in|under)\s+[^,;:.，；：。]{1,40})?\s*[,，、/]\s*(?:and\s+)?(?:(?:by the end of|within|by|in)\s+(?:the\s+)?)?$|^\s*[,，、]\s*[A-Za-z]?[\x{4e00}-\x{9fff}]{1,6}\s*[:：]?\s*$)"));
            // ... or each for its own priority: "Sev 1: 30 min Sev 2-4: 2 hrs".
            static const QRegularExpression priorityBetween = pattern(QStringLiteral(
                R"(^\s*[,;，；]?\s*(?:sev(?:erity)?|priority|p)\s*[1-4](?:\s*[-–/]\s*[1-4])?\s*[:：=]?\s*$)"));
            const QStringView gap = QStringView(t).mid(listedEnd, d.start - listedEnd);
            if (between.match(gap).hasMatch() || priorityBetween.match(gap).hasMatch()) {
                kind = listedKind;
                listed = true;
            }
        }
        listedKind = kind;
        listedEnd = d.end;
        if (kind == Kind::None)
            continue;

        QStringList priorities = unit.priorities;
        // The part of the unit around the duration ("P1: 4 hours; P2: 8 hours", list items of a cell).
        int partStart = d.start;
        while (partStart > 0 && !QStringLiteral(";；。\n").contains(t.at(partStart - 1)))
            --partStart;
        int partEnd = d.end;
        while (partEnd < t.size() && !QStringLiteral(";；。\n").contains(t.at(partEnd)))
            ++partEnd;
        // A cell's part that names a priority of its own before the time ("一级故障15分钟内响应；二级故障30分钟内响应",
        // in a row an earlier cell marked 1级) is that priority's.
        if (cell && priorities.size() == 1) {
            for (const PriorityMention &m : mentions) {
                if (m.end <= d.start && m.start >= partStart && m.priorities.size() == 1)
                    priorities = m.priorities;
            }
        }
        if (priorities.isEmpty()) {
            // Within the part, the nearest priority named before the duration, else the first one after it.
            for (const PriorityMention &m : mentions) {
                if (m.end <= d.start && m.start >= partStart)
                    priorities = m.priorities;
            }
            // "within eight (8) hours for a Priority 2 Incident": a priority right after the time is its own.
            static const QRegularExpression joiner =
                pattern(QStringLiteral(R"(^\s*(?:for|on|of|in)?\s*(?:a|an|the|all)?\s*$)"));
            // Only spaces between: with a priority before the time, the one after it labels the next
            // time ("Sev 1: 30 min Sev 2-4: 2 hrs").
            const bool namedBefore = !priorities.isEmpty();
            for (const PriorityMention &m : mentions) {
                if (m.start >= d.end && m.start - d.end <= 12 &&
                    joiner.match(t.mid(d.end, m.start - d.end)).hasMatch() &&
                    !(namedBefore && t.mid(d.end, m.start - d.end).trimmed().isEmpty())) {
                    priorities = m.priorities;
                    break;
                }
            }
            if (priorities.isEmpty()) {
                for (const PriorityMention &m : mentions) {
                    if (m.start >= d.end && m.end <= partEnd && m.start - d.end < 80) {
                        priorities = m.priorities;
                        break;
                    }
                }
            }
        }
        if (priorities.isEmpty() && !stacked.isEmpty())
            priorities << stacked.at(&d - durations.constData());
        if (priorities.isEmpty())
            priorities << QString();

        // The quote: in a table the cell, in prose the duration with its cue.
        int from = d.start;
        int to = d.end;
        if (cell) {
            from = 0;
            to = int(t.size());
        } else if (!listed) {
            // (Not over another time: in "响应A类15分钟，B类30分钟" the cue belongs to the first one's quote.)
            auto timeBetween = [&](int a, int b) {
                for (const Duration &other : durations)
                    if (&other != &d && other.start >= a && other.end <= b)
                        return true;
                return false;
            };
            for (const Cue &cue : ownCues) {
                if (keyOf(cue.kind) == keyOf(kind) && qAbs(cue.start - d.start) < 40 &&
                    !timeBetween(qMin(cue.end, d.end), qMax(cue.start, d.start))) {
                    from = qMin(from, cue.start);
                    to = qMax(to, cue.end);
                    break;
                }
            }
        }
        // "8 hours on Premier, 24 hours on Advanced", "within 30 minutes (Category A)": a tier named right
        // after the time is its own.
        QString ownTier = bracketedTierAfter(text, t, d.end);
        // A cell that is a sentence of its own (a compliance matrix's requirement) names its tiers clause by
        // clause: "Category A hardware faults shall be restored within 8 hours; Category B within 3 Business
        // Days".
        if (cell && ownTier.isEmpty() && unit.tier.isEmpty() && t.size() > 60) {
            const auto clause = clauseAround(t, d.start);
            const QStringList named = text.tiers().tiersIn(t.mid(clause.first, clause.second - clause.first));
            if (named.size() == 1)
                ownTier = named.first();
        }
        if (!cell && ownTier.isEmpty()) {
            static const QRegularExpression onTier =
                pattern(QStringLiteral(R"(^\s*(?:on|for|under|with)\s+(?:the\s+)?([^,;.，；。]{2,40}))"));
            const auto m = onTier.match(QStringView(t).mid(d.end, 50));
            if (m.hasMatch()) {
                const QString named = text.tiers().tierIn(m.captured(1));
                if (!named.isEmpty() && text.tiers().mentionedWithin(m.captured(1), named, 4))
                    ownTier = named;
            }
        }
        for (const QString &priority : priorities) {
            SlaTerm term = makeTerm(keyOf(kind), text, unit, from, to);
            term.priority = priority;
            if (!ownTier.isEmpty())
                term.tier = ownTier;
            if (d.nextBusinessDay) {
                term.values.insert(QStringLiteral("next_business_day"), true);
            } else if (d.businessDays) {
                // "3 个工作日": a count of business days has no fixed length in minutes.
                term.values.insert(QStringLiteral("business_days"), d.minutes / 1440);
                term.values.insert(QStringLiteral("basis"), QStringLiteral("business"));
            } else {
                term.values.insert(QStringLiteral("minutes"), d.minutes);
                QString basis = localBasis(t, d);
                if (basis.isEmpty() && cell)
                    basis = rowBasis(text, unit);
                term.values.insert(QStringLiteral("basis"), basis.isEmpty() ? QVariant() : QVariant(basis));
            }
            terms->append(term);
        }
    }
}

} // namespace tw::analysis
