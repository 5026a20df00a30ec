#pragma once

#include "core/model/Document.h"

#include <QJsonObject>

#include <optional>

namespace tw::io {

/**
 * The JSON form of a document, as `tierwise-cli extract --format json` prints it: file, format,
 * language, pages with lines and boxes ([x, y, w, h] in points), warnings. With words, each line
 * also lists its words, so the document survives a round trip through the import sandbox.
 */
QJsonObject documentToJson(const Document &document, bool withWords = false);
/** Parses documentToJson() output; nothing when required fields are missing or malformed. */
std::optional<Document> documentFromJson(const QJsonObject &json);

} // namespace tw::io
