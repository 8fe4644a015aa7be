#pragma once

#include "app/sandbox/postgrest/Schema.h"

#include <QJsonObject>
#include <QStringList>

class QSqlQuery;

namespace cc::sandbox {

// The `campaigns` table: its PostgREST schema (for the grammar), its SQLite DDL with the CHECK constraints
// named as PostgreSQL would name them, and the conversion of a row to JSON as PostgREST renders it.
class CampaignTable {
public:
    static const postgrest::TableSchema& schema();
    static QStringList createStatements();
    // Names of the indexes besides the primary key (bulk loads drop and rebuild them).
    static QStringList secondaryIndexes();

    static inline const QString kName = QStringLiteral("campaigns");
    static inline const QString kPrimaryKey = QStringLiteral("id");
    static inline const QString kOwner = QStringLiteral("user_id");

    // Columns the server sets itself (a trigger in a real project); values sent for them are overwritten.
    static bool isServerSet(const QString& column);

    // `"a", "b"` for a SELECT/RETURNING list; all columns when `columns` is empty.
    static QString selectList(const QStringList& columns);
    // The row under the query's cursor, with `columns` (all when empty) in order, typed like PostgREST's
    // JSON.
    static QJsonObject rowToJson(const QSqlQuery& query, const QStringList& columns);
};

} // namespace cc::sandbox
