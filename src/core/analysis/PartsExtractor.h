#pragma once

#include "TermExtractor.h"

namespace tw::analysis {

/**
 * Spare parts: parts_quality (原厂全新件 / certified refurbished / "new or equivalent to new" /
 * 根据库存情况确定 / compatible, with negations such as 不使用翻新件 understood), parts_stock
 * (local, regional or central depot and its city), parts_dispatch_first (备件先行) and
 * eol_parts_years (years of parts after end of life).
 */
class PartsExtractor : public TermExtractor
{
public:
    QRegularExpression trigger() const override;
    void extract(const AnalysisText &text, const TextUnit &unit, QList<SlaTerm> *terms) const override;
    /** The first city or district named in text ("上海", "Kunshan"), or empty. */
    static QString cityIn(const QString &text);

private:
    /** The parts promises the unit's own text makes. */
    void extractStatements(const AnalysisText &text, const TextUnit &unit, QList<SlaTerm> *terms) const;
};

} // namespace tw::analysis
