#pragma once

#include <QImage>
#include <QSize>

class QChart;

namespace tw::charts {

/**
 * Renders a chart to an image without a window, for reports and tests. Off-screen rendering elides
 * labels unless the chart is laid out inside a scene at its final size with pixel-sized fonts and
 * animations off, which this does.
 */
QImage renderChart(QChart *chart, QSize size, qreal devicePixelRatio = 2.0);

} // namespace tw::charts
