#pragma once

#include <vector>

namespace tw::evaluation {

/** Row-major dense matrix: rows are alternatives (or criteria for AHP), columns criteria. */
using Matrix = std::vector<std::vector<double>>;

} // namespace tw::evaluation
