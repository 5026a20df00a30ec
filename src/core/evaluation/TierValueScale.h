#pragma once

#include "PiecewiseLinear.h"

namespace tw::evaluation {

/**
 * A tier's value functions for the numeric criteria: utility 1 at the tier's ideal value, 0 at its
 * worst acceptable value (the defaults suit a production tier; a critical tier tightens them).
 */
struct TierValueScale
{
    PiecewiseLinear response = PiecewiseLinear::between(15, 240);     ///< minutes
    PiecewiseLinear onsite = PiecewiseLinear::between(120, 1440);     ///< minutes
    PiecewiseLinear resolution = PiecewiseLinear::between(240, 4320); ///< minutes
    PiecewiseLinear attainment = PiecewiseLinear::between(100, 50);   ///< percent
    PiecewiseLinear clarity = PiecewiseLinear::between(0, 20);        ///< penalty points
    double unknownAttainmentUtility = 0.5; ///< no history: neither rewarded nor fully penalised

    bool operator==(const TierValueScale &other) const
    {
        return response == other.response && onsite == other.onsite && resolution == other.resolution &&
               attainment == other.attainment && clarity == other.clarity &&
               unknownAttainmentUtility == other.unknownAttainmentUtility;
    }
    bool operator!=(const TierValueScale &other) const { return !(*this == other); }
};

} // namespace tw::evaluation
