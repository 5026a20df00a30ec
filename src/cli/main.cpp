#include "CliOutput.h"
#include "Commands.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

namespace {

struct Command
{
    const char *name;
    const char *synopsis;
    int (*run)(const QStringList &arguments);
};

const Command kCommands[] = {
    {"extract", "extract FILE [--password P] [--ocr] [--format json|text]", tw::cli::runExtractCommand},
    {"summary", "summary FILE... [--ocr]", tw::cli::runSummaryCommand},
    {"analyze", "analyze FILE [--password P] [--ocr] [--rules FILE] [--format json|text]", tw::cli::runAnalyzeCommand},
    {"history", "history FILE [--calendar 5x9+cn] [--target ...] [--format json|text]", tw::cli::runHistoryCommand},
    {"evaluate", "evaluate SPEC.json [--format json|text]", tw::cli::runEvaluateCommand},
};

int printUsage()
{
    QString usage = QStringLiteral("usage: tierwise-cli COMMAND [ARGS]\ncommands:\n");
    for (const Command &command : kCommands)
        usage += QStringLiteral("  ") + QString::fromLatin1(command.synopsis) + QLatin1Char('\n');
    tw::cli::printError(usage.trimmed());
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Tierwise"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tierwise"));
    tw::installTranslations();

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty())
        return printUsage();
    const QString name = arguments.takeFirst();
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name))
            return command.run(arguments);
    }
    return printUsage();
}
