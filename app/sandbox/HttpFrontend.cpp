#include "app/sandbox/HttpFrontend.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/core/Redactor.h"

#include <QHttpServerRequest>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace cc::sandbox {

HttpFrontend::HttpFrontend(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler)) {}

void HttpFrontend::setWebSocketUpgrade(const QString& path, UpgradeCheck check) {
    m_upgradePath = path;
    m_upgradeCheck = std::move(check);
}

void HttpFrontend::shutdown() {
    for (QTcpServer* server : servers()) {
        server->close();
        for (QTcpSocket* socket : server->findChildren<QTcpSocket*>()) {
            socket->abort();
        }
    }
}

bool HttpFrontend::handleRequest(const QHttpServerRequest& qtRequest, QTcpSocket* socket) {
    const QPointer<QTcpSocket> guard(socket);
    if (qtRequest.body().size() > kMaxBodyBytes) {
        HttpResponse response = HttpResponse::json(
            413, QJsonObject{{QStringLiteral("code"), QStringLiteral("PGRST413")},
                             {QStringLiteral("message"), QStringLiteral("Request body is larger than 1 MB")},
                             {QStringLiteral("details"), QJsonValue::Null},
                             {QStringLiteral("hint"), QJsonValue::Null}});
        response.setHeader("Connection", "close");
        deliver(guard, response, false);
        return true;
    }
    const HttpRequest request = HttpRequest::fromQt(qtRequest);
    if (request.header("upgrade").toLower() == "websocket") {
        // Returning true without writing lets QtHttpServer hand the socket to its WebSocket server.
        std::optional<HttpResponse> refusal =
            request.path == m_upgradePath && m_upgradeCheck
                ? m_upgradeCheck(request)
                : std::optional(HttpResponse::json(
                      404, QJsonObject{{QStringLiteral("message"), QStringLiteral("Not Found")}}));
        if (!refusal) {
            // Realtime frames are small and come one by one: without TCP_NODELAY, Nagle's algorithm holds
            // each behind the previous one's delayed ACK (about 40 ms on Linux loopback).
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            return true;
        }
        refusal->setHeader("Connection", "close");
        m_refusedUpgrades.insert(socket, *refusal);
        return false;
    }
    const HttpResponse response = m_handler(request);
    if (lcSandbox().isDebugEnabled()) { // redacting the URL costs more than the request itself
        log::debug(lcSandbox(), QStringLiteral("request"),
                   {{QStringLiteral("method"), QString::fromLatin1(request.method)},
                    {QStringLiteral("url"), Redactor::redactUrl(qtRequest.url())},
                    {QStringLiteral("status"), response.status}});
    }
    const bool headOnly = request.method == "HEAD";
    if (response.delayMs > 0) {
        // Latency faults: answer from a timer, so every other connection keeps being served meanwhile.
        QTimer::singleShot(response.delayMs, this,
                           [this, guard, response, headOnly] { deliver(guard, response, headOnly); });
    } else {
        deliver(guard, response, headOnly);
    }
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    Q_UNUSED(request);
    if (const auto refused = m_refusedUpgrades.constFind(socket); refused != m_refusedUpgrades.cend()) {
        const HttpResponse response = *refused;
        m_refusedUpgrades.erase(refused);
        deliver(QPointer<QTcpSocket>(socket), response, false);
        return;
    }
    deliver(QPointer<QTcpSocket>(socket),
            HttpResponse::json(404, QJsonObject{{QStringLiteral("message"), QStringLiteral("Not Found")}}),
            false);
}

void HttpFrontend::deliver(const QPointer<QTcpSocket>& socket, const HttpResponse& response, bool headOnly) {
    if (socket.isNull() || socket->state() != QAbstractSocket::ConnectedState) {
        return; // the client gave up meanwhile
    }
    if (response.dropConnection) {
        socket->abort();
        return;
    }
    socket->write(response.serialize(headOnly));
    if (response.header("Connection") == "close") {
        socket->disconnectFromHost(); // after the buffered response is written
    }
}

} // namespace cc::sandbox
