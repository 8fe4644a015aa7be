#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cc::sandbox {

// The sandbox's SQLite database: one Qt SQL connection with a name unique to this instance (several sandboxes
// may run in one process, e.g. in tests), the schema, and WAL for file databases.
class SandboxDatabase {
public:
    explicit SandboxDatabase(QString path); // a file name or ":memory:"
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase&) = delete;
    SandboxDatabase& operator=(const SandboxDatabase&) = delete;

    // Opens the connection and creates missing tables; an error text on failure.
    std::optional<QString> open();
    bool isOpen() const;
    QSqlDatabase connection() const;
    QString path() const { return m_path; }

    // Runs one statement without results (DDL, PRAGMA, BEGIN/COMMIT); false and a logged warning on failure.
    bool exec(const QString& sql) const;
    // BEGIN IMMEDIATE / COMMIT / ROLLBACK: every mutating request runs in exactly one transaction.
    bool begin() const;
    bool commit() const;
    void rollback() const;

private:
    QString m_path;
    QString m_connectionName;
};

} // namespace cc::sandbox
