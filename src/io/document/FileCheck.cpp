#include "FileCheck.h"

#include "io/zip/SafeZipReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace tw::io {

namespace {
// Proposals are documents, not archives of scans: anything bigger is refused before it is read.
constexpr qint64 kMaxDocumentBytes = 512LL * 1024 * 1024;

/** The translation context of this file's messages. */
struct FileCheck
{
    Q_DECLARE_TR_FUNCTIONS(tw::io::FileCheck)
};

QString describe(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Pdf:
        return FileCheck::tr("a PDF");
    case DocumentFormat::Docx:
        return FileCheck::tr("a ZIP archive or Word document");
    case DocumentFormat::Text:
        return FileCheck::tr("plain text");
    case DocumentFormat::Unknown:
        break;
    }
    return FileCheck::tr("binary data");
}
} // namespace

DocumentFormat sniffFormat(const QByteArray &head)
{
    // The PDF header may follow some junk bytes; readers accept it within the first kilobyte.
    if (head.left(1024).contains("%PDF-"))
        return DocumentFormat::Pdf;
    if (looksLikeZip(head))
        return DocumentFormat::Docx;
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return DocumentFormat::Unknown; // legacy OLE2 (.doc/.xls)
    return DocumentFormat::Text;
}

std::optional<QString> readCheckedFile(const QString &path, DocumentFormat expected, QByteArray *data)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    if (!info.exists())
        return FileCheck::tr("%1: file not found").arg(path);
    if (info.isDir())
        return FileCheck::tr("%1: is a folder, not a document").arg(path);
    if (info.size() == 0)
        return FileCheck::tr("%1: the file is empty (0 bytes)").arg(fileName);
    if (info.size() > kMaxDocumentBytes)
        return FileCheck::tr("%1: the file is larger than %2 MB").arg(fileName).arg(kMaxDocumentBytes / (1024 * 1024));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileCheck::tr("%1: cannot be read (%2)").arg(fileName, file.errorString());
    *data = file.readAll();
    if (data->size() != info.size())
        return FileCheck::tr("%1: cannot be read completely").arg(fileName);
    const DocumentFormat actual = sniffFormat(*data);
    if (actual != expected && !(expected == DocumentFormat::Text && actual == DocumentFormat::Text)) {
        return FileCheck::tr("%1: is not %2 (it is %3)").arg(fileName, describe(expected), describe(actual));
    }
    return std::nullopt;
}

} // namespace tw::io
