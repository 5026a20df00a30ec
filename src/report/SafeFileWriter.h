#pragma once

#include <QByteArray>
#include <QString>

namespace tw::report {

/**
 * Replaces a file with new content atomically: the old file stays as it was unless every byte of
 * the new one was written. QSaveFile alone can commit a truncated file after a short write on a
 * full disk (Qt 6.4), so each write count is checked. Returns an error message, empty on success.
 */
QString writeFileAtomically(const QString &path, const QByteArray &content);

} // namespace tw::report
