#pragma once

#include <QString>
#include <QVariantList>

namespace cc::sandbox::postgrest {

// A piece of SQLite SQL with positional `?` placeholders and the values to bind to them, in order.
// Identifiers inside `sql` only ever come from a TableSchema (double-quoted by quoteIdentifier); user input
// only ever travels in `params`.
struct SqlFragment {
    QString sql;
    QVariantList params;

    bool isEmpty() const { return sql.isEmpty(); }
};

// "name" with embedded double quotes doubled, for identifiers taken from a TableSchema.
QString quoteIdentifier(const QString& identifier);

} // namespace cc::sandbox::postgrest
