// Breaker, limiter, session hook, cancellation and the security rules, end to end over loopback.
#include "tests/integration/net/ApiClientFixture.h"

#include "app/core/LogCategories.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace cc::test {
namespace {

using net::ApiRequest;
using State = net::CircuitBreaker::State;

class ApiClientPolicy : public ApiClientFixture {};

const QByteArray kJwtExpired = R"({"code":"PGRST303","message":"JWT expired","details":null,"hint":null})";

TEST_F(ApiClientPolicy, FiveFailuresOpenTheBreakerAndTheNextCallFailsFastWithoutReachingTheServer) {
    QList<State> states;
    QObject::connect(client.get(), &net::ApiClient::breakerStateChanged,
                     [&](const QString& service, State, State to, const QString& reason) {
                         EXPECT_EQ(service, QStringLiteral("rest"));
                         EXPECT_FALSE(reason.isEmpty());
                         states << to;
                     });
    server.setDefault(ScriptedResponse::json(503, "{}"));
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(run(ApiRequest::get(rest()).setMaxAttempts(1)).error.httpStatus, 503);
    }
    EXPECT_EQ(server.requestCount(), 5);
    const auto refused = run(ApiRequest::get(rest()));
    EXPECT_EQ(refused.error.kind, ErrorKind::CircuitOpen);
    EXPECT_EQ(refused.attempts, 0);
    EXPECT_TRUE(refused.error.message.contains(QStringLiteral("30 second")))
        << refused.error.message.toStdString();
    EXPECT_EQ(server.requestCount(), 5);
    EXPECT_EQ(states, QList<State>{State::Open});
    const auto m = metrics();
    EXPECT_EQ(m.breakerState, State::Open);
    EXPECT_GT(m.breakerOpenUntilMs, 0);
    EXPECT_EQ(m.breakerHistory.size(), 1);
    EXPECT_EQ(m.failuresByKind.at(ErrorKind::CircuitOpen), 1u);
}

TEST_F(ApiClientPolicy, AfterTheBreakOneProbeClosesTheBreaker) {
    auto config = fastConfig();
    config.breaker.breakMs = 150;
    configure(config);
    server.enqueue(ScriptedResponse::json(503, "{}"), 5);
    for (int i = 0; i < 5; ++i) {
        run(ApiRequest::get(rest()).setMaxAttempts(1));
    }
    ASSERT_EQ(metrics().breakerState, State::Open);
    // The service's timer reports half-open at the end of the break, without any call.
    EXPECT_TRUE(waitUntil([&] { return metrics().breakerState == State::HalfOpen; }, 2'000));
    EXPECT_TRUE(run(ApiRequest::get(rest())).ok());
    EXPECT_EQ(metrics().breakerState, State::Closed);
}

TEST_F(ApiClientPolicy, ADestroyedProbeReleasesItsPermit) {
    auto config = fastConfig();
    config.breaker.breakMs = 100;
    configure(config);
    server.enqueue(ScriptedResponse::json(503, "{}"), 5);
    for (int i = 0; i < 5; ++i) {
        run(ApiRequest::get(rest()).setMaxAttempts(1));
    }
    ASSERT_TRUE(waitUntil([&] { return metrics().breakerState == State::HalfOpen; }, 2'000));
    server.enqueue(ScriptedResponse::json(200, "{}").delay(5'000));
    net::ApiCall* probe = client->send(ApiRequest::get(rest()));
    ASSERT_TRUE(waitUntil([&] { return server.requestCount() == 6; }));
    // While the probe is out, everyone else is refused.
    EXPECT_EQ(run(ApiRequest::get(rest())).error.kind, ErrorKind::CircuitOpen);
    delete probe; // e.g. the view that asked was closed
    const auto next = run(ApiRequest::get(rest()));
    EXPECT_TRUE(next.ok()) << next.error.toString().toStdString();
    EXPECT_EQ(metrics().breakerState, State::Closed);
}

TEST_F(ApiClientPolicy, FourHundredsDoNotTripTheBreaker) {
    server.setDefault(ScriptedResponse::json(404, R"({"code":"PGRST205","message":"not found"})"));
    for (int i = 0; i < 8; ++i) {
        EXPECT_EQ(run(ApiRequest::get(rest())).error.httpStatus, 404);
    }
    EXPECT_EQ(metrics().breakerState, State::Closed);
    EXPECT_EQ(server.requestCount(), 8);
}

TEST_F(ApiClientPolicy, TheRetryBudgetStopsRetriesDuringAnOutage) {
    auto config = fastConfig();
    config.breaker.consecutiveFailures = 1000; // keep the breaker out of it
    config.breaker.minimumCalls = 1000;
    configure(config);
    server.setDefault(ScriptedResponse::json(503, "{}"));
    // Budget 10: the first call's 3 failures leave 7; the second's first failure leaves 6 and its retry
    // another 5 (retries stop at <= 5): from then on every call makes exactly one attempt.
    EXPECT_EQ(run(ApiRequest::get(rest())).attempts, 3);
    EXPECT_EQ(run(ApiRequest::get(rest())).attempts, 2);
    EXPECT_EQ(run(ApiRequest::get(rest())).attempts, 1);
    EXPECT_EQ(run(ApiRequest::get(rest())).attempts, 1);
    EXPECT_EQ(server.requestCount(), 7);
    EXPECT_GE(metrics().retriesDeniedByBudget, 3u);
}

TEST_F(ApiClientPolicy, BeyondTheQueueBoundTheLimiterRefusesAtOnce) {
    auto config = fastConfig();
    config.rateLimit = {.ratePerSecond = 1, .burst = 1, .maxQueue = 1, .defaultThrottleMs = 100};
    configure(config);
    const Recorded first = record(client->send(ApiRequest::get(rest())));
    QPointer<net::ApiCall> queued = client->send(ApiRequest::get(rest()));
    const auto refused = run(ApiRequest::get(rest()));
    EXPECT_EQ(refused.error.kind, ErrorKind::RateLimited);
    EXPECT_EQ(refused.error.httpStatus, 0);
    EXPECT_EQ(refused.attempts, 0);
    EXPECT_TRUE(await(first).ok());
    ASSERT_FALSE(queued.isNull()) << "the second call waits a whole second for its token";
    EXPECT_EQ(metrics().queued, 1);
    queued->cancel();
    EXPECT_EQ(metrics().queued, 0);
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(ApiClientPolicy, BulkRequestsHaveABudgetOfTheirOwn) {
    auto config = fastConfig();
    config.rateLimit = {.ratePerSecond = 1, .burst = 1, .maxQueue = 10, .defaultThrottleMs = 100};
    config.bulkRateLimit = {.ratePerSecond = 1'000, .burst = 5, .maxQueue = 10, .defaultThrottleMs = 100};
    configure(config);
    EXPECT_TRUE(run(ApiRequest::get(rest())).ok());
    QPointer<net::ApiCall> interactive = client->send(ApiRequest::get(rest()));
    // The interactive budget is spent (the call above waits a second for its token); bulk ones go at once.
    for (int i = 0; i < 5; ++i) {
        const auto bulk = run(ApiRequest::get(rest()).setBulk());
        EXPECT_TRUE(bulk.ok()) << i;
        EXPECT_LT(bulk.elapsedMs, 500) << i;
    }
    ASSERT_FALSE(interactive.isNull());
    EXPECT_EQ(metrics().queued, 1) << "the interactive call still waits for its own token";
    interactive->cancel();
}

TEST_F(ApiClientPolicy, A429PausesBulkRequestsToo) {
    auto config = fastConfig();
    config.retry.maxAttempts = 1;
    configure(config);
    server.enqueue(ScriptedResponse::json(429, R"({"message":"slow down"})").header("Retry-After", "1"));
    server.setDefault(ScriptedResponse::json(200, "{}"));
    EXPECT_EQ(run(ApiRequest::get(rest())).error.httpStatus, 429);
    const auto bulk = run(ApiRequest::get(rest()).setBulk());
    EXPECT_TRUE(bulk.ok());
    ASSERT_EQ(server.requestCount(), 2);
    EXPECT_GE(server.requests().at(1).receivedAtMs - server.requests().at(0).receivedAtMs, 950);
}

TEST_F(ApiClientPolicy, CancelAbortsTheAttemptAndReportsCancelled) {
    server.setDefault(ScriptedResponse::json(200, "{}").delay(5'000));
    net::ApiCall* call = client->send(ApiRequest::get(rest()));
    ASSERT_TRUE(waitUntil([&] { return server.requestCount() == 1; }));
    QTimer::singleShot(0, call, &net::ApiCall::cancel);
    const auto response = finish(call);
    EXPECT_EQ(response.error.kind, ErrorKind::Cancelled);
    EXPECT_LT(response.elapsedMs, 2'000);
    EXPECT_EQ(metrics().breakerState, State::Closed);
    EXPECT_EQ(metrics().inFlight, 0u);
    EXPECT_EQ(metrics().cancelled, 1u);
    EXPECT_EQ(metrics().failures, 0u);
}

TEST_F(ApiClientPolicy, AJwtExpired401IsRefreshedOnceAndReplayed) {
    QString token = QStringLiteral("old-token");
    int refreshes = 0;
    client->setTokenProvider([&] { return token; });
    client->setSessionRefreshHook([&](const Error& cause, net::ApiClient::SessionRefreshDone done) {
        ++refreshes;
        EXPECT_EQ(cause.code, QStringLiteral("PGRST303"));
        QTimer::singleShot(10, [&token, done] { // asynchronous, like a real refresh
            token = QStringLiteral("new-token");
            done(true);
        });
    });
    server.enqueue(
        ScriptedResponse::json(401, kJwtExpired)
            .header("WWW-Authenticate", R"(Bearer error="invalid_token", error_description="JWT expired")"));
    server.enqueue(ScriptedResponse::json(200, "[]"));
    const auto response = run(ApiRequest::get(rest()));
    ASSERT_TRUE(response.ok()) << response.error.toString().toStdString();
    EXPECT_EQ(refreshes, 1);
    ASSERT_EQ(server.requestCount(), 2);
    EXPECT_EQ(server.requests().at(0).header("Authorization"), QByteArray("Bearer old-token"));
    EXPECT_EQ(server.requests().at(1).header("Authorization"), QByteArray("Bearer new-token"));
    EXPECT_EQ(metrics().sessionReplays, 1u);
    EXPECT_EQ(metrics().retries, 0u); // the replay is not a retry
}

TEST_F(ApiClientPolicy, ASecondJwtExpiredAfterTheReplayFails) {
    int refreshes = 0;
    client->setSessionRefreshHook([&](const Error&, net::ApiClient::SessionRefreshDone done) {
        ++refreshes;
        done(true);
    });
    server.setDefault(ScriptedResponse::json(401, kJwtExpired));
    const auto response = run(ApiRequest::get(rest()));
    EXPECT_EQ(response.error.kind, ErrorKind::Auth);
    EXPECT_EQ(response.error.httpStatus, 401);
    EXPECT_EQ(refreshes, 1);
    EXPECT_EQ(server.requestCount(), 2);
}

TEST_F(ApiClientPolicy, AFailedRefreshEndsTheCallWithTheAuthError) {
    client->setSessionRefreshHook([](const Error&, net::ApiClient::SessionRefreshDone done) { done(false); });
    server.setDefault(ScriptedResponse::json(401, R"({"code":"PGRST301","message":"JWT expired"})"));
    const auto response = run(ApiRequest::get(rest()));
    EXPECT_EQ(response.error.kind, ErrorKind::Auth);
    EXPECT_EQ(response.error.code, QStringLiteral("PGRST301"));
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(ApiClientPolicy, AnOrdinary401IsNotHandedToTheSession) {
    int refreshes = 0;
    client->setSessionRefreshHook([&](const Error&, net::ApiClient::SessionRefreshDone done) {
        ++refreshes;
        done(true);
    });
    server.setDefault(ScriptedResponse::json(401, R"({"message":"No API key found in request"})"));
    EXPECT_EQ(run(ApiRequest::get(rest())).error.httpStatus, 401);
    EXPECT_EQ(refreshes, 0);
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(ApiClientPolicy, PlainHttpToANonLoopbackHostIsRefusedBeforeAnythingIsSent) {
    const auto response = run(ApiRequest::get(QUrl(QStringLiteral("http://example.com/rest/v1/x"))));
    EXPECT_EQ(response.error.kind, ErrorKind::Config);
    EXPECT_TRUE(response.error.message.contains(QStringLiteral("HTTPS")));
    EXPECT_EQ(response.attempts, 0);
    net::ServiceConfig insecure = fastConfig();
    insecure.name = QStringLiteral("insecure");
    insecure.baseUrl = QUrl(QStringLiteral("http://example.com/rest/v1"));
    EXPECT_TRUE(client->addService(insecure).has_value());
}

TEST_F(ApiClientPolicy, ARedirectToPlainHttpOffLoopbackIsNotFollowed) {
    server.enqueue(ScriptedResponse::json(302, "").header("Location", "http://example.com/steal"));
    const auto response = run(ApiRequest::get(rest()));
    EXPECT_EQ(response.error.kind, ErrorKind::Tls);
    EXPECT_EQ(response.attempts, 1);
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(ApiClientPolicy, ARedirectWithinLoopbackIsFollowed) {
    server.enqueue(ScriptedResponse::json(302, "").header(
        "Location", server.url(QStringLiteral("/rest/v1/moved")).toEncoded()));
    server.enqueue(ScriptedResponse::json(200, R"({"moved":true})"));
    const auto response = run(ApiRequest::get(rest()));
    ASSERT_TRUE(response.ok()) << response.error.toString().toStdString();
    EXPECT_EQ(server.requests().last().target, QByteArray("/rest/v1/moved"));
}

TEST_F(ApiClientPolicy, ARedirectLoopEndsWithAClearErrorAndIsNotRetried) {
    server.setDefault(ScriptedResponse::json(302, "").header("Location", rest().toEncoded()));
    const auto response = run(ApiRequest::get(rest()));
    EXPECT_EQ(response.error.kind, ErrorKind::Config);
    EXPECT_TRUE(response.error.message.contains(QStringLiteral("redirecting")))
        << response.error.message.toStdString();
    EXPECT_EQ(response.attempts, 1);
    EXPECT_EQ(server.requestCount(), net::ApiCall::kMaxRedirects + 1);
}

TEST_F(ApiClientPolicy, ARedirectAfterAPostContinuesWithAGetWithoutTheBody) {
    server.enqueue(ScriptedResponse::json(303, "").header(
        "Location", server.url(QStringLiteral("/rest/v1/result")).toEncoded()));
    server.enqueue(ScriptedResponse::json(200, "{}"));
    const auto response = run(ApiRequest::post(rest(), QJsonDocument(QJsonObject{{QStringLiteral("a"), 1}})));
    ASSERT_TRUE(response.ok()) << response.error.toString().toStdString();
    ASSERT_EQ(server.requestCount(), 2);
    EXPECT_EQ(server.requests().at(0).method, QByteArray("POST"));
    EXPECT_EQ(server.requests().at(1).method, QByteArray("GET"));
    EXPECT_TRUE(server.requests().at(1).body.isEmpty());
}

TEST_F(ApiClientPolicy, ARedirectKeepsAPatchAsItWasWith307) {
    server.enqueue(ScriptedResponse::json(307, "").header(
        "Location", server.url(QStringLiteral("/rest/v1/moved")).toEncoded()));
    server.enqueue(ScriptedResponse::json(200, "{}"));
    const auto response =
        run(ApiRequest::patch(rest(), QJsonDocument(QJsonObject{{QStringLiteral("a"), 1}})));
    ASSERT_TRUE(response.ok()) << response.error.toString().toStdString();
    ASSERT_EQ(server.requestCount(), 2);
    EXPECT_EQ(server.requests().at(1).method, QByteArray("PATCH"));
    EXPECT_EQ(server.requests().at(1).body, QByteArray(R"({"a":1})"));
}

TEST_F(ApiClientPolicy, ARedirectToAnotherOriginDoesNotCarryTheKeys) {
    TestHttpServer other;
    ASSERT_TRUE(other.listen());
    other.enqueue(ScriptedResponse::json(200, "{}"));
    client->setTokenProvider([] { return QStringLiteral("user-access-token"); });
    server.enqueue(ScriptedResponse::json(302, "").header(
        "Location", other.url(QStringLiteral("/elsewhere")).toEncoded()));
    const auto response = run(ApiRequest::get(rest()));
    ASSERT_TRUE(response.ok()) << response.error.toString().toStdString();
    ASSERT_EQ(other.requestCount(), 1);
    EXPECT_EQ(server.requests().at(0).header("apikey"), kApiKey.toUtf8()) << "sent where it was addressed";
    EXPECT_FALSE(server.requests().at(0).header("Authorization").isEmpty());
    EXPECT_TRUE(other.requests().at(0).header("apikey").isEmpty());
    EXPECT_TRUE(other.requests().at(0).header("Authorization").isEmpty());
}

QMutex capturedMutex;
QStringList captured;

void captureMessages(QtMsgType, const QMessageLogContext&, const QString& message) {
    QMutexLocker lock(&capturedMutex);
    captured << message;
}

TEST_F(ApiClientPolicy, SecretsNeverReachTheLog) {
    const QString token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl");
    client->setTokenProvider([&] { return token; });
    client->setSessionRefreshHook([](const Error&, net::ApiClient::SessionRefreshDone done) { done(false); });
    server.enqueue(ScriptedResponse::json(503, "{}"));
    server.enqueue(ScriptedResponse::json(401, kJwtExpired));
    captured.clear();
    // Whatever QT_LOGGING_RULES says, this test needs the per-attempt lines.
    auto& category = const_cast<QLoggingCategory&>(lcNet());
    const bool infoWasOn = category.isInfoEnabled();
    const bool warningWasOn = category.isWarningEnabled();
    category.setEnabled(QtInfoMsg, true);
    category.setEnabled(QtWarningMsg, true);
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    const auto response = run(ApiRequest::get(rest(QStringLiteral("/campaigns?access_token=") + token)));
    qInstallMessageHandler(previous);
    category.setEnabled(QtInfoMsg, infoWasOn);
    category.setEnabled(QtWarningMsg, warningWasOn);
    EXPECT_EQ(response.error.httpStatus, 401);
    const QString all = captured.join(QLatin1Char('\n'));
    EXPECT_GE(captured.size(), 2) << "each attempt is logged";
    EXPECT_TRUE(all.contains(QStringLiteral("\"attempt\":2")));
    EXPECT_TRUE(all.contains(QStringLiteral("\"delay_ms\"")));
    EXPECT_FALSE(all.contains(token)) << all.toStdString();
    EXPECT_FALSE(all.contains(kApiKey)) << all.toStdString();
}

TEST_F(ApiClientPolicy, DestroyingTheClientWithCallsInFlightLeavesNothingBehind) {
    server.setDefault(ScriptedResponse::json(200, "{}").delay(2'000));
    for (int i = 0; i < 10; ++i) {
        client->send(ApiRequest::get(rest()));
    }
    ASSERT_TRUE(waitUntil([&] { return server.requestCount() >= 6; }));
    EXPECT_EQ(client->liveCalls(), 10);
    client.reset(); // must not crash, leak or touch freed services (the asan preset checks this)
    SUCCEED();
}

} // namespace
} // namespace cc::test
