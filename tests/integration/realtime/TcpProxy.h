#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace cc::realtime::test {

// A loopback TCP forwarder between the realtime client and the sandbox, so a test can cut the client's socket
// at a moment of its choosing (dropAll) and keep it cut (refuse) while other clients go on writing through
// REST — the network going away, without touching the server.
class TcpProxy : public QObject {
    Q_OBJECT

public:
    explicit TcpProxy(quint16 targetPort, QObject* parent = nullptr);
    ~TcpProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    // Aborts every forwarded connection (both sides see a reset).
    void dropAll();
    // While refusing, new connections are accepted and closed at once.
    void setRefusing(bool refusing) { m_refusing = refusing; }
    // While frozen, bytes in both directions are swallowed: a connection that is up but silent (a dead NAT
    // mapping, a hung server) which only heartbeats can detect.
    void setFrozen(bool frozen) { m_frozen = frozen; }
    int accepted() const { return m_accepted; }
    int open() const;

private:
    struct Pair {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
    };
    void onNewConnection();

    quint16 m_targetPort;
    QTcpServer m_server;
    QList<Pair> m_pairs;
    bool m_refusing = false;
    bool m_frozen = false;
    int m_accepted = 0;
};

} // namespace cc::realtime::test
