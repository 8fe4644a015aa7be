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
            socket->write("HTTP/1.1 " + QByteArray::number(m_status) +
                          " X\r\nContent-Type: application/json\r\n"
                          "Content-Length: " +
                          QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body);
            socket->disconnectFromHost();
        });
    }
}

} // namespace cc::test
