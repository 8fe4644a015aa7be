#include "app/health/HealthHistory.h"

#include "app/core/OwnerOnlyPaths.h"

#include "app/data/DataPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>

namespace cc::health {

namespace {

const QStringList kV1 = {
    QStringLiteral(
        "CREATE TABLE health_buckets (service TEXT NOT NULL, resolution INTEGER NOT NULL, "
        "start INTEGER NOT NULL, up INTEGER NOT NULL, down INTEGER NOT NULL, "
        "latency_min INTEGER NOT NULL, latency_max INTEGER NOT NULL, latency_sum INTEGER NOT NULL, "
        "latency_count INTEGER NOT NULL, PRIMARY KEY (service, resolution, start)) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE health_changes (id INTEGER PRIMARY KEY, service TEXT NOT NULL, "
                   "at_ms INTEGER NOT NULL, state TEXT NOT NULL, reason TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX health_changes_service_idx ON health_changes (service, at_ms)"),
    QStringLiteral("CREATE TABLE health_incidents (id INTEGER PRIMARY KEY, service TEXT NOT NULL, "
                   "started_ms INTEGER NOT NULL, resolved_ms INTEGER, worst TEXT NOT NULL, "
                   "first_error TEXT NOT NULL, last_error TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX health_incidents_started_idx ON health_incidents (started_ms DESC)"),
};

constexpr qint64 kPruneEverySec = 600;

QDateTime fromMs(const QVariant& value) {
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Incident incidentFrom(const QSqlQuery& query) {
    Incident incident;
    incident.id = query.value(0).toLongLong();
    incident.service = query.value(1).toString();
    incident.startedUtc = fromMs(query.value(2));
    incident.resolvedUtc = fromMs(query.value(3));
    incident.worst = HealthStates::fromKey(query.value(4).toString()).value_or(HealthState::Degraded);
    incident.firstError = query.value(5).toString();
    incident.lastError = query.value(6).toString();
    return incident;
}

const QString kIncidentColumns =
    QStringLiteral("id, service, started_ms, resolved_ms, worst, first_error, last_error");

} // namespace

QString HealthHistory::defaultPath(const QString& profile, const QString& root) {
    // DataPaths names the per-user folder below the profile's; the history is per profile, so it sits one up.
    const QFileInfo userFolder(data::DataPaths::directory(profile, QStringLiteral("_"), root));
    return userFolder.dir().filePath(QStringLiteral("health.sqlite"));
}

const QList<QStringList>& HealthHistory::migrations() {
    static const QList<QStringList> list = {kV1};
    return list;
}

HealthHistory::HealthHistory(QString path, QString connectionName)
    : m_file(
          data::SqliteFile::Options{std::move(path), std::move(connectionName), migrations(), false, true}) {}

HealthHistory::~HealthHistory() = default;

Result<bool> HealthHistory::open() {
    OwnerOnlyPaths::makeDirectory(QFileInfo(m_file.path()).absolutePath());
    auto opened = m_file.open();
    if (!opened) {
        return opened;
    }
    return loadState();
}

Result<bool> HealthHistory::loadState() {
    m_lastState.clear();
    m_open.clear();
    QSqlQuery query(m_file.database());
    if (!query.exec(QStringLiteral("SELECT service, state FROM health_changes WHERE id IN "
                                   "(SELECT max(id) FROM health_changes GROUP BY service)"))) {
        return data::SqliteFile::storageError(query.lastError(), tr("the health history"));
    }
    while (query.next()) {
        m_lastState.insert(query.value(0).toString(),
                           HealthStates::fromKey(query.value(1).toString()).value_or(HealthState::Unknown));
    }
    if (!query.exec(QStringLiteral("SELECT %1 FROM health_incidents WHERE resolved_ms IS NULL")
                        .arg(kIncidentColumns))) {
        return data::SqliteFile::storageError(query.lastError(), tr("the health history"));
    }
    while (query.next()) {
        const Incident incident = incidentFrom(query);
        m_open.insert(incident.service, incident);
    }
    return true;
}

Result<bool> HealthHistory::addToBucket(const QString& service, UptimeMath::Resolution resolution,
                                        qint64 atSec, bool up, qint64 latencyMs) {
    UptimeMath::Bucket sample;
    sample.resolution = resolution;
    sample.startSec = UptimeMath::bucketStart(atSec, resolution);
    UptimeMath::add(sample, up, latencyMs);
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral(
        "INSERT INTO health_buckets (service, resolution, start, up, down, latency_min, latency_max, "
        "latency_sum, latency_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (service, resolution, start) DO UPDATE SET up = up + excluded.up, "
        "down = down + excluded.down, "
        "latency_min = CASE WHEN excluded.latency_count = 0 THEN latency_min WHEN latency_min < 0 "
        "THEN excluded.latency_min ELSE min(latency_min, excluded.latency_min) END, "
        "latency_max = max(latency_max, excluded.latency_max), latency_sum = latency_sum + "
        "excluded.latency_sum, "
        "latency_count = latency_count + excluded.latency_count"));
    query.addBindValue(service);
    query.addBindValue(static_cast<int>(resolution));
    query.addBindValue(sample.startSec);
    query.addBindValue(sample.up);
    query.addBindValue(sample.down);
    query.addBindValue(sample.latencyMin);
    query.addBindValue(sample.latencyMax);
    query.addBindValue(sample.latencySum);
    query.addBindValue(sample.latencyCount);
    if (!query.exec()) {
        return data::SqliteFile::storageError(query.lastError(), tr("the health history"));
    }
    return true;
}

Result<bool> HealthHistory::record(const QString& service, HealthState state, qint64 latencyMs,
                                   const QString& reason, const QDateTime& atUtc) {
    // A null QString binds as SQL NULL; the text columns are NOT NULL.
    const QString error = reason.isNull() ? QStringLiteral("") : reason;
    QSqlDatabase db = m_file.database();
    if (!db.transaction()) {
        return data::SqliteFile::storageError(db.lastError(), tr("the health history"));
    }
    auto fail = [&](const Error& e) -> Result<bool> {
        db.rollback();
        loadState(); // the in-memory view follows what is really stored
        return e;
    };
    const qint64 atMs = atUtc.toMSecsSinceEpoch();
    const qint64 atSec = atUtc.toSecsSinceEpoch();
    if (state != HealthState::Unknown) {
        for (UptimeMath::Resolution resolution : UptimeMath::kAll) {
            if (auto added =
                    addToBucket(service, resolution, atSec, HealthStates::countsAsUp(state), latencyMs);
                !added) {
                return fail(added.error());
            }
        }
    }

    QSqlQuery query(db);
    const HealthState last = m_lastState.value(service, HealthState::Unknown);
    const bool firstEver = !m_lastState.contains(service);
    if (firstEver || last != state) {
        query.prepare(
            QStringLiteral("INSERT INTO health_changes (service, at_ms, state, reason) VALUES (?, ?, ?, ?)"));
        query.addBindValue(service);
        query.addBindValue(atMs);
        query.addBindValue(HealthStates::key(state));
        query.addBindValue(error);
        if (!query.exec()) {
            return fail(data::SqliteFile::storageError(query.lastError(), tr("the health history")));
        }
        m_lastState.insert(service, state);
    }

    // Incidents: opened by a failing result, kept up to date while it lasts, resolved by a healthy one.
    // Unknown changes nothing: not knowing is neither an outage nor a recovery.
    const bool failing = state == HealthState::Degraded || state == HealthState::Unhealthy;
    auto open = m_open.find(service);
    if (failing && open == m_open.end()) {
        Incident incident;
        incident.service = service;
        incident.startedUtc = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
        incident.worst = state;
        incident.firstError = error;
        incident.lastError = error;
        query.prepare(QStringLiteral("INSERT INTO health_incidents (service, started_ms, resolved_ms, worst, "
                                     "first_error, last_error) VALUES (?, ?, NULL, ?, ?, ?)"));
        query.addBindValue(service);
        query.addBindValue(atMs);
        query.addBindValue(HealthStates::key(state));
        query.addBindValue(error);
        query.addBindValue(error);
        if (!query.exec()) {
            return fail(data::SqliteFile::storageError(query.lastError(), tr("the health history")));
        }
        incident.id = query.lastInsertId().toLongLong();
        m_open.insert(service, incident);
    } else if (failing) {
        Incident& incident = open.value();
        incident.worst = HealthStates::worse(incident.worst, state);
        if (!error.isEmpty()) {
            incident.lastError = error;
        }
        query.prepare(QStringLiteral("UPDATE health_incidents SET worst = ?, last_error = ? WHERE id = ?"));
        query.addBindValue(HealthStates::key(incident.worst));
        query.addBindValue(incident.lastError);
        query.addBindValue(incident.id);
        if (!query.exec()) {
            return fail(data::SqliteFile::storageError(query.lastError(), tr("the health history")));
        }
    } else if (state == HealthState::Healthy && open != m_open.end()) {
        query.prepare(QStringLiteral("UPDATE health_incidents SET resolved_ms = ? WHERE id = ?"));
        query.addBindValue(atMs);
        query.addBindValue(open.value().id);
        if (!query.exec()) {
            return fail(data::SqliteFile::storageError(query.lastError(), tr("the health history")));
        }
        m_open.erase(open);
    }

    if (!db.commit()) {
        return fail(data::SqliteFile::storageError(db.lastError(), tr("the health history")));
    }
    if (atSec - m_lastPruneSec >= kPruneEverySec) {
        m_lastPruneSec = atSec;
        return prune(atSec);
    }
    return true;
}

Result<bool> HealthHistory::prune(qint64 nowSec) {
    QSqlQuery query(m_file.database());
    for (UptimeMath::Resolution resolution : UptimeMath::kAll) {
        query.prepare(QStringLiteral("DELETE FROM health_buckets WHERE resolution = ? AND start < ?"));
        query.addBindValue(static_cast<int>(resolution));
        query.addBindValue(UptimeMath::retentionCutoff(nowSec, resolution));
        if (!query.exec()) {
            return data::SqliteFile::storageError(query.lastError(), tr("the health history"));
        }
    }
    // State changes and resolved incidents are kept as long as the daily buckets.
    const qint64 cutoffMs = (nowSec - UptimeMath::retentionSec(UptimeMath::Resolution::Day)) * 1000;
    query.prepare(QStringLiteral("DELETE FROM health_changes WHERE at_ms < ? AND id NOT IN "
                                 "(SELECT max(id) FROM health_changes GROUP BY service)"));
    query.addBindValue(cutoffMs);
    if (!query.exec()) {
        return data::SqliteFile::storageError(query.lastError(), tr("the health history"));
    }
    query.prepare(
        QStringLiteral("DELETE FROM health_incidents WHERE resolved_ms IS NOT NULL AND resolved_ms < ?"));
    query.addBindValue(cutoffMs);
    if (!query.exec()) {
        return data::SqliteFile::storageError(query.lastError(), tr("the health history"));
    }
    return true;
}

Result<QList<UptimeMath::Bucket>> HealthHistory::buckets(const QString& service,
                                                         UptimeMath::Resolution resolution, qint64 fromSec,
                                                         qint64 toSec) {
    QSqlQuery query(m_file.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT start, up, down, latency_min, latency_max, latency_sum, latency_count "
                       "FROM health_buckets WHERE service = ? AND resolution = ? AND start >= ? "
                       "AND start <= ? ORDER BY start"));
    query.addBindValue(service);
    query.addBindValue(static_cast<int>(resolution));
    query.addBindValue(fromSec);
    query.addBindValue(toSec);
    if (!query.exec()) {
        return data::SqliteFile::storageError(query.lastError(), tr("the health history"));
    }
    QList<UptimeMath::Bucket> list;
    while (query.next()) {
        UptimeMath::Bucket bucket;
        bucket.resolution = resolution;
        bucket.startSec = query.value(0).toLongLong();
        bucket.up = query.value(1).toInt();
        bucket.down = query.value(2).toInt();
        bucket.latencyMin = query.value(3).toLongLong();
        bucket.latencyMax = query.value(4).toLongLong();
        bucket.latencySum = query.value(5).toLongLong();
        bucket.latencyCount = query.value(6).toInt();
        list.append(bucket);
    }
    return list;
}

Result<std::optional<double>> HealthHistory::uptime(const QString& service, qint64 windowSec,
                                                    const QDateTime& nowUtc) {
    const qint64 now = nowUtc.toSecsSinceEpoch();
    const auto resolution = UptimeMath::resolutionFor(windowSec);
    auto list = buckets(service, resolution, now - windowSec, now);
    if (!list) {
        return list.error();
    }
    return UptimeMath::uptimePercent(list.value(), now, windowSec);
}

Result<QList<StateChange>> HealthHistory::changes(const QString& service, const QDateTime& fromUtc) {
    QSqlQuery query(m_file.database());
    query.setForwardOnly(true);
    // The change in force at `fromUtc` too, so a timeline knows how its window begins.
    query.prepare(QStringLiteral(
        "SELECT at_ms, state, reason FROM health_changes WHERE service = ? AND (at_ms >= ? OR id = "
        "(SELECT max(id) FROM health_changes WHERE service = ? AND at_ms < ?)) ORDER BY at_ms, id"));
    const qint64 fromMsValue = fromUtc.toMSecsSinceEpoch();
    query.addBindValue(service);
    query.addBindValue(fromMsValue);
    query.addBindValue(service);
    query.addBindValue(fromMsValue);
    if (!query.exec()) {
        return data::SqliteFile::storageError(query.lastError(), tr("the health history"));
    }
    QList<StateChange> list;
    while (query.next()) {
        list.append(
            StateChange{service, fromMs(query.value(0)),
                        HealthStates::fromKey(query.value(1).toString()).value_or(HealthState::Unknown),
                        query.value(2).toString()});
    }
    return list;
}

Result<QList<Incident>> HealthHistory::incidents(int limit) {
    QSqlQuery query(m_file.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM health_incidents ORDER BY started_ms DESC, id DESC LIMIT ?")
                      .arg(kIncidentColumns));
    query.addBindValue(limit);
    if (!query.exec()) {
        return data::SqliteFile::storageError(query.lastError(), tr("the health history"));
    }
    QList<Incident> list;
    while (query.next()) {
        list.append(incidentFrom(query));
    }
    return list;
}

std::optional<Incident> HealthHistory::openIncident(const QString& service) const {
    const auto it = m_open.constFind(service);
    return it == m_open.constEnd() ? std::nullopt : std::optional<Incident>(it.value());
}

Result<HistorySnapshot> HealthHistory::snapshot(const QStringList& services, const QDateTime& nowUtc) {
    HistorySnapshot snapshot;
    snapshot.atUtc = nowUtc;
    const qint64 now = nowUtc.toSecsSinceEpoch();
    constexpr qint64 kDay = 86'400;
    for (const QString& service : services) {
        ServiceHistory history;
        history.service = service;
        auto minutes = buckets(service, UptimeMath::Resolution::Minute, now - kDay, now);
        auto hours = buckets(service, UptimeMath::Resolution::Hour, now - 30 * kDay, now);
        auto changed = changes(service, nowUtc.addSecs(-7 * kDay));
        if (!minutes) {
            return minutes.error();
        }
        if (!hours) {
            return hours.error();
        }
        if (!changed) {
            return changed.error();
        }
        history.uptime24h = UptimeMath::uptimePercent(minutes.value(), now, kDay);
        history.uptime7d = UptimeMath::uptimePercent(hours.value(), now, 7 * kDay);
        history.uptime30d = UptimeMath::uptimePercent(hours.value(), now, 30 * kDay);
        history.minutes = std::move(minutes).value();
        const qint64 weekStart = now - 7 * kDay;
        for (const UptimeMath::Bucket& bucket : hours.value()) {
            if (bucket.startSec >= weekStart) {
                history.hours.append(bucket);
            }
        }
        history.changes = std::move(changed).value();
        snapshot.services.append(history);
    }
    auto list = incidents();
    if (!list) {
        return list.error();
    }
    snapshot.incidents = std::move(list).value();
    return snapshot;
}

} // namespace cc::health
