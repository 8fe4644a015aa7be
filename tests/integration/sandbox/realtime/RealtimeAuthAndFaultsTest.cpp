#include "app/realtime/PostgresChange.h"
#include "app/sandbox/Jwt.h"
#include "tests/integration/sandbox/realtime/RealtimeServerFixture.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <QElapsedTimer>

namespace cc::sandbox::test {
namespace {

using realtime::PhoenixMessage;
using realtime::ProtocolVersion;
namespace events = realtime::events;

class RealtimeAuthTest : public RealtimeServerFixture {};

TEST_F(RealtimeAuthTest, WrongApiKeyIsRefusedAtTheHandshake) {
    auto client = socket(ProtocolVersion::V2, QStringLiteral("not-a-key"));
    EXPECT_FALSE(client->open());
}

TEST_F(RealtimeAuthTest, MissingApiKeyIsRefusedAtTheHandshake) {
    RealtimeTestSocket client(m_server->url(), QString(), ProtocolVersion::V2);
    EXPECT_FALSE(client.open());
}

TEST_F(RealtimeAuthTest, UnsupportedVsnIsRefusedAtTheHandshake) {
    QUrl url = m_server->url();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/realtime/v1/websocket"));
    url.setQuery(QStringLiteral("apikey=%1&vsn=3.0.0").arg(info().anonKey));
    QWebSocket raw;
    raw.open(url);
    EXPECT_FALSE(cc::test::waitUntil([&] { return raw.state() == QAbstractSocket::ConnectedState; }, 2000));
}

TEST_F(RealtimeAuthTest, ExpiredTokenIsAJoinErrorNamingTheExpiry) {
    const QString maria = accessToken(marketer(0));
    m_clock.advanceSeconds(3600 + 12);
    auto client = socket();
    ASSERT_TRUE(client->open());
    const std::optional<PhoenixMessage> reply =
        client->join(kTopic, QJsonArray{RealtimeTestSocket::binding(QStringLiteral("*"))}, maria);
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->replyStatus(), QStringLiteral("error"));
    EXPECT_EQ(reply->replyResponse().value(QStringLiteral("reason")).toString(),
              QStringLiteral("InvalidJWTToken: Token has expired 12 seconds ago"));
}

TEST_F(RealtimeAuthTest, ForgedTokenIsAJwtSignatureError) {
    const QString forged = Jwt::sign({{QStringLiteral("role"), QStringLiteral("admin")},
                                      {QStringLiteral("exp"), m_clock.nowUtc().toSecsSinceEpoch() + 60}},
                                     "some-other-secret-of-at-least-32-chars");
    auto client = socket();
    ASSERT_TRUE(client->open());
    const std::optional<PhoenixMessage> reply = client->join(kTopic, {}, forged);
    ASSERT_TRUE(reply.has_value());
    EXPECT_TRUE(reply->replyResponse()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .startsWith(QStringLiteral("JwtSignatureError")));
}

TEST_F(RealtimeAuthTest, TokenExpiringWhileJoinedClosesTheChannelWithASystemError) {
    const QString maria = accessToken(marketer(0));
    auto client = subscribed(maria, RealtimeTestSocket::binding(QStringLiteral("*")));
    m_clock.advanceSeconds(3600 + 3);
    const std::optional<PhoenixMessage> system = client->takeEvent(kTopic, QString(events::kSystem));
    ASSERT_TRUE(system.has_value());
    EXPECT_EQ(system->payload.value(QStringLiteral("extension")).toString(), QStringLiteral("system"));
    EXPECT_EQ(system->payload.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    EXPECT_EQ(system->payload.value(QStringLiteral("message")).toString(),
              QStringLiteral("Token has expired 3 seconds ago"));
    const std::optional<PhoenixMessage> close = client->takeEvent(kTopic, QString(events::kPhxClose));
    ASSERT_TRUE(close.has_value());
    EXPECT_EQ(close->joinRef, client->joinRefOf(kTopic));
    EXPECT_TRUE(client->isConnected()); // only the channel ends, not the socket
}

TEST_F(RealtimeAuthTest, AccessTokenUpdateKeepsTheChannelAliveAfterTheOldTokenExpires) {
    const QString first = accessToken(marketer(0));
    auto client = subscribed(first, RealtimeTestSocket::binding(QStringLiteral("*")));
    m_clock.advanceSeconds(1800);
    const QString second = accessToken(marketer(0));
    ASSERT_NE(first, second);
    client->send(PhoenixMessage::accessToken(kTopic, client->joinRefOf(kTopic), client->nextRef(), second));
    m_clock.advanceSeconds(1900); // the first token has expired, the second has not
    insertAs(second, QStringLiteral("Still live"));
    EXPECT_TRUE(
        client->take([](const PhoenixMessage& m) { return isChangeOf(m, QStringLiteral("Still live")); }));
    EXPECT_TRUE(client->none([](const PhoenixMessage& m) { return m.event == events::kPhxClose; }));
}

TEST_F(RealtimeAuthTest, InvalidAccessTokenUpdateClosesTheChannel) {
    auto client = subscribed(accessToken(marketer(0)), RealtimeTestSocket::binding(QStringLiteral("*")));
    client->send(PhoenixMessage::accessToken(kTopic, client->joinRefOf(kTopic), client->nextRef(),
                                             QStringLiteral("garbage")));
    const std::optional<PhoenixMessage> system = client->takeEvent(kTopic, QString(events::kSystem));
    ASSERT_TRUE(system.has_value());
    EXPECT_EQ(system->payload.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    EXPECT_TRUE(client->takeEvent(kTopic, QString(events::kPhxClose)).has_value());
}

class RealtimeFaultTest : public RealtimeServerFixture {};

TEST_F(RealtimeFaultTest, DropFaultDropsOpenSocketsAndRefusesNewOnes) {
    auto client = subscribed(accessToken(marketer(0)), RealtimeTestSocket::binding(QStringLiteral("*")));
    ASSERT_FALSE(m_server->configureFaults(
        {{QStringLiteral("realtime"), QJsonObject{{QStringLiteral("drop_rate"), 1}}}}));
    EXPECT_TRUE(client->waitForDisconnect());
    EXPECT_FALSE(socket()->open(2000));
    m_server->clearFaults();
    EXPECT_TRUE(socket()->open());
}

TEST_F(RealtimeFaultTest, ErrorFaultRefusesJoins) {
    ASSERT_FALSE(m_server->configureFaults(
        {{QStringLiteral("realtime"), QJsonObject{{QStringLiteral("status"), 503}}}}));
    auto client = socket();
    ASSERT_TRUE(client->open());
    const std::optional<PhoenixMessage> reply =
        client->join(kTopic, QJsonArray{RealtimeTestSocket::binding(QStringLiteral("*"))});
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->replyStatus(), QStringLiteral("error"));
    EXPECT_TRUE(reply->replyResponse()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .startsWith(QStringLiteral("UnableToConnectToProject")));
}

TEST_F(RealtimeFaultTest, LatencyFaultDelaysFramesInOrder) {
    auto client = socket();
    ASSERT_TRUE(client->open());
    ASSERT_FALSE(m_server->configureFaults(
        {{QStringLiteral("realtime"), QJsonObject{{QStringLiteral("latency_ms"), 300}}}}));
    QElapsedTimer timer;
    timer.start();
    client->send(PhoenixMessage::heartbeat(QStringLiteral("1")));
    client->send(PhoenixMessage::heartbeat(QStringLiteral("2")));
    ASSERT_TRUE(cc::test::waitUntil([&] { return client->inbox().size() == 2; }));
    EXPECT_GE(timer.elapsed(), 290);
    EXPECT_EQ(client->inbox().at(0).ref, QStringLiteral("1"));
    EXPECT_EQ(client->inbox().at(1).ref, QStringLiteral("2"));
}

TEST_F(RealtimeFaultTest, HealthReportsRealtimeAndItsOutage) {
    const auto realtimeCheck = [&] {
        for (const QJsonValue& check :
             m_client->get(QStringLiteral("/health")).object().value(QStringLiteral("checks")).toArray()) {
            if (check.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("realtime")) {
                return check.toObject();
            }
        }
        return QJsonObject();
    };
    EXPECT_TRUE(realtimeCheck().value(QStringLiteral("healthy")).toBool());
    ASSERT_FALSE(m_server->configureFaults(
        {{QStringLiteral("realtime"), QJsonObject{{QStringLiteral("drop_rate"), 1}}}}));
    const QJsonObject check = realtimeCheck();
    EXPECT_FALSE(check.value(QStringLiteral("healthy")).toBool(true));
    EXPECT_TRUE(check.value(QStringLiteral("error")).toString().contains(QStringLiteral("dropped")));
}

} // namespace
} // namespace cc::sandbox::test
