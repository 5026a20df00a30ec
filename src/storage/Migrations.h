#pragma once

#include <QStringList>

namespace tw::storage {

enum class SqlDialect { Sqlite, Postgres };

/**
 * The statements that bring the schema from version - 1 to version, for one SQL dialect. Only the
 * column types differ between dialects; the tables and their meaning are the same.
 */
QStringList migrationStatements(int version, SqlDialect dialect);

} // namespace tw::storage
