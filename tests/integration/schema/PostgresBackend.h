#pragma once

#include "tests/integration/schema/ParityBackend.h"
#include "tests/integration/schema/PostgresSession.h"

#include <QMap>

namespace cc::schema::test {

// The migrations on PostgreSQL, driven with the SQL PostgREST generates for the same HTTP calls
// (jsonb_populate_record for bodies, RETURNING for representations) and the JWT claims the sandbox issues,
// so that role, auth.uid() and the admin claim come from real tokens.
class PostgresBackend : public ParityBackend {
public:
    // claims and user ids per caller, e.g. taken from a SandboxBackend's sign-ins.
    PostgresBackend(QMap<Who, QJsonObject> claims, QMap<Who, QString> userIds);

    // Connects and empties the tables; empty on success, otherwise why not.
    QString start();
    PostgresSession& session() { return m_session; }
    QJsonObject claims(Who who) const { return m_claims.value(who); }

    QString userId(Who who) const override { return m_userIds.value(who); }
    void advanceTime() override {} // now() moves between transactions by itself

    Outcome insert(Who who, const QJsonObject& values) override;
    Outcome select(Who who, const QString& id) override;
    Outcome update(Who who, const QString& id, const QJsonObject& values) override;
    Outcome remove(Who who, const QString& id) override;
    Outcome rpc(Who who, const QJsonArray& operations, const QString& idempotencyKey) override;

    // The status PostgREST answers for an SQLSTATE (src/library/PostgREST/Error.hs mapSQLtoHTTP), including
    // `raise sqlstate 'PGRST'` errors whose detail carries the status.
    static Outcome toOutcome(const SqlOutcome& sql, bool anon, int successStatus);

private:
    Outcome rows(Who who, const QString& sql, const QVariantList& params, int successStatus);

    PostgresSession m_session;
    QMap<Who, QJsonObject> m_claims;
    QMap<Who, QString> m_userIds;
};

} // namespace cc::schema::test
