#include "tests/ui/settings/FakeHttpServer.h"

#include <QTcpSocket>

namespace cc::test {

FakeHttpServer::FakeHttpServer() {
    m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onConnection);
}

QString FakeHttpServer::baseUrl() const {
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void FakeHttpServer::onConnection() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const auto end = buffer->indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            ++m_requests;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            m_lastPath = lines.value(0).split(' ').value(1);
            m_paths.append(m_lastPath);
            m_lastHeaders.clear();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const auto colon = lines[i].indexOf(':');
                if (colon > 0) {
                    m_lastHeaders.insert(lines[i].left(colon).trimmed().toLower(),
                                         lines[i].mid(colon + 1).trimmed());
                }
            }
            buffer->clear();
            if (m_silent) {
                return;
            }
            const auto route = m_routes.constFind(m_lastPath.split('?').value(0));
            const int status = route != m_routes.constEnd() ? route->first : m_status;
            const QByteArray body = route != m_routes.constEnd() ? route->second : m_body;
            socket->write("HTTP/1.1 " + QByteArray::number(status) +
                          " X\r\nContent-Type: application/json\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }
}

} // namespace cc::test
