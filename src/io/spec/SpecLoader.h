#pragma once

#include "EvaluationSpec.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tw::io {

/** Fills a parsed spec's input: analyses the proposal documents and imports the ticket histories. */
class SpecLoader
{
    Q_DECLARE_TR_FUNCTIONS(tw::io::SpecLoader)

public:
    static std::optional<evaluation::EvaluationInput> load(const EvaluationSpec &spec, QString *error);
};

} // namespace tw::io
