#pragma once

#include "EvaluationSpec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tw::io {

/**
 * Reads and validates an evaluation spec, "version": 1. Every problem is reported, one per line,
 * as "SPEC: field.path: what is wrong" (e.g. "demo.json: tiers[1].weights.response_time: must be
 * >= 0"): unknown fields, missing references (files, vendor and tier names), impossible values.
 */
class SpecParser
{
    Q_DECLARE_TR_FUNCTIONS(tw::io::SpecParser)

public:
    static std::optional<EvaluationSpec> parseFile(const QString &path, QString *error);
    /** specFile names the spec in messages and anchors relative paths. */
    static std::optional<EvaluationSpec> parse(const QByteArray &json, const QString &specFile, QString *error);
};

} // namespace tw::io
