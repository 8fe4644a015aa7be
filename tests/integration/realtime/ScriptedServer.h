#pragma once

#include "app/realtime/PhoenixMessage.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>

namespace cc::realtime::test {

// A Phoenix server the test scripts by hand (protocol 2.0.0): every frame the client sends is recorded, and
// `onMessage` decides what to answer. By default it accepts joins (one binding id per binding, then the
// "Subscribed to PostgreSQL" system message) and answers heartbeats.
class ScriptedServer : public QObject {
    Q_OBJECT

public:
    ScriptedServer();
    bool listen();
    QUrl projectUrl() const;

    // Return true when the message was handled by the test; false falls through to the default answer.
    std::function<bool(const PhoenixMessage&)> onMessage;

    void send(const PhoenixMessage& message);
    void sendRaw(const QString& text);
    void dropClient();

    QList<PhoenixMessage> received;
    QList<PhoenixMessage> receivedEvents(QLatin1String event) const;
    QUrl lastRequestUrl;
    int connections = 0;
    bool clientConnected() const { return m_client && m_client->state() == QAbstractSocket::ConnectedState; }

    // The default answers, for tests that add to them.
    void acceptJoin(const PhoenixMessage& join);
    void refuseJoin(const PhoenixMessage& join, const QString& reason);

private:
    QWebSocketServer m_server;
    QPointer<QWebSocket> m_client;
};

} // namespace cc::realtime::test
