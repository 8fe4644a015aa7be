#pragma once

#include "app/sandbox/postgrest/Schema.h"

#include <QByteArray>
#include <QList>

struct sqlite3_stmt;

namespace cc::sandbox {

// Renders result rows straight from SQLite into JSON text, with the columns in the order the request selected
// them (as PostgREST does; a QJsonObject would sort them) and typed by the schema: numbers for integer/number
// columns, true/false for booleans, strings otherwise, null for NULL.
class JsonRowWriter {
public:
    explicit JsonRowWriter(QList<const postgrest::Column*> columns);

    // Appends the statement's current row as one JSON object.
    void appendRow(QByteArray& out, sqlite3_stmt* statement) const;
    static void appendString(QByteArray& out, const char* utf8, int size);

private:
    QList<const postgrest::Column*> m_columns;
    QList<QByteArray> m_keys; // "\"name\":" prefixes, pre-rendered
};

} // namespace cc::sandbox
