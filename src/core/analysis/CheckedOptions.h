#pragma once

#include "AnalysisText.h"

namespace tw::analysis {

/**
 * Blanks the options a form leaves unticked. In a form whose boxes are ticked (☑, ☒), an option after an
 * empty box ("☒ 30 minutes ☐ 15 minutes", "服务期限 | ☑ 12 个月 □ 24 个月") is not offered: its text,
 * up to the next box, tab or line end, is blanked; so is a whole table row whose box cell is empty
 * ("□ | 铜牌 | 5×8 | 2 小时 | …"). Spaces of the same length replace the text, so positions stay right.
 * An empty box in a document that ticks none is a bullet, and stays.
 */
void blankUncheckedOptions(QList<PreparedSegment> *segments);

} // namespace tw::analysis
