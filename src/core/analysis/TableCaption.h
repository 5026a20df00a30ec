#pragma once

#include <QRegularExpression>

namespace tw::analysis {

/** How a table's caption opens: "表 3-2", "附表一", "Table 2", "Table A". */
const QRegularExpression &captionOpening();

} // namespace tw::analysis
