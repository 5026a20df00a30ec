#pragma once

#include <QChar>
#include <QStringView>

namespace tw::analysis {

/**
 * The character an HTML entity's name stands for ("ndash" -> '–', "#39" -> '\'', "nbsp" -> ' '), or a
 * null QChar for a name not known. One table for text exported from the web, whether the entity sits
 * in an HTML table's cell or in running text.
 */
QChar htmlEntityCharacter(QStringView name);

} // namespace tw::analysis
