#pragma once

#include "core/model/Document.h"

#include <QCoreApplication>
#include <QImage>

namespace tw::report {

/**
 * A PDF for management listing the imported proposals: each one's format, length, language and
 * import warnings, with an overview chart. Text is real text (searchable, copyable) in a bundled
 * CJK font.
 */
class DocumentSummaryReport
{
    Q_DECLARE_TR_FUNCTIONS(tw::report::DocumentSummaryReport)

public:
    /** The report as PDF bytes. The chart may be null. */
    static QByteArray toPdf(const QList<Document> &documents, const QImage &chart);
    /** Writes the PDF atomically; returns an error message naming the file, or empty on success. */
    static QString write(const QString &path, const QList<Document> &documents, const QImage &chart);
};

} // namespace tw::report
