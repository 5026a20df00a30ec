#include "DocumentImporter.h"

#include "DocxReader.h"
#include "FileCheck.h"
#include "PdfReader.h"
#include "TextFileReader.h"

#include <QFile>
#include <QFileInfo>

namespace tw::io {

namespace {

DocumentFormat formatFromExtension(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return DocumentFormat::Pdf;
    if (suffix == QLatin1String("docx"))
        return DocumentFormat::Docx;
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("md") || suffix == QLatin1String("markdown") ||
        suffix == QLatin1String("text"))
        return DocumentFormat::Text;
    return DocumentFormat::Unknown;
}

DocumentFormat formatFromContent(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DocumentFormat::Unknown;
    return sniffFormat(file.read(1024));
}

} // namespace

ExtractResult DocumentImporter::read(const QString &path, const ExtractOptions &options) const
{
    DocumentFormat format = formatFromExtension(path);
    if (format == DocumentFormat::Unknown)
        format = formatFromContent(path);
    switch (format) {
    case DocumentFormat::Pdf:
        return PdfReader().read(path, options);
    case DocumentFormat::Docx:
        return DocxReader().read(path, options);
    case DocumentFormat::Text:
        return TextFileReader().read(path, options);
    case DocumentFormat::Unknown:
        break;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("doc"))
        return ExtractResult::failure(
            tr("%1: old Word .doc files are not supported; save it as .docx or PDF").arg(QFileInfo(path).fileName()));
    return ExtractResult::failure(
        tr("%1: unsupported document type (use PDF, DOCX, TXT or Markdown)").arg(QFileInfo(path).fileName()));
}

QStringList DocumentImporter::supportedPatterns()
{
    return {QStringLiteral("*.pdf"), QStringLiteral("*.docx"), QStringLiteral("*.txt"), QStringLiteral("*.md")};
}

} // namespace tw::io
