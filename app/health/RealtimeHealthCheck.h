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
    bool inUse = true;                          // false: no one is signed in, so there is no socket to check
    bool connecting = false;                    // opening the socket or joining its channels
    qint64 connectingForMs = 0;                 // since when, while connecting
    bool heartbeatPending = false;              // a heartbeat is out, not answered yet
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
//
// A socket that is still connecting is "Connecting" (unknown: neither up nor down, so no incident) for at
// most `connectingGraceMs`, the client's join timeout: a socket that has not joined by then is down. An open
// socket whose first heartbeat is not due yet is healthy: its join was answered.
class RealtimeHealthCheck final : public HealthCheck {
    Q_DECLARE_TR_FUNCTIONS(cc::health::RealtimeHealthCheck)

public:
    using Probe = std::function<void(std::function<void(RealtimeStatus)> done)>;

    static constexpr qint64 kDefaultConnectingGraceMs = 10'000;

    explicit RealtimeHealthCheck(qint64 timeoutMs = 10'000, qint64 slowMs = 2'000,
                                 qint64 connectingGraceMs = kDefaultConnectingGraceMs);

    QString metricsService() const override { return QStringLiteral("realtime"); }
    void setProbe(Probe probe) { m_probe = std::move(probe); }
    bool hasProbe() const { return static_cast<bool>(m_probe); }

    void run(Done done) override;
    void cancel() override;

    static CheckResult evaluate(const RealtimeStatus& status, qint64 slowMs,
                                qint64 connectingGraceMs = kDefaultConnectingGraceMs);

private:
    Probe m_probe;
    qint64 m_slowMs;
    qint64 m_connectingGraceMs;
    std::shared_ptr<quint64> m_generation = std::make_shared<quint64>(0);
};

} // namespace cc::health
