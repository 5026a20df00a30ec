#pragma once

#include "EvaluationRun.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace tw::evaluation {

/** The evaluate command's outputs: JSON (snake_case keys) and a plain-text report per tier. */
class EvaluationReport
{
    Q_DECLARE_TR_FUNCTIONS(tw::evaluation::EvaluationReport)

public:
    /** The JSON document of docs/spec.md, "Output". Money in the spec's currency. */
    static QJsonObject toJson(const EvaluationResult &result);
    /** A readable report: per tier the winner, ranking table, knock-outs, TCO, most sensitive weight, findings. */
    static QString toText(const EvaluationResult &result);
};

} // namespace tw::evaluation
