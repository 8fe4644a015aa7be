#pragma once

#include "app/core/Error.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace cc::auth {

// The one-shot HTTP listener that receives the authorization server's redirect (RFC 8252 §7.3, §8.3).
//
// Binds 127.0.0.1 (or ::1 if IPv4 loopback is unavailable) on a random port, never another interface. It
// accepts exactly one `GET <path>` whose `state` matches (compared in constant time) and that carries a
// `code` or an `error`; anything else is answered 400 or 404 and the flow keeps waiting. Each connection has
// a size limit and a deadline of its own, so a slow or hostile client cannot hold the flow. It closes as soon
// as the flow ends and gives up after the overall timeout.
class LoopbackRedirectListener : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString path = QStringLiteral("/callback");
        int timeoutMs = 5 * 60 * 1000;   // the whole flow
        int connectionTimeoutMs = 10000; // one connection, from accept to a complete request
        int maxRequestBytes = 16 * 1024; // request line + headers
        // RFC 9207 mix-up defence: when set, an `iss` on the response must name this issuer, and with
        // `issuerRequired` (the server advertises the parameter) a response without one is refused too.
        QString expectedIssuer;
        bool issuerRequired = false;
    };

    LoopbackRedirectListener(QString expectedState, Options options, QObject* parent = nullptr);
    explicit LoopbackRedirectListener(QString expectedState, QObject* parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Starts listening; a Network error if no loopback address could be bound.
    std::optional<Error> listen();
    bool isListening() const;
    // http://127.0.0.1:PORT/callback (or http://[::1]:PORT/callback), valid after listen().
    QUrl redirectUri() const;
    // Ends the flow as cancelled (the user pressed Cancel). Emits failed() once.
    void cancel();
    // Requests answered with 400/404 so far (stray, forged or malformed).
    int rejectedRequests() const { return m_rejected; }

Q_SIGNALS:
    // The authorization code arrived with the right state. Emitted at most once.
    void codeReceived(const QString& code);
    // The server redirected with an error, the user cancelled, or the flow timed out. Emitted at most once.
    void failed(const cc::Error& error);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void handleRequest(QTcpSocket* socket, const QByteArray& head);
    void respond(QTcpSocket* socket, int status, const QString& title, const QString& message);
    void reject(QTcpSocket* socket, int status, const QString& reason);
    bool issuerMatches(const QString& iss) const;
    void finish();

    QString m_expectedState;
    Options m_options;
    QTcpServer* m_server = nullptr;
    QTimer* m_timeout = nullptr;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QUrl m_redirectUri;
    int m_rejected = 0;
    bool m_finished = false;
};

} // namespace cc::auth
