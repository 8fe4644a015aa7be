#include "app/health/HealthAggregator.h"

namespace cc::health {

HealthState HealthAggregator::clientState(const ClientSignal& client, const Thresholds& thresholds,
                                          QString* reason) {
    HealthState state = HealthState::Healthy;
    QStringList reasons;
    auto raise = [&](HealthState to, const QString& why) {
        state = HealthStates::worse(state, to);
        reasons << why;
    };
    switch (client.breaker) {
    case net::CircuitBreaker::State::Open:
        raise(HealthState::Unhealthy,
              tr("Circuit breaker %1")
                  .arg(ServiceHealth::breakerText(client.breaker, client.breakerOpenUntilUtc).toLower()));
        break;
    case net::CircuitBreaker::State::HalfOpen:
        raise(HealthState::Degraded, tr("Circuit breaker half-open: probing the service"));
        break;
    case net::CircuitBreaker::State::Closed:
        break;
    }
    if (client.windowCalls >= thresholds.minimumCalls) {
        const int percent = qRound(client.errorRate * 100.0);
        if (client.errorRate >= thresholds.unhealthyErrorRate) {
            raise(HealthState::Unhealthy, tr("%1% of recent calls failed").arg(percent));
        } else if (client.errorRate >= thresholds.degradedErrorRate) {
            raise(HealthState::Degraded, tr("%1% of recent calls failed").arg(percent));
        }
    }
    if (client.latencySamples >= thresholds.minimumLatencySamples && client.p95Ms >= thresholds.slowP95Ms) {
        raise(HealthState::Degraded, tr("Slow calls: p95 %L1 ms").arg(client.p95Ms));
    }
    if (reason != nullptr) {
        *reason = reasons.join(QStringLiteral("; "));
    }
    return state;
}

ServiceHealth HealthAggregator::merge(const Input& input, const Thresholds& thresholds) {
    ServiceHealth health;
    health.name = input.name;
    health.title = input.title;
    health.client = input.client;

    HealthState checkState = HealthState::Unknown;
    QString checkReason;
    if (input.check) {
        health.hasResult = true;
        health.check = *input.check;
        health.lastCheckUtc = input.check->checkedAtUtc;
        checkState = input.check->state;
        checkReason = input.check->error;
        health.summary = input.check->summary;
        health.stateLabel = input.check->stateLabel;
        if (input.inGrace && !input.everHealthy && checkState != HealthState::Healthy &&
            checkState != HealthState::Unknown) {
            // Starting up: a service that has not answered well yet gets the grace period, like Supabase
            // Studio's "coming up", instead of alarming on the first try.
            checkState = HealthState::Unknown;
            health.stateLabel = tr("Starting up");
            health.summary = tr("Starting up…");
        }
    } else {
        health.stateLabel = tr("Checking");
        health.summary = tr("Checking…");
    }

    QString clientReason;
    const HealthState fromClient =
        input.client ? clientState(*input.client, thresholds, &clientReason) : HealthState::Healthy;
    health.state = HealthStates::worse(checkState, fromClient);

    QStringList reasons;
    if (checkState != HealthState::Healthy && checkState != HealthState::Unknown && !checkReason.isEmpty()) {
        reasons << checkReason;
    }
    if (fromClient != HealthState::Healthy && !clientReason.isEmpty()) {
        reasons << clientReason;
        if (HealthStates::severity(fromClient) > HealthStates::severity(checkState)) {
            // The check alone would look fine: say what the client sees on the summary line.
            health.summary = clientReason;
        }
    }
    for (QString& reason : reasons) {
        while (reason.endsWith(QLatin1Char('.'))) {
            reason.chop(1); // "failing.; Circuit breaker…" reads badly
        }
    }
    health.reason = reasons.join(QStringLiteral("; "));
    return health;
}

HealthAggregator::Overall HealthAggregator::overall(const QList<ServiceHealth>& services) {
    Overall overall;
    overall.state = services.isEmpty() ? HealthState::Unknown : HealthState::Healthy;
    for (const ServiceHealth& service : services) {
        switch (service.state) {
        case HealthState::Healthy:
            ++overall.healthy;
            break;
        case HealthState::Degraded:
            ++overall.degraded;
            break;
        case HealthState::Unhealthy:
            ++overall.unhealthy;
            break;
        case HealthState::Unknown:
            ++overall.unknown;
            break;
        }
        overall.state = HealthStates::worse(overall.state, service.state);
    }
    return overall;
}

QString HealthAggregator::summaryText(const Overall& overall) {
    // English has no translation file, so "%n service(s)" would show as is: the singular is its own string,
    // the plural keeps %n so languages with several plural forms still get them from their translation.
    if (overall.total() == 0) {
        return tr("No checks configured");
    }
    if (overall.unhealthy > 0 && overall.degraded > 0) {
        return (overall.unhealthy == 1 ? tr("1 service down, %1 degraded")
                                       : tr("%n services down, %1 degraded", nullptr, overall.unhealthy))
            .arg(overall.degraded);
    }
    if (overall.unhealthy > 0) {
        return overall.unhealthy == 1 ? tr("1 service down")
                                      : tr("%n services down", nullptr, overall.unhealthy);
    }
    if (overall.degraded > 0) {
        return overall.degraded == 1 ? tr("1 service degraded")
                                     : tr("%n services degraded", nullptr, overall.degraded);
    }
    if (overall.unknown == overall.total()) {
        return overall.unknown == 1 ? tr("Checking 1 service…")
                                    : tr("Checking %n services…", nullptr, overall.unknown);
    }
    if (overall.unknown > 0) {
        return overall.unknown == 1
                   ? tr("All checked systems operational, 1 not checked")
                   : tr("All checked systems operational, %n not checked", nullptr, overall.unknown);
    }
    return tr("All systems operational");
}

} // namespace cc::health
