#pragma once

#include "app/core/Clock.h"
#include "app/health/HealthAggregator.h"
#include "app/health/HealthCheck.h"
#include "app/health/HealthScheduler.h"
#include "app/health/MetricsWindow.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cc::net {
class ApiClient;
}

namespace cc::health {

// Runs the health checks in parallel, every `intervalMs` and on demand (checkNow), each bounded by its own
// timeout, and merges each result with the API client's live metrics (HealthAggregator). A check that throws,
// hangs or answers with garbage is reported unhealthy with the reason; the monitor itself carries on. A
// breaker change in the client updates the affected service at once, without waiting for the next round.
//
// All on the thread that owns the monitor; the checks' own slow work (disk, keychain, network) is
// asynchronous, so a round never blocks that thread.
class HealthMonitor : public QObject {
    Q_OBJECT

public:
    struct Options {
        qint64 intervalMs = 30'000;
        qint64 graceMs = 10'000; // failing first answers shown as "starting up" this long after start()
        qint64 errorWindowMs = 5 * 60'000;
        HealthAggregator::Thresholds thresholds;
    };
    using MetricsSource = std::function<std::optional<net::ServiceMetricsSnapshot>(const QString& service)>;

    HealthMonitor(const Clock& clock, HealthScheduler& scheduler, Options options, QObject* parent = nullptr);
    HealthMonitor(const Clock& clock, HealthScheduler& scheduler, QObject* parent = nullptr);
    ~HealthMonitor() override;

    // Adds a check (before or after start). Returns it for wiring (e.g. the realtime probe).
    HealthCheck* addCheck(std::unique_ptr<HealthCheck> check);
    // Drops every check (a profile change); a run in progress is cancelled.
    void clearChecks();
    // Reads the live metrics of `client` and follows its breaker changes. The client must outlive the
    // monitor or be detached with watch(nullptr).
    void watch(net::ApiClient* client);
    void setMetricsSource(MetricsSource source);

    // The first round at once, then one every interval.
    void start();
    void stop();
    bool isStarted() const { return m_started; }
    // A round now, outside the schedule. Checks still running from an earlier round are left alone.
    void checkNow();
    bool isChecking() const { return m_pending > 0; }

    const Options& options() const { return m_options; }
    QList<ServiceHealth> services() const;
    std::optional<ServiceHealth> service(const QString& name) const;
    HealthAggregator::Overall overall() const;
    HealthCheck* check(const QString& name) const;

signals:
    // Each time a service's merged view changes (new result, metrics, breaker).
    void serviceUpdated(const cc::health::ServiceHealth& health);
    // A check answered (or timed out): one new result, already merged. The history records these.
    void checked(const cc::health::ServiceHealth& health);
    // The state changed (Unknown -> Healthy at start-up included).
    void stateChanged(const cc::health::ServiceHealth& health, cc::health::HealthState from);
    // Checks were added or cleared (a profile change): views rebuild their list of services.
    void checksChanged();
    void roundStarted();
    void roundFinished();

private:
    struct Entry {
        std::unique_ptr<HealthCheck> check;
        std::optional<CheckResult> last;
        MetricsWindow metrics;
        ServiceHealth view;
        bool everHealthy = false;
        bool running = false;
        quint64 generation = 0;
        HealthScheduler::Id timeout = 0;
    };

    void scheduleNext();
    void runCheck(Entry& entry);
    void finishRun(const QString& name, quint64 generation, CheckResult result);
    Entry* find(const QString& name);
    void refresh(Entry& entry);
    void refreshService(const QString& metricsService);

    const Clock& m_clock;
    HealthScheduler& m_scheduler;
    Options m_options;
    std::vector<std::unique_ptr<Entry>> m_entries;
    MetricsSource m_metrics;
    QPointer<net::ApiClient> m_client;
    QMetaObject::Connection m_breakerConnection;
    bool m_started = false;
    qint64 m_startedAtMs = 0;
    HealthScheduler::Id m_nextRound = 0;
    int m_pending = 0;
};

} // namespace cc::health
