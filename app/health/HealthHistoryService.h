#pragma once

#include "app/core/Error.h"
#include "app/core/WorkerThread.h"
#include "app/health/HistoryTypes.h"
#include "app/health/ServiceHealth.h"

#include <QObject>

#include <functional>

namespace cc::health {

class HealthMonitor;

// HealthHistory on a thread of its own: results are written and snapshots read there, never on the GUI
// thread. Answers come back on the thread that owns this object, to a context that may be gone by then.
class HealthHistoryService : public QObject {
    Q_OBJECT

public:
    using SnapshotDone = std::function<void(const Result<HistorySnapshot>& snapshot)>;

    explicit HealthHistoryService(QString path, QObject* parent = nullptr);
    // Finishes the queued writes, closes the file and joins the thread.
    ~HealthHistoryService() override;

    // Records every result the monitor produces from now on.
    void attach(HealthMonitor& monitor);

    void record(const ServiceHealth& health);
    void record(const QString& service, HealthState state, qint64 latencyMs, const QString& error,
                const QDateTime& atUtc);
    void loadSnapshot(const QStringList& services, const QDateTime& nowUtc, QObject* context,
                      SnapshotDone done);
    // For tests and start-up: `done` runs once every write queued before it is stored.
    void flush(QObject* context, std::function<void()> done);

    const QString& path() const { return m_path; }

signals:
    // A write or the opening failed (shown on the dashboard; the monitor goes on without history).
    void failed(const cc::Error& error);
    // Something was written: the dashboard may reload.
    void recorded(const QString& service);

private:
    struct Store;

    QString m_path;
    WorkerThread<Store> m_worker; // normal priority: the dashboard waits for its reads
};

} // namespace cc::health
