#pragma once

#include "app/health/HealthState.h"
#include "app/health/UptimeMath.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cc::health {

// One change of a service's state, for the timeline strip.
struct StateChange {
    QString service;
    QDateTime atUtc;
    HealthState state = HealthState::Unknown;
    QString reason;
};

// A period during which a service was not healthy: opened by the first degraded or unhealthy result,
// resolved by the next healthy one.
struct Incident {
    qint64 id = 0;
    QString service;
    QDateTime startedUtc;
    QDateTime resolvedUtc; // invalid while open
    HealthState worst = HealthState::Degraded;
    QString firstError;
    QString lastError;

    bool isOpen() const { return !resolvedUtc.isValid(); }
    // Until `nowUtc` while open.
    qint64 durationSec(const QDateTime& nowUtc) const {
        return startedUtc.secsTo(isOpen() ? nowUtc : resolvedUtc);
    }
};

// What the dashboard shows of one service's past.
struct ServiceHistory {
    QString service;
    std::optional<double> uptime24h;
    std::optional<double> uptime7d;
    std::optional<double> uptime30d;
    QList<UptimeMath::Bucket> minutes; // the last 24 h
    QList<UptimeMath::Bucket> hours;   // the last 7 days
    QList<StateChange> changes;        // the last 7 days, plus the one in force at its start
};

struct HistorySnapshot {
    QDateTime atUtc;
    QList<ServiceHistory> services;
    QList<Incident> incidents; // newest first

    const ServiceHistory* service(const QString& name) const {
        for (const ServiceHistory& history : services) {
            if (history.service == name) {
                return &history;
            }
        }
        return nullptr;
    }
};

} // namespace cc::health
