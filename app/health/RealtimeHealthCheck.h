#pragma once

#include "app/health/HealthCheck.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

namespace cc::health {

// What the realtime client reports for the check: the socket's state and one heartbeat round trip.
struct RealtimeStatus {
    bool connected = false;
    QString socketState;                        // e.g. "open", "connecting", "closed": shown as is
    std::optional<qint64> heartbeatRoundTripMs; // nullopt: no heartbeat reply (yet)
    QString error;                              // why it is not connected, if known
};

// The realtime socket and its heartbeat. The realtime client plugs in through a probe function, so this
// component does not depend on it:
//
//   check->setProbe([socket](auto done) {
//       socket->sendHeartbeat([socket, done](std::optional<qint64> rttMs) {
//           done({socket->isOpen(), socket->stateName(), rttMs, socket->lastError()});
//       });
//   });
//
// The probe must call `done` once on the caller's thread. Without a probe the check reports unknown
// ("realtime not connected").
class RealtimeHealthCheck final : public HealthCheck {
    Q_DECLARE_TR_FUNCTIONS(cc::health::RealtimeHealthCheck)

public:
    using Probe = std::function<void(std::function<void(RealtimeStatus)> done)>;

    explicit RealtimeHealthCheck(qint64 timeoutMs = 10'000, qint64 slowMs = 2'000);

    QString metricsService() const override { return QStringLiteral("realtime"); }
    void setProbe(Probe probe) { m_probe = std::move(probe); }
    bool hasProbe() const { return static_cast<bool>(m_probe); }

    void run(Done done) override;
    void cancel() override;

    static CheckResult evaluate(const RealtimeStatus& status, qint64 slowMs);

private:
    Probe m_probe;
    qint64 m_slowMs;
    std::shared_ptr<quint64> m_generation = std::make_shared<quint64>(0);
};

} // namespace cc::health
