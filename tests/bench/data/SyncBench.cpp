// Full initial sync of 100,000 campaigns from campaign-sandbox into an empty local cache (target: under 10 s,
// peak resident memory of this process under 300 MB). Starts the real sandbox program seeded with `count`
// rows, signs the admin in (who sees every row), then times one of:
//   sync   CampaignStore::syncAll: streamed page by page into the cache (what the console uses)
//   query  CampaignStore::query on the unfiltered view with a forced refresh (the earlier path: all rows
//          fetched, then stored, then read back)
// Prints the time, the rows in the cache afterwards, and VmHWM (peak RSS) of this process and the sandbox.
//   data_sync_bench [sync|query] [count] [cache-file]   (cache-file: keep the cache there, for the view
//   bench)
#include "app/core/Clock.h"
#include "app/core/RandomSource.h"
#include "app/data/CampaignCache.h"
#include "app/data/CampaignRepository.h"
#include "app/data/CampaignStore.h"
#include "app/net/ApiClient.h"
#include "app/net/ServiceConfig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

namespace {

// A /proc/<pid>/status field in kB ("VmHWM", "VmRSS").
qint64 statusKb(const QString& pid, const char* field) {
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

// A benchmark driver, not product code: it may wait on its own event loop.
void runUntil(const std::function<void(std::function<void()>)>& start) {
    QEventLoop loop;
    bool finished = false;
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished) {
        loop.exec();
    }
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("sync");
    const QString count = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("100000");
    if (mode != QLatin1String("sync") && mode != QLatin1String("query")) {
        std::fprintf(stderr, "usage: data_sync_bench [sync|query] [count] [cache-file]\n");
        return 2;
    }

    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(QStringLiteral(CAMPAIGN_SANDBOX_PATH), {QStringLiteral("--seed"), count});
    if (!sandbox.waitForReadyRead(120000)) {
        std::fprintf(stderr, "campaign-sandbox did not start\n");
        return 1;
    }
    const QJsonObject info = QJsonDocument::fromJson(sandbox.readLine()).object();
    const QString base = info.value(QStringLiteral("url")).toString();
    const QString anon = info.value(QStringLiteral("anon_key")).toString();
    QJsonObject admin;
    for (const QJsonValue& user : info.value(QStringLiteral("users")).toArray()) {
        if (user.toObject().value(QStringLiteral("email")).toString().contains(QStringLiteral("admin"))) {
            admin = user.toObject();
        }
    }

    QNetworkAccessManager auth;
    QNetworkRequest signIn(QUrl(base + QStringLiteral("/auth/v1/token?grant_type=password")));
    signIn.setRawHeader("apikey", anon.toLatin1());
    signIn.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = auth.post(
        signIn,
        QJsonDocument(QJsonObject{{QStringLiteral("email"), admin.value(QStringLiteral("email"))},
                                  {QStringLiteral("password"), admin.value(QStringLiteral("password"))}})
            .toJson());
    runUntil([&](std::function<void()> quit) { QObject::connect(reply, &QNetworkReply::finished, quit); });
    const QString token =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString();
    reply->deleteLater();
    if (token.isEmpty()) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }

    cc::net::ApiClient client(cc::SystemClock::instance(), cc::SystemRandom::instance());
    QUrl restBase;
    for (const cc::net::ServiceConfig& config : cc::net::ServiceConfig::supabase(QUrl(base), anon)) {
        client.addService(config);
        if (config.name == QLatin1String("rest")) {
            restBase = config.baseUrl;
        }
    }
    client.setTokenProvider([token] { return token; });
    cc::data::CampaignRepository repository(client, restBase);
    QTemporaryDir dir;
    const QString cachePath =
        argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath(QStringLiteral("cache.sqlite"));
    cc::data::CampaignCache cache(cachePath);
    runUntil([&](std::function<void()> quit) {
        cache.open(&cache, [quit](cc::Result<bool> opened, QString) {
            if (!opened.ok()) {
                std::fprintf(stderr, "cache: %s\n", qPrintable(opened.error().toString()));
            }
            quit();
        });
    });
    cc::data::CampaignStore store(repository, cache, cc::SystemClock::instance());
    const QString self = QString::number(QCoreApplication::applicationPid());
    const qint64 rssBefore = statusKb(self, "VmRSS");

    QElapsedTimer timer;
    timer.start();
    bool ok = true;
    if (mode == QLatin1String("sync")) {
        runUntil([&](std::function<void()> quit) {
            store.syncAll({}, [&ok, quit](cc::Result<qint64> synced) {
                ok = synced.ok();
                if (!ok) {
                    std::fprintf(stderr, "sync failed: %s\n", qPrintable(synced.error().toString()));
                }
                quit();
            });
        });
    } else {
        runUntil([&](std::function<void()> quit) {
            store.query(cc::data::CampaignFilter(), true,
                        [&ok, quit](const cc::data::CampaignStore::Answer& answer) {
                            if (!answer.revalidating) {
                                ok = !answer.error.isError();
                                quit();
                            }
                        });
        });
    }
    const qint64 elapsed = timer.elapsed();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double cpuS = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                        static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    qint64 cached = -1;
    runUntil([&](std::function<void()> quit) {
        cache.run<qint64>([](cc::data::CacheDatabase& db) { return db.count(); }, &cache,
                          [&cached, quit](cc::Result<qint64> n) {
                              cached = n.ok() ? n.value() : -1;
                              quit();
                          });
    });
    std::printf(
        "%s: %s campaigns synced in %lld ms (%lld rows cached; this process used %.1f s of CPU); peak "
        "RSS %.1f MB (%.1f MB before the sync); sandbox peak RSS %.1f MB\n",
        qPrintable(mode), qPrintable(count), elapsed, cached, cpuS, statusKb(self, "VmHWM") / 1024.0,
        rssBefore / 1024.0, statusKb(QString::number(sandbox.processId()), "VmHWM") / 1024.0);
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    return ok && cached == count.toLongLong() ? 0 : 1;
}
