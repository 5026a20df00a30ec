#pragma once

#include <QRegularExpression>

namespace tw::analysis {

/**
 * A numbered heading at the start of a paragraph: "3.", "3.1", an annex's "B.2", "三、", "（一）", "第二章", "Section
 * 4", a Polish contract's "§ 4.", "附件一", Markdown "## 2.1". Captures 1/2 hold a decimal number, 3 a Chinese chapter
 * numeral, 4 a bracketed sub-numeral, 5 a meeting's agenda item ("议题二：").
 */
const QRegularExpression &numberedHeading();

/** "5." and "三、" are level 1, "5.1" level 2, "（一）" (under "一、") level 2. */
int headingLevel(const QRegularExpressionMatch &match);

} // namespace tw::analysis
