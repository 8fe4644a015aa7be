#pragma once

#include "app/health/HealthState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cc::health {

// One part of a check's answer, e.g. the "database" entry of the backend's /health document.
struct SubCheck {
    QString name;
    HealthState state = HealthState::Unknown;
    qint64 latencyMs = -1; // -1: not measured
    QString error;

    QJsonObject toJson() const;
    bool operator==(const SubCheck&) const = default;
};

// What one run of one check found, before it is merged with the API client's live metrics.
struct CheckResult {
    HealthState state = HealthState::Unknown;
    QString summary;       // one short translated line: "answered in 42 ms", "HTTP 503"
    QString error;         // why it is not healthy (empty when healthy); technical but secret-free
    qint64 latencyMs = -1; // -1: not measured (the check failed before an answer, or measures nothing)
    QList<SubCheck> subChecks;
    QDateTime checkedAtUtc; // filled in by the monitor
    // For an unknown result that is not a failure to check but a state of its own ("Connecting", "Signed
    // out"): what the dashboard shows instead of "Unknown". Unknown results count neither as up nor as down.
    QString stateLabel;

    static CheckResult healthy(QString summary, qint64 latencyMs = -1);
    static CheckResult degraded(QString summary, QString error, qint64 latencyMs = -1);
    static CheckResult unhealthy(QString summary, QString error, qint64 latencyMs = -1);
    static CheckResult unknown(QString summary, QString stateLabel = {});

    // Whether the result is usable at all: a known state, a latency that is -1 or plausible (under a day), a
    // reason when it is not healthy. A check that returns anything else is itself broken ("garbage").
    bool isWellFormed(QString* why = nullptr) const;
    QJsonObject toJson() const;
};

} // namespace cc::health
