#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace cc::schema::test {

// One statement's result as PostgREST would see it.
struct SqlOutcome {
    bool ok = false;
    QString sqlstate;
    QString message; // primary message
    QString detail;
    QString hint;
    QJsonValue value;        // the first column of the first row, parsed as JSON (NULL: Null)
    QString responseHeaders; // the response.headers setting after the statement (PostgREST's header hook)
};

// A QPSQL connection to the throw-away cluster started by with-postgres.sh (CC_PG_HOST/CC_PG_PORT). QPSQL
// over libpq rather than psql in a subprocess: bound parameters, the SQLSTATE of every error, and
// transactions whose settings (role, claims) stay on one connection; psql would need output parsing for all
// three.
class PostgresSession {
public:
    PostgresSession();
    ~PostgresSession();
    PostgresSession(const PostgresSession&) = delete;
    PostgresSession& operator=(const PostgresSession&) = delete;

    // Empty on success, otherwise why the connection failed.
    QString open();

    // Runs `sql` in its own transaction the way PostgREST runs a request: SET LOCAL ROLE to the claims' role,
    // request.jwt.claims and request.headers set for the transaction, commit on success, rollback on error.
    SqlOutcome asCaller(const QJsonObject& claims, const QString& sql, const QVariantList& params = {},
                        const QJsonObject& requestHeaders = {});
    // Runs `sql` as the cluster's superuser (setup, inspection).
    SqlOutcome asOwner(const QString& sql, const QVariantList& params = {});

private:
    SqlOutcome execute(const QString& sql, const QVariantList& params);
    QSqlDatabase database() const;

    QString m_connectionName;
};

} // namespace cc::schema::test
