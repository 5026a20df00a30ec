#include "OcrEngine.h"

#include "core/text/CjkText.h"

#include <QLibrary>

// Types and enums only: the functions are resolved from the library loaded at run time.
#include <tesseract/capi.h>

#include <type_traits>

namespace tw::io {

namespace {

// Tesseract separates every Chinese character as a word; only Latin words get a space between them.
void appendWord(QString &line, const QString &word)
{
    if (!line.isEmpty() && !(isCjkCharacter(line.back()) && isCjkCharacter(word.front())))
        line += QLatin1Char(' ');
    line += word;
}

/** The C API functions this engine uses, resolved from libtesseract once per process. */
struct TesseractApi
{
    decltype(&TessBaseAPICreate) create = nullptr;
    decltype(&TessBaseAPIDelete) destroy = nullptr;
    decltype(&TessBaseAPIInit2) init = nullptr;
    decltype(&TessBaseAPIEnd) end = nullptr;
    decltype(&TessBaseAPIClear) clear = nullptr;
    decltype(&TessBaseAPISetPageSegMode) setPageSegMode = nullptr;
    decltype(&TessBaseAPISetImage) setImage = nullptr;
    decltype(&TessBaseAPISetSourceResolution) setSourceResolution = nullptr;
    decltype(&TessBaseAPIRecognize) recognize = nullptr;
    decltype(&TessBaseAPIGetIterator) iterator = nullptr;
    decltype(&TessResultIteratorDelete) deleteIterator = nullptr;
    decltype(&TessResultIteratorNext) next = nullptr;
    decltype(&TessResultIteratorGetUTF8Text) text = nullptr;
    decltype(&TessResultIteratorGetPageIteratorConst) pageIterator = nullptr;
    decltype(&TessPageIteratorBoundingBox) boundingBox = nullptr;
    decltype(&TessPageIteratorIsAtBeginningOf) isAtBeginningOf = nullptr;
    decltype(&TessDeleteText) deleteText = nullptr;
    bool loaded = false;
};

const TesseractApi &tesseract()
{
    static const TesseractApi api = [] {
        TesseractApi a;
        // libtesseract.so.5 / libtesseract.5.dylib, else whatever version the platform names plainly;
        // TW_TESSERACT_LIBRARY names the file instead (a private install, a bundled copy).
        static QLibrary library;
        const QString configured = qEnvironmentVariable("TW_TESSERACT_LIBRARY");
        if (!configured.isEmpty()) {
            library.setFileName(configured);
            library.load();
        }
        for (int version : {5, -1}) {
            if (!configured.isEmpty() || library.isLoaded())
                break;
            library.setFileNameAndVersion(QStringLiteral("tesseract"), version);
            library.load();
        }
        if (!library.isLoaded())
            return a;
        bool all = true;
        auto resolve = [&](auto &function, const char *symbol) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(library.resolve(symbol));
            all = all && function != nullptr;
        };
        resolve(a.create, "TessBaseAPICreate");
        resolve(a.destroy, "TessBaseAPIDelete");
        resolve(a.init, "TessBaseAPIInit2");
        resolve(a.end, "TessBaseAPIEnd");
        resolve(a.clear, "TessBaseAPIClear");
        resolve(a.setPageSegMode, "TessBaseAPISetPageSegMode");
        resolve(a.setImage, "TessBaseAPISetImage");
        resolve(a.setSourceResolution, "TessBaseAPISetSourceResolution");
        resolve(a.recognize, "TessBaseAPIRecognize");
        resolve(a.iterator, "TessBaseAPIGetIterator");
        resolve(a.deleteIterator, "TessResultIteratorDelete");
        resolve(a.next, "TessResultIteratorNext");
        resolve(a.text, "TessResultIteratorGetUTF8Text");
        resolve(a.pageIterator, "TessResultIteratorGetPageIteratorConst");
        resolve(a.boundingBox, "TessPageIteratorBoundingBox");
        resolve(a.isAtBeginningOf, "TessPageIteratorIsAtBeginningOf");
        resolve(a.deleteText, "TessDeleteText");
        a.loaded = all;
        return a;
    }();
    return api;
}

TessBaseAPI *handle(void *api) { return static_cast<TessBaseAPI *>(api); }

} // namespace

OcrEngine::OcrEngine()
{
    const TesseractApi &api = tesseract();
    if (!api.loaded)
        return;
    m_api = api.create();
    for (const char *languages : {"eng+chi_sim", "eng"}) {
        if (api.init(handle(m_api), nullptr, languages, tesseract::OEM_DEFAULT) == 0) {
            m_ready = true;
            m_languages = QString::fromLatin1(languages);
            break;
        }
    }
}

OcrEngine::~OcrEngine()
{
    if (!m_api)
        return;
    const TesseractApi &api = tesseract();
    if (m_ready)
        api.end(handle(m_api));
    api.destroy(handle(m_api));
}

QList<TextLine> OcrEngine::recognise(const QImage &page, double dpi)
{
    QList<TextLine> lines;
    if (!m_ready || page.isNull())
        return lines;
    const TesseractApi &api = tesseract();
    TessBaseAPI *tess = handle(m_api);
    const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    api.setPageSegMode(tess, tesseract::PSM_AUTO);
    api.setImage(tess, gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    api.setSourceResolution(tess, int(dpi));
    if (api.recognize(tess, nullptr) != 0)
        return lines;
    const double pointsPerPixel = 72.0 / dpi;
    TessResultIterator *it = api.iterator(tess);
    if (!it)
        return lines;
    do {
        char *utf8 = api.text(it, tesseract::RIL_WORD);
        if (!utf8)
            continue;
        const QString text = QString::fromUtf8(utf8).trimmed();
        api.deleteText(utf8);
        if (text.isEmpty())
            continue;
        const TessPageIterator *position = api.pageIterator(it);
        int left = 0, top = 0, right = 0, bottom = 0;
        api.boundingBox(position, tesseract::RIL_WORD, &left, &top, &right, &bottom);
        const Word word{text, BoundingBox{left * pointsPerPixel, top * pointsPerPixel, (right - left) * pointsPerPixel,
                                          (bottom - top) * pointsPerPixel}};
        if (lines.isEmpty() || api.isAtBeginningOf(position, tesseract::RIL_TEXTLINE))
            lines.append(TextLine{});
        TextLine &line = lines.last();
        appendWord(line.text, word.text);
        line.box = line.box.united(word.box);
        line.words.append(word);
    } while (api.next(it, tesseract::RIL_WORD));
    api.deleteIterator(it);
    api.clear(tess);
    return lines;
}

} // namespace tw::io
