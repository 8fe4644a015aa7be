#include "app/sandbox/SandboxDatabase.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/sandbox/CampaignTable.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace cc::sandbox {

namespace {

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("cc-sandbox-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

SandboxDatabase::SandboxDatabase(QString path)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName()) {}

SandboxDatabase::~SandboxDatabase() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::optional<QString> SandboxDatabase::open() {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // ilike and match/imatch filters compile to REGEXP (see postgrest/QueryParser.h).
    db.setConnectOptions(QStringLiteral("QSQLITE_ENABLE_REGEXP"));
    if (!db.open()) {
        return QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text());
    }
    const bool memory = m_path == QStringLiteral(":memory:") || m_path.isEmpty();
    // A 64 MiB page cache (allocated only as used) keeps bulk loads and scans from spilling to disk.
    QStringList pragmas{QStringLiteral("PRAGMA busy_timeout = 5000"),
                        QStringLiteral("PRAGMA cache_size = -65536")};
    if (!memory) {
        // WAL lets readers (a second process inspecting the file) work while the sandbox writes.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = NORMAL");
    }
    const QStringList internal{
        // Stable user ids across restarts of a file database, so seeded rows keep their owners.
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS sandbox_users (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, "
            "role TEXT NOT NULL, created_at TEXT NOT NULL)"),
        // Idempotency-Key -> stored response (24 h), written in the same transaction as the change it
        // records.
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS sandbox_idempotency (principal TEXT NOT NULL, key TEXT NOT NULL, "
            "request_hash TEXT NOT NULL, status INTEGER NOT NULL, headers TEXT NOT NULL, body BLOB, "
            "created_ms INTEGER NOT NULL, PRIMARY KEY (principal, key))"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS sandbox_idempotency_created_idx ON sandbox_idempotency (created_ms)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS sandbox_email_messages (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, "
            "recipients TEXT NOT NULL, subject TEXT NOT NULL, html TEXT, text TEXT, campaign_id TEXT, "
            "created_at TEXT NOT NULL)"),
    };
    for (const QString& statement : std::as_const(pragmas) + CampaignTable::createStatements() + internal) {
        if (!exec(statement)) {
            return QStringLiteral("cannot prepare the schema of %1: %2").arg(m_path, db.lastError().text());
        }
    }
    return std::nullopt;
}

bool SandboxDatabase::isOpen() const {
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase SandboxDatabase::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

bool SandboxDatabase::exec(const QString& sql) const {
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        log::warning(
            lcSandbox(), QStringLiteral("SQL statement failed"),
            {{QStringLiteral("sql"), sql.left(200)}, {QStringLiteral("error"), query.lastError().text()}});
        return false;
    }
    return true;
}

bool SandboxDatabase::begin() const {
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool SandboxDatabase::commit() const {
    return exec(QStringLiteral("COMMIT"));
}

void SandboxDatabase::rollback() const {
    exec(QStringLiteral("ROLLBACK"));
}

} // namespace cc::sandbox
