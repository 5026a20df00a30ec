#include "NumberParser.h"

#include <QHash>

namespace tw::analysis {

namespace {

int chineseDigit(QChar c)
{
    switch (c.unicode()) {
    case 0x96F6: // 零
    case 0x3007: // 〇
        return 0;
    case 0x4E00: // 一
    case 0x58F9: // 壹
    case 0x5E7A: // 幺
        return 1;
    case 0x4E8C: // 二
    case 0x4E24: // 两
    case 0x8D30: // 贰
    case 0x8CB3: // 貳 (Traditional)
    case 0x5169: // 兩
        return 2;
    case 0x4E09: // 三
    case 0x53C1: // 叁
    case 0x53C3: // 參
        return 3;
    case 0x56DB: // 四
    case 0x8086: // 肆
        return 4;
    case 0x4E94: // 五
    case 0x4F0D: // 伍
        return 5;
    case 0x516D: // 六
    case 0x9646: // 陆
    case 0x9678: // 陸
        return 6;
    case 0x4E03: // 七
    case 0x67D2: // 柒
        return 7;
    case 0x516B: // 八
    case 0x634C: // 捌
        return 8;
    case 0x4E5D: // 九
    case 0x7396: // 玖
        return 9;
    default:
        return -1;
    }
}

int chineseMultiplier(QChar c)
{
    switch (c.unicode()) {
    case 0x5341: // 十
    case 0x62FE: // 拾
        return 10;
    case 0x767E: // 百
    case 0x4F70: // 佰
        return 100;
    case 0x5343: // 千
    case 0x4EDF: // 仟
        return 1000;
    case 0x4E07: // 万
    case 0x842C: // 萬
        return 10000;
    case 0x4EBF: // 亿
    case 0x5104: // 億
        return 100000000;
    default:
        return 0;
    }
}

} // namespace

bool NumberParser::isChineseNumeralChar(QChar c) { return chineseDigit(c) >= 0 || chineseMultiplier(c) > 0; }

bool NumberParser::isChineseNumeralStart(QChar c) { return chineseDigit(c) >= 0 || chineseMultiplier(c) == 10; }

double NumberParser::parseChinese(const QString &numeral)
{
    if (numeral.isEmpty())
        return -1;
    bool hasMultiplier = false;
    for (QChar c : numeral) {
        if (!isChineseNumeralChar(c))
            return -1;
        if (chineseMultiplier(c) > 0)
            hasMultiplier = true;
    }
    if (!hasMultiplier) {
        // "二〇二五" is read digit by digit; a single digit is itself.
        double value = 0;
        for (QChar c : numeral)
            value = value * 10 + chineseDigit(c);
        return value;
    }
    // Sections separated by 万/亿: section = sum of digit x (十|百|千).
    double total = 0;
    double section = 0;
    int digit = -1;
    for (QChar c : numeral) {
        const int d = chineseDigit(c);
        if (d >= 0) {
            if (digit >= 0 && d != 0)
                return -1; // two digits in a row with a multiplier elsewhere: not a number
            digit = d == 0 ? -1 : d;
            continue;
        }
        const int m = chineseMultiplier(c);
        if (m >= 10000) {
            section += digit > 0 ? digit : 0;
            if (section == 0)
                section = 1;
            total = (total + section) * m;
            section = 0;
        } else {
            section += (digit > 0 ? digit : 1) * m;
        }
        digit = -1;
    }
    if (digit > 0)
        section += digit;
    return total + section;
}

int NumberParser::englishWordValue(const QString &lowerWord)
{
    static const QHash<QString, int> words = {
        {QStringLiteral("zero"), 0},      {QStringLiteral("one"), 1},       {QStringLiteral("two"), 2},
        {QStringLiteral("three"), 3},     {QStringLiteral("four"), 4},      {QStringLiteral("five"), 5},
        {QStringLiteral("six"), 6},       {QStringLiteral("seven"), 7},     {QStringLiteral("eight"), 8},
        {QStringLiteral("nine"), 9},      {QStringLiteral("ten"), 10},      {QStringLiteral("eleven"), 11},
        {QStringLiteral("twelve"), 12},   {QStringLiteral("thirteen"), 13}, {QStringLiteral("fourteen"), 14},
        {QStringLiteral("fifteen"), 15},  {QStringLiteral("sixteen"), 16},  {QStringLiteral("seventeen"), 17},
        {QStringLiteral("eighteen"), 18}, {QStringLiteral("nineteen"), 19}, {QStringLiteral("twenty"), 20},
        {QStringLiteral("thirty"), 30},   {QStringLiteral("forty"), 40},    {QStringLiteral("fifty"), 50},
        {QStringLiteral("sixty"), 60},    {QStringLiteral("seventy"), 70},  {QStringLiteral("eighty"), 80},
        {QStringLiteral("ninety"), 90},   {QStringLiteral("hundred"), 100},
    };
    return words.value(lowerWord, -1);
}

} // namespace tw::analysis
