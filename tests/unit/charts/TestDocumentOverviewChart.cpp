#include "charts/ChartRenderer.h"
#include "charts/DocumentOverviewChart.h"
#include "support/SampleDocuments.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QTest>

using namespace tw;

class TestDocumentOverviewChart : public QObject
{
    Q_OBJECT

private slots:
    void oneCategoryPerDocumentWithItsLength()
    {
        Document shortOne = test::sampleDocument(QStringLiteral("/tmp/a/短方案.pdf"));
        Document longOne = test::sampleDocument(QStringLiteral("/tmp/b/long.docx"));
        longOne.pages.append(longOne.pages);
        const auto chart = charts::DocumentOverviewChart::create({shortOne, longOne});
        const auto axes = chart->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        auto *categories = qobject_cast<QBarCategoryAxis *>(axes.first());
        QVERIFY(categories);
        QCOMPARE(categories->categories(), (QStringList{QStringLiteral("短方案.pdf"), QStringLiteral("long.docx")}));
        const auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
        QVERIFY(series);
        const QBarSet *pages = series->barSets().first();
        QCOMPARE(pages->at(0), 2.0);
        QCOMPARE(pages->at(1), 4.0);
    }

    void rendersOffscreenWithContent()
    {
        const auto chart = charts::DocumentOverviewChart::create({test::sampleDocument()});
        const QImage image = charts::renderChart(chart.get(), QSize(600, 300), 1.0);
        QCOMPARE(image.size(), QSize(600, 300));
        int inked = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                inked += image.pixel(x, y) != qRgb(255, 255, 255);
        // Bars, axes, title and legend cover a visible share of the picture, not a blank page.
        QVERIFY2(inked > 2000, qPrintable(QString::number(inked)));
        QVERIFY(chart->scene() == nullptr); // handed back to the caller
    }
};

QTEST_MAIN(TestDocumentOverviewChart)
#include "TestDocumentOverviewChart.moc"
