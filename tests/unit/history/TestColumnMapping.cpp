#include "core/history/ColumnMapping.h"
#include "core/history/PriorityLabel.h"

#include <QTest>

using namespace tw::history;

class TestColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void servicenowHeader()
    {
        const QStringList header =
            QStringLiteral("number,incident_state,active,reassignment_count,reopen_count,sys_mod_count,"
                           "made_sla,caller_id,opened_by,opened_at,sys_created_by,sys_created_at,"
                           "sys_updated_by,sys_updated_at,contact_type,location,category,subcategory,"
                           "u_symptom,cmdb_ci,impact,urgency,priority,assignment_group,assigned_to,"
                           "knowledge,u_priority_confirmation,notify,problem_id,rfc,vendor,caused_by,"
                           "closed_code,resolved_by,resolved_at,closed_at")
                .split(QLatin1Char(','));
        const ColumnMapping mapping = ColumnMapping::detect(header);
        QCOMPARE(header.value(mapping.column(TicketField::Id)), QStringLiteral("number"));
        QCOMPARE(header.value(mapping.column(TicketField::State)), QStringLiteral("incident_state"));
        QCOMPARE(header.value(mapping.column(TicketField::Sequence)), QStringLiteral("sys_mod_count"));
        QCOMPARE(header.value(mapping.column(TicketField::Opened)), QStringLiteral("opened_at"));
        QCOMPARE(header.value(mapping.column(TicketField::EventTime)), QStringLiteral("sys_updated_at"));
        QCOMPARE(header.value(mapping.column(TicketField::Priority)), QStringLiteral("priority"));
        QCOMPARE(header.value(mapping.column(TicketField::Vendor)), QStringLiteral("vendor"));
        QCOMPARE(header.value(mapping.column(TicketField::Resolved)), QStringLiteral("resolved_at"));
        QCOMPARE(header.value(mapping.column(TicketField::Site)), QStringLiteral("location"));
        QVERIFY(!mapping.has(TicketField::Responded));
        QVERIFY(mapping.isEventLog());
    }

    void chineseHeader()
    {
        const QStringList header = {QStringLiteral("工单号"),   QStringLiteral("厂商"),     QStringLiteral("故障级别"),
                                    QStringLiteral("报修时间"), QStringLiteral("响应时间"), QStringLiteral("到场时间"),
                                    QStringLiteral("修复时间"), QStringLiteral("城市"),     QStringLiteral("处理人")};
        const ColumnMapping mapping = ColumnMapping::detect(header);
        QCOMPARE(mapping.column(TicketField::Id), 0);
        QCOMPARE(mapping.column(TicketField::Vendor), 1);
        QCOMPARE(mapping.column(TicketField::Priority), 2);
        QCOMPARE(mapping.column(TicketField::Opened), 3);
        QCOMPARE(mapping.column(TicketField::Responded), 4);
        QCOMPARE(mapping.column(TicketField::Onsite), 5);
        QCOMPARE(mapping.column(TicketField::Resolved), 6);
        QCOMPARE(mapping.column(TicketField::Site), 7);
        QVERIFY(!mapping.isEventLog());

        const ColumnMapping other = ColumnMapping::detect({QStringLiteral("供应商"), QStringLiteral("优先级"),
                                                           QStringLiteral("解决时间"), QStringLiteral("创建时间")});
        QCOMPARE(other.column(TicketField::Vendor), 0);
        QCOMPARE(other.column(TicketField::Priority), 1);
        QCOMPARE(other.column(TicketField::Resolved), 2);
        QCOMPARE(other.column(TicketField::Opened), 3);
    }

    void englishVariants()
    {
        const QStringList header = {QStringLiteral("Ticket ID"),      QStringLiteral("Supplier"),
                                    QStringLiteral("Severity"),       QStringLiteral("Created At"),
                                    QStringLiteral("First Response"), QStringLiteral("Arrived On-Site"),
                                    QStringLiteral("Resolved By"),    QStringLiteral("Resolved At")};
        const ColumnMapping mapping = ColumnMapping::detect(header);
        QCOMPARE(mapping.column(TicketField::Id), 0);
        QCOMPARE(mapping.column(TicketField::Vendor), 1);
        QCOMPARE(mapping.column(TicketField::Priority), 2);
        QCOMPARE(mapping.column(TicketField::Opened), 3);
        QCOMPARE(mapping.column(TicketField::Responded), 4);
        QCOMPARE(mapping.column(TicketField::Onsite), 5);
        QCOMPARE(mapping.column(TicketField::Resolved), 7); // "Resolved By" names a person
    }

    void overrides()
    {
        const QStringList header = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("Opened"),
                                    QStringLiteral("vendor")};
        ColumnMapping mapping = ColumnMapping::detect(header);
        QCOMPARE(mapping.column(TicketField::Opened), 2);
        QVERIFY(mapping.applyOverride(QStringLiteral("a=priority"), header));
        QVERIFY(mapping.applyOverride(QStringLiteral("2=resolved"), header));
        QVERIFY(mapping.applyOverride(QStringLiteral("VENDOR=ignore"), header));
        QCOMPARE(mapping.column(TicketField::Priority), 0);
        QCOMPARE(mapping.column(TicketField::Resolved), 1);
        QVERIFY(!mapping.has(TicketField::Vendor));
        QVERIFY(mapping.applyOverride(QStringLiteral("Opened=resolved"), header)); // moves the field
        QCOMPARE(mapping.column(TicketField::Resolved), 2);
        QVERIFY(!mapping.has(TicketField::Opened));

        QVERIFY(!mapping.applyOverride(QStringLiteral("nope=priority"), header));
        QVERIFY(mapping.errorString().contains(QStringLiteral("no column \"nope\"")));
        QVERIFY(!mapping.applyOverride(QStringLiteral("a=colour"), header));
        QVERIFY(mapping.errorString().contains(QStringLiteral("unknown field")));
        QVERIFY(!mapping.applyOverride(QStringLiteral("priority"), header));
    }

    void priorities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::newRow("servicenow") << "1 - Critical"
                                    << "P1";
        QTest::newRow("servicenow 3") << "3 - Moderate"
                                      << "P3";
        QTest::newRow("P2") << "P2"
                            << "P2";
        QTest::newRow("p4 lower") << " p4 "
                                  << "P4";
        QTest::newRow("sev") << "Sev 2"
                             << "P2";
        QTest::newRow("S1") << "S1"
                            << "P1";
        QTest::newRow("chinese level") << "一级"
                                       << "P1";
        QTest::newRow("chinese level 3") << "三级故障"
                                         << "P3";
        QTest::newRow("word") << "Critical"
                              << "P1";
        QTest::newRow("chinese word") << "紧急"
                                      << "P1";
        QTest::newRow("ten stays") << "10"
                                   << "10";
        QTest::newRow("unknown") << "Gold"
                                 << "Gold";
        QTest::newRow("null") << "?"
                              << "";
    }

    void priorities()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QCOMPARE(canonicalPriority(text), label);
    }
};

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "TestColumnMapping.moc"
