#pragma once

#include "Criterion.h"
#include "Matrix.h"
#include "Ranking.h"

#include <QDebug>

#include <vector>

namespace tw::evaluation {

/** TOPSIS details: distances to the ideal and anti-ideal points, and the closeness ranking. */
struct TopsisResult
{
    std::vector<double> distanceToIdeal;
    std::vector<double> distanceToAntiIdeal;
    Ranking ranking; ///< scores are the relative closeness d- / (d+ + d-), 0..1

    bool operator==(const TopsisResult &other) const
    {
        return distanceToIdeal == other.distanceToIdeal && distanceToAntiIdeal == other.distanceToAntiIdeal &&
               ranking == other.ranking;
    }
    bool operator!=(const TopsisResult &other) const { return !(*this == other); }
};

/**
 * TOPSIS (Hwang & Yoon 1981): vector normalisation r_ij = x_ij / sqrt(sum_i x_ij^2), weighting
 * v_ij = w_j r_ij, ideal = best per column by direction, anti-ideal = worst, Euclidean distances.
 */
class Topsis
{
public:
    /** Ranks the rows of raw values; weights are normalised to sum 1. A column of zeros contributes nothing. */
    static TopsisResult rank(const Matrix &values, const std::vector<double> &weights,
                             const std::vector<Direction> &directions);
};

QDebug operator<<(QDebug debug, const TopsisResult &result);
char *toString(const TopsisResult &result);

} // namespace tw::evaluation
