#include "app/auth/SecretStore.h"
#include "app/health/BackendHealthDocument.h"
#include "app/health/CacheHealthCheck.h"
#include "app/health/HttpHealthCheck.h"
#include "app/health/KeychainHealthCheck.h"
#include "app/health/MetricsWindow.h"
#include "app/health/RealtimeHealthCheck.h"
#include "app/health/TokenExpiryCheck.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace cc::health {
namespace {

// --- the backend's /health document ---------------------------------------------------------------------

TEST(BackendHealthDocument, AllChecksPassingIsHealthyWithSubChecks) {
    const QByteArray body = R"({"status":"healthy","checks":[
        {"name":"database","healthy":true,"latency_ms":0.4,"error":null},
        {"name":"rest","healthy":true,"latency_ms":1.2,"error":null}],"timestamp":"2026-03-01T09:00:00Z"})";
    const CheckResult result = BackendHealthDocument::interpret(200, body, 12);
    EXPECT_EQ(result.state, HealthState::Healthy);
    ASSERT_EQ(result.subChecks.size(), 2);
    EXPECT_EQ(result.subChecks[1].name, QStringLiteral("rest"));
    EXPECT_EQ(result.subChecks[1].latencyMs, 1);
    EXPECT_EQ(result.latencyMs, 12);
}

TEST(BackendHealthDocument, OneFailingSubCheckIsDegradedAndNamed) {
    const QByteArray body = R"({"status":"unhealthy","checks":[
        {"name":"database","healthy":true,"latency_ms":0.4,"error":null},
        {"name":"email","healthy":false,"latency_ms":0.1,"error":"fault injected: every request fails with HTTP 503"}]})";
    const CheckResult result = BackendHealthDocument::interpret(503, body, 8);
    EXPECT_EQ(result.state, HealthState::Degraded);
    EXPECT_EQ(result.subChecks[1].state, HealthState::Unhealthy);
    EXPECT_TRUE(result.error.contains(QStringLiteral("email: fault injected"))) << result.error.toStdString();
}

TEST(BackendHealthDocument, EveryPartFailingIsUnhealthy) {
    const QByteArray body =
        R"({"status":"unhealthy","checks":[{"name":"database","healthy":false,"error":"gone"}]})";
    EXPECT_EQ(BackendHealthDocument::interpret(503, body, 8).state, HealthState::Unhealthy);
}

TEST(BackendHealthDocument, GarbageIsUnhealthyAndSaysSo) {
    for (const QByteArray& body :
         {QByteArray("<html>502 Bad Gateway</html>"), QByteArray("{}"),
          QByteArray(R"({"status":"healthy","checks":{}})"),
          QByteArray(R"({"status":"healthy","checks":[{"healthy":true}]})"),
          QByteArray(R"({"status":"healthy","checks":[{"name":"x","healthy":"yes"}]})")}) {
        const CheckResult result = BackendHealthDocument::interpret(200, body, 5);
        EXPECT_EQ(result.state, HealthState::Unhealthy) << body.toStdString();
        EXPECT_FALSE(result.error.isEmpty());
        EXPECT_TRUE(result.isWellFormed());
    }
}

TEST(BackendHealthDocument, NoAnswerIsUnhealthy) {
    net::ApiResponse response;
    response.error = Error(ErrorKind::Network, QStringLiteral("Connection refused"));
    const CheckResult result = BackendHealthDocument::interpret(response);
    EXPECT_EQ(result.state, HealthState::Unhealthy);
    EXPECT_EQ(result.latencyMs, -1);
}

// --- HTTP checks -------------------------------------------------------------------------------------------

net::ApiResponse answer(int status, const QByteArray& body, qint64 elapsed) {
    net::ApiResponse response;
    response.httpStatus = status;
    response.body = body;
    response.elapsedMs = elapsed;
    if (status >= 400) {
        response.error = Error(ErrorKind::Http, QStringLiteral("Service unavailable"));
        response.error.httpStatus = status;
    }
    return response;
}

TEST(HttpHealthCheck, TwoHundredWithTheRightBodyIsHealthy) {
    const auto result =
        HttpHealthCheck::interpret(answer(200, "[]", 40), 2000, &HttpHealthCheck::expectJsonArray);
    EXPECT_EQ(result.state, HealthState::Healthy);
    EXPECT_EQ(result.latencyMs, 40);
}

TEST(HttpHealthCheck, SlowAnswerIsDegraded) {
    const auto result =
        HttpHealthCheck::interpret(answer(200, "[]", 2500), 2000, &HttpHealthCheck::expectJsonArray);
    EXPECT_EQ(result.state, HealthState::Degraded);
}

TEST(HttpHealthCheck, ErrorStatusIsUnhealthy) {
    const auto result =
        HttpHealthCheck::interpret(answer(503, "{}", 10), 2000, &HttpHealthCheck::expectJsonArray);
    EXPECT_EQ(result.state, HealthState::Unhealthy);
    EXPECT_EQ(result.summary, QStringLiteral("HTTP 503"));
}

TEST(HttpHealthCheck, GarbageBodyIsUnhealthy) {
    const auto result = HttpHealthCheck::interpret(answer(200, "<html>captive portal</html>", 10), 2000,
                                                   &HttpHealthCheck::expectGoTrueHealth);
    EXPECT_EQ(result.state, HealthState::Unhealthy);
    EXPECT_TRUE(result.error.contains(QStringLiteral("captive portal"))) << result.error.toStdString();
}

TEST(HttpHealthCheck, OpenBreakerRefusalIsUnhealthy) {
    net::ApiResponse response;
    response.error = Error(ErrorKind::CircuitOpen, QStringLiteral("The rest service is failing"));
    const auto result = HttpHealthCheck::interpret(response, 2000, {});
    EXPECT_EQ(result.state, HealthState::Unhealthy);
    EXPECT_TRUE(result.summary.contains(QStringLiteral("circuit breaker")));
}

TEST(HttpHealthCheck, Validators) {
    EXPECT_FALSE(HttpHealthCheck::expectGoTrueHealth(R"({"version":"v2","name":"GoTrue"})"));
    EXPECT_TRUE(HttpHealthCheck::expectGoTrueHealth(R"({"hello":1})"));
    EXPECT_FALSE(HttpHealthCheck::expectHealthyStatus(R"({"status":"healthy"})"));
    EXPECT_TRUE(HttpHealthCheck::expectHealthyStatus(R"({"status":"unhealthy"})"));
    EXPECT_TRUE(HttpHealthCheck::expectJsonArray(R"({})"));
}

// --- token expiry ------------------------------------------------------------------------------------------

TEST(TokenExpiryCheck, Rules) {
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    TokenExpiryCheck::TokenStatus status;
    EXPECT_EQ(TokenExpiryCheck::evaluate(status, now).state, HealthState::Unknown);
    status.signedIn = true;
    status.expiresAtUtc = now.addSecs(3600);
    status.refreshScheduled = true;
    EXPECT_EQ(TokenExpiryCheck::evaluate(status, now).state, HealthState::Healthy);
    status.expiresAtUtc = now.addSecs(120);
    EXPECT_EQ(TokenExpiryCheck::evaluate(status, now).state, HealthState::Healthy) << "a refresh is planned";
    status.refreshScheduled = false;
    EXPECT_EQ(TokenExpiryCheck::evaluate(status, now).state, HealthState::Degraded);
    status.expiresAtUtc = now.addSecs(-60);
    EXPECT_EQ(TokenExpiryCheck::evaluate(status, now).state, HealthState::Unhealthy);
    status.refreshing = true;
    EXPECT_EQ(TokenExpiryCheck::evaluate(status, now).state, HealthState::Degraded);
}

// --- realtime ----------------------------------------------------------------------------------------------

RealtimeStatus socketStatus(bool connected, const QString& state, std::optional<qint64> roundTripMs) {
    RealtimeStatus status;
    status.connected = connected;
    status.socketState = state;
    status.heartbeatRoundTripMs = roundTripMs;
    return status;
}

TEST(RealtimeHealthCheck, WithoutAProbeItIsUnknownNotConnected) {
    RealtimeHealthCheck check;
    std::optional<CheckResult> got;
    check.run([&](CheckResult result) { got = result; });
    ASSERT_TRUE(got);
    EXPECT_EQ(got->state, HealthState::Unknown);
    EXPECT_TRUE(got->summary.contains(QStringLiteral("realtime not connected")));
}

TEST(RealtimeHealthCheck, ProbeAnswersAreEvaluated) {
    RealtimeHealthCheck check(10'000, 1'000);
    RealtimeStatus status = socketStatus(true, QStringLiteral("open"), 42);
    check.setProbe([&](std::function<void(RealtimeStatus)> done) { done(status); });
    std::optional<CheckResult> got;
    check.run([&](CheckResult result) { got = result; });
    EXPECT_EQ(got->state, HealthState::Healthy);
    EXPECT_EQ(got->latencyMs, 42);
    EXPECT_EQ(RealtimeHealthCheck::evaluate(socketStatus(true, QStringLiteral("open"), 1500), 1000).state,
              HealthState::Degraded);
    RealtimeStatus unanswered = socketStatus(true, QStringLiteral("open"), std::nullopt);
    unanswered.heartbeatPending = true;
    EXPECT_EQ(RealtimeHealthCheck::evaluate(unanswered, 1000).state, HealthState::Degraded);
    EXPECT_EQ(RealtimeHealthCheck::evaluate(socketStatus(false, QStringLiteral("closed"), std::nullopt), 1000).state,
              HealthState::Unhealthy);
}

TEST(RealtimeHealthCheck, AConnectingSocketIsConnectingNotDownWithinTheJoinTimeout) {
    RealtimeStatus status = socketStatus(false, QStringLiteral("joining"), std::nullopt);
    status.connecting = true;
    status.connectingForMs = 10'000;
    const CheckResult result = RealtimeHealthCheck::evaluate(status, 2'000, 10'000);
    EXPECT_EQ(result.state, HealthState::Unknown) << "neither up nor down: no incident, no uptime lost";
    EXPECT_EQ(result.stateLabel, QStringLiteral("Connecting"));
}

TEST(RealtimeHealthCheck, ASocketStillConnectingAfterTheJoinTimeoutIsDown) {
    RealtimeStatus status = socketStatus(false, QStringLiteral("connecting"), std::nullopt);
    status.connecting = true;
    status.connectingForMs = 10'001;
    EXPECT_EQ(RealtimeHealthCheck::evaluate(status, 2'000, 10'000).state, HealthState::Unhealthy);
}

TEST(RealtimeHealthCheck, AnOpenSocketBeforeItsFirstHeartbeatIsHealthy) {
    const CheckResult result =
        RealtimeHealthCheck::evaluate(socketStatus(true, QStringLiteral("live"), std::nullopt), 2'000);
    EXPECT_EQ(result.state, HealthState::Healthy) << "its join was answered; no heartbeat is due yet";
}

TEST(RealtimeHealthCheck, SignedOutThereIsNoSocketToCheck) {
    RealtimeStatus status = socketStatus(false, QStringLiteral("disconnected"), std::nullopt);
    status.inUse = false;
    const CheckResult result = RealtimeHealthCheck::evaluate(status, 2'000);
    EXPECT_EQ(result.state, HealthState::Unknown);
    EXPECT_EQ(result.stateLabel, QStringLiteral("Signed out"));
}

TEST(RealtimeHealthCheck, ACancelledProbeAnswerIsDropped) {
    RealtimeHealthCheck check;
    std::function<void(RealtimeStatus)> pending;
    check.setProbe([&](std::function<void(RealtimeStatus)> done) { pending = std::move(done); });
    int answers = 0;
    check.run([&](CheckResult) { ++answers; });
    check.cancel();
    pending({true, QStringLiteral("open"), 5, {}});
    EXPECT_EQ(answers, 0);
}

// --- keychain ----------------------------------------------------------------------------------------------

// A secret store that fails writes the way libsecret does with a locked collection, or with no keychain.
class FailingStore final : public auth::SecretStore {
public:
    QString detail;
    int writes = 0;
    void read(const QString&, QObject*, Callback done) override { done({}); }
    void write(const QString&, const QByteArray&, QObject*, Callback done) override {
        ++writes;
        auth::SecretResult result;
        result.error = Error(ErrorKind::Auth, QStringLiteral("keychain problem"), detail);
        done(result);
    }
    void remove(const QString&, QObject*, Callback done) override { done({}); }
};

TEST(KeychainHealthCheck, LockedIsDegradedUnavailableIsUnhealthy) {
    cc::test::ManualClock clock;
    FailingStore store;
    store.detail = QStringLiteral("Cannot create an item in a locked collection");
    KeychainHealthCheck locked(store, clock, 0, 1000);
    std::optional<CheckResult> got;
    locked.run([&](CheckResult result) { got = result; });
    ASSERT_TRUE(got);
    EXPECT_EQ(got->state, HealthState::Degraded);
    store.detail = QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY");
    KeychainHealthCheck missing(store, clock, 0, 1000);
    missing.run([&](CheckResult result) { got = result; });
    EXPECT_EQ(got->state, HealthState::Unhealthy);
}

TEST(KeychainHealthCheck, ProbesAtMostEveryTenMinutes) {
    cc::test::ManualClock clock;
    FailingStore store;
    KeychainHealthCheck check(store, clock);
    int answers = 0;
    check.run([&](CheckResult) { ++answers; });
    clock.advance(9 * 60'000);
    check.run([&](CheckResult) { ++answers; });
    EXPECT_EQ(store.writes, 1);
    clock.advance(60'000);
    check.run([&](CheckResult) { ++answers; });
    EXPECT_EQ(store.writes, 2);
    EXPECT_EQ(answers, 3);
}

// --- local cache -------------------------------------------------------------------------------------------

TEST(CacheHealthCheck, IntactCacheWithRoomIsHealthy) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make-cache"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x INTEGER)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("make-cache"));
    const CheckResult result = CacheHealthCheck::inspect(path, {}, 50LL << 30);
    EXPECT_EQ(result.state, HealthState::Healthy) << result.error.toStdString();
    ASSERT_EQ(result.subChecks.size(), 2);
    EXPECT_EQ(result.subChecks[0].name, QStringLiteral("quick_check"));
}

TEST(CacheHealthCheck, DamagedFileIsUnhealthy) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const CheckResult result = CacheHealthCheck::inspect(path, {}, 50LL << 30);
    EXPECT_EQ(result.state, HealthState::Unhealthy);
    EXPECT_FALSE(result.error.isEmpty());
}

TEST(CacheHealthCheck, FreeDiskLimits) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.sqlite"));
    EXPECT_EQ(CacheHealthCheck::inspect(path, {}, 500LL << 20).state, HealthState::Degraded);
    EXPECT_EQ(CacheHealthCheck::inspect(path, {}, 100LL << 20).state, HealthState::Unhealthy);
    const CheckResult fine = CacheHealthCheck::inspect(path, {}, 5LL << 30);
    EXPECT_EQ(fine.state, HealthState::Healthy);
    EXPECT_TRUE(fine.summary.contains(QStringLiteral("No cache file yet"))) << fine.summary.toStdString();
}

TEST(CacheHealthCheck, RunsOffTheCallingThread) {
    QTemporaryDir dir;
    CacheHealthCheck check([&] { return dir.filePath(QStringLiteral("cache.sqlite")); });
    std::optional<CheckResult> got;
    check.run([&](CheckResult result) { got = result; });
    EXPECT_FALSE(got) << "the answer comes later, through the event loop";
    EXPECT_TRUE(cc::test::waitUntil([&] { return got.has_value(); }, 10000));
}

// --- the client's metrics over a window --------------------------------------------------------------------

TEST(MetricsWindow, ErrorRateIsOverTheWindowOnly) {
    MetricsWindow window(60'000);
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    net::ServiceMetricsSnapshot snapshot;
    snapshot.failures = 10;
    EXPECT_DOUBLE_EQ(window.update(snapshot, 0, now).errorRate, 1.0);
    snapshot.successes = 10;
    const ClientSignal mid = window.update(snapshot, 30'000, now);
    EXPECT_DOUBLE_EQ(mid.errorRate, 0.5);
    EXPECT_EQ(mid.windowCalls, 20u);
    snapshot.successes = 15;
    const ClientSignal late = window.update(snapshot, 90'000, now);
    EXPECT_DOUBLE_EQ(late.errorRate, 0.0) << "the failures are older than a minute";
    EXPECT_EQ(late.windowCalls, 5u);
}

TEST(MetricsWindow, OpenUntilBecomesWallTime) {
    MetricsWindow window;
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    net::ServiceMetricsSnapshot snapshot;
    snapshot.breakerState = net::CircuitBreaker::State::Open;
    snapshot.breakerOpenUntilMs = 1'030'000;
    const ClientSignal signal = window.update(snapshot, 1'000'000, now);
    EXPECT_EQ(signal.breakerOpenUntilUtc, now.addSecs(30));
}

TEST(MetricsWindow, ACounterResetStartsOver) {
    MetricsWindow window;
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    net::ServiceMetricsSnapshot snapshot;
    snapshot.successes = 100;
    window.update(snapshot, 0, now);
    snapshot.successes = 0;
    snapshot.failures = 2;
    EXPECT_DOUBLE_EQ(window.update(snapshot, 1000, now).errorRate, 1.0);
}

} // namespace
} // namespace cc::health
