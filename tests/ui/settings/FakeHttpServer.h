#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>

namespace cc::test {

// A loopback HTTP server for one kind of answer: a status and body, or silence (to test timeouts).
// It records the request line and headers of every request it reads.
class FakeHttpServer : public QObject {
public:
    FakeHttpServer();

    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const;

    void respondWith(int status, const QByteArray& body) {
        m_status = status;
        m_body = body;
        m_silent = false;
    }
    void staySilent() { m_silent = true; }
    // Another answer for one path (the query left out); the others keep respondWith's.
    void respondTo(const QByteArray& path, int status, const QByteArray& body) {
        m_routes.insert(path, {status, body});
    }

    int requestCount() const { return m_requests; }
    QByteArray lastPath() const { return m_lastPath; }
    const QList<QByteArray>& paths() const { return m_paths; } // every request's, in order
    QByteArray lastHeader(const QByteArray& name) const { return m_lastHeaders.value(name.toLower()); }

private:
    void onConnection();

    QTcpServer m_server;
    int m_status = 200;
    QByteArray m_body;
    bool m_silent = false;
    int m_requests = 0;
    QByteArray m_lastPath;
    QList<QByteArray> m_paths;
    QHash<QByteArray, QPair<int, QByteArray>> m_routes;
    QHash<QByteArray, QByteArray> m_lastHeaders;
};

} // namespace cc::test
