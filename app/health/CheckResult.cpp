#include "app/health/CheckResult.h"

#include <QJsonArray>

namespace cc::health {

namespace {
constexpr qint64 kMaxPlausibleLatencyMs = 24LL * 3600 * 1000;
}

QJsonObject SubCheck::toJson() const {
    QJsonObject json{{QStringLiteral("name"), name}, {QStringLiteral("state"), HealthStates::key(state)}};
    if (latencyMs >= 0) {
        json.insert(QStringLiteral("latency_ms"), latencyMs);
    }
    if (!error.isEmpty()) {
        json.insert(QStringLiteral("error"), error);
    }
    return json;
}

CheckResult CheckResult::healthy(QString summary, qint64 latencyMs) {
    CheckResult result;
    result.state = HealthState::Healthy;
    result.summary = std::move(summary);
    result.latencyMs = latencyMs;
    return result;
}

CheckResult CheckResult::degraded(QString summary, QString error, qint64 latencyMs) {
    CheckResult result;
    result.state = HealthState::Degraded;
    result.summary = std::move(summary);
    result.error = std::move(error);
    result.latencyMs = latencyMs;
    return result;
}

CheckResult CheckResult::unhealthy(QString summary, QString error, qint64 latencyMs) {
    CheckResult result;
    result.state = HealthState::Unhealthy;
    result.summary = std::move(summary);
    result.error = std::move(error);
    result.latencyMs = latencyMs;
    return result;
}

CheckResult CheckResult::unknown(QString summary, QString stateLabel) {
    CheckResult result;
    result.state = HealthState::Unknown;
    result.summary = std::move(summary);
    result.stateLabel = std::move(stateLabel);
    return result;
}

bool CheckResult::isWellFormed(QString* why) const {
    auto fail = [why](const QString& reason) {
        if (why != nullptr) {
            *why = reason;
        }
        return false;
    };
    const int raw = static_cast<int>(state);
    if (raw < static_cast<int>(HealthState::Unknown) || raw > static_cast<int>(HealthState::Unhealthy)) {
        return fail(QStringLiteral("state %1 is not a health state").arg(raw));
    }
    if (latencyMs < -1 || latencyMs > kMaxPlausibleLatencyMs) {
        return fail(QStringLiteral("latency %1 ms is impossible").arg(latencyMs));
    }
    if ((state == HealthState::Degraded || state == HealthState::Unhealthy) && error.isEmpty() &&
        summary.isEmpty()) {
        return fail(QStringLiteral("a failing result without a reason"));
    }
    for (const SubCheck& sub : subChecks) {
        if (sub.name.isEmpty()) {
            return fail(QStringLiteral("a sub-check without a name"));
        }
    }
    return true;
}

QJsonObject CheckResult::toJson() const {
    QJsonObject json{{QStringLiteral("state"), HealthStates::key(state)},
                     {QStringLiteral("summary"), summary}};
    if (!error.isEmpty()) {
        json.insert(QStringLiteral("error"), error);
    }
    if (latencyMs >= 0) {
        json.insert(QStringLiteral("latency_ms"), latencyMs);
    }
    if (checkedAtUtc.isValid()) {
        json.insert(QStringLiteral("checked_at"), checkedAtUtc.toString(Qt::ISODateWithMs));
    }
    if (!subChecks.isEmpty()) {
        QJsonArray subs;
        for (const SubCheck& sub : subChecks) {
            subs.append(sub.toJson());
        }
        json.insert(QStringLiteral("checks"), subs);
    }
    return json;
}

} // namespace cc::health
