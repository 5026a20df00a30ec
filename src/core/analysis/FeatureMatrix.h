#pragma once

#include "AnalysisText.h"

#include <QString>

namespace tw::analysis {

/**
 * A features-by-plan matrix: the service is named in the row label and each plan's cell only says
 * whether that plan has it ("Included", "Yes", "✓", "—", "提供", "Quarterly").
 */
namespace FeatureMatrix {

/** A cell saying its plan has the row's service: "Included", "Yes", "✓", "提供", or a frequency. */
bool isIncludedCell(const QString &cellText);

/** The row label of a row whose other cells are such markers: the label alone promises nothing. */
bool isMarkerRowLabel(const AnalysisText &text, const TextUnit &unit);

} // namespace FeatureMatrix

} // namespace tw::analysis
