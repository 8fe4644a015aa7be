#pragma once

#include "app/core/Error.h"
#include "app/data/SqliteFile.h"
#include "app/health/HistoryTypes.h"

#include <QCoreApplication>
#include <QHash>

namespace cc::health {

// The health history in its own SQLite file (health.sqlite next to the profile's caches, owner-only, WAL):
// buckets per minute/hour/day (UptimeMath), state changes and incidents. Synchronous and tied to the thread
// that opened it: HealthHistoryService runs it on a worker thread.
class HealthHistory {
    Q_DECLARE_TR_FUNCTIONS(cc::health::HealthHistory)

public:
    // <AppDataLocation>/data/<profile>/health.sqlite (`root` empty: the standard location).
    static QString defaultPath(const QString& profile, const QString& root = {});
    static const QList<QStringList>& migrations();

    HealthHistory(QString path, QString connectionName);
    ~HealthHistory();

    Result<bool> open();
    const QString& path() const { return m_file.path(); }

    // One result: added to the three buckets (unknown results are not counted), a state change when the
    // state differs from the service's last one, and the incident opened, updated or resolved. Old buckets
    // are pruned as time passes.
    Result<bool> record(const QString& service, HealthState state, qint64 latencyMs, const QString& error,
                        const QDateTime& atUtc);

    Result<QList<UptimeMath::Bucket>> buckets(const QString& service, UptimeMath::Resolution resolution,
                                              qint64 fromSec, qint64 toSec);
    Result<std::optional<double>> uptime(const QString& service, qint64 windowSec, const QDateTime& nowUtc);
    Result<QList<StateChange>> changes(const QString& service, const QDateTime& fromUtc);
    Result<QList<Incident>> incidents(int limit = 100);
    std::optional<Incident> openIncident(const QString& service) const;
    // Everything the dashboard shows, in one go.
    Result<HistorySnapshot> snapshot(const QStringList& services, const QDateTime& nowUtc);

    // Drops buckets past their retention at `nowSec`.
    Result<bool> prune(qint64 nowSec);

private:
    Result<bool> addToBucket(const QString& service, UptimeMath::Resolution resolution, qint64 atSec, bool up,
                             qint64 latencyMs);
    Result<bool> loadState();

    data::SqliteFile m_file;
    QHash<QString, HealthState> m_lastState;
    QHash<QString, Incident> m_open;
    qint64 m_lastPruneSec = 0;
};

} // namespace cc::health
