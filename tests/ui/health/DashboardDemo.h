#pragma once

#include "app/health/HealthHistoryService.h"
#include "app/health/HealthMonitor.h"
#include "tests/support/ManualClock.h"
#include "tests/unit/health/ManualScheduler.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace cc::ui::test {

// A dashboard's surroundings without a backend: six scripted checks (REST, Auth, Realtime, E-mail, /health,
// local cache), scripted client metrics, and a history file filled with `days` of buckets, state changes and
// incidents. Used by the widget tests, the screenshots and the benchmark.
class DashboardDemo {
public:
    explicit DashboardDemo(int historyDays = 30);
    ~DashboardDemo();

    // Every service healthy; or e-mail failing with an open breaker and an open incident.
    void allHealthy();
    void emailFailing();
    // Writes the history file (one transaction) and opens the history service on it.
    void writeHistory(bool withOpenIncident);

    cc::test::ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(14, 30), Qt::UTC)};
    health::test::ManualScheduler scheduler{clock};
    std::unique_ptr<health::HealthMonitor> monitor;
    std::unique_ptr<health::HealthHistoryService> history;
    QHash<QString, net::ServiceMetricsSnapshot> metrics;
    QTemporaryDir dir;
    int days;

    static const QStringList& services();
    void setResult(const QString& service, const health::CheckResult& result);
};

} // namespace cc::ui::test
