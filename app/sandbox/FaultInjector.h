#pragma once

#include "app/core/RandomSource.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc::sandbox {

// Deterministic fault injection for demos and resilience tests. Per service (rest, auth, realtime, email,
// health) a rule adds latency, fails a share of requests with a fixed status (and Retry-After), or drops the
// connection. Decisions draw from a seeded random source, so a test with the same seed and the same request
// order sees the same faults.
//
// Configuration (POST /_sandbox/faults body, or --faults):
//   {"seed": 7, "rest": {"error_rate": 0.5, "status": 503, "latency_ms": 200, "retry_after": 2, "drop_rate":
//   0}}
// "status" alone means every request fails with it. Posting merges per service; DELETE clears everything.
class FaultInjector {
public:
    struct Rule {
        double errorRate = 0.0;
        int status = 503;
        int latencyMs = 0;
        int retryAfterSeconds = 0; // 0: no Retry-After header
        double dropRate = 0.0;

        QJsonObject toJson() const;
    };

    struct Decision {
        bool drop = false;
        int status = 0; // 0: answer normally
        int delayMs = 0;
        int retryAfterSeconds = 0;
    };

    explicit FaultInjector(quint64 seed = 1);

    static const QStringList& services();

    // Applies a configuration; on an invalid one nothing changes and the reason is returned.
    std::optional<QString> configure(const QJsonObject& config);
    void clear();
    QJsonObject toJson() const;

    Decision decide(const QString& service);
    // The rule of a service, if any: the health report marks a service that always fails as unhealthy.
    std::optional<Rule> rule(const QString& service) const;

private:
    QHash<QString, Rule> m_rules;
    quint64 m_seed;
    SeededRandom m_random;
};

} // namespace cc::sandbox
