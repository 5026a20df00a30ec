// tierwise-cli evaluate SPEC.json [--format json|text] [--trials N] [--seed S] [--compact]
#include "CliOutput.h"
#include "Commands.h"
#include "OutputFormat.h"

#include "core/evaluation/EvaluationReport.h"
#include "core/evaluation/EvaluationRun.h"
#include "io/spec/SpecLoader.h"
#include "io/spec/SpecParser.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>

namespace tw::cli {

int runEvaluateCommand(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("usage: tierwise-cli evaluate SPEC.json [--format json|text] [--trials N] [--seed S]");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("spec"), QStringLiteral("evaluation spec (docs/spec.md)"));
    const QCommandLineOption format = formatOption();
    const QCommandLineOption trials(QStringLiteral("trials"), QStringLiteral("Monte Carlo trials (overrides the spec)"),
                                    QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Monte Carlo seed (overrides the spec)"),
                                  QStringLiteral("s"));
    const QCommandLineOption compact(QStringLiteral("compact"), QStringLiteral("JSON on one line"));
    parser.addOptions({format, trials, seed, compact});
    if (!parser.parse(QStringList{QStringLiteral("evaluate")} + arguments) ||
        parser.positionalArguments().size() != 1) {
        printError(parser.errorText().isEmpty() ? usage : parser.errorText() + QLatin1Char('\n') + usage);
        return 2;
    }
    const std::optional<OutputFormat> output = outputFormat(parser, format);
    if (!output)
        return 2;

    // TW_EVALUATE_TIMING=1 prints the time of each phase on stderr (for the benchmark).
    const bool timing = qEnvironmentVariableIntValue("TW_EVALUATE_TIMING") != 0;
    QElapsedTimer timer;
    timer.start();
    const auto phase = [&](const char *name) {
        if (timing)
            printError(QStringLiteral("%1: %2 ms").arg(QLatin1String(name)).arg(timer.restart()));
    };
    QString error;
    auto spec = io::SpecParser::parseFile(parser.positionalArguments().constFirst(), &error);
    if (!spec) {
        printError(error);
        return 2;
    }
    if (parser.isSet(trials)) {
        bool ok = false;
        const qint64 n = parser.value(trials).toLongLong(&ok);
        if (!ok || n < 1) {
            printError(QStringLiteral("--trials must be a positive number"));
            return 2;
        }
        spec->input.settings.monteCarlo.trials = n;
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        const quint64 s = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            printError(QStringLiteral("--seed must be a non-negative number"));
            return 2;
        }
        spec->input.settings.monteCarlo.seed = s;
    }
    phase("parse");
    const auto input = io::SpecLoader::load(*spec, &error);
    if (!input) {
        printError(error);
        return 1;
    }
    phase("load");
    const evaluation::EvaluationResult result = evaluation::EvaluationRun::run(*input);
    phase("evaluate");
    if (!result.ok()) {
        for (const QString &problem : result.errors)
            printError(problem);
        return 1;
    }
    if (*output == OutputFormat::Json) {
        const QJsonDocument document(evaluation::EvaluationReport::toJson(result));
        printOut(QString::fromUtf8(
            document.toJson(parser.isSet(compact) ? QJsonDocument::Compact : QJsonDocument::Indented)));
    } else {
        printOut(evaluation::EvaluationReport::toText(result));
    }
    phase("output");
    return 0;
}

} // namespace tw::cli
