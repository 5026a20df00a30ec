#include "DocumentOverviewChart.h"

#include "ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace tw::charts {

std::unique_ptr<QChart> DocumentOverviewChart::create(const QList<Document> &documents)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(tr("Proposal length"));
    auto *pages = new QBarSet(tr("Pages"));
    auto *lines = new QBarSet(tr("Lines (÷10)"));
    QStringList categories;
    int maximum = 1;
    for (const Document &document : documents) {
        categories << QFileInfo(document.fileName).fileName();
        *pages << document.pages.size();
        // Lines are an order of magnitude more than pages; scaled so both read on one axis.
        *lines << document.lineCount() / 10.0;
        maximum = std::max({maximum, int(document.pages.size()), document.lineCount() / 10 + 1});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(pages);
    series->append(lines);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, maximum);
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    applyChartStyle(chart.get());
    return chart;
}

} // namespace tw::charts
