#pragma once

#include "AnalysisText.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tw::analysis {

/**
 * A reply exported from a procurement platform lists its quote lines as blocks of "key：value" lines, each
 * block opened by the item's name ("物料名称：服务器维保服务-核心业务", "Item name: Hardware support – Tier 1").
 * The items are the tiers: the distinctive part of the name (after the last dash, without a bracketed
 * note) names the tier, and the block's lines are about it.
 */
QString itemBlockName(const QString &line);

/** The tier names of a document's item blocks: two or more distinct ones, else none. */
QStringList itemBlockNames(const QList<PreparedSegment> &segments);

} // namespace tw::analysis
