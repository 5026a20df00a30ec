#include "TableRecorder.h"

#include "core/history/CivilDate.h"
#include "core/history/TicketImporter.h"
#include "io/table/TableFileReader.h"
#include "io/table/XlsxReader.h"
#include "io/table/XlsxStyles.h"

#include <QTest>

using namespace tw;

namespace {
QString fixture(const QString &name)
{
    return qEnvironmentVariable("TW_TEST_DATA") + QStringLiteral("/history/xlsx/") + name;
}

qint64 at(int year, int month, int day, int hour = 0, int minute = 0)
{
    return history::daysFromCivil(year, month, day) * history::kSecondsPerDay + hour * 3600 + minute * 60;
}
} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void xlsxwriterWorkbooks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("shared strings") << "xlsxwriter_shared.xlsx";
        QTest::newRow("inline strings") << "xlsxwriter_inline.xlsx";
    }

    void xlsxwriterWorkbooks()
    {
        QFETCH(QString, file);
        io::XlsxReader reader;
        TableRecorder table;
        QVERIFY2(reader.read(fixture(file), table), qPrintable(reader.errorString()));
        QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("Notes"), QStringLiteral("Tickets")}));
        // "Notes" has a single cell: it is taken as the first sheet with rows and has only a header.
        QCOMPARE(reader.sheetName(), QStringLiteral("Notes"));
        QCOMPARE(table.header, QStringList{QStringLiteral("Exported from the service desk")});

        TableRecorder tickets;
        QVERIFY(reader.read(fixture(file), tickets, QStringLiteral("Tickets")));
        QCOMPARE(tickets.header.size(), 8);
        QCOMPARE(tickets.header.value(5), QStringLiteral("On-site"));
        QCOMPARE(tickets.rows.size(), 3);
        QCOMPARE(tickets.rows.value(2),
                 (QStringList{QStringLiteral("T-1"), QStringLiteral("Acme"), QStringLiteral("P1"),
                              QStringLiteral("2024-03-05 14:05:00"), QStringLiteral("2024-03-05 14:20:00"),
                              QStringLiteral("2024-03-05 16:00:00"), QStringLiteral("2024-03-05 18:05:00"),
                              QStringLiteral("1200.5")}));
        // Sparse: T-2 has no on-site cell and no third-column gap in the XML.
        QCOMPARE(tickets.rows.value(3).value(5), QString());
        QCOMPARE(tickets.rows.value(3).value(6), QStringLiteral("2024-03-07 09:00:00"));
        QCOMPARE(tickets.rows.value(4).value(1), QStringLiteral("=cmd|' /C calc'!A0"));
        QCOMPARE(tickets.rows.value(4).size(), 8); // the missing trailing cost cell is an empty cell
        QVERIFY(!tickets.date1904);

        // By number too.
        TableRecorder second;
        QVERIFY(reader.read(fixture(file), second, QStringLiteral("2")));
        QCOMPARE(second.rows.size(), 3);
        QVERIFY(!reader.read(fixture(file), second, QStringLiteral("Missing")));
        QVERIFY(reader.errorString().contains(QStringLiteral("Notes, Tickets")));
    }

    void libreOfficeWorkbooks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("date1904");
        QTest::newRow("1900 system") << "libreoffice.xlsx" << false;
        QTest::newRow("1904 system") << "libreoffice_1904.xlsx" << true;
    }

    void libreOfficeWorkbooks()
    {
        QFETCH(QString, file);
        QFETCH(bool, date1904);
        io::XlsxReader reader;
        TableRecorder table;
        QVERIFY2(reader.read(fixture(file), table, QStringLiteral("工单")), qPrintable(reader.errorString()));
        QCOMPARE(reader.date1904(), date1904);
        QCOMPARE(table.date1904, date1904);
        QCOMPARE(table.header.value(0), QStringLiteral("工单号"));
        QCOMPARE(table.header.value(2), QStringLiteral("故障级别"));
        // The same wall times whichever date system the workbook counts from.
        QCOMPARE(table.rows.value(2).value(3), QStringLiteral("2024-10-11 17:00:00"));
        QCOMPARE(table.rows.value(2).value(6), QStringLiteral("2024-10-14 10:00:00"));
        // The formula's cached result as LibreOffice computed it in binary floating point.
        QVERIFY(qAbs(table.rows.value(2).value(7).toDouble() - 65.0) < 1e-6);
        QCOMPARE(table.rows.value(3).value(5), QString()); // empty cell
        QCOMPARE(table.rows.value(3).value(7), QStringLiteral("=cmd|' /C calc'!A0"));

        // End to end: LibreOffice's workbook through the importer.
        history::TicketImporter importer;
        io::TableFileReader fileReader;
        io::TableReadOptions options;
        options.sheet = QStringLiteral("工单");
        QVERIFY(fileReader.read(fixture(file), importer, options));
        QCOMPARE(fileReader.info().format, QStringLiteral("xlsx"));
        const history::ImportedTickets tickets = importer.finish();
        QCOMPARE(tickets.tickets.size(), size_t(2));
        QVERIFY(tickets.badRows.empty());
        QCOMPARE(tickets.tickets[0].opened, at(2024, 10, 11, 17));
        QCOMPARE(tickets.tickets[0].onsite, at(2024, 10, 12, 10));
        QCOMPARE(tickets.priorities.at(tickets.tickets[1].priority), QStringLiteral("P2"));
        QCOMPARE(tickets.tickets[1].onsite, history::kNoTime);
    }

    void dateFormats()
    {
        QVERIFY(io::isDateFormatCode(QStringLiteral("yyyy\\-mm\\-dd\\ hh:mm")));
        QVERIFY(io::isDateFormatCode(QStringLiteral("yyyy\"年\"m\"月\"d\"日\"")));
        QVERIFY(io::isDateFormatCode(QStringLiteral("[h]:mm")));
        QVERIFY(!io::isDateFormatCode(QStringLiteral("General")));
        QVERIFY(!io::isDateFormatCode(QStringLiteral("#,##0.00;[Red]-#,##0.00")));
        QVERIFY(!io::isDateFormatCode(QStringLiteral("[Magenta]0.0")));
        QVERIFY(!io::isDateFormatCode(QStringLiteral("0.00E+00")));
        QVERIFY(!io::isDateFormatCode(QStringLiteral("\"days\" 0")));
        QVERIFY(io::isBuiltinDateFormat(14));
        QVERIFY(io::isBuiltinDateFormat(22));
        QVERIFY(!io::isBuiltinDateFormat(2));
    }

    void notAWorkbook()
    {
        io::XlsxReader reader;
        TableRecorder table;
        QVERIFY(!reader.read(QStringLiteral("/nonexistent.xlsx"), table));
        QVERIFY(!reader.errorString().isEmpty());
        io::TableFileReader fileReader;
        QVERIFY(!fileReader.read(fixture(QStringLiteral("old_format.xls")), table));
        QVERIFY(fileReader.errorString().contains(QStringLiteral("Excel 97-2003")));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
