// The client's own cost per request, without a socket: first the policies alone (rate limiter, breaker,
// budget, retry decision, metrics: the target is < 5 us per request), then the whole shell (ApiCall, timers,
// QNetworkRequest, JSON decoding) against a fake network.
#include "app/core/Clock.h"
#include "app/core/RandomSource.h"
#include "app/net/ApiClient.h"
#include "app/net/CircuitBreaker.h"
#include "app/net/RetryBudget.h"
#include "app/net/RetryPolicy.h"
#include "app/net/ServiceMetrics.h"
#include "app/net/TokenBucket.h"
#include "tests/bench/net/FakeNetwork.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QEventLoop>

namespace {

using namespace cc;
using namespace cc::net;

struct Policies {
    TokenBucket bucket{TokenBucket::Options{}, 0};
    CircuitBreaker breaker;
    RetryBudget budget;
    RetryPolicy policy;
    ServiceMetrics metrics;
    SeededRandom random{1};
    QDateTime wall = QDateTime::currentDateTimeUtc();
};

// One successful request: limiter slot, breaker permit and outcome, budget refill, retry decision, metrics.
void BM_PolicyBookkeeping_Success(benchmark::State& state) {
    Policies p;
    const Error none;
    qint64 now = 0;
    quint64 ticket = 0;
    for (auto _ : state) {
        now += 50; // 20 requests/s: the bucket never runs dry, the windows stay at their steady-state size
        benchmark::DoNotOptimize(p.bucket.acquire(++ticket, now));
        p.metrics.recordCallStarted();
        CircuitBreaker::Admission admission = p.breaker.tryAcquire(now);
        const auto retryAfter = RetryPolicy::parseRetryAfter(QByteArray(), p.wall);
        benchmark::DoNotOptimize(retryAfter);
        p.breaker.recordSuccess(admission.permit, now + 20);
        p.budget.recordSuccess();
        benchmark::DoNotOptimize(p.policy.decide("GET", false, {}, 1, now + 20, now + 45'000, p.random));
        p.metrics.recordAttempt(now + 20, 20, none);
        p.metrics.recordCallFinished(none, p.wall);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PolicyBookkeeping_Success);

// One request whose first attempt gets a 503 and whose retry succeeds: two slots, two permits, a jittered
// backoff decision with the budget check, and the metrics of both attempts.
void BM_PolicyBookkeeping_503ThenRetry(benchmark::State& state) {
    Policies p;
    Error unavailable(ErrorKind::Http, QStringLiteral("unavailable"));
    unavailable.httpStatus = 503;
    const Error none;
    qint64 now = 0;
    quint64 ticket = 0;
    for (auto _ : state) {
        now += 100;
        p.metrics.recordCallStarted();
        benchmark::DoNotOptimize(p.bucket.acquire(++ticket, now));
        CircuitBreaker::Admission first = p.breaker.tryAcquire(now);
        p.breaker.recordFailure(first.permit, now + 5, QStringLiteral("HTTP 503"));
        const RetryPolicy::Outcome outcome{ErrorKind::Http, 503, RetryPolicy::parseRetryAfter("", p.wall)};
        p.budget.recordFailure();
        RetryPolicy::Decision d = p.policy.decide("GET", false, outcome, 1, now + 5, now + 45'000, p.random);
        benchmark::DoNotOptimize(d.retry && p.budget.canRetry());
        p.metrics.recordAttempt(now + 5, 5, unavailable);
        p.metrics.recordRetry();
        benchmark::DoNotOptimize(p.bucket.acquire(++ticket, now + 50));
        CircuitBreaker::Admission second = p.breaker.tryAcquire(now + 50);
        p.breaker.recordSuccess(second.permit, now + 70);
        p.budget.recordSuccess();
        p.metrics.recordAttempt(now + 70, 20, none);
        p.metrics.recordCallFinished(none, p.wall);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PolicyBookkeeping_503ThenRetry);

// What the health dashboard pays to read one service's metrics (percentiles over a full latency window).
void BM_MetricsSnapshot(benchmark::State& state) {
    ServiceMetrics metrics;
    SeededRandom random(3);
    for (int i = 0; i < 4096; ++i) {
        metrics.recordAttempt(i, random.between(1, 500), {});
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(metrics.snapshot(4096));
    }
}
BENCHMARK(BM_MetricsSnapshot);

// The whole client per request against a network that answers on the next event-loop turn (no socket):
// ApiCall, timers, headers, the policies, metrics and JSON decoding. Batches of 100 concurrent calls.
void BM_ShellPerRequest_FakeNetwork(benchmark::State& state) {
    constexpr int kBatch = 100;
    bench::FakeNetworkAccessManager nam;
    SeededRandom random(1);
    ApiClient client(SystemClock::instance(), random, &nam);
    ServiceConfig config;
    config.name = QStringLiteral("rest");
    config.baseUrl = QUrl(QStringLiteral("https://ref.supabase.co/rest/v1"));
    config.apiKey = QStringLiteral("anon");
    config.rateLimit = {
        .ratePerSecond = 1e9, .burst = 1'000'000, .maxQueue = 1'000'000, .defaultThrottleMs = 1};
    client.addService(config);
    client.setTokenProvider([] { return QStringLiteral("token"); });
    const QUrl url(QStringLiteral("https://ref.supabase.co/rest/v1/campaigns?select=id"));
    int failures = 0;
    for (auto _ : state) {
        int done = 0;
        QEventLoop loop;
        for (int i = 0; i < kBatch; ++i) {
            ApiCall* call = client.get(url);
            QObject::connect(call, &ApiCall::finished, &loop, [&](const ApiResponse& r) {
                failures += r.ok() ? 0 : 1;
                if (++done == kBatch) {
                    loop.quit();
                }
            });
        }
        loop.exec();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    state.SetItemsProcessed(state.iterations() * kBatch);
    state.counters["failures"] = failures;
    state.counters["live_calls_after"] = client.liveCalls();
}
BENCHMARK(BM_ShellPerRequest_FakeNetwork)->Unit(benchmark::kMicrosecond);

} // namespace
