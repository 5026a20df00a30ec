#pragma once

#include "TermExtractor.h"

namespace tw::analysis {

/**
 * coverage: 7x24 / 24x7x365 / 5x9, "24 hours a day, 7 days a week", Monday to Friday, 09:00-18:00,
 * and whether public holidays are in (含法定节假日, including public holidays) or out (节假日除外,
 * excluding public holidays).
 */
class CoverageExtractor : public TermExtractor
{
public:
    QRegularExpression trigger() const override;
    void extract(const AnalysisText &text, const TextUnit &unit, QList<SlaTerm> *terms) const override;
};

} // namespace tw::analysis
