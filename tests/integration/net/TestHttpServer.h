#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <deque>
#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace cc::test {

// What the server answers to one request.
struct ScriptedResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; // before the first byte of the answer
    // Announce the whole body's Content-Length but close the connection after this many body bytes.
    std::optional<qsizetype> closeAfterBodyBytes;

    static ScriptedResponse json(int status, const QByteArray& body);
    ScriptedResponse& header(const QByteArray& name, const QByteArray& value);
    ScriptedResponse& delay(int ms);
    ScriptedResponse& closeMidBody(qsizetype bytesSent);
};

struct ReceivedRequest {
    QByteArray method;
    QByteArray target; // path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 receivedAtMs = 0; // SystemClock monotonic

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent
};

// A small HTTP/1.1 server on 127.0.0.1 for the client's integration tests and benchmarks, scriptable per
// request: answers are taken from a FIFO script, then from a handler, then from the default answer. Supports
// keep-alive, delays, a connection closed mid-body and large bodies, and counts every request that arrives.
class TestHttpServer : public QObject {
    Q_OBJECT

public:
    explicit TestHttpServer(QObject* parent = nullptr);
    ~TestHttpServer() override;

    bool listen();
    quint16 port() const;
    QUrl url(const QString& pathAndQuery) const;

    void enqueue(const ScriptedResponse& response);
    void enqueue(const ScriptedResponse& response, int times);
    void setDefault(const ScriptedResponse& response) { m_default = response; }
    void setHandler(std::function<ScriptedResponse(const ReceivedRequest&)> handler) {
        m_handler = std::move(handler);
    }
    // Keep only the count, not the requests (benchmarks).
    void setRecordRequests(bool record) { m_record = record; }

    int requestCount() const { return m_count; }
    const QList<ReceivedRequest>& requests() const { return m_requests; }
    int openConnections() const { return static_cast<int>(m_buffers.size()); }

signals:
    void requestReceived(int count);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    bool parseOne(QTcpSocket* socket);
    ScriptedResponse next(const ReceivedRequest& request);
    void respond(QTcpSocket* socket, const ScriptedResponse& response);

    QTcpServer* m_server;
    std::deque<ScriptedResponse> m_script;
    ScriptedResponse m_default;
    std::function<ScriptedResponse(const ReceivedRequest&)> m_handler;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QHash<QTcpSocket*, bool> m_busy; // one answer at a time per connection (no pipelining)
    QList<ReceivedRequest> m_requests;
    bool m_record = true;
    int m_count = 0;
};

} // namespace cc::test
