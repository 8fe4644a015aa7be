// Sustained GET throughput against campaign-sandbox seeded with 100,000 campaigns (target: >= 2,000
// requests/s with 8 concurrent clients). Starts the real program, signs a marketer in, then keeps 8
// keep-alive connections busy (one QNetworkAccessManager each, as QNAM caps connections per host) for a fixed
// time.
//   sandbox_http_bench [seconds] [clients] [query]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Stats {
    qint64 done = 0;
    qint64 failed = 0;
    std::vector<qint64> latenciesUs;
};

class Client {
public:
    Client(QNetworkRequest request, Stats& stats, const bool& running)
        : m_request(std::move(request))
        , m_stats(stats)
        , m_running(running) {}
    void next() {
        if (!m_running) {
            return;
        }
        m_timer.start();
        QNetworkReply* reply = m_network.get(m_request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->readAll();
            reply->deleteLater();
            if (m_running) {
                m_stats.latenciesUs.push_back(m_timer.nsecsElapsed() / 1000);
                ++(status == 200 || status == 206 ? m_stats.done : m_stats.failed);
            }
            next();
        });
    }

private:
    QNetworkAccessManager m_network;
    QNetworkRequest m_request;
    Stats& m_stats;
    const bool& m_running;
    QElapsedTimer m_timer;
};

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10;
    const int clients = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 8;
    const QString query = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("select=*&limit=50");

    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer startup;
    startup.start();
    sandbox.start(QStringLiteral(CAMPAIGN_SANDBOX_PATH),
                  {QStringLiteral("--seed"), QStringLiteral("100000")});
    // A benchmark driver, not product code: blocking until the server is up is fine here.
    if (!sandbox.waitForReadyRead(60000)) {
        std::fprintf(stderr, "campaign-sandbox did not start\n");
        return 1;
    }
    const QJsonObject info = QJsonDocument::fromJson(sandbox.readLine()).object();
    std::printf("sandbox up with 100000 rows after %lld ms\n", startup.elapsed());
    const QString base = info.value(QStringLiteral("url")).toString();
    const QByteArray anon = info.value(QStringLiteral("anon_key")).toString().toLatin1();
    const QJsonObject user = info.value(QStringLiteral("users")).toArray().first().toObject();

    QNetworkAccessManager auth;
    QNetworkRequest signIn(QUrl(base + QStringLiteral("/auth/v1/token?grant_type=password")));
    signIn.setRawHeader("apikey", anon);
    signIn.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = auth.post(
        signIn,
        QJsonDocument(QJsonObject{{QStringLiteral("email"), user.value(QStringLiteral("email"))},
                                  {QStringLiteral("password"), user.value(QStringLiteral("password"))}})
            .toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray token = QJsonDocument::fromJson(reply->readAll())
                                 .object()
                                 .value(QStringLiteral("access_token"))
                                 .toString()
                                 .toLatin1();

    QNetworkRequest request(QUrl(base + QStringLiteral("/rest/v1/campaigns?") + query));
    request.setRawHeader("apikey", anon);
    request.setRawHeader("Authorization", "Bearer " + token);

    Stats stats;
    bool running = true;
    std::vector<std::unique_ptr<Client>> pool;
    for (int i = 0; i < clients; ++i) {
        pool.push_back(std::make_unique<Client>(request, stats, running));
    }
    // One warm-up second, then the measured window.
    QTimer::singleShot(1000, &app, [&] {
        stats = Stats{};
        QElapsedTimer window;
        window.start();
        QTimer::singleShot(seconds * 1000, &app, [&, window]() mutable {
            running = false;
            const double elapsed = static_cast<double>(window.elapsed()) / 1000.0;
            std::sort(stats.latenciesUs.begin(), stats.latenciesUs.end());
            const auto percentile = [&](double p) {
                return stats.latenciesUs.empty()
                           ? 0
                           : stats.latenciesUs[static_cast<size_t>(p * (stats.latenciesUs.size() - 1))];
            };
            std::printf(
                "GET /rest/v1/campaigns?%s, %d clients, %.1f s: %lld ok, %lld failed, %.0f requests/s, "
                "p50 %.2f ms, p99 %.2f ms\n",
                qPrintable(query), clients, elapsed, stats.done, stats.failed, stats.done / elapsed,
                percentile(0.5) / 1000.0, percentile(0.99) / 1000.0);
            sandbox.terminate();
            sandbox.waitForFinished(10000);
            QCoreApplication::exit(stats.failed == 0 ? 0 : 1);
        });
    });
    for (auto& client : pool) {
        client->next();
    }
    return app.exec();
}
