#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace tw::charts {

void applyChartStyle(QChart *chart)
{
    QFont title = chart->titleFont();
    title.setPixelSize(16);
    title.setBold(true);
    chart->setTitleFont(title);
    QFont label = chart->font();
    label.setPixelSize(12);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(label);
        axis->setTitleFont(label);
    }
    chart->legend()->setFont(label);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
}

} // namespace tw::charts
