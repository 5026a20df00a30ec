#include "ImportRows.h"

#include "core/history/CivilDate.h"
#include "core/history/EventLogDeriver.h"

#include <QTest>

using namespace tw::history;

namespace {
qint64 at(int year, int month, int day, int hour = 0, int minute = 0)
{
    return daysFromCivil(year, month, day) * kSecondsPerDay + hour * 3600 + minute * 60;
}

const BadRow *badRow(const ImportedTickets &tickets, qint64 row)
{
    for (const BadRow &bad : tickets.badRows) {
        if (bad.row == row)
            return &bad;
    }
    return nullptr;
}

const QStringList kChineseHeader = {QStringLiteral("工单号"),   QStringLiteral("厂商"),     QStringLiteral("优先级"),
                                    QStringLiteral("报修时间"), QStringLiteral("响应时间"), QStringLiteral("到场时间"),
                                    QStringLiteral("修复时间")};

QList<QStringList> chineseRows()
{
    auto row = [](std::initializer_list<const char *> cells) {
        QStringList list;
        for (const char *cell : cells)
            list << QString::fromUtf8(cell);
        return list;
    };
    return {
        row({"T1", "华为", "P1", "2024-03-05 10:00", "2024-03-05 10:10", "2024-03-05 12:00", "2024-03-05 14:00"}),
        row({"T2", "华为", "P1", "2024/3/5 11:00", "2024/3/5 11:20", "", "2024/3/5 13:00"}),
        row({"T3", "浪潮", "二级", "2024年3月6日 09:00", "?", "?", "2024年3月6日 18:00"}),
        row({"T4", "浪潮", "", "2024-03-06 09:00", "", "", ""}),
        row({"T5", "浪潮", "P2", "soon", "", "", ""}),
        row({"T6", "浪潮", "P2", "2024-03-06 09:00", "2024-03-06 08:00", "", "2024-03-06 10:00"}),
        row({"T7", "浪潮", "P2", "2024-02-30 09:00", "", "", ""}),
        row({"T8", "浪潮", "P2"}),
        row({"T9", "=cmd|' /C calc'!A0", "P3", "2024-03-07 09:00", "2024-03-07 09:05", "", ""}),
    };
}
} // namespace

class TestTicketImporter : public QObject
{
    Q_OBJECT

private slots:
    void ticketsWithBadRows_data()
    {
        QTest::addColumn<int>("parts");
        QTest::newRow("one part") << 1;
        QTest::newRow("three parts") << 3;
    }

    void ticketsWithBadRows()
    {
        QFETCH(int, parts);
        const ImportedTickets tickets = importRows(kChineseHeader, chineseRows(), {}, parts);
        QCOMPARE(tickets.dataRows, 9);
        QCOMPARE(tickets.tickets.size(), size_t(5));
        QCOMPARE(tickets.badRows.size(), size_t(5));

        const TicketRecord &t1 = tickets.tickets[0];
        QCOMPARE(t1.row, 2);
        QCOMPARE(tickets.vendors.at(t1.vendor), QStringLiteral("华为"));
        QCOMPARE(tickets.priorities.at(t1.priority), QStringLiteral("P1"));
        QCOMPARE(t1.opened, at(2024, 3, 5, 10));
        QCOMPARE(t1.responded, at(2024, 3, 5, 10, 10));
        QCOMPARE(t1.onsite, at(2024, 3, 5, 12));
        QCOMPARE(t1.resolved, at(2024, 3, 5, 14));
        QCOMPARE(tickets.tickets[1].onsite, kNoTime); // empty cell: no on-site visit
        QCOMPARE(tickets.tickets[1].opened, at(2024, 3, 5, 11));
        const TicketRecord &t3 = tickets.tickets[2];
        QCOMPARE(tickets.priorities.at(t3.priority), QStringLiteral("P2")); // 二级
        QCOMPARE(t3.resolved, at(2024, 3, 6, 18));
        QCOMPARE(t3.responded, kNoTime);
        const TicketRecord &t6 = tickets.tickets[3];
        QCOMPARE(t6.row, 7);
        QCOMPARE(t6.responded, kNoTime); // before opened: left out, ticket kept
        QCOMPARE(t6.resolved, at(2024, 3, 6, 10));
        QCOMPARE(tickets.vendors.at(tickets.tickets[4].vendor), QStringLiteral("=cmd|' /C calc'!A0"));

        QCOMPARE(badRow(tickets, 5)->reason, QStringLiteral("missing priority"));
        QVERIFY(badRow(tickets, 5)->excluded);
        QCOMPARE(badRow(tickets, 5)->ticket, QStringLiteral("T4"));
        QVERIFY(badRow(tickets, 6)->reason.contains(QStringLiteral("\"soon\" is not a date")));
        QVERIFY(badRow(tickets, 7)->reason.startsWith(QStringLiteral("response 2024-03-06 08:00 is before opened")));
        QVERIFY(!badRow(tickets, 7)->excluded);
        QVERIFY(badRow(tickets, 8)->reason.contains(QStringLiteral("no such date")));
        QVERIFY(badRow(tickets, 8)->excluded);
        QCOMPARE(badRow(tickets, 9)->reason, QStringLiteral("row has 3 fields where the header has 7"));
        QVERIFY(tickets.dateFormats.value(QStringLiteral("opened")).contains(QStringLiteral("year-first")));
    }

    void dayOrderDecidedByTheWholeFile()
    {
        const QStringList header = {QStringLiteral("vendor"), QStringLiteral("priority"), QStringLiteral("opened"),
                                    QStringLiteral("resolved")};
        // Only the last resolved cell (25/4) tells: the whole file is day-first, 3/4 is 3 April.
        const ImportedTickets dayFirst =
            importRows(header, {{QStringLiteral("A"), QStringLiteral("P1"), QStringLiteral("3/4/2024 10:00"),
                                 QStringLiteral("3/4/2024 12:00")},
                                {QStringLiteral("A"), QStringLiteral("P1"), QStringLiteral("5/4/2024 10:00"),
                                 QStringLiteral("25/4/2024 10:00")}});
        QCOMPARE(dayFirst.tickets.size(), size_t(2));
        QCOMPARE(dayFirst.tickets[0].opened, at(2024, 4, 3, 10));
        QCOMPARE(dayFirst.tickets[1].resolved, at(2024, 4, 25, 10));
        QVERIFY(dayFirst.dateFormats.value(QStringLiteral("opened")).contains(QStringLiteral("day-first")));

        const ImportedTickets monthFirst =
            importRows(header, {{QStringLiteral("A"), QStringLiteral("P1"), QStringLiteral("3/4/2024 10:00"),
                                 QStringLiteral("4/25/2024 10:00")}});
        QCOMPARE(monthFirst.tickets[0].opened, at(2024, 3, 4, 10));
        QCOMPARE(monthFirst.tickets[0].resolved, at(2024, 4, 25, 10));

        // Nothing tells: the configured default applies and the report says it was assumed.
        ImportOptions options;
        options.ambiguousOrder = DayOrder::MonthFirst;
        const ImportedTickets assumed =
            importRows(header,
                       {{QStringLiteral("A"), QStringLiteral("P1"), QStringLiteral("3/4/2024 10:00"),
                         QStringLiteral("3/5/2024 10:00")}},
                       options);
        QCOMPARE(assumed.tickets[0].opened, at(2024, 3, 4, 10));
        QVERIFY(assumed.dateFormats.value(QStringLiteral("opened")).contains(QStringLiteral("assumed")));
    }

    void offsetsConvertToTheZone()
    {
        ImportOptions options;
        options.zone = TimeZoneConverter(QTimeZone("Asia/Shanghai"));
        const ImportedTickets tickets =
            importRows({QStringLiteral("vendor"), QStringLiteral("priority"), QStringLiteral("opened"),
                        QStringLiteral("resolved")},
                       {{QStringLiteral("A"), QStringLiteral("P1"), QStringLiteral("2024-03-05T01:00:00Z"),
                         QStringLiteral("2024-03-05 10:30")}},
                       options);
        QCOMPARE(tickets.tickets[0].opened, at(2024, 3, 5, 9)); // 01:00 UTC is 09:00 in Shanghai
        QCOMPARE(tickets.tickets[0].resolved, at(2024, 3, 5, 10, 30));
    }

    void unknownVendors()
    {
        ImportOptions options;
        options.knownVendors = {QStringLiteral("华为")};
        const ImportedTickets tickets = importRows(kChineseHeader, chineseRows().mid(0, 3), options);
        QCOMPARE(tickets.tickets.size(), size_t(2));
        QCOMPARE(badRow(tickets, 4)->reason, QStringLiteral("unknown vendor \"浪潮\""));
    }

    void headerWithoutPriorityIsRefused()
    {
        QString error;
        importRows({QStringLiteral("vendor"), QStringLiteral("opened")}, {}, {}, 1, &error);
        QVERIFY2(error.contains(QStringLiteral("no priority column")), qPrintable(error));
        importRows({QStringLiteral("vendor"), QStringLiteral("priority"), QStringLiteral("comment")}, {}, {}, 1,
                   &error);
        QVERIFY2(error.contains(QStringLiteral("opened")), qPrintable(error));
    }

    void eventLogDerivation()
    {
        const QStringList header = {QStringLiteral("number"),         QStringLiteral("incident_state"),
                                    QStringLiteral("sys_mod_count"),  QStringLiteral("opened_at"),
                                    QStringLiteral("sys_updated_at"), QStringLiteral("priority"),
                                    QStringLiteral("resolved_at")};
        auto row = [](const char *number, const char *state, int sequence, const char *opened, const char *updated,
                      const char *priority, const char *resolved) {
            return QStringList{QString::fromUtf8(number),  QString::fromUtf8(state),   QString::number(sequence),
                               QString::fromUtf8(opened),  QString::fromUtf8(updated), QString::fromUtf8(priority),
                               QString::fromUtf8(resolved)};
        };
        const QList<QStringList> rows = {
            // INC2's events are out of order in the file: the sequence number orders them.
            row("INC2", "Closed", 5, "2/3/2024 10:00", "3/3/2024 10:00", "1 - Critical", "?"),
            row("INC1", "New", 0, "1/3/2024 09:00", "1/3/2024 09:00", "3 - Moderate", "?"),
            row("INC1", "Active", 1, "1/3/2024 09:00", "1/3/2024 09:30", "3 - Moderate", "?"),
            row("INC1", "Resolved", 2, "1/3/2024 09:00", "1/3/2024 11:00", "2 - High", "1/3/2024 11:00"),
            row("INC1", "Closed", 3, "1/3/2024 09:00", "6/3/2024 11:00", "2 - High", "1/3/2024 11:00"),
            row("INC2", "New", 0, "2/3/2024 10:00", "2/3/2024 10:00", "2 - High", "?"),
            row("INC2", "-100", 1, "2/3/2024 10:00", "2/3/2024 10:20", "2 - High", "?"),
            row("INC2", "Awaiting User Info", 2, "2/3/2024 10:00", "2/3/2024 10:45", "2 - High", "?"),
            row("INC2", "Resolved", 3, "2/3/2024 10:00", "2/3/2024 12:00", "2 - High", "?"),
            row("INC2", "Active", 4, "2/3/2024 10:00", "2/3/2024 13:00", "1 - Critical", "?"),
            row("INC2", "Resolved", 5, "2/3/2024 10:00", "2/3/2024 15:00", "1 - Critical", "?"),
            row("INC3", "New", 0, "4/3/2024 08:00", "4/3/2024 08:00", "4 - Low", "?"),
            row("INC3", "Closed", 1, "4/3/2024 08:00", "4/3/2024 09:00", "4 - Low", "?"),
            row("INC4", "New", 0, "4/3/2024 08:00", "not a time", "4 - Low", "?"),
            row("INC5", "New", 0, "4/3/2024 08:00", "4/3/2024 08:00", "?", "?"),
        };
        const ImportedTickets tickets = importRows(header, rows, {}, 2);
        QVERIFY(tickets.eventLog);
        QCOMPARE(tickets.dataRows, 15);
        QCOMPARE(tickets.eventTickets, 4); // INC4's only event has no time
        QCOMPARE(tickets.tickets.size(), size_t(3));
        // Sorted by first row: INC2 (row 2), INC1 (row 3), INC3 (row 13).
        const TicketRecord &inc2 = tickets.tickets[0];
        const TicketRecord &inc1 = tickets.tickets[1];
        const TicketRecord &inc3 = tickets.tickets[2];
        QCOMPARE(inc1.opened, at(2024, 3, 1, 9));
        QCOMPARE(inc1.responded, at(2024, 3, 1, 9, 30));
        QCOMPARE(inc1.resolved, at(2024, 3, 1, 11));
        QCOMPARE(tickets.priorities.at(inc1.priority), QStringLiteral("P2"));
        // Equal sequence 5 for Closed and Resolved: the earlier time comes first, so the last event
        // is the 3 March closure and the resolution is the last entry into Resolved, 15:00.
        QCOMPARE(inc2.responded, at(2024, 3, 2, 10, 45)); // the "-100" junk state is ignored
        QCOMPARE(inc2.resolved, at(2024, 3, 2, 15));
        QCOMPARE(tickets.priorities.at(inc2.priority), QStringLiteral("P1"));
        QCOMPARE(inc3.responded, at(2024, 3, 4, 9));
        QCOMPARE(inc3.resolved, at(2024, 3, 4, 9)); // closed without a resolution
        QVERIFY(badRow(tickets, 15)->reason.contains(QStringLiteral("not a date; event ignored")));
        QCOMPARE(badRow(tickets, 16)->reason, QStringLiteral("missing priority"));
        QCOMPARE(badRow(tickets, 16)->ticket, QStringLiteral("INC5"));
    }

    void stateKinds()
    {
        QCOMPARE(classifyState(QStringLiteral("New")), StateKind::New);
        QCOMPARE(classifyState(QStringLiteral("待响应")), StateKind::New);
        QCOMPARE(classifyState(QStringLiteral("Awaiting Vendor")), StateKind::Working);
        QCOMPARE(classifyState(QStringLiteral("已到场")), StateKind::Onsite);
        QCOMPARE(classifyState(QStringLiteral("Resolved")), StateKind::Resolved);
        QCOMPARE(classifyState(QStringLiteral("已关闭")), StateKind::Closed);
        QCOMPARE(classifyState(QStringLiteral("-100")), StateKind::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestTicketImporter)
#include "TestTicketImporter.moc"
