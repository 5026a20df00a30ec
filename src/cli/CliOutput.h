#pragma once

#include <QString>

namespace tw::cli {

/** Writes UTF-8 text to standard output as is (no newline added). */
void printOut(const QString &text);
/** Writes one line of UTF-8 text to standard error. */
void printError(const QString &line);

} // namespace tw::cli
