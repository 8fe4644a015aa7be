#include "app/sandbox/RestResponses.h"

#include <QJsonObject>

namespace cc::sandbox {

HttpResponse RestResponses::error(const postgrest::PostgrestError& error) {
    HttpResponse response = HttpResponse::json(error.httpStatus, error.toJson());
    response.setHeader("Proxy-Status", "PostgREST; error=" + error.code.toLatin1());
    if (error.httpStatus == 401) {
        response.setHeader("WWW-Authenticate", "Bearer");
    }
    return response;
}

RestResponses::Shape RestResponses::requestedShape(const QByteArray& accept) {
    if (accept.trimmed().isEmpty()) {
        return Shape::Array;
    }
    // The first acceptable media type wins, as PostgREST takes the client's order.
    for (const QByteArray& part : accept.split(',')) {
        const QByteArray type = part.split(';').first().trimmed().toLower();
        if (type == "application/vnd.pgrst.object+json" || type == "application/vnd.pgrst.object") {
            return Shape::Object;
        }
        if (type == "application/json" || type == "*/*" || type == "application/*" ||
            type == "application/vnd.pgrst.array+json" || type == "application/vnd.pgrst.array") {
            return Shape::Array;
        }
    }
    return Shape::Unacceptable;
}

HttpResponse RestResponses::notAcceptable(const QByteArray& accept) {
    return error(postgrest::PostgrestError::make(
        406, QStringLiteral("PGRST107"),
        QStringLiteral("None of these media types are available: %1").arg(QString::fromLatin1(accept))));
}

namespace {

HttpResponse notSingular(qint64 count) {
    return RestResponses::error(postgrest::PostgrestError::make(
        406, QStringLiteral("PGRST116"), QStringLiteral("Cannot coerce the result to a single JSON object"),
        QStringLiteral("The result contains %1 rows").arg(count)));
}

} // namespace

HttpResponse RestResponses::rowsJson(int status, const QByteArray& array, qint64 count, Shape shape) {
    HttpResponse response;
    response.status = status;
    if (shape == Shape::Object) {
        if (count != 1) {
            return notSingular(count);
        }
        response.body = array.mid(1, array.size() - 2);
        response.setHeader("Content-Type", "application/vnd.pgrst.object+json; charset=utf-8");
        return response;
    }
    response.body = array;
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

HttpResponse RestResponses::rows(int status, const QJsonArray& rows, Shape shape) {
    if (shape == Shape::Object) {
        if (rows.size() != 1) {
            return notSingular(rows.size());
        }
        HttpResponse response = HttpResponse::json(status, rows.first());
        response.setHeader("Content-Type", "application/vnd.pgrst.object+json; charset=utf-8");
        return response;
    }
    return HttpResponse::json(status, rows);
}

} // namespace cc::sandbox
