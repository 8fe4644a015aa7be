#pragma once

#include "app/health/ServiceHealth.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace cc::health {

// The rules that turn a check's result and the client's live metrics into one state. Pure.
//
// From the client's metrics alone:
//   breaker open                                    -> unhealthy ("circuit breaker open until HH:MM:SS")
//   breaker half-open                               -> degraded
//   error rate >= unhealthyErrorRate (enough calls) -> unhealthy
//   error rate >= degradedErrorRate  (enough calls) -> degraded
//   p95 >= slowP95Ms (enough samples)               -> degraded
// The service's state is the worse of that and the check's (Healthy < Unknown < Degraded < Unhealthy), so it
// is never green while real calls fail, and an unanswered check with failing calls is not merely "unknown".
// No result yet, or a failing first result within the start-up grace while the service has never been
// healthy: unknown ("checking…") unless the client's metrics already say otherwise.
class HealthAggregator {
    Q_DECLARE_TR_FUNCTIONS(cc::health::HealthAggregator)

public:
    struct Thresholds {
        double degradedErrorRate = 0.10;
        double unhealthyErrorRate = 0.50;
        quint64 minimumCalls = 5; // fewer decided calls in the window: the rate says nothing
        qint64 slowP95Ms = 2'000;
        int minimumLatencySamples = 5;
    };

    struct Input {
        QString name;
        QString title;
        std::optional<CheckResult> check;
        std::optional<ClientSignal> client;
        bool inGrace = false;
        bool everHealthy = false;
    };

    struct Overall {
        HealthState state = HealthState::Unknown;
        int healthy = 0;
        int degraded = 0;
        int unhealthy = 0;
        int unknown = 0;
        int total() const { return healthy + degraded + unhealthy + unknown; }
    };

    static ServiceHealth merge(const Input& input, const Thresholds& thresholds);
    // The client's verdict alone, with its reason.
    static HealthState clientState(const ClientSignal& client, const Thresholds& thresholds, QString* reason);

    static Overall overall(const QList<ServiceHealth>& services);
    // "All systems operational", "2 services degraded", "1 service down, 1 degraded", "Checking 3 services…".
    static QString summaryText(const Overall& overall);
};

} // namespace cc::health
