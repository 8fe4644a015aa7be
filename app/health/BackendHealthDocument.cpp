#include "app/health/BackendHealthDocument.h"

#include "app/core/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::health {

CheckResult BackendHealthDocument::interpret(const net::ApiResponse& response) {
    if (response.httpStatus == 0) {
        const QString reason = response.error.message.isEmpty() ? Error::defaultMessage(response.error.kind)
                                                                : response.error.message;
        return CheckResult::unhealthy(tr("No answer"), Redactor::redactText(reason));
    }
    return interpret(response.httpStatus, response.body, response.elapsedMs);
}

CheckResult BackendHealthDocument::interpret(int httpStatus, const QByteArray& body, qint64 latencyMs) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = doc.object();
    const QJsonValue checks = object.value(QStringLiteral("checks"));
    const QJsonValue status = object.value(QStringLiteral("status"));
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !status.isString() ||
        !checks.isArray()) {
        if (httpStatus < 200 || httpStatus >= 300) {
            return CheckResult::unhealthy(
                tr("HTTP %1").arg(httpStatus),
                tr("The health endpoint answered HTTP %1 without a health document").arg(httpStatus),
                latencyMs);
        }
        return CheckResult::unhealthy(tr("Unreadable health document"),
                                      tr("The health endpoint's answer is not a health document"), latencyMs);
    }

    CheckResult result;
    int failing = 0;
    QStringList reasons;
    for (const QJsonValue& value : checks.toArray()) {
        const QJsonObject entry = value.toObject();
        SubCheck sub;
        sub.name = entry.value(QStringLiteral("name")).toString();
        const QJsonValue healthy = entry.value(QStringLiteral("healthy"));
        if (sub.name.isEmpty() || !healthy.isBool()) {
            return CheckResult::unhealthy(tr("Unreadable health document"),
                                          tr("A check in the health document has no name or no verdict"),
                                          latencyMs);
        }
        sub.state = healthy.toBool() ? HealthState::Healthy : HealthState::Unhealthy;
        const QJsonValue latency = entry.value(QStringLiteral("latency_ms"));
        if (latency.isDouble() && latency.toDouble() >= 0) {
            sub.latencyMs = qRound64(latency.toDouble());
        }
        sub.error = Redactor::redactText(entry.value(QStringLiteral("error")).toString());
        if (!healthy.toBool()) {
            ++failing;
            if (sub.error.isEmpty()) {
                sub.error = tr("failing");
            }
            reasons << tr("%1: %2").arg(sub.name, sub.error);
        }
        result.subChecks.append(sub);
    }
    result.latencyMs = latencyMs;
    const int total = static_cast<int>(result.subChecks.size());
    const bool saysHealthy = status.toString() == QStringLiteral("healthy");
    if (failing == 0 && saysHealthy) {
        result.state = HealthState::Healthy;
        result.summary = tr("%n check(s) passing", nullptr, total);
        return result;
    }
    if (failing == 0) {
        // The backend says it is unhealthy but names no failing part: believe it, with less alarm.
        result.state = HealthState::Degraded;
        result.summary = tr("Reports \"%1\"").arg(status.toString());
        result.error =
            tr("The backend reports itself %1 without naming a failing check").arg(status.toString());
        return result;
    }
    result.state = failing == total ? HealthState::Unhealthy : HealthState::Degraded;
    result.summary = tr("%1 of %n check(s) failing", nullptr, total).arg(failing);
    result.error = reasons.join(QStringLiteral("; "));
    return result;
}

} // namespace cc::health
