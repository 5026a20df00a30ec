#pragma once

#include <QString>

namespace tw::analysis {

/** Reads numbers written in words: Chinese numerals (两, 十五, 二十四, 叁佰陆拾伍万) and English words. */
class NumberParser
{
public:
    /** True for characters that can appear in a Chinese numeral (digits and multipliers). */
    static bool isChineseNumeralChar(QChar c);
    /** True for characters a Chinese numeral can start with (a digit or 十/拾, not a bare multiplier). */
    static bool isChineseNumeralStart(QChar c);
    /** The value of a Chinese numeral such as "二十四" or "二〇二五" (digit by digit); -1 when invalid. */
    static double parseChinese(const QString &numeral);
    /** The value of one English number word ("four", "twenty", "hundred"); -1 when it is none. */
    static int englishWordValue(const QString &lowerWord);
};

} // namespace tw::analysis
