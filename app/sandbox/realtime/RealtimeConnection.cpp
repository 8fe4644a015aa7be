#include "app/sandbox/realtime/RealtimeConnection.h"

#include "app/core/Clock.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/realtime/PhoenixEvents.h"
#include "app/sandbox/FaultInjector.h"
#include "app/sandbox/KeyRing.h"

#include <QJsonArray>
#include <QTimer>
#include <QWebSocket>

namespace cc::sandbox {

namespace events = realtime::events;
using realtime::PhoenixMessage;

namespace {

QString okStatus() {
    return QStringLiteral("ok");
}

// Supabase's code for a join refused with an HTTP-like status (fault injection).
QString faultReason(int status) {
    if (status == 429) {
        return QStringLiteral("ClientJoinRateLimitReached: Too many joins per second (injected fault)");
    }
    if (status == 401 || status == 403) {
        return QStringLiteral("Unauthorized: You do not have permissions to read from this Channel topic "
                              "(injected fault)");
    }
    return QStringLiteral("UnableToConnectToProject: Realtime was unable to connect to the project database "
                          "(injected fault, HTTP %1)")
        .arg(status);
}

} // namespace

RealtimeConnection::RealtimeConnection(std::unique_ptr<QWebSocket> socket, realtime::ProtocolVersion version,
                                       QString apiKey, Context context, QObject* parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_version(version)
    , m_apiKey(std::move(apiKey))
    , m_context(context) {
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &RealtimeConnection::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, [](const QByteArray& frame) {
        log::warning(lcSandbox(), QStringLiteral("realtime binary frame ignored"),
                     {{QStringLiteral("bytes"), frame.size()}});
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &RealtimeConnection::closed);
}

RealtimeConnection::~RealtimeConnection() {
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void RealtimeConnection::drop() {
    m_channels.clear();
    m_socket->abort();
}

void RealtimeConnection::closeWith(int code, const QString& reason) {
    m_channels.clear();
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

void RealtimeConnection::onText(const QString& text) {
    const Result<PhoenixMessage> decoded = PhoenixMessage::decode(text.toUtf8(), m_version);
    if (!decoded) {
        log::warning(lcSandbox(), QStringLiteral("realtime frame rejected"),
                     {{QStringLiteral("bytes"), text.size()}}, decoded.error());
        return;
    }
    const PhoenixMessage& message = decoded.value();
    if (message.topic == events::kPhoenixTopic) {
        if (message.event == events::kHeartbeat) {
            send(PhoenixMessage::reply(message, okStatus()));
        }
        return;
    }
    if (message.event == events::kPhxJoin) {
        handleJoin(message);
        return;
    }
    if (!m_channels.contains(message.topic)) {
        // Phoenix's answer to a push on a topic this socket has not joined.
        send(PhoenixMessage::reply(message, QStringLiteral("error"),
                                   {{QStringLiteral("reason"), QStringLiteral("unmatched topic")}}));
        return;
    }
    if (message.event == events::kPhxLeave) {
        handleLeave(message);
    } else if (message.event == events::kAccessToken) {
        handleAccessToken(message);
    } else if (!events::isKnownEvent(message.event)) {
        log::debug(lcSandbox(), QStringLiteral("realtime event ignored"),
                   {{QStringLiteral("event"), message.event}});
    }
}

void RealtimeConnection::refuseJoin(const PhoenixMessage& message, const QString& reason) {
    log::info(lcSandbox(), QStringLiteral("realtime join refused"),
              {{QStringLiteral("topic"), message.topic}, {QStringLiteral("reason"), reason}});
    send(PhoenixMessage::reply(message, QStringLiteral("error"), {{QStringLiteral("reason"), reason}}));
}

void RealtimeConnection::handleJoin(const PhoenixMessage& message) {
    const FaultInjector::Decision fault = m_context.faults.decide(QStringLiteral("realtime"));
    if (fault.drop) {
        drop();
        return;
    }
    if (fault.status != 0) {
        refuseJoin(message, faultReason(fault.status));
        return;
    }
    if (!message.topic.startsWith(events::kTopicPrefix)) {
        refuseJoin(message, QStringLiteral("unmatched topic"));
        return;
    }
    if (message.topic.size() == events::kTopicPrefix.size()) {
        refuseJoin(message, QStringLiteral("TopicNameRequired: You must provide a topic name"));
        return;
    }
    const QJsonValue config = message.payload.value(QStringLiteral("config"));
    if (!config.isUndefined() && !config.isObject()) {
        refuseJoin(message, QStringLiteral("InvalidJoinPayload: config must be an object"));
        return;
    }
    const QJsonValue changes = config.toObject().value(QStringLiteral("postgres_changes"));
    if (!changes.isUndefined() && !changes.isNull() && !changes.isArray()) {
        refuseJoin(message, QStringLiteral("InvalidJoinPayload: postgres_changes must be a list"));
        return;
    }
    // The channel's token: the join's access_token, or the socket's apikey (sb_ keys are "no user token").
    QString token = message.payload.value(QStringLiteral("access_token")).toString();
    if (token.isEmpty() || token.startsWith(QStringLiteral("sb_"))) {
        token = m_apiKey;
    }
    const RealtimeToken verdict = RealtimeToken::check(m_context.keys, token);
    if (!verdict.ok) {
        refuseJoin(message, verdict.reason);
        return;
    }

    JoinedChannel channel;
    channel.topic = message.topic;
    channel.joinRef = message.joinRef.isEmpty() ? message.ref : message.joinRef;
    channel.token = token;
    channel.caller = verdict.caller;
    channel.expiresAt = verdict.expiresAt;
    QJsonArray replied;
    QStringList problems;
    for (const QJsonValue& raw : changes.toArray()) {
        if (!raw.isObject()) {
            refuseJoin(message,
                       QStringLiteral("InvalidJoinPayload: each postgres_changes entry must be an object"));
            return;
        }
        QJsonObject echo = raw.toObject();
        echo.insert(QStringLiteral("id"), JoinedChannel::bindingId(raw.toObject()));
        replied.append(echo);
        Result<realtime::ChangeBinding> binding = realtime::ChangeBinding::fromJson(raw.toObject());
        if (!binding) {
            problems.append(binding.error().detail);
            continue;
        }
        if (!JoinedChannel::isPublished(binding.value())) {
            problems.append(QStringLiteral("%1.%2 is not in the supabase_realtime publication")
                                .arg(binding.value().schema, binding.value().table));
            continue;
        }
        binding.value().id = JoinedChannel::bindingId(raw.toObject());
        channel.bindings.append(binding.value());
    }
    if (auto existing = m_channels.constFind(message.topic); existing != m_channels.cend()) {
        // Phoenix closes a topic's previous incarnation when the same socket joins it again.
        send(PhoenixMessage::close(existing->topic, existing->joinRef));
    }
    channel.subscribed = problems.isEmpty() && !replied.isEmpty();
    m_channels.insert(channel.topic, channel);
    send(PhoenixMessage::reply(message, okStatus(), {{QStringLiteral("postgres_changes"), replied}}));
    if (replied.isEmpty()) {
        return;
    }
    QJsonObject system{{QStringLiteral("extension"), QStringLiteral("postgres_changes")},
                       {QStringLiteral("channel"), channel.name()}};
    if (problems.isEmpty()) {
        system.insert(QStringLiteral("status"), okStatus());
        system.insert(QStringLiteral("message"), QStringLiteral("Subscribed to PostgreSQL"));
    } else {
        // Supabase keeps such a channel open and reports the subscription problem as a system message.
        system.insert(QStringLiteral("status"), QStringLiteral("error"));
        system.insert(QStringLiteral("message"),
                      QStringLiteral("Unable to subscribe to changes with given parameters: %1")
                          .arg(problems.join(QStringLiteral("; "))));
    }
    send(PhoenixMessage::system(channel.topic, channel.joinRef, system));
    log::info(lcSandbox(), QStringLiteral("realtime channel joined"),
              {{QStringLiteral("topic"), channel.topic},
               {QStringLiteral("role"), channel.caller.roleName()},
               {QStringLiteral("bindings"), channel.bindings.size()},
               {QStringLiteral("subscribed"), channel.subscribed}});
}

void RealtimeConnection::handleLeave(const PhoenixMessage& message) {
    const JoinedChannel channel = m_channels.take(message.topic);
    send(PhoenixMessage::reply(message, okStatus()));
    send(PhoenixMessage::close(channel.topic, channel.joinRef));
}

void RealtimeConnection::handleAccessToken(const PhoenixMessage& message) {
    JoinedChannel& channel = m_channels[message.topic];
    const QString token = message.payload.value(QStringLiteral("access_token")).toString();
    // Supabase ignores sb_ keys and a token equal to the current one; success has no reply.
    if (token.isEmpty() || token.startsWith(QStringLiteral("sb_")) || token == channel.token) {
        return;
    }
    const RealtimeToken verdict = RealtimeToken::check(m_context.keys, token);
    if (!verdict.ok) {
        shutDownChannel(message.topic, verdict.message);
        return;
    }
    channel.token = token;
    channel.caller = verdict.caller;
    channel.expiresAt = verdict.expiresAt;
}

void RealtimeConnection::shutDownChannel(const QString& topic, const QString& systemMessage) {
    const JoinedChannel channel = m_channels.take(topic);
    log::info(lcSandbox(), QStringLiteral("realtime channel closed by the server"),
              {{QStringLiteral("topic"), topic}, {QStringLiteral("reason"), systemMessage}});
    send(PhoenixMessage::system(topic, channel.joinRef,
                                {{QStringLiteral("extension"), QStringLiteral("system")},
                                 {QStringLiteral("status"), QStringLiteral("error")},
                                 {QStringLiteral("message"), systemMessage},
                                 {QStringLiteral("channel"), channel.name()}}));
    send(PhoenixMessage::close(topic, channel.joinRef));
}

void RealtimeConnection::expireTokens() {
    const qint64 now = m_context.keys.nowSeconds();
    QStringList expired;
    for (const JoinedChannel& channel : std::as_const(m_channels)) {
        if (channel.expiresAt > 0 && channel.expiresAt <= now) {
            expired.append(channel.topic);
        }
    }
    for (const QString& topic : expired) {
        const qint64 ago = now - m_channels.value(topic).expiresAt;
        shutDownChannel(topic, QStringLiteral("Token has expired %1 seconds ago").arg(ago));
    }
}

void RealtimeConnection::deliver(const QList<realtime::PostgresChange>& changes) {
    for (const JoinedChannel& channel : std::as_const(m_channels)) {
        if (!channel.subscribed) {
            continue;
        }
        for (const realtime::PostgresChange& change : changes) {
            realtime::PostgresChange routed = change;
            routed.ids = channel.matchingIds(change);
            if (!routed.ids.isEmpty()) {
                send(PhoenixMessage::postgresChanges(channel.topic, routed.toPayload()));
            }
        }
    }
}

void RealtimeConnection::send(const PhoenixMessage& message) {
    const QString frame = QString::fromUtf8(message.encode(m_version));
    const std::optional<FaultInjector::Rule> rule = m_context.faults.rule(QStringLiteral("realtime"));
    const int delayMs = rule ? rule->latencyMs : 0;
    if (delayMs <= 0 && m_delayed.isEmpty()) {
        m_socket->sendTextMessage(frame);
        return;
    }
    // Latency fault: every frame waits, and frames keep their order even if the latency changes meanwhile.
    m_delayed.enqueue(frame);
    QTimer::singleShot(qMax(delayMs, 0), this, &RealtimeConnection::flushOne);
}

void RealtimeConnection::flushOne() {
    if (!m_delayed.isEmpty()) {
        m_socket->sendTextMessage(m_delayed.dequeue());
    }
}

} // namespace cc::sandbox
