#pragma once

class QChart;

namespace tw::charts {

/** The common look of every Tierwise chart: pixel-sized fonts (see renderChart), legend at the bottom. */
void applyChartStyle(QChart *chart);

} // namespace tw::charts
