#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class QHttpServerRequest;

namespace cc::sandbox {

// One HTTP request as the sandbox's handlers see it: a plain value, so handlers can be called without a
// socket (tests, the RPC endpoint replaying operations) and never depend on QtHttpServer's version-specific
// API.
struct HttpRequest {
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded, without the query
    // The query with '+' decoded as a space, as PostgREST (and URLSearchParams, which supabase-js uses) do.
    QUrlQuery query;
    QByteArray rawQuery;                          // the query as received, for hashing
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, in arrival order
    QByteArray body;
    QHostAddress peer;

    // The header's value; repeated headers are joined with ", " (RFC 9110 §5.3), as several Prefer headers
    // are.
    QByteArray header(const QByteArray& lowerCaseName) const;
    bool hasHeader(const QByteArray& lowerCaseName) const;
    // The token of "Authorization: Bearer <token>", or empty.
    QString bearerToken() const;

    static HttpRequest fromQt(const QHttpServerRequest& request);
    // Builds a query from a raw query string, decoding '+' as a space.
    static QUrlQuery decodeQuery(const QByteArray& rawQuery);
};

} // namespace cc::sandbox
