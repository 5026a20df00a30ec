#pragma once

#include <QString>

namespace tw::analysis {

/**
 * Blanks wording an amendment quotes only to replace or delete it: "原合同第6.1条“…兼容件…”修改为：“…”",
 * "删除原合同第5.2条（原文为：“…原则上2小时内响应…”）", "Section 5.2, which currently reads “…”, is
 * deleted", "响应时间由30分钟调整为15分钟". That text is no longer in force, so neither its terms nor its clauses
 * count; the new wording stays. Spaces of the same length replace it, so positions (and evidence) stay right. Returns
 * whether anything was blanked.
 */
bool blankSupersededWording(QString &text);

} // namespace tw::analysis
