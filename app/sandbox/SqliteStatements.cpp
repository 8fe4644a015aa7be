#include "app/sandbox/SqliteStatements.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace cc::sandbox {

SqliteStatements::SqliteStatements(const QSqlDatabase& database) {
    const QVariant handle = database.driver() != nullptr ? database.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_handle = *static_cast<sqlite3* const*>(handle.constData());
    }
}

SqliteStatements::~SqliteStatements() {
    for (sqlite3_stmt* statement : std::as_const(m_cache)) {
        sqlite3_finalize(statement);
    }
}

QString SqliteStatements::lastError() const {
    return m_handle != nullptr ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                               : QStringLiteral("no SQLite handle");
}

sqlite3_stmt* SqliteStatements::prepare(const QString& sql, QString* error) {
    if (m_handle == nullptr) {
        *error = lastError();
        return nullptr;
    }
    if (sqlite3_stmt* cached = m_cache.value(sql)) {
        sqlite3_reset(cached);
        sqlite3_clear_bindings(cached);
        return cached;
    }
    // Filters make many distinct statements; a bounded cache keeps memory flat under arbitrary queries.
    if (m_cache.size() >= 256) {
        for (sqlite3_stmt* statement : std::as_const(m_cache)) {
            sqlite3_finalize(statement);
        }
        m_cache.clear();
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(m_handle, utf8.constData(), static_cast<int>(utf8.size()),
                           SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        *error = lastError();
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_cache.insert(sql, statement);
    return statement;
}

bool SqliteStatements::bind(sqlite3_stmt* statement, int index, const QVariant& value) {
    if (value.isNull()) {
        return sqlite3_bind_null(statement, index) == SQLITE_OK;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong()) == SQLITE_OK;
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble()) == SQLITE_OK;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(),
                                   static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT) == SQLITE_OK;
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text64(statement, index, text.constData(),
                                   static_cast<sqlite3_uint64>(text.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8) == SQLITE_OK;
    }
    }
}

} // namespace cc::sandbox
