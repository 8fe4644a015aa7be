#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cc::sandbox::postgrest {

// Column types the sandbox knows. Values arriving as text are checked and converted per type
// (see ValueCoercion.h for the canonical SQLite representation of each).
enum class ColumnType { Uuid, Text, Integer, Number, Date, Timestamp, Enum, Boolean };

struct Column {
    QString name;
    ColumnType type = ColumnType::Text;
    QStringList enumValues; // declaration order matters: PostgreSQL orders and compares enums by it
    bool nullable = false;
    QString enumTypeName; // PostgreSQL type name used in error messages ("campaign_status"); defaults to the
                          // column name
};

struct TableSchema {
    QString name;
    QList<Column> columns;

    // The column called exactly `name` (case-sensitive, like an unquoted lower-case PostgreSQL identifier),
    // or null.
    const Column* find(const QString& name) const;
    QStringList columnNames() const;
};

// PostgreSQL's name for a column's type as it appears in its error messages ("integer", "uuid", ...).
QString postgresTypeName(const Column& column);

} // namespace cc::sandbox::postgrest
