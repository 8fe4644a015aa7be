#pragma once

#include "app/realtime/PhoenixMessage.h"
#include "app/realtime/PostgresChange.h"
#include "app/sandbox/realtime/JoinedChannel.h"

#include <QHash>
#include <QObject>
#include <QQueue>

#include <memory>

class QWebSocket;

namespace cc {
class Clock;
}

namespace cc::sandbox {

class FaultInjector;
class KeyRing;

// One client's realtime socket: the Phoenix protocol (heartbeat, phx_join with postgres_changes,
// access_token, phx_leave) in the version the client asked for, the channels it joined, and the delivery of
// committed changes to them under row-level security. Realtime faults act here: frames are delayed by the
// rule's latency, and a join draws the rule's drop (the socket is dropped) and error (the join is refused)
// odds.
class RealtimeConnection : public QObject {
    Q_OBJECT

public:
    struct Context {
        const KeyRing& keys;
        const Clock& clock;
        FaultInjector& faults;
    };

    RealtimeConnection(std::unique_ptr<QWebSocket> socket, realtime::ProtocolVersion version, QString apiKey,
                       Context context, QObject* parent = nullptr);
    ~RealtimeConnection() override;

    void deliver(const QList<realtime::PostgresChange>& changes);
    // Closes every channel whose token has expired: a `system` error, then `phx_close` (as Supabase does).
    void expireTokens();
    // Drops the TCP connection without a close handshake (fault injection, shutdown).
    void drop();
    // Closes the WebSocket with a close frame (code and reason), e.g. for a key refused after the upgrade.
    void closeWith(int code, const QString& reason);

    qsizetype channelCount() const { return m_channels.size(); }
    realtime::ProtocolVersion version() const { return m_version; }

signals:
    void closed();

private:
    void onText(const QString& text);
    void handleJoin(const realtime::PhoenixMessage& message);
    void handleLeave(const realtime::PhoenixMessage& message);
    void handleAccessToken(const realtime::PhoenixMessage& message);
    void refuseJoin(const realtime::PhoenixMessage& message, const QString& reason);
    // Ends a channel the way Supabase does when its token is no longer valid.
    void shutDownChannel(const QString& topic, const QString& systemMessage);
    void send(const realtime::PhoenixMessage& message);
    void flushOne();

    std::unique_ptr<QWebSocket> m_socket;
    realtime::ProtocolVersion m_version;
    QString m_apiKey;
    Context m_context;
    QHash<QString, JoinedChannel> m_channels; // by topic
    QQueue<QString> m_delayed;                // frames held back by a latency fault, in order
};

} // namespace cc::sandbox
