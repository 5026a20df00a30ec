#pragma once

#include "core/model/Document.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tw::io {

/** What the first bytes of a file say it is, whatever its name claims. */
DocumentFormat sniffFormat(const QByteArray &head);

/**
 * Reads a whole file that should be of the expected format. Returns the problem, naming the file,
 * when it is missing, unreadable, empty, too large, or is evidently another format.
 */
std::optional<QString> readCheckedFile(const QString &path, DocumentFormat expected, QByteArray *data);

} // namespace tw::io
