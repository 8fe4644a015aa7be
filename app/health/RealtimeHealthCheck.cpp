#include "app/health/RealtimeHealthCheck.h"

namespace cc::health {

RealtimeHealthCheck::RealtimeHealthCheck(qint64 timeoutMs, qint64 slowMs, qint64 connectingGraceMs)
    : HealthCheck(QStringLiteral("realtime"), tr("Realtime"), timeoutMs)
    , m_slowMs(slowMs)
    , m_connectingGraceMs(connectingGraceMs) {}

void RealtimeHealthCheck::run(Done done) {
    if (!m_probe) {
        done(CheckResult::unknown(tr("Unknown: realtime not connected")));
        return;
    }
    const quint64 generation = ++*m_generation;
    std::weak_ptr<quint64> alive = m_generation;
    m_probe([alive, generation, slowMs = m_slowMs, graceMs = m_connectingGraceMs,
             done = std::move(done)](const RealtimeStatus& status) {
        const auto current = alive.lock();
        if (!current || *current != generation) {
            return; // cancelled, or the check is gone
        }
        done(evaluate(status, slowMs, graceMs));
    });
}

void RealtimeHealthCheck::cancel() {
    ++*m_generation;
}

CheckResult RealtimeHealthCheck::evaluate(const RealtimeStatus& status, qint64 slowMs,
                                          qint64 connectingGraceMs) {
    if (!status.inUse) {
        return CheckResult::unknown(tr("Sign in to receive live changes"), tr("Signed out"));
    }
    const QString socket = status.socketState.isEmpty() ? tr("unknown") : status.socketState;
    if (!status.connected && status.connecting && status.connectingForMs <= connectingGraceMs) {
        return CheckResult::unknown(tr("Opening the socket and joining its channels"), tr("Connecting"));
    }
    if (!status.connected) {
        return CheckResult::unhealthy(tr("Socket %1").arg(socket),
                                      status.error.isEmpty() ? tr("The realtime socket is not connected")
                                                             : status.error);
    }
    if (!status.heartbeatRoundTripMs && !status.heartbeatPending) {
        return CheckResult::healthy(tr("Connected; the first heartbeat is not due yet"));
    }
    if (!status.heartbeatRoundTripMs) {
        return CheckResult::degraded(tr("No heartbeat reply"),
                                     tr("The socket is open but the heartbeat was not answered"));
    }
    const qint64 rtt = *status.heartbeatRoundTripMs;
    if (rtt >= slowMs) {
        return CheckResult::degraded(tr("Heartbeat in %L1 ms").arg(rtt),
                                     tr("The heartbeat took %L1 ms (more than %L2 ms)").arg(rtt).arg(slowMs),
                                     rtt);
    }
    return CheckResult::healthy(tr("Heartbeat in %L1 ms").arg(rtt), rtt);
}

} // namespace cc::health
