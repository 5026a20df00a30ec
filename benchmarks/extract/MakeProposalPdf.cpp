// Writes a long bilingual service proposal PDF (default 200 pages) for the extraction benchmark:
// wrapped paragraphs in Chinese and English, priority tables and headings, like a real proposal.
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextStream>

#include <cstdio>

namespace {

const QStringList kChinese = {
    QStringLiteral(
        "乙方承诺为甲方关键业务数据库服务器提供7×24小时原厂维保服务，一级故障15分钟内响应，4小时内工程师到达现场，"
        "8小时内修复。备件均为原厂全新件，存放于上海本地备件库，实行备件先行。"),
    QStringLiteral(
        "如乙方未能在约定时间内到场，每超时1小时扣减当月服务费的2%，累计扣减上限为当月服务费的20%。服务期内价格固定，"
        "不因市场情况调整。"),
    QStringLiteral(
        "驻场工程师均持有华为、浪潮及戴尔官方认证，并定期参加原厂技术培训；每季度提供一次预防性巡检及SLA达成报告。"),
};
const QStringList kEnglish = {
    QStringLiteral("The Supplier shall respond to Severity 1 incidents within fifteen (15) minutes of the call being "
                   "answered by the service desk, and an engineer shall arrive on site within four (4) hours, "
                   "twenty-four hours a day, seven days a week, including public holidays."),
    QStringLiteral("Replacement parts shall be new and supplied by the original manufacturer. Service credits of five "
                   "percent (5%) of the monthly fee apply for each missed on-site target, capped at fifteen percent "
                   "(15%) of the monthly fee."),
    QStringLiteral("Preventive maintenance visits take place twice a year. Firmware updates, remote monitoring and a "
                   "monthly service level report are included in the annual fee of CNY 10,800 per server."),
};

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: tw-make-proposal-pdf OUT.pdf [PAGES]\n");
        return 2;
    }
    const int pages = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 200;
    const int fontId =
        QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
    const QString family = QFontDatabase::applicationFontFamilies(fontId).value(0, QStringLiteral("Sans"));

    QPdfWriter writer(QString::fromLocal8Bit(argv[1]));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    QFont body(family);
    body.setPointSizeF(10);
    QFont heading(family);
    heading.setPointSizeF(13);
    heading.setBold(true);
    const QRectF column(60, 60, 475, 720);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        double y = column.top();
        painter.setFont(heading);
        painter.drawText(QPointF(column.left(), y + 14),
                         QStringLiteral("第%1节 服务级别 / Section %1 Service Levels").arg(page + 1));
        y += 30;
        painter.setFont(body);
        for (int block = 0; y < column.bottom() - 80; ++block) {
            const QString &text = (block % 2 == 0 ? kChinese : kEnglish).at((page + block) % 3);
            QRectF bounds;
            painter.drawText(QRectF(column.left(), y, column.width(), 200), Qt::TextWordWrap, text, &bounds);
            y += bounds.height() + 10;
        }
        // A priority x time table at the foot of each page.
        const QStringList rows = {QStringLiteral("P1 一级 | 15分钟 | 4 hours | 8小时"),
                                  QStringLiteral("P2 二级 | 30分钟 | 8 hours | 24小时"),
                                  QStringLiteral("P3 三级 | 2小时 | NBD 下一个工作日 | 3个工作日")};
        for (const QString &row : rows) {
            double x = column.left();
            for (const QString &cell : row.split(QStringLiteral(" | "))) {
                painter.drawText(QPointF(x, y + 12), cell);
                x += 118;
            }
            y += 18;
        }
    }
    return painter.end() ? 0 : 1;
}
