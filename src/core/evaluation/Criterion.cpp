#include "Criterion.h"

namespace tw::evaluation {

const std::array<Criterion, kCriterionCount> &allCriteria()
{
    static const std::array<Criterion, kCriterionCount> criteria{
        Criterion::ResponseTime, Criterion::OnsiteTime, Criterion::ResolutionTime,
        Criterion::Coverage,     Criterion::Parts,      Criterion::Engineers,
        Criterion::Attainment,   Criterion::Clarity,    Criterion::Cost};
    return criteria;
}

QString criterionKey(Criterion criterion)
{
    switch (criterion) {
    case Criterion::ResponseTime:
        return QStringLiteral("response_time");
    case Criterion::OnsiteTime:
        return QStringLiteral("onsite_time");
    case Criterion::ResolutionTime:
        return QStringLiteral("resolution_time");
    case Criterion::Coverage:
        return QStringLiteral("coverage");
    case Criterion::Parts:
        return QStringLiteral("parts");
    case Criterion::Engineers:
        return QStringLiteral("engineers");
    case Criterion::Attainment:
        return QStringLiteral("attainment");
    case Criterion::Clarity:
        return QStringLiteral("clarity");
    case Criterion::Cost:
        return QStringLiteral("cost");
    }
    return {};
}

bool criterionFromKey(const QString &key, Criterion *criterion)
{
    for (Criterion candidate : allCriteria()) {
        if (criterionKey(candidate) == key) {
            *criterion = candidate;
            return true;
        }
    }
    return false;
}

Direction criterionDirection(Criterion criterion)
{
    switch (criterion) {
    case Criterion::ResponseTime:
    case Criterion::OnsiteTime:
    case Criterion::ResolutionTime:
    case Criterion::Clarity: // raw value is severity-weighted finding points
    case Criterion::Cost:
        return Direction::Cost;
    case Criterion::Coverage:
    case Criterion::Parts:
    case Criterion::Engineers:
    case Criterion::Attainment:
        return Direction::Benefit;
    }
    return Direction::Benefit;
}

QDebug operator<<(QDebug debug, Criterion criterion)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << criterionKey(criterion);
    return debug;
}

} // namespace tw::evaluation
