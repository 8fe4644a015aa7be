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
#include <memory>
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

bool startsLikeARequest(const QByteArray& head) {
    constexpr std::array methods{"GET ", "HEAD ", "POST ", "PUT ", "PATCH ", "DELETE ", "OPTIONS "};
    return std::any_of(methods.begin(), methods.end(), [&](const char* method) {
        const QByteArray prefix(method);
        return head.startsWith(prefix.left(head.size()));
    });
}

// Follows one connection's bytes as QtHttpServer will read them, request head by request head, and says when
// a head declares a body over the limit. Each readyRead sees the bytes that arrived since QtHttpServer's last
// read (what it left unread is remembered after its handler), so a head split over many packets is followed
// too. It stops following (and leaves the connection to QtHttpServer's own check) on a chunked body or on
// bytes that are not HTTP requests (a WebSocket after its upgrade).
class RequestHeadWatch : public QObject {
public:
    static constexpr qsizetype kMaxHead = 64 * 1024;

    explicit RequestHeadWatch(QTcpSocket* socket)
        : QObject(socket) {}

    // The declared length of a body over the limit, if the bytes that arrived complete such a head.
    std::optional<qint64> arrived(const QByteArray& buffered) {
        QByteArray data = buffered.mid(m_unread);
        while (!data.isEmpty() && m_following) {
            if (m_bodyLeft > 0) {
                const qint64 skipped = std::min<qint64>(m_bodyLeft, data.size());
                m_bodyLeft -= skipped;
                data = data.mid(skipped);
                continue;
            }
            m_head += data;
            data.clear();
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (!startsLikeARequest(m_head) || (end < 0 && m_head.size() > kMaxHead)) {
                m_following = false;
                break;
            }
            if (end < 0) {
                break;
            }
            qint64 length = 0;
            for (const QByteArray& line : m_head.left(end).split('\n')) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = colon > 0 ? line.left(colon).trimmed().toLower() : QByteArray();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-length") {
                    bool ok = false;
                    length = value.toLongLong(&ok);
                    if (!ok) {
                        length = std::numeric_limits<qint64>::max(); // beyond a qint64 is beyond the limit
                    }
                } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
                    m_following = false;
                }
            }
            if (length > HttpFrontend::kMaxBodyBytes) {
                return length;
            }
            m_bodyLeft = length;
            data = m_head.mid(end + 4);
            m_head.clear();
        }
        return std::nullopt;
    }
    // After QtHttpServer's handler: what it left in the socket's buffer.
    void leftUnread(qint64 bytes) { m_unread = bytes; }

private:
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    qint64 m_unread = 0;
    bool m_following = true;
};

// Accepts connections like QTcpServer, with a RequestHeadWatch per socket whose readyRead handler is
// connected before QtHttpServer's own (so it sees each head first) and one more after it.
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
        auto* watch = new RequestHeadWatch(socket);
        connect(socket, &QTcpSocket::readyRead, watch, [socket, watch] {
            if (const std::optional<qint64> length = watch->arrived(socket->peek(socket->bytesAvailable()))) {
                refuse(socket, *length);
            }
        });
        // QtHttpServer connects its own handler as it takes the connection, synchronously, from here.
        addPendingConnection(socket);
        connect(socket, &QTcpSocket::readyRead, watch,
                [socket, watch] { watch->leftUnread(socket->bytesAvailable()); });
    }

private:
    static void refuse(QTcpSocket* socket, qint64 length) {
        // QtHttpServer's handler is disconnected before it runs, so the body is never kept. What the client
        // sends meanwhile is read and dropped (a client such as QNetworkAccessManager sends its whole body
        // before it reads the answer), up to kDrainBytes; then the connection is closed.
        QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
        socket->write(bodyTooLarge().serialize(false));
        auto drained = std::make_shared<qint64>(0);
        const qint64 limit = std::min<qint64>(length, kDrainBytes);
        const auto drain = [socket, drained, limit] {
            *drained += socket->skip(socket->bytesAvailable());
            if (*drained >= limit) {
                socket->disconnectFromHost();
            }
        };
        QObject::connect(socket, &QTcpSocket::readyRead, socket, drain);
        drain();
        log::warning(lcSandbox(), QStringLiteral("request body refused from its Content-Length"),
                     {{QStringLiteral("content_length"), length}});
    }
    static constexpr qint64 kDrainBytes = 4 * 1024 * 1024;
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
