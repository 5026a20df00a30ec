#pragma once

#include "DocumentReader.h"

#include <QCoreApplication>

namespace tw::io {

/**
 * Reads Word documents (.docx, transitional and strict OOXML) into lines: paragraphs with their
 * list labels, table rows as tab-separated cells, headers and footers on every page, footnotes
 * under the page that cites them. Pages break where Word recorded a break (hard breaks, page
 * breaks before paragraphs, section breaks, Word's last rendered layout); otherwise the document
 * is one logical page. Boxes are null: a DOCX has no fixed layout. The package is read through
 * SafeZipReader, so ZIP bombs and unsafe entry names are refused.
 */
class DocxReader : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(tw::io::DocxReader)

public:
    ExtractResult read(const QString &path, const ExtractOptions &options) const override;
};

} // namespace tw::io
