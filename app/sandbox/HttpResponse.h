#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

namespace cc::sandbox {

// One HTTP response as a value. Handlers return it; the front end serialises it onto the socket, possibly
// after an injected delay, or drops the connection instead.
struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // names as they go on the wire
    QByteArray body;
    int delayMs = 0;             // fault injection: answer this much later (timer-based, never blocking)
    bool dropConnection = false; // fault injection: close the socket without answering

    // Replaces any header of that name (case-insensitive).
    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;

    static HttpResponse json(int status, const QJsonValue& value);
    static HttpResponse empty(int status);

    // The full response: status line, headers, Content-Length and (unless `headOnly`) the body.
    QByteArray serialize(bool headOnly = false) const;
    static QByteArray reasonPhrase(int status);
};

} // namespace cc::sandbox
