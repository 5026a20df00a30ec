// tierwise-cli summary FILE... : a short text summary of each document, for the headless demo.
#include "CliOutput.h"
#include "Commands.h"

#include "core/text/TextFlow.h"
#include "io/document/SandboxedExtractor.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tw::cli {

namespace {

/** The translation context of the summary's text. */
struct SummaryCommand
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::SummaryCommand)
};

QString summarise(const Document &document)
{
    QString out = SummaryCommand::tr("%1\n  format %2, %3 pages, %4 lines, language %5\n")
                      .arg(QFileInfo(document.fileName).fileName(), formatName(document.format))
                      .arg(document.pages.size())
                      .arg(document.lineCount())
                      .arg(languageCode(document.language()));
    for (const QString &warning : document.warnings)
        out += SummaryCommand::tr("  warning: %1\n").arg(warning);
    // The opening paragraphs tell a reader whose proposal this is and what it covers.
    int shown = 0;
    for (const Page &page : document.pages) {
        for (const Paragraph &paragraph : paragraphsOf(page)) {
            if (shown == 3)
                return out;
            out += QStringLiteral("  | ") + paragraph.text.left(160) + QLatin1Char('\n');
            ++shown;
        }
    }
    return out;
}

} // namespace

int runSummaryCommand(const QStringList &arguments)
{
    QStringList files = arguments;
    const bool ocr = files.removeAll(QStringLiteral("--ocr")) > 0;
    if (files.isEmpty()) {
        printError(QStringLiteral("usage: tierwise-cli summary FILE... [--ocr]"));
        return 2;
    }
    int failures = 0;
    io::ExtractOptions options;
    options.ocr = ocr;
    const io::SandboxedExtractor extractor;
    for (const QString &file : std::as_const(files)) {
        const io::ExtractResult result = extractor.read(file, options);
        if (result.ok()) {
            printOut(summarise(*result.document) + QLatin1Char('\n'));
        } else {
            printError(result.errorString);
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}

} // namespace tw::cli
