#include "TableRecorder.h"

#include "core/history/TicketImporter.h"
#include "io/table/CsvDialect.h"
#include "io/table/CsvReader.h"
#include "io/table/TableFileReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;

namespace {

QString fixture(const QString &name)
{
    return qEnvironmentVariable("TW_TEST_DATA") + QStringLiteral("/history/") + name;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

TableRecorder readBytes(const QByteArray &bytes, io::CsvReader *reader = nullptr)
{
    TableRecorder recorder;
    io::CsvReader local;
    io::CsvReader &csv = reader ? *reader : local;
    if (!csv.readBytes(bytes, QStringLiteral("test.csv"), recorder))
        qWarning("%s", qPrintable(csv.errorString()));
    return recorder;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void rfc4180()
    {
        const QByteArray csv = "id,text,n\r\n"
                               "1,\"multi\r\nline, with comma\",3\r\n"
                               "2,\"say \"\"hi\"\"\",\r\n"
                               "\r\n"
                               "3,,\"\"\r\n"
                               "4,last,row";
        const TableRecorder table = readBytes(csv);
        QCOMPARE(table.header, (QStringList{QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("n")}));
        QCOMPARE(table.rows.size(), 4);
        QCOMPARE(table.rows.value(2),
                 (QStringList{QStringLiteral("1"), QStringLiteral("multi\r\nline, with comma"), QStringLiteral("3")}));
        QCOMPARE(table.rows.value(3), (QStringList{QStringLiteral("2"), QStringLiteral("say \"hi\""), QString()}));
        // The blank line keeps its row number (4), as a spreadsheet shows it.
        QVERIFY(!table.rows.contains(4));
        QCOMPARE(table.rows.value(5), (QStringList{QStringLiteral("3"), QString(), QString()}));
        QCOMPARE(table.rows.value(6),
                 (QStringList{QStringLiteral("4"), QStringLiteral("last"), QStringLiteral("row")}));
        QVERIFY(table.problems.isEmpty());
    }

    void lineEnds()
    {
        const TableRecorder cr = readBytes("a,b\r1,2\r3,4\r");
        QCOMPARE(cr.rows.size(), 2);
        QCOMPARE(cr.rows.value(3), (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
        const TableRecorder lf = readBytes("a,b\n1,2\n");
        QCOMPARE(lf.rows.value(2), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    }

    void delimiters_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << ',';
        QTest::newRow("semicolon with decimal commas") << QByteArray("a;b;c\n1,5;2;3\n4;5,25;6\n") << ';';
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2, x\t3\n") << '\t';
        QTest::newRow("quoted delimiters ignored") << QByteArray("\"a;b;c\",d\n\"1;2\",3\n") << ',';
    }

    void delimiters()
    {
        QFETCH(QByteArray, csv);
        QFETCH(char, delimiter);
        QCOMPARE(io::detectCsvDelimiter(csv), delimiter);
        io::CsvReader reader;
        const TableRecorder table = readBytes(csv, &reader);
        QCOMPARE(reader.delimiter(), delimiter);
        for (const QStringList &row : table.rows)
            QCOMPARE(row.size(), table.header.size());
    }

    void encodingsAreDecoded_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QByteArray>("bom");
        QTest::addColumn<QString>("reported");
        QTest::newRow("utf-8") << "UTF-8" << QByteArray() << "UTF-8";
        QTest::newRow("utf-8 bom") << "UTF-8" << QByteArray("\xEF\xBB\xBF") << "UTF-8";
        QTest::newRow("utf-16le bom") << "UTF-16LE" << QByteArray("\xFF\xFE") << "UTF-16LE";
        QTest::newRow("utf-16le no bom") << "UTF-16LE" << QByteArray() << "UTF-16LE";
        QTest::newRow("gb18030") << "GB18030" << QByteArray() << "GB18030";
    }

    void encodingsAreDecoded()
    {
        QFETCH(QString, encoding);
        QFETCH(QByteArray, bom);
        QFETCH(QString, reported);
        const QString text = QStringLiteral("工单号,厂商,备注\nGD-1,华为,\"含,逗号\"\nGD-2,浪潮,€ 与 𠀀\n");
        QStringEncoder encoder(encoding.toLatin1().constData());
        QVERIFY(encoder.isValid());
        const QByteArray bytes = bom + QByteArray(encoder.encode(text));
        io::CsvReader reader;
        const TableRecorder table = readBytes(bytes, &reader);
        QCOMPARE(reader.encoding(), reported);
        QCOMPARE(table.header.value(0), QStringLiteral("工单号"));
        QCOMPARE(table.rows.value(2).value(2), QStringLiteral("含,逗号"));
        QCOMPARE(table.rows.value(3).value(2), QStringLiteral("€ 与 𠀀"));
    }

    void fixtureFilesGiveTheSameTickets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("utf-8 comma") << "csv/tickets_utf8.csv"
                                     << "UTF-8"
                                     << "comma";
        QTest::newRow("utf-8 bom semicolon") << "csv/tickets_utf8bom_semicolon.csv"
                                             << "UTF-8"
                                             << "semicolon";
        QTest::newRow("utf-16le tab") << "csv/tickets_utf16le_tab.txt"
                                      << "UTF-16LE"
                                      << "tab";
        QTest::newRow("gb18030 comma") << "csv/tickets_gb18030.csv"
                                       << "GB18030"
                                       << "comma";
    }

    void fixtureFilesGiveTheSameTickets()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, delimiter);
        history::TicketImporter importer;
        io::TableFileReader reader;
        QVERIFY2(reader.read(fixture(file), importer), qPrintable(reader.errorString() + importer.errorString()));
        QCOMPARE(reader.info().encoding, encoding);
        QCOMPARE(reader.info().delimiter, delimiter);
        const history::ImportedTickets tickets = importer.finish();
        QCOMPARE(tickets.dataRows, 5);
        QCOMPARE(tickets.tickets.size(), size_t(4));
        QCOMPARE(tickets.badRows.size(), size_t(1));
        // GD-005 is record 6 (the header is row 1) although the quoted line break in GD-002 puts it on line 7:
        // rows are numbered as a spreadsheet numbers them.
        QCOMPARE(tickets.badRows[0].row, 6);
        QCOMPARE(tickets.badRows[0].reason, QStringLiteral("missing priority"));
        QCOMPARE(tickets.vendors.at(tickets.tickets[0].vendor), QStringLiteral("华为"));
        QCOMPARE(tickets.priorities.at(tickets.tickets[1].priority), QStringLiteral("P2"));
        QCOMPARE(tickets.priorities.at(tickets.tickets[3].priority), QStringLiteral("P3"));
        // 2024/10/11 17:00 -> 2024/10/14 10:00
        QCOMPARE(tickets.tickets[0].resolved - tickets.tickets[0].opened, qint64(65 * 3600));
    }

    void malformedRowsAreReported()
    {
        const QByteArray csv = "a,b\n"
                               "1,\"ok\"\n"
                               "2,\"closed\"junk\n"
                               "3,4\n"
                               "5,\"never closed\n6,7\n";
        const TableRecorder table = readBytes(csv);
        QCOMPARE(table.rows.value(2), (QStringList{QStringLiteral("1"), QStringLiteral("ok")}));
        QVERIFY(table.problems.value(3).contains(QStringLiteral("after the closing quote")));
        QCOMPARE(table.rows.value(3).value(1), QStringLiteral("closedjunk"));
        QVERIFY(!table.problems.contains(4));
        QVERIFY(table.problems.value(5).contains(QStringLiteral("never closed")));
        QCOMPARE(table.rows.value(5).value(1), QStringLiteral("never closed\n6,7\n"));

        // Through the importer every malformed or ragged row becomes a numbered bad row.
        history::TicketImporter importer;
        io::CsvReader reader;
        QVERIFY(reader.readBytes("vendor,priority,opened,resolved\n"
                                 "A,P1,2024-03-05 10:00,2024-03-05 11:00\n"
                                 "A,P1,2024-03-05 10:00\n"
                                 "A,P1,2024-03-05 10:00,2024-03-05 11:00,extra\n"
                                 "A,P1,2024-03-05 10:00,2024-03-05 11:00,\n"
                                 "A,\"P1\"x,2024-03-05 10:00,2024-03-05 11:00\n",
                                 QStringLiteral("ragged.csv"), importer));
        const history::ImportedTickets tickets = importer.finish();
        QCOMPARE(tickets.tickets.size(), size_t(2)); // the trailing empty field is tolerated
        QCOMPARE(tickets.badRows.size(), size_t(3));
        QCOMPARE(tickets.badRows[0].row, 3);
        QCOMPARE(tickets.badRows[0].reason, QStringLiteral("row has 3 fields where the header has 4"));
        QCOMPARE(tickets.badRows[1].row, 4);
        QCOMPARE(tickets.badRows[2].row, 6);
        QVERIFY(tickets.badRows[2].reason.contains(QStringLiteral("closing quote")));
    }

    void formulaLikeCellsStayText()
    {
        const TableRecorder table =
            readBytes("a,b,c,d\n=cmd|' /C calc'!A0,+1+1,-2,@SUM(A1)\n\"=HYPERLINK(\"\"x\"\")\",,,\n");
        QCOMPARE(table.rows.value(2), (QStringList{QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+1+1"),
                                                   QStringLiteral("-2"), QStringLiteral("@SUM(A1)")}));
        QCOMPARE(table.rows.value(3).value(0), QStringLiteral("=HYPERLINK(\"x\")"));
    }

    void hundredMegabyteLine()
    {
        // One 100 MB line: a huge unquoted field, then the same as a quoted field full of "" escapes.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const qsizetype size = 100 * 1024 * 1024;
        QByteArray bytes = "id,vendor,priority,opened,resolved\n1,V,P1,2024-03-05 10:00,";
        bytes.reserve(size + 200);
        bytes.append(QByteArray(size, 'x'));
        bytes.append("\n2,V,P1,2024-03-05 10:00,2024-03-05 12:00\n");
        const QString path = dir.filePath(QStringLiteral("long.csv"));
        QVERIFY(writeFile(path, bytes));
        bytes.clear();
        bytes.squeeze();

        QElapsedTimer timer;
        timer.start();
        history::TicketImporter importer;
        io::TableFileReader reader;
        QVERIFY2(reader.read(path, importer), qPrintable(reader.errorString()));
        const history::ImportedTickets tickets = importer.finish();
        QCOMPARE(tickets.dataRows, 2);
        QCOMPARE(tickets.tickets.size(), size_t(2));
        QCOMPARE(tickets.badRows.size(), size_t(1));
        QCOMPARE(tickets.badRows[0].row, 2);
        QVERIFY(tickets.badRows[0].reason.contains(QStringLiteral("is not a date; left out")));
        QVERIFY(tickets.badRows[0].reason.size() < 200); // the cell is cut short in the message
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));

        QByteArray quoted = "a,b\n1,\"";
        quoted.reserve(size + 100);
        for (qsizetype i = 0; i < size / 4; ++i)
            quoted.append("ab\"\"", 4);
        quoted.append("\"\n");
        TableRecorder table;
        io::CsvReader csv;
        QVERIFY(csv.readBytes(std::move(quoted), QStringLiteral("quoted.csv"), table));
        QCOMPARE(table.rows.size(), 1);
        QCOMPARE(table.rows.value(2).value(1).size(), size / 4 * 3); // "" became "
        QVERIFY(table.rows.value(2).value(1).endsWith(QStringLiteral("ab\"ab\"")));
    }

    void tooManyFields()
    {
        QByteArray line(300000, ',');
        const TableRecorder table = readBytes("a,b\n" + line + "\n1,2\n");
        QVERIFY(table.problems.value(2).contains(QStringLiteral("more than 100000 fields")));
        QCOMPARE(table.rows.value(3), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    }

    void threadsAgreeWithOneThread()
    {
        // 12 MB with quoted line breaks, escaped quotes and stray quotes in unquoted fields: the
        // parallel split must give exactly the rows one thread gives, with the same row numbers.
        QByteArray csv = "id,text,more\n";
        for (int i = 0; csv.size() < 12 * 1024 * 1024; ++i) {
            csv += QByteArray::number(i);
            if (i % 7 == 0)
                csv += ",\"line\nbreak, \"\"quoted\"\"\",x\n";
            else if (i % 11 == 0)
                csv += ",5\" disk,y\n"; // a stray quote in an unquoted field
            else
                csv += ",plain text " + QByteArray::number(i * 31) + ",z\n";
        }
        io::CsvReader one;
        one.setThreadCount(1);
        const TableRecorder single = readBytes(csv, &one);
        QCOMPARE(single.chunks, 1);
        io::CsvReader four;
        four.setThreadCount(4);
        const TableRecorder parallel = readBytes(csv, &four);
        QCOMPARE(parallel.rows.size(), single.rows.size());
        QVERIFY(parallel.rows == single.rows);
        QVERIFY(parallel.problems == single.problems);

        // One stray quote at the top inverts the quote parity everywhere after it: the split point
        // lands inside a quoted field, the check notices, and the whole range is parsed again from
        // the untouched input, escapes included.
        QByteArray fooled = "id,text,more\n0,5\" disk,y\n";
        for (int i = 1; fooled.size() < 12 * 1024 * 1024; ++i)
            fooled += QByteArray::number(i) + ",\"a \"\"x\"\"\nb, c\",z\n";
        io::CsvReader fooledOne;
        fooledOne.setThreadCount(1);
        const TableRecorder fooledSingle = readBytes(fooled, &fooledOne);
        io::CsvReader fooledTwo;
        fooledTwo.setThreadCount(2);
        const TableRecorder fooledParallel = readBytes(fooled, &fooledTwo);
        QVERIFY(fooledTwo.splitRetried());
        QCOMPARE(fooledTwo.chunkCount(), 1);
        QVERIFY(fooledParallel.rows == fooledSingle.rows);
        QCOMPARE(fooledParallel.rows.value(3).value(1), QStringLiteral("a \"x\"\nb, c"));
        QCOMPARE(fooledParallel.rows.last().value(2), QStringLiteral("z"));

        // Without stray quotes the split holds and the work really is shared.
        QByteArray clean = "id,text\n";
        for (int i = 0; clean.size() < 12 * 1024 * 1024; ++i)
            clean += QByteArray::number(i) + (i % 5 ? ",plain\n" : ",\"a\nb\"\n");
        io::CsvReader split;
        split.setThreadCount(2);
        const TableRecorder halves = readBytes(clean, &split);
        QCOMPARE(split.chunkCount(), 2);
        QVERIFY(!split.splitRetried());
        io::CsvReader whole;
        whole.setThreadCount(1);
        QVERIFY(halves.rows == readBytes(clean, &whole).rows);
    }

    void utf8Validation()
    {
        QVERIFY(io::isValidUtf8("plain ascii text, long enough for words", 40));
        const QByteArray chinese = QStringLiteral("工单 𠀀").toUtf8();
        QVERIFY(io::isValidUtf8(chinese.constData(), chinese.size()));
        QVERIFY(!io::isValidUtf8("\xC0\xAF", 2));     // overlong
        QVERIFY(!io::isValidUtf8("\xED\xA0\x80", 3)); // surrogate
        QVERIFY(!io::isValidUtf8("abc\xE5\xB7", 5));  // truncated
        const QByteArray gbk = QStringEncoder("GB18030").encode(QStringLiteral("工单号"));
        QVERIFY(!io::isValidUtf8(gbk.constData(), gbk.size()));
    }

    void errors()
    {
        TableRecorder table;
        io::TableFileReader reader;
        QVERIFY(!reader.read(QStringLiteral("/nonexistent/tickets.csv"), table));
        QVERIFY(reader.errorString().contains(QStringLiteral("tickets.csv")));
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.csv"));
        QVERIFY(writeFile(empty, QByteArray()));
        QVERIFY(!reader.read(empty, table));
        QVERIFY(reader.errorString().contains(QStringLiteral("empty")));
        QVERIFY(!reader.read(fixture(QStringLiteral("xlsx/old_format.xls")), table));
        QVERIFY2(reader.errorString().contains(QStringLiteral("save it as .xlsx or .csv")),
                 qPrintable(reader.errorString()));
        const QString html = dir.filePath(QStringLiteral("export.xls"));
        QVERIFY(writeFile(html, "<html><body><table><tr><td>id</td></tr></table></body></html>"));
        QVERIFY(!reader.read(html, table));
        QVERIFY(reader.errorString().contains(QStringLiteral("HTML")));
        const QString text = dir.filePath(QStringLiteral("tab_export.xls"));
        QVERIFY(writeFile(text, "id\tvendor\n1\tA\n"));
        TableRecorder textTable;
        QVERIFY(reader.read(text, textTable));
        QCOMPARE(textTable.rows.value(2), (QStringList{QStringLiteral("1"), QStringLiteral("A")}));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
