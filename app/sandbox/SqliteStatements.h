#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace cc::sandbox {

// Prepared statements on the raw SQLite handle behind a Qt SQL connection, kept for reuse. The hot paths
// (reads that render JSON, bulk seeding) use it because QSqlQuery converts every value to a QVariant and
// every text to UTF-16 and back, which cost three quarters of a request's time. The handle is the
// connection's own (Qt's documented QSqlDriver::handle()), so transactions and the REGEXP function registered
// by Qt apply here too. Destroy before the connection closes.
class SqliteStatements {
public:
    explicit SqliteStatements(const QSqlDatabase& database);
    ~SqliteStatements();
    SqliteStatements(const SqliteStatements&) = delete;
    SqliteStatements& operator=(const SqliteStatements&) = delete;

    bool isValid() const { return m_handle != nullptr; }
    // A cached statement for `sql`, reset and with its bindings cleared; nullptr with `error` set on failure.
    sqlite3_stmt* prepare(const QString& sql, QString* error);
    // Binds a Qt value (null, integer, bool, double, string, bytes) at a 1-based index.
    static bool bind(sqlite3_stmt* statement, int index, const QVariant& value);
    QString lastError() const;

private:
    sqlite3* m_handle = nullptr;
    QHash<QString, sqlite3_stmt*> m_cache;
};

} // namespace cc::sandbox
