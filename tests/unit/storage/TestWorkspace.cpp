// The same behaviour is tested against a real SQLite file and, built with TW_TEST_POSTGRES, a real
// PostgreSQL server (started by tierwise.sh test; connection in TW_PG_* variables).
#include "storage/Workspace.h"
#include "support/SampleDocuments.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tw;
using namespace tw::storage;

class TestWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sqlitePath;

    bool open(Workspace &workspace)
    {
#ifdef TW_TEST_POSTGRES
        PostgresSettings settings;
        settings.host = qEnvironmentVariable("TW_PG_HOST");
        settings.port = qEnvironmentVariableIntValue("TW_PG_PORT");
        settings.user = qEnvironmentVariable("TW_PG_USER");
        settings.database = qEnvironmentVariable("TW_PG_DATABASE");
        return workspace.openPostgres(settings);
#else
        return workspace.openSqlite(m_sqlitePath);
#endif
    }

private slots:
    void initTestCase()
    {
#ifdef TW_TEST_POSTGRES
        if (qEnvironmentVariableIsEmpty("TW_PG_HOST"))
            QSKIP("no PostgreSQL server: run through ./tierwise.sh test, which starts one");
        // Start from an empty schema so the migration runs for real.
        Workspace probe;
        QVERIFY2(open(probe), qPrintable(probe.errorString()));
        probe.close();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("reset"));
        db.setHostName(qEnvironmentVariable("TW_PG_HOST"));
        db.setPort(qEnvironmentVariableIntValue("TW_PG_PORT"));
        db.setUserName(qEnvironmentVariable("TW_PG_USER"));
        db.setDatabaseName(qEnvironmentVariable("TW_PG_DATABASE"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TABLE IF EXISTS document, vendor, tw_schema CASCADE")));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("reset"));
#endif
        QVERIFY(m_dir.isValid());
        m_sqlitePath = m_dir.filePath(QStringLiteral("workspace.tierwise"));
    }

    void createsSchemaAndRoundTripsDocuments()
    {
        Workspace workspace;
        QVERIFY2(open(workspace), qPrintable(workspace.errorString()));
        QCOMPARE(workspace.schemaVersion(), Workspace::kSchemaVersion);
        const Document document = test::sampleDocument();
        const auto id = workspace.addDocument(QStringLiteral("华东原厂服务"), document);
        QVERIFY2(id.has_value(), qPrintable(workspace.errorString()));
        workspace.close();

        Workspace reopened;
        QVERIFY2(open(reopened), qPrintable(reopened.errorString()));
        const QList<StoredDocument> stored = reopened.documents();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().vendorName, QStringLiteral("华东原厂服务"));
        QCOMPARE(stored.first().pages, 2);
        QCOMPARE(stored.first().language, Language::Mixed);
        const auto loaded = reopened.loadDocument(*id);
        QVERIFY(loaded.has_value());
        QCOMPARE(*loaded, document);
    }

    void sameVendorIsStoredOnceAndRemovalWorks()
    {
        Workspace workspace;
        QVERIFY(open(workspace));
        const int before = int(workspace.documents().size());
        const auto first = workspace.addDocument(QStringLiteral("Vendor B"), test::sampleDocument(QStringLiteral("a")));
        const auto second =
            workspace.addDocument(QStringLiteral("Vendor B"), test::sampleDocument(QStringLiteral("b")));
        QVERIFY(first && second);
        QCOMPARE(workspace.documents().size(), before + 2);
        QVERIFY(workspace.removeDocument(*first));
        QCOMPARE(workspace.documents().size(), before + 1);
        QVERIFY(!workspace.removeDocument(*first));
        QVERIFY(workspace.errorString().contains(QString::number(*first)));
        QVERIFY(!workspace.loadDocument(*first).has_value());
    }

#ifndef TW_TEST_POSTGRES
    void enablesForeignKeysAndWal()
    {
        Workspace workspace;
        QVERIFY(open(workspace));
        workspace.close();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(m_sqlitePath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        query.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    }

    void refusesAFileThatIsNotAWorkspaceAndLeavesItAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.tierwise"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray content = "These are meeting notes, not a database.\n";
        file.write(content);
        file.close();
        Workspace workspace;
        QVERIFY(!workspace.openSqlite(path));
        QVERIFY2(workspace.errorString().contains(QStringLiteral("notes.tierwise")),
                 qPrintable(workspace.errorString()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void refusesANewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.tierwise"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        Workspace workspace;
        QVERIFY(!workspace.openSqlite(path));
        QVERIFY2(workspace.errorString().contains(QStringLiteral("newer")), qPrintable(workspace.errorString()));
    }
#endif
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "TestWorkspace.moc"
