// tierwise-cli extract FILE [--password P | --password-stdin] [--ocr] [--format json|text]
//                           [--words] [--progress] [--threads N] [--sandbox]
#include "CliOutput.h"
#include "Commands.h"
#include "OutputFormat.h"
#include "ProcessTuning.h"

#include "core/text/TextFlow.h"
#include "io/document/DocumentImporter.h"
#include "io/document/DocumentJson.h"
#include "io/document/SandboxedExtractor.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace tw::cli {

namespace {

QString plainText(const Document &document)
{
    QStringList pages;
    for (const Page &page : document.pages)
        pages << flowedText(page);
    return pages.join(QLatin1Char('\f')) + QLatin1Char('\n');
}

} // namespace

int runExtractCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("PDF, DOCX, TXT or Markdown file"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("PDF password"),
                                      QStringLiteral("password"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QStringLiteral("read the PDF password from the first line of stdin"));
    const QCommandLineOption ocr(QStringLiteral("ocr"), QStringLiteral("recognise scanned pages with Tesseract"));
    const QCommandLineOption format = formatOption();
    const QCommandLineOption words(QStringLiteral("words"), QStringLiteral("include words with their boxes (json)"));
    const QCommandLineOption progress(QStringLiteral("progress"), QStringLiteral("report pages done on stderr"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("worker threads"), QStringLiteral("n"),
                                     QStringLiteral("0"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QStringLiteral("parse in a child process with time and memory limits"));
    parser.addOptions({password, passwordStdin, ocr, format, words, progress, threads, sandbox});
    if (!parser.parse(QStringList{QStringLiteral("extract")} + arguments) || parser.positionalArguments().size() != 1) {
        printError(parser.errorText().isEmpty() ? QStringLiteral("usage: tierwise-cli extract FILE [--password P] "
                                                                 "[--ocr] [--format json|text]")
                                                : parser.errorText());
        return 2;
    }
    const std::optional<OutputFormat> output = outputFormat(parser, format);
    if (!output)
        return 2;
    keepFreedMemory();
    io::ExtractOptions options;
    options.password = parser.value(password);
    if (parser.isSet(passwordStdin)) {
        QTextStream input(stdin);
        options.password = input.readLine();
    }
    options.ocr = parser.isSet(ocr);
    options.threads = parser.value(threads).toInt();
    if (parser.isSet(progress))
        options.progress = [](int done, int total) {
            printError(QStringLiteral("progress %1/%2").arg(done).arg(total));
        };

    const QString file = parser.positionalArguments().constFirst();
    const io::ExtractResult result = parser.isSet(sandbox) ? io::SandboxedExtractor().read(file, options)
                                                           : io::DocumentImporter().read(file, options);
    if (!result.ok()) {
        printError(result.errorString);
        return 1;
    }
    if (*output == OutputFormat::Json)
        printOut(QString::fromUtf8(
            QJsonDocument(io::documentToJson(*result.document, parser.isSet(words))).toJson(QJsonDocument::Compact)));
    else
        printOut(plainText(*result.document));
    return finishNow(0);
}

} // namespace tw::cli
