#include "TextFileReader.h"

#include "FileCheck.h"
#include "io/text/TextDecoding.h"

#include <QFileInfo>

namespace tw::io {

ExtractResult TextFileReader::read(const QString &path, const ExtractOptions &options) const
{
    Q_UNUSED(options)
    const QString fileName = QFileInfo(path).fileName();
    QByteArray data;
    if (auto problem = readCheckedFile(path, DocumentFormat::Text, &data))
        return ExtractResult::failure(*problem);
    const std::optional<DecodedText> decoded = decodeText(data);
    if (!decoded)
        return ExtractResult::failure(
            tr("%1: the text is in an unknown encoding (not UTF-8, UTF-16 or GB18030)").arg(fileName));
    // NUL characters never occur in real text: they mean a binary file with a text name.
    if (decoded->text.contains(QChar(0)))
        return ExtractResult::failure(tr("%1: is binary data, not text").arg(fileName));

    Document document;
    document.fileName = path;
    document.format = DocumentFormat::Text;
    QString text = decoded->text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList pageTexts = text.split(QLatin1Char('\f'));
    for (qsizetype index = 0; index < pageTexts.size(); ++index) {
        Page page;
        page.number = int(index + 1);
        for (const QString &lineText : pageTexts.at(index).split(QLatin1Char('\n'))) {
            if (!lineText.trimmed().isEmpty())
                page.lines.append(TextLine{lineText, {}, {}});
        }
        document.pages.append(page);
    }
    if (decoded->encoding != QLatin1String("UTF-8"))
        document.warnings << tr("read as %1").arg(decoded->encoding);
    return ExtractResult::success(std::move(document));
}

} // namespace tw::io
