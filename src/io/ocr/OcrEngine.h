#pragma once

#include "core/model/Document.h"

#include <QImage>

namespace tw::io {

/**
 * Recognises the text of a rendered page with Tesseract (English and Simplified Chinese). One
 * engine per thread: Tesseract's API object is not thread-safe.
 *
 * Tesseract is loaded when the first engine is made, not linked: it brings some forty libraries
 * (Leptonica, libarchive, curl and their TLS stacks) whose loading would otherwise cost every start
 * of the program about 10 ms, while only scanned pages need it. Without it the engine is not ready.
 */
class OcrEngine
{
public:
    OcrEngine();
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    /** False when Tesseract or its language data could not be loaded. */
    bool isReady() const { return m_ready; }
    /** The languages loaded, e.g. "eng+chi_sim". */
    QString languages() const { return m_languages; }
    /** Lines of the page image; boxes are converted from pixels at the given dpi to points. */
    QList<TextLine> recognise(const QImage &page, double dpi);

private:
    void *m_api = nullptr; ///< a TessBaseAPI, through the C API of the loaded library
    bool m_ready = false;
    QString m_languages;
};

} // namespace tw::io
