#include "OcrEngine.h"

#include "core/text/CjkText.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

namespace tw::io {

namespace {

// Tesseract separates every Chinese character as a word; only Latin words get a space between them.
void appendWord(QString &line, const QString &word)
{
    if (!line.isEmpty() && !(isCjkCharacter(line.back()) && isCjkCharacter(word.front())))
        line += QLatin1Char(' ');
    line += word;
}

} // namespace

OcrEngine::OcrEngine() : m_api(std::make_unique<tesseract::TessBaseAPI>())
{
    for (const char *languages : {"eng+chi_sim", "eng"}) {
        if (m_api->Init(nullptr, languages, tesseract::OEM_DEFAULT) == 0) {
            m_ready = true;
            m_languages = QString::fromLatin1(languages);
            break;
        }
    }
}

OcrEngine::~OcrEngine()
{
    if (m_ready)
        m_api->End();
}

QList<TextLine> OcrEngine::recognise(const QImage &page, double dpi)
{
    QList<TextLine> lines;
    if (!m_ready || page.isNull())
        return lines;
    const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    m_api->SetPageSegMode(tesseract::PSM_AUTO);
    m_api->SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    m_api->SetSourceResolution(int(dpi));
    if (m_api->Recognize(nullptr) != 0)
        return lines;
    const double pointsPerPixel = 72.0 / dpi;
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    if (!it)
        return lines;
    do {
        std::unique_ptr<char[]> utf8(it->GetUTF8Text(tesseract::RIL_WORD));
        if (!utf8)
            continue;
        const QString text = QString::fromUtf8(utf8.get()).trimmed();
        if (text.isEmpty())
            continue;
        int left = 0, top = 0, right = 0, bottom = 0;
        it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom);
        const Word word{text, BoundingBox{left * pointsPerPixel, top * pointsPerPixel, (right - left) * pointsPerPixel,
                                          (bottom - top) * pointsPerPixel}};
        if (lines.isEmpty() || it->IsAtBeginningOf(tesseract::RIL_TEXTLINE))
            lines.append(TextLine{});
        TextLine &line = lines.last();
        appendWord(line.text, word.text);
        line.box = line.box.united(word.box);
        line.words.append(word);
    } while (it->Next(tesseract::RIL_WORD));
    m_api->Clear();
    return lines;
}

} // namespace tw::io
