#pragma once

#include <QString>

namespace tw::history {

/**
 * The canonical label of a priority as written in an export: "P1".."P9" when a level can be read
 * ("1 - Critical", "P1", "Sev 2", "S3", "一级", "二级故障", "Critical", "紧急", "高"...), otherwise
 * the trimmed text itself. Empty for an empty or null cell.
 */
QString canonicalPriority(const QString &text);

/** Sort key so that P1 < P2 < ... < P9 < other labels alphabetically. */
QString prioritySortKey(const QString &label);

} // namespace tw::history
