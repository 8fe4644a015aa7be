// Many calls at once: everything completes, and nothing stays alive afterwards (run under the asan preset).
#include "tests/integration/net/ApiClientFixture.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace cc::test {
namespace {

using net::ApiRequest;

class ApiClientLoad : public ApiClientFixture {};

TEST_F(ApiClientLoad, AThousandConcurrentGetsAllCompleteAndLeaveNothingBehind) {
    constexpr int kCalls = 1000;
    server.setRecordRequests(false);
    server.setDefault(ScriptedResponse::json(200, R"([{"id":1}])"));
    int ok = 0;
    int done = 0;
    for (int i = 0; i < kCalls; ++i) {
        QObject::connect(client->send(ApiRequest::get(rest())), &net::ApiCall::finished, client.get(),
                         [&](const net::ApiResponse& r) {
                             ok += r.ok() ? 1 : 0;
                             ++done;
                         });
    }
    ASSERT_TRUE(waitUntil([&] { return done == kCalls; }, 60'000));
    EXPECT_EQ(ok, kCalls);
    EXPECT_EQ(server.requestCount(), kCalls);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(client->liveCalls(), 0);
    EXPECT_TRUE(client->networkAccessManager()->findChildren<QNetworkReply*>().isEmpty());
    const auto m = metrics();
    EXPECT_EQ(m.requests, static_cast<quint64>(kCalls));
    EXPECT_EQ(m.successes, static_cast<quint64>(kCalls));
    EXPECT_EQ(m.inFlight, 0u);
    EXPECT_EQ(m.queued, 0);
}

TEST_F(ApiClientLoad, TheLimiterQueuesAndPacesABurstInsteadOfFailingIt) {
    auto config = fastConfig();
    config.rateLimit = {.ratePerSecond = 200, .burst = 5, .maxQueue = 50, .defaultThrottleMs = 100};
    configure(config);
    int done = 0;
    int ok = 0;
    for (int i = 0; i < 25; ++i) {
        QObject::connect(client->send(ApiRequest::get(rest(QStringLiteral("/item?n=%1").arg(i)))),
                         &net::ApiCall::finished, client.get(), [&](const net::ApiResponse& r) {
                             ok += r.ok() ? 1 : 0;
                             ++done;
                         });
    }
    ASSERT_TRUE(waitUntil([&] { return done == 25; }, 5'000));
    EXPECT_EQ(ok, 25);
    // 5 at once, then one every 5 ms: the last one cannot have started before ~100 ms.
    ASSERT_EQ(server.requestCount(), 25);
    const auto& requests = server.requests();
    EXPECT_GE(requests.last().receivedAtMs - requests.first().receivedAtMs, 90);
    // FIFO order inside the queue is pinned down by the TokenBucket unit tests.
    EXPECT_EQ(metrics().queued, 0);
}

} // namespace
} // namespace cc::test
