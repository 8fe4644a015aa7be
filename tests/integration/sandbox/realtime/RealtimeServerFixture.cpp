#include "tests/integration/sandbox/realtime/RealtimeServerFixture.h"

#include "app/realtime/PostgresChange.h"

namespace cc::sandbox::test {

using realtime::PhoenixMessage;

std::unique_ptr<RealtimeTestSocket> RealtimeServerFixture::socket(realtime::ProtocolVersion version,
                                                                  const QString& apiKey) {
    return std::make_unique<RealtimeTestSocket>(m_server->url(), apiKey.isEmpty() ? info().anonKey : apiKey,
                                                version);
}

std::unique_ptr<RealtimeTestSocket> RealtimeServerFixture::subscribed(const QString& token,
                                                                      const QJsonObject& binding,
                                                                      realtime::ProtocolVersion version) {
    auto client = socket(version);
    EXPECT_TRUE(client->open());
    const std::optional<PhoenixMessage> reply = client->join(kTopic, QJsonArray{binding}, token);
    EXPECT_TRUE(reply.has_value());
    if (reply) {
        EXPECT_EQ(reply->replyStatus(), QStringLiteral("ok"))
            << QJsonDocument(reply->payload).toJson().toStdString();
    }
    const std::optional<PhoenixMessage> system =
        client->takeEvent(kTopic, QString(realtime::events::kSystem));
    EXPECT_TRUE(system.has_value());
    if (system) {
        EXPECT_EQ(system->payload.value(QStringLiteral("message")).toString(),
                  QStringLiteral("Subscribed to PostgreSQL"));
    }
    return client;
}

QJsonObject RealtimeServerFixture::campaign(const QString& name) {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("status"), QStringLiteral("draft")},
            {QStringLiteral("channel"), QStringLiteral("email")},
            {QStringLiteral("budget"), 1200.5},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("start_date"), QStringLiteral("2026-04-01")},
            {QStringLiteral("end_date"), QStringLiteral("2026-04-30")}};
}

QJsonObject RealtimeServerFixture::insertAs(const QString& token, const QString& name) {
    const TestReply reply =
        m_client->postJson(QStringLiteral("/rest/v1/campaigns"), campaign(name),
                           asUser(token) + QPair<QByteArray, QByteArray>("Prefer", "return=representation"));
    EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
    return reply.array().at(0).toObject();
}

void RealtimeServerFixture::patchAs(const QString& token, const QString& id, const QJsonObject& values) {
    const TestReply reply =
        m_client->patchJson(QStringLiteral("/rest/v1/campaigns?id=eq.") + id, values, asUser(token));
    EXPECT_EQ(reply.status, 204) << reply.body.toStdString();
}

void RealtimeServerFixture::deleteAs(const QString& token, const QString& id) {
    const TestReply reply =
        m_client->send("DELETE", QStringLiteral("/rest/v1/campaigns?id=eq.") + id, {}, asUser(token));
    EXPECT_EQ(reply.status, 204) << reply.body.toStdString();
}

bool RealtimeServerFixture::isChangeOf(const PhoenixMessage& message, const QString& name) {
    if (message.event != realtime::events::kPostgresChanges) {
        return false;
    }
    const Result<realtime::PostgresChange> change = realtime::PostgresChange::fromPayload(message.payload);
    return change && change.value().row().value(QStringLiteral("name")).toString() == name;
}

} // namespace cc::sandbox::test
