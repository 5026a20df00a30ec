#include "CoverageExtractor.h"

#include "PriorityParser.h"

#include "GatedMatch.h"

#include <algorithm>

namespace tw::analysis {

namespace {

QString clock(int hour, int minute)
{
    return QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
}

} // namespace

QRegularExpression CoverageExtractor::trigger() const
{
    static const QRegularExpression re = pattern(QStringLiteral(
        R"(\d\s*[x*/]\s*\d|(?:天|days?)\s*[x*×]\s*\d|a day|per day|\b24\s*hours?\s*[,/]?\s*365\s*days?|days? (?:a|per|each) week|around the clock|round[- ]the[- ]clock|全天候|全年无休|每天|每日|每(?:周|星期|礼拜)\s*7|\bmon(?:day)?\b|\bM\s*[-–]\s*F\b|\bmo\s*[-–]\s*(?:fr|sa|su|so)\b|周一|星期一|\d{1,2}\s*[:.]\s*\d{2}|\d\s*(?:am|pm)\b|)"
        // A cell that says only "Business Hours" (the whole document is scanned: cells end at tabs).
        R"((?:^|(?<=[\t\n]))[^\w\t\n]*(?:business|working|office) hours[^\w\t\n]*(?=[\t\n]|$)|)"
        // ... or service given "during Business Hours".
        R"(\b(?:during|within) (?:normal |standard |our |its )?(?:business|working) hours\b)"));
    return re;
}

void CoverageExtractor::extract(const AnalysisText &text, const TextUnit &unit, QList<SlaTerm> *terms) const
{
    // (Not a model code's count: "NF5280M6×4" is four servers.)
    static const QRegularExpression grid = pattern(QStringLiteral(
        R"((?<![\d.A-Za-z])(\d{1,2})\s*(?:天|days?)?\s*[x*×]\s*(\d{1,2})(?:\s*(?:小时|hours?))?(?:\s*[x*×]\s*(\d{1,3}))?(?!\d)(?!\.\d))"));
    static const QRegularExpression hoursADay = pattern(QStringLiteral(
        R"((24)\s*(?:hours?|小时)\s*(?:a|per|each)?\s*day|(?:每天|全天)\s*(24)\s*小时|24\s*/\s*7|\b24\s*hours?\s*[,/]?\s*365\s*days?|around the clock|round[- ]the[- ]clock|全天候)"));
    static const QRegularExpression daysAWeek = pattern(QStringLiteral(
        R"((7)\s*days?\s*(?:a|per|each)?\s*week|每(?:周|星期|礼拜)\s*(7)\s*天|(365)\s*days?|全年无休|365\s*天)"));
    static const QRegularExpression weekdays = pattern(QStringLiteral(
        R"((?:monday|mon|mo)\s*(?:-|~|to|through|thru|至|到)\s*(friday|fri|fr|saturday|sat|sa|sunday|sun|su|so)\b|周一\s*(?:-|~|至|到)\s*周?([五六日天])|星期一\s*(?:-|~|至|到)\s*(?:星期)?([五六日天])|工作日|business days?|working days?|weekdays|(\bdaily\b|\bevery day\b|每天|每日)|\bM\s*[-–]\s*F\b|\bexcept (?:on )?saturdays?(?:,| and| &)\s*(?:and )?sundays?\b)"));
    static const QRegularExpression hours = pattern(QStringLiteral(
        R"((?<![\d:])([01]?\d|2[0-4])\s*[:：.]\s*([0-5]\d)\s*(?:h\b|hrs\b)?\s*(?:am|a\.m\.)?\s*(?:-|~|to|至|到|until|and)\s*(?:下午|晚上|傍晚)?\s*([01]?\d|2[0-4])\s*[:：.]\s*([0-5]\d)\s*(?:h\b|hrs\b)?\s*(pm|p\.m\.)?)"));
    static const QRegularExpression holidaysIn = pattern(QStringLiteral(
        R"((?<!不)(?:含|包含|包括)(?:周末(?:及|和|与|、)?)?(?:国家|新加坡|香港|澳门|当地)?(?:法定|国定|公共)?(?:节假日|假日|节日|例假日|公众假期|公共假期|假期)|(?:节假日|假日|节日)(?:无休|不休|照常|正常|同样|均提供|亦提供)|(?:节假日|假日)[^,.;，。；]{0,4}有人值班|全年无休|全年365天|365天不间断|including (?:[\w.-]+ ){0,3}holidays|incl\.? (?:[\w.-]+ ){0,2}holidays|365\s*days|\d+\s*[x*/]\s*\d+\s*[x*/]\s*365|holidays included|365 days (?:a|per) year|(?:every|each) day of the year|(?:7|seven) days a week,? (?:365|including|all (?:year )?round|throughout the year))"));
    static const QRegularExpression holidaysOut = pattern(QStringLiteral(
        R"((?:不含|不包括|除外|不包含)(?:国家)?(?:法定|国定)?(?:节假日|假日|公众假期)|(?:法定|国定)?(?:节假日|假日|公众假期)除外|(?:节假日|假日)及[^,.;。，]{2,14}除外|(?:节假日|假日)(?:休息|不提供)|(?:节假日|假日)[^,.;。，]{0,6}(?:不提供|顺延|暂停)|excluding (?:[\w.-]+ ){0,3}holidays|exclusive (?:of )?(?:[\w.-]+ ){0,2}holidays|excl\. (?:[\w.-]+ ){0,3}holidays|except (?:on )?(?:[\w.,-]+ ){0,4}holidays|public holidays excluded|other than (?:public )?holidays)"));
    static const QRegularExpression businessHours =
        pattern(QStringLiteral(R"(business hours|working hours|office hours|工作时间|服务时间)"));

    const QString t = text.unitText(unit);
    const QStringView folded = text.foldedUnitText(unit);
    int days = 0;
    int hoursPerDay = 0;
    int windowMinutes = 0; // of a "09:00-17:30" window, whose day is 8.5 hours
    QString start;
    QString end;
    QVariant holidays;
    int from = int(t.size());
    int to = 0;
    auto cover = [&](int s, int e) {
        from = qMin(from, s);
        to = qMax(to, e);
    };

    auto g = grid.globalMatch(t);
    while (g.hasNext()) {
        const auto m = g.next();
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        int d = 0;
        int h = 0;
        // (A service week has five to seven days: "x4 x2" counts servers.)
        if (a >= 5 && a <= 7 && b >= 4 && b <= 24) {
            d = a;
            h = b;
        } else if (b >= 5 && b <= 7 && a >= 4 && a <= 24) {
            d = b;
            h = a;
        }
        if (d == 0 || days != 0)
            continue;
        days = d;
        hoursPerDay = h;
        if (m.captured(3) == QLatin1String("365"))
            holidays = true;
        cover(int(m.capturedStart()), int(m.capturedEnd()));
    }
    if (hoursPerDay == 0) {
        const auto m = gatedMatch(hoursADay, t, folded);
        if (m.hasMatch()) {
            hoursPerDay = 24;
            cover(int(m.capturedStart()), int(m.capturedEnd()));
            if (m.captured(0).contains(QLatin1Char('7')) || m.captured(0).contains(QStringLiteral("全天候")) ||
                m.captured(0).contains(QLatin1String("clock"), Qt::CaseInsensitive))
                days = 7;
        }
    }
    if (days == 0 || hoursPerDay == 24) {
        const auto m = gatedMatch(daysAWeek, t, folded);
        if (m.hasMatch() && (hoursPerDay > 0 || m.captured(0).contains(QLatin1String("week"), Qt::CaseInsensitive) ||
                             m.captured(0).contains(QStringLiteral("周")))) {
            days = 7;
            cover(int(m.capturedStart()), int(m.capturedEnd()));
        }
    }
    // "8am-5pm", "8 am to 6 pm", "8:30 a.m. through 5:00 p.m.": clock times with am/pm on both ends.
    static const QRegularExpression meridiem = pattern(QStringLiteral(
        R"((?<![\d:])(1[0-2]|0?\d)(?:\s*[:.]\s*([0-5]\d))?\s*(am|a\.m\.|pm|p\.m\.)\s*(?:-|–|—|~|to|until|through|thru)\s*(1[0-2]|0?\d)(?:\s*[:.]\s*([0-5]\d))?\s*(am|a\.m\.|pm|p\.m\.))"));
    // "早上9点到晚上6点", "上午8点半至下午5点半", "9点-18点", "上午9時至下午6時": o'clock times in Chinese.
    static const QRegularExpression oclock = pattern(QStringLiteral(
        R"((?<!\d)(\d{1,2})\s*(?:点|时(?![间段限内]))\s*(半|\d{1,2}\s*分)?\s*(?:-|–|—|~|至|到)\s*(下午|晚上|傍晚|晚)?\s*(\d{1,2})\s*(?:点|时(?![间段限内]))\s*(半|\d{1,2}\s*分)?)"));
    // The first window written is the one the shorthand or weekdays go with ("星期一至五 上午9時至下午6時，星期六
    // 9:00-13:00"): of the three ways to write one, the earliest counts.
    QRegularExpressionMatch hm = gatedMatch(hours, t, folded);
    QRegularExpressionMatch mm = gatedMatch(meridiem, t, folded);
    QRegularExpressionMatch om = gatedMatch(oclock, t, folded);
    const auto startOf = [](const QRegularExpressionMatch &m) { return m.hasMatch() ? m.capturedStart() : 1 << 30; };
    const qsizetype earliest = std::min({startOf(hm), startOf(mm), startOf(om)});
    if (startOf(hm) > earliest)
        hm = QRegularExpressionMatch();
    if (startOf(mm) > earliest || hm.hasMatch())
        mm = QRegularExpressionMatch();
    if (startOf(om) > earliest || hm.hasMatch() || mm.hasMatch())
        om = QRegularExpressionMatch();
    // "Mon-Fri 8-6": bare hours right after the weekdays, the second an afternoon hour.
    static const QRegularExpression bareHours = pattern(QStringLiteral(
        R"(\b(?:fri|friday|fr|sat|saturday)\.?\s*,?\s*(0?[6-9]|1[0-2])\s*(?:-|–|—|to)\s*([1-9]|1[0-2])(?![\d:.%]|\s*(?:hours?|hrs?)\b))"));
    if (!hm.hasMatch() && !mm.hasMatch() && !om.hasMatch()) {
        const auto bm = gatedMatch(bareHours, t, folded);
        const int h1 = bm.captured(1).toInt();
        const int h2 = bm.captured(2).toInt() + 12;
        if (bm.hasMatch() && h2 > h1 && h2 <= 22) {
            start = clock(h1, 0);
            end = clock(h2, 0);
            if (hoursPerDay != 24) {
                windowMinutes = (h2 - h1) * 60;
                hoursPerDay = h2 - h1;
            }
            cover(int(bm.capturedStart(1)), int(bm.capturedEnd()));
        }
    }
    if (om.hasMatch()) {
        auto minutesOf = [](const QString &part) {
            return part == QStringLiteral("半") ? 30 : part.left(part.size() - 1).trimmed().toInt();
        };
        const int h1 = om.captured(1).toInt();
        const int m1 = om.captured(2).isEmpty() ? 0 : minutesOf(om.captured(2));
        int h2 = om.captured(4).toInt();
        const int m2 = om.captured(5).isEmpty() ? 0 : minutesOf(om.captured(5));
        if (h2 < 12 && (!om.captured(3).isEmpty() || h2 <= h1))
            h2 += 12;
        if (h2 > h1 && h2 <= 24) {
            start = clock(h1, m1);
            end = clock(h2, m2);
            if (hoursPerDay != 24) { // as below: the window over a shorthand
                windowMinutes = h2 * 60 + m2 - h1 * 60 - m1;
                hoursPerDay = qRound(windowMinutes / 60.0);
            }
            cover(int(om.capturedStart()), int(om.capturedEnd()));
        }
    }
    if (hm.hasMatch() || mm.hasMatch()) {
        // "上午 9:00 至下午 6:00": the afternoon word makes the end a p.m. hour.
        static const QRegularExpression afternoon(QStringLiteral("下午|晚上|傍晚"));
        const bool twelveHour = !hm.hasMatch();
        const auto &m = twelveHour ? mm : hm;
        int h1 = m.captured(1).toInt();
        const int m1 = m.captured(2).toInt();
        int h2 = m.captured(twelveHour ? 4 : 3).toInt();
        const int m2 = m.captured(twelveHour ? 5 : 4).toInt();
        if (twelveHour) {
            const bool pm1 = m.captured(3).startsWith(QLatin1Char('p'), Qt::CaseInsensitive);
            const bool pm2 = m.captured(6).startsWith(QLatin1Char('p'), Qt::CaseInsensitive);
            h1 = (h1 % 12) + (pm1 ? 12 : 0);
            h2 = (h2 % 12) + (pm2 ? 12 : 0);
        } else if ((!m.captured(5).isEmpty() || afternoon.match(m.captured(0)).hasMatch()) && h2 < 12) {
            h2 += 12;
        }
        if (h2 > h1) {
            start = clock(h1, m1);
            end = clock(h2, m2);
            // The stated window gives the hours, over a shorthand beside it ("5×8小时（周一至周五8:30—17:30）" is
            // nine hours a day), but not over round-the-clock cover.
            if (hoursPerDay != 24) {
                windowMinutes = h2 * 60 + m2 - h1 * 60 - m1;
                hoursPerDay = qRound(windowMinutes / 60.0);
            }
            cover(int(m.capturedStart()), int(m.capturedEnd()));
        }
    }
    // "星期一至五 9:00-18:00，星期六 9:00-13:00", "Monday to Friday 8:00 to 18:00, Saturday 9:00 to 13:00": a
    // Saturday of its own hours makes six days.
    static const QRegularExpression saturdayToo = pattern(QStringLiteral(
        R"((?:星期|周)六\s*[:：]?\s*(?:上午)?\s*\d{1,2}\s*[:：.时]|\bsat(?:urday)?s?\b\s*[:：]?\s*\d{1,2}(?:\s*[:.]\s*\d{2})?\s*(?:am|a\.m\.)?\s*(?:-|–|to))"));
    // Any run of weekdays: "Sunday to Thursday" (the Gulf's working week), "Tue–Sat".
    static const QRegularExpression dayRange = pattern(QStringLiteral(
        R"(\b(sun|mon|tue|wed|thu|fri|sat)(?:day|sday|nesday|rsday|urday|s|rs|r)?\.?\s*(?:-|–|~|to|through|thru)\s*(sun|mon|tue|wed|thu|fri|sat)(?:day|sday|nesday|rsday|urday|s|rs|r)?\b)"));
    const auto dr = days == 0 ? dayRange.match(t) : QRegularExpressionMatch();
    if (dr.hasMatch()) {
        static const QStringList week = {QStringLiteral("sun"), QStringLiteral("mon"), QStringLiteral("tue"),
                                         QStringLiteral("wed"), QStringLiteral("thu"), QStringLiteral("fri"),
                                         QStringLiteral("sat")};
        const int firstDay = int(week.indexOf(dr.captured(1).toLower()));
        const int lastDay = int(week.indexOf(dr.captured(2).toLower()));
        days = (lastDay - firstDay + 7) % 7 + 1;
        if (days == 5 && lastDay == 5 && saturdayToo.match(t, dr.capturedEnd()).hasMatch())
            days = 6;
        cover(int(dr.capturedStart()), int(dr.capturedEnd()));
    }
    const auto wd = gatedMatch(weekdays, t, folded);
    if (wd.hasMatch() && days == 0) {
        const QString last = wd.captured(1).toLower() + wd.captured(2) + wd.captured(3) +
                             (wd.captured(4).isEmpty() ? QString() : QStringLiteral("sun"));
        // ("Mo–Fr", "Mo–Sa", "Mo–So": German and European abbreviations.)
        if (last.startsWith(QLatin1String("sa")) || last == QStringLiteral("六"))
            days = 6;
        else if (last.startsWith(QLatin1String("su")) || last == QLatin1String("so") || last == QStringLiteral("日") ||
                 last == QStringLiteral("天"))
            days = 7;
        else
            days = 5;
        if (days == 5 && saturdayToo.match(t, wd.capturedEnd()).hasMatch())
            days = 6;
        // "工作日" alone only says weekdays when hours or a grid come with it.
        const bool explicitDays = !last.isEmpty();
        if (explicitDays || hoursPerDay > 0 || !start.isEmpty())
            cover(int(wd.capturedStart()), int(wd.capturedEnd()));
        else
            days = 0;
    }
    if (days == 0 && hoursPerDay == 0) {
        // "Standard business hours, Monday to Friday" handled above; bare "business hours" is no term,
        // except as a whole cell of a coverage row or column (its hours are those of its definition).
        static const QRegularExpression wholeCell =
            pattern(QStringLiteral(R"(^\W*(?:business|working|office) hours\W*$|^\W*工作时间\W*$)"));
        static const QRegularExpression coverageLabel = pattern(QStringLiteral(
            R"(coverage|hours of (?:cover|service|support)|(?:service|support) (?:hours|window|availability)|服务时间|服务时段)"));
        // ... or a tier's service given in business hours: "Provider shall provide the Support Services for
        // Standard Systems during Business Hours", "Class C servers: during Business Hours only."
        static const QRegularExpression servedInBusinessHours = pattern(QStringLiteral(
            R"(\b(?:provide|perform|deliver|offer)(?:s|d|ed)?\b[^.;:]{0,80}?\b(?:during|within) (?:normal |standard |our |its )?(?:business|working) hours\b(?! (?:of|after|from|following)\b)|)"
            R"([:：]\s*(?:during|within|in) (?:normal |standard )?(?:business|working) hours(?: only)?\s*\.?\s*$)"));
        const bool cell =
            unit.cell >= 0 && wholeCell.match(t).hasMatch() &&
            (coverageLabel.match(unit.rowLabel).hasMatch() || coverageLabel.match(unit.columnHeader).hasMatch());
        const auto served = cell ? QRegularExpressionMatch() : servedInBusinessHours.match(t);
        if (!cell && !(served.hasMatch() && text.tiers().tiersIn(t).size() == 1))
            return;
        days = 5;
        if (cell)
            cover(0, int(t.size()));
        else
            cover(int(served.capturedStart()), int(served.capturedEnd()));
    }
    if (days == 0 && start.isEmpty() && hoursPerDay != 24)
        return;
    const auto hin = gatedMatch(holidaysIn, t, folded);
    const auto hout = gatedMatch(holidaysOut, t, folded);
    if (hout.hasMatch()) {
        holidays = false;
        cover(int(hout.capturedStart()), int(hout.capturedEnd()));
    } else if (hin.hasMatch()) {
        holidays = true;
        cover(int(hin.capturedStart()), int(hin.capturedEnd()));
    }
    if (from >= to)
        return;
    Q_UNUSED(businessHours);
    SlaTerm term = makeTerm(QStringLiteral("coverage"), text, unit, from, to);
    // The hours a tier is covered are the tier's, whatever priority row of a grid they sit in; only a
    // matrix with priorities as its columns ("Coverage window | 24x7x365 | ... | Business Hours") gives
    // each priority its own window.
    const bool priorityColumn = unit.cell > 0 && !PriorityParser::prioritiesOf(unit.columnHeader).isEmpty() &&
                                PriorityParser::prioritiesOf(unit.rowLabel).isEmpty();
    // (Nor does a sentence whose subject is a priority: "Priority 1 Notifications are accepted and handled 24
    // hours a day, 7 days a week".)
    static const QRegularExpression prioritySubject = pattern(QStringLiteral(
        R"(^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:priority|severity|sev|P)\s*-?\s*[1-4](?:\s*(?:and|or|,|/)\s*[1-4])*\s+(?:\([^)]{1,20}\)\s+)?(?:notifications?|incidents?|calls?|requests?|tickets?|faults?|failures?|cases?|issues?)\b)"));
    if (!priorityColumn && !(unit.cell < 0 && prioritySubject.match(t).hasMatch()))
        term.priority.clear();
    term.values.insert(QStringLiteral("days_per_week"), days > 0 ? QVariant(days) : QVariant());
    const bool halfHour = windowMinutes > 0 && windowMinutes % 60 != 0 && qRound(windowMinutes / 60.0) == hoursPerDay;
    term.values.insert(QStringLiteral("hours_per_day"), hoursPerDay <= 0 ? QVariant()
                                                        : halfHour       ? QVariant(windowMinutes / 60.0)
                                                                         : QVariant(hoursPerDay));
    term.values.insert(QStringLiteral("start"), start.isEmpty() ? QVariant() : QVariant(start));
    term.values.insert(QStringLiteral("end"), end.isEmpty() ? QVariant() : QVariant(end));
    term.values.insert(QStringLiteral("holidays"), holidays);
    terms->append(term);
}

} // namespace tw::analysis
