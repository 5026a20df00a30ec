#include "ChartRenderer.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

namespace tw::charts {

QImage renderChart(QChart *chart, QSize size, qreal devicePixelRatio)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(size);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene.setSceneRect(QRectF(QPointF(0, 0), size));

    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), scene.sceneRect());
    painter.end();
    scene.removeItem(chart); // the caller keeps ownership of the chart
    return image;
}

} // namespace tw::charts
