#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace tw::evaluation {

/** Criterion weights: checked and normalised to sum to 1. */
class WeightVector
{
    Q_DECLARE_TR_FUNCTIONS(tw::evaluation::WeightVector)

public:
    /**
     * Normalises non-negative weights to sum 1; nothing (and a reason in error) when a weight is
     * negative or not finite, or all are zero.
     */
    static std::optional<std::vector<double>> normalized(const std::vector<double> &weights, QString *error = nullptr);
};

} // namespace tw::evaluation
