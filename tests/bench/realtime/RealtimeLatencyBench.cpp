// End-to-end latency of a change: from the moment a REST write is sent until the row is updated in the
// campaigns table's model, over loopback, one write at a time, through the console's own pipeline: the
// realtime client (changeReceived, also reported), ChangeApplier (the SQL cache on its worker thread, the
// views' frame cadence), CampaignLiveUpdater and CampaignTableModel. The sandbox runs on a thread of its
// own (EmbeddedSandbox, as in `campaign-console --demo`); the writer, the realtime client and the model share
// this thread, like the console's GUI thread. Target: p99 < 50 ms.
// Writes are paced at the REST service's client-side rate limit (ServiceConfig::rateLimit, 20/s by default):
// back to back, 1,000 writes exhaust the token bucket's burst after ~40 and every later write then waits
// ~50 ms in ApiCall's queue for a token before it is even sent, which measured the limiter, not latency.
//   realtime_latency_bench [writes=1000]
#include "app/core/Clock.h"
#include "app/core/RandomSource.h"
#include "app/data/CampaignCache.h"
#include "app/data/CampaignRepository.h"
#include "app/net/ApiClient.h"
#include "app/net/ServiceConfig.h"
#include "app/realtime/ChangeApplier.h"
#include "app/realtime/RealtimeClient.h"
#include "app/sandbox/EmbeddedSandbox.h"
#include "ui/campaigns/CampaignTableModel.h"
#include "ui/feed/CampaignLiveUpdater.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace cc;

namespace {

QString signIn(net::ApiClient& api, const QUrl& base, const sandbox::SandboxUser& user) {
    QUrl url = base;
    url.setPath(QStringLiteral("/auth/v1/token"));
    url.setQuery(QStringLiteral("grant_type=password"));
    QString token;
    QEventLoop loop;
    net::ApiCall* call = api.send(
        net::ApiRequest::post(url, QJsonDocument(QJsonObject{{QStringLiteral("email"), user.email},
                                                             {QStringLiteral("password"), user.password}})));
    QObject::connect(call, &net::ApiCall::finished, &loop, [&](const net::ApiResponse& r) {
        token = r.json.toObject().value(QStringLiteral("access_token")).toString();
        loop.quit();
    });
    loop.exec();
    return token;
}

double percentile(std::vector<double> sorted, double p) {
    const std::size_t index =
        std::min(sorted.size() - 1, static_cast<std::size_t>(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[index];
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const int writes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;

    sandbox::EmbeddedSandbox embedded;
    sandbox::SandboxOptions options;
    options.seedCount = 1000;
    options.seedRandom = 9;
    sandbox::SandboxInfo info;
    {
        QEventLoop loop;
        QObject::connect(&embedded, &sandbox::EmbeddedSandbox::started, &loop,
                         [&](const sandbox::SandboxInfo& i) {
                             info = i;
                             loop.quit();
                         });
        QObject::connect(&embedded, &sandbox::EmbeddedSandbox::failed, &loop, [&](const Error& e) {
            std::fprintf(stderr, "sandbox failed: %s\n", qPrintable(e.toString()));
            loop.exit(1);
        });
        embedded.start(options);
        if (loop.exec() != 0) {
            return 1;
        }
    }

    net::ApiClient api(SystemClock::instance(), SystemRandom::instance());
    double restRatePerSecond = 0;
    for (const net::ServiceConfig& config : net::ServiceConfig::supabase(info.url, info.anonKey)) {
        api.addService(config);
        if (config.name == QStringLiteral("rest")) {
            restRatePerSecond = config.rateLimit.ratePerSecond;
        }
    }
    // A little slower than the sustained rate, so the bucket never runs dry whatever the timers' jitter.
    const qint64 paceNs = restRatePerSecond > 0 ? static_cast<qint64>(1.05e9 / restRatePerSecond) : 0;
    const QString token = signIn(api, info.url, info.users.first());
    if (token.isEmpty()) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }
    api.setTokenProvider([token] { return token; });
    QUrl rest = info.url;
    rest.setPath(QStringLiteral("/rest/v1"));
    data::CampaignRepository repository(api, rest);

    QList<data::Campaign> rows;
    {
        QEventLoop loop;
        repository.list(data::PostgrestQuery().limit(200),
                        [&](Result<data::CampaignRepository::ListResult> r) {
                            if (r.ok()) {
                                rows = r.value().rows;
                            }
                            loop.quit();
                        });
        loop.exec();
    }
    if (rows.isEmpty()) {
        std::fprintf(stderr, "no rows to update\n");
        return 1;
    }

    // The table the console shows, over a cache holding the same rows.
    QTemporaryDir cacheDir;
    data::CampaignCache cache(cacheDir.filePath(QStringLiteral("cache.sqlite")));
    {
        QEventLoop loop;
        cache.open(&loop, [&](Result<bool>, QString) {
            cache.run<bool>([rows](data::CacheDatabase& db) { return db.upsert(rows); }, &loop,
                            [&](Result<bool>) { loop.quit(); });
        });
        loop.exec();
    }
    ui::CampaignTableModel table;
    QList<data::Campaign> shownRows = rows; // in the table's order, as the page loads them
    std::sort(shownRows.begin(), shownRows.end(), &ui::CampaignLiveUpdater::newestFirst);
    table.reset(shownRows, shownRows.size());
    realtime::ChangeApplier applier(cache, SystemClock::instance());
    ui::CampaignLiveUpdater updater(table, SystemClock::instance());
    QObject::connect(&applier, &realtime::ChangeApplier::changesApplied, &updater,
                     &ui::CampaignLiveUpdater::apply);

    realtime::RealtimeClient client(info.url, info.anonKey, SystemClock::instance(),
                                    SystemRandom::instance());
    client.setTokenProvider([token] { return token; });
    client.addChannel(QStringLiteral("bench"),
                      {realtime::ChangeBinding::fromJson(
                           QJsonObject{{QStringLiteral("event"), QStringLiteral("UPDATE")},
                                       {QStringLiteral("schema"), QStringLiteral("public")},
                                       {QStringLiteral("table"), QStringLiteral("campaigns")}})
                           .value()});
    {
        QEventLoop loop;
        QObject::connect(&client, &realtime::RealtimeClient::resynced, &loop, &QEventLoop::quit);
        QTimer::singleShot(10'000, &loop, [&] { loop.exit(1); });
        client.start();
        if (loop.exec() != 0) {
            std::fprintf(stderr, "realtime client did not go live\n");
            return 1;
        }
    }

    QObject::connect(&client, &realtime::RealtimeClient::changeReceived, &applier,
                     &realtime::ChangeApplier::submit);
    std::vector<double> latenciesMs; // until the realtime client has the change
    latenciesMs.reserve(static_cast<std::size_t>(writes));
    std::vector<double> modelMs; // until the table's model shows it
    modelMs.reserve(static_cast<std::size_t>(writes));
    std::vector<double> writeMs; // until the HTTP answer: how much of the latency is the REST write itself
    writeMs.reserve(static_cast<std::size_t>(writes));
    QElapsedTimer clock;
    int index = 0;
    int failures = 0;
    bool written = false;
    bool received = false;
    bool shown = false;
    double expectedBudget = 0;
    QString expectedId;
    QEventLoop loop;
    QElapsedTimer pace; // since the previous write was sent
    std::function<void()> send;
    std::function<void()> next;
    const auto maybeNext = [&] {
        if (written && received && shown) {
            QMetaObject::invokeMethod(&loop, next, Qt::QueuedConnection);
        }
    };
    QObject::connect(&client, &realtime::RealtimeClient::changeReceived, &loop,
                     [&](const realtime::PostgresChange& change) {
                         if (received || change.record.value(QStringLiteral("id")).toString() != expectedId ||
                             change.record.value(QStringLiteral("budget")).toDouble() != expectedBudget) {
                             return;
                         }
                         latenciesMs.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
                         received = true;
                         maybeNext();
                     });
    // A changed budget is a dataChanged on its row (a row whose place changed would be moved instead).
    const auto seen = [&](int first, int last) {
        for (int row = first; row <= last && !shown; ++row) {
            if (table.campaign(row).id == expectedId && table.campaign(row).budget == expectedBudget) {
                modelMs.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
                shown = true;
                maybeNext();
            }
        }
    };
    QObject::connect(&table, &QAbstractItemModel::dataChanged, &loop,
                     [&](const QModelIndex& from, const QModelIndex& to) { seen(from.row(), to.row()); });
    QObject::connect(&table, &QAbstractItemModel::rowsInserted, &loop,
                     [&](const QModelIndex&, int first, int last) { seen(first, last); });
    next = [&] {
        if (index >= writes) {
            loop.quit();
            return;
        }
        const qint64 waitNs = pace.isValid() ? paceNs - pace.nsecsElapsed() : 0;
        if (waitNs > 0) {
            QTimer::singleShot(static_cast<int>((waitNs + 999'999) / 1'000'000), Qt::PreciseTimer, &loop,
                               send);
        } else {
            send();
        }
    };
    send = [&] {
        pace.start();
        const int slot = index % static_cast<int>(rows.size());
        data::Campaign& row = rows[slot];
        ++index;
        expectedId = row.id;
        expectedBudget = 1000.0 + index;
        written = false;
        received = false;
        shown = false;
        clock.start();
        repository.update(row.id, row.updatedAt, {{QStringLiteral("budget"), expectedBudget}},
                          QUuid::createUuid().toString(QUuid::WithoutBraces),
                          [&, slot](data::WriteOutcome o) {
                              writeMs.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
                              if (o.row) {
                                  rows[slot] = *o.row;
                              } else {
                                  ++failures;
                                  received = true; // no event will come for a failed write
                                  shown = true;
                              }
                              written = true;
                              maybeNext();
                          });
    };
    QTimer::singleShot(0, &loop, next);
    QElapsedTimer total;
    total.start();
    loop.exec();
    const double seconds = static_cast<double>(total.elapsed()) / 1000.0;

    if (latenciesMs.empty()) {
        std::fprintf(stderr, "no changes received\n");
        return 1;
    }
    std::sort(latenciesMs.begin(), latenciesMs.end());
    double sum = 0;
    for (double v : latenciesMs) {
        sum += v;
    }
    std::printf("writes: %d, changes received: %zu, failed writes: %d, %.1f s\n", writes, latenciesMs.size(),
                failures, seconds);
    std::printf("REST write -> change received (ms): p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  mean %.2f\n",
                percentile(latenciesMs, 50), percentile(latenciesMs, 90), percentile(latenciesMs, 99),
                latenciesMs.back(), sum / static_cast<double>(latenciesMs.size()));
    std::sort(modelMs.begin(), modelMs.end());
    if (!modelMs.empty()) {
        std::printf(
            "REST write -> row updated in the table's model (ms): p50 %.2f  p90 %.2f  p99 %.2f  max %.2f\n",
            percentile(modelMs, 50), percentile(modelMs, 90), percentile(modelMs, 99), modelMs.back());
    }
    std::sort(writeMs.begin(), writeMs.end());
    if (!writeMs.empty()) {
        std::printf("of which the REST write until its answer (ms): p50 %.2f  p99 %.2f\n",
                    percentile(writeMs, 50), percentile(writeMs, 99));
    }
    if (const auto metrics = api.metrics(QStringLiteral("rest"))) {
        std::printf("REST attempts on the wire (client metrics, ms): p50 %lld  p99 %lld  max %lld\n",
                    static_cast<long long>(metrics->latencyP50Ms),
                    static_cast<long long>(metrics->latencyP99Ms),
                    static_cast<long long>(metrics->latencyMaxMs));
    }
    std::printf("writes paced at %.1f/s (the REST service's rate limit is %.1f/s)\n",
                paceNs > 0 ? 1e9 / static_cast<double>(paceNs) : 0.0, restRatePerSecond);
    const bool met =
        !modelMs.empty() && modelMs.size() == latenciesMs.size() && percentile(modelMs, 99) < 50.0;
    std::printf("target p99 < 50 ms (write to model): %s\n", met ? "met" : "NOT met");
    client.stop();
    return 0;
}
