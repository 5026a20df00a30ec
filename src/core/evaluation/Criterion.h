#pragma once

#include <QDebug>
#include <QString>

#include <array>

namespace tw::evaluation {

/** The criteria a proposal is scored on in every tier (DOMAIN.md section 6). */
enum class Criterion {
    ResponseTime,
    OnsiteTime,
    ResolutionTime,
    Coverage,
    Parts,
    Engineers,
    Attainment,
    Clarity,
    Cost,
};

/** Number of criteria; criterion indexes run from 0 to this - 1 in enum order. */
constexpr int kCriterionCount = 9;

/** Whether more of a criterion's raw value is better (benefit) or worse (cost). */
enum class Direction { Benefit, Cost };

/** All criteria in enum order (the column order of every matrix in this folder). */
const std::array<Criterion, kCriterionCount> &allCriteria();

/** The snake_case key used in specs and JSON, e.g. "response_time". */
QString criterionKey(Criterion criterion);
/** Parses criterionKey(); returns false for anything else. */
bool criterionFromKey(const QString &key, Criterion *criterion);
/** Direction of the criterion's raw value (minutes and money are costs, coverage hours a benefit...). */
Direction criterionDirection(Criterion criterion);
/** Column index of a criterion. */
inline int criterionIndex(Criterion criterion) { return int(criterion); }

QDebug operator<<(QDebug debug, Criterion criterion);

} // namespace tw::evaluation
