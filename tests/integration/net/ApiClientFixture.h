#pragma once

#include "app/core/Clock.h"
#include "app/core/RandomSource.h"
#include "app/net/ApiClient.h"
#include "app/net/ApiResponse.h"
#include "tests/integration/net/TestHttpServer.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace cc::test {

// A real ApiClient on a real QNetworkAccessManager against the loopback TestHttpServer. Timeouts and backoff
// are shortened per test so the suite stays fast; the exact schedule is pinned down by the unit tests.
class ApiClientFixture : public ::testing::Test {
protected:
    static inline const QString kApiKey = QStringLiteral("anon-key-0123456789");

    void SetUp() override {
        ASSERT_TRUE(server.listen());
        client = std::make_unique<net::ApiClient>(SystemClock::instance(), random);
        configure(fastConfig());
    }

    void TearDown() override { client.reset(); }

    net::ServiceConfig fastConfig() const {
        net::ServiceConfig config;
        config.name = QStringLiteral("rest");
        config.baseUrl = server.url(QStringLiteral("/rest/v1"));
        config.apiKey = kApiKey;
        config.attemptTimeoutMs = 2'000;
        config.deadlineMs = 5'000;
        config.retry = {.maxAttempts = 3, .baseDelayMs = 5, .maxDelayMs = 20, .maxRetryAfterMs = 2'000};
        config.rateLimit = {
            .ratePerSecond = 10'000, .burst = 10'000, .maxQueue = 10'000, .defaultThrottleMs = 100};
        return config;
    }

    void configure(const net::ServiceConfig& config) { ASSERT_FALSE(client->addService(config).has_value()); }

    QUrl rest(const QString& path = QStringLiteral("/campaigns")) const {
        return server.url(QStringLiteral("/rest/v1") + path);
    }

    // Runs a call to its end on the event loop (never blocking on the socket) and returns what the caller
    // saw.
    net::ApiResponse finish(net::ApiCall* call, int timeoutMs = 8'000) {
        std::optional<net::ApiResponse> result;
        int emissions = 0;
        QObject context;
        QObject::connect(call, &net::ApiCall::finished, &context, [&](const net::ApiResponse& r) {
            result = r;
            ++emissions;
        });
        EXPECT_TRUE(waitUntil([&] { return result.has_value(); }, timeoutMs)) << "the call never finished";
        EXPECT_EQ(emissions, 1);
        return result.value_or(net::ApiResponse{});
    }

    // Starts recording a call's result at once, so a result that arrives while the test waits on another call
    // is kept (a finished call deletes itself, so it cannot be awaited afterwards).
    using Recorded = std::shared_ptr<std::optional<net::ApiResponse>>;
    Recorded record(net::ApiCall* call) {
        auto result = std::make_shared<std::optional<net::ApiResponse>>();
        QObject::connect(call, &net::ApiCall::finished, call,
                         [result](const net::ApiResponse& r) { *result = r; });
        return result;
    }
    net::ApiResponse await(const Recorded& result, int timeoutMs = 8'000) {
        EXPECT_TRUE(waitUntil([&] { return result->has_value(); }, timeoutMs)) << "the call never finished";
        return result->value_or(net::ApiResponse{});
    }

    net::ApiResponse run(const net::ApiRequest& request, int timeoutMs = 8'000) {
        return finish(client->send(request), timeoutMs);
    }

    net::ServiceMetricsSnapshot metrics() const { return client->metrics(QStringLiteral("rest")).value(); }

    SeededRandom random{42};
    TestHttpServer server;
    std::unique_ptr<net::ApiClient> client;
};

} // namespace cc::test
