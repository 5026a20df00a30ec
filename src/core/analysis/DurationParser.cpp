#include "DurationParser.h"

#include <QRegularExpression>

#include <algorithm>

namespace tw::analysis {

namespace {

const QRegularExpression &durationPattern()
{
    // number [range] unit ("4 hours", "2-4 hours", "4-hour"). Units are ordered longest first so
    // "business days" wins over "days". A weekday's number starts none ("周一周经理说的": Monday, then a name).
    static const QRegularExpression re(
        QStringLiteral(
            R"((?<![\d.])(?<!\d:)(?<!\d/)(?<![A-Za-z])(?<!周|星期|礼拜)(\d+(?:\.\d+)?)(?:\s*(?:-|~|to|至|到)\s*(\d+(?:\.\d+)?))?(?:\s*-(?=\s*[a-z]))?\s*(?:个)?\s*)"
            R"((个?自然日|个?日历日|个?工作日|工作小时|自然小时|个?小时|小時|个?钟头|分钟|分鐘|天|日(?!期|起|前|内支付)|周|星期|)"
            R"(business[\s-]*days?|working[\s-]*days?|calendar[\s-]*days?|business[\s-]*(?:hours?|hrs?)|bus\.?[\s-]*(?:hours?|hrs?)|bus\.?[\s-]*days?|working[\s-]*(?:hours?|hrs?)|office[\s-]*(?:hours?|hrs?)|service[\s-]*hours?|(?:extended|core|support|coverage|cover|prime)[\s-]+hours?|)"
            R"(clock[\s-]*hours?|elapsed[\s-]*hours?|calendar[\s-]*hours?|clock[\s-]*minutes?|elapsed[\s-]*minutes?|hours?|hrs?|h(?![a-z])|minutes?|mins?|days?|weeks?|bd)(?![a-z]))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &wordDurationPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:(half an|a half|an|one)\s+(hour|business day|working day|day))\b|(半个?(?:小时|钟头)))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &nbdPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(next[\s-]+(?:business|working|bus\.?)[\s-]+day|\bNBD\b|下\s*[一1]?\s*个?\s*工作日|次\s*[一1]?\s*个?\s*工作日)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

QString DurationParser::basisOf(const QString &text)
{
    static const QRegularExpression business(
        QStringLiteral(
            R"(工作日|工作小时|工作时间|服务时间内|服务时段内|business[\s-]*(?:hours?|hrs?|days?|time)|office[\s-]*hours?|\bbus\.?[\s-]*(?:hours?|hrs?|days?)\b|working[\s-]*(?:hours?|hrs?|days?|time)|(?:during|in) (?:the )?service hours|service hours only|(?:within|during) (?:the )?(?:[\w'’]+ ){0,2}?(?:applicable |relevant |agreed )?(?:hours of cover|(?:support|cover|coverage|service) (?:hours|window)|coverage window)|(?:paused|suspended|stopped|stop) outside (?:the |it|them)|NBD)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression calendar(
        QStringLiteral(
            R"(自然日|自然小时|自然时间|日历日|日历时间|连续计算|连续时间|不中断|不因[^。；;]{0,12}中断|calendar(?!\s+(?:months?|years?|quarters?))|elapsed|clock hours?|clock minutes?|without regard to (?:nights|weekends|holidays)|consecutive hours|round[- ]the[- ]clock|around the clock|without (?:pausing|stopping|interruption)|\bcontinuous(?:ly)?\b|clock (?:keeps|continues to) run(?:ning)?|clock runs (?:overnight|through|on))"),
        QRegularExpression::CaseInsensitiveOption);
    if (calendar.match(text).hasMatch())
        return QStringLiteral("calendar");
    if (business.match(text).hasMatch())
        return QStringLiteral("business");
    return QString();
}

QList<Duration> DurationParser::find(const QString &text)
{
    QList<Duration> found;
    auto overlaps = [&found](int s, int e) {
        for (const Duration &d : found) {
            if (s < d.end && e > d.start)
                return true;
        }
        return false;
    };
    // "the day after next working day", "第二个工作日": two business days; "the third business day": three.
    static const QRegularExpression nthBusinessDay(
        QStringLiteral(
            R"((?:the )?day after (?:the )?next[\s-]+(?:business|working)[\s-]+day|\b(second|third|fourth|fifth|2nd|3rd|4th|5th) (?:business|working) day|第([二三四五])个工作日|下下个工作日)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto nth = nthBusinessDay.globalMatch(text); nth.hasNext();) {
        const auto m = nth.next();
        static const QStringList ordinals = {QStringLiteral("second"), QStringLiteral("third"),
                                             QStringLiteral("fourth"), QStringLiteral("fifth")};
        static const QStringList shortOrdinals = {QStringLiteral("2nd"), QStringLiteral("3rd"), QStringLiteral("4th"),
                                                  QStringLiteral("5th")};
        static const QString chinese = QStringLiteral("二三四五");
        const QString ordinal = m.captured(1).toLower();
        const int days = !ordinal.isEmpty()
                             ? 2 + int(std::max(ordinals.indexOf(ordinal), shortOrdinals.indexOf(ordinal)))
                         : !m.captured(2).isEmpty() ? 2 + int(chinese.indexOf(m.captured(2)))
                                                    : 2;
        Duration d;
        d.start = int(m.capturedStart());
        d.end = int(m.capturedEnd());
        d.minutes = days * 1440;
        d.businessDays = true;
        d.basis = QStringLiteral("business");
        found << d;
    }
    auto it = nbdPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (overlaps(int(m.capturedStart()), int(m.capturedEnd())))
            continue;
        Duration d;
        d.start = int(m.capturedStart());
        d.end = int(m.capturedEnd());
        d.nextBusinessDay = true;
        d.basis = QStringLiteral("business");
        found << d;
    }
    it = durationPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        int s = int(m.capturedStart());
        const int e = int(m.capturedEnd());
        // "Priority 1 — twelve (12) hours": a priority's number before a dash, not a range's low end.
        static const QRegularExpression numberedLevel(
            QStringLiteral(R"((?:\b(?:priority|severity|sev|level|p|s|class|category|tier)|级别|等级)\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
        if (!m.captured(2).isEmpty() &&
            numberedLevel.match(QStringView(text).mid(std::max(0, s - 16), std::min(s, 16))).hasMatch())
            s = int(m.capturedStart(2));
        if (overlaps(s, e))
            continue;
        // A date ("2025 年") or a time of day is not a duration: only small numbers of days/hours.
        double value = m.captured(2).isEmpty() ? m.captured(1).toDouble() : m.captured(2).toDouble();
        const QString unit = m.captured(3).toLower();
        Duration d;
        d.start = s;
        d.end = e;
        // "4 Service Hours", "6 Extended Hours": hours of a defined service window are business time.
        static const QRegularExpression windowHours(
            QStringLiteral(R"(^(?:service|extended|core|support|coverage|cover|prime)[\s-]*hours?$)"));
        // ("2BD": two business days, as a packed SLA cell writes them.)
        d.basis = windowHours.match(unit).hasMatch() || unit == QLatin1String("bd") ? QStringLiteral("business")
                                                                                    : basisOf(unit);
        if (unit.contains(QStringLiteral("分")) || unit.contains(QLatin1String("min"))) {
            d.minutes = value;
        } else if (unit.contains(QStringLiteral("时")) || unit.contains(QStringLiteral("時")) ||
                   unit.contains(QStringLiteral("钟头")) || unit.contains(QLatin1String("hour")) ||
                   unit.endsWith(QLatin1String("hr")) || unit.endsWith(QLatin1String("hrs")) ||
                   unit == QLatin1String("h")) {
            d.minutes = value * 60;
        } else if (unit.contains(QStringLiteral("周")) || unit.contains(QStringLiteral("星期")) ||
                   unit.startsWith(QLatin1String("week"))) {
            d.minutes = value * 7 * 1440;
        } else {
            d.minutes = value * 1440;
            d.businessDays = d.basis == QLatin1String("business");
        }
        if (d.minutes <= 0 || value > 10000)
            continue;
        // "3 月 17 日" is a date: a day count right after a month is its day of the month.
        if (unit == QStringLiteral("日")) {
            int before = s - 1;
            while (before >= 0 && text.at(before).isSpace())
                --before;
            if (before >= 0 && text.at(before) == QChar(0x6708)) // 月
                continue;
        }
        found << d;
    }
    it = wordDurationPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int s = int(m.capturedStart());
        const int e = int(m.capturedEnd());
        if (overlaps(s, e))
            continue;
        Duration d;
        d.start = s;
        d.end = e;
        const QString lead = m.captured(1).toLower();
        const QString unit = m.captured(2).toLower();
        if (!m.captured(3).isEmpty() || lead.contains(QLatin1String("half"))) {
            d.minutes = 30;
        } else if (unit == QLatin1String("hour")) {
            d.minutes = 60;
        } else {
            d.minutes = 1440;
            d.basis = basisOf(unit);
            d.businessDays = !d.basis.isEmpty();
        }
        found << d;
    }
    std::sort(found.begin(), found.end(), [](const Duration &a, const Duration &b) { return a.start < b.start; });
    return found;
}

} // namespace tw::analysis
