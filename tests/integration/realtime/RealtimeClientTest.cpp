#include "tests/integration/realtime/RealtimeFixture.h"

namespace cc::realtime::test {
namespace {

using Type = PostgresChange::Type;

class RealtimeClientTest : public RealtimeFixture {};

TEST_F(RealtimeClientTest, EventsArriveAfterRestWritesFromAnotherClient) {
    startAndWaitLive();
    const data::Campaign created = create(QStringLiteral("Live one"));
    ASSERT_TRUE(cc::test::waitUntil([this] { return m_received.size() >= 1; }));
    const data::Campaign updated = update(created, {{QStringLiteral("status"), QStringLiteral("active")}});
    ASSERT_TRUE(cc::test::waitUntil([this] { return m_received.size() >= 2; }));
    remove(created.id);
    ASSERT_TRUE(cc::test::waitUntil([this] { return m_received.size() >= 3; }));

    EXPECT_EQ(m_received[0].type, Type::Insert);
    EXPECT_EQ(m_received[0].record.value(QStringLiteral("id")).toString(), created.id);
    EXPECT_EQ(m_received[1].type, Type::Update);
    EXPECT_EQ(m_received[1].record.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_EQ(m_received[1].record.value(QStringLiteral("updated_at")).toString(), updated.updatedAt);
    EXPECT_EQ(m_received[2].type, Type::Delete);
    EXPECT_EQ(m_received[2].oldRecord.value(QStringLiteral("id")).toString(), created.id);
    EXPECT_EQ(m_client->connectionCount(), 1);
}

TEST_F(RealtimeClientTest, ResyncedFollowsTheFirstJoin) {
    startAndWaitLive();
    EXPECT_EQ(m_resyncs, 1);
    EXPECT_TRUE(m_received.isEmpty()) << "the first join with an empty cache reports no old rows as changes";
    EXPECT_FALSE(m_client->highWater().isEmpty()) << "the server's newest updated_at is the starting point";
}

TEST_F(RealtimeClientTest, ADroppedSocketReconnectsRejoinsAndRecoversWhatItMissedOnce) {
    startAndWaitLive();
    const data::Campaign before = create(QStringLiteral("Before the drop"));
    ASSERT_TRUE(cc::test::waitUntil([this] { return m_received.size() >= 1; }));

    m_proxy->setRefusing(true);
    m_proxy->dropAll();
    ASSERT_TRUE(cc::test::waitUntil([this] { return m_client->state() == ConnectionState::Reconnecting; }));

    // Changes made while the client is away: new rows and changes to existing ones.
    QList<data::Campaign> missed;
    for (int i = 0; i < 3; ++i) {
        missed.append(create(QStringLiteral("Made while away %1").arg(i)));
    }
    missed.append(update(before, {{QStringLiteral("budget"), 1234.5}}));
    // A reconnect attempt while the network is still gone fails and backs off.
    advance(2'000);
    ASSERT_TRUE(cc::test::waitUntil([this] { return m_client->state() == ConnectionState::Reconnecting; }));
    missed.append(create(QStringLiteral("Made while still away")));

    m_proxy->setRefusing(false);
    const int resyncsBefore = m_resyncs;
    ASSERT_TRUE(advanceUntil([&] { return m_resyncs > resyncsBefore; }));
    EXPECT_EQ(m_client->state(), ConnectionState::Live);
    EXPECT_GE(m_client->connectionCount(), 2);

    // And live again afterwards.
    const data::Campaign after = create(QStringLiteral("After the reconnect"));
    ASSERT_TRUE(cc::test::waitUntil([&] { return receivedKeys().contains(keyOf(after)); }));

    const QHash<QString, int> keys = receivedKeys();
    for (const data::Campaign& row : missed) {
        EXPECT_EQ(keys.value(keyOf(row)), 1) << "missed or duplicated: " << keyOf(row).toStdString();
    }
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        EXPECT_EQ(it.value(), 1) << "delivered twice: " << it.key().toStdString();
    }
    EXPECT_EQ(keys.value(keyOf(before)), 1);
}

TEST_F(RealtimeClientTest, ASilentConnectionIsDetectedByHeartbeatsAndReplaced) {
    startAndWaitLive();
    m_proxy->setFrozen(true);
    advance(HeartbeatMonitor::kIntervalMs); // heartbeat sent, swallowed
    advance(HeartbeatMonitor::kIntervalMs); // still unanswered: the socket is dead
    ASSERT_TRUE(cc::test::waitUntil([this] { return m_client->state() == ConnectionState::Reconnecting; }));
    m_proxy->setFrozen(false);
    m_proxy->dropAll();
    ASSERT_TRUE(advanceUntil([this] { return m_client->state() == ConnectionState::Live; }));
    EXPECT_EQ(m_client->connectionCount(), 2);
}

TEST_F(RealtimeClientTest, HeartbeatsAreAnsweredOnAHealthyConnection) {
    startAndWaitLive();
    for (int i = 0; i < 4; ++i) {
        advance(HeartbeatMonitor::kIntervalMs);
        // Each heartbeat's own reply (the clock stands still until it is in).
        ASSERT_TRUE(cc::test::waitUntil([this] {
            return m_client->lastHeartbeatRoundTripMs().has_value() && !m_client->isHeartbeatPending();
        }));
    }
    EXPECT_EQ(m_client->state(), ConnectionState::Live);
    EXPECT_EQ(m_client->connectionCount(), 1);
}

TEST_F(RealtimeClientTest, SignOutLeavesEveryChannelAndClosesTheSocket) {
    startAndWaitLive();
    cc::test::SignalCounter stopped(m_client.get(), &RealtimeClient::stopped);
    m_client->stop();
    EXPECT_EQ(m_client->state(), ConnectionState::Disconnected);
    ASSERT_TRUE(stopped.waitForCount(1, 5'000));
    EXPECT_TRUE(cc::test::waitUntil([this] { return m_proxy->open() == 0; }));
    // Nothing more arrives, and nothing tries to reconnect.
    create(QStringLiteral("After sign-out"));
    advance(120'000);
    cc::test::waitUntil([] { return false; }, 200);
    EXPECT_TRUE(m_received.isEmpty());
    EXPECT_EQ(m_client->connectionCount(), 1);
    EXPECT_EQ(m_proxy->accepted(), 1);
}

TEST_F(RealtimeClientTest, ARefusedTokenStopsAfterThreeAttemptsWithAReason) {
    // A well-formed JWT that the server did not sign: refused, and a "refresh" gives the same one back.
    const QStringList parts = m_token.split(QLatin1Char('.'));
    m_token = parts[0] + QLatin1Char('.') + parts[1] + QStringLiteral(".AAAAinvalidsignatureAAAA");
    m_client->setRefreshHook([this](RealtimeClient::RefreshDone done) {
        ++m_refreshes;
        done(true);
    });
    m_client->start();
    ASSERT_TRUE(advanceUntil([this] { return m_client->state() == ConnectionState::AuthFailed; }));
    EXPECT_EQ(m_client->lastError().kind, ErrorKind::Auth);
    EXPECT_TRUE(m_client->lastError().message.contains(QStringLiteral("3 times")))
        << m_client->lastError().message.toStdString();
    EXPECT_EQ(m_refreshes, 2) << "two refresh-and-rejoin rounds, then the third refusal ends it";
    const int connections = m_client->connectionCount();
    advance(600'000);
    cc::test::waitUntil([] { return false; }, 200);
    EXPECT_EQ(m_client->connectionCount(), connections) << "no more attempts after giving up";
    EXPECT_EQ(m_client->state(), ConnectionState::AuthFailed);
}

TEST_F(RealtimeClientTest, StartAfterAuthFailureTriesAgain) {
    const QString good = m_token;
    const QStringList parts = m_token.split(QLatin1Char('.'));
    m_token = parts[0] + QLatin1Char('.') + parts[1] + QStringLiteral(".AAAAinvalidsignatureAAAA");
    m_refreshAllowed = false;
    m_client->start();
    ASSERT_TRUE(advanceUntil([this] { return m_client->state() == ConnectionState::AuthFailed; }));
    m_token = good; // the user signed in again
    startAndWaitLive();
}

class ShortTokenTest : public RealtimeFixture {
protected:
    int tokenLifetimeSeconds() const override { return 120; }
};

TEST_F(ShortTokenTest, ATokenAboutToExpireIsRefreshedAndPushedAndTheChannelGoesOn) {
    startAndWaitLive();
    const QString first = m_token;
    // One minute before expiry the client asks for a new token and pushes it to the channel.
    ASSERT_TRUE(advanceUntil([&] { return m_token != first; }, 5'000, 120'000));
    EXPECT_EQ(m_refreshes, 1);
    // Well past the first token's expiry: still the same socket and channel, still receiving.
    advance(120'000);
    renewWriter();
    const data::Campaign row = create(QStringLiteral("After the old token expired"));
    ASSERT_TRUE(cc::test::waitUntil([&] { return receivedKeys().contains(keyOf(row)); }))
        << connectionStateName(m_client->state()).toStdString();
    EXPECT_EQ(m_client->connectionCount(), 1);
    EXPECT_EQ(m_client->state(), ConnectionState::Live);
}

TEST_F(ShortTokenTest, AnExpiredTokenIsRefreshedBeforeReconnecting) {
    startAndWaitLive();
    m_refreshAllowed = false; // the session cannot refresh while "asleep"
    m_proxy->setRefusing(true);
    m_proxy->dropAll();
    ASSERT_TRUE(cc::test::waitUntil([this] { return m_client->state() == ConnectionState::Reconnecting; }));
    m_clock.advance(600'000); // the machine slept: the token has long expired
    m_refreshAllowed = true;
    m_proxy->setRefusing(false);
    const QString stale = m_token;
    const int refreshesBefore = m_refreshes;
    ASSERT_TRUE(advanceUntil([this] { return m_client->state() == ConnectionState::Live; }));
    EXPECT_NE(m_token, stale);
    EXPECT_GT(m_refreshes, refreshesBefore);
}

} // namespace
} // namespace cc::realtime::test
