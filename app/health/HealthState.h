#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cc::health {

// The state of one service as the dashboard shows it. Unknown covers "checking…" (no answer yet, or the
// start-up grace) and "cannot be checked" (realtime not wired, signed out).
enum class HealthState { Unknown, Healthy, Degraded, Unhealthy };

class HealthStates {
    Q_DECLARE_TR_FUNCTIONS(cc::health::HealthStates)

public:
    // Stable names for JSON, the CLI and the history database: "unknown", "healthy", "degraded", "unhealthy".
    static QString key(HealthState state);
    static std::optional<HealthState> fromKey(const QString& key);
    // Translated label for people ("Healthy", "Degraded", "Down", "Checking…").
    static QString label(HealthState state);
    // Severity for "the worse of two": Healthy < Unknown < Degraded < Unhealthy. Unknown sits above healthy
    // so an overall state is never "healthy" while something has not answered.
    static int severity(HealthState state);
    static HealthState worse(HealthState a, HealthState b);
    // For uptime: up, down, or not counted (Unknown). Degraded counts as up: the service answers.
    static bool countsAsUp(HealthState state) {
        return state == HealthState::Healthy || state == HealthState::Degraded;
    }
};

} // namespace cc::health
