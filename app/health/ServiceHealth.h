#pragma once

#include "app/health/CheckResult.h"
#include "app/net/CircuitBreaker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cc::health {

// What the API client has seen of a service lately: the input the aggregator merges with a check's result.
struct ClientSignal {
    double errorRate = 0.0; // failed share of the calls decided in the window
    quint64 windowCalls = 0;
    qint64 p95Ms = 0;
    int latencySamples = 0;
    net::CircuitBreaker::State breaker = net::CircuitBreaker::State::Closed;
    QDateTime breakerOpenUntilUtc; // valid while open
    QString lastError;
    QDateTime lastErrorAtUtc;
};

// One service as the dashboard, the CLI and the history see it: the merged state and everything behind it.
struct ServiceHealth {
    Q_DECLARE_TR_FUNCTIONS(cc::health::ServiceHealth)

public:
    QString name;  // "rest"
    QString title; // "REST API"
    HealthState state = HealthState::Unknown;
    // What an unknown state is called here: "Checking", "Starting up", "Connecting", "Signed out"; empty:
    // "Unknown". stateText() is what views show.
    QString stateLabel;
    QString summary; // one line: the check's summary, or what the client's metrics say
    QString reason;  // why it is not healthy (empty when healthy)
    bool hasResult = false;
    CheckResult check; // the last raw result (sub-checks, latency)
    std::optional<ClientSignal> client;
    QDateTime lastCheckUtc;

    qint64 latencyMs() const { return check.latencyMs; }
    // The state's label ("Healthy", "Down"), or for an unknown state the reason it is not known yet.
    QString stateText() const;
    // "Closed", "Open until 14:03:05", "Half-open (probing)"; empty without client metrics.
    QString breakerText() const;
    static QString breakerText(net::CircuitBreaker::State state, const QDateTime& openUntilUtc);
    QJsonObject toJson() const;
};

} // namespace cc::health
