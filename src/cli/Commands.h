#pragma once

#include <QStringList>

// One function per tierwise-cli command, each in its own <Name>Command.cpp. Each takes the
// arguments after the command name and returns the process exit status.
namespace tw::cli {

int runAnalyzeCommand(const QStringList &arguments);
int runEvaluateCommand(const QStringList &arguments);
int runExtractCommand(const QStringList &arguments);
int runHistoryCommand(const QStringList &arguments);
int runSummaryCommand(const QStringList &arguments);

} // namespace tw::cli
