#include "core/text/TextFlow.h"

#include <QTest>

using namespace tw;

namespace {

TextLine lineAt(const QString &text, double x, double y, double width)
{
    return TextLine{text, BoundingBox{x, y, width, 10}, {}};
}

} // namespace

class TestTextFlow : public QObject
{
    Q_OBJECT

private slots:
    void joinsWrappedText_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("joined");
        QTest::newRow("chinese") << QStringLiteral("乙方承诺一级故障15分钟内") << QStringLiteral("响应，4小时到场")
                                 << QStringLiteral("乙方承诺一级故障15分钟内响应，4小时到场");
        QTest::newRow("chinese after punctuation")
            << QStringLiteral("到场时间：") << QStringLiteral("4小时") << QStringLiteral("到场时间：4小时");
        QTest::newRow("english") << QStringLiteral("engineer on") << QStringLiteral("site within four hours")
                                 << QStringLiteral("engineer on site within four hours");
        QTest::newRow("hyphenated word") << QStringLiteral("preventive main-") << QStringLiteral("tenance visits")
                                         << QStringLiteral("preventive maintenance visits");
        QTest::newRow("real hyphen") << QStringLiteral("a 24-") << QStringLiteral("Hour hotline")
                                     << QStringLiteral("a 24-Hour hotline");
        QTest::newRow("number then chinese")
            << QStringLiteral("Response 15") << QStringLiteral("分钟") << QStringLiteral("Response 15分钟");
    }

    void joinsWrappedText()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, joined);
        QCOMPARE(joinWrapped(left, right), joined);
    }

    void rebuildsParagraphsFromBoxes()
    {
        Page page;
        page.number = 3;
        page.lines = {
            lineAt(QStringLiteral("第三章 服务级别"), 72, 100, 120),                            // heading: short line
            lineAt(QStringLiteral("乙方承诺为关键业务服务器提供七乘二十四小时"), 72, 130, 450), // full line
            lineAt(QStringLiteral("服务，一级故障十五分钟内响应。"), 72, 142, 200),             // wraps on
            lineAt(QStringLiteral("The supplier shall arrive on site within four"), 72, 180, 450), // gap before
            lineAt(QStringLiteral("hours."), 72, 192, 40),
        };
        const QList<Paragraph> paragraphs = paragraphsOf(page);
        QCOMPARE(paragraphs.size(), 3);
        QCOMPARE(paragraphs.at(0).text, QStringLiteral("第三章 服务级别"));
        QCOMPARE(paragraphs.at(1).text,
                 QStringLiteral("乙方承诺为关键业务服务器提供七乘二十四小时服务，一级故障十五分钟内响应。"));
        QCOMPARE(paragraphs.at(1).firstLine, 1);
        QCOMPARE(paragraphs.at(1).lineCount, 2);
        QCOMPARE(paragraphs.at(1).page, 3);
        QCOMPARE(paragraphs.at(2).text, QStringLiteral("The supplier shall arrive on site within four hours."));
    }

    void aLineCutShortByALongNextWordGoesOn()
    {
        // "commercially" ends 40 pt short of the column's edge because "reasonable" (50 pt) did not fit; a
        // sentence that ends as short is a paragraph's end all the same.
        TextLine cut = lineAt(QStringLiteral("attention, Kestrel will use commercially"), 312, 100, 180);
        TextLine next = lineAt(QStringLiteral("reasonable efforts to have a field engineer"), 312, 111, 211);
        next.words = {Word{QStringLiteral("reasonable"), BoundingBox{312, 111, 50, 10}}};
        QVERIFY(continuesParagraph(cut, next, 532));
        TextLine ended = lineAt(QStringLiteral("attention, Kestrel will use engineers."), 312, 100, 180);
        QVERIFY(!continuesParagraph(ended, next, 532));
        TextLine shortWord = next;
        shortWord.words = {Word{QStringLiteral("to"), BoundingBox{312, 111, 9, 10}}};
        QVERIFY(!continuesParagraph(cut, shortWord, 532)); // "to" would have fitted: the paragraph ended
    }

    void linesWithoutBoxesStayParagraphs()
    {
        Page page;
        page.lines = {TextLine{QStringLiteral("P1\t15 minutes"), {}, {}},
                      TextLine{QStringLiteral("P2\t1 hour"), {}, {}}};
        QCOMPARE(flowedText(page), QStringLiteral("P1\t15 minutes\nP2\t1 hour"));
    }
};

QTEST_GUILESS_MAIN(TestTextFlow)
#include "TestTextFlow.moc"
