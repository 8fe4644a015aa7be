#include "app/sandbox/HttpFrontend.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/core/Redactor.h"

#include <QHttpServerRequest>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <array>
#include <limits>
#include <optional>

namespace cc::sandbox {

namespace {

HttpResponse bodyTooLarge() {
    HttpResponse response = HttpResponse::json(
        413, QJsonObject{{QStringLiteral("code"), QStringLiteral("PGRST413")},
                         {QStringLiteral("message"), QStringLiteral("Request body is larger than 1 MB")},
                         {QStringLiteral("details"), QJsonValue::Null},
                         {QStringLiteral("hint"), QJsonValue::Null}});
    response.setHeader("Connection", "close");
    return response;
}

// The Content-Length a request head declares, once the whole head is buffered; nullopt while it is not, or
// when the buffered data does not start a request (the rest of a body QtHttpServer is reading).
std::optional<qint64> declaredLength(const QByteArray& buffered) {
    constexpr std::array methods{"GET ", "HEAD ", "POST ", "PUT ", "PATCH ", "DELETE ", "OPTIONS "};
    if (std::none_of(methods.begin(), methods.end(),
                     [&](const char* method) { return buffered.startsWith(method); })) {
        return std::nullopt;
    }
    const qsizetype end = buffered.indexOf("\r\n\r\n");
    if (end < 0) {
        return std::nullopt;
    }
    for (const QByteArray& line : buffered.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            bool ok = false;
            const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
            // Too long for a qint64 is too long for the sandbox.
            return ok ? length : std::numeric_limits<qint64>::max();
        }
    }
    return std::nullopt;
}

// Accepts connections like QTcpServer, with one more readyRead handler per socket, connected before
// QtHttpServer's own so it runs first: it peeks at the request head and refuses an oversized body.
class BodyLimitingTcpServer : public QTcpServer {
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr handle) override {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        connect(socket, &QTcpSocket::readyRead, socket, [socket] { refuseOversizedBody(socket); });
        addPendingConnection(socket);
    }

private:
    static void refuseOversizedBody(QTcpSocket* socket) {
        constexpr qint64 kHeadPeek = 16 * 1024;
        const std::optional<qint64> length = declaredLength(socket->peek(kHeadPeek));
        if (!length || *length <= HttpFrontend::kMaxBodyBytes) {
            return;
        }
        // Nobody reads this socket any more (QtHttpServer's handler is disconnected before it runs), and
        // Qt buffers at most 64 KiB more of it until the answer is written and the connection closed.
        QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
        socket->setReadBufferSize(64 * 1024);
        socket->write(bodyTooLarge().serialize(false));
        socket->disconnectFromHost();
        log::warning(lcSandbox(), QStringLiteral("request body refused from its Content-Length"),
                     {{QStringLiteral("content_length"), *length}});
    }
};

} // namespace

HttpFrontend::HttpFrontend(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler)) {}

void HttpFrontend::setWebSocketUpgrade(const QString& path, UpgradeCheck check) {
    m_upgradePath = path;
    m_upgradeCheck = std::move(check);
}

quint16 HttpFrontend::listenRefusingOversizedBodies(const QHostAddress& address, quint16 port) {
    auto* server = new BodyLimitingTcpServer(this);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
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
        deliver(guard, bodyTooLarge(), false);
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
