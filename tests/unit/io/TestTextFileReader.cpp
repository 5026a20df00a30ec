// Text and Markdown proposals in the encodings real files arrive in.
#include "io/document/TextFileReader.h"
#include "io/text/TextDecoding.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;
using namespace tw::io;

class TestTextFileReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString file = m_dir.filePath(name);
        QFile out(file);
        if (out.open(QIODevice::WriteOnly))
            out.write(bytes);
        return file;
    }

    static QByteArray encode(const QString &text, const char *encoding)
    {
        QStringEncoder encoder(encoding);
        return encoder.encode(text);
    }

private slots:
    void decodesEachEncoding_data()
    {
        const QString text = QStringLiteral("关键业务级 7×24 response 15 分钟 ￥10,800");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf-8") << text.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + encode(text, "UTF-16LE")
                                      << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + encode(text, "UTF-16BE")
                                      << QStringLiteral("UTF-16BE");
        QTest::newRow("gbk no bom") << encode(text, "GB18030") << QStringLiteral("GB18030");
    }

    void decodesEachEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const auto decoded = decodeText(bytes);
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->encoding, encoding);
        QCOMPARE(decoded->text, QStringLiteral("关键业务级 7×24 response 15 分钟 ￥10,800"));
    }

    void bomlessUtf16IsRecognised()
    {
        const QString text = QStringLiteral("Ticket,Vendor,Priority\nINC001,Keystone,P1\n");
        const auto decoded = decodeText(encode(text, "UTF-16LE"));
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(decoded->text, text);
    }

    void readsPagesAndLinesOfAGbkFile()
    {
        const QString file =
            write(QStringLiteral("方案.txt"),
                  encode(QStringLiteral("第一章 服务范围\r\n\r\n7×24小时响应\f第二章 价格\n"), "GB18030"));
        const ExtractResult result = TextFileReader().read(file, {});
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.document->format, DocumentFormat::Text);
        QCOMPARE(result.document->pages.size(), 2);
        QCOMPARE(result.document->pages.at(0).lines.size(), 2);
        QCOMPARE(result.document->pages.at(0).lines.at(1).text, QStringLiteral("7×24小时响应"));
        QCOMPARE(result.document->pages.at(1).lines.at(0).text, QStringLiteral("第二章 价格"));
        QCOMPARE(result.document->warnings, QStringList{QStringLiteral("read as GB18030")});
        QCOMPARE(result.document->language(), Language::Chinese);
    }

    void refusesEmptyBinaryAndPdfContent_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("notes.md: the file is empty (0 bytes)");
        QTest::newRow("binary") << QByteArray("abc\x00\x01\x02\xff\xfe\x00\x80", 10)
                                << QStringLiteral("notes.md: the text is in an unknown encoding");
        QTest::newRow("pdf") << QByteArray("%PDF-1.4\n...")
                             << QStringLiteral("notes.md: is not plain text (it is a PDF)");
    }

    void refusesEmptyBinaryAndPdfContent()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const ExtractResult result = TextFileReader().read(write(QStringLiteral("notes.md"), bytes), {});
        QVERIFY(!result.ok());
        QVERIFY2(result.errorString.startsWith(expected), qPrintable(result.errorString));
    }

    void missingFileNamesThePath()
    {
        const ExtractResult result = TextFileReader().read(m_dir.filePath(QStringLiteral("gone.txt")), {});
        QVERIFY(!result.ok());
        QVERIFY(result.errorString.contains(QStringLiteral("gone.txt: file not found")));
    }
};

QTEST_GUILESS_MAIN(TestTextFileReader)
#include "TestTextFileReader.moc"
