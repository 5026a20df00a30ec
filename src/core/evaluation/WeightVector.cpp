#include "WeightVector.h"

#include <cmath>

namespace tw::evaluation {

std::optional<std::vector<double>> WeightVector::normalized(const std::vector<double> &weights, QString *error)
{
    double sum = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        if (!std::isfinite(weights[i]) || weights[i] < 0) {
            if (error)
                *error = tr("Weight %1 is %2; weights must be finite and not negative").arg(i + 1).arg(weights[i]);
            return std::nullopt;
        }
        sum += weights[i];
    }
    if (!(sum > 0)) {
        if (error)
            *error = tr("All weights are zero");
        return std::nullopt;
    }
    std::vector<double> result;
    result.reserve(weights.size());
    for (double weight : weights)
        result.push_back(weight / sum);
    return result;
}

} // namespace tw::evaluation
