#include "app/health/HealthHistoryService.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/health/HealthHistory.h"
#include "app/health/HealthMonitor.h"

#include <QPointer>

#include <atomic>

namespace cc::health {

namespace {
std::atomic<int> g_connections{0};
}

HealthHistoryService::HealthHistoryService(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path)) {
    m_thread.setObjectName(QStringLiteral("health-history"));
    m_worker = new QObject();
    m_worker->moveToThread(&m_thread);
    m_thread.start(); // normal priority: the dashboard waits for its reads
    const QString connection = QStringLiteral("cc-health-history-%1").arg(g_connections.fetch_add(1));
    onWorker([this, connection] {
        m_history = new HealthHistory(m_path, connection);
        if (auto opened = m_history->open(); !opened) {
            log::warning(lcHealth(), QStringLiteral("health history unavailable"),
                         {{QStringLiteral("path"), m_path}}, opened.error());
            delete m_history;
            m_history = nullptr;
            QMetaObject::invokeMethod(
                this, [this, error = opened.error()] { emit failed(error); }, Qt::QueuedConnection);
        }
    });
}

HealthHistoryService::~HealthHistoryService() {
    onWorker([this] {
        delete m_history;
        m_history = nullptr;
    });
    QMetaObject::invokeMethod(m_worker, &QObject::deleteLater, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait(); // the queued writes are finished first: nothing recorded is lost at shutdown
}

template <typename Work>
void HealthHistoryService::onWorker(Work work) {
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

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
    onWorker([this, service, state, latencyMs, error, atUtc] {
        if (m_history == nullptr) {
            return;
        }
        if (auto written = m_history->record(service, state, latencyMs, error, atUtc); !written) {
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
    QPointer<QObject> guard(context);
    onWorker([this, services, nowUtc, guard, done = std::move(done)] {
        Result<HistorySnapshot> snapshot =
            m_history != nullptr ? m_history->snapshot(services, nowUtc)
                                 : Result<HistorySnapshot>(
                                       Error(ErrorKind::Storage, tr("The health history is not available")));
        // `this` lives until the thread is joined, so posting to it is safe; the context is checked there.
        QMetaObject::invokeMethod(
            this,
            [guard, done, snapshot = std::move(snapshot)] {
                if (guard) {
                    done(snapshot);
                }
            },
            Qt::QueuedConnection);
    });
}

void HealthHistoryService::flush(QObject* context, std::function<void()> done) {
    QPointer<QObject> guard(context);
    onWorker([this, guard, done = std::move(done)] {
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard) {
                    done();
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace cc::health
