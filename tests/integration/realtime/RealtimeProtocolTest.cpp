// The realtime client against a scripted Phoenix server: what it sends (URL, join payload, heartbeats,
// access_token, leave) and how it reacts to each kind of answer (token expired, refusals, stale replies,
// malformed frames, silence), on a manual clock.
#include "app/core/RandomSource.h"
#include "app/realtime/PhoenixEvents.h"
#include "app/realtime/RealtimeClient.h"
#include "tests/integration/realtime/ScriptedServer.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace cc::realtime::test {
namespace {

class RealtimeProtocolTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_server.listen());
        m_token = jwt(QStringLiteral("first"), 3600);
        m_client = std::make_unique<RealtimeClient>(m_server.projectUrl(), QStringLiteral("anon-key"),
                                                    m_clock, m_random);
        m_client->setTokenProvider([this] { return m_token; });
        m_client->setRefreshHook([this](RealtimeClient::RefreshDone done) {
            ++m_refreshes;
            m_token = jwt(QStringLiteral("refreshed%1").arg(m_refreshes), 3600);
            done(true);
        });
        m_client->addChannel(
            QStringLiteral("campaigns"),
            {ChangeBinding::fromJson({{QStringLiteral("event"), QStringLiteral("*")},
                                      {QStringLiteral("schema"), QStringLiteral("public")},
                                      {QStringLiteral("table"), QStringLiteral("campaigns")}})
                 .value()});
        QObject::connect(m_client.get(), &RealtimeClient::changeReceived,
                         [this](const PostgresChange& c) { m_changes.append(c); });
    }

    QString jwt(const QString& sub, qint64 lifetimeSeconds) const {
        const auto part = [](const QJsonObject& o) {
            return QString::fromLatin1(
                QJsonDocument(o)
                    .toJson(QJsonDocument::Compact)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        return part({{QStringLiteral("alg"), QStringLiteral("HS256")}}) + QLatin1Char('.') +
               part({{QStringLiteral("sub"), sub},
                     {QStringLiteral("exp"), m_clock.nowUtc().toSecsSinceEpoch() + lifetimeSeconds}}) +
               QStringLiteral(".sig");
    }

    void startLive() {
        m_client->start();
        ASSERT_TRUE(cc::test::waitUntil([this] { return m_client->state() == ConnectionState::Live; }))
            << connectionStateName(m_client->state()).toStdString();
    }

    void advance(qint64 ms) {
        m_clock.advance(ms);
        m_client->tick();
    }

    PhoenixMessage lastJoin() const { return m_server.receivedEvents(events::kPhxJoin).last(); }

    PhoenixMessage changeFor(const PhoenixMessage& join, const QString& id, const QString& updatedAt,
                             qint64 bindingId = 1001) const {
        return PhoenixMessage::postgresChanges(
            join.topic,
            {{QStringLiteral("ids"), QJsonArray{bindingId}},
             {QStringLiteral("data"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("UPDATE")},
                          {QStringLiteral("schema"), QStringLiteral("public")},
                          {QStringLiteral("table"), QStringLiteral("campaigns")},
                          {QStringLiteral("commit_timestamp"), updatedAt},
                          {QStringLiteral("columns"), QJsonArray{}},
                          {QStringLiteral("record"), QJsonObject{{QStringLiteral("id"), id},
                                                                 {QStringLiteral("updated_at"), updatedAt}}},
                          {QStringLiteral("old_record"), QJsonObject{{QStringLiteral("id"), id}}},
                          {QStringLiteral("errors"), QJsonValue()}}}});
    }

    cc::test::ManualClock m_clock;
    SeededRandom m_random{3};
    ScriptedServer m_server;
    std::unique_ptr<RealtimeClient> m_client;
    QString m_token;
    int m_refreshes = 0;
    QList<PostgresChange> m_changes;
};

TEST_F(RealtimeProtocolTest, ConnectsWithTheKeyAndVersionTwoAndJoinsWithTokenAndBindings) {
    startLive();
    const QUrlQuery query(m_server.lastRequestUrl);
    EXPECT_EQ(m_server.lastRequestUrl.path(), QStringLiteral("/realtime/v1/websocket"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("apikey")), QStringLiteral("anon-key"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("vsn")), QStringLiteral("2.0.0"));
    const PhoenixMessage join = lastJoin();
    EXPECT_EQ(join.topic, QStringLiteral("realtime:campaigns"));
    EXPECT_EQ(join.joinRef, join.ref);
    EXPECT_EQ(join.payload.value(QStringLiteral("access_token")).toString(), m_token);
    const QJsonArray bindings = join.payload.value(QStringLiteral("config"))
                                    .toObject()
                                    .value(QStringLiteral("postgres_changes"))
                                    .toArray();
    ASSERT_EQ(bindings.size(), 1);
    EXPECT_EQ(bindings[0].toObject().value(QStringLiteral("table")).toString(), QStringLiteral("campaigns"));
}

TEST_F(RealtimeProtocolTest, SocketUrlFollowsTheProjectScheme) {
    EXPECT_EQ(RealtimeClient::socketUrl(QUrl(QStringLiteral("https://ref.supabase.co")), QStringLiteral("k"))
                  .toString(),
              QStringLiteral("wss://ref.supabase.co/realtime/v1/websocket?apikey=k&vsn=2.0.0"));
    EXPECT_EQ(RealtimeClient::socketUrl(QUrl(QStringLiteral("http://127.0.0.1:54321/")), QStringLiteral("k"),
                                        ProtocolVersion::V1)
                  .toString(),
              QStringLiteral("ws://127.0.0.1:54321/realtime/v1/websocket?apikey=k&vsn=1.0.0"));
}

TEST_F(RealtimeProtocolTest, ChangesAreDeliveredOnceAndOlderVersionsNever) {
    startLive();
    const PhoenixMessage join = lastJoin();
    m_server.send(changeFor(join, QStringLiteral("a"), QStringLiteral("2026-01-01T12:00:01.000Z")));
    m_server.send(changeFor(join, QStringLiteral("a"), QStringLiteral("2026-01-01T12:00:01.000Z")));
    m_server.send(changeFor(join, QStringLiteral("a"), QStringLiteral("2026-01-01T12:00:00.500Z")));
    m_server.send(changeFor(join, QStringLiteral("a"), QStringLiteral("2026-01-01T12:00:02.000Z")));
    ASSERT_TRUE(cc::test::waitUntil([this] { return m_changes.size() >= 2; }));
    cc::test::waitUntil([] { return false; }, 100);
    EXPECT_EQ(m_changes.size(), 2);
}

TEST_F(RealtimeProtocolTest, AChangeForAnotherBindingIdIsNotDelivered) {
    startLive();
    m_server.send(
        changeFor(lastJoin(), QStringLiteral("a"), QStringLiteral("2026-01-01T12:00:01.000Z"), 777));
    m_server.send(changeFor(lastJoin(), QStringLiteral("b"), QStringLiteral("2026-01-01T12:00:01.000Z")));
    ASSERT_TRUE(cc::test::waitUntil([this] { return m_changes.size() >= 1; }));
    cc::test::waitUntil([] { return false; }, 100);
    ASSERT_EQ(m_changes.size(), 1);
    EXPECT_EQ(m_changes[0].record.value(QStringLiteral("id")).toString(), QStringLiteral("b"));
}

TEST_F(RealtimeProtocolTest, MalformedFramesAreIgnoredAndTheConnectionStays) {
    startLive();
    m_server.sendRaw(QStringLiteral("not json"));
    m_server.sendRaw(QStringLiteral("[1,2,3]"));
    m_server.sendRaw(QStringLiteral("[null,null,\"realtime:campaigns\",\"postgres_changes\",{\"data\":5}]"));
    m_server.sendRaw(QString(2 * 1024 * 1024, QLatin1Char('x')));
    m_server.send(changeFor(lastJoin(), QStringLiteral("ok"), QStringLiteral("2026-01-01T12:00:01.000Z")));
    ASSERT_TRUE(cc::test::waitUntil([this] { return m_changes.size() == 1; }));
    EXPECT_EQ(m_client->state(), ConnectionState::Live);
    EXPECT_EQ(m_server.connections, 1);
}

TEST_F(RealtimeProtocolTest, ATokenExpiredCloseIsRefreshedThenRejoinedWithTheNewToken) {
    startLive();
    const PhoenixMessage join = lastJoin();
    cc::test::SignalCounter resynced(m_client.get(), &RealtimeClient::resynced);
    m_server.send(PhoenixMessage::system(
        join.topic, join.joinRef,
        {{QStringLiteral("extension"), QStringLiteral("system")},
         {QStringLiteral("status"), QStringLiteral("error")},
         {QStringLiteral("message"), QStringLiteral("Token has expired 2 seconds ago")},
         {QStringLiteral("channel"), QStringLiteral("campaigns")}}));
    m_server.send(PhoenixMessage::close(join.topic, join.joinRef));
    ASSERT_TRUE(
        cc::test::waitUntil([this] { return m_server.receivedEvents(events::kPhxJoin).size() == 2; }));
    EXPECT_EQ(m_refreshes, 1);
    EXPECT_EQ(lastJoin().payload.value(QStringLiteral("access_token")).toString(), m_token);
    EXPECT_NE(lastJoin().joinRef, join.joinRef);
    ASSERT_TRUE(resynced.waitForCount(1));
    EXPECT_EQ(m_client->state(), ConnectionState::Live);
    EXPECT_EQ(m_server.connections, 1) << "the socket stays; only the channel rejoins";
}

TEST_F(RealtimeProtocolTest, RepliesForAnOlderJoinAreStale) {
    m_server.onMessage = [](const PhoenixMessage& m) { return m.event == events::kPhxJoin; }; // no answer
    m_client->start();
    ASSERT_TRUE(
        cc::test::waitUntil([this] { return m_server.receivedEvents(events::kPhxJoin).size() == 1; }));
    PhoenixMessage old = lastJoin();
    old.joinRef = QStringLiteral("999");
    old.ref = QStringLiteral("999");
    m_server.acceptJoin(old);
    cc::test::waitUntil([] { return false; }, 100);
    EXPECT_EQ(m_client->state(), ConnectionState::Joining);
    m_server.acceptJoin(lastJoin());
    EXPECT_TRUE(cc::test::waitUntil([this] { return m_client->state() == ConnectionState::Live; }));
}

TEST_F(RealtimeProtocolTest, ANewSessionTokenIsPushedToTheChannel) {
    startLive();
    m_token = jwt(QStringLiteral("second"), 3600);
    m_client->tokenChanged();
    ASSERT_TRUE(
        cc::test::waitUntil([this] { return !m_server.receivedEvents(events::kAccessToken).isEmpty(); }));
    const PhoenixMessage push = m_server.receivedEvents(events::kAccessToken).first();
    EXPECT_EQ(push.payload.value(QStringLiteral("access_token")).toString(), m_token);
    EXPECT_EQ(push.joinRef, lastJoin().joinRef);
    m_client->tokenChanged(); // the same token again: nothing to send
    cc::test::waitUntil([] { return false; }, 100);
    EXPECT_EQ(m_server.receivedEvents(events::kAccessToken).size(), 1);
}

TEST_F(RealtimeProtocolTest, ATokenNearExpiryIsRefreshedAndPushedBeforeItExpires) {
    m_token = jwt(QStringLiteral("short"), 300);
    startLive();
    advance(239'000);
    EXPECT_EQ(m_refreshes, 0);
    advance(1'000); // exp - 60 s
    ASSERT_TRUE(
        cc::test::waitUntil([this] { return !m_server.receivedEvents(events::kAccessToken).isEmpty(); }));
    EXPECT_EQ(m_refreshes, 1);
    EXPECT_EQ(
        m_server.receivedEvents(events::kAccessToken).first().payload.value(QStringLiteral("access_token")),
        m_token);
}

TEST_F(RealtimeProtocolTest, HeartbeatsGoOutEveryTwentyFiveSecondsOnTheClock) {
    startLive();
    advance(24'999);
    EXPECT_TRUE(m_server.receivedEvents(events::kHeartbeat).isEmpty());
    advance(1);
    ASSERT_TRUE(
        cc::test::waitUntil([this] { return m_server.receivedEvents(events::kHeartbeat).size() == 1; }));
    EXPECT_EQ(m_server.receivedEvents(events::kHeartbeat).first().topic, QStringLiteral("phoenix"));
    ASSERT_TRUE(cc::test::waitUntil([this] { return m_client->lastHeartbeatRoundTripMs().has_value(); }));
    advance(25'000);
    ASSERT_TRUE(
        cc::test::waitUntil([this] { return m_server.receivedEvents(events::kHeartbeat).size() == 2; }));
    EXPECT_EQ(m_client->state(), ConnectionState::Live);
}

TEST_F(RealtimeProtocolTest, AnUnansweredHeartbeatClosesAndReconnects) {
    startLive();
    m_server.onMessage = [](const PhoenixMessage& m) { return m.event == events::kHeartbeat; }; // silence
    advance(25'000);
    ASSERT_TRUE(
        cc::test::waitUntil([this] { return m_server.receivedEvents(events::kHeartbeat).size() == 1; }));
    advance(25'000);
    ASSERT_TRUE(cc::test::waitUntil([this] { return m_client->state() == ConnectionState::Reconnecting; }));
    m_server.onMessage = {};
    advance(2'000); // the first backoff is at most 1.2 s
    ASSERT_TRUE(cc::test::waitUntil([this] { return m_client->state() == ConnectionState::Live; }));
    EXPECT_EQ(m_server.connections, 2);
    EXPECT_EQ(m_server.receivedEvents(events::kPhxJoin).size(), 2);
}

TEST_F(RealtimeProtocolTest, AnUnexpectedCloseRejoinsAfterABackoff) {
    startLive();
    const PhoenixMessage join = lastJoin();
    m_server.send(PhoenixMessage::close(join.topic, join.joinRef));
    ASSERT_TRUE(cc::test::waitUntil([this] { return m_client->state() == ConnectionState::Reconnecting; }));
    EXPECT_EQ(m_server.receivedEvents(events::kPhxJoin).size(), 1);
    advance(1'300);
    ASSERT_TRUE(cc::test::waitUntil([this] { return m_client->state() == ConnectionState::Live; }));
    EXPECT_EQ(m_server.receivedEvents(events::kPhxJoin).size(), 2);
}

TEST_F(RealtimeProtocolTest, RefusedJoinsStopAfterThreeWithAReason) {
    m_server.onMessage = [this](const PhoenixMessage& m) {
        if (m.event != events::kPhxJoin) {
            return false;
        }
        m_server.refuseJoin(m, QStringLiteral("Unauthorized: You do not have permissions to read from this "
                                              "Channel topic: realtime:campaigns"));
        return true;
    };
    m_client->start();
    for (int i = 0; i < 50 && m_client->state() != ConnectionState::AuthFailed; ++i) {
        cc::test::waitUntil([this] { return m_client->state() == ConnectionState::AuthFailed; }, 50);
        advance(5'000);
    }
    ASSERT_EQ(m_client->state(), ConnectionState::AuthFailed);
    EXPECT_EQ(m_server.receivedEvents(events::kPhxJoin).size(), 3);
    EXPECT_EQ(m_client->lastError().kind, ErrorKind::Auth);
    EXPECT_TRUE(m_client->lastError().message.contains(QStringLiteral("Unauthorized")));
    advance(600'000);
    cc::test::waitUntil([] { return false; }, 100);
    EXPECT_EQ(m_server.receivedEvents(events::kPhxJoin).size(), 3);
}

TEST_F(RealtimeProtocolTest, TransientRefusalsKeepRetrying) {
    int refusals = 0;
    m_server.onMessage = [&](const PhoenixMessage& m) {
        if (m.event != events::kPhxJoin || refusals >= 4) {
            return false;
        }
        ++refusals;
        m_server.refuseJoin(m, QStringLiteral("ClientJoinRateLimitReached: Too many joins per second"));
        return true;
    };
    m_client->start();
    for (int i = 0; i < 100 && m_client->state() != ConnectionState::Live; ++i) {
        cc::test::waitUntil([this] { return m_client->state() == ConnectionState::Live; }, 20);
        advance(1'000);
    }
    EXPECT_EQ(m_client->state(), ConnectionState::Live);
    EXPECT_EQ(refusals, 4);
}

TEST_F(RealtimeProtocolTest, AnExpiredTokenIsNeverSentInAJoin) {
    m_token = jwt(QStringLiteral("stale"), -30);
    startLive();
    EXPECT_EQ(m_refreshes, 1);
    for (const PhoenixMessage& join : m_server.receivedEvents(events::kPhxJoin)) {
        EXPECT_EQ(join.payload.value(QStringLiteral("access_token")).toString(), m_token);
    }
}

TEST_F(RealtimeProtocolTest, StopLeavesTheChannelThenClosesTheSocket) {
    startLive();
    cc::test::SignalCounter stopped(m_client.get(), &RealtimeClient::stopped);
    m_client->stop();
    EXPECT_EQ(m_client->state(), ConnectionState::Disconnected);
    ASSERT_TRUE(stopped.waitForCount(1));
    ASSERT_EQ(m_server.receivedEvents(events::kPhxLeave).size(), 1);
    EXPECT_EQ(m_server.receivedEvents(events::kPhxLeave).first().joinRef, lastJoin().joinRef);
    EXPECT_TRUE(cc::test::waitUntil([this] { return !m_server.clientConnected(); }));
    advance(120'000);
    cc::test::waitUntil([] { return false; }, 100);
    EXPECT_EQ(m_server.connections, 1);
}

TEST_F(RealtimeProtocolTest, SignedOutMeansNoConnection) {
    m_token.clear();
    m_client->start();
    EXPECT_EQ(m_client->state(), ConnectionState::Disconnected);
    EXPECT_EQ(m_client->lastError().kind, ErrorKind::Auth);
    cc::test::waitUntil([] { return false; }, 100);
    EXPECT_EQ(m_server.connections, 0);
}

} // namespace
} // namespace cc::realtime::test
