#include "app/health/ServiceHealth.h"

#include <QJsonArray>

namespace cc::health {

QString ServiceHealth::stateText() const {
    return state == HealthState::Unknown && !stateLabel.isEmpty() ? stateLabel : HealthStates::label(state);
}

QString ServiceHealth::breakerText() const {
    if (!client) {
        return {};
    }
    return breakerText(client->breaker, client->breakerOpenUntilUtc);
}

QString ServiceHealth::breakerText(net::CircuitBreaker::State state, const QDateTime& openUntilUtc) {
    switch (state) {
    case net::CircuitBreaker::State::Open:
        return openUntilUtc.isValid()
                   ? tr("Open until %1").arg(openUntilUtc.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                   : tr("Open");
    case net::CircuitBreaker::State::HalfOpen:
        return tr("Half-open (probing)");
    case net::CircuitBreaker::State::Closed:
        break;
    }
    return tr("Closed");
}

QJsonObject ServiceHealth::toJson() const {
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("state"), HealthStates::key(state)},
                     {QStringLiteral("summary"), summary}};
    if (!reason.isEmpty()) {
        json.insert(QStringLiteral("reason"), reason);
    }
    if (hasResult) {
        json.insert(QStringLiteral("check"), check.toJson());
    }
    if (lastCheckUtc.isValid()) {
        json.insert(QStringLiteral("last_check"), lastCheckUtc.toString(Qt::ISODateWithMs));
    }
    if (client) {
        QJsonObject metrics{{QStringLiteral("error_rate"), client->errorRate},
                            {QStringLiteral("window_calls"), static_cast<qint64>(client->windowCalls)},
                            {QStringLiteral("p95_ms"), client->p95Ms},
                            {QStringLiteral("breaker"), net::CircuitBreaker::stateName(client->breaker)}};
        if (client->breakerOpenUntilUtc.isValid()) {
            metrics.insert(QStringLiteral("breaker_open_until"),
                           client->breakerOpenUntilUtc.toString(Qt::ISODate));
        }
        if (!client->lastError.isEmpty()) {
            metrics.insert(QStringLiteral("last_error"), client->lastError);
        }
        json.insert(QStringLiteral("client"), metrics);
    }
    return json;
}

} // namespace cc::health
