#pragma once

#include "Matrix.h"
#include "Ranking.h"

#include <vector>

namespace tw::evaluation {

/** Simple additive weighting: score_i = sum_j w_j u_ij on utilities already normalised to 0..1. */
class WeightedSum
{
public:
    /** Ranks the rows of utilities; weights are normalised to sum 1 (all zero gives all-zero scores). */
    static Ranking rank(const Matrix &utilities, const std::vector<double> &weights);
};

} // namespace tw::evaluation
