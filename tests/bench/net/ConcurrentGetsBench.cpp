// 1,000 concurrent GETs through one ApiClient to the loopback test server: all must complete, and nothing
// may stay alive afterwards (calls, replies, queue entries).
#include "app/core/Clock.h"
#include "app/core/RandomSource.h"
#include "app/net/ApiClient.h"
#include "tests/integration/net/TestHttpServer.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace {

using namespace cc;
using namespace cc::net;

void BM_ThousandConcurrentGets_Loopback(benchmark::State& state) {
    constexpr int kCalls = 1000;
    test::TestHttpServer server;
    if (!server.listen()) {
        state.SkipWithError("cannot listen on loopback");
        return;
    }
    server.setRecordRequests(false);
    server.setDefault(test::ScriptedResponse::json(200, R"([{"id":1,"title":"campaign"}])"));
    QNetworkAccessManager nam;
    SeededRandom random(1);
    ApiClient client(SystemClock::instance(), random, &nam);
    ServiceConfig config;
    config.name = QStringLiteral("rest");
    config.baseUrl = server.url(QStringLiteral("/rest/v1"));
    config.apiKey = QStringLiteral("anon");
    // The default 20/s limiter would turn this into a 50 s trickle: the benchmark measures the client.
    config.rateLimit = {
        .ratePerSecond = 1e9, .burst = 1'000'000, .maxQueue = 1'000'000, .defaultThrottleMs = 1};
    client.addService(config);
    const QUrl url = server.url(QStringLiteral("/rest/v1/campaigns"));

    int failed = 0;
    for (auto _ : state) {
        int done = 0;
        QEventLoop loop;
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(60'000);
        for (int i = 0; i < kCalls; ++i) {
            ApiCall* call = client.get(url);
            QObject::connect(call, &ApiCall::finished, &loop, [&](const ApiResponse& r) {
                failed += r.ok() ? 0 : 1;
                if (++done == kCalls) {
                    loop.quit();
                }
            });
        }
        loop.exec();
        if (done != kCalls) {
            state.SkipWithError("not every call finished within 60 s");
            return;
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const int live = client.liveCalls();
    const auto replies = nam.findChildren<QNetworkReply*>().size();
    const auto metrics = client.metrics(QStringLiteral("rest")).value();
    state.SetItemsProcessed(state.iterations() * kCalls);
    state.counters["failed"] = failed;
    state.counters["live_calls_after"] = live;
    state.counters["live_replies_after"] = static_cast<double>(replies);
    state.counters["in_flight_after"] = static_cast<double>(metrics.inFlight);
    state.counters["p99_ms"] = static_cast<double>(metrics.latencyP99Ms);
    if (failed != 0 || live != 0 || replies != 0 || metrics.inFlight != 0) {
        state.SkipWithError("calls failed or objects were left behind");
    }
}
BENCHMARK(BM_ThousandConcurrentGets_Loopback)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace
