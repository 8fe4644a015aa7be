#include "tests/integration/sandbox/realtime/RealtimeTestSocket.h"

#include "app/realtime/PhoenixEvents.h"
#include "tests/support/SignalWaiter.h"

#include <QUrlQuery>

namespace cc::sandbox::test {

using realtime::PhoenixMessage;

RealtimeTestSocket::RealtimeTestSocket(const QUrl& base, const QString& apiKey,
                                       realtime::ProtocolVersion version)
    : m_version(version) {
    m_url = base;
    m_url.setScheme(QStringLiteral("ws"));
    m_url.setPath(QStringLiteral("/realtime/v1/websocket"));
    QUrlQuery query;
    if (!apiKey.isEmpty()) {
        query.addQueryItem(QStringLiteral("apikey"), apiKey);
    }
    query.addQueryItem(QStringLiteral("vsn"), realtime::vsnString(version));
    m_url.setQuery(query);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        Result<PhoenixMessage> decoded = PhoenixMessage::decode(text.toUtf8(), m_version);
        if (decoded) {
            m_inbox.append(decoded.value());
        } else {
            ++m_undecodable;
        }
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] { m_disconnected = true; });
}

RealtimeTestSocket::~RealtimeTestSocket() {
    m_socket.disconnect(this);
    m_socket.abort();
}

bool RealtimeTestSocket::open(int timeoutMs) {
    m_disconnected = false;
    m_socket.open(m_url);
    return cc::test::waitUntil([this] { return isConnected() || m_disconnected; }, timeoutMs) &&
           isConnected();
}

bool RealtimeTestSocket::waitForDisconnect(int timeoutMs) {
    return cc::test::waitUntil([this] { return m_disconnected; }, timeoutMs);
}

void RealtimeTestSocket::send(const PhoenixMessage& message) {
    m_socket.sendTextMessage(QString::fromUtf8(message.encode(m_version)));
}

std::optional<PhoenixMessage> RealtimeTestSocket::take(const Predicate& predicate, int timeoutMs) {
    qsizetype found = -1;
    cc::test::waitUntil(
        [&] {
            for (qsizetype i = 0; i < m_inbox.size(); ++i) {
                if (predicate(m_inbox.at(i))) {
                    found = i;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    if (found < 0) {
        return std::nullopt;
    }
    return m_inbox.takeAt(found);
}

bool RealtimeTestSocket::none(const Predicate& predicate) const {
    return std::none_of(m_inbox.cbegin(), m_inbox.cend(), predicate);
}

std::optional<PhoenixMessage> RealtimeTestSocket::takeEvent(const QString& topic, const QString& event,
                                                            int timeoutMs) {
    return take([&](const PhoenixMessage& m) { return m.topic == topic && m.event == event; }, timeoutMs);
}

std::optional<PhoenixMessage> RealtimeTestSocket::takeReply(const QString& ref, int timeoutMs) {
    return take([&](const PhoenixMessage& m) { return m.isReply() && m.ref == ref; }, timeoutMs);
}

std::optional<PhoenixMessage> RealtimeTestSocket::join(const QString& topic, const QJsonArray& bindings,
                                                       const QString& accessToken) {
    const QString ref = nextRef();
    m_joinRefs.insert(topic, ref);
    QJsonObject payload{
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("postgres_changes"), bindings}}}};
    if (!accessToken.isEmpty()) {
        payload.insert(QStringLiteral("access_token"), accessToken);
    }
    send(PhoenixMessage::join(topic, ref, payload));
    return takeReply(ref);
}

QJsonObject RealtimeTestSocket::binding(const QString& event, const QString& filter) {
    QJsonObject json{{QStringLiteral("event"), event},
                     {QStringLiteral("schema"), QStringLiteral("public")},
                     {QStringLiteral("table"), QStringLiteral("campaigns")}};
    if (!filter.isEmpty()) {
        json.insert(QStringLiteral("filter"), filter);
    }
    return json;
}

} // namespace cc::sandbox::test
