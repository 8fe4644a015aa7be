#include "app/realtime/RealtimeClient.h"
#include "app/core/SupabaseEndpoints.h"

#include "app/core/Clock.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/core/RandomSource.h"
#include "app/core/Redactor.h"
#include "app/realtime/PhoenixEvents.h"
#include "app/realtime/TokenRefreshSchedule.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>

namespace cc::realtime {

namespace {

// The timer never spins faster than this, whatever a deadline computation says.
constexpr qint64 kMinTimerMs = 5;

QString rowKey(const PostgresChange& change) {
    const QJsonValue id = change.row().value(QStringLiteral("id"));
    return id.isString() ? id.toString() : id.toVariant().toString();
}

QString rowVersion(const PostgresChange& change) {
    const QString updatedAt = change.record.value(QStringLiteral("updated_at")).toString();
    if (change.type != PostgresChange::Type::Delete && !updatedAt.isEmpty()) {
        return updatedAt;
    }
    return change.commitTimestamp.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

RealtimeClient::RealtimeClient(QUrl projectUrl, QString apiKey, Clock& clock, RandomSource& random,
                               QObject* parent)
    : QObject(parent)
    , m_projectUrl(std::move(projectUrl))
    , m_apiKey(std::move(apiKey))
    , m_clock(clock)
    , m_tokens(clock)
    , m_backoff(random) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RealtimeClient::tick);
}

RealtimeClient::~RealtimeClient() {
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket.data();
    }
}

QUrl RealtimeClient::socketUrl(const QUrl& projectUrl, const QString& apiKey, ProtocolVersion version) {
    return SupabaseEndpoints::forProject(projectUrl).realtimeSocket(apiKey, vsnString(version));
}

void RealtimeClient::addChannel(const QString& name, const QList<ChangeBinding>& bindings) {
    RealtimeChannel channel;
    channel.topic = QString(events::kTopicPrefix) + name;
    channel.bindings = bindings;
    m_channels.push_back(channel);
    if (m_phase == SocketPhase::Open && m_running) {
        join(m_channels.back());
    }
}

RealtimeChannel* RealtimeClient::findChannel(const QString& topic) {
    for (RealtimeChannel& channel : m_channels) {
        if (channel.topic == topic) {
            return &channel;
        }
    }
    return nullptr;
}

QString RealtimeClient::nextRef() {
    return QString::number(++m_nextRef);
}

void RealtimeClient::setState(ConnectionState state) {
    if (m_state == state) {
        return;
    }
    m_state = state;
    cc::log::info(lcRealtime(), QStringLiteral("realtime state changed"),
                  {{QStringLiteral("state"), connectionStateName(state)}});
    Q_EMIT stateChanged(state);
}

// --- lifecycle ---------------------------------------------------------------------------------------------

void RealtimeClient::start() {
    if (m_running) {
        return;
    }
    if (m_socket) { // still leaving after a stop(): this socket belongs to the old run
        abortSocket(QStringLiteral("restarted"));
    }
    m_running = true;
    m_authFailures = 0;
    m_backoff.reset();
    m_lastError = {};
    m_reconnectAtMs = -1;
    for (RealtimeChannel& channel : m_channels) {
        channel.state = RealtimeChannel::State::Closed;
    }
    connectNow();
}

void RealtimeClient::stop() {
    const bool wasRunning = m_running;
    const bool hadSocket = !m_socket.isNull();
    m_running = false;
    m_reconnectAtMs = -1;
    m_tokenCheckAtMs = -1;
    leaveAll();
    setState(ConnectionState::Disconnected);
    if (wasRunning && !hadSocket) {
        Q_EMIT stopped(); // otherwise when the socket has closed
    }
    arm();
}

void RealtimeClient::giveUp(ConnectionState state, const Error& error) {
    m_lastError = error;
    cc::log::warning(lcRealtime(), QStringLiteral("realtime gave up"),
                     {{QStringLiteral("state"), connectionStateName(state)}}, error);
    const bool hadSocket = !m_socket.isNull();
    m_running = false;
    m_reconnectAtMs = -1;
    m_tokenCheckAtMs = -1;
    leaveAll();
    setState(state);
    if (!hadSocket) {
        Q_EMIT stopped(); // otherwise when the socket has closed
    }
    arm();
}

void RealtimeClient::connectNow() {
    const quint64 generation = m_generation;
    m_tokens.withFreshToken([this, generation](bool ok) {
        if (!m_running || m_phase != SocketPhase::None || generation != m_generation) {
            return;
        }
        if (ok) {
            openSocket();
        } else {
            noUsableToken();
        }
    });
}

void RealtimeClient::noUsableToken() {
    if (m_tokens.hasProvider() && m_tokens.current().isEmpty()) {
        giveUp(ConnectionState::Disconnected,
               Error(ErrorKind::Auth, tr("Live updates need a signed-in user."), QStringLiteral("no token")));
        return;
    }
    if (++m_authFailures >= FailurePolicy::kMaxAuthFailures) {
        giveUp(
            ConnectionState::AuthFailed,
            Error(ErrorKind::Auth,
                  tr("Live updates stopped: the access token has expired and could not be renewed. Sign in "
                     "again to resume."),
                  QStringLiteral("no usable token after %1 attempts").arg(m_authFailures)));
        return;
    }
    scheduleReconnect();
}

void RealtimeClient::openSocket() {
    ++m_generation;
    ++m_connections;
    m_phase = SocketPhase::Connecting;
    m_phaseSinceMs = m_clock.monotonicMs();
    m_closeSent = false;
    setState(ConnectionState::Connecting);
    auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, socket] { onConnected(socket); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { socketGone(socket); });
    connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError error) {
                cc::log::info(lcRealtime(), QStringLiteral("realtime socket error"),
                              {{QStringLiteral("error"), static_cast<int>(error)},
                               {QStringLiteral("detail"), Redactor::redactText(socket->errorString())}});
                if (m_phase == SocketPhase::Connecting && socket == m_socket) {
                    socketGone(socket); // a failed connect does not always say disconnected()
                }
            });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString& frame) {
        if (socket == m_socket) {
            onFrame(frame);
        }
    });
    const QUrl url = socketUrl(m_projectUrl, m_apiKey, m_version);
    cc::log::info(lcRealtime(), QStringLiteral("realtime connecting"),
                  {{QStringLiteral("url"), Redactor::redactUrl(url)},
                   {QStringLiteral("attempt"), m_backoff.attempts()}});
    socket->open(url);
    arm();
}

void RealtimeClient::abortSocket(const QString& why) {
    if (!m_socket) {
        return;
    }
    cc::log::info(lcRealtime(), QStringLiteral("realtime closing socket"), {{QStringLiteral("reason"), why}});
    QWebSocket* socket = m_socket;
    socket->abort();
    socketGone(socket); // no-op when abort() already reported it
}

void RealtimeClient::onConnected(QWebSocket* socket) {
    if (socket != m_socket) {
        return;
    }
    const qint64 now = m_clock.monotonicMs();
    m_phase = SocketPhase::Open;
    m_phaseSinceMs = now;
    m_heartbeat = HeartbeatMonitor(m_heartbeatIntervalMs);
    m_heartbeat.reset(now);
    cc::log::info(lcRealtime(), QStringLiteral("realtime connected"));
    setState(ConnectionState::Joining);
    for (RealtimeChannel& channel : m_channels) {
        if (channel.state == RealtimeChannel::State::Closed) {
            join(channel);
        }
    }
    arm();
}

void RealtimeClient::socketGone(QWebSocket* socket) {
    if (socket != m_socket || !socket) {
        return;
    }
    cc::log::info(lcRealtime(), QStringLiteral("realtime disconnected"),
                  {{QStringLiteral("close_code"), static_cast<int>(socket->closeCode())},
                   {QStringLiteral("close_reason"), Redactor::redactText(socket->closeReason())}});
    m_socket = nullptr;
    socket->disconnect(this);
    socket->deleteLater();
    m_phase = SocketPhase::None;
    m_heartbeat.stop();
    m_tokenCheckAtMs = -1;
    for (RealtimeChannel& channel : m_channels) {
        channel.state = RealtimeChannel::State::Closed;
        channel.joinRef.clear();
        channel.leaveRef.clear();
    }
    if (!m_running) {
        Q_EMIT stopped();
        arm();
        return;
    }
    scheduleReconnect();
}

void RealtimeClient::scheduleReconnect() {
    const qint64 delay = m_backoff.nextDelayMs();
    m_reconnectAtMs = m_clock.monotonicMs() + delay;
    cc::log::info(lcRealtime(), QStringLiteral("realtime reconnect scheduled"),
                  {{QStringLiteral("delay_ms"), delay}, {QStringLiteral("attempt"), m_backoff.attempts()}});
    setState(ConnectionState::Reconnecting);
    arm();
}

void RealtimeClient::leaveAll() {
    if (m_phase == SocketPhase::Connecting) {
        abortSocket(QStringLiteral("stopped while connecting"));
        return;
    }
    if (m_phase != SocketPhase::Open) {
        return;
    }
    bool leaving = false;
    for (RealtimeChannel& channel : m_channels) {
        if (channel.state == RealtimeChannel::State::Joined ||
            channel.state == RealtimeChannel::State::Joining) {
            channel.leaveRef = nextRef();
            send(PhoenixMessage::leave(channel.topic, channel.joinRef, channel.leaveRef));
            channel.state = RealtimeChannel::State::Leaving;
            leaving = true;
        } else {
            channel.state = RealtimeChannel::State::Closed;
        }
    }
    m_phase = SocketPhase::Closing;
    m_phaseSinceMs = m_clock.monotonicMs();
    m_heartbeat.stop();
    if (!leaving) {
        sendClose();
    }
}

void RealtimeClient::sendClose() {
    if (!m_socket || m_closeSent) {
        return;
    }
    m_closeSent = true;
    m_phaseSinceMs = m_clock.monotonicMs();
    m_socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("leaving"));
}

// --- the timer ---------------------------------------------------------------------------------------------

// Every deadline the client keeps: the one table that tick() acts on and arm() takes the earliest of, so the
// two can never disagree about what is due.
std::vector<RealtimeClient::Deadline> RealtimeClient::deadlines() const {
    std::vector<Deadline> table;
    const auto add = [&table](Deadline::Kind kind, qint64 atMs, std::size_t channel = 0) {
        if (atMs >= 0) {
            table.push_back({kind, atMs, channel});
        }
    };
    switch (m_phase) {
    case SocketPhase::Connecting:
        add(Deadline::Kind::ConnectTimeout, m_phaseSinceMs + kConnectTimeoutMs);
        break;
    case SocketPhase::Closing:
        add(Deadline::Kind::CloseTimeout, m_phaseSinceMs + kLeaveTimeoutMs);
        break;
    case SocketPhase::Open:
        if (m_heartbeat.isRunning()) {
            add(Deadline::Kind::Heartbeat, m_heartbeat.nextDueMs());
        }
        for (std::size_t i = 0; i < m_channels.size(); ++i) {
            const RealtimeChannel& channel = m_channels[i];
            if (channel.state == RealtimeChannel::State::Joining) {
                add(Deadline::Kind::JoinTimeout, channel.joinSentAtMs + kJoinTimeoutMs, i);
            } else if (awaitsSubscription(channel)) {
                add(Deadline::Kind::SubscriptionTimeout, channel.joinedAtMs + kJoinTimeoutMs, i);
            } else if (channel.state == RealtimeChannel::State::Errored) {
                add(Deadline::Kind::Rejoin, channel.rejoinAtMs, i);
            }
        }
        add(Deadline::Kind::TokenCheck, m_tokenCheckAtMs);
        break;
    case SocketPhase::None:
        if (m_running) {
            add(Deadline::Kind::Reconnect, m_reconnectAtMs);
        }
        break;
    }
    return table;
}

bool RealtimeClient::awaitsSubscription(const RealtimeChannel& channel) {
    return channel.state == RealtimeChannel::State::Joined && !channel.subscribed &&
           !channel.bindings.isEmpty();
}

void RealtimeClient::tick() {
    const qint64 now = m_clock.monotonicMs();
    const SocketPhase phase = m_phase;
    for (const Deadline& deadline : deadlines()) {
        // An earlier action may have changed the socket (a heartbeat timeout closes it): what was due for the
        // socket that was is no longer anyone's.
        if (deadline.atMs > now || m_phase != phase) {
            continue;
        }
        if (!act(deadline, now)) {
            break;
        }
    }
    arm();
}

// Does what `deadline` stands for; false when the socket is gone and nothing else may run in this tick.
bool RealtimeClient::act(const Deadline& deadline, qint64 now) {
    RealtimeChannel* channel = deadline.channel < m_channels.size() ? &m_channels[deadline.channel] : nullptr;
    switch (deadline.kind) {
    case Deadline::Kind::ConnectTimeout:
        abortSocket(QStringLiteral("connect timeout"));
        return false;
    case Deadline::Kind::CloseTimeout:
        if (m_closeSent) {
            abortSocket(QStringLiteral("close timeout"));
        } else {
            sendClose();
        }
        return false;
    case Deadline::Kind::Heartbeat:
        switch (m_heartbeat.tick(now)) {
        case HeartbeatMonitor::Action::SendHeartbeat: {
            const QString ref = nextRef();
            send(PhoenixMessage::heartbeat(ref));
            m_heartbeat.sent(ref, now);
            checkToken(); // like realtime-js: re-read the token with every heartbeat
            return true;
        }
        case HeartbeatMonitor::Action::TimedOut:
            cc::log::warning(lcRealtime(), QStringLiteral("realtime heartbeat unanswered"));
            abortSocket(QStringLiteral("heartbeat timeout"));
            return false;
        case HeartbeatMonitor::Action::None:
            return true;
        }
        return true;
    case Deadline::Kind::JoinTimeout:
        // join() and channelFailed() may call back into code that reads the list: the channel is found again
        // by index, and only acted on while it is still in the state the deadline was for.
        if (channel && channel->state == RealtimeChannel::State::Joining) {
            channelFailed(*channel, FailurePolicy::Action::Retry, QStringLiteral("join timed out"));
        }
        return true;
    case Deadline::Kind::SubscriptionTimeout:
        if (channel && awaitsSubscription(*channel)) {
            // A server that never confirms the subscription: go on rather than hang in Joining.
            cc::log::warning(lcRealtime(), QStringLiteral("realtime subscription not confirmed"),
                             {{QStringLiteral("topic"), channel->topic}});
            channel->subscribed = true;
            maybeAllJoined();
        }
        return true;
    case Deadline::Kind::Rejoin:
        if (channel && channel->state == RealtimeChannel::State::Errored && channel->rejoinAtMs >= 0) {
            join(*channel);
        }
        return true;
    case Deadline::Kind::TokenCheck:
        if (m_tokenCheckAtMs >= 0 && now >= m_tokenCheckAtMs) {
            m_tokenCheckAtMs = -1;
            checkToken();
        }
        return true;
    case Deadline::Kind::Reconnect:
        if (m_running && m_reconnectAtMs >= 0 && now >= m_reconnectAtMs) {
            m_reconnectAtMs = -1;
            connectNow();
        }
        return false;
    }
    return true;
}

void RealtimeClient::arm() {
    qint64 due = -1;
    for (const Deadline& deadline : deadlines()) {
        if (due < 0 || deadline.atMs < due) {
            due = deadline.atMs;
        }
    }
    if (due < 0) {
        m_timer.stop();
        return;
    }
    const qint64 now = m_clock.monotonicMs();
    m_timer.start(static_cast<int>(std::clamp<qint64>(due - now, kMinTimerMs, 24 * 3600 * 1000)));
}

// --- frames ------------------------------------------------------------------------------------------------

void RealtimeClient::send(const PhoenixMessage& message) {
    if (m_socket && (m_phase == SocketPhase::Open || m_phase == SocketPhase::Closing)) {
        m_socket->sendTextMessage(QString::fromUtf8(message.encode(m_version)));
    }
}

void RealtimeClient::onFrame(const QString& frame) {
    const QByteArray bytes = frame.toUtf8();
    Result<PhoenixMessage> decoded = PhoenixMessage::decode(bytes, m_version);
    if (!decoded.ok()) {
        cc::log::warning(lcRealtime(), QStringLiteral("realtime frame rejected"),
                         {{QStringLiteral("bytes"), bytes.size()}}, decoded.error());
        return;
    }
    const PhoenixMessage& message = decoded.value();
    if (message.topic == events::kPhoenixTopic) {
        if (message.event == events::kPhxReply) {
            m_heartbeat.acknowledge(message.ref, m_clock.monotonicMs());
        }
        return;
    }
    RealtimeChannel* channel = findChannel(message.topic);
    if (!channel) {
        cc::log::debug(lcRealtime(), QStringLiteral("realtime message for an unknown topic"),
                       {{QStringLiteral("topic"), message.topic}, {QStringLiteral("event"), message.event}});
        return;
    }
    // Replies and pushes for an earlier join of this channel are stale (phoenix channel.js isMember).
    if (!message.joinRef.isEmpty() && message.joinRef != channel->joinRef) {
        cc::log::debug(lcRealtime(), QStringLiteral("realtime stale message dropped"),
                       {{QStringLiteral("topic"), message.topic}, {QStringLiteral("event"), message.event}});
        return;
    }
    onChannelMessage(*channel, message);
    arm();
}

void RealtimeClient::onChannelMessage(RealtimeChannel& channel, const PhoenixMessage& message) {
    using State = RealtimeChannel::State;
    if (message.event == events::kPhxReply) {
        if (channel.state == State::Joining && message.ref == channel.joinRef) {
            onJoinReply(channel, message);
        } else if (channel.state == State::Leaving && message.ref == channel.leaveRef) {
            channel.state = State::Closed;
            const bool allLeft =
                std::none_of(m_channels.begin(), m_channels.end(),
                             [](const RealtimeChannel& c) { return c.state == State::Leaving; });
            if (allLeft && m_phase == SocketPhase::Closing) {
                sendClose();
            }
        }
    } else if (message.event == events::kPostgresChanges) {
        onChange(channel, message.payload);
    } else if (message.event == events::kSystem) {
        onSystem(channel, message.payload);
    } else if (message.event == events::kPhxClose) {
        if (channel.state == State::Leaving || channel.closedBySystem || channel.state == State::Errored) {
            return; // expected, or already handled through the system message that announced it
        }
        if (channel.state == State::Joined || channel.state == State::Joining) {
            channelFailed(channel, FailurePolicy::Action::Retry, QStringLiteral("closed by the server"));
        }
    } else if (message.event == events::kPhxError) {
        if (channel.state == State::Joined || channel.state == State::Joining) {
            channelFailed(channel, FailurePolicy::Action::Retry,
                          QStringLiteral("channel error on the server"));
        }
    } else {
        cc::log::debug(lcRealtime(), QStringLiteral("realtime event ignored"),
                       {{QStringLiteral("event"), message.event}});
    }
}

// --- joining -----------------------------------------------------------------------------------------------

void RealtimeClient::join(RealtimeChannel& channel) {
    if (m_phase != SocketPhase::Open) {
        return;
    }
    const QString token = m_tokens.current();
    if (m_tokens.hasProvider() && !TokenRefreshSchedule::isUsable(token, m_clock.nowUtc())) {
        // Never join with a token known to be expired (docs/realtime-protocol.md §6 rule 3): refresh first.
        channel.state = RealtimeChannel::State::Errored;
        channel.rejoinAtMs = -1;
        const QString topic = channel.topic;
        const quint64 generation = m_generation;
        m_tokens.withFreshToken([this, topic, generation](bool ok) {
            RealtimeChannel* c = findChannel(topic);
            if (!c || generation != m_generation || !m_running ||
                c->state != RealtimeChannel::State::Errored) {
                return;
            }
            if (ok) {
                join(*c);
            } else {
                channelFailed(*c, FailurePolicy::Action::AuthError, QStringLiteral("no usable access token"));
            }
            arm();
        });
        return;
    }
    QJsonArray bindings;
    for (const ChangeBinding& binding : channel.bindings) {
        bindings.append(binding.toJson());
    }
    QJsonObject payload{
        {QStringLiteral("config"),
         QJsonObject{{QStringLiteral("broadcast"),
                      QJsonObject{{QStringLiteral("ack"), false}, {QStringLiteral("self"), false}}},
                     {QStringLiteral("presence"),
                      QJsonObject{{QStringLiteral("enabled"), false}, {QStringLiteral("key"), QString()}}},
                     {QStringLiteral("postgres_changes"), bindings},
                     {QStringLiteral("private"), false}}},
        {QStringLiteral("version"), QStringLiteral("campaign-console/" CONSOLE_VERSION)}};
    if (!token.isEmpty()) {
        payload.insert(QStringLiteral("access_token"), token);
    }
    channel.joinRef = nextRef();
    channel.state = RealtimeChannel::State::Joining;
    channel.joinSentAtMs = m_clock.monotonicMs();
    channel.subscribed = false;
    channel.closedBySystem = false;
    channel.serverIds.clear();
    channel.pushedToken = token;
    cc::log::info(lcRealtime(), QStringLiteral("realtime joining"),
                  {{QStringLiteral("topic"), channel.topic}});
    send(PhoenixMessage::join(channel.topic, channel.joinRef, payload));
    scheduleTokenCheck();
}

void RealtimeClient::onJoinReply(RealtimeChannel& channel, const PhoenixMessage& message) {
    const QJsonObject response = message.replyResponse();
    if (message.replyStatus() != QLatin1String("ok")) {
        const QString reason = response.value(QStringLiteral("reason")).toString();
        channelFailed(channel, FailurePolicy::forJoinError(reason), reason);
        return;
    }
    const QJsonArray granted = response.value(QStringLiteral("postgres_changes")).toArray();
    if (granted.size() != channel.bindings.size()) {
        // realtime-js: "mismatch between server and client bindings for postgres changes".
        giveUp(ConnectionState::Disconnected,
               Error(ErrorKind::Decode,
                     tr("Live updates are not available: the server did not accept the "
                        "subscription as asked."),
                     QStringLiteral("%1 bindings asked, %2 granted")
                         .arg(channel.bindings.size())
                         .arg(granted.size())));
        return;
    }
    channel.serverIds.clear();
    for (const QJsonValue& binding : granted) {
        channel.serverIds.append(
            static_cast<qint64>(binding.toObject().value(QStringLiteral("id")).toDouble()));
    }
    channel.state = RealtimeChannel::State::Joined;
    channel.joinedAtMs = m_clock.monotonicMs();
    channel.subscribed = channel.bindings.isEmpty();
    cc::log::info(lcRealtime(), QStringLiteral("realtime joined"),
                  {{QStringLiteral("topic"), channel.topic}});
    maybeAllJoined();
}

void RealtimeClient::onSystem(RealtimeChannel& channel, const QJsonObject& payload) {
    const QString status = payload.value(QStringLiteral("status")).toString();
    const QString extension = payload.value(QStringLiteral("extension")).toString();
    const QString message = payload.value(QStringLiteral("message")).toString();
    if (status == QLatin1String("ok")) {
        if (extension == events::kPostgresChanges && channel.state == RealtimeChannel::State::Joined &&
            !channel.subscribed) {
            channel.subscribed = true;
            cc::log::info(lcRealtime(), QStringLiteral("realtime subscribed"),
                          {{QStringLiteral("topic"), channel.topic}});
            maybeAllJoined();
        }
        return;
    }
    const FailurePolicy::SystemVerdict verdict = FailurePolicy::forSystemError(extension, message);
    if (!verdict.closesChannel) {
        cc::log::warning(lcRealtime(), QStringLiteral("realtime subscription problem (the server retries)"),
                         {{QStringLiteral("topic"), channel.topic},
                          {QStringLiteral("message"), Redactor::redactText(message)}});
        return;
    }
    channel.closedBySystem = true;
    channelFailed(channel, verdict.action, message);
}

void RealtimeClient::channelFailed(RealtimeChannel& channel, FailurePolicy::Action action,
                                   const QString& reason) {
    const QString safeReason = Redactor::redactText(reason);
    cc::log::warning(lcRealtime(), QStringLiteral("realtime channel failed"),
                     {{QStringLiteral("topic"), channel.topic},
                      {QStringLiteral("reason"), safeReason},
                      {QStringLiteral("action"), static_cast<int>(action)}});
    if (!m_running) {
        return;
    }
    using Action = FailurePolicy::Action;
    if (action == Action::Fatal) {
        giveUp(
            ConnectionState::Disconnected,
            Error(ErrorKind::Config, tr("Live updates are not available: %1").arg(safeReason), safeReason));
        return;
    }
    if (action == Action::AuthError || action == Action::RefreshAndRejoin) {
        if (++m_authFailures >= FailurePolicy::kMaxAuthFailures) {
            giveUp(
                ConnectionState::AuthFailed,
                Error(
                    ErrorKind::Auth,
                    tr("Live updates stopped: the server refused the sign-in %1 times in a row (%2). Sign in "
                       "again to resume.")
                        .arg(m_authFailures)
                        .arg(safeReason),
                    safeReason));
            return;
        }
    }
    m_lastError =
        Error(ErrorKind::Network, tr("Live updates were interrupted: %1").arg(safeReason), safeReason);
    channel.state = RealtimeChannel::State::Errored;
    setState(ConnectionState::Reconnecting);
    if (action == Action::Retry) {
        channel.rejoinAtMs = m_clock.monotonicMs() + m_backoff.nextDelayMs();
        arm();
        return;
    }
    // "Refresh, then rejoin" (docs/realtime-protocol.md §6 rule 2): the session renews the token; the rejoin
    // carries the new one.
    channel.rejoinAtMs = -1;
    const QString topic = channel.topic;
    const quint64 generation = m_generation;
    m_tokens.requestRefresh([this, topic, generation, action](bool ok) {
        RealtimeChannel* c = findChannel(topic);
        if (!c || generation != m_generation || !m_running || c->state != RealtimeChannel::State::Errored) {
            return;
        }
        const bool immediately = ok && action == Action::RefreshAndRejoin;
        c->rejoinAtMs = m_clock.monotonicMs() + (immediately ? 0 : m_backoff.nextDelayMs());
        arm();
    });
}

void RealtimeClient::maybeAllJoined() {
    const bool all = std::all_of(m_channels.begin(), m_channels.end(), [](const RealtimeChannel& c) {
        return c.state == RealtimeChannel::State::Joined && c.subscribed;
    });
    if (!all || m_channels.empty()) {
        return;
    }
    m_backoff.reset();
    m_authFailures = 0;
    m_lastError = {};
    const quint64 serial = ++m_catchUpSerial;
    const quint64 generation = m_generation;
    setState(ConnectionState::Joining);
    const auto finished = [this, serial, generation] {
        if (serial != m_catchUpSerial || generation != m_generation || !m_running) {
            return;
        }
        setState(ConnectionState::Live);
        Q_EMIT resynced();
    };
    if (!m_catchUpHook) {
        finished();
        return;
    }
    QPointer<RealtimeClient> self(this);
    m_catchUpHook([self, finished, serial](Result<QList<PostgresChange>> missed) {
        if (!self) {
            return;
        }
        if (!missed.ok()) {
            cc::log::warning(lcRealtime(), QStringLiteral("realtime catch-up failed"), {}, missed.error());
            if (serial == self->m_catchUpSerial && self->m_running) {
                // Without the catch-up nothing proves that no change was missed: start over.
                self->m_lastError = missed.error();
                self->abortSocket(QStringLiteral("catch-up failed"));
            }
            return;
        }
        QList<PostgresChange> changes = std::move(missed).value();
        cc::log::info(lcRealtime(), QStringLiteral("realtime catch-up done"),
                      {{QStringLiteral("changes"), static_cast<int>(changes.size())}});
        for (const PostgresChange& change : changes) {
            self->deliver(change);
        }
        finished();
    });
}

// --- changes -----------------------------------------------------------------------------------------------

void RealtimeClient::onChange(RealtimeChannel& channel, const QJsonObject& payload) {
    if (channel.state != RealtimeChannel::State::Joined) {
        return;
    }
    Result<PostgresChange> change = PostgresChange::fromPayload(payload);
    if (!change.ok()) {
        cc::log::warning(lcRealtime(), QStringLiteral("realtime change rejected"),
                         {{QStringLiteral("topic"), channel.topic}}, change.error());
        return;
    }
    const PostgresChange& c = change.value();
    bool routed = false;
    if (!c.ids.isEmpty() && !channel.serverIds.isEmpty()) {
        routed = std::any_of(c.ids.begin(), c.ids.end(),
                             [&channel](qint64 id) { return channel.serverIds.contains(id); });
    } else {
        routed = std::any_of(channel.bindings.begin(), channel.bindings.end(),
                             [&c](const ChangeBinding& b) { return b.matches(c); });
    }
    if (!routed) {
        cc::log::debug(lcRealtime(), QStringLiteral("realtime change for no binding of this channel"),
                       {{QStringLiteral("topic"), channel.topic}});
        return;
    }
    deliver(c);
}

void RealtimeClient::deliver(const PostgresChange& change) {
    if (!m_running) {
        return;
    }
    if (!m_ledger.admit(rowKey(change), rowVersion(change))) {
        cc::log::debug(lcRealtime(), QStringLiteral("realtime change already delivered"),
                       {{QStringLiteral("id"), rowKey(change)}});
        return;
    }
    ++m_delivered;
    Q_EMIT changeReceived(change);
}

// --- tokens ------------------------------------------------------------------------------------------------

void RealtimeClient::tokenChanged() {
    checkToken();
    arm();
}

void RealtimeClient::checkToken() {
    if (!m_tokens.hasProvider() || m_phase != SocketPhase::Open || !m_running) {
        return;
    }
    const QString current = m_tokens.current();
    const QDateTime now = m_clock.nowUtc();
    bool refresh = false;
    for (RealtimeChannel& channel : m_channels) {
        if (channel.state != RealtimeChannel::State::Joined) {
            continue;
        }
        switch (TokenRefreshSchedule::decide(current, channel.pushedToken, now)) {
        case TokenRefreshSchedule::Action::Push:
            send(PhoenixMessage::accessToken(channel.topic, channel.joinRef, nextRef(), current));
            channel.pushedToken = current;
            cc::log::info(lcRealtime(), QStringLiteral("realtime access token pushed"),
                          {{QStringLiteral("topic"), channel.topic}});
            break;
        case TokenRefreshSchedule::Action::Refresh:
            refresh = true;
            break;
        case TokenRefreshSchedule::Action::None:
            break;
        }
    }
    if (!refresh) {
        scheduleTokenCheck();
        return;
    }
    const quint64 generation = m_generation;
    m_tokens.requestRefresh([this, generation, current](bool ok) {
        if (generation != m_generation) {
            return;
        }
        if (ok && m_tokens.current() != current) { // a "refresh" that changed nothing must not loop
            checkToken();
        } else {
            m_tokenCheckAtMs = m_clock.monotonicMs() + kRefreshRetryMs;
        }
        arm();
    });
}

void RealtimeClient::scheduleTokenCheck() {
    if (m_tokens.isRefreshing()) {
        return; // the refresh's answer re-checks
    }
    const std::optional<qint64> due = m_tokens.msUntilDue();
    m_tokenCheckAtMs = due ? m_clock.monotonicMs() + std::max<qint64>(*due, kRefreshRetryMs / 15) : -1;
}

} // namespace cc::realtime
