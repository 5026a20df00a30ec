#pragma once

#include "core/model/SlaTerm.h"

#include <QList>

namespace tw::analysis {

/**
 * The first term of each signature (key, tier, priority and every value), in order: the same
 * promise found again in a repeated clause, a table row read twice or a bilingual twin is one term.
 */
QList<SlaTerm> firstOfEachSignature(const QList<SlaTerm> &terms);

} // namespace tw::analysis
