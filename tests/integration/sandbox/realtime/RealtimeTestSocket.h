#pragma once

#include "app/realtime/PhoenixMessage.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <optional>

namespace cc::sandbox::test {

// A raw Phoenix client for tests: a QWebSocket on /realtime/v1/websocket that records every decoded frame, so
// a test can send exactly what it wants and wait for exactly what it expects (never sleeping: the event loop
// runs until the frame arrives or the timeout passes).
class RealtimeTestSocket : public QObject {
public:
    using Predicate = std::function<bool(const realtime::PhoenixMessage&)>;

    RealtimeTestSocket(const QUrl& base, const QString& apiKey, realtime::ProtocolVersion version);
    ~RealtimeTestSocket() override;

    // Connects and waits for the handshake; false if it was refused or timed out.
    bool open(int timeoutMs = 5000);
    void send(const realtime::PhoenixMessage& message);
    void sendRaw(const QString& text) { m_socket.sendTextMessage(text); }

    // Waits for the first received frame matching `predicate`, removes it from the inbox and returns it.
    std::optional<realtime::PhoenixMessage> take(const Predicate& predicate, int timeoutMs = 5000);
    std::optional<realtime::PhoenixMessage> takeEvent(const QString& topic, const QString& event,
                                                      int timeoutMs = 5000);
    std::optional<realtime::PhoenixMessage> takeReply(const QString& ref, int timeoutMs = 5000);
    // True if no frame matching `predicate` is in the inbox now.
    bool none(const Predicate& predicate) const;

    // Sends phx_join for `topic` with these postgres_changes bindings (and token, when not empty) and returns
    // the phx_reply.
    std::optional<realtime::PhoenixMessage> join(const QString& topic, const QJsonArray& bindings,
                                                 const QString& accessToken = {});
    QString nextRef() { return QString::number(++m_ref); }
    QString joinRefOf(const QString& topic) const { return m_joinRefs.value(topic); }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool waitForDisconnect(int timeoutMs = 5000);
    const QList<realtime::PhoenixMessage>& inbox() const { return m_inbox; }
    int undecodable() const { return m_undecodable; }

    static QJsonObject binding(const QString& event, const QString& filter = {});

private:
    QWebSocket m_socket;
    QUrl m_url;
    realtime::ProtocolVersion m_version;
    QList<realtime::PhoenixMessage> m_inbox;
    QHash<QString, QString> m_joinRefs;
    int m_ref = 0;
    int m_undecodable = 0;
    bool m_disconnected = false;
};

} // namespace cc::sandbox::test
