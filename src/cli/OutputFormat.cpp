#include "OutputFormat.h"

#include "CliOutput.h"

namespace tw::cli {

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), QStringLiteral("json or text"), QStringLiteral("format"),
                              QStringLiteral("text"));
}

std::optional<OutputFormat> outputFormat(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString value = parser.value(option);
    if (value == QLatin1String("json"))
        return OutputFormat::Json;
    if (value == QLatin1String("text"))
        return OutputFormat::Text;
    printError(QStringLiteral("--format must be json or text"));
    return std::nullopt;
}

} // namespace tw::cli
