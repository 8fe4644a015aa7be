#include "app/auth/KeychainProbe.h"
#include "app/auth/RefreshSchedule.h"
#include "tests/integration/auth/AuthFixture.h"

namespace cc::test {
namespace {

using auth::Session;
using auth::TokenStore;

class SessionTest : public AuthFixture {};

ScriptedResponse jwtExpired() {
    return ScriptedResponse::json(401, R"({"code":"PGRST303","message":"JWT expired"})");
}

TEST_F(SessionTest, AdoptedSessionIsStoredUnderTheProfileKey) {
    signIn();
    ASSERT_TRUE(keychain.entries().contains(QStringLiteral("test/session")));
    EXPECT_TRUE(keychain.entries().value(QStringLiteral("test/session")).contains("refresh-old"));
    EXPECT_EQ(session->accessToken(), QStringLiteral("access-old"));
}

TEST_F(SessionTest, RefreshIsDueAtEightyPercentOfTheLifetimeOnTheInjectedClock) {
    server.setDefault(
        ScriptedResponse::json(200, sessionJson(QStringLiteral("access-new"), QStringLiteral("r2"))));
    const qint64 start = clock.monotonicMs();
    signIn(QStringLiteral("access-old"), QStringLiteral("refresh-old"), 3600);
    EXPECT_EQ(session->refreshDueAtMs(), start + 2'880'000);

    clock.advanceSeconds(2879);
    session->checkRefreshDue();
    EXPECT_EQ(session->refreshRequests(), 0);

    clock.advanceSeconds(1);
    SignalCounter refreshed(session.get(), &Session::refreshed);
    session->checkRefreshDue();
    ASSERT_TRUE(refreshed.waitForCount(1));
    EXPECT_EQ(requestsTo("/auth/v1/token?grant_type=refresh_token"), 1);
    EXPECT_EQ(session->accessToken(), QStringLiteral("access-new"));
    // The next refresh is scheduled from the new token's receipt.
    EXPECT_EQ(session->refreshDueAtMs(), clock.monotonicMs() + 2'880'000);
}

TEST_F(SessionTest, ShortLivedTokenIsRefreshedNinetySecondsBeforeExpiry) {
    const qint64 start = clock.monotonicMs();
    signIn(QStringLiteral("a"), QStringLiteral("r"), 300); // 80 % would be 240 s; 90 s before is 210 s
    EXPECT_EQ(session->refreshDueAtMs(), start + 210'000);
}

TEST_F(SessionTest, TenConcurrentExpiredJwtAnswersCauseExactlyOneRefresh) {
    server.setHandler([](const ReceivedRequest& r) {
        if (r.target.startsWith("/auth/v1/token")) {
            return ScriptedResponse::json(200,
                                          sessionJson(QStringLiteral("access-new"), QStringLiteral("r2")))
                .delay(150);
        }
        if (r.header("Authorization") == "Bearer access-new") {
            return ScriptedResponse::json(200, R"([{"id":1}])");
        }
        return jwtExpired();
    });
    signIn();
    session->attach(*api);

    QList<net::ApiResponse> results;
    for (int i = 0; i < 10; ++i) {
        net::ApiCall* call = api->get(server.url(QStringLiteral("/rest/v1/campaigns?i=%1").arg(i)));
        QObject::connect(call, &net::ApiCall::finished,
                         [&results](const net::ApiResponse& r) { results << r; });
    }
    ASSERT_TRUE(waitUntil([&] { return results.size() == 10; }, 10'000));
    for (const auto& r : results) {
        EXPECT_TRUE(r.ok()) << r.error.toString().toStdString();
    }
    EXPECT_EQ(requestsTo("/auth/v1/token"), 1);
    EXPECT_EQ(session->refreshRequests(), 1);
}

// Forwards to an in-memory store and reports each write as it is made, before anyone hears it completed.
class WatchedStore final : public auth::SecretStore {
public:
    void read(const QString& key, QObject* context, Callback done) override {
        m_inner.read(key, context, std::move(done));
    }
    void write(const QString& key, const QByteArray& secret, QObject* context, Callback done) override {
        if (onWrite) {
            onWrite(secret);
        }
        m_inner.write(key, secret, context, std::move(done));
    }
    void remove(const QString& key, QObject* context, Callback done) override {
        m_inner.remove(key, context, std::move(done));
    }
    std::function<void(const QByteArray&)> onWrite;

private:
    auth::MemorySecretStore m_inner;
};

TEST_F(SessionTest, RotatedRefreshTokenIsStoredBeforeTheNewAccessTokenIsUsed) {
    server.setDefault(
        ScriptedResponse::json(200, sessionJson(QStringLiteral("access-new"), QStringLiteral("r2"))));
    WatchedStore watched;
    TokenStore store(watched);
    Session watchedSession(profile, *authClient, store, clock);
    SignalCounter signedIn(&watchedSession, &Session::signedIn);
    watchedSession.adopt(tokens(QStringLiteral("access-old"), QStringLiteral("refresh-old")));
    ASSERT_TRUE(signedIn.waitForCount(1));

    QStringList tokenInUseAtWrite;
    watched.onWrite = [&](const QByteArray& secret) {
        if (secret.contains("r2")) {
            tokenInUseAtWrite << watchedSession.accessToken();
        }
    };
    bool done = false;
    watchedSession.refresh([&](bool ok) {
        EXPECT_TRUE(ok);
        // Everyone waiting hears of the refresh only once the new token is in use.
        EXPECT_EQ(watchedSession.accessToken(), QStringLiteral("access-new"));
        done = true;
    });
    ASSERT_TRUE(waitUntil([&] { return done; }));
    EXPECT_EQ(tokenInUseAtWrite, QStringList{QStringLiteral("access-old")});
}

TEST_F(SessionTest, RefreshTokenAlreadyUsedSignsTheUserOutWithAMessage) {
    server.setDefault(ScriptedResponse::json(
        400,
        R"({"code":400,"error_code":"refresh_token_already_used","msg":"Invalid Refresh Token: Already Used"})"));
    signIn();
    QString reason;
    QObject::connect(session.get(), &Session::signedOut, [&](const QString& r) { reason = r; });
    bool refreshed = true;
    session->refresh([&](bool ok) { refreshed = ok; });
    ASSERT_TRUE(waitUntil([&] { return !reason.isEmpty(); }));
    EXPECT_FALSE(refreshed);
    EXPECT_FALSE(session->isSignedIn());
    EXPECT_TRUE(session->accessToken().isEmpty());
    ASSERT_TRUE(waitUntil([&] { return !keychain.entries().contains(QStringLiteral("test/session")); }));
}

TEST_F(SessionTest, TransientRefreshFailureKeepsTheSession) {
    server.setDefault(ScriptedResponse::json(503, R"({"message":"unavailable"})"));
    signIn();
    bool finished = false;
    bool refreshed = true;
    session->refresh([&](bool ok) {
        refreshed = ok;
        finished = true;
    });
    ASSERT_TRUE(waitUntil([&] { return finished; }));
    EXPECT_FALSE(refreshed);
    EXPECT_TRUE(session->isSignedIn());
    EXPECT_EQ(requestsTo("/auth/v1/token"), 1); // one attempt: a rotated token is never re-sent blindly
}

TEST_F(SessionTest, RestoreReadsTheStoredSessionAndRefreshesAnExpiredOne) {
    server.setDefault(
        ScriptedResponse::json(200, sessionJson(QStringLiteral("access-new"), QStringLiteral("r2"))));
    auto stored = tokens(QStringLiteral("access-old"), QStringLiteral("refresh-old"), 3600);
    stored.receivedAtUtc = clock.nowUtc().addSecs(-4000);
    keychain.write(TokenStore::sessionKey(QStringLiteral("test")), stored.toSecret(), nullptr, {});
    SignalCounter refreshed(session.get(), &Session::refreshed);
    bool restored = false;
    QObject::connect(session.get(), &Session::restored, [&](bool ok) { restored = ok; });
    session->restore();
    ASSERT_TRUE(refreshed.waitForCount(1));
    EXPECT_TRUE(restored);
    EXPECT_EQ(session->tokens().email, QStringLiteral("ada@example.org"));
    EXPECT_EQ(session->accessToken(), QStringLiteral("access-new"));
}

TEST_F(SessionTest, RestoreWithNothingStoredIsSignedOutWithoutAProblem) {
    int problems = 0;
    QObject::connect(session.get(), &Session::problem, [&] { ++problems; });
    SignalCounter restored(session.get(), &Session::restored);
    session->restore();
    ASSERT_TRUE(restored.waitForCount(1));
    EXPECT_FALSE(session->isSignedIn());
    EXPECT_EQ(problems, 0);
}

TEST_F(SessionTest, SignOutRevokesOnTheServerAndDeletesTheEntry) {
    server.setDefault(ScriptedResponse::json(204, {}));
    signIn();
    SignalCounter finished(session.get(), &Session::signOutFinished);
    session->signOut();
    ASSERT_TRUE(finished.waitForCount(1));
    EXPECT_FALSE(keychain.entries().contains(QStringLiteral("test/session")));
    ASSERT_EQ(requestsTo("/auth/v1/logout"), 1);
    EXPECT_EQ(server.requests().last().header("Authorization"), QByteArray("Bearer access-old"));
}

TEST_F(SessionTest, WithoutAKeychainTheSessionLivesInMemoryAndSaysSo) {
    keychain.failWith(Error(ErrorKind::Auth, QStringLiteral("no keychain"), QStringLiteral("OtherError 7")));
    auth::KeychainProbe probe(keychain);
    bool usable = true;
    QObject::connect(&probe, &auth::KeychainProbe::finished, [&](bool ok, const Error& error) {
        usable = ok;
        if (!ok) {
            tokenStore->setMemoryOnly(error);
        }
    });
    probe.start();
    ASSERT_TRUE(waitUntil([&] { return tokenStore->isMemoryOnly(); }));
    EXPECT_FALSE(usable);
    signIn();
    EXPECT_TRUE(session->isSignedIn());
    EXPECT_TRUE(keychain.entries().isEmpty());
    EXPECT_TRUE(tokenStore->notice().contains(QStringLiteral("no keychain is available")));
}

} // namespace
} // namespace cc::test
