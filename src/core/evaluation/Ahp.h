#pragma once

#include "Matrix.h"

#include <QCoreApplication>
#include <QDebug>
#include <QString>

#include <optional>
#include <vector>

namespace tw::evaluation {

/** Weights derived from a pairwise comparison matrix, with Saaty's consistency measures. */
struct AhpResult
{
    std::vector<double> weights; ///< principal right eigenvector, normalised to sum 1
    double lambdaMax = 0;        ///< principal eigenvalue
    double consistencyIndex = 0; ///< CI = (lambdaMax - n) / (n - 1)
    double randomIndex = 0;      ///< RI(n), Saaty's table
    double consistencyRatio = 0; ///< CR = CI / RI; 0 for n <= 2
    int iterations = 0;          ///< power iterations used
    QString warning;             ///< set when CR > 0.10 (the judgements should be revised)

    bool isConsistent() const { return consistencyRatio <= AhpResult::kMaxConsistencyRatio; }
    static constexpr double kMaxConsistencyRatio = 0.10;

    bool operator==(const AhpResult &other) const
    {
        return weights == other.weights && lambdaMax == other.lambdaMax && consistencyIndex == other.consistencyIndex &&
               randomIndex == other.randomIndex && consistencyRatio == other.consistencyRatio &&
               iterations == other.iterations && warning == other.warning;
    }
    bool operator!=(const AhpResult &other) const { return !(*this == other); }
};

/** Analytic Hierarchy Process weights (Saaty 1980) by power iteration. */
class Ahp
{
    Q_DECLARE_TR_FUNCTIONS(tw::evaluation::Ahp)

public:
    /** Relative tolerance of the reciprocal check |a_ij * a_ji - 1|: judgements typed as 0.33 pass. */
    static constexpr double kDefaultReciprocalTolerance = 0.02;

    /** Why the matrix is not a pairwise comparison matrix (square, positive, finite, unit diagonal,
     *  reciprocal within tolerance); empty when it is one. */
    static QString validate(const Matrix &matrix, double tolerance = kDefaultReciprocalTolerance);
    /** Weights and consistency of a valid matrix; nothing (and the reason in error) otherwise. */
    static std::optional<AhpResult> compute(const Matrix &matrix, QString *error = nullptr,
                                            double tolerance = kDefaultReciprocalTolerance);
    /** Saaty's random index RI(n) for n = 1..15 (Saaty 1980; see Ahp.cpp); -1 beyond. */
    static double randomIndex(int n);
};

QDebug operator<<(QDebug debug, const AhpResult &result);
char *toString(const AhpResult &result);

} // namespace tw::evaluation
