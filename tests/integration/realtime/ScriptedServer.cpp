#include "tests/integration/realtime/ScriptedServer.h"

#include "app/realtime/PhoenixEvents.h"

#include <QJsonArray>

namespace cc::realtime::test {

ScriptedServer::ScriptedServer()
    : m_server(QStringLiteral("scripted"), QWebSocketServer::NonSecureMode) {
    connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket* socket = m_server.nextPendingConnection()) {
            ++connections;
            socket->setParent(this);
            lastRequestUrl = socket->requestUrl();
            m_client = socket;
            connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString& text) {
                Result<PhoenixMessage> message = PhoenixMessage::decode(text.toUtf8(), ProtocolVersion::V2);
                if (!message.ok() || socket != m_client) {
                    return;
                }
                received.append(message.value());
                if (onMessage && onMessage(message.value())) {
                    return;
                }
                const PhoenixMessage& m = message.value();
                if (m.event == events::kPhxJoin) {
                    acceptJoin(m);
                } else if (m.event == events::kHeartbeat || m.event == events::kPhxLeave) {
                    send(PhoenixMessage::reply(m, QStringLiteral("ok")));
                }
            });
        }
    });
}

bool ScriptedServer::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedServer::projectUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void ScriptedServer::send(const PhoenixMessage& message) {
    sendRaw(QString::fromUtf8(message.encode(ProtocolVersion::V2)));
}

void ScriptedServer::sendRaw(const QString& text) {
    if (m_client) {
        m_client->sendTextMessage(text);
    }
}

void ScriptedServer::dropClient() {
    if (m_client) {
        m_client->abort();
    }
}

QList<PhoenixMessage> ScriptedServer::receivedEvents(QLatin1String event) const {
    QList<PhoenixMessage> out;
    for (const PhoenixMessage& m : received) {
        if (m.event == event) {
            out.append(m);
        }
    }
    return out;
}

void ScriptedServer::acceptJoin(const PhoenixMessage& join) {
    QJsonArray granted;
    qint64 id = 1000;
    for (const QJsonValue& binding : join.payload.value(QStringLiteral("config"))
                                         .toObject()
                                         .value(QStringLiteral("postgres_changes"))
                                         .toArray()) {
        QJsonObject b = binding.toObject();
        b.insert(QStringLiteral("id"), ++id);
        granted.append(b);
    }
    send(PhoenixMessage::reply(join, QStringLiteral("ok"), {{QStringLiteral("postgres_changes"), granted}}));
    send(PhoenixMessage::system(join.topic, join.joinRef,
                                {{QStringLiteral("extension"), QStringLiteral("postgres_changes")},
                                 {QStringLiteral("status"), QStringLiteral("ok")},
                                 {QStringLiteral("message"), QStringLiteral("Subscribed to PostgreSQL")},
                                 {QStringLiteral("channel"), join.topic.mid(9)}}));
}

void ScriptedServer::refuseJoin(const PhoenixMessage& join, const QString& reason) {
    send(PhoenixMessage::reply(join, QStringLiteral("error"), {{QStringLiteral("reason"), reason}}));
}

} // namespace cc::realtime::test
