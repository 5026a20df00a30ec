#include "DocxNumbering.h"

#include "DocxXml.h"

#include <QXmlStreamReader>

namespace tw::io {

using docx::attribute;
using docx::isWord;

namespace {

QString roman(int value, bool upper)
{
    if (value <= 0 || value >= 4000)
        return QString::number(value);
    static const std::pair<int, const char *> parts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                         {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                                                         {5, "v"},    {4, "iv"},   {1, "i"}};
    QString out;
    for (const auto &[amount, letters] : parts) {
        while (value >= amount) {
            out += QLatin1String(letters);
            value -= amount;
        }
    }
    return upper ? out.toUpper() : out;
}

// Word counts a, b, ..., z, aa, bb, ..., zz, aaa: the letter repeats rather than carrying like a number.
QString letters(int value, bool upper)
{
    if (value <= 0)
        return QString::number(value);
    const QChar letter(char16_t((upper ? u'A' : u'a') + (value - 1) % 26));
    return QString((value - 1) / 26 + 1, letter);
}

// Chinese counting numerals as Word shows them: 十一 (not 一十一), 一百零五, 二千零一十. Financial
// numerals (legal) always write the leading one: 壹拾贰.
QString chineseCounting(int value, const QString &digits, const QString &units, bool legal = false)
{
    if (value <= 0 || value >= 100000)
        return QString::number(value);
    if (value < 10)
        return digits.at(value);
    QString out;
    bool pendingZero = false;
    for (int power = 4; power >= 0; --power) {
        int divisor = 1;
        for (int i = 0; i < power; ++i)
            divisor *= 10;
        const int digit = value / divisor % 10;
        if (digit == 0) {
            pendingZero = !out.isEmpty();
            continue;
        }
        if (pendingZero)
            out += digits.at(0);
        pendingZero = false;
        if (legal || !(digit == 1 && power == 1 && out.isEmpty()))
            out += digits.at(digit);
        if (power > 0)
            out += units.at(power - 1);
    }
    return out;
}

QString fromTable(int value, const QString &table)
{
    return value >= 1 && value <= table.size() ? QString(table.at(value - 1)) : QString::number(value);
}

// Symbol and Wingdings bullets sit in the private use area (U+F0B7 etc.) and show as boxes in any other font.
QString bulletText(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("\u2022");
    QString out;
    for (QChar c : text)
        out += (c.unicode() >= 0xF000 && c.unicode() <= 0xF0FF) ? QChar(0x2022) : c;
    return out;
}

} // namespace

QString DocxNumbering::formatNumber(int value, const QString &format)
{
    if (format == QLatin1String("decimalZero"))
        return value < 10 && value >= 0 ? QStringLiteral("0%1").arg(value) : QString::number(value);
    if (format == QLatin1String("lowerRoman") || format == QLatin1String("upperRoman"))
        return roman(value, format == QLatin1String("upperRoman"));
    if (format == QLatin1String("lowerLetter") || format == QLatin1String("upperLetter"))
        return letters(value, format == QLatin1String("upperLetter"));
    if (format == QLatin1String("chineseCounting") || format == QLatin1String("chineseCountingThousand") ||
        format == QLatin1String("japaneseCounting") || format == QLatin1String("taiwaneseCounting") ||
        format == QLatin1String("taiwaneseCountingThousand"))
        return chineseCounting(value, QStringLiteral("零一二三四五六七八九"), QStringLiteral("十百千万"));
    if (format == QLatin1String("chineseLegalSimplified"))
        return chineseCounting(value, QStringLiteral("零壹贰叁肆伍陆柒捌玖"), QStringLiteral("拾佰仟万"), true);
    if (format == QLatin1String("ideographTraditional"))
        return fromTable(value, QStringLiteral("甲乙丙丁戊己庚辛壬癸"));
    if (format == QLatin1String("ideographZodiac"))
        return fromTable(value, QStringLiteral("子丑寅卯辰巳午未申酉戌亥"));
    if (format == QLatin1String("decimalEnclosedCircle") || format == QLatin1String("decimalEnclosedCircleChinese"))
        return value >= 1 && value <= 20 ? QString(QChar(0x2460 + value - 1)) : QString::number(value);
    if (format == QLatin1String("decimalEnclosedParen"))
        return value >= 1 && value <= 20 ? QString(QChar(0x2474 + value - 1)) : QStringLiteral("(%1)").arg(value);
    if (format == QLatin1String("decimalEnclosedFullstop"))
        return value >= 1 && value <= 20 ? QString(QChar(0x2488 + value - 1)) : QStringLiteral("%1.").arg(value);
    if (format == QLatin1String("decimalFullWidth") || format == QLatin1String("decimalFullWidth2")) {
        QString out = QString::number(value);
        for (QChar &c : out)
            c = QChar(c.unicode() - u'0' + 0xFF10);
        return out;
    }
    if (format == QLatin1String("ordinal")) {
        const int tens = value % 100;
        const int ones = value % 10;
        const char *suffix = (tens >= 11 && tens <= 13) ? "th"
                             : ones == 1                ? "st"
                             : ones == 2                ? "nd"
                             : ones == 3                ? "rd"
                                                        : "th";
        return QString::number(value) + QLatin1String(suffix);
    }
    if (format == QLatin1String("none"))
        return {};
    // decimal, and formats we do not spell out (cardinalText, hebrew1, ...): digits keep the meaning.
    return QString::number(value);
}

bool DocxNumbering::load(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    const auto readLevel = [&reader](Level *level) {
        level->defined = true;
        while (reader.readNextStartElement()) {
            const QString value = attribute(reader, QLatin1String("val"));
            if (isWord(reader, QLatin1String("start")))
                level->start = value.toInt();
            else if (isWord(reader, QLatin1String("numFmt")))
                level->format = value;
            else if (isWord(reader, QLatin1String("lvlText")))
                level->text = value;
            else if (isWord(reader, QLatin1String("suff")))
                level->suffix = value;
            else if (isWord(reader, QLatin1String("pStyle")))
                level->style = value;
            else if (isWord(reader, QLatin1String("lvlRestart")))
                level->restart = value.toInt();
            else if (isWord(reader, QLatin1String("isLgl")))
                level->legal = docx::onOffValue(reader);
            reader.skipCurrentElement();
        }
    };

    if (reader.readNextStartElement()) {
        while (reader.readNextStartElement()) {
            if (isWord(reader, QLatin1String("abstractNum"))) {
                Abstract &abstract = m_abstracts[attribute(reader, QLatin1String("abstractNumId"))];
                while (reader.readNextStartElement()) {
                    const int index = attribute(reader, QLatin1String("ilvl")).toInt();
                    if (isWord(reader, QLatin1String("lvl")) && index >= 0 && index < kLevels)
                        readLevel(&abstract.levels[index]);
                    else
                        reader.skipCurrentElement();
                }
            } else if (isWord(reader, QLatin1String("num"))) {
                Instance &instance = m_instances[attribute(reader, QLatin1String("numId"))];
                while (reader.readNextStartElement()) {
                    if (isWord(reader, QLatin1String("abstractNumId"))) {
                        instance.abstractId = attribute(reader, QLatin1String("val"));
                        reader.skipCurrentElement();
                    } else if (isWord(reader, QLatin1String("lvlOverride"))) {
                        const int index = attribute(reader, QLatin1String("ilvl")).toInt();
                        while (reader.readNextStartElement()) {
                            if (index < 0 || index >= kLevels) {
                                reader.skipCurrentElement();
                            } else if (isWord(reader, QLatin1String("startOverride"))) {
                                instance.startOverrides[index] = attribute(reader, QLatin1String("val")).toInt();
                                reader.skipCurrentElement();
                            } else if (isWord(reader, QLatin1String("lvl"))) {
                                readLevel(&instance.levelOverrides[index]);
                            } else {
                                reader.skipCurrentElement();
                            }
                        }
                    } else {
                        reader.skipCurrentElement();
                    }
                }
            } else {
                reader.skipCurrentElement();
            }
        }
    }
    if (reader.hasError()) {
        m_errorString = tr("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
        m_abstracts.clear();
        m_instances.clear();
        return false;
    }
    return true;
}

bool DocxNumbering::isList(const QString &numId) const
{
    const auto it = m_instances.constFind(numId);
    return it != m_instances.constEnd() && m_abstracts.contains(it->abstractId);
}

int DocxNumbering::levelForStyle(const QString &numId, const QString &styleId) const
{
    if (!isList(numId) || styleId.isEmpty())
        return -1;
    const Instance &instance = m_instances[numId];
    for (int index = 0; index < kLevels; ++index) {
        if (level(instance, index).style == styleId)
            return index;
    }
    return -1;
}

DocxNumbering::Level DocxNumbering::level(const Instance &instance, int index) const
{
    const auto override = instance.levelOverrides.constFind(index);
    if (override != instance.levelOverrides.constEnd() && override->defined)
        return *override;
    return m_abstracts.value(instance.abstractId).levels.at(index);
}

QString DocxNumbering::nextLabel(const QString &numId, int levelIndex)
{
    if (!isList(numId))
        return {};
    levelIndex = qBound(0, levelIndex, kLevels - 1);
    Instance &instance = m_instances[numId];
    Counters &counters = m_counters[instance.abstractId];
    // A list instance with start overrides is a restarted list: its first use resets the counters.
    if (!instance.used) {
        instance.used = true;
        for (auto it = instance.startOverrides.constBegin(); it != instance.startOverrides.constEnd(); ++it) {
            counters.values[it.key()] = -1;
            counters.starts[it.key()] = it.value();
        }
    }
    const auto startOf = [&](int index) {
        return counters.starts.at(index) >= 0 ? counters.starts.at(index) : level(instance, index).start;
    };

    int &value = counters.values[levelIndex];
    value = value < 0 ? startOf(levelIndex) : value + 1;
    for (int deeper = levelIndex + 1; deeper < kLevels; ++deeper) {
        const int restart = level(instance, deeper).restart;
        if (restart < 0 || (restart > 0 && levelIndex < restart))
            counters.values[deeper] = -1;
    }

    const Level current = level(instance, levelIndex);
    QString label;
    if (current.format == QLatin1String("bullet")) {
        label = bulletText(current.text);
    } else {
        label = current.text;
        for (int index = 0; index <= levelIndex; ++index) {
            const QString placeholder = QStringLiteral("%%1").arg(index + 1);
            if (!label.contains(placeholder))
                continue;
            const int number = counters.values.at(index) >= 0 ? counters.values.at(index) : startOf(index);
            const QString format = current.legal ? QStringLiteral("decimal") : level(instance, index).format;
            label.replace(placeholder, formatNumber(number, format));
        }
    }
    if (label.isEmpty())
        return {};
    return current.suffix == QLatin1String("nothing") ? label : label + QLatin1Char(' ');
}

} // namespace tw::io
