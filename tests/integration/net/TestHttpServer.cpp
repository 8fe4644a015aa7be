#include "tests/integration/net/TestHttpServer.h"

#include "app/core/Clock.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace cc::test {

namespace {

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

ScriptedResponse ScriptedResponse::json(int status, const QByteArray& body) {
    ScriptedResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    return r;
}

ScriptedResponse& ScriptedResponse::header(const QByteArray& name, const QByteArray& value) {
    headers.append(qMakePair(name, value));
    return *this;
}

ScriptedResponse& ScriptedResponse::delay(int ms) {
    delayMs = ms;
    return *this;
}

ScriptedResponse& ScriptedResponse::closeMidBody(qsizetype bytesSent) {
    closeAfterBodyBytes = bytesSent;
    return *this;
}

QByteArray ReceivedRequest::header(const QByteArray& name) const {
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

TestHttpServer::TestHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this)) {
    m_default = ScriptedResponse::json(200, "{}");
    connect(m_server, &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
}

TestHttpServer::~TestHttpServer() = default;

bool TestHttpServer::listen() {
    m_server->setMaxPendingConnections(2048);
    return m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
}

quint16 TestHttpServer::port() const {
    return m_server->serverPort();
}

QUrl TestHttpServer::url(const QString& pathAndQuery) const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery));
}

void TestHttpServer::enqueue(const ScriptedResponse& response) {
    m_script.push_back(response);
}

void TestHttpServer::enqueue(const ScriptedResponse& response, int times) {
    for (int i = 0; i < times; ++i) {
        m_script.push_back(response);
    }
}

void TestHttpServer::onNewConnection() {
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        m_busy.insert(socket, false);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_busy.remove(socket);
            socket->deleteLater();
        });
    }
}

void TestHttpServer::onReadyRead(QTcpSocket* socket) {
    if (!m_buffers.contains(socket)) {
        return;
    }
    m_buffers[socket].append(socket->readAll());
    while (!m_busy.value(socket) && parseOne(socket)) {
    }
}

bool TestHttpServer::parseOne(QTcpSocket* socket) {
    QByteArray& buffer = m_buffers[socket];
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return false;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    ReceivedRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            contentLength = value.toLongLong();
        }
    }
    if (buffer.size() < headerEnd + 4 + contentLength) {
        return false; // the body is still coming
    }
    request.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.remove(0, headerEnd + 4 + contentLength);
    request.receivedAtMs = SystemClock::instance().monotonicMs();

    ++m_count;
    const ScriptedResponse response = next(request);
    if (m_record) {
        m_requests.append(request);
    }
    emit requestReceived(m_count);
    m_busy[socket] = true;
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, socket, [this, socket, response] { respond(socket, response); });
    } else {
        respond(socket, response);
    }
    return true;
}

ScriptedResponse TestHttpServer::next(const ReceivedRequest& request) {
    if (!m_script.empty()) {
        ScriptedResponse r = m_script.front();
        m_script.pop_front();
        return r;
    }
    if (m_handler) {
        return m_handler(request);
    }
    return m_default;
}

void TestHttpServer::respond(QTcpSocket* socket, const ScriptedResponse& response) {
    if (!m_buffers.contains(socket) || socket->state() != QAbstractSocket::ConnectedState) {
        return; // the client gave up (timeout, cancel) before the answer was due
    }
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto& [name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
    }
    head += "\r\n";
    socket->write(head);
    if (response.closeAfterBodyBytes) {
        socket->write(response.body.left(*response.closeAfterBodyBytes));
        socket->disconnectFromHost(); // flushes what was written, then closes: the client sees a short body
        return;
    }
    socket->write(response.body);
    m_busy[socket] = false;
    // A keep-alive client may already have sent its next request.
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(0, this, [this, guard] {
        if (guard) {
            onReadyRead(guard);
        }
    });
}

} // namespace cc::test
