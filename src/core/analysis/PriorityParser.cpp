#include "PriorityParser.h"

#include <QRegularExpression>

namespace tw::analysis {

namespace {

const QRegularExpression &numericPattern()
{
    // "P1", "P1/P2", "Severity 1", "Sev 2", "Priority 3", "Priority Level 1", "1级故障", "一级（紧急）"
    // (already 1级 after normalisation). "第1级" is an escalation step and "1级保障" a tier, not a
    // priority; "第一级故障" is priority 1. A level right after a one-digit list number ("1．三级故障", 1.3级 after
    // normalisation) is one too; one right after a noun is a class unless a fault follows ("灾备一级" is a
    // tier, "设备一级故障" a priority).
    static const QRegularExpression re(
        QStringLiteral(
            R"(\b(?:P|S|Sev|Severity|Priority|Prio)(?:[\s.-]*(?:level|lvl))?[\s.:-]*([1-4])\b)"
            R"((?:\s*(?:/|,|、|&|and|or|-|至|到)\s*(?:P|S|Sev|Severity|Priority)?[\s.-]*([1-4])\b(?!\s*(?:h\b|hrs?\b|hours?\b|min|business|working|days?\b|小时|分钟|天|个)))?)"
            // ... or a Chinese level: not "第1级" unless a fault follows;
            R"(|(?:(?<!第)|(?=[1-4]\s*级\s*(?:故障|事件|问题|告警))))"
            // not part of a longer number, but right after a one-digit list number ("1.3级");
            R"((?:(?<![\d.])|(?<=^\d\.)|(?<=[^\d.]\d\.)))"
            // not right after a noun ("灾备一级") unless after a joining word or a fault follows ("一级、二级故障");
            R"((?:(?<![\x{4e00}-\x{9fff}])|(?<=[为属是按即定至到及和或与的于对级除])|)"
            R"((?=[1-4]\s*级\s*(?:(?:[、/和及至或]\s*[1-4]\s*级|及?以[上下])\s*)?(?:故障|事件|问题|告警))))"
            // and not a class of what follows ("1级保障", "一级、二级设备").
            R"(([1-4])\s*级(?!别以上|(?:\s*[、/和及至或]\s*[1-4]\s*级)?\s*(?:保障|服务|客户|系统|设备|业务|套餐|维保|运维|会员|合作|代理|认证|资质|等保)))"
            R"((?:\s*(?:/|、|和|及|至)\s*([1-4])\s*级)?)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &wordPattern()
{
    // 紧急故障, a bare 紧急 label, "urgent priority", "priority_high" (template variables), 高优先级.
    static const QRegularExpression re(
        QStringLiteral(
            R"((紧急|严重|重要|一般|普通|咨询)(?:故障|事件|问题|级|类)|^\s*(紧急|严重|一般|咨询)\s*$|(?:priority|severity)[\s_:-]*(urgent|critical|high|medium|normal|low)\b|\b(urgent|critical|high|medium|normal|low)[\s_-]+(?:priority|severity)\b|([高中低])优先级)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "four (4) hours for Critical incidents; eight (8) hours for Major incidents" (not "Mission Critical
// incidents", a plan, nor "non-critical issues"). Run only where the gate saw such a pair.
const QRegularExpression &severityIncidentPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?<!mission )(?<!business )(?<!non-)(?<!non )(?<!non)\b(critical|urgent|major|high|medium|moderate|minor|low)\s+(?:incidents?|faults?|issues?|calls?|problems?|tickets?)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString wordPriority(const QString &rawWord)
{
    const QString word = rawWord.toLower();
    if (word == QLatin1String("urgent") || word == QLatin1String("critical"))
        return QStringLiteral("P1");
    if (word == QLatin1String("high") || word == QLatin1String("major") || word == QStringLiteral("高"))
        return QStringLiteral("P2");
    if (word == QLatin1String("medium") || word == QLatin1String("normal") || word == QLatin1String("moderate") ||
        word == QLatin1String("minor") || word == QStringLiteral("中"))
        return QStringLiteral("P3");
    if (word == QLatin1String("low") || word == QStringLiteral("低"))
        return QStringLiteral("P4");
    if (word == QStringLiteral("紧急"))
        return QStringLiteral("P1");
    if (word == QStringLiteral("严重") || word == QStringLiteral("重要"))
        return QStringLiteral("P2");
    if (word == QStringLiteral("一般") || word == QStringLiteral("普通"))
        return QStringLiteral("P3");
    return QStringLiteral("P4");
}

// Cheap exact gates before the patterns (they run on every sentence a term is found in): a numeric
// priority needs a digit 1-4, a word priority one of its words. One pass over the text.
struct Gates
{
    bool numeric = false;
    bool word = false;
    bool roman = false;            ///< "I 级", "Ⅱ级", "Level III"
    bool severityIncident = false; ///< "Critical incidents"
    bool letteredSeverity = false; ///< "Severity A"
};

// Whether the digit at i can be a priority number: "P1", "Sev 2", "Severity: 3", "Priority Level 1",
// "Category 2", "2 级" (the letter before it, past spaces and punctuation, ends one of those words;
// or 级 follows), and it is not part of a longer number.
bool priorityDigitAt(const QString &text, qsizetype i)
{
    const qsizetype n = text.size();
    if ((i > 0 && text.at(i - 1).isDigit()) || (i + 1 < n && text.at(i + 1).isDigit()))
        return false;
    qsizetype after = i + 1;
    while (after < n && text.at(after).isSpace())
        ++after;
    if (after < n && text.at(after) == QChar(0x7EA7)) // 级
        return true;
    qsizetype before = i - 1;
    while (before >= 0 && (text.at(before).isSpace() || text.at(before) == QLatin1Char('.') ||
                           text.at(before) == QLatin1Char(':') || text.at(before) == QLatin1Char('-')))
        --before;
    if (before < 0)
        return false;
    switch (text.at(before).toLower().unicode()) {
    case u'p': // P1
    case u's': // S1
    case u'v': // Sev
    case u'y': // Severity, Priority, Category
    case u'o': // Prio
    case u'l': // level, lvl
        return true;
    default:
        return false;
    }
}

// A severity word of "Critical incidents", "major faults", "low issues".
bool isSeverityWord(QStringView word)
{
    // First letter and length before any comparison: most words are none of these.
    QLatin1String candidates[2];
    int count = 0;
    switch (word.front().toLower().unicode()) {
    case u'c':
        if (word.size() == 8)
            candidates[count++] = QLatin1String("critical");
        break;
    case u'u':
        if (word.size() == 6)
            candidates[count++] = QLatin1String("urgent");
        break;
    case u'm':
        if (word.size() == 5) {
            candidates[count++] = QLatin1String("major");
            candidates[count++] = QLatin1String("minor");
        } else if (word.size() == 6) {
            candidates[count++] = QLatin1String("medium");
        } else if (word.size() == 8) {
            candidates[count++] = QLatin1String("moderate");
        }
        break;
    case u'h':
        if (word.size() == 4)
            candidates[count++] = QLatin1String("high");
        break;
    case u'l':
        if (word.size() == 3)
            candidates[count++] = QLatin1String("low");
        break;
    default:
        break;
    }
    for (int k = 0; k < count; ++k) {
        if (word.compare(candidates[k], Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isIncidentWord(QStringView word)
{
    static const QLatin1String stems[] = {QLatin1String("incident"), QLatin1String("fault"),   QLatin1String("issue"),
                                          QLatin1String("call"),     QLatin1String("problem"), QLatin1String("ticket")};
    for (QLatin1String stem : stems) {
        if (word.startsWith(stem, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isAsciiLetter(char16_t u) { return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z'); }

// Whether a severity word starts at i and an incident word follows it ("Critical incidents").
bool severityBeforeIncidentAt(const QString &text, qsizetype i)
{
    if (i > 0 && isAsciiLetter(text.at(i - 1).unicode()))
        return false;
    qsizetype end = i;
    while (end < text.size() && isAsciiLetter(text.at(end).unicode()))
        ++end;
    if (!isSeverityWord(QStringView(text).mid(i, end - i)))
        return false;
    qsizetype next = end;
    while (next < text.size() && text.at(next) == QLatin1Char(' '))
        ++next;
    if (next == end)
        return false;
    qsizetype nextEnd = next;
    while (nextEnd < text.size() && isAsciiLetter(text.at(nextEnd).unicode()))
        ++nextEnd;
    return isIncidentWord(QStringView(text).mid(next, nextEnd - next));
}

Gates gatesOf(const QString &text)
{
    Gates gates;
    bool letterR = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u >= 0x4E00) {
            switch (u) {
            case u'紧':
            case u'严':
            case u'重':
            case u'一':
            case u'普':
            case u'咨':
            case u'高':
            case u'中':
            case u'低':
                gates.word = true;
                break;
            default:
                break;
            }
        } else if (u >= u'1' && u <= u'4') {
            gates.numeric = gates.numeric || priorityDigitAt(text, i);
        } else if (u == u'r' || u == u'R') {
            letterR = true;
        } else if (u == u'I' || u == u'i' || (u >= 0x2160 && u <= 0x2163)) {
            gates.roman = true;
        } else if (!gates.severityIncident && (u == u'c' || u == u'C' || u == u'u' || u == u'U' || u == u'm' ||
                                               u == u'M' || u == u'h' || u == u'H' || u == u'l' || u == u'L')) {
            // "Critical incidents", "major faults", "low issues".
            gates.severityIncident = severityBeforeIncidentAt(text, i);
        }
    }
    // "priority", "severity" (the English word forms need one of them).
    if (letterR && (!gates.word || !gates.letteredSeverity)) {
        const bool named = text.contains(QLatin1String("riorit"), Qt::CaseInsensitive) ||
                           text.contains(QLatin1String("everit"), Qt::CaseInsensitive);
        gates.word = gates.word || named;
        gates.letteredSeverity = named;
    }
    return gates;
}

} // namespace

int PriorityParser::levelNumber(const QString &label)
{
    static const QRegularExpression level(
        QStringLiteral(R"(^\s*(?:level\s*|第\s*)?([1-5一二三四五])\s*级?\s*(?:[(（][^)）]{1,30}[)）]|[:：].*)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = level.match(label);
    if (!m.hasMatch())
        return 0;
    const QChar c = m.captured(1).front();
    return c.isDigit() ? c.digitValue() : int(QStringLiteral("一二三四五").indexOf(c)) + 1;
}

QList<PriorityMention> PriorityParser::find(const QString &text)
{
    QList<PriorityMention> mentions;
    const Gates gates = gatesOf(text);
    if (!gates.numeric && !gates.word && !gates.roman && !gates.severityIncident && !gates.letteredSeverity)
        return mentions;
    auto it = gates.numeric ? numericPattern().globalMatch(text) : QRegularExpressionMatchIterator();
    while (it.hasNext()) {
        const auto m = it.next();
        PriorityMention mention;
        mention.start = int(m.capturedStart());
        mention.end = int(m.capturedEnd());
        const QString a = !m.captured(1).isEmpty() ? m.captured(1) : m.captured(3);
        const QString b = !m.captured(2).isEmpty() ? m.captured(2) : m.captured(4);
        const QString joined = m.captured(0);
        const bool range = joined.contains(QLatin1Char('-')) || joined.contains(QStringLiteral("至")) ||
                           joined.contains(QStringLiteral("到"));
        mention.priorities << QStringLiteral("P") + a;
        if (!b.isEmpty()) {
            if (range) {
                for (int p = a.toInt() + 1; p <= b.toInt(); ++p)
                    mention.priorities << QStringLiteral("P%1").arg(p);
            } else if (b != a) {
                mention.priorities << QStringLiteral("P") + b;
            }
        }
        mentions << mention;
    }
    // Roman numerals: "I 级故障", "Ⅱ级", "Level III".
    static const QRegularExpression roman(
        QStringLiteral(R"((?<![A-Za-z])(IV|I{1,3}|Ⅰ|Ⅱ|Ⅲ|Ⅳ)\s*级|\blevel\s+(IV|I{1,3})\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (gates.roman) {
        auto r = roman.globalMatch(text);
        while (r.hasNext()) {
            const auto m = r.next();
            const QString numeral = (m.captured(1) + m.captured(2)).toUpper();
            static const QStringList order = {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"),
                                              QStringLiteral("IV")};
            static const QString wide = QStringLiteral("ⅠⅡⅢⅣ");
            int rank = int(order.indexOf(numeral)) + 1;
            if (rank == 0 && numeral.size() == 1)
                rank = int(wide.indexOf(numeral.at(0))) + 1;
            if (rank <= 0)
                continue;
            PriorityMention mention;
            mention.start = int(m.capturedStart());
            mention.end = int(m.capturedEnd());
            mention.priorities << QStringLiteral("P%1").arg(rank);
            mentions << mention;
        }
    }
    // Incident categories: "Category 1 – Critical", "Category 1 or Category 2 Incident", "Incident
    // Category 3" (not "Category A" device classes, nor a bare "Category 2" that may be a plan).
    static const QRegularExpression category(
        QStringLiteral(
            R"(\bcategory\s*([1-4])\b(?=\s*(?:[-–—:]\s*(?:critical|urgent|high|major|medium|moderate|normal|low|minor)\b|incidents?\b|(?:and|or)\s+category\s*[1-4]\s+incidents?\b))|\bincident\s+category\s*([1-4])\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (gates.numeric && text.contains(QLatin1String("ategor"), Qt::CaseInsensitive)) {
        auto c = category.globalMatch(text);
        while (c.hasNext()) {
            const auto m = c.next();
            PriorityMention mention;
            mention.start = int(m.capturedStart());
            mention.end = int(m.capturedEnd());
            mention.priorities << QStringLiteral("P") + m.captured(1) + m.captured(2);
            mentions << mention;
        }
    }
    // "Severity A", "Priority B": letters rank like numbers.
    static const QRegularExpression lettered(QStringLiteral(R"(\b(?:severity|sev|priority)\s*(?:level\s*)?([A-D])\b)"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (gates.letteredSeverity) {
        auto l = lettered.globalMatch(text);
        while (l.hasNext()) {
            const auto m = l.next();
            PriorityMention mention;
            mention.start = int(m.capturedStart());
            mention.end = int(m.capturedEnd());
            mention.priorities << QStringLiteral("P%1").arg(m.captured(1).toUpper().at(0).unicode() - u'A' + 1);
            mentions << mention;
        }
    }
    // "三级故障（单个冗余部件告警、咨询类问题）": the words in a level's description describe it.
    auto describes = [&text](const PriorityMention &level, qsizetype at) {
        qsizetype open = level.end;
        while (open < text.size() && open < level.end + 3 && text.at(open) != QLatin1Char('(') &&
               text.at(open) != QChar(0xFF08))
            ++open;
        if (open >= text.size() || open >= level.end + 3 || at <= open)
            return false;
        qsizetype close = open + 1;
        while (close < text.size() && text.at(close) != QLatin1Char(')') && text.at(close) != QChar(0xFF09))
            ++close;
        return at < close;
    };
    auto addWords = [&mentions, &describes](QRegularExpressionMatchIterator words) {
        while (words.hasNext()) {
            const auto m = words.next();
            bool inside = false;
            for (const PriorityMention &other : std::as_const(mentions)) {
                // "一级（紧急）": the number already said it.
                if ((m.capturedStart() < other.end + 3 && m.capturedEnd() > other.start - 3) ||
                    describes(other, m.capturedStart()))
                    inside = true;
            }
            if (inside)
                continue;
            PriorityMention mention;
            mention.start = int(m.capturedStart());
            mention.end = int(m.capturedEnd());
            QString word;
            for (int g = 1; g <= 5 && word.isEmpty(); ++g)
                word = m.captured(g);
            mention.priorities << wordPriority(word);
            mentions << mention;
        }
    };
    if (gates.word)
        addWords(wordPattern().globalMatch(text));
    if (gates.severityIncident)
        addWords(severityIncidentPattern().globalMatch(text));
    std::sort(mentions.begin(), mentions.end(),
              [](const PriorityMention &x, const PriorityMention &y) { return x.start < y.start; });
    return mentions;
}

QStringList PriorityParser::prioritiesOf(const QString &label)
{
    // Asked again and again for the same sentence (once per term found in it): the last answer is kept.
    thread_local QString lastLabel;
    thread_local QStringList lastResult;
    if (label == lastLabel && !label.isNull())
        return lastResult;
    QStringList result;
    for (const PriorityMention &mention : find(label)) {
        for (const QString &p : mention.priorities) {
            if (!result.contains(p))
                result << p;
        }
    }
    lastLabel = label;
    lastResult = result;
    return result;
}

} // namespace tw::analysis
