#include "Ahp.h"

#include "core/model/DebugString.h"

#include <cmath>

namespace tw::evaluation {

double Ahp::randomIndex(int n)
{
    // Saaty, The Analytic Hierarchy Process (1980): mean CI of random reciprocal matrices. The
    // values for 11..15 are the ones commonly tabulated with it (n > 9 criteria is rare here).
    static const double table[] = {0.0,  0.0,  0.58, 0.90, 1.12, 1.24, 1.32, 1.41,
                                   1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
    if (n < 1 || n > int(std::size(table)))
        return -1;
    return table[n - 1];
}

QString Ahp::validate(const Matrix &matrix, double tolerance)
{
    const size_t n = matrix.size();
    if (n == 0)
        return tr("The comparison matrix is empty");
    if (randomIndex(int(n)) < 0)
        return tr("The comparison matrix has %1 rows; at most 15 criteria can be compared").arg(n);
    for (size_t i = 0; i < n; ++i) {
        if (matrix[i].size() != n)
            return tr("The comparison matrix is not square: row %1 has %2 values, expected %3")
                .arg(i + 1)
                .arg(matrix[i].size())
                .arg(n);
    }
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < n; ++j) {
            const double value = matrix[i][j];
            if (!std::isfinite(value) || value <= 0)
                return tr("Comparison (%1, %2) is %3; every comparison must be a positive number")
                    .arg(i + 1)
                    .arg(j + 1)
                    .arg(value);
        }
        if (std::abs(matrix[i][i] - 1.0) > tolerance)
            return tr("Comparison (%1, %1) is %2; an element compared with itself must be 1")
                .arg(i + 1)
                .arg(matrix[i][i]);
    }
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = i + 1; j < n; ++j) {
            if (std::abs(matrix[i][j] * matrix[j][i] - 1.0) > tolerance)
                return tr("Comparisons (%1, %2) = %3 and (%2, %1) = %4 are not reciprocal")
                    .arg(i + 1)
                    .arg(j + 1)
                    .arg(matrix[i][j])
                    .arg(matrix[j][i]);
        }
    }
    return {};
}

std::optional<AhpResult> Ahp::compute(const Matrix &matrix, QString *error, double tolerance)
{
    const QString problem = validate(matrix, tolerance);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    const size_t n = matrix.size();
    AhpResult result;
    std::vector<double> x(n, 1.0 / double(n));
    std::vector<double> next(n);
    // Power iteration: a positive matrix has a simple dominant (Perron) eigenvalue, so the
    // normalised iterates converge to its eigenvector from any positive start.
    for (result.iterations = 1; result.iterations <= 10000; ++result.iterations) {
        double sum = 0;
        for (size_t i = 0; i < n; ++i) {
            next[i] = 0;
            for (size_t j = 0; j < n; ++j)
                next[i] += matrix[i][j] * x[j];
            sum += next[i];
        }
        double change = 0;
        for (size_t i = 0; i < n; ++i) {
            next[i] /= sum;
            change = std::max(change, std::abs(next[i] - x[i]));
        }
        x.swap(next);
        if (change < 1e-13)
            break;
    }
    // lambdaMax as the mean of (Ax)_i / x_i: exact at the eigenvector, robust to rounding.
    double lambda = 0;
    for (size_t i = 0; i < n; ++i) {
        double row = 0;
        for (size_t j = 0; j < n; ++j)
            row += matrix[i][j] * x[j];
        lambda += row / x[i];
    }
    result.weights = x;
    result.lambdaMax = lambda / double(n);
    result.randomIndex = randomIndex(int(n));
    if (n > 2) {
        result.consistencyIndex = (result.lambdaMax - double(n)) / double(n - 1);
        result.consistencyRatio = result.consistencyIndex / result.randomIndex;
    }
    if (!result.isConsistent()) {
        result.warning = tr("Consistency ratio %1 is above %2: the pairwise judgements contradict each other; "
                            "revise the comparisons that disagree most")
                             .arg(result.consistencyRatio, 0, 'f', 3)
                             .arg(AhpResult::kMaxConsistencyRatio, 0, 'f', 2);
    }
    return result;
}

QDebug operator<<(QDebug debug, const AhpResult &result)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "AhpResult(weights";
    for (double weight : result.weights)
        debug << " " << weight;
    debug << ", lambdaMax " << result.lambdaMax << ", CI " << result.consistencyIndex << ", CR "
          << result.consistencyRatio << ")";
    return debug;
}

char *toString(const AhpResult &result) { return debugCString(result); }

} // namespace tw::evaluation
