#include "PdfReader.h"

#include "FileCheck.h"
#include "PdfPageText.h"
#include "io/ocr/OcrEngine.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <poppler-qt6.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace tw::io {

namespace {

// Pages rendered for OCR: 300 dpi is Tesseract's sweet spot for body text.
constexpr double kOcrDpi = 300;

/** Opens the PDF bytes with a password, trying the UTF-8 and then the Latin-1 encoding of it. */
std::unique_ptr<Poppler::Document> openUnlocked(const QByteArray &data, const QString &password,
                                                QByteArray *usedPassword)
{
    const QList<QByteArray> candidates = {password.toUtf8(), password.toLatin1()};
    std::unique_ptr<Poppler::Document> document;
    for (const QByteArray &candidate : candidates) {
        document = Poppler::Document::loadFromData(data, candidate, candidate);
        if (!document)
            return nullptr;
        // unlock() may report success while the document is still locked: isLocked() is the truth.
        if (!document->isLocked()) {
            *usedPassword = candidate;
            return document;
        }
    }
    return document;
}

struct WorkerContext
{
    const QByteArray *data;
    QByteArray password;
    const ExtractOptions *options;
    std::vector<Page> *pages;
    std::atomic_int *done;
    std::atomic_int *next; ///< the next page not yet taken by a worker
    int total;
    std::atomic_bool *ocrMissing; ///< OCR was asked for but Tesseract could not be loaded
};

/**
 * Extracts pages until none is left, taking the next page not yet taken, with a Poppler document of
 * its own: the one given (the calling thread reuses the document it already opened), or a newly
 * loaded one. Taking pages as they come keeps the workers busy to the end however uneven the pages
 * (scans, tables); dealing them out in advance left one worker idle while another finished its share.
 */
void extractPages(const WorkerContext &context, std::unique_ptr<Poppler::Document> document = nullptr)
{
    if (!document)
        document = Poppler::Document::loadFromData(*context.data, context.password, context.password);
    if (!document)
        return;
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    document->setRenderHint(Poppler::Document::Antialiasing);
    std::unique_ptr<OcrEngine> ocr;
    for (int index = (*context.next)++; index < context.total; index = (*context.next)++) {
        if (context.options->cancel && context.options->cancel->load())
            return;
        std::unique_ptr<Poppler::Page> popplerPage = document->page(index);
        Page &page = (*context.pages)[size_t(index)];
        page.number = index + 1;
        if (!popplerPage)
            continue;
        const QSizeF size = popplerPage->pageSizeF();
        page.width = size.width();
        page.height = size.height();
        page.lines = linesFromWords(popplerPage->textList());
        page.hasTextLayer = !page.lines.isEmpty();
        if (!page.hasTextLayer && context.options->ocr) {
            if (!ocr)
                ocr = std::make_unique<OcrEngine>();
            if (ocr->isReady()) {
                const QImage image = popplerPage->renderToImage(kOcrDpi, kOcrDpi);
                page.lines = ocr->recognise(image, kOcrDpi);
                page.ocr = true;
            } else {
                *context.ocrMissing = true;
            }
        }
        const int finished = ++*context.done;
        if (context.options->progress)
            context.options->progress(finished, context.total);
    }
}

/**
 * Poppler reports every recoverable syntax problem on stderr; the outcome is what matters here.
 * Poppler-Qt also creates its global parameters with the first open document and deletes them with the last one.
 * Documents open and close on several threads here (a reader's workers, and readers side by side), so the count
 * could reach zero on one thread while another is still opening its document: one SEGFAULT in pthread_mutex_lock
 * was seen at the end of a corpus extraction. A tiny document opened once and never closed keeps them for the
 * process's life.
 */
void preparePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        static const QByteArray tinyPdf("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                                        "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                                        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 3 3]>>endobj\n"
                                        "trailer<</Root 1 0 R>>\n%%EOF\n");
        [[maybe_unused]] Poppler::Document *keepAlive = Poppler::Document::loadFromData(tinyPdf).release();
    });
}

} // namespace

ExtractResult PdfReader::read(const QString &path, const ExtractOptions &options) const
{
    preparePoppler();
    const QString fileName = QFileInfo(path).fileName();
    QByteArray data;
    if (auto problem = readCheckedFile(path, DocumentFormat::Pdf, &data))
        return ExtractResult::failure(*problem);

    QByteArray password;
    auto probe = openUnlocked(data, options.password, &password);
    if (!probe)
        return ExtractResult::failure(tr("%1: not a readable PDF (the file is damaged or truncated)").arg(fileName));
    if (probe->isLocked()) {
        return ExtractResult::failure(
            options.password.isEmpty()
                ? tr("%1: document is password-protected; give its password").arg(fileName)
                : tr("%1: document is password-protected and the password is wrong").arg(fileName));
    }
    const int total = probe->numPages();
    if (total <= 0)
        return ExtractResult::failure(tr("%1: the PDF has no pages").arg(fileName));

    std::vector<Page> pages(static_cast<size_t>(total));
    std::atomic_int done{0};
    std::atomic_int next{0};
    std::atomic_bool ocrMissing{false};
    const WorkerContext context{&data, password, &options, &pages, &done, &next, total, &ocrMissing};
    const int cores = options.threads > 0 ? options.threads : qMax(1, QThread::idealThreadCount());
    const int workers = qBound(1, cores, total);
    std::vector<std::thread> threads;
    for (int worker = 1; worker < workers; ++worker)
        threads.emplace_back([&context] { extractPages(context); });
    extractPages(context, std::move(probe));
    for (std::thread &thread : threads)
        thread.join();

    if (options.cancel && options.cancel->load())
        return ExtractResult::failure(tr("%1: extraction was cancelled").arg(fileName));

    Document document;
    if (ocrMissing)
        document.warnings << tr(
            "OCR is not available (Tesseract or its English/Chinese language data is not installed)");
    document.fileName = path;
    document.format = DocumentFormat::Pdf;
    document.pages = QList<Page>(pages.begin(), pages.end());
    for (const Page &page : std::as_const(document.pages)) {
        if (page.number == 0)
            return ExtractResult::failure(tr("%1: page could not be read").arg(fileName));
        if (!page.hasTextLayer && !page.ocr)
            document.warnings << tr("page %1 has no text layer (scanned?); enable OCR to read it").arg(page.number);
        else if (page.ocr)
            document.warnings << tr("page %1 was read by OCR").arg(page.number);
    }
    return ExtractResult::success(std::move(document));
}

} // namespace tw::io
