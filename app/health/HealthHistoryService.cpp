#include "app/health/HealthHistoryService.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/health/HealthHistory.h"
#include "app/health/HealthMonitor.h"

#include <atomic>

namespace cc::health {

namespace {
std::atomic<int> g_connections{0};
}

// The history and whether it opened, on the worker's thread only.
struct HealthHistoryService::Store {
    Store(QString path, QString connectionName)
        : history(std::move(path), std::move(connectionName)) {}

    HealthHistory history;
    bool opened = false;
};

HealthHistoryService::HealthHistoryService(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_worker(QStringLiteral("health-history"),
               std::make_shared<Store>(
                   m_path, QStringLiteral("cc-health-history-%1").arg(g_connections.fetch_add(1))),
               WorkerPriority::Normal) {
    m_worker.post([this](Store& store) {
        if (auto opened = store.history.open(); !opened) {
            log::warning(lcHealth(), QStringLiteral("health history unavailable"),
                         {{QStringLiteral("path"), m_path}}, opened.error());
            QMetaObject::invokeMethod(
                this, [this, error = opened.error()] { emit failed(error); }, Qt::QueuedConnection);
            return;
        }
        store.opened = true;
    });
}

// The queued writes finish first, then the file is closed on its thread: nothing recorded is lost at
// shutdown (WorkerThread).
HealthHistoryService::~HealthHistoryService() = default;

void HealthHistoryService::attach(HealthMonitor& monitor) {
    connect(&monitor, &HealthMonitor::checked, this, [this](const ServiceHealth& health) { record(health); });
}

void HealthHistoryService::record(const ServiceHealth& health) {
    if (!health.lastCheckUtc.isValid()) {
        return; // not a check's result
    }
    QString error = health.reason;
    if (error.isEmpty() && health.state != HealthState::Healthy) {
        error = health.summary;
    }
    record(health.name, health.state, health.check.latencyMs, error, health.lastCheckUtc);
}

void HealthHistoryService::record(const QString& service, HealthState state, qint64 latencyMs,
                                  const QString& error, const QDateTime& atUtc) {
    m_worker.post([this, service, state, latencyMs, error, atUtc](Store& store) {
        if (!store.opened) {
            return;
        }
        if (auto written = store.history.record(service, state, latencyMs, error, atUtc); !written) {
            QMetaObject::invokeMethod(
                this, [this, e = written.error()] { emit failed(e); }, Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            this, [this, service] { emit recorded(service); }, Qt::QueuedConnection);
    });
}

void HealthHistoryService::loadSnapshot(const QStringList& services, const QDateTime& nowUtc,
                                        QObject* context, SnapshotDone done) {
    m_worker.run<HistorySnapshot>(
        [services, nowUtc](Store& store) -> Result<HistorySnapshot> {
            if (!store.opened) {
                return Error(ErrorKind::Storage, tr("The health history is not available"));
            }
            return store.history.snapshot(services, nowUtc);
        },
        context, [done = std::move(done)](Result<HistorySnapshot> snapshot) { done(snapshot); });
}

void HealthHistoryService::flush(QObject* context, std::function<void()> done) {
    m_worker.run<bool>([](Store&) -> Result<bool> { return true; }, context,
                       [done = std::move(done)](Result<bool>) { done(); });
}

} // namespace cc::health
