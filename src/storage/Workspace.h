#pragma once

#include "core/model/Document.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tw::storage {

/** Where a PostgreSQL workspace lives. */
struct PostgresSettings
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString user;
    QString password;
    QString database;
};

/** What the workspace knows about a stored document without loading its text. */
struct StoredDocument
{
    qint64 id = 0;
    QString vendorName;
    QString fileName;
    DocumentFormat format = DocumentFormat::Unknown;
    int pages = 0;
    Language language = Language::Unknown;
    QDateTime importedAt;
};

/**
 * A project's stored data: imported documents (and, in later versions, evaluations) in a SQLite
 * file or a PostgreSQL database. The schema is created and migrated on open; every change is one
 * transaction, so a failure leaves what was stored untouched.
 */
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(tw::storage::Workspace)

public:
    Workspace();
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    /** Opens or creates a SQLite workspace file. */
    bool openSqlite(const QString &path);
    bool openPostgres(const PostgresSettings &settings);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_errorString; }
    /** The schema version after migration (kSchemaVersion when open). */
    int schemaVersion();
    static constexpr int kSchemaVersion = 1;

    /** Stores a document for a vendor; its id, or nothing with errorString() set. */
    std::optional<qint64> addDocument(const QString &vendorName, const Document &document);
    QList<StoredDocument> documents();
    std::optional<Document> loadDocument(qint64 id);
    bool removeDocument(qint64 id);

private:
    bool fail(const QString &message);
    bool failQuery(const class QSqlQuery &query);
    bool configureConnection();
    bool migrate();
    bool isPostgres() const;

    QString m_connectionName;
    QString m_errorString;
};

} // namespace tw::storage
