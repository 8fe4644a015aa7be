#pragma once

#include "app/sandbox/HttpRequest.h"
#include "app/sandbox/HttpResponse.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace cc::sandbox {

// The socket side of the sandbox: QtHttpServer parses requests (incrementally, so a client that sends half a
// request and stalls only holds its own socket), this class hands each complete request to the handler and
// writes the handler's response itself, which makes delayed answers (fault latency, on a timer) and dropped
// connections possible with 6.4's API. Bodies over 1 MB are refused with 413 before any handler runs: from
// the declared Content-Length before the body is read, else (a chunked body) once QtHttpServer has it.
class HttpFrontend : public QAbstractHttpServer {
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;

    // Asked before a WebSocket upgrade: nullopt lets it happen (the socket then arrives through
    // newWebSocketConnection), a response refuses it with that HTTP answer.
    using UpgradeCheck = std::function<std::optional<HttpResponse>(const HttpRequest&)>;

    explicit HttpFrontend(Handler handler, QObject* parent = nullptr);

    // Enables WebSocket upgrades on `path` (without a check, every upgrade is refused with 404).
    void setWebSocketUpgrade(const QString& path, UpgradeCheck check);

    // Listens like QAbstractHttpServer::listen(), on a server that looks at each request's headers before
    // QtHttpServer reads its body: a Content-Length over kMaxBodyBytes is answered 413 at once and the body
    // is never read (QtHttpServer would buffer all of it first, however large, for anyone who can connect).
    // Returns the port, 0 if listening failed.
    quint16 listenRefusingOversizedBodies(const QHostAddress& address, quint16 port);

    // Closes the listening sockets and every open connection.
    void shutdown();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void deliver(const QPointer<QTcpSocket>& socket, const HttpResponse& response, bool headOnly);

    Handler m_handler;
    QString m_upgradePath;
    UpgradeCheck m_upgradeCheck;
    // Refused upgrades: Qt 6.4 answers an upgrade that handleRequest() declines through missingHandler(),
    // which writes the refusal kept here instead of a 404.
    QHash<QTcpSocket*, HttpResponse> m_refusedUpgrades;
};

} // namespace cc::sandbox
