#pragma once

#include "app/health/CheckResult.h"

#include <QString>

#include <functional>

namespace cc::health {

// One named check the HealthMonitor runs on a schedule and on demand. A check is asynchronous: run() starts
// the work and calls `done` once, on the thread that called run() (now or later). The monitor bounds every
// run with timeoutMs(): a run that has not answered by then is reported unhealthy and cancel() is called, and
// whatever it reports afterwards is ignored. A check that throws or answers with a malformed result is
// reported unhealthy too, so a broken check can never take the monitor down with it.
class HealthCheck {
public:
    using Done = std::function<void(CheckResult result)>;

    HealthCheck(QString name, QString title, qint64 timeoutMs);
    virtual ~HealthCheck();
    HealthCheck(const HealthCheck&) = delete;
    HealthCheck& operator=(const HealthCheck&) = delete;

    // Stable key for history, JSON and the API client's metrics: "rest", "auth", "cache", ...
    const QString& name() const { return m_name; }
    // Translated name for people: "REST API", "Local cache".
    const QString& title() const { return m_title; }
    qint64 timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(qint64 ms) { m_timeoutMs = ms; }
    // The ApiClient service whose live metrics are merged into this check's state (empty: none).
    virtual QString metricsService() const { return {}; }

    virtual void run(Done done) = 0;
    // The monitor gave up on the current run (timeout, shutdown): stop any work still going on.
    virtual void cancel() {}

private:
    QString m_name;
    QString m_title;
    qint64 m_timeoutMs;
};

} // namespace cc::health
