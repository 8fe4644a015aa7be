#pragma once

#include "app/core/Error.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QtGlobal>

#include <optional>

namespace cc::net {

// What the caller of ApiClient sees when a call is over: the last attempt's answer, the decoded JSON, and the
// error as a value (kind None on success). A failed call still carries the status and body it got, if any.
struct ApiResponse {
    int httpStatus = 0; // 0 when no HTTP answer was received
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QJsonValue json = QJsonValue(QJsonValue::Undefined); // Undefined unless a JSON body was decoded
    Error error;
    int attempts = 0;     // attempts that reached the network
    qint64 elapsedMs = 0; // from send() to the end, queueing and backoff included
    QByteArray method;
    QUrl url;

    bool ok() const { return !error.isError(); }
    // The header of that name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray& name) const;
    // PostgREST's total from "Content-Range: 0-24/3573"; nullopt when absent or "*".
    std::optional<qint64> contentRangeTotal() const;
};

} // namespace cc::net

Q_DECLARE_METATYPE(cc::net::ApiResponse)
