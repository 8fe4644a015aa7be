#pragma once

#include "app/sandbox/SandboxServer.h"
#include "tests/integration/sandbox/SandboxTestClient.h"
#include "tests/integration/schema/ParityBackend.h"
#include "tests/support/ManualClock.h"

#include <QMap>

namespace cc::schema::test {

// The sandbox in-process on a random loopback port, spoken to over real HTTP as the console would, with the
// users' own access tokens from its password grant.
class SandboxBackend : public ParityBackend {
public:
    SandboxBackend();

    // False (with the reason) if the server did not start or a user could not sign in.
    bool start(QString* error);
    // The claims of each caller's JWT as the sandbox issues them (PostgresBackend replays them in SQL).
    QJsonObject claims(Who who) const;
    QString userId(Who who) const override;
    void advanceTime() override;

    Outcome insert(Who who, const QJsonObject& values) override;
    Outcome select(Who who, const QString& id) override;
    Outcome update(Who who, const QString& id, const QJsonObject& values) override;
    Outcome remove(Who who, const QString& id) override;
    Outcome rpc(Who who, const QJsonArray& operations, const QString& idempotencyKey) override;

private:
    QList<QPair<QByteArray, QByteArray>> headers(Who who) const;
    static Outcome toOutcome(const sandbox::test::TestReply& reply);

    cc::test::ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<sandbox::test::SandboxTestClient> m_client;
    QMap<Who, QString> m_tokens;
    QMap<Who, QString> m_userIds;
};

} // namespace cc::schema::test
