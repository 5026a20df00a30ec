#pragma once

#include "Criterion.h"
#include "Matrix.h"
#include "ServiceOffer.h"
#include "TierValueScale.h"

#include "core/model/Finding.h"

#include <QList>

#include <vector>

namespace tw::evaluation {

/** Turns offers into per-criterion utilities (0..1) and raw values, with a tier's value functions. */
class CriterionScorer
{
public:
    explicit CriterionScorer(TierValueScale scale = {}) : m_scale(std::move(scale)) {}

    /** Utility of one offer on one criterion; for Cost it needs the cheapest TCO among the offers. */
    double utility(const ServiceOffer &offer, Criterion criterion, double lowestTco) const;
    /** Utility matrix: one row per offer, one column per criterion in allCriteria() order. */
    Matrix utilities(const std::vector<ServiceOffer> &offers) const;
    /**
     * Raw matrix for TOPSIS: minutes, covered hours per week, penalty points and TCO as measured;
     * the ordinal criteria (parts, engineers, attainment) as their utilities.
     */
    Matrix rawValues(const std::vector<ServiceOffer> &offers) const;

    /** Severity-weighted finding points: low 1, medium 2, high 4 (each level doubles). */
    static double clarityPenalty(const QList<Finding> &findings);
    /** The directions of the columns of rawValues(). */
    static std::vector<Direction> rawDirections();

private:
    TierValueScale m_scale;
};

} // namespace tw::evaluation
