#pragma once

#include <QString>
#include <QVector>

namespace tw::analysis {

/**
 * A text rewritten for matching, with a map back to the original: every character of text() came
 * from the original range [originalStart(i), originalEnd(i)), so quotes stay exact.
 */
struct NormalizedText
{
    QString text;
    QVector<int> start;
    QVector<int> end;

    /** The original range [first, second) that the normalised range [from, to) came from. */
    QPair<int, int> originalRange(int from, int to) const;
};

/**
 * Rewrites text for matching: full-width digits, letters and symbols become ASCII (７×２４ -> 7x24),
 * Chinese numerals before a unit become digits (二十四小时 -> 24小时, 百分之二十 -> 20%), English
 * number words become digits ("four (4) hours" -> "4 hours"), thousands separators go, dashes and
 * quotes are unified and whitespace runs collapse to one space. Tabs (table cell separators) stay.
 */
class Normalizer
{
public:
    static NormalizedText normalize(const QString &text);
};

} // namespace tw::analysis
