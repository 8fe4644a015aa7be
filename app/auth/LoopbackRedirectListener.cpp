#include "app/auth/LoopbackRedirectListener.h"
#include "app/core/ConstantTime.h"

#include "app/auth/Pkce.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace cc::auth {

namespace {

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QString expectedState, Options options, QObject* parent)
    : QObject(parent)
    , m_expectedState(std::move(expectedState))
    , m_options(std::move(options))
    , m_server(new QTcpServer(this))
    , m_timeout(new QTimer(this)) {
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        if (m_finished) {
            return;
        }
        finish();
        Q_EMIT failed(
            Error(ErrorKind::Timeout,
                  tr("Sign-in timed out: the browser did not come back in time. Please try again."),
                  QStringLiteral("loopback redirect timeout after %1 ms").arg(m_options.timeoutMs)));
    });
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
}

LoopbackRedirectListener::LoopbackRedirectListener(QString expectedState, QObject* parent)
    : LoopbackRedirectListener(std::move(expectedState), Options{}, parent) {}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

std::optional<Error> LoopbackRedirectListener::listen() {
    // The IP literal, never "localhost" and never an unspecified address (RFC 8252 §8.3).
    for (const QHostAddress& address :
         {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)}) {
        if (m_server->listen(address, 0)) {
            QUrl uri;
            uri.setScheme(QStringLiteral("http"));
            uri.setHost(address.toString());
            uri.setPort(m_server->serverPort());
            uri.setPath(m_options.path);
            m_redirectUri = uri;
            m_timeout->start(m_options.timeoutMs);
            log::info(lcAuth(), QStringLiteral("loopback redirect listener ready"),
                      {{QStringLiteral("redirect_uri"), m_redirectUri.toString()}});
            return std::nullopt;
        }
    }
    return Error(ErrorKind::Network,
                 tr("The console could not open a local port for the browser to return to."),
                 m_server->errorString());
}

bool LoopbackRedirectListener::isListening() const {
    return m_server->isListening();
}

QUrl LoopbackRedirectListener::redirectUri() const {
    return m_redirectUri;
}

void LoopbackRedirectListener::cancel() {
    if (m_finished) {
        return;
    }
    finish();
    Q_EMIT failed(Error(ErrorKind::Cancelled, tr("Sign-in was cancelled.")));
}

void LoopbackRedirectListener::onNewConnection() {
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (m_finished) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_buffers.insert(socket, {});
        // A deadline per connection: a client that trickles bytes (slow loris) is cut off without holding the
        // flow.
        auto* deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, socket,
                [this, socket] { reject(socket, 400, QStringLiteral("timeout")); });
        deadline->start(m_options.connectionTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket* socket) {
    if (!m_buffers.contains(socket)) {
        return;
    }
    QByteArray& buffer = m_buffers[socket];
    buffer.append(socket->readAll());
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > m_options.maxRequestBytes) {
            reject(socket, 431, QStringLiteral("request too large"));
        }
        return;
    }
    const QByteArray head = buffer.left(end);
    m_buffers.remove(socket);
    handleRequest(socket, head);
}

void LoopbackRedirectListener::handleRequest(QTcpSocket* socket, const QByteArray& head) {
    const QByteArray requestLine = head.left(head.indexOf("\r\n") < 0 ? head.size() : head.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.")) {
        reject(socket, 400, QStringLiteral("malformed request line"));
        return;
    }
    const QUrl target(QString::fromLatin1(parts[1]), QUrl::StrictMode);
    if (!target.isValid() || !target.isRelative()) {
        reject(socket, 400, QStringLiteral("malformed target"));
        return;
    }
    if (target.path() != m_options.path) {
        reject(socket, 404, QStringLiteral("wrong path"));
        return;
    }
    if (parts[0] != "GET") {
        reject(socket, 405, QStringLiteral("method %1").arg(QString::fromLatin1(parts[0].left(16))));
        return;
    }
    const QUrlQuery query(target);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state.isEmpty() || !ConstantTime::equals(state.toUtf8(), m_expectedState.toUtf8())) {
        reject(socket, 400, QStringLiteral("state mismatch"));
        return;
    }
    const QString iss = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    if (!issuerMatches(iss)) {
        // The right state from the wrong server: the answer of a mix-up attack (RFC 9207 §2.4). The flow
        // cannot trust this code, so it ends.
        const QString message = tr("The sign-in answer came from a different server than the one the console "
                                   "asked (%1). Sign-in was stopped for your safety.")
                                    .arg(m_options.expectedIssuer);
        respond(socket, 400, tr("Sign-in failed"), message);
        finish();
        Q_EMIT failed(Error(ErrorKind::Auth, message,
                            iss.isEmpty() ? QStringLiteral("authorization response without iss")
                                          : QStringLiteral("authorization response from another issuer")));
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        const QString message = error == QLatin1String("access_denied")
                                    ? tr("Sign-in was refused in the browser.")
                                    : tr("The sign-in server reported an error: %1")
                                          .arg(description.isEmpty() ? error : description);
        respond(socket, 200, tr("Sign-in failed"),
                message + QLatin1Char(' ') + tr("You can close this tab and try again in Campaign Console."));
        finish();
        Error failure(ErrorKind::Auth, message, QStringLiteral("authorization error %1").arg(error));
        failure.code = error;
        Q_EMIT failed(failure);
        return;
    }
    if (code.isEmpty()) {
        reject(socket, 400, QStringLiteral("neither code nor error"));
        return;
    }
    respond(socket, 200, tr("Signed in"),
            tr("Signed in, you can close this tab and return to Campaign Console."));
    finish();
    Q_EMIT codeReceived(code);
}

bool LoopbackRedirectListener::issuerMatches(const QString& iss) const {
    if (m_options.expectedIssuer.isEmpty()) {
        return true;
    }
    if (iss.isEmpty()) {
        return !m_options.issuerRequired;
    }
    auto normalised = [](QString s) {
        while (s.endsWith(QLatin1Char('/'))) {
            s.chop(1);
        }
        return s;
    };
    // RFC 9207 §2.4 asks for simple string comparison; only a trailing slash is forgiven, as in discovery.
    return normalised(iss) == normalised(m_options.expectedIssuer);
}

void LoopbackRedirectListener::respond(QTcpSocket* socket, int status, const QString& title,
                                       const QString& message) {
    const QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                                        "<style>body{font-family:sans-serif;margin:4em auto;max-width:32em;"
                                        "color:#222}h1{font-size:1.4em}</style></head>"
                                        "<body><h1>%1</h1><p>%2</p></body></html>")
                             .arg(title.toHtmlEscaped(), message.toHtmlEscaped());
    const QByteArray body = html.toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The code is in this page's URL: keep it out of caches and out of Referer headers of any later
    // navigation.
    response +=
        "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nX-Content-Type-Options: nosniff\r\n";
    response += "Connection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

void LoopbackRedirectListener::reject(QTcpSocket* socket, int status, const QString& reason) {
    ++m_rejected;
    m_buffers.remove(socket);
    log::warning(lcAuth(), QStringLiteral("loopback redirect request rejected"),
                 {{QStringLiteral("status"), status}, {QStringLiteral("reason"), reason}});
    respond(socket, status, tr("Not a sign-in response"),
            tr("This address only accepts the sign-in response for Campaign Console."));
}

void LoopbackRedirectListener::finish() {
    m_finished = true;
    m_timeout->stop();
    m_server->close();
    // Other connections still open (stray or hostile) are dropped: the flow is over.
    const auto sockets = m_buffers.keys();
    for (QTcpSocket* socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
    m_buffers.clear();
}

} // namespace cc::auth
