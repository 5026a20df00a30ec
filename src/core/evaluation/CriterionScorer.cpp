#include "CriterionScorer.h"

#include <algorithm>
#include <limits>

namespace tw::evaluation {

namespace {

double lowestPositiveTco(const std::vector<ServiceOffer> &offers)
{
    double lowest = std::numeric_limits<double>::infinity();
    for (const ServiceOffer &offer : offers) {
        if (offer.tco > 0)
            lowest = std::min(lowest, offer.tco);
    }
    return lowest;
}

} // namespace

double CriterionScorer::utility(const ServiceOffer &offer, Criterion criterion, double lowestTco) const
{
    switch (criterion) {
    case Criterion::ResponseTime:
        return m_scale.response(offer.responseMinutes);
    case Criterion::OnsiteTime:
        return m_scale.onsite(offer.onsiteMinutes);
    case Criterion::ResolutionTime:
        return m_scale.resolution(offer.resolutionMinutes);
    case Criterion::Coverage:
        return coverageUtility(offer.coverage);
    case Criterion::Parts:
        return partsUtility(offer.partsQuality, offer.partsLocality);
    case Criterion::Engineers:
        return offer.engineers.utility();
    case Criterion::Attainment:
        return offer.attainmentPercent ? m_scale.attainment(*offer.attainmentPercent)
                                       : m_scale.unknownAttainmentUtility;
    case Criterion::Clarity:
        return m_scale.clarity(offer.clarityPenalty);
    case Criterion::Cost:
        // Ratio to the cheapest: invariant to the currency and to scaling every price, and an
        // added dearer offer leaves the others' scores unchanged.
        if (offer.tco <= 0 || !(lowestTco > 0) || lowestTco == std::numeric_limits<double>::infinity())
            return 0;
        return lowestTco / offer.tco;
    }
    return 0;
}

Matrix CriterionScorer::utilities(const std::vector<ServiceOffer> &offers) const
{
    const double lowest = lowestPositiveTco(offers);
    Matrix matrix;
    matrix.reserve(offers.size());
    for (const ServiceOffer &offer : offers) {
        std::vector<double> row;
        row.reserve(kCriterionCount);
        for (Criterion criterion : allCriteria())
            row.push_back(utility(offer, criterion, lowest));
        matrix.push_back(std::move(row));
    }
    return matrix;
}

Matrix CriterionScorer::rawValues(const std::vector<ServiceOffer> &offers) const
{
    Matrix matrix;
    matrix.reserve(offers.size());
    for (const ServiceOffer &offer : offers) {
        matrix.push_back({offer.responseMinutes, offer.onsiteMinutes, offer.resolutionMinutes,
                          offer.coverage.coveredHoursPerWeek(), partsUtility(offer.partsQuality, offer.partsLocality),
                          offer.engineers.utility(), utility(offer, Criterion::Attainment, 0), offer.clarityPenalty,
                          offer.tco});
    }
    return matrix;
}

double CriterionScorer::clarityPenalty(const QList<Finding> &findings)
{
    double points = 0;
    for (const Finding &finding : findings) {
        switch (finding.severity) {
        case Severity::Low:
            points += 1;
            break;
        case Severity::Medium:
            points += 2;
            break;
        case Severity::High:
            points += 4;
            break;
        }
    }
    return points;
}

std::vector<Direction> CriterionScorer::rawDirections()
{
    std::vector<Direction> directions;
    for (Criterion criterion : allCriteria())
        directions.push_back(criterionDirection(criterion));
    return directions;
}

} // namespace tw::evaluation
