#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace cc::sandbox {

// The GET /health document:
// {"status":"healthy"|"unhealthy","checks":[{"name","healthy","latency_ms","error"}], "timestamp"}. Each part
// of the sandbox registers a probe that really exercises it (a query, a signature); the whole is healthy only
// when every check is.
class HealthReporter {
public:
    // nullopt when healthy, otherwise what is wrong.
    using Probe = std::function<std::optional<QString>()>;

    void add(const QString& name, Probe probe);
    QJsonObject report(const QDateTime& now) const;
    bool isHealthy(const QJsonObject& report) const;

private:
    struct Check {
        QString name;
        Probe probe;
    };
    QList<Check> m_checks;
};

} // namespace cc::sandbox
