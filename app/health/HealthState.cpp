#include "app/health/HealthState.h"

namespace cc::health {

QString HealthStates::key(HealthState state) {
    switch (state) {
    case HealthState::Healthy:
        return QStringLiteral("healthy");
    case HealthState::Degraded:
        return QStringLiteral("degraded");
    case HealthState::Unhealthy:
        return QStringLiteral("unhealthy");
    case HealthState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<HealthState> HealthStates::fromKey(const QString& key) {
    for (HealthState state :
         {HealthState::Unknown, HealthState::Healthy, HealthState::Degraded, HealthState::Unhealthy}) {
        if (HealthStates::key(state) == key) {
            return state;
        }
    }
    return std::nullopt;
}

QString HealthStates::label(HealthState state) {
    switch (state) {
    case HealthState::Healthy:
        return tr("Healthy");
    case HealthState::Degraded:
        return tr("Degraded");
    case HealthState::Unhealthy:
        return tr("Down");
    case HealthState::Unknown:
        break;
    }
    return tr("Unknown");
}

int HealthStates::severity(HealthState state) {
    switch (state) {
    case HealthState::Healthy:
        return 0;
    case HealthState::Unknown:
        return 1;
    case HealthState::Degraded:
        return 2;
    case HealthState::Unhealthy:
        return 3;
    }
    return 3;
}

HealthState HealthStates::worse(HealthState a, HealthState b) {
    return severity(a) >= severity(b) ? a : b;
}

} // namespace cc::health
