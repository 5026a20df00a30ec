#pragma once

#include "DocumentReader.h"

#include <QCoreApplication>

namespace tw::io {

/**
 * Reads PDFs through Poppler: every page's words and lines with boxes in points, in reading order.
 * Pages are extracted in parallel with one Poppler document per worker (Poppler documents are not
 * thread-safe). Pages without a text layer are reported, and recognised by OCR when asked.
 */
class PdfReader : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(tw::io::PdfReader)

public:
    ExtractResult read(const QString &path, const ExtractOptions &options) const override;
};

} // namespace tw::io
