#include "Migrations.h"

namespace tw::storage {

QStringList migrationStatements(int version, SqlDialect dialect)
{
    const QString idColumn = dialect == SqlDialect::Postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                                             : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    switch (version) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE vendor (id %1, name TEXT NOT NULL UNIQUE)").arg(idColumn),
            QStringLiteral("CREATE TABLE document (id %1, vendor_id BIGINT NOT NULL REFERENCES vendor(id) "
                           "ON DELETE CASCADE, file_name TEXT NOT NULL, format TEXT NOT NULL, pages INTEGER NOT NULL, "
                           "language TEXT NOT NULL, imported_at TEXT NOT NULL, content TEXT NOT NULL)")
                .arg(idColumn),
            QStringLiteral("CREATE INDEX document_vendor ON document(vendor_id)"),
        };
    default:
        return {};
    }
}

} // namespace tw::storage
