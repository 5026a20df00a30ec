#pragma once

#include "core/model/Document.h"
#include "io/zip/SafeZipReader.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace tw::io {

/** Called as pages are done: (pages done, pages in all). Must be thread-safe. */
using ProgressCallback = std::function<void(int done, int total)>;

/** How to read one document. */
struct ExtractOptions
{
    QString password;                         ///< for encrypted PDFs
    bool ocr = false;                         ///< recognise pages without a text layer with Tesseract
    int threads = 0;                          ///< 0 = one per core
    ProgressCallback progress;                ///< optional
    const std::atomic_bool *cancel = nullptr; ///< optional; set to true to stop early
    ZipLimits zipLimits;                      ///< for DOCX containers
};

/** A document, or why there is none. Errors name the file and the problem in one sentence. */
struct ExtractResult
{
    std::optional<Document> document;
    QString errorString;

    bool ok() const { return document.has_value(); }
    static ExtractResult failure(const QString &message) { return {std::nullopt, message}; }
    static ExtractResult success(Document document) { return {std::move(document), {}}; }
};

/** Turns one file format into positioned text. Implementations are stateless and thread-safe. */
class DocumentReader
{
public:
    virtual ~DocumentReader() = default;
    virtual ExtractResult read(const QString &path, const ExtractOptions &options) const = 0;
};

} // namespace tw::io
