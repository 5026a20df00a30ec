#pragma once

#include "core/model/Document.h"

#include <QImage>

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace tw::io {

/**
 * Recognises the text of a rendered page with Tesseract (English and Simplified Chinese). One
 * engine per thread: Tesseract's API object is not thread-safe.
 */
class OcrEngine
{
public:
    OcrEngine();
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    /** False when no Tesseract language data could be loaded. */
    bool isReady() const { return m_ready; }
    /** The languages loaded, e.g. "eng+chi_sim". */
    QString languages() const { return m_languages; }
    /** Lines of the page image; boxes are converted from pixels at the given dpi to points. */
    QList<TextLine> recognise(const QImage &page, double dpi);

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    bool m_ready = false;
    QString m_languages;
};

} // namespace tw::io
