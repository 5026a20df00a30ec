#include "DocumentSummaryReport.h"

#include "ReportFonts.h"
#include "SafeFileWriter.h"

#include <QBuffer>
#include <QDate>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace tw::report {

namespace {

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

QString tableHtml(const QList<Document> &documents)
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>");
    for (const QString &header : {DocumentSummaryReport::tr("Document"), DocumentSummaryReport::tr("Format"),
                                  DocumentSummaryReport::tr("Pages"), DocumentSummaryReport::tr("Language"),
                                  DocumentSummaryReport::tr("Notes")})
        html += QStringLiteral("<th align='left'>%1</th>").arg(escaped(header));
    html += QStringLiteral("</tr>");
    for (const Document &document : documents) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(escaped(QFileInfo(document.fileName).fileName()), formatName(document.format).toUpper())
                    .arg(document.pages.size())
                    .arg(languageCode(document.language()), escaped(document.warnings.join(QStringLiteral("; "))));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QByteArray DocumentSummaryReport::toPdf(const QList<Document> &documents, const QImage &chart)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(tr("Tierwise proposal summary"));
    writer.setCreator(QStringLiteral("Tierwise"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                                     QPageLayout::Millimeter));

    QTextDocument document;
    QFont font(reportFontFamily());
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p>")
                       .arg(escaped(tr("Proposal summary")),
                            escaped(tr("%n document(s), prepared %1", nullptr, int(documents.size()))
                                        .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))));
    html += tableHtml(documents);
    if (!chart.isNull()) {
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("tw://chart")), chart);
        const int width = int(document.pageSize().width() * 0.95);
        html += QStringLiteral("<p><img src='tw://chart' width='%1'></p>").arg(width);
    }
    document.setHtml(html);
    document.print(&writer);
    return bytes;
}

QString DocumentSummaryReport::write(const QString &path, const QList<Document> &documents, const QImage &chart)
{
    return writeFileAtomically(path, toPdf(documents, chart));
}

} // namespace tw::report
