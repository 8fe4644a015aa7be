#pragma once

#include "app/core/Error.h"
#include "app/realtime/ChangeBinding.h"
#include "app/realtime/ChangeLedger.h"
#include "app/realtime/ConnectionState.h"
#include "app/realtime/FailurePolicy.h"
#include "app/realtime/HeartbeatMonitor.h"
#include "app/realtime/PhoenixMessage.h"
#include "app/realtime/PostgresChange.h"
#include "app/realtime/ProtocolVersion.h"
#include "app/realtime/RealtimeChannel.h"
#include "app/realtime/RealtimeTokenKeeper.h"
#include "app/realtime/ReconnectBackoff.h"

#include <QAbstractSocket>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <vector>

class QWebSocket;

namespace cc {
class Clock;
class RandomSource;
} // namespace cc

namespace cc::realtime {

// One profile's Supabase Realtime connection: one websocket to {project}/realtime/v1/websocket, the channels
// with their postgres_changes bindings, heartbeats, reconnects and the token the channels are authorised
// with. What it guarantees (docs/realtime-protocol.md §6 lists what the official clients get wrong):
//  - heartbeats every 25 s on the injected monotonic clock; one unanswered by the next is a dead socket;
//  - reconnects with jittered backoff (ReconnectBackoff), reset after a successful join;
//  - every join (first or after a reconnect) carries the token the provider gives *now*, and a token known to
//    be expired is refreshed first, never sent;
//  - a new token is pushed to every joined channel (access_token) as soon as it exists, and refreshed through
//    the hook before the old one expires if nobody else did;
//  - a token-expired refusal or close means "refresh, then rejoin"; auth refusals stop after
//    FailurePolicy::kMaxAuthFailures in a row with state AuthFailed and a reason (lastError());
//  - after every (re)join the catch-up hook fetches what changed while the channel was not joined; changes
//    are delivered once (ChangeLedger), in the same changeReceived() signal, then resynced();
//  - stop() leaves every channel and closes the socket.
// Nothing blocks: the socket is asynchronous and one timer drives all deadlines (tick()), re-armed for the
// earliest one, so tests can move a manual clock and call tick().
class RealtimeClient : public QObject {
    Q_OBJECT

public:
    using TokenProvider = RealtimeTokenKeeper::TokenProvider;
    using RefreshDone = RealtimeTokenKeeper::RefreshDone;
    using RefreshHook = RealtimeTokenKeeper::RefreshHook;
    // Fetches what may have changed while the channels were not joined; `done` receives it as changes, or an
    // error (then the client cannot prove nothing was missed: it reconnects and tries again).
    using CatchUpDone = std::function<void(Result<QList<PostgresChange>> missed)>;
    using CatchUpHook = std::function<void(CatchUpDone done)>;

    static constexpr qint64 kConnectTimeoutMs = 10'000;
    static constexpr qint64 kJoinTimeoutMs = 10'000;
    static constexpr qint64 kLeaveTimeoutMs = 2'000;
    // After a failed refresh, when to ask again.
    static constexpr qint64 kRefreshRetryMs = 15'000;

    RealtimeClient(QUrl projectUrl, QString apiKey, Clock& clock, RandomSource& random,
                   QObject* parent = nullptr);
    ~RealtimeClient() override;

    // ws(s)://host/realtime/v1/websocket?apikey=KEY&vsn=2.0.0 for an http(s) project URL. Contains the key:
    // log it only through Redactor::redactUrl().
    static QUrl socketUrl(const QUrl& projectUrl, const QString& apiKey,
                          ProtocolVersion version = ProtocolVersion::V2);

    void setTokenProvider(TokenProvider provider) { m_tokens.setProvider(std::move(provider)); }
    void setRefreshHook(RefreshHook hook) { m_tokens.setRefreshHook(std::move(hook)); }
    void setCatchUpHook(CatchUpHook hook) { m_catchUpHook = std::move(hook); }
    void setProtocolVersion(ProtocolVersion version) { m_version = version; }
    // For tests: a shorter heartbeat interval. Takes effect with the next socket.
    void setHeartbeatIntervalMs(qint64 ms) { m_heartbeatIntervalMs = ms; }

    // A channel "realtime:<name>" with its bindings. Joined on start() (or at once when the socket is open).
    void addChannel(const QString& name, const QList<ChangeBinding>& bindings);

    // Connects and joins. Also the way out of AuthFailed after the user signed in again.
    void start();
    // Leaves every channel (phx_leave), then closes the socket (at the latest after kLeaveTimeoutMs); the
    // state is Disconnected at once, stopped() follows when the socket is closed.
    void stop();

    ConnectionState state() const { return m_state; }
    bool isRunning() const { return m_running; }
    // Why the client gave up (AuthFailed, a fatal refusal) or the last problem it retries after.
    const Error& lastError() const { return m_lastError; }
    // Sockets opened so far, and changes delivered (tests, diagnostics).
    int connectionCount() const { return m_connections; }
    int deliveredCount() const { return m_delivered; }
    std::optional<qint64> lastHeartbeatRoundTripMs() const { return m_heartbeat.lastRoundTripMs(); }
    // A heartbeat was sent and its reply has not arrived yet.
    bool isHeartbeatPending() const { return m_heartbeat.isPending(); }
    const ChangeLedger& ledger() const { return m_ledger; }
    // The newest updated_at delivered or known: where a catch-up starts.
    void raiseHighWater(const QString& updatedAt) { m_ledger.raiseHighWater(updatedAt); }
    const QString& highWater() const { return m_ledger.highWater(); }

public Q_SLOTS:
    // Does whatever is due on the clock (heartbeat, reconnect, rejoin, join timeout, token check), then
    // re-arms the timer for the next deadline.
    void tick();
    // The session has a new token (Session::refreshed): push it to the channels now.
    void tokenChanged();

Q_SIGNALS:
    void changeReceived(const cc::realtime::PostgresChange& change);
    void stateChanged(cc::realtime::ConnectionState state);
    // Every channel is joined and the catch-up after it is done: nothing was missed.
    void resynced();
    // The socket is closed after stop() (or a fatal refusal).
    void stopped();

private:
    enum class SocketPhase { None, Connecting, Open, Closing };
    // Something due at a moment of the monotonic clock; `channel` indexes m_channels for the channel kinds.
    struct Deadline {
        enum class Kind {
            ConnectTimeout,
            CloseTimeout,
            Heartbeat,
            JoinTimeout,
            SubscriptionTimeout,
            Rejoin,
            TokenCheck,
            Reconnect
        };
        Kind kind;
        qint64 atMs;
        std::size_t channel;
    };

    std::vector<Deadline> deadlines() const;
    bool act(const Deadline& deadline, qint64 now);
    static bool awaitsSubscription(const RealtimeChannel& channel);

    void connectNow();
    void openSocket();
    void abortSocket(const QString& why);
    void onConnected(QWebSocket* socket);
    void socketGone(QWebSocket* socket);
    void onFrame(const QString& frame);
    void onChannelMessage(RealtimeChannel& channel, const PhoenixMessage& message);
    void onJoinReply(RealtimeChannel& channel, const PhoenixMessage& message);
    void onSystem(RealtimeChannel& channel, const QJsonObject& payload);
    void onChange(RealtimeChannel& channel, const QJsonObject& payload);
    void join(RealtimeChannel& channel);
    void leaveAll();
    void channelFailed(RealtimeChannel& channel, FailurePolicy::Action action, const QString& reason);
    void maybeAllJoined();
    void deliver(const PostgresChange& change);
    void checkToken();
    void scheduleTokenCheck();
    void noUsableToken();
    void scheduleReconnect();
    void giveUp(ConnectionState state, const Error& error);
    void sendClose();
    void send(const PhoenixMessage& message);
    QString nextRef();
    RealtimeChannel* findChannel(const QString& topic);
    void setState(ConnectionState state);
    void arm();

    QUrl m_projectUrl;
    QString m_apiKey;
    Clock& m_clock;
    ProtocolVersion m_version = ProtocolVersion::V2;
    qint64 m_heartbeatIntervalMs = HeartbeatMonitor::kIntervalMs;
    RealtimeTokenKeeper m_tokens;
    CatchUpHook m_catchUpHook;

    std::vector<RealtimeChannel> m_channels;
    QPointer<QWebSocket> m_socket;
    SocketPhase m_phase = SocketPhase::None;
    qint64 m_phaseSinceMs = 0;
    bool m_closeSent = false;
    HeartbeatMonitor m_heartbeat;
    ReconnectBackoff m_backoff;
    ChangeLedger m_ledger;
    QTimer m_timer;

    ConnectionState m_state = ConnectionState::Disconnected;
    bool m_running = false;
    Error m_lastError;
    qint64 m_reconnectAtMs = -1;
    qint64 m_tokenCheckAtMs = -1;
    int m_authFailures = 0;
    quint64 m_generation = 0;    // bumped per socket: late callbacks for an older socket are ignored
    quint64 m_catchUpSerial = 0; // only the latest catch-up may declare the client live
    quint64 m_nextRef = 0;
    int m_connections = 0;
    int m_delivered = 0;
};

} // namespace cc::realtime
