#include "tests/integration/realtime/TcpProxy.h"

namespace cc::realtime::test {

TcpProxy::TcpProxy(quint16 targetPort, QObject* parent)
    : QObject(parent)
    , m_targetPort(targetPort) {
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
}

TcpProxy::~TcpProxy() {
    dropAll();
}

bool TcpProxy::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

int TcpProxy::open() const {
    int n = 0;
    for (const Pair& pair : m_pairs) {
        n += pair.client && pair.client->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    }
    return n;
}

void TcpProxy::dropAll() {
    const QList<Pair> pairs = std::exchange(m_pairs, {});
    for (const Pair& pair : pairs) {
        if (pair.client) {
            pair.client->abort();
            pair.client->deleteLater();
        }
        if (pair.upstream) {
            pair.upstream->abort();
            pair.upstream->deleteLater();
        }
    }
}

void TcpProxy::onNewConnection() {
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        ++m_accepted;
        if (m_refusing) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto* upstream = new QTcpSocket(this);
        client->setParent(this);
        m_pairs.append(Pair{client, upstream});
        connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
            if (m_frozen) {
                client->readAll();
            } else if (upstream->state() == QAbstractSocket::ConnectedState) {
                upstream->write(client->readAll());
            }
        });
        connect(upstream, &QTcpSocket::connected, client,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
            const QByteArray bytes = upstream->readAll();
            if (!m_frozen) {
                client->write(bytes);
            }
        });
        connect(client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->disconnectFromHost(); });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

} // namespace cc::realtime::test
