#pragma once

#include "app/health/HealthCheck.h"

#include <QCoreApplication>
#include <QFutureWatcher>

#include <functional>
#include <memory>

namespace cc::health {

// The local SQLite cache: `PRAGMA quick_check` on the cache file and the free space of its disk. Both touch
// the disk, so they run on a worker thread (QtConcurrent); the result comes back to the caller's thread.
class CacheHealthCheck final : public HealthCheck {
    Q_DECLARE_TR_FUNCTIONS(cc::health::CacheHealthCheck)

public:
    struct Limits {
        qint64 degradedFreeBytes = 1LL << 30;    // under 1 GiB free: degraded
        qint64 unhealthyFreeBytes = 200LL << 20; // under 200 MiB free: unhealthy (writes will soon fail)
    };
    // The cache file changes with the profile and the user, so it is asked for at every run. Empty: no cache
    // in use (signed out); only the disk is checked.
    using PathProvider = std::function<QString()>;

    explicit CacheHealthCheck(PathProvider path);
    CacheHealthCheck(PathProvider path, Limits limits, qint64 timeoutMs);
    ~CacheHealthCheck() override;

    void run(Done done) override;
    void cancel() override;

    // The work itself, synchronous, for the worker thread and tests. `freeBytesOverride` >= 0 replaces the
    // measured free space (tests of the limits).
    static CheckResult inspect(const QString& path, const Limits& limits, qint64 freeBytesOverride = -1);

private:
    PathProvider m_path;
    Limits m_limits;
    std::unique_ptr<QFutureWatcher<CheckResult>> m_watcher;
};

} // namespace cc::health
