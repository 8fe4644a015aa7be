// Faults on the wire: what the caller sees and how many attempts reach the server.
#include "tests/integration/net/ApiClientFixture.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cc::test {
namespace {

using net::ApiRequest;

class ApiClientRetry : public ApiClientFixture {};

TEST_F(ApiClientRetry, ASuccessfulGetIsDecodedAndCarriesTheServiceHeaders) {
    client->setTokenProvider([] { return QStringLiteral("user-token-abc"); });
    server.enqueue(ScriptedResponse::json(200, R"([{"id":1},{"id":2}])").header("Content-Range", "0-1/2"));
    const auto response = run(ApiRequest::get(rest(QStringLiteral("/campaigns?select=id"))));
    ASSERT_TRUE(response.ok()) << response.error.toString().toStdString();
    EXPECT_EQ(response.httpStatus, 200);
    EXPECT_EQ(response.json.toArray().size(), 2);
    EXPECT_EQ(response.contentRangeTotal(), 2);
    EXPECT_EQ(response.attempts, 1);
    ASSERT_EQ(server.requestCount(), 1);
    const ReceivedRequest& seen = server.requests().first();
    EXPECT_EQ(seen.target, QByteArray("/rest/v1/campaigns?select=id"));
    EXPECT_EQ(seen.header("apikey"), kApiKey.toUtf8());
    EXPECT_EQ(seen.header("Authorization"), QByteArray("Bearer user-token-abc"));
    EXPECT_EQ(seen.header("Accept"), QByteArray("application/json"));
    EXPECT_FALSE(seen.header("User-Agent").contains("Mozilla"));
}

TEST_F(ApiClientRetry, AnUnconfiguredOriginPathNeverReceivesTheCredentials) {
    client->setTokenProvider([] { return QStringLiteral("user-token-abc"); });
    const auto response = run(ApiRequest::get(server.url(QStringLiteral("/elsewhere"))));
    ASSERT_TRUE(response.ok());
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(server.requests().first().header("apikey").isEmpty());
    EXPECT_TRUE(server.requests().first().header("Authorization").isEmpty());
}

TEST_F(ApiClientRetry, ABurstOf503IsRiddenOutWithRetries) {
    server.enqueue(ScriptedResponse::json(503, R"({"message":"busy"})"), 2);
    server.enqueue(ScriptedResponse::json(200, R"({"ok":true})"));
    const auto response = run(ApiRequest::get(rest()));
    ASSERT_TRUE(response.ok()) << response.error.toString().toStdString();
    EXPECT_TRUE(response.json.toObject().value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(response.attempts, 3);
    EXPECT_EQ(server.requestCount(), 3);
    EXPECT_EQ(metrics().retries, 2u);
    EXPECT_EQ(metrics().attempts, 3u);
    EXPECT_EQ(metrics().successes, 1u);
}

TEST_F(ApiClientRetry, APersistent503FailsAfterThreeAttempts) {
    server.setDefault(ScriptedResponse::json(503, R"({"message":"down"})"));
    const auto response = run(ApiRequest::get(rest()));
    EXPECT_EQ(response.error.kind, ErrorKind::Http);
    EXPECT_EQ(response.error.httpStatus, 503);
    EXPECT_EQ(response.httpStatus, 503);
    EXPECT_FALSE(response.error.message.isEmpty());
    EXPECT_EQ(response.attempts, 3);
    EXPECT_EQ(server.requestCount(), 3);
}

TEST_F(ApiClientRetry, PostIsOnlyRetriedWithAnIdempotencyKey) {
    server.setDefault(ScriptedResponse::json(503, "{}"));
    const auto plain = run(ApiRequest::post(rest(), QJsonDocument(QJsonObject{{QStringLiteral("a"), 1}})));
    EXPECT_EQ(plain.error.httpStatus, 503);
    EXPECT_EQ(plain.attempts, 1);
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().body, QByteArray(R"({"a":1})"));
    EXPECT_EQ(server.requests().first().header("Content-Type"), QByteArray("application/json"));

    const auto keyed = run(ApiRequest::post(rest(), QJsonDocument(QJsonObject{{QStringLiteral("a"), 1}}))
                               .setIdempotencyKey(QStringLiteral("op-77")));
    EXPECT_EQ(keyed.attempts, 3);
    EXPECT_EQ(server.requestCount(), 4);
    EXPECT_EQ(server.requests().last().header("Idempotency-Key"), QByteArray("op-77"));
}

TEST_F(ApiClientRetry, A429RetryAfterIsHonouredAndSlowsTheWholeService) {
    server.enqueue(ScriptedResponse::json(429, R"({"message":"slow down"})").header("Retry-After", "1"));
    server.setDefault(ScriptedResponse::json(200, "{}"));
    net::ApiCall* first = client->send(ApiRequest::get(rest(QStringLiteral("/a"))));
    // A second call made right after the 429 must also wait for the Retry-After (the bucket is paused).
    std::optional<net::ApiResponse> second;
    QObject::connect(
        first, &net::ApiCall::retryScheduled, first, [&](int next, qint64 delayMs, const Error& cause) {
            EXPECT_EQ(next, 2);
            EXPECT_EQ(delayMs, 1'000);
            EXPECT_EQ(cause.httpStatus, 429);
            QObject::connect(client->send(ApiRequest::get(rest(QStringLiteral("/b")))),
                             &net::ApiCall::finished, [&](const net::ApiResponse& r) { second = r; });
        });
    const auto response = finish(first);
    ASSERT_TRUE(response.ok()) << response.error.toString().toStdString();
    EXPECT_EQ(response.attempts, 2);
    EXPECT_GE(response.elapsedMs, 1'000);
    ASSERT_TRUE(waitUntil([&] { return second.has_value(); }));
    EXPECT_TRUE(second->ok());
    ASSERT_EQ(server.requestCount(), 3);
    const qint64 throttledAt = server.requests().at(0).receivedAtMs;
    for (int i = 1; i < 3; ++i) {
        EXPECT_GE(server.requests().at(i).receivedAtMs - throttledAt, 950) << i;
    }
}

TEST_F(ApiClientRetry, ARetryAfterBeyondTheCapIsNotWaitedFor) {
    server.enqueue(ScriptedResponse::json(429, "{}").header("Retry-After", "120"));
    const auto response = run(ApiRequest::get(rest()));
    EXPECT_EQ(response.error.kind, ErrorKind::RateLimited);
    EXPECT_EQ(response.error.httpStatus, 429);
    EXPECT_EQ(response.attempts, 1);
    EXPECT_LT(response.elapsedMs, 1'000);
    EXPECT_TRUE(metrics().throttled);
}

TEST_F(ApiClientRetry, AResponseSlowerThanTheAttemptTimeoutIsRetriedThenFails) {
    server.setDefault(ScriptedResponse::json(200, "{}").delay(1'500));
    const auto response = run(ApiRequest::get(rest()).setAttemptTimeout(100).setMaxAttempts(2));
    EXPECT_EQ(response.error.kind, ErrorKind::Timeout);
    EXPECT_EQ(response.attempts, 2);
    EXPECT_TRUE(waitUntil([&] { return server.requestCount() == 2; }, 1'000));
    EXPECT_GE(response.elapsedMs, 200);
    EXPECT_LT(response.elapsedMs, 1'000);
}

TEST_F(ApiClientRetry, TheDeadlineCutsTheLastAttemptShort) {
    server.setDefault(ScriptedResponse::json(200, "{}").delay(2'000));
    const auto response = run(ApiRequest::get(rest()).setAttemptTimeout(300).setDeadline(450));
    EXPECT_EQ(response.error.kind, ErrorKind::Timeout);
    EXPECT_TRUE(response.error.detail.contains(QStringLiteral("deadline")))
        << response.error.detail.toStdString();
    EXPECT_EQ(response.attempts, 2);
    EXPECT_GE(response.elapsedMs, 440);
    EXPECT_LT(response.elapsedMs, 1'000);
}

TEST_F(ApiClientRetry, AConnectionClosedMidBodyIsRetried) {
    server.enqueue(ScriptedResponse::json(200, QByteArray(1000, 'x')).closeMidBody(100), 2);
    server.enqueue(ScriptedResponse::json(200, R"({"complete":true})"));
    const auto response = run(ApiRequest::get(rest()));
    ASSERT_TRUE(response.ok()) << response.error.toString().toStdString();
    EXPECT_TRUE(response.json.toObject().value(QStringLiteral("complete")).toBool());
    EXPECT_EQ(response.attempts, 3);
    EXPECT_EQ(server.requestCount(), 3);
}

TEST_F(ApiClientRetry, AConnectionAlwaysClosedMidBodyEndsAsANetworkError) {
    server.setDefault(ScriptedResponse::json(200, QByteArray(1000, 'x')).closeMidBody(100));
    const auto response = run(ApiRequest::get(rest()));
    EXPECT_EQ(response.error.kind, ErrorKind::Network);
    EXPECT_EQ(response.error.httpStatus, 0);
    EXPECT_EQ(response.attempts, 3);
    EXPECT_EQ(server.requestCount(), 3);
}

TEST_F(ApiClientRetry, MalformedJsonIsADecodeErrorAndIsNotRetried) {
    server.setDefault(ScriptedResponse::json(200, R"({"campaigns": [1, 2)"));
    const auto response = run(ApiRequest::get(rest()));
    EXPECT_EQ(response.error.kind, ErrorKind::Decode);
    EXPECT_TRUE(response.error.detail.contains(QStringLiteral("offset")))
        << response.error.detail.toStdString();
    EXPECT_EQ(response.body, QByteArray(R"({"campaigns": [1, 2)"));
    EXPECT_EQ(response.attempts, 1);
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_EQ(metrics().breakerState, net::CircuitBreaker::State::Closed);
}

TEST_F(ApiClientRetry, ATwentyMegabyteBodyIsDecodedOffTheGuiThread) {
    QByteArray big = "[";
    const QByteArray row =
        R"({"id":123456,"title":"a campaign with a reasonably long title","status":"active"},)";
    const int rows = static_cast<int>((20 * 1024 * 1024) / row.size()) + 1;
    big.reserve(rows * row.size() + 16);
    for (int i = 0; i < rows; ++i) {
        big += row;
    }
    big.chop(1);
    big += ']';
    ASSERT_GE(big.size(), 20 * 1024 * 1024);
    server.setDefault(ScriptedResponse::json(200, big));

    const auto response = run(ApiRequest::get(rest()), 30'000);
    ASSERT_TRUE(response.ok()) << response.error.toString().toStdString();
    EXPECT_EQ(response.json.toArray().size(), rows);
    EXPECT_EQ(response.attempts, 1);
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_EQ(metrics().offThreadDecodes, 1u); // above 256 KB: QtConcurrent, not the GUI thread
}

TEST_F(ApiClientRetry, AScalarRpcResultIsDecoded) {
    server.setDefault(ScriptedResponse::json(200, "3"));
    const auto response = run(ApiRequest::post(rest(QStringLiteral("/rpc/add_them")),
                                               QJsonDocument(QJsonObject{{QStringLiteral("a"), 1}})));
    ASSERT_TRUE(response.ok()) << response.error.toString().toStdString();
    EXPECT_EQ(response.json.toInt(), 3);
}

TEST_F(ApiClientRetry, ThePostgrestErrorBodyBecomesTheError) {
    server.setDefault(ScriptedResponse::json(
        409,
        R"({"code":"23505","message":"duplicate key value violates unique constraint \"campaigns_pkey\"",)"
        R"("details":"Key (id)=(1) already exists.","hint":null})"));
    const auto response =
        run(ApiRequest::post(rest(), QJsonDocument(QJsonObject{{QStringLiteral("id"), 1}})));
    EXPECT_EQ(response.error.kind, ErrorKind::Http);
    EXPECT_EQ(response.error.httpStatus, 409);
    EXPECT_EQ(response.error.code, QStringLiteral("23505"));
    EXPECT_FALSE(response.error.message.isEmpty());
    EXPECT_FALSE(response.error.message.contains(QStringLiteral("campaigns_pkey"))); // people get a sentence
    EXPECT_TRUE(response.error.detail.contains(QStringLiteral("duplicate key value")));
    EXPECT_TRUE(response.error.detail.contains(QStringLiteral("already exists")));
    EXPECT_EQ(response.attempts, 1);
    // A 409 means the service works: it does not count against the breaker.
    EXPECT_EQ(metrics().breakerState, net::CircuitBreaker::State::Closed);
}

TEST_F(ApiClientRetry, MetricsReportLatencyPercentilesAndTheLastError) {
    for (int i = 0; i < 5; ++i) {
        ASSERT_TRUE(run(ApiRequest::get(rest())).ok());
    }
    server.enqueue(ScriptedResponse::json(404, R"({"code":"PGRST205","message":"no such table"})"));
    EXPECT_EQ(run(ApiRequest::get(rest())).error.httpStatus, 404);
    const auto m = metrics();
    EXPECT_EQ(m.requests, 6u);
    EXPECT_EQ(m.successes, 5u);
    EXPECT_EQ(m.failures, 1u);
    EXPECT_EQ(m.failuresByKind.at(ErrorKind::Http), 1u);
    EXPECT_EQ(m.latencySamples, 6);
    EXPECT_LE(m.latencyP50Ms, m.latencyP95Ms);
    EXPECT_LE(m.latencyP95Ms, m.latencyP99Ms);
    ASSERT_TRUE(m.lastError.has_value());
    EXPECT_EQ(m.lastError->code, QStringLiteral("PGRST205"));
    EXPECT_EQ(m.inFlight, 0u);
}

} // namespace
} // namespace cc::test
