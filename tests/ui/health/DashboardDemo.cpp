#include "tests/ui/health/DashboardDemo.h"

#include "app/health/HealthHistory.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace cc::ui::test {

namespace {

using health::CheckResult;
using health::HealthState;

class ScriptedCheck final : public health::HealthCheck {
public:
    ScriptedCheck(const QString& name, const QString& title, QString metrics)
        : HealthCheck(name, title, 5'000)
        , m_metrics(std::move(metrics)) {}
    QString metricsService() const override { return m_metrics; }
    void run(Done done) override { done(next); }
    CheckResult next = CheckResult::healthy(QStringLiteral("ok"), 10);

private:
    QString m_metrics;
};

const QHash<QString, qint64>& baseLatency() {
    static const QHash<QString, qint64> map{{QStringLiteral("rest"), 48},     {QStringLiteral("auth"), 35},
                                            {QStringLiteral("realtime"), 22}, {QStringLiteral("email"), 120},
                                            {QStringLiteral("backend"), 18},  {QStringLiteral("cache"), 4}};
    return map;
}

} // namespace

const QStringList& DashboardDemo::services() {
    static const QStringList list{QStringLiteral("rest"),     QStringLiteral("auth"),
                                  QStringLiteral("realtime"), QStringLiteral("email"),
                                  QStringLiteral("backend"),  QStringLiteral("cache")};
    return list;
}

DashboardDemo::DashboardDemo(int historyDays)
    : days(historyDays) {
    health::HealthMonitor::Options options;
    options.graceMs = 0;
    monitor = std::make_unique<health::HealthMonitor>(clock, scheduler, options);
    const QStringList titles{QStringLiteral("REST API"),        QStringLiteral("Auth"),
                             QStringLiteral("Realtime"),        QStringLiteral("E-mail API"),
                             QStringLiteral("Backend /health"), QStringLiteral("Local cache")};
    for (int i = 0; i < services().size(); ++i) {
        const QString& name = services().at(i);
        const bool client = name != QStringLiteral("backend") && name != QStringLiteral("cache");
        monitor->addCheck(std::make_unique<ScriptedCheck>(name, titles.at(i), client ? name : QString()));
    }
    monitor->setMetricsSource([this](const QString& service) -> std::optional<net::ServiceMetricsSnapshot> {
        const auto it = metrics.constFind(service);
        return it == metrics.constEnd() ? std::nullopt : std::optional(it.value());
    });
}

DashboardDemo::~DashboardDemo() {
    history.reset();
    monitor.reset();
}

void DashboardDemo::setResult(const QString& service, const CheckResult& result) {
    static_cast<ScriptedCheck*>(monitor->check(service))->next = result;
}

void DashboardDemo::allHealthy() {
    for (const QString& service : services()) {
        const qint64 latency = baseLatency().value(service);
        setResult(service, CheckResult::healthy(QStringLiteral("Answered in %1 ms").arg(latency), latency));
        net::ServiceMetricsSnapshot snapshot;
        snapshot.service = service;
        snapshot.successes = 400;
        snapshot.latencySamples = 200;
        snapshot.latencyP95Ms = latency * 3;
        metrics.insert(service, snapshot);
    }
    CheckResult backend = CheckResult::healthy(QStringLiteral("4 checks passing"), 18);
    for (const QString& part : {QStringLiteral("database"), QStringLiteral("rest"), QStringLiteral("auth"),
                                QStringLiteral("email")}) {
        backend.subChecks.append({part, HealthState::Healthy, 1, {}});
    }
    setResult(QStringLiteral("backend"), backend);
    setResult(QStringLiteral("cache"), CheckResult::healthy(QStringLiteral("Intact; 41,872 MB free"), 4));
    monitor->checkNow();
}

void DashboardDemo::emailFailing() {
    allHealthy();
    setResult(
        QStringLiteral("email"),
        CheckResult::unhealthy(
            QStringLiteral("Refused by the open circuit breaker"),
            QStringLiteral("The email service is failing; the console will try it again in 30 seconds.")));
    net::ServiceMetricsSnapshot& email = metrics[QStringLiteral("email")];
    email.failures = 40;
    email.breakerState = net::CircuitBreaker::State::Open;
    email.breakerOpenUntilMs = clock.monotonicMs() + 25'000;
    email.lastError = Error(ErrorKind::Http, QStringLiteral("Injected fault: HTTP 503 from email"));
    email.lastErrorAtUtc = clock.nowUtc().addSecs(-20);
    CheckResult backend =
        CheckResult::degraded(QStringLiteral("1 of 4 checks failing"),
                              QStringLiteral("email: fault injected: every request fails with HTTP 503"), 19);
    for (const QString& part : {QStringLiteral("database"), QStringLiteral("rest"), QStringLiteral("auth")}) {
        backend.subChecks.append({part, HealthState::Healthy, 1, {}});
    }
    backend.subChecks.append(
        {QStringLiteral("email"), HealthState::Unhealthy, 0, QStringLiteral("fault injected")});
    setResult(QStringLiteral("backend"), backend);
    monitor->checkNow();
}

void DashboardDemo::writeHistory(bool withOpenIncident) {
    const QString path = dir.filePath(QStringLiteral("health.sqlite"));
    {
        health::HealthHistory schema(path, QStringLiteral("demo-schema"));
        schema.open();
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("demo-fill"));
        db.setDatabaseName(path);
        db.open();
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO health_buckets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery change(db);
        change.prepare(
            QStringLiteral("INSERT INTO health_changes (service, at_ms, state, reason) VALUES (?, ?, ?, ?)"));
        QSqlQuery incident(db);
        incident.prepare(
            QStringLiteral("INSERT INTO health_incidents (service, started_ms, resolved_ms, worst, "
                           "first_error, last_error) VALUES (?, ?, ?, ?, ?, ?)"));
        const qint64 now = clock.nowUtc().toSecsSinceEpoch();
        auto bucket = [&](const QString& service, int resolution, qint64 start, int up, int down,
                          qint64 latency) {
            const int checks = up + down;
            for (const QVariant& v : {QVariant(service), QVariant(resolution), QVariant(start), QVariant(up),
                                      QVariant(down), QVariant(latency * 7 / 10), QVariant(latency * 2),
                                      QVariant(latency * checks), QVariant(checks)}) {
                insert.addBindValue(v);
            }
            insert.exec();
        };
        int serviceIndex = 0;
        for (const QString& service : services()) {
            const qint64 base = baseLatency().value(service);
            // A daily wave plus a little per-service texture, so the chart looks like traffic.
            auto latencyAt = [&](qint64 t) {
                const double phase = double(t % 86'400) / 86'400.0 * 6.283;
                quint64 noise = quint64(t / 60) * 2654435761ULL + quint64(serviceIndex) * 40503ULL;
                noise ^= noise >> 15;
                noise *= 2246822519ULL;
                noise ^= noise >> 13;
                return base + qint64(double(base) * 0.35 * (1.0 + std::sin(phase + serviceIndex))) +
                       qint64(noise % quint64(qMax<qint64>(2, base / 12)));
            };
            for (qint64 t =
                     health::UptimeMath::bucketStart(now - 86'400, health::UptimeMath::Resolution::Minute);
                 t <= now; t += 60) {
                const bool down = withOpenIncident && service == QStringLiteral("email") && now - t < 12 * 60;
                bucket(service, 0, t, down ? 0 : 2, down ? 2 : 0, latencyAt(t));
            }
            for (qint64 t = health::UptimeMath::bucketStart(now - qint64(days) * 86'400,
                                                            health::UptimeMath::Resolution::Hour);
                 t <= now; t += 3600) {
                const bool blip = service == QStringLiteral("rest") && (now - t) / 3600 == 50;
                bucket(service, 1, t, blip ? 100 : 120, blip ? 20 : 0, latencyAt(t));
            }
            for (qint64 t = health::UptimeMath::bucketStart(now - qint64(days) * 86'400,
                                                            health::UptimeMath::Resolution::Day);
                 t <= now; t += 86'400) {
                bucket(service, 2, t, 2880, 0, base);
            }
            const qint64 startMs = (now - qint64(days) * 86'400) * 1000;
            change.addBindValue(service);
            change.addBindValue(startMs);
            change.addBindValue(QStringLiteral("healthy"));
            change.addBindValue(QStringLiteral(""));
            change.exec();
            ++serviceIndex;
        }
        // A resolved REST incident two days ago.
        const qint64 blipStart = (now - 50 * 3600) * 1000;
        for (const auto& [at, state] : {std::pair{blipStart, QStringLiteral("unhealthy")},
                                        std::pair{blipStart + 9 * 60'000, QStringLiteral("healthy")}}) {
            change.addBindValue(QStringLiteral("rest"));
            change.addBindValue(at);
            change.addBindValue(state);
            change.addBindValue(QStringLiteral("HTTP 503"));
            change.exec();
        }
        incident.addBindValue(QStringLiteral("rest"));
        incident.addBindValue(blipStart);
        incident.addBindValue(blipStart + 9 * 60'000);
        incident.addBindValue(QStringLiteral("unhealthy"));
        incident.addBindValue(QStringLiteral("HTTP 503"));
        incident.addBindValue(QStringLiteral("Service unavailable (HTTP 503)"));
        incident.exec();
        // A short auth slowdown this morning.
        const qint64 slowStart = (now - 5 * 3600) * 1000;
        for (const auto& [at, state] : {std::pair{slowStart, QStringLiteral("degraded")},
                                        std::pair{slowStart + 25 * 60'000, QStringLiteral("healthy")}}) {
            change.addBindValue(QStringLiteral("auth"));
            change.addBindValue(at);
            change.addBindValue(state);
            change.addBindValue(QStringLiteral("Slow calls: p95 2,340 ms"));
            change.exec();
        }
        incident.addBindValue(QStringLiteral("auth"));
        incident.addBindValue(slowStart);
        incident.addBindValue(slowStart + 25 * 60'000);
        incident.addBindValue(QStringLiteral("degraded"));
        incident.addBindValue(QStringLiteral("Slow calls: p95 2,340 ms"));
        incident.addBindValue(QStringLiteral("Slow calls: p95 2,340 ms"));
        incident.exec();
        if (withOpenIncident) {
            const qint64 openStart = (now - 12 * 60) * 1000;
            change.addBindValue(QStringLiteral("email"));
            change.addBindValue(openStart);
            change.addBindValue(QStringLiteral("unhealthy"));
            change.addBindValue(QStringLiteral("HTTP 503"));
            change.exec();
            incident.addBindValue(QStringLiteral("email"));
            incident.addBindValue(openStart);
            incident.addBindValue(QVariant(QMetaType(QMetaType::LongLong)));
            incident.addBindValue(QStringLiteral("unhealthy"));
            incident.addBindValue(QStringLiteral("Injected fault: HTTP 503 from email"));
            incident.addBindValue(QStringLiteral("Circuit breaker open until 14:30:25"));
            incident.exec();
        }
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("demo-fill"));
    history = std::make_unique<health::HealthHistoryService>(path);
}

} // namespace cc::ui::test
