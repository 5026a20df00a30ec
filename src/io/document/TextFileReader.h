#pragma once

#include "DocumentReader.h"

#include <QCoreApplication>

namespace tw::io {

/**
 * Reads plain text and Markdown of any common encoding (BOM, UTF-8, UTF-16, GB18030/GBK). Form
 * feeds separate pages; otherwise the file is one logical page.
 */
class TextFileReader : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(tw::io::TextFileReader)

public:
    ExtractResult read(const QString &path, const ExtractOptions &options) const override;
};

} // namespace tw::io
