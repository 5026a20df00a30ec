#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace tw::io {

/** A decoded text and the encoding it was read as ("UTF-8", "UTF-16LE", "GB18030"...). */
struct DecodedText
{
    QString text;
    QString encoding;
};

/**
 * Decodes bytes of unknown encoding: a BOM decides first (UTF-8, UTF-16LE/BE, UTF-32); then
 * BOM-less UTF-16 is recognised by its zero bytes; then strict UTF-8; then GB18030 (a superset of
 * GBK and GB2312). Nothing when none of them decodes cleanly.
 */
std::optional<DecodedText> decodeText(const QByteArray &bytes);

} // namespace tw::io
