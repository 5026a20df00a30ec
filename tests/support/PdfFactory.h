#pragma once

// Writes small PDFs with known content for reader tests, through Qt's own PDF engine, so no
// fixture binary has to be trusted blindly: each test states what is on each page.
#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

namespace tw::test {

/** The family of the CJK TrueType font used for test PDFs (from fonts-wqy-microhei). */
inline QString testFontFamily()
{
    static const QString family = [] {
        const int id =
            QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        return families.isEmpty() ? QStringLiteral("Sans") : families.constFirst();
    }();
    return family;
}

/** One line per entry, 11 pt, starting 1 inch from the top-left corner, 20 pt apart; one list per page. */
inline bool writeTextPdf(const QString &path, const QList<QStringList> &pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72); // one device pixel per point: positions below are in points
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont font(testFontFamily());
    font.setPointSizeF(11);
    painter.setFont(font);
    for (qsizetype index = 0; index < pages.size(); ++index) {
        if (index > 0)
            writer.newPage();
        double y = 72;
        for (const QString &line : pages.at(index)) {
            painter.drawText(QPointF(72, y), line);
            y += 20;
        }
    }
    return painter.end();
}

/** A page that only carries a picture of text, like a scan: no text layer. */
inline bool writeImageOnlyPdf(const QString &path, const QStringList &lines)
{
    QImage image(1240, 1754, QImage::Format_RGB32); // A4 at 150 dpi
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        QFont font(testFontFamily());
        font.setPixelSize(36);
        painter.setFont(font);
        painter.setPen(Qt::black);
        int y = 200;
        for (const QString &line : lines) {
            painter.drawText(150, y, line);
            y += 70;
        }
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(150);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.drawImage(QPoint(0, 0), image);
    return painter.end();
}

} // namespace tw::test
