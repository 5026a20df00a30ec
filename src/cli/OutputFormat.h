#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace tw::cli {

/** How a command prints its result. */
enum class OutputFormat { Json, Text };

/** The `--format json|text` option every command takes (text by default). */
QCommandLineOption formatOption();
/** The chosen format; nothing, after printing why on stderr, when --format names another one. */
std::optional<OutputFormat> outputFormat(const QCommandLineParser &parser, const QCommandLineOption &option);

} // namespace tw::cli
