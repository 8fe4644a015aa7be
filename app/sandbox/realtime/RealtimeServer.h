#pragma once

#include "app/realtime/PostgresChange.h"
#include "app/sandbox/HttpRequest.h"
#include "app/sandbox/HttpResponse.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QWebSocket;

namespace cc {
class Clock;
}

namespace cc::sandbox {

class FaultInjector;
class KeyRing;
class RealtimeConnection;

// Supabase Realtime's postgres_changes on the sandbox's HTTP port, at /realtime/v1/websocket?apikey=&vsn=.
// HttpFrontend asks checkUpgrade() before a WebSocket upgrade (apikey, vsn, and the realtime fault rule's
// drop odds), hands accepted sockets to accept(), and RestApi's ChangeJournal feeds broadcast() after each
// commit. A timer closes channels whose token has expired (at most kExpirySweepMs late; the Clock decides
// "expired").
class RealtimeServer : public QObject {
    Q_OBJECT

public:
    static inline const QString kPath = QStringLiteral("/realtime/v1/websocket");
    static constexpr int kExpirySweepMs = 250;

    RealtimeServer(const KeyRing& keys, const Clock& clock, FaultInjector& faults, QObject* parent = nullptr);
    ~RealtimeServer() override;

    // nullopt: let the upgrade happen. Otherwise the HTTP answer that refuses it (401 for the key, 400 for an
    // unsupported vsn, a dropped connection for an injected drop), as Supabase answers handshake failures.
    std::optional<HttpResponse> checkUpgrade(const HttpRequest& request);
    void accept(std::unique_ptr<QWebSocket> socket);
    void broadcast(const QList<realtime::PostgresChange>& changes);
    // Fault rules changed: a realtime rule that drops every connection drops the open sockets at once.
    void applyFaults();
    void expireTokens();
    void shutdown();

    qsizetype connectionCount() const { return m_connections.size(); }
    qsizetype channelCount() const;
    // For /health: the codec round-trips and no fault makes realtime unusable. nullopt when healthy.
    std::optional<QString> probe() const;

private:
    // The gateway's apikey check on a handshake (header apikey or x-api-key, or ?apikey=): its message if
    // refused.
    std::optional<QString> keyProblem(const HttpRequest& request) const;
    void remove(RealtimeConnection* connection);

    const KeyRing& m_keys;
    const Clock& m_clock;
    FaultInjector& m_faults;
    QList<RealtimeConnection*> m_connections; // children of this object
    QTimer m_expiry;
};

} // namespace cc::sandbox
