#include "app/health/CacheHealthCheck.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace cc::health {

namespace {

// The nearest existing directory: QStorageInfo needs one, and a fresh profile has no data folder yet.
QString existingDirectoryOf(const QString& path) {
    QFileInfo info(path.isEmpty() ? QDir::homePath() : path);
    QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    while (!dir.exists() && !dir.isRoot()) {
        if (!dir.cdUp()) {
            break;
        }
    }
    return dir.absolutePath();
}

QString megabytes(qint64 bytes) {
    return QStringLiteral("%L1 MB").arg(bytes / (1024 * 1024));
}

} // namespace

CacheHealthCheck::CacheHealthCheck(PathProvider path, Limits limits, qint64 timeoutMs)
    : HealthCheck(QStringLiteral("cache"), tr("Local cache"), timeoutMs)
    , m_path(std::move(path))
    , m_limits(limits) {}

CacheHealthCheck::CacheHealthCheck(PathProvider path)
    : CacheHealthCheck(std::move(path), Limits{}, 10'000) {}

CacheHealthCheck::~CacheHealthCheck() {
    cancel();
}

void CacheHealthCheck::run(Done done) {
    cancel();
    const QString path = m_path ? m_path() : QString();
    m_watcher = std::make_unique<QFutureWatcher<CheckResult>>();
    QFutureWatcher<CheckResult>* watcher = m_watcher.get();
    QObject::connect(watcher, &QFutureWatcher<CheckResult>::finished, watcher,
                     [watcher, done = std::move(done)] { done(watcher->result()); });
    watcher->setFuture(QtConcurrent::run([path, limits = m_limits] { return inspect(path, limits); }));
}

void CacheHealthCheck::cancel() {
    if (m_watcher) {
        // The worker cannot be interrupted inside SQLite; its result is simply dropped. The watcher goes
        // later so a finished() already queued finds no receiver.
        m_watcher->disconnect();
        m_watcher.release()->deleteLater();
    }
}

CheckResult CacheHealthCheck::inspect(const QString& path, const Limits& limits, qint64 freeBytesOverride) {
    QElapsedTimer timer; // measures the work, decides nothing
    timer.start();
    QList<SubCheck> subs;

    SubCheck integrity{QStringLiteral("quick_check"), HealthState::Healthy, -1, {}};
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        static std::atomic<int> counter{0};
        const QString connection = QStringLiteral("cc-health-cache-%1").arg(counter.fetch_add(1));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
            if (!db.open()) {
                integrity.state = HealthState::Unhealthy;
                integrity.error = tr("cannot open the cache: %1").arg(db.lastError().text());
            } else {
                QSqlQuery query(db);
                QStringList problems;
                if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
                    problems << query.lastError().text();
                } else {
                    while (query.next()) {
                        const QString line = query.value(0).toString();
                        if (line != QStringLiteral("ok")) {
                            problems << line;
                        }
                    }
                }
                if (!problems.isEmpty()) {
                    integrity.state = HealthState::Unhealthy;
                    integrity.error = tr("the cache file is damaged: %1")
                                          .arg(problems.mid(0, 3).join(QStringLiteral("; ")));
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    } else {
        integrity.error.clear();
    }
    integrity.latencyMs = timer.elapsed();
    subs.append(integrity);

    SubCheck disk{QStringLiteral("free_disk"), HealthState::Healthy, -1, {}};
    qint64 free = freeBytesOverride;
    if (free < 0) {
        QStorageInfo storage(existingDirectoryOf(path));
        free = storage.isValid() ? storage.bytesAvailable() : -1;
    }
    if (free < 0) {
        disk.state = HealthState::Unknown;
        disk.error = tr("the free space of the disk is unknown");
    } else if (free < limits.unhealthyFreeBytes) {
        disk.state = HealthState::Unhealthy;
        disk.error = tr("only %1 free on the cache's disk").arg(megabytes(free));
    } else if (free < limits.degradedFreeBytes) {
        disk.state = HealthState::Degraded;
        disk.error = tr("only %1 free on the cache's disk").arg(megabytes(free));
    }
    subs.append(disk);

    CheckResult result;
    result.subChecks = subs;
    result.latencyMs = timer.elapsed();
    result.state = HealthStates::worse(
        integrity.state, disk.state == HealthState::Unknown ? HealthState::Healthy : disk.state);
    QStringList errors;
    for (const SubCheck& sub : subs) {
        if (!sub.error.isEmpty()) {
            errors << sub.error;
        }
    }
    result.error = result.state == HealthState::Healthy ? QString() : errors.join(QStringLiteral("; "));
    const QString freeText = free >= 0 ? megabytes(free) : tr("unknown");
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        result.summary = tr("No cache file yet; %1 free").arg(freeText);
    } else if (result.state == HealthState::Healthy) {
        result.summary = tr("Intact; %1 free").arg(freeText);
    } else {
        result.summary =
            integrity.state != HealthState::Healthy ? tr("Cache damaged") : tr("Disk nearly full");
    }
    return result;
}

} // namespace cc::health
