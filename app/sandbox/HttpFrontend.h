#pragma once

#include "app/sandbox/HttpRequest.h"
#include "app/sandbox/HttpResponse.h"

#include <QAbstractHttpServer>
#include <QPointer>

#include <functional>

class QTcpSocket;

namespace cc::sandbox {

// The socket side of the sandbox: QtHttpServer parses requests (incrementally, so a client that sends half a
// request and stalls only holds its own socket), this class hands each complete request to the handler and
// writes the handler's response itself, which makes delayed answers (fault latency, on a timer) and dropped
// connections possible with 6.4's API. Bodies over 1 MB are refused with 413 before any handler runs.
class HttpFrontend : public QAbstractHttpServer {
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;

    explicit HttpFrontend(Handler handler, QObject* parent = nullptr);

    // Closes the listening sockets and every open connection.
    void shutdown();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void deliver(const QPointer<QTcpSocket>& socket, const HttpResponse& response, bool headOnly);

    Handler m_handler;
};

} // namespace cc::sandbox
