#include "app/sandbox/postgrest/Schema.h"

namespace cc::sandbox::postgrest {

const Column* TableSchema::find(const QString& name) const {
    for (const Column& column : columns) {
        if (column.name == name) {
            return &column;
        }
    }
    return nullptr;
}

QStringList TableSchema::columnNames() const {
    QStringList names;
    names.reserve(columns.size());
    for (const Column& column : columns) {
        names.append(column.name);
    }
    return names;
}

QString postgresTypeName(const Column& column) {
    switch (column.type) {
    case ColumnType::Uuid:
        return QStringLiteral("uuid");
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Number:
        return QStringLiteral("numeric");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::Timestamp:
        return QStringLiteral("timestamp with time zone");
    case ColumnType::Enum:
        return column.enumTypeName.isEmpty() ? column.name : column.enumTypeName;
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    }
    return QStringLiteral("text");
}

} // namespace cc::sandbox::postgrest
