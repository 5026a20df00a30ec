#include "Workspace.h"

#include "Migrations.h"
#include "io/document/DocumentJson.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tw::storage {

namespace {

/** Commits a transaction on scope exit only when told to; otherwise rolls back. */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)), m_active(m_db.transaction()) {}
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    bool isActive() const { return m_active; }
    bool commit()
    {
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_active;
};

} // namespace

Workspace::Workspace() : m_connectionName(QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

Workspace::~Workspace() { close(); }

bool Workspace::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

bool Workspace::failQuery(const QSqlQuery &query)
{
    return fail(tr("Database error: %1").arg(query.lastError().text()));
}

bool Workspace::isPostgres() const
{
    return QSqlDatabase::database(m_connectionName, false).driverName() == QLatin1String("QPSQL");
}

bool Workspace::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void Workspace::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Workspace::openSqlite(const QString &path)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString problem = db.lastError().text();
            db = QSqlDatabase();
            close();
            return fail(tr("%1: cannot open the workspace (%2)").arg(path, problem));
        }
    }
    if (!configureConnection() || !migrate()) {
        const QString problem = m_errorString;
        close();
        return fail(tr("%1: %2").arg(QFileInfo(path).fileName(), problem));
    }
    return true;
}

bool Workspace::openPostgres(const PostgresSettings &settings)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setUserName(settings.user);
        db.setPassword(settings.password);
        db.setDatabaseName(settings.database);
        if (!db.open()) {
            const QString problem = db.lastError().text();
            db = QSqlDatabase();
            close();
            return fail(tr("PostgreSQL %1:%2: cannot connect (%3)").arg(settings.host).arg(settings.port).arg(problem));
        }
    }
    if (!migrate()) {
        const QString problem = m_errorString;
        close();
        return fail(problem);
    }
    return true;
}

bool Workspace::configureConnection()
{
    // SQLite leaves foreign keys off on every new connection; WAL lets readers work during writes.
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA busy_timeout = 5000"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return fail(tr("not a Tierwise workspace or not a database (%1)").arg(query.lastError().text()));
    }
    return true;
}

int Workspace::schemaVersion()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (isPostgres()) {
        if (!query.exec(QStringLiteral("SELECT to_regclass('tw_schema') IS NOT NULL")) || !query.next() ||
            !query.value(0).toBool())
            return 0;
        if (!query.exec(QStringLiteral("SELECT version FROM tw_schema")) || !query.next())
            return 0;
        return query.value(0).toInt();
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Workspace::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const int current = schemaVersion();
    if (current < 0)
        return fail(tr("not a Tierwise workspace or not a database"));
    if (current > kSchemaVersion)
        return fail(tr("the workspace was written by a newer Tierwise (schema %1, this version knows %2)")
                        .arg(current)
                        .arg(kSchemaVersion));
    const SqlDialect dialect = isPostgres() ? SqlDialect::Postgres : SqlDialect::Sqlite;
    for (int version = current + 1; version <= kSchemaVersion; ++version) {
        Transaction transaction(db);
        QSqlQuery query(db);
        for (const QString &statement : migrationStatements(version, dialect)) {
            if (!query.exec(statement))
                return failQuery(query);
        }
        bool recorded = false;
        if (dialect == SqlDialect::Postgres) {
            recorded = query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS tw_schema (version INTEGER NOT NULL)")) &&
                       query.exec(QStringLiteral("DELETE FROM tw_schema")) &&
                       query.prepare(QStringLiteral("INSERT INTO tw_schema (version) VALUES (?)"));
            query.addBindValue(version);
            recorded = recorded && query.exec();
        } else {
            // PRAGMA takes no bound parameters; the version is our own integer, not user input.
            recorded = query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        }
        if (!recorded)
            return failQuery(query);
        if (!transaction.commit())
            return fail(tr("cannot commit the schema migration to version %1").arg(version));
    }
    return true;
}

std::optional<qint64> Workspace::addDocument(const QString &vendorName, const Document &document)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction transaction(db);
    if (!transaction.isActive()) {
        fail(tr("cannot start a transaction: %1").arg(db.lastError().text()));
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM vendor WHERE name = ?"));
    query.addBindValue(vendorName);
    if (!query.exec()) {
        failQuery(query);
        return std::nullopt;
    }
    qint64 vendorId = 0;
    if (query.next()) {
        vendorId = query.value(0).toLongLong();
    } else {
        query.prepare(QStringLiteral("INSERT INTO vendor (name) VALUES (?) RETURNING id"));
        query.addBindValue(vendorName);
        if (!query.exec() || !query.next()) {
            failQuery(query);
            return std::nullopt;
        }
        vendorId = query.value(0).toLongLong();
    }
    query.prepare(QStringLiteral("INSERT INTO document (vendor_id, file_name, format, pages, language, imported_at, "
                                 "content) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(vendorId);
    query.addBindValue(document.fileName);
    query.addBindValue(formatName(document.format));
    query.addBindValue(int(document.pages.size()));
    query.addBindValue(languageCode(document.language()));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(io::documentToJson(document, /*withWords=*/true)).toJson(QJsonDocument::Compact)));
    if (!query.exec() || !query.next()) {
        failQuery(query);
        return std::nullopt;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish(); // SQLite refuses to commit while a statement is still active
    if (!transaction.commit()) {
        fail(tr("cannot commit the new document: %1").arg(db.lastError().text()));
        return std::nullopt;
    }
    return id;
}

QList<StoredDocument> Workspace::documents()
{
    QList<StoredDocument> stored;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(QStringLiteral("SELECT d.id, v.name, d.file_name, d.format, d.pages, d.language, d.imported_at "
                                   "FROM document d JOIN vendor v ON v.id = d.vendor_id ORDER BY d.id"))) {
        failQuery(query);
        return stored;
    }
    while (query.next()) {
        stored.append(StoredDocument{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                     formatFromName(query.value(3).toString()), query.value(4).toInt(),
                                     languageFromCode(query.value(5).toString()),
                                     QDateTime::fromString(query.value(6).toString(), Qt::ISODate)});
    }
    return stored;
}

std::optional<Document> Workspace::loadDocument(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT content FROM document WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        failQuery(query);
        return std::nullopt;
    }
    if (!query.next()) {
        fail(tr("no document with id %1").arg(id));
        return std::nullopt;
    }
    auto document = io::documentFromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    if (!document)
        fail(tr("document %1 is damaged in the workspace").arg(id));
    return document;
}

bool Workspace::removeDocument(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("DELETE FROM document WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failQuery(query);
    if (query.numRowsAffected() != 1)
        return fail(tr("no document with id %1").arg(id));
    return true;
}

} // namespace tw::storage
