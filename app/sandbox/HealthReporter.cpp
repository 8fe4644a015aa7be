#include "app/sandbox/HealthReporter.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace cc::sandbox {

void HealthReporter::add(const QString& name, Probe probe) {
    m_checks.append(Check{name, std::move(probe)});
}

QJsonObject HealthReporter::report(const QDateTime& now) const {
    QJsonArray checks;
    bool healthy = true;
    for (const Check& check : m_checks) {
        // Latency is reported, never acted upon, so a real timer is fine here (no injected clock needed).
        QElapsedTimer timer;
        timer.start();
        const std::optional<QString> problem = check.probe();
        const double latencyMs = static_cast<double>(timer.nsecsElapsed()) / 1.0e6;
        healthy = healthy && !problem;
        checks.append(
            QJsonObject{{QStringLiteral("name"), check.name},
                        {QStringLiteral("healthy"), !problem},
                        {QStringLiteral("latency_ms"), qRound(latencyMs * 1000.0) / 1000.0},
                        {QStringLiteral("error"), problem ? QJsonValue(*problem) : QJsonValue::Null}});
    }
    return {{QStringLiteral("status"), healthy ? QStringLiteral("healthy") : QStringLiteral("unhealthy")},
            {QStringLiteral("checks"), checks},
            {QStringLiteral("timestamp"), now.toUTC().toString(Qt::ISODateWithMs)}};
}

bool HealthReporter::isHealthy(const QJsonObject& report) const {
    return report.value(QStringLiteral("status")).toString() == QStringLiteral("healthy");
}

} // namespace cc::sandbox
