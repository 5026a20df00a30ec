#include "TermCompletion.h"

#include "core/text/CjkText.h"

#include "DurationParser.h"
#include "ParallelTasks.h"
#include "PenaltyExtractor.h"
#include "PriorityParser.h"
#include "TableNotes.h"
#include "TimeTermExtractor.h"

#include <algorithm>

namespace tw::analysis {

namespace {

// A penalty row's cap sits in its own column ("单月扣减上限", "Monthly cap"); a cap may also be
// stated once for all credits ("单月累计扣减金额不超过...20%", "shall not exceed fifteen percent").
void fillPenaltyCaps(const AnalysisText &text, QList<SlaTerm> &terms, const QList<int> &termUnits)
{
    static const QRegularExpression capHeader =
        TermExtractor::pattern(QStringLiteral(R"(上限|封顶|最高|cap|maximum|limit)"));
    static const QRegularExpression percent = TermExtractor::pattern(QStringLiteral(R"((\d+(?:\.\d+)?)\s*%)"));
    struct Cap
    {
        int section;
        QString tier; ///< of a cap row's cell under a plan's column
        double percent;
    };
    QList<Cap> standalone;
    for (int u = 0; u < text.units().size(); ++u) {
        const TextUnit &unit = text.units().at(u);
        const bool percentInUnit = text.unitText(unit).contains(QLatin1Char('%'));
        if (!percentInUnit && (unit.cell >= 0 || !text.unitText(unit).contains(QLatin1String("exceed"))))
            continue;
        // A cap row of a credits table ("Maximum Service Credits in any calendar month | 20%"): its value.
        double cap = -1;
        if (unit.cell < 0) {
            cap = percentInUnit ? PenaltyExtractor::standaloneCap(text.unitText(unit))
                                : PenaltyExtractor::capByDefinedTerm(text.unitText(unit), text.fullText());
        } else if (PenaltyExtractor::isCapRow(text, unit)) {
            const auto m = percent.match(text.unitText(unit));
            cap = m.hasMatch() ? m.captured(1).toDouble() : -1;
        }
        if (cap > 0)
            standalone << Cap{text.segments().at(unit.segment).section, unit.cell > 0 ? unit.tier : QString(), cap};
    }
    for (int i = 0; i < terms.size(); ++i) {
        SlaTerm &term = terms[i];
        if (term.key != QLatin1String("penalty") || !term.values.value(QStringLiteral("cap_percent")).isNull())
            continue;
        const TextUnit &unit = text.units().at(termUnits.at(i));
        if (unit.cell >= 0) {
            const auto [first, end] = text.unitsOfSegment(unit.segment); // the row's cells
            for (int o = first; o < end; ++o) {
                const TextUnit &other = text.units().at(o);
                if (other.cell < 0 || !capHeader.match(other.columnHeader).hasMatch())
                    continue;
                const auto m = percent.match(text.unitText(other));
                if (m.hasMatch()) {
                    term.values.insert(QStringLiteral("cap_percent"), m.captured(1).toDouble());
                    break;
                }
            }
        }
        if (!term.values.value(QStringLiteral("cap_percent")).isNull() || standalone.isEmpty())
            continue;
        // The cap of the term's section, and of its plan where the cap row gives one per plan column.
        const int section = text.segments().at(unit.segment).section;
        double cap = standalone.first().percent;
        bool sectionFound = false;
        for (const Cap &entry : std::as_const(standalone)) {
            if (entry.section != section)
                continue;
            if (!sectionFound || (!entry.tier.isEmpty() && entry.tier == term.tier))
                cap = entry.percent;
            sectionFound = true;
            if (!entry.tier.isEmpty() && entry.tier == term.tier)
                break;
        }
        term.values.insert(QStringLiteral("cap_percent"), cap);
    }
}

// Notes such as "注：关键业务级各项时间均按自然小时连续计算" or "P1 and P2 times are elapsed clock
// hours; P3 and P4 times are counted in Business Hours" give the basis of the times in their section.
// The tiers whose coverage is the one window a note names ("7×24 服务", "5x8 service"), if it names one.
QStringList tiersCoveredAs(const QString &note, const QList<SlaTerm> &terms)
{
    static const QRegularExpression window(
        QStringLiteral(
            R"((?<![\d.])([5-7])\s*[x×*]\s*(\d{1,2})(?![\d.])(?:\s*[x×*]\s*\w+)?\s*(?:小时)?\s*(?:服务|service|cover))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = window.match(note);
    if (!m.hasMatch() || window.match(note, m.capturedEnd()).hasMatch())
        return {};
    QStringList tiers;
    for (const SlaTerm &term : terms) {
        if (term.key == QLatin1String("coverage") && !term.tier.isEmpty() && !tiers.contains(term.tier) &&
            term.values.value(QStringLiteral("days_per_week")).toInt() == m.captured(1).toInt() &&
            term.values.value(QStringLiteral("hours_per_day")).toInt() == m.captured(2).toInt())
            tiers << term.tier;
    }
    return tiers;
}

void fillBasisFromNotes(const AnalysisText &text, QList<SlaTerm> &terms, const QList<int> &termUnits)
{
    struct Note
    {
        int section;
        QString basis;
        QStringList priorities;
        QString key;
        QStringList tiers;
        bool global;
    };
    static const QRegularExpression counting = TermExtractor::pattern(QStringLiteral(
        R"(计算|计时|累计|统计|均按|按|为|times?\b|counted|measured|calculated|are|apply|applies|is|\bruns?\b|\bcounts?\b)"));
    static const QRegularExpression everything = TermExtractor::pattern(QStringLiteral(
        R"(所有|全部|各项|一切|所称|均为|均按|一律|上表|上述时限|以上时限|\bthe (?:above|preceding) (?:table|times|targets)\b|\ball\b|\bevery\b|\beach\b|unless otherwise (?:stated|specified|agreed))"));
    // "all times", "每项时限": a note about every time promised, not "on each Business Day".
    static const QRegularExpression timesWord = TermExtractor::pattern(QStringLiteral(
        R"(\btimes?\b|\btargets?\b|service levels?|\brespon|\bresolution|on-?site|\bhours\b|时限|时间|小时|响应|到场|修复|恢复)"));
    QList<Note> notes;
    static const QRegularExpression basisWords = TermExtractor::pattern(QStringLiteral(
        R"(工作日|工作小时|工作时间|服务时间内|服务时段内|自然日|自然小时|自然时间|日历日|日历时间|连续计算|连续时间|不中断|business|working|calendar|elapsed|clock hours?|consecutive hours|round[- ]the[- ]clock|around the clock|without (?:pausing|stopping|interruption)|不因|continuous|clock (?:keeps|continues|runs)|service hours|hours of cover|cover(?:age)? hours|support hours|coverage window|(?:support|service) window|nbd)"));
    // A cell is a value ("Business Hours"), unless it is a sentence of its own (a compliance matrix's
    // answer "Category A times run continuously, without interruption for nights, weekends or holidays").
    static const QRegularExpression sentence(QStringLiteral(R"(^\W*\w+(?:\W+\w+){5,})"));
    for (int u : text.unitsMatching(basisWords)) {
        const TextUnit &unit = text.units().at(u);
        // ... or the cell of a column that says how time is measured ("Service Level | Service Hours |
        // Measurement of time" over "Gold | 07:00 to 19:00 … | Within Service Hours only").
        static const QRegularExpression measurementHeader = TermExtractor::pattern(QStringLiteral(
            R"(measurement of time|time (?:is )?measured|how time|time measurement|clock basis|计时方式|时间计算|计算方式|计时规则|)"
            R"((?:service levels?|sla|targets?) measurement|measurement basis)"));
        // (Or of a row, in a table with the plans as columns: "Measurement of times | calendar time | within the
        // service window only".)
        const bool measurementCell = unit.cell > 0 && (measurementHeader.match(unit.columnHeader).hasMatch() ||
                                                       measurementHeader.match(unit.rowLabel).hasMatch());
        // (A Chinese sentence has no spaces: a long cell of Han text is one too.)
        const QString cellText = text.unitText(unit);
        const bool chineseSentence =
            cellText.size() >= 20 && std::count_if(cellText.cbegin(), cellText.cend(), isHanCharacter) >= 12;
        if (unit.cell >= 0 && !measurementCell && !sentence.match(cellText).hasMatch() && !chineseSentence)
            continue;
        // "Silver times are counted within the hours of cover only; a fault logged at 17:00 ...": each
        // clause may be a note, the example after it is not.
        static const QRegularExpression clauseBreak(QStringLiteral("[;；]"));
        for (const QString &t : text.unitText(unit).split(clauseBreak)) {
            const QString basis = DurationParser::basisOf(t);
            // A table's caption says how the table's times are counted: "Table 6.1 – Platinum (elapsed clock
            // hours, including nights, weekends and holidays)".
            static const QRegularExpression tableCaption(
                QStringLiteral(R"(^\W*(?:table|表)\s*[\d一二三四五六七八九十])"),
                QRegularExpression::CaseInsensitiveOption);
            const bool caption = unit.cell < 0 && tableCaption.match(t).hasMatch();
            if (basis.isEmpty() || (!counting.match(t).hasMatch() && !measurementCell && !caption))
                continue;
            // "business-hours coverage for test and development" names what a plan offers, not how its times
            // are counted.
            static const QRegularExpression offeredHours = TermExtractor::pattern(QStringLiteral(
                R"(\b(?:business|working|office)[- ]hours? (?:coverage|cover|support|service|plans?)\b)"));
            if (QString rest = t; !measurementCell && DurationParser::basisOf(rest.remove(offeredHours)).isEmpty())
                continue;
            // A question ("What are business hours?") or a cut-off ("Requests logged after 3:00 p.m. are
            // treated as received on the following business day") says nothing about how times are counted;
            // "are"/"is" alone make a note only about times.
            static const QRegularExpression notAboutCounting = TermExtractor::pattern(QStringLiteral(
                R"([?？]|treated as|deemed|received (?:on|after)|logged after|以后报修|之后报修|视为次日|)"
                // "All plans include … telephone support during the plan's coverage hours": what is offered when.
                R"(\binclude[sd]?\b[^.;]{0,80}\b(?:during|within)\b|)"
                // "… is entitled to a Service Credit … for each full hour (or each Business Day) of delay":
                // how credits are reckoned, not times.
                R"(\bservice credits?\b|)"
                // A coverage line ("Coverage window: Business Hours, 08:30 to 17:30") is the plan's hours.
                R"(^\W*(?:coverage(?: window)?|service hours|support hours|hours of cover|服务时间|服务时段)\s*(?:[:：]|为|是))"));
            static const QRegularExpression countingVerb = TermExtractor::pattern(QStringLiteral(
                R"(计算|计时|累计|统计|均按|按|measured|counted|calculated|\bruns?\b|\bcounts?\b|apply|applies|clock (?:keeps|continues))"));
            // (A cell must say how times are counted: "run continuously", "are measured in clock hours".)
            // ("Business and Enterprise support runs around the clock": the support's hours, not how its
            // times are counted; "times run continuously" is.)
            static const QRegularExpression supportRuns =
                TermExtractor::pattern(QStringLiteral(R"(\b(?:support|service|desk|line|cover)\s+runs?\b)"));
            const bool counts = measurementCell || caption ||
                                (countingVerb.match(t).hasMatch() &&
                                 !(supportRuns.match(t).hasMatch() && !timesWord.match(t).hasMatch()));
            // Without a counting verb the note must be about times: "inspection … during Business Hours
            // at a time agreed" says when a visit is made (neither "Business Hours" nor "a time" is a time
            // promised).
            static const QRegularExpression basisHours = TermExtractor::pattern(QStringLiteral(
                R"(\b(?:business|working|support|service|clock|calendar|elapsed)\s+hours?\b|\bat a (?:[\w-]+ )?time\b)"));
            QString withoutBasisHours = t;
            withoutBasisHours.remove(basisHours);
            if (notAboutCounting.match(t).hasMatch() ||
                (!counts && (unit.cell >= 0 || !timesWord.match(withoutBasisHours).hasMatch())))
                continue;
            // "24 hours a day, including weekends" describes the clock, it is not a time promised.
            static const QRegularExpression roundTheClock = TermExtractor::pattern(QStringLiteral(
                R"(24\s*(?:hours?|小时)\s*(?:a|per|each)?\s*day|[57]\s*days?\s*(?:a|per|each)\s*week|365\s*days?\s*(?:a|per|each)\s*year|\d\s*[x*/]\s*\d+(?:\s*[x*/]\s*\d+)?|(?:全天|全日|每日|每天)\s*24\s*小时)"));
            QString withoutClock = t;
            withoutClock.replace(roundTheClock, QStringLiteral(" "));
            // A sentence promising a time ("Calls are returned within 4 business hours") is a term, not a
            // note; nor is the definition of the business day.
            static const QRegularExpression definition = TermExtractor::pattern(QStringLiteral(
                R"(^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:an? |the )?["“]?(?:business|working) (?:days?|hours?)["”]?(?:\s+(?:means|is|are|shall mean|runs?)\b|\s*[-–—:：]\s*(?:\d|a day|from|monday|mon\b))|^\W*["“]?(?:工作日|工作时间)["”]?\s*(?:指|是指|系指)|(?:工作日|工作时间|服务时间)["”]?\s*(?:均|统|皆)(?:指|是指|系指)|[「“"](?:工作日|工作时间|办公时间|服务时间)[」”"]\s*(?:指|是指|系指|为|定义为))"));
            if (!DurationParser::find(withoutClock).isEmpty() || definition.match(t).hasMatch())
                continue;
            // A plan named "Priority Response" does not make the note about response times only.
            QString aboutKind = t;
            for (const QString &tier : text.tiers().tiersIn(t))
                aboutKind.replace(tier, QStringLiteral(" "), Qt::CaseInsensitive);
            // "除一般业务系统外，上表各项时限均按自然小时": every tier but the ones excepted.
            QStringList noteTiers = text.tiers().tiersIn(t);
            if (noteTiers.isEmpty() && measurementCell && !unit.tier.isEmpty())
                noteTiers << unit.tier;
            // "7×24 服务的…均按自然小时计算；5×8 服务仅在工作时间内计时": the service named by its window is
            // the tiers covered that way.
            if (noteTiers.isEmpty())
                noteTiers = tiersCoveredAs(t, terms);
            // "Times for this tier are counted within Coverage Hours only": the tier the note stands under.
            static const QRegularExpression thisTier = TermExtractor::pattern(QStringLiteral(
                R"(\b(?:this|that|the above) (?:tier|plan|level|class|category)\b|本(?:级|类|档|等级)(?:服务|设备)?)"));
            if (noteTiers.isEmpty() && !unit.tier.isEmpty() && thisTier.match(t).hasMatch())
                noteTiers << unit.tier;
            // A note in a paragraph led by a tier
            // ("(2)B类设备服务时间为5×8小时…遇国家调休上班日，按正常工作日提供服务") speaks for that tier.
            if (noteTiers.isEmpty() && unit.cell < 0 && !unit.baseTier.isEmpty() &&
                unit.baseTier != text.segments().at(unit.segment).tier)
                noteTiers << unit.baseTier;
            // "Foundation coverage hours are Business Hours and Business plan coverage hours are Extended
            // Hours. Both apply on Business Days only": "both" are the tiers the sentence before named.
            static const QRegularExpression referringBack = TermExtractor::pattern(
                QStringLiteral(R"(^\W*(?:both|each|these|they|either)\b|^\W*(?:两者|二者|均|都))"));
            if (noteTiers.isEmpty() && referringBack.match(t).hasMatch() && u > 0 &&
                text.units().at(u - 1).segment == unit.segment)
                noteTiers = text.tiers().tiersIn(text.unitText(text.units().at(u - 1)));
            static const QRegularExpression except(QStringLiteral(
                R"(除\s*([^，。；,]{1,30}?)\s*(?:以)?外|\b(?:except|other than) (?:for )?([^,.;]{1,40}))"));
            const auto ex = except.match(t);
            if (ex.hasMatch() && !noteTiers.isEmpty()) {
                const QStringList excepted = text.tiers().tiersIn(ex.captured(1) + ex.captured(2));
                if (excepted.size() == noteTiers.size()) {
                    noteTiers.clear();
                    for (const QString &tier : text.tiers().names())
                        if (!excepted.contains(tier))
                            noteTiers << tier;
                }
            }
            // "关键业务资源池按下表分级响应，各项时限均按自然小时连续计算": a note about every time is about every
            // kind, whatever verb it uses on the way.
            static const QRegularExpression everyTime = TermExtractor::pattern(QStringLiteral(
                R"((?:各项|所有|全部|一切|上表|以上|上述)(?:服务)?(?:时限|时间要求|服务时间)|\ball (?:the )?(?:times|targets|service levels)\b)"));
            notes << Note{text.segments().at(unit.segment).section,
                          basis,
                          PriorityParser::prioritiesOf(t),
                          everyTime.match(t).hasMatch()
                              ? QString()
                              : TimeTermExtractor::keyOf(TimeTermExtractor::kindOf(aboutKind)),
                          noteTiers,
                          everything.match(t).hasMatch() && timesWord.match(t).hasMatch()};
        }
    }
    for (int i = 0; i < terms.size(); ++i) {
        SlaTerm &term = terms[i];
        if (!SlaTerm::isTimeKey(term.key) || !term.values.value(QStringLiteral("basis")).isNull() ||
            term.values.value(QStringLiteral("next_business_day")).toBool())
            continue;
        const int section = text.segments().at(text.units().at(termUnits.at(i)).segment).section;
        // Closest scope first: a note in the same section naming the term's tier, then one in the same
        // section naming none ("Counted within service hours" under a table whose note "For the 24/365
        // Plan all times are elapsed clock hours" speaks for one plan), then one naming the term's tier
        // or priority elsewhere ("P1 and P2 targets are measured in elapsed clock time" in a section
        // after the matrix), then a note about all times.
        const bool tiered = !term.tier.isEmpty();
        for (int scope = 0; scope < 4; ++scope) {
            bool applied = false;
            for (const Note &note : notes) {
                // A note about one tier ("Premier Service Levels are elapsed clock hours") is not
                // about the other tiers of its section.
                const bool inScope = scope == 0   ? tiered && note.section == section && note.tiers.contains(term.tier)
                                     : scope == 1 ? note.section == section && note.tiers.isEmpty()
                                     : scope == 2
                                         ? (tiered && note.tiers.contains(term.tier)) ||
                                               (note.tiers.isEmpty() && note.priorities.contains(term.priority))
                                         : note.global && note.tiers.isEmpty();
                if (!inScope || (!note.priorities.isEmpty() && !note.priorities.contains(term.priority)) ||
                    (!note.key.isEmpty() && note.key != term.key))
                    continue;
                term.values.insert(QStringLiteral("basis"), note.basis);
                applied = true;
                break;
            }
            if (applied)
                break;
        }
    }
}

// A note that spells a window's shorthand out ("5×9：周一至周五 9:00–18:00，国家法定节假日除外；7×24 指每周 7 天、
// 每天 24 小时，含国家法定节假日"): the coverage terms written in that shorthand take its hours and holiday rule.
void fillCoverageFromShorthandNotes(const AnalysisText &text, QList<SlaTerm> &terms)
{
    static const QRegularExpression note = TermExtractor::pattern(QStringLiteral(
        R"((?<![\d.])([5-7])\s*[x×*]\s*(\d{1,2})(?![\d.])\s*(?:小时)?\s*(?:[:：]|是指|指|即)\s*([^；;。\n]{4,80}))"));
    static const QRegularExpression holidaysIn = TermExtractor::pattern(QStringLiteral(
        R"((?<!不)(?:含|包含|包括)(?:国家)?(?:法定)?(?:节假日|假日)|\bincluding (?:public |bank )?holidays\b)"));
    static const QRegularExpression holidaysOut = TermExtractor::pattern(QStringLiteral(
        R"((?:国家)?(?:法定)?(?:节假日|假日)(?:除外|不计)|(?:不含|不包括)(?:国家)?(?:法定)?(?:节假日|假日)|\bexcluding (?:public |bank )?holidays\b)"));
    static const QRegularExpression window = TermExtractor::pattern(QStringLiteral(
        R"((?<![\d:])([01]?\d|2[0-4])\s*[:：]\s*([0-5]\d)\s*(?:-|–|—|~|至|到|to)\s*([01]?\d|2[0-4])\s*[:：]\s*([0-5]\d))"));
    for (auto it = note.globalMatch(text.fullText()); it.hasNext();) {
        const auto m = it.next();
        const int days = m.captured(1).toInt();
        const int hours = m.captured(2).toInt();
        const QString body = m.captured(3);
        QVariant holidays;
        if (holidaysOut.match(body).hasMatch())
            holidays = false;
        else if (holidaysIn.match(body).hasMatch())
            holidays = true;
        const auto w = window.match(body);
        const int from = w.hasMatch() ? w.captured(1).toInt() * 60 + w.captured(2).toInt() : 0;
        const int to = w.hasMatch() ? w.captured(3).toInt() * 60 + w.captured(4).toInt() : 0;
        const bool windowFits = w.hasMatch() && to - from == hours * 60;
        for (SlaTerm &term : terms) {
            if (term.key != QLatin1String("coverage") ||
                term.values.value(QStringLiteral("days_per_week")).toInt() != days ||
                term.values.value(QStringLiteral("hours_per_day")).toInt() != hours)
                continue;
            if (term.values.value(QStringLiteral("holidays")).isNull() && !holidays.isNull())
                term.values.insert(QStringLiteral("holidays"), holidays);
            if (windowFits && term.values.value(QStringLiteral("start")).isNull()) {
                term.values.insert(
                    QStringLiteral("start"),
                    QStringLiteral("%1:%2").arg(w.captured(1).toInt(), 2, 10, QLatin1Char('0')).arg(w.captured(2)));
                term.values.insert(
                    QStringLiteral("end"),
                    QStringLiteral("%1:%2").arg(w.captured(3).toInt(), 2, 10, QLatin1Char('0')).arg(w.captured(4)));
            }
        }
    }
}

// A business-hours window ("周一至周五 8:30-17:30", "07:00 to 19:00 CET") whose holiday rule is stated
// next to it ("国家法定节假日不提供现场服务") or in the document's definition of the business day
// ("工作日指周一至周五，法定节假日除外", "Business Day means ... excluding public holidays"); a window
// named only by business time ("5×8（工作日）", "Business Hours (Mon–Fri)") takes its hours from that
// definition ("Business Hours means the time from 08:00 to 17:00").
void fillCoverageFromDefinitions(const AnalysisText &text, QList<SlaTerm> &terms, const QList<int> &termUnits)
{
    static const QRegularExpression excluded = TermExtractor::pattern(QStringLiteral(
        R"((?:不含|不包括|除外|不包含|不计入?|不提供)[^。;\n]{0,6}(?:国家)?(?:法定)?(?:节假日|假日)|(?:国家)?(?:法定)?(?:节假日|假日)[^。;\n]{0,8}(?:除外|不计入?|不提供|休息|不在)|\b(?:excluding|except|other than|with the exception of)\b(?:[^.;\n]|(?<=\b[A-Z])\.){0,60}\bholidays?\b|\bholidays?\b[^.;\n]{0,20}\b(?:are )?excluded\b)"));
    static const QRegularExpression definition = TermExtractor::pattern(QStringLiteral(
        R"((?:工作日|工作时间|服务时间)["”』」]?\s*[:：]?\s*(?:均|统|皆)?(?:指|是指|系指|为|定义为)[^。\n]{0,60}|\b(?:business|working|support) (?:days?|hours)\b["”*]*(?:\s+(?:means?|is|are|shall mean|refers? to)\b|\s*\t|\s*[:：])(?:[^.\n]|\.(?=\d|m\b|,)|(?<=\b[ap]\.m)\.|(?<=\b[A-Z])\.){0,120}|\bservice (?:hours|window)\b["”]?\s+(?:means?|is|are|shall mean|refers? to)\b(?:[^.\n]|\.(?=\d|m\b|,)|(?<=\b[ap]\.m)\.|(?<=\b[A-Z])\.){0,120})"));
    static const QRegularExpression window = TermExtractor::pattern(QStringLiteral(
        R"((?<![\d:])([01]?\d|2[0-4])\s*[:：.]\s*([0-5]\d)\s*(a\.?m\.?|p\.?m\.?)?(?:,?\s*(?:(?:eastern|central|mountain|pacific|atlantic|local)\s+(?:standard\s+)?time|[ecmp][sd]?t|cet|cest|gmt|utc)\s*,?)?\s*(?:-|–|—|~|至|到|to|until|and)\s*([01]?\d|2[0-4])\s*[:：.]\s*([0-5]\d)\s*(a\.?m\.?|p\.?m\.?)?)"));
    static const QRegularExpression businessTime = TermExtractor::pattern(
        QStringLiteral(R"(工作日|工作时间|(?:business|working|support) (?:hours|days?)|5\s*[x×*]\s*8)"));
    // ... or in a sentence of its own after it: "The only days we don't count are English bank holidays."
    static const QRegularExpression notCounted = TermExtractor::pattern(QStringLiteral(
        R"(\b(?:days|hours) we (?:don['’]t|do not) (?:count|work|cover)\b[^.;\n]{0,30}\bholidays\b|\bwe (?:don['’]t|do not) (?:count|work|cover) (?:on )?(?:public |bank |statutory )?holidays\b)"));
    bool documentExcludes = notCounted.match(text.fullText()).hasMatch();
    // A business day of five days ("any day other than a Saturday, a Sunday or a public holiday") says nothing of the
    // holidays in a six-day window ("08:00 to 20:00, Monday to Saturday").
    static const QRegularExpression fiveDays = TermExtractor::pattern(QStringLiteral(
        R"(other than (?:a )?Saturday|except (?:on )?Saturdays?|excluding Saturdays?|不含周六|周六(?:、周日|及周日|和周日)?除外)"));
    bool fiveDayWeek = false;
    QString start;
    QString end;
    int windowMinutes = 0;
    auto it = definition.globalMatch(text.fullText(), 0, QRegularExpression::NormalMatch, text.documentMatchOptions());
    while (it.hasNext()) {
        const QString defined = it.next().captured(0);
        documentExcludes = documentExcludes || excluded.match(defined).hasMatch();
        fiveDayWeek = fiveDayWeek || fiveDays.match(defined).hasMatch();
        const auto w = window.match(defined);
        if (start.isEmpty() && w.hasMatch()) {
            // "8:00 a.m. to 5:00 p.m.": an afternoon hour counts from noon.
            auto hourOf = [&w](int hour, int meridiem) {
                const int h = w.captured(hour).toInt();
                return w.captured(meridiem).startsWith(QLatin1Char('p'), Qt::CaseInsensitive) && h < 12 ? h + 12 : h;
            };
            const int h1 = hourOf(1, 3);
            const int h2 = hourOf(4, 6);
            const int from = h1 * 60 + w.captured(2).toInt();
            const int to = h2 * 60 + w.captured(5).toInt();
            if (to > from) {
                start = QStringLiteral("%1:%2").arg(h1, 2, 10, QLatin1Char('0')).arg(w.captured(2));
                end = QStringLiteral("%1:%2").arg(h2, 2, 10, QLatin1Char('0')).arg(w.captured(5));
                windowMinutes = to - from;
            }
        }
    }
    for (int i = 0; i < terms.size(); ++i) {
        SlaTerm &term = terms[i];
        if (term.key != QLatin1String("coverage"))
            continue;
        const int days = term.values.value(QStringLiteral("days_per_week")).toInt();
        if (days < 5 || days > 6)
            continue;
        const TextUnit &unit = text.units().at(termUnits.at(i));
        const PreparedSegment &segment = text.segments().at(unit.segment);
        if (term.values.value(QStringLiteral("holidays")).isNull() &&
            ((documentExcludes && !(days == 6 && fiveDayWeek)) || excluded.match(segment.norm.text).hasMatch()))
            term.values.insert(QStringLiteral("holidays"), false);
        const int hours = term.values.value(QStringLiteral("hours_per_day")).toInt();
        if (!start.isEmpty() && term.values.value(QStringLiteral("start")).isNull() &&
            businessTime.match(text.unitText(unit)).hasMatch() && (hours == 0 || hours * 60 == windowMinutes)) {
            term.values.insert(QStringLiteral("start"), start);
            term.values.insert(QStringLiteral("end"), end);
            if (hours == 0)
                term.values.insert(QStringLiteral("hours_per_day"), windowMinutes % 60 == 0
                                                                        ? QVariant(windowMinutes / 60)
                                                                        : QVariant(windowMinutes / 60.0));
        }
    }
    fillCoverageFromShorthandNotes(text, terms);
}

// "Within 2 hours, during the coverage window": a time counted in its tier's hours of cover runs in calendar time
// when the tier is covered around the clock, else in business time.
void fillBasisFromCoverageWindow(const AnalysisText &text, QList<SlaTerm> &terms, const QList<int> &termUnits)
{
    static const QRegularExpression window = TermExtractor::pattern(QStringLiteral(
        R"(\b(?:during|within|in) (?:the |its |their )?(?:coverage window|hours of cover(?:age)?|coverage hours|service window|support window|service hours|support hours)\b)"));
    QHash<QString, bool> aroundTheClock; // tier -> covered 24 hours a day, 7 days a week
    for (const SlaTerm &term : std::as_const(terms)) {
        if (term.key != QLatin1String("coverage") || term.tier.isEmpty())
            continue;
        const bool always = term.values.value(QStringLiteral("days_per_week")).toInt() == 7 &&
                            term.values.value(QStringLiteral("hours_per_day")).toInt() == 24;
        aroundTheClock[term.tier] = aroundTheClock.value(term.tier) || always;
    }
    for (int i = 0; i < terms.size(); ++i) {
        SlaTerm &term = terms[i];
        if (!SlaTerm::isTimeKey(term.key) || !term.values.value(QStringLiteral("basis")).isNull() ||
            term.values.value(QStringLiteral("next_business_day")).toBool() || !aroundTheClock.contains(term.tier) ||
            !window.match(text.unitText(text.units().at(termUnits.at(i)))).hasMatch())
            continue;
        term.values.insert(QStringLiteral("basis"),
                           aroundTheClock.value(term.tier) ? QStringLiteral("calendar") : QStringLiteral("business"));
    }
}

} // namespace

void completeFromContext(const AnalysisText &text, QList<SlaTerm> &terms, const QList<int> &termUnits)
{
    // The three fill different terms (penalties, times, coverage) and read only what the others do
    // not write, so they run side by side; the list is made unshared first so that indexing it on
    // the cores never copies it.
    terms.detach();
    ParallelTasks::run(3, [&](int task) {
        if (task == 0)
            fillPenaltyCaps(text, terms, termUnits);
        else if (task == 1)
            fillBasisFromNotes(text, terms, termUnits);
        else
            fillCoverageFromDefinitions(text, terms, termUnits);
    });
    // What notes and rows around a table say of all its cells.
    fillFromTableNotes(text, terms, termUnits);
    // After both: it reads the completed coverage and fills what the notes left open.
    fillBasisFromCoverageWindow(text, terms, termUnits);
}

} // namespace tw::analysis
