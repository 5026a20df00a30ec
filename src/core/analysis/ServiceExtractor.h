#pragma once

#include "TermExtractor.h"

namespace tw::analysis {

/**
 * The vendor's own commitments around the service: uptime_guarantee (hotline or portal availability),
 * certification (engineer certifications by vendor) and value_added services (preventive maintenance,
 * software support, loaner, installation and migration, remote monitoring, SLA reporting).
 */
class ServiceExtractor : public TermExtractor
{
public:
    QRegularExpression trigger() const override;
    void extract(const AnalysisText &text, const TextUnit &unit, QList<SlaTerm> *terms) const override;
};

} // namespace tw::analysis
