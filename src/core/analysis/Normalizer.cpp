#include "Normalizer.h"
#include "HtmlEntity.h"

#include "core/text/TraditionalChinese.h"

#include "Currencies.h"
#include "NumberParser.h"
#include "RegionalVocabulary.h"

#include <QHash>
#include <QRegularExpression>

namespace tw::analysis {

QPair<int, int> NormalizedText::originalRange(int from, int to) const
{
    if (text.isEmpty() || from >= to)
        return {0, 0};
    from = qBound(0, from, int(text.size()) - 1);
    to = qBound(from + 1, to, int(text.size()));
    return {start.at(from), end.at(to - 1)};
}

namespace {

// The length of an emoji or pictograph at i (a surrogate pair, or a miscellaneous symbol), or 0.
int decorationLength(const QString &in, int i)
{
    const QChar c = in.at(i);
    if (c.isHighSurrogate() && i + 1 < in.size() && in.at(i + 1).isLowSurrogate()) {
        const char32_t code = QChar::surrogateToUcs4(c, in.at(i + 1));
        return code >= 0x1F000 && code <= 0x1FAFF ? 2 : 0;
    }
    const char16_t u = c.unicode();
    const bool keep = u == 0x2605 || u == 0x2606 || (u >= 0x2610 && u <= 0x2612); // ★ ☆ ☐ ☑ ☒
    return ((u >= 0x2600 && u <= 0x26FF) || (u >= 0x23E9 && u <= 0x23FA)) && !keep ? 1 : 0;
}

class Builder
{
public:
    explicit Builder(NormalizedText *out) : m_out(out) {}
    void append(QChar c, int from, int to)
    {
        m_out->text.append(c);
        m_out->start.append(from);
        m_out->end.append(to);
    }
    void append(const QString &s, int from, int to)
    {
        for (QChar c : s)
            append(c, from, to);
    }
    QChar last() const { return m_out->text.isEmpty() ? QChar() : m_out->text.back(); }

private:
    NormalizedText *m_out;
};

QChar foldChar(QChar c)
{
    const ushort u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(ushort(u - 0xFEE0));
    switch (u) {
    case 0x00D7: // ×
    case 0x2715:
    case 0x2716:
        return QLatin1Char('x');
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
        return QLatin1Char('-');
    case 0x301C: // 〜
        return QLatin1Char('~');
    case 0x201C:
    case 0x201D:
    case 0x300C:
    case 0x300D:
        return QLatin1Char('"');
    case 0x2018:
    case 0x2019:
        return QLatin1Char('\'');
    case 0x00A5: // ¥
    case 0xFFE5: // ￥
        return QChar(0x00A5);
    default:
        // Traditional Chinese reads as Simplified ("國定假日" as "国定假日"), so the rule packs and
        // extractors, written in Simplified, read both.
        return u >= 0x3400 ? simplifiedChinese(c) : c;
    }
}

bool isSpace(QChar c)
{
    return c != QLatin1Char('\t') && (c.isSpace() || c.unicode() == 0x3000 || c.unicode() == 0x00A0);
}

// A Chinese numeral is only rewritten when a unit or a classifier follows, so 统一 or 一站式 stay.
bool isUnitAfterNumeral(QChar c)
{
    static const QString units = QStringLiteral("分小个天日年月周星级次名台倍元圆季颗根块公人位家项条套部秒点%‰(（");
    return units.contains(c);
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

QString numberString(double value)
{
    if (value == double(qint64(value)))
        return QString::number(qint64(value));
    return QString::number(value, 'g', 12);
}

// Reads "(30)" / "（30）" / "(20%)" at position i (after optional spaces); returns the end index and
// the value, or -1.
int parenthesizedNumber(const QString &in, int i, double *value, bool *percent)
{
    int j = i;
    while (j < in.size() && isSpace(in.at(j)))
        ++j;
    if (j >= in.size() || foldChar(in.at(j)) != QLatin1Char('('))
        return -1;
    ++j;
    QString digits;
    while (j < in.size()) {
        const QChar c = foldChar(in.at(j));
        if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(','))
            digits.append(c == QLatin1Char(',') ? QString() : QString(c));
        else
            break;
        ++j;
    }
    if (digits.isEmpty())
        return -1;
    *percent = false;
    if (j < in.size() && foldChar(in.at(j)) == QLatin1Char('%')) {
        *percent = true;
        ++j;
    }
    if (j >= in.size() || foldChar(in.at(j)) != QLatin1Char(')'))
        return -1;
    bool ok = false;
    *value = digits.toDouble(&ok);
    return ok ? j + 1 : -1;
}

const QStringList &englishUnitWords()
{
    static const QStringList words = {
        QStringLiteral("minute"),      QStringLiteral("hour"),     QStringLiteral("day"),
        QStringLiteral("business"),    QStringLiteral("working"),  QStringLiteral("calendar"),
        QStringLiteral("week"),        QStringLiteral("month"),    QStringLiteral("year"),
        QStringLiteral("percent"),     QStringLiteral("per cent"), QStringLiteral("%"),
        QStringLiteral("engineer"),    QStringLiteral("elapsed"),  QStringLiteral("clock"),
        QStringLiteral("time"),        QStringLiteral("visit"),    QStringLiteral("server"),
        QStringLiteral("consecutive"), QStringLiteral("full"),     QStringLiteral("hrs"),
        QStringLiteral("mins")};
    return words;
}

// Reads an English number expression starting at word boundary i: "twenty-four", "one hundred
// twenty", "four (4)". Returns the end of what it consumed or -1.
int englishNumber(const QString &in, int i, double *value)
{
    int j = i;
    double total = 0;
    double current = 0;
    int words = 0;
    int lastEnd = -1;
    bool unitOnly = true;
    while (j < in.size()) {
        int k = j;
        while (k < in.size() && isAsciiLetter(in.at(k)))
            ++k;
        if (k == j || (k < in.size() && in.at(k).isLetterOrNumber()))
            break;
        // Number words and "and" have 3 to 9 letters and start with one of these: most words are
        // ruled out here without building them (this runs at every English word).
        static constexpr QLatin1String initials("zotfsenhambZOTFSENHAMB");
        if (k - j < 3 || k - j > 9 || !initials.contains(in.at(j)))
            break;
        const QString word = in.mid(j, k - j).toLower();
        const int v = NumberParser::englishWordValue(word);
        // An amount in words: "two hundred seventy-one thousand six hundred", "fourteen billion seven hundred million".
        const double scale = word == QLatin1String("thousand")  ? 1e3
                             : word == QLatin1String("million") ? 1e6
                             : word == QLatin1String("billion") ? 1e9
                                                                : 0;
        if (scale > 0 && words > 0 && current > 0) {
            total += current * scale;
            current = 0;
            unitOnly = false;
            ++words;
            lastEnd = k;
            if (k + 1 < in.size() && (in.at(k) == QLatin1Char(' ') || in.at(k) == QLatin1Char('-')) &&
                isAsciiLetter(in.at(k + 1))) {
                j = k + 1;
                continue;
            }
            break;
        }
        if (v < 0) {
            if (word == QLatin1String("and") && words > 0 && (current >= 100 || (current == 0 && total > 0))) {
                j = k + 1;
                continue;
            }
            break;
        }
        if (v == 100) {
            if (words == 0)
                break;
            current = (current == 0 ? 1 : current) * 100;
        } else if (v >= 20 && int(current) % 100 != 0) {
            break;
        } else {
            current += v;
        }
        if (v != 1)
            unitOnly = false;
        ++words;
        lastEnd = k;
        // Allow "twenty-four" and "twenty four".
        if (k < in.size() && (in.at(k) == QLatin1Char('-') || in.at(k) == QLatin1Char(' ')) && k + 1 < in.size() &&
            isAsciiLetter(in.at(k + 1))) {
            j = k + 1;
            continue;
        }
        break;
    }
    if (words == 0)
        return -1;
    total += current;
    *value = total;
    // "one" alone is too common ("one contract", "one of"): it needs a unit or "(1)" after it.
    bool percent = false;
    double parenValue = 0;
    const int parenEnd = parenthesizedNumber(in, lastEnd, &parenValue, &percent);
    if (parenEnd > 0) {
        *value = parenValue;
        return parenEnd;
    }
    int n = lastEnd;
    while (n < in.size() && (in.at(n) == QLatin1Char(' ') || in.at(n) == QLatin1Char('-'))) // "three-year"
        ++n;
    const QString rest = in.mid(n, 12).toLower();
    bool unitFollows = false;
    for (const QString &unit : englishUnitWords()) {
        if (rest.startsWith(unit)) {
            unitFollows = true;
            break;
        }
    }
    if (unitOnly && !unitFollows)
        return -1;
    if (!unitFollows && words == 1 && total < 10)
        return -1;
    return lastEnd;
}

// "(two)" at @p open after "2 " already written to @p written: the end of the brackets when they say the number
// written before them in words ("2 (two)", "24 (twenty-four)"), else -1.
int repeatedInWords(const QString &in, int open, const QString &written)
{
    const int close = int(in.indexOf(QLatin1Char(')'), open));
    if (close < 0 || close - open > 24)
        return -1;
    int digitsEnd = int(written.size()) - 1; // the space before the bracket
    int digitsStart = digitsEnd;
    while (digitsStart > 0 && written.at(digitsStart - 1).isDigit())
        --digitsStart;
    if (digitsStart == digitsEnd || (digitsStart > 0 && written.at(digitsStart - 1).isLetterOrNumber()))
        return -1;
    int value = 0;
    const QString words = in.mid(open + 1, close - open - 1).toLower();
    static const QRegularExpression separator(QStringLiteral("[-\\s]+"));
    for (const QString &word : words.split(separator, Qt::SkipEmptyParts)) {
        const int v = NumberParser::englishWordValue(word);
        if (v < 0 || v >= 100)
            return -1;
        value += v;
    }
    return !words.isEmpty() && value == written.mid(digitsStart, digitsEnd - digitsStart).toInt() ? close + 1 : -1;
}

} // namespace

NormalizedText Normalizer::normalize(const QString &in)
{
    NormalizedText out;
    out.text.reserve(in.size());
    out.start.reserve(in.size());
    out.end.reserve(in.size());
    Builder b(&out);
    const int n = int(in.size());
    // (Numbers are looked at for a per-mille sign only in the text that has one.)
    const bool hasPerMilleSign = in.contains(QChar(0x2030));
    int i = 0;
    while (i < n) {
        const QChar raw = in.at(i);
        if (isSpace(raw)) {
            int j = i;
            while (j < n && isSpace(in.at(j)))
                ++j;
            // "A 类服务器" as PDF text spaces it: a class letter belongs to its 类.
            const int len = int(out.text.size());
            const bool classLetter = len >= 1 && j < n && in.at(j) == QChar(0x7C7B) &&
                                     (out.text.at(len - 1).isUpper() || out.text.at(len - 1).isDigit()) &&
                                     out.text.at(len - 1).unicode() < 0x80 &&
                                     (len == 1 || !out.text.at(len - 2).isLetterOrNumber());
            // "5 %", as French and German type sets a percentage, is "5%".
            const bool beforePercent =
                j < n && foldChar(in.at(j)) == QLatin1Char('%') && !out.text.isEmpty() && b.last().isDigit();
            if (!out.text.isEmpty() && b.last() != QLatin1Char(' ') && b.last() != QLatin1Char('\t') && !classLetter &&
                !beforePercent)
                b.append(QLatin1Char(' '), i, j);
            i = j;
            continue;
        }
        // Emoji and pictographs ("📌 三、其他说明", "- 🕐 **服务时间**", "⚪ 方案C") are decoration: a heading's
        // number or a label still opens its line. Check marks, ballot boxes (✓ ☑ ☒) and stars (★, a tender's
        // mark of a mandatory clause) keep their meaning.
        if (const int length = decorationLength(in, i); length > 0) {
            i += length;
            while (i < n && (in.at(i) == QChar(0xFE0F) || in.at(i) == QChar(0x200D)))
                ++i;
            continue;
        }
        // A level of service in stars ("★★★★ 四星服务", a table's column "★★★★") reads as its name, "四星". (Not a
        // rating with empty stars, "★★★☆☆", nor a tender's one-star mark of a mandatory clause.)
        if (raw == QChar(0x2605)) {
            int j = i;
            while (j < n && in.at(j) == QChar(0x2605))
                ++j;
            const bool rating = (j < n && in.at(j) == QChar(0x2606)) || (i > 0 && in.at(i - 1) == QChar(0x2606));
            if (j - i >= 2 && j - i <= 5 && !rating) {
                static const QString numerals = QStringLiteral("二三四五");
                b.append(QString(numerals.at(j - i - 2)) + QChar(0x661F), i, j);
                i = j;
                continue;
            }
        }
        // Markdown emphasis ("**Premier**", "*entitled*") and heading marks ("## Service levels") are
        // markup, not words. (A star between digits, "5*9", is a grid.)
        if (raw == QLatin1Char('*') && i + 1 < n && in.at(i + 1) == QLatin1Char('*')) {
            while (i < n && in.at(i) == QLatin1Char('*'))
                ++i;
            continue;
        }
        if (raw == QLatin1Char('*')) {
            const QChar before = i > 0 ? in.at(i - 1) : QChar(QLatin1Char(' '));
            const QChar after = i + 1 < n ? in.at(i + 1) : QChar(QLatin1Char(' '));
            const bool opens = (before.isSpace() || before == QLatin1Char('(')) && after.isLetter();
            const bool closes = before.isLetter() && (after.isSpace() || after.isPunct());
            if (opens || closes) {
                ++i;
                continue;
            }
        }
        if (raw == QLatin1Char('#') && out.text.isEmpty()) {
            int j = i;
            while (j < n && in.at(j) == QLatin1Char('#'))
                ++j;
            if (j < n && in.at(j) == QLatin1Char(' ') && j - i <= 6) {
                i = j;
                continue;
            }
        }
        // HTML entities in text exported from the web ("08:00&ndash;18:00", "&nbsp;").
        if (raw == QLatin1Char('&') && i + 3 < n) {
            const int semicolon = int(in.indexOf(QLatin1Char(';'), i));
            if (semicolon > i && semicolon - i <= 8) {
                // Folded like any other character: "&mdash;" reads as '-', as '—' does.
                const QChar entity = foldChar(htmlEntityCharacter(QStringView(in).mid(i + 1, semicolon - i - 1)));
                if (!entity.isNull()) {
                    if (entity != QLatin1Char(' ') || (!out.text.isEmpty() && b.last() != QLatin1Char(' ')))
                        b.append(entity, i, semicolon + 1);
                    i = semicolon + 1;
                    continue;
                }
            }
        }
        // Markdown footnote marks ("Business Hours[^1]", "[^1]: Business Hours are ...") are references.
        if (raw == QLatin1Char('[') && i + 2 < n && in.at(i + 1) == QLatin1Char('^')) {
            const int close = int(in.indexOf(QLatin1Char(']'), i));
            if (close > i && close - i <= 12) {
                int j = close + 1;
                if (j < n && in.at(j) == QLatin1Char(':'))
                    ++j;
                i = j;
                continue;
            }
        }
        // Template variables ("{% data variables.product.premium_support_plan %}") read as their name:
        // "premium support plan".
        if (raw == QLatin1Char('{') && i + 1 < n &&
            (in.at(i + 1) == QLatin1Char('%') || in.at(i + 1) == QLatin1Char('{'))) {
            const QString closing = in.at(i + 1) == QLatin1Char('%') ? QStringLiteral("%}") : QStringLiteral("}}");
            const int close = int(in.indexOf(closing, i + 2));
            if (close > i && close - i < 120) {
                QString name = in.mid(i + 2, close - i - 2).trimmed();
                name = name.mid(int(name.lastIndexOf(QLatin1Char('.'))) + 1)
                           .replace(QLatin1Char('_'), QLatin1Char(' '))
                           .trimmed();
                if (!out.text.isEmpty() && b.last() != QLatin1Char(' '))
                    b.append(QLatin1Char(' '), i, close + 2);
                b.append(name, i, close + 2);
                i = close + 2;
                continue;
            }
        }
        // Markup inside Markdown (tables, a web page saved as Markdown): "<li>", "<br>" end an item, other tags
        // ("<summary>", "<sup>", "<span class=…>") are noise.
        if (raw == QLatin1Char('<') && i + 2 < n) {
            const int close = int(in.indexOf(QLatin1Char('>'), i));
            if (close > i && close - i < 300 && !in.mid(i + 1, close - i - 1).contains(QLatin1Char('<'))) {
                QString tag = in.mid(i + 1, close - i - 1).toLower().remove(QLatin1Char('/')).trimmed();
                tag = tag.left(tag.indexOf(QLatin1Char(' ')) < 0 ? tag.size() : tag.indexOf(QLatin1Char(' ')));
                static const QStringList tags = {
                    QStringLiteral("li"),      QStringLiteral("br"),      QStringLiteral("ul"),
                    QStringLiteral("ol"),      QStringLiteral("p"),       QStringLiteral("b"),
                    QStringLiteral("i"),       QStringLiteral("strong"),  QStringLiteral("em"),
                    QStringLiteral("summary"), QStringLiteral("details"), QStringLiteral("span"),
                    QStringLiteral("div"),     QStringLiteral("sup"),     QStringLiteral("sub"),
                    QStringLiteral("small"),   QStringLiteral("a"),       QStringLiteral("u"),
                    QStringLiteral("code")};
                if (tags.contains(tag)) {
                    const bool breaks =
                        tag == QLatin1String("li") || tag == QLatin1String("br") || tag == QLatin1String("p");
                    if (breaks && !out.text.isEmpty() && b.last() != QLatin1Char(';'))
                        b.append(QLatin1Char(';'), i, close + 1);
                    else if (!out.text.isEmpty() && b.last() != QLatin1Char(' ') && b.last() != QLatin1Char(';'))
                        b.append(QLatin1Char(' '), i, close + 1);
                    i = close + 1;
                    continue;
                }
            }
        }
        // A form's field with its unit in the label ("响应时间（分钟）：15", "单价（元/台/年）：8,600.00",
        // "到场时间（小时）： 原则上不超过4") reads as a value with its unit: "响应时间：15分钟".
        if ((raw == QChar(0xFF08) || raw == QLatin1Char('(')) && i > 0 && in.at(i - 1).unicode() >= 0x4E00 &&
            i + 1 < n && QStringLiteral("分小自工天日个月年元万").contains(in.at(i + 1))) {
            static const QRegularExpression labelledUnit(QStringLiteral(
                R"([（(](分钟|自然小时|工作小时|小时|工作日|天|日|个月|月|年|(?:万元|元)(?:/[^）)\s]{1,4}){0,2})[）)]\s*[:：]\s*)"
                R"(((?:原则上)?(?:不超过|不大于|不多于|不高于|≤)?)\s*(\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)\s*)"
                R"((?=$|[，,。；;（(]))"));
            const auto m = labelledUnit.match(in, i, QRegularExpression::NormalMatch,
                                              QRegularExpression::AnchorAtOffsetMatchOption);
            const bool digits = m.hasMatch() && m.captured(3).at(0).isDigit();
            const double chinese = m.hasMatch() && !digits ? NumberParser::parseChinese(m.captured(3)) : -1;
            if (m.hasMatch() && (digits || chinese >= 0)) {
                const int colon = int(m.capturedEnd(1)) + 1;
                b.append(QLatin1Char(':'), colon, colon + 1);
                if (m.capturedLength(2) > 0)
                    b.append(m.captured(2), int(m.capturedStart(2)), int(m.capturedEnd(2)));
                b.append(digits ? m.captured(3).remove(QLatin1Char(',')) : numberString(chinese),
                         int(m.capturedStart(3)), int(m.capturedEnd(3)));
                const QString unit = m.captured(1) == QStringLiteral("月") ? QStringLiteral("个月") : m.captured(1);
                b.append(unit, int(m.capturedStart(1)), int(m.capturedEnd(1)));
                i = int(m.capturedEnd(3));
                continue;
            }
        }
        // Taiwan and Hong Kong words read as the mainland ones the rules use (備品 -> 备件).
        if (raw.unicode() >= 0x4E00 && RegionalVocabulary::mayStartWord(simplifiedChinese(raw))) {
            int length = 0;
            const QString mainland = RegionalVocabulary::mainlandWordAt(in, i, &length);
            if (!mainland.isEmpty()) {
                b.append(mainland, i, i + length);
                i += length;
                continue;
            }
        }
        // 百分之二十 -> 20%; 千分之五 (per mille, a Taiwanese contract's penalty) -> 0.5%
        const bool perMille = raw == QChar(0x5343) && in.mid(i, 3) == QStringLiteral("千分之");
        if ((perMille || (raw == QChar(0x767E) && in.mid(i, 3) == QStringLiteral("百分之"))) && i + 3 < n &&
            NumberParser::isChineseNumeralStart(in.at(i + 3))) {
            int j = i + 3;
            while (j < n && NumberParser::isChineseNumeralChar(in.at(j)))
                ++j;
            const double parsed = NumberParser::parseChinese(in.mid(i + 3, j - i - 3));
            const double value = perMille && parsed >= 0 ? parsed / 10 : parsed;
            if (value >= 0) {
                double parenValue = 0;
                bool percent = false;
                const int parenEnd = parenthesizedNumber(in, j, &parenValue, &percent);
                if (parenEnd > 0 && parenValue == value)
                    j = parenEnd;
                b.append(numberString(value) + QLatin1Char('%'), i, j);
                i = j;
                continue;
            }
        }
        if (NumberParser::isChineseNumeralStart(raw)) {
            int j = i;
            while (j < n && NumberParser::isChineseNumeralChar(in.at(j)))
                ++j;
            int next = j;
            while (next < n && isSpace(in.at(next)))
                ++next;
            const double value = NumberParser::parseChinese(in.mid(i, j - i));
            // (Traditional units, 個 級 時 週, read as their Simplified forms.) "第一级" is an escalation step
            // and stays in words, unless a fault follows: "第一级故障" is priority 1.
            auto faultAfter = [&](int at) {
                const QStringView rest = QStringView(in).mid(at, 2);
                return rest == QStringLiteral("故障") || rest == QStringLiteral("事件") ||
                       rest == QStringLiteral("问题") || rest == QStringLiteral("問題") ||
                       rest == QStringLiteral("告警");
            };
            if (value >= 0 && next < n && isUnitAfterNumeral(foldChar(in.at(next))) &&
                !(i > 0 && in.at(i - 1) == QChar(0x7B2C) && foldChar(in.at(next)) == QChar(0x7EA7) &&
                  !faultAfter(next + 1))) {
                double parenValue = 0;
                bool percent = false;
                const int parenEnd = parenthesizedNumber(in, j, &parenValue, &percent);
                int end = j;
                double emitted = value;
                if (parenEnd > 0) {
                    emitted = parenValue;
                    end = parenEnd;
                }
                b.append(numberString(emitted) + (percent ? QStringLiteral("%") : QString()), i, end);
                i = end;
                continue;
            }
            // Not a number here: copy the run as is.
            for (int k = i; k < j; ++k)
                b.append(in.at(k), k, k + 1);
            i = j;
            continue;
        }
        // Military times in a range ("0700 to 1700 Mountain Time", "0800-1800 hrs") read as clock times,
        // "07:00 to 17:00". (Only with a time zone or "hours" after: "2025 to 2027" are years.)
        if (raw.isDigit() && i + 4 < n && in.at(i + 1).isDigit() && in.at(i + 2).isDigit() && in.at(i + 3).isDigit() &&
            !in.at(i + 4).isDigit() &&
            (i == 0 || !(in.at(i - 1).isLetterOrNumber() || in.at(i - 1) == QLatin1Char('.') ||
                         in.at(i - 1) == QLatin1Char(',') || in.at(i - 1) == QLatin1Char('$')))) {
            static const QRegularExpression military(
                QStringLiteral(
                    R"(([01]\d|2[0-3])([0-5]\d)(\s*(?:hrs?\s*)?(?:to|-|–|—|until|through)\s*)([01]\d|2[0-4])([0-5]\d)(?!\d)(?=\s*(?:hours?\b|hrs?\b|h\b|local\b|mountain\b|eastern\b|central\b|pacific\b|atlantic\b|[ecmpa][sd]?t\b|utc\b|gmt\b|cet\b|,?\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)))"),
                QRegularExpression::CaseInsensitiveOption);
            const auto m =
                military.match(in, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                b.append(m.captured(1) + QLatin1Char(':') + m.captured(2), i, int(m.capturedEnd(2)));
                b.append(m.captured(3), int(m.capturedStart(3)), int(m.capturedEnd(3)));
                b.append(m.captured(4) + QLatin1Char(':') + m.captured(5), int(m.capturedStart(4)),
                         int(m.capturedEnd(5)));
                i = int(m.capturedEnd(5));
                continue;
            }
        }
        // "6:00 p.m." reads as "6:00 pm", so a sentence does not end inside it.
        if ((raw == QLatin1Char('a') || raw == QLatin1Char('p') || raw == QLatin1Char('A') ||
             raw == QLatin1Char('P')) &&
            i + 3 < n + 1 && in.mid(i + 1, 3).compare(QLatin1String(".m."), Qt::CaseInsensitive) == 0 &&
            (i == 0 || !in.at(i - 1).isLetter())) {
            b.append(raw.toLower(), i, i + 1);
            b.append(QLatin1Char('m'), i + 1, i + 4);
            i += 4;
            continue;
        }
        // South African rand: "R6 450,00", "R1 514 520,00", "R950.00" -> "ZAR 6450.00". Only with grouped
        // thousands or cents, so that "R740" (a server model) stays what it is.
        if (raw == QLatin1Char('R') && i + 1 < n && (i == 0 || !in.at(i - 1).isLetterOrNumber())) {
            static const QRegularExpression rand(
                QStringLiteral(R"(R\s?(\d{1,3}(?:[ \x{00A0}\x{202F}]\d{3})+(?:[.,]\d{2})?|\d+[.,]\d{2})(?![\d.,]\d))"));
            const auto m =
                in.at(i + 1).isDigit() || in.at(i + 1).isSpace()
                    ? rand.match(in, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
                    : QRegularExpressionMatch();
            if (m.hasMatch()) {
                QString amount = m.captured(1);
                amount.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
                amount.replace(QLatin1Char(','), QLatin1Char('.'));
                b.append(QStringLiteral("ZAR "), i, i + 1);
                b.append(amount, int(m.capturedStart(1)), int(m.capturedEnd()));
                i = int(m.capturedEnd());
                continue;
            }
        }
        // Indian amounts in lakh and crore: "Rs. 2.4 lakh" -> "Rs. 240000".
        // (Cheap test first: the word after the number starts with l or c.)
        auto lakhAhead = [&] {
            int k = i;
            while (k < n && k - i < 14 && (in.at(k).isDigit() || in.at(k) == QLatin1Char('.') || in.at(k).isSpace()))
                ++k;
            return k < n && k > i && (in.at(k).toLower() == QLatin1Char('l') || in.at(k).toLower() == QLatin1Char('c'));
        };
        if (raw.isDigit() &&
            (i == 0 ||
             !(in.at(i - 1).isDigit() || in.at(i - 1) == QLatin1Char('.') || in.at(i - 1) == QLatin1Char(','))) &&
            lakhAhead()) {
            static const QRegularExpression lakh(QStringLiteral(R"((\d+(?:\.\d+)?)\s*(lakhs?|lacs?|crores?)\b)"),
                                                 QRegularExpression::CaseInsensitiveOption);
            const auto m =
                lakh.match(in, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                const double unit = m.captured(2).startsWith(QLatin1Char('c'), Qt::CaseInsensitive) ? 1e7 : 1e5;
                b.append(numberString(m.captured(1).toDouble() * unit), i, int(m.capturedEnd()));
                i = int(m.capturedEnd());
                continue;
            }
        }
        // An amount in millions or billions after its currency: "PKR 14.19 million", "IDR 2,82 miliar" (Indonesian),
        // "Rp 1,2 juta" -> the whole number; or before it: "628.4 mln so'm", "1.5 million USD". (Only beside a
        // currency: "1.2 million users" stays as written.)
        // (Cheap test first: the word after the number starts with m, b or j.)
        auto scaleAhead = [&] {
            int k = i;
            while (k < n && k - i < 10 &&
                   (in.at(k).isDigit() || in.at(k) == QLatin1Char('.') || in.at(k) == QLatin1Char(',') ||
                    in.at(k).isSpace()))
                ++k;
            const QChar next = k < n ? in.at(k).toLower() : QChar();
            return k > i && (next == QLatin1Char('m') || next == QLatin1Char('b') || next == QLatin1Char('j'));
        };
        if (raw.isDigit() &&
            (i == 0 ||
             !(in.at(i - 1).isDigit() || in.at(i - 1) == QLatin1Char('.') || in.at(i - 1) == QLatin1Char(','))) &&
            scaleAhead()) {
            static const QRegularExpression scaled(
                QStringLiteral(R"((\d{1,4}(?:[.,]\d{1,3})?)\s*(million|mn|mln|billion|bn|miliar|milyar|juta)\b)"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpression &currencyAfter = currencyAfterScaledAmount();
            const QRegularExpression &currencyBefore = currencyBeforeScaledAmount();
            const bool currencyFirst =
                i + 3 < n && currencyBefore.match(QStringView(in).mid(qMax(0, i - 5), qMin(i, 5))).hasMatch();
            const auto m =
                scaled.match(in, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch() &&
                (currencyFirst || currencyAfter.match(QStringView(in).mid(m.capturedEnd(), 12)).hasMatch())) {
                QString number = m.captured(1);
                number.replace(QLatin1Char(','), QLatin1Char('.'));
                // Millions ("million", "mn", "juta") or billions ("billion", "bn", "miliar").
                const QString word = m.captured(2).toLower();
                const bool millions = word == QLatin1String("million") || word == QLatin1String("mn") ||
                                      word == QLatin1String("mln") || word == QLatin1String("juta");
                b.append(numberString(number.toDouble() * (millions ? 1e6 : 1e9)), i, int(m.capturedEnd()));
                i = int(m.capturedEnd());
                continue;
            }
        }
        // European grouping by spaces after a currency: "NOK 9 850", "EUR 1 514 520,00" -> "NOK 9850".
        if ((raw == QLatin1Char('N') || raw == QLatin1Char('S') || raw == QLatin1Char('D') || raw == QLatin1Char('E') ||
             raw == QLatin1Char('C') || raw == QLatin1Char('P') || raw == QLatin1Char('I') ||
             raw == QLatin1Char('H')) &&
            i + 4 < n && (i == 0 || !in.at(i - 1).isLetterOrNumber()) && in.at(i + 1).isUpper() &&
            in.at(i + 2).isUpper() && !in.at(i + 3).isLetter()) {
            static const QRegularExpression grouped(QStringLiteral(
                R"((?:NOK|SEK|DKK|ISK|EUR|CHF|PLN|CZK|HUF)[ \x{00A0}]?(\d{1,3}(?:[ \x{00A0}\x{202F}]\d{3})+)(?:,(\d{2}))?(?![\d.,]\d))"));
            const auto m =
                grouped.match(in, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                QString amount = m.captured(1);
                amount.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
                if (!m.captured(2).isEmpty())
                    amount += QLatin1Char('.') + m.captured(2);
                for (int k = i; k < m.capturedStart(1); ++k)
                    b.append(in.at(k), k, k + 1);
                b.append(amount, int(m.capturedStart(1)), int(m.capturedEnd()));
                i = int(m.capturedEnd());
                continue;
            }
        }
        if (isAsciiLetter(raw) && (i == 0 || !in.at(i - 1).isLetterOrNumber())) {
            double value = 0;
            const int end = englishNumber(in, i, &value);
            if (end > 0) {
                b.append(numberString(value), i, end);
                i = end;
                continue;
            }
            int j = i;
            while (j < n && isAsciiLetter(in.at(j)))
                ++j;
            for (int k = i; k < j; ++k)
                b.append(in.at(k), k, k + 1);
            i = j;
            continue;
        }
        const QChar c = foldChar(raw);
        // "30 (thirty) minutes", "1 (one) PM visit": the words in brackets repeat the number before them.
        if (c == QLatin1Char('(') && i + 1 < n && isAsciiLetter(in.at(i + 1))) {
            int digitsEnd = int(out.text.size());
            while (digitsEnd > 0 && out.text.at(digitsEnd - 1) == QLatin1Char(' '))
                --digitsEnd;
            int digitsStart = digitsEnd;
            while (digitsStart > 0 && out.text.at(digitsStart - 1).isDigit())
                --digitsStart;
            double words = 0;
            const int end = digitsStart < digitsEnd ? englishNumber(in, i + 1, &words) : -1;
            if (end > 0 && end < n && foldChar(in.at(end)) == QLatin1Char(')') &&
                words == out.text.mid(digitsStart, digitsEnd - digitsStart).toDouble()) {
                i = end + 1;
                continue;
            }
        }
        // European amounts: 1.450,00 EUR -> 1450.00 EUR, "18 970,00 PLN", "12.500.000 VND", "R$ 4.980,00" (only before
        // or after a currency that is written so, as "1,25" means one and a quarter nowhere else in these documents).
        if (c.isDigit() && (out.text.isEmpty() ||
                            (!b.last().isDigit() && b.last() != QLatin1Char('.') && b.last() != QLatin1Char(',')))) {
            static const QRegularExpression european(QStringLiteral(
                R"(\d{1,3}(?:[ \x{00A0}\x{202F}.]\d{3})*,\d{3}(?=[ \x{00A0}]?(?:DT|TND)\b)|\d{1,3}(?:\.\d{3})+(?:,\d{2})?(?!\d|,\d)|\d{1,3}(?:[ \x{00A0}\x{202F}]\d{3})+(?:,\d{2})?(?!\d|,\d)|\d+,\d{2}(?!\d))"));
            const QRegularExpression &currencyAfter = currencyAfterDecimalCommaAmount();
            const QRegularExpression &currencyBefore = currencyBeforeDecimalCommaAmount();
            // (A cheap look first: digits with dots or single spaces between them, then the end or a comma.)
            int k = i;
            bool grouped = false;
            while (k < n && (in.at(k).isDigit() || ((in.at(k) == QLatin1Char('.') || in.at(k) == QLatin1Char(' ') ||
                                                     in.at(k) == QChar(0x00A0) || in.at(k) == QChar(0x202F)) &&
                                                    k + 1 < n && in.at(k + 1).isDigit()))) {
                grouped = grouped || !in.at(k).isDigit();
                ++k;
            }
            const bool decimalComma = k + 2 < n && in.at(k) == QLatin1Char(',') && in.at(k + 1).isDigit() &&
                                      in.at(k + 2).isDigit() && (k + 3 >= n || !in.at(k + 3).isDigit());
            // (The Tunisian dinar has three decimals: "4 850,000 DT".)
            const bool dinarDecimals = k + 5 < n && in.at(k) == QLatin1Char(',') &&
                                       QStringView(in).mid(k + 4, 4).startsWith(QLatin1String(" DT"));
            const auto m = grouped || decimalComma || dinarDecimals
                               ? european.match(in, i, QRegularExpression::NormalMatch,
                                                QRegularExpression::AnchorAtOffsetMatchOption)
                               : QRegularExpressionMatch();
            // (A dollar amount is grouped so only where three digits follow the dot and no "million" does: a peso's
            // "$ 4.500.000", not "$2.125 billion".)
            static const QRegularExpression scaleWord(QStringLiteral(R"(^\s*(?:million|billion|thousand|mn|bn|m|k)\b)"),
                                                      QRegularExpression::CaseInsensitiveOption);
            const auto before = m.hasMatch() ? currencyBefore.match(QStringView(in).mid(qMax(0, i - 5), qMin(i, 5)))
                                             : QRegularExpressionMatch();
            const bool dollar = before.hasMatch() && before.captured(0).trimmed() == QLatin1String("$");
            const bool grouping = !dollar || (m.hasMatch() && m.captured(0).contains(QLatin1Char('.')) &&
                                              !scaleWord.match(QStringView(in).mid(m.capturedEnd(), 10)).hasMatch());
            if (m.hasMatch() && (currencyAfter.match(QStringView(in).mid(m.capturedEnd(), 8)).hasMatch() ||
                                 (before.hasMatch() && grouping))) {
                QString amount = m.captured(0);
                amount.remove(QLatin1Char('.'))
                    .remove(QLatin1Char(' '))
                    .remove(QChar(0x00A0))
                    .remove(QChar(0x202F))
                    .replace(QLatin1Char(','), QLatin1Char('.'));
                b.append(amount, i, int(m.capturedEnd()));
                i = int(m.capturedEnd());
                continue;
            }
        }
        // Per mille: "0.5‰" -> "0.05%" (a penalty of the contract's total per hour).
        if (hasPerMilleSign && c.isDigit() &&
            (out.text.isEmpty() || (!b.last().isDigit() && b.last() != QLatin1Char('.')))) {
            int k = i;
            while (k < n &&
                   (in.at(k).isDigit() || (in.at(k) == QLatin1Char('.') && k + 1 < n && in.at(k + 1).isDigit())))
                ++k;
            int mark = k;
            while (mark < n && in.at(mark) == QLatin1Char(' '))
                ++mark;
            if (mark < n && in.at(mark) == QChar(0x2030)) {
                b.append(numberString(in.mid(i, k - i).toDouble() / 10) + QLatin1Char('%'), i, mark + 1);
                i = mark + 1;
                continue;
            }
        }
        // A number said again in words after it: "2 (two) Working Hours" -> "2 Working Hours".
        if (c == QLatin1Char('(') && b.last() == QLatin1Char(' ')) {
            const int end = repeatedInWords(in, i, out.text);
            if (end > 0) {
                i = end < n && in.at(end) == QLatin1Char(' ') ? end + 1 : end;
                continue;
            }
        }
        // A decimal comma in a percentage: "99,5 %" -> "99.5%".
        if (c == QLatin1Char(',') && b.last().isDigit() && i + 2 < n && foldChar(in.at(i + 1)).isDigit()) {
            int k = i + 1;
            while (k < n && k <= i + 2 && foldChar(in.at(k)).isDigit())
                ++k;
            int p = k;
            while (p < n && in.at(p) == QLatin1Char(' '))
                ++p;
            if (p < n && foldChar(in.at(p)) == QLatin1Char('%') && (k >= n || !foldChar(in.at(k)).isDigit())) {
                b.append(QLatin1Char('.'), i, i + 1);
                ++i;
                continue;
            }
        }
        // 10,800.00 -> 10800.00 (but not "1, 2, 3"); Indian grouping 6,88,400 and 1,00,00,000 too.
        if (c == QLatin1Char(',') && b.last().isDigit() && i + 3 < n + 0) {
            auto digitAt = [&](int k) { return k < n && foldChar(in.at(k)).isDigit(); };
            auto thousandsAt = [&](int comma) {
                return digitAt(comma + 1) && digitAt(comma + 2) && digitAt(comma + 3) && !digitAt(comma + 4);
            };
            int comma = i;
            while (digitAt(comma + 1) && digitAt(comma + 2) && comma + 3 < n && in.at(comma + 3) == QLatin1Char(','))
                comma += 3;
            if (thousandsAt(comma)) {
                ++i;
                continue;
            }
        }
        // Swiss grouping and whole amounts: 151'440.-- CHF -> 151440 CHF.
        if ((c == QLatin1Char('\'') || c == QChar(0x2019)) && b.last().isDigit()) {
            auto digitAt = [&](int k) { return k < n && foldChar(in.at(k)).isDigit(); };
            if (digitAt(i + 1) && digitAt(i + 2) && digitAt(i + 3) && !digitAt(i + 4)) {
                ++i;
                continue;
            }
        }
        auto isDash = [](QChar d) { return d == QLatin1Char('-') || d == QChar(0x2013) || d == QChar(0x2014); };
        if (c == QLatin1Char('.') && b.last().isDigit() && i + 1 < n && isDash(in.at(i + 1))) {
            int j = i + 1;
            while (j < n && isDash(in.at(j)) && j - i <= 2)
                ++j;
            if (j >= n || !foldChar(in.at(j)).isDigit()) {
                i = j;
                continue;
            }
        }
        b.append(c, i, i + 1);
        ++i;
    }
    return out;
}

} // namespace tw::analysis
