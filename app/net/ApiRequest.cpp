#include "app/net/ApiRequest.h"

#include <utility>

namespace cc::net {

ApiRequest::ApiRequest(QByteArray httpMethod, QUrl target)
    : method(std::move(httpMethod))
    , url(std::move(target)) {}

ApiRequest ApiRequest::get(const QUrl& url) {
    return ApiRequest("GET", url);
}

ApiRequest ApiRequest::head(const QUrl& url) {
    return ApiRequest("HEAD", url);
}

ApiRequest ApiRequest::del(const QUrl& url) {
    return ApiRequest("DELETE", url);
}

ApiRequest ApiRequest::post(const QUrl& url, const QJsonDocument& json) {
    return ApiRequest("POST", url).setJson(json);
}

ApiRequest ApiRequest::patch(const QUrl& url, const QJsonDocument& json) {
    return ApiRequest("PATCH", url).setJson(json);
}

ApiRequest ApiRequest::put(const QUrl& url, const QJsonDocument& json) {
    return ApiRequest("PUT", url).setJson(json);
}

ApiRequest& ApiRequest::setJson(const QJsonDocument& json) {
    body = json.toJson(QJsonDocument::Compact);
    contentType = "application/json";
    return *this;
}

ApiRequest& ApiRequest::setHeader(const QByteArray& name, const QByteArray& value) {
    for (Header& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return *this;
        }
    }
    headers.append({name, value});
    return *this;
}

ApiRequest& ApiRequest::setIdempotencyKey(const QString& key) {
    idempotencyKey = key;
    return *this;
}

ApiRequest& ApiRequest::setAttemptTimeout(qint64 ms) {
    attemptTimeoutMs = ms;
    return *this;
}

ApiRequest& ApiRequest::setDeadline(qint64 ms) {
    deadlineMs = ms;
    return *this;
}

ApiRequest& ApiRequest::setBulk(bool on) {
    bulk = on;
    return *this;
}

ApiRequest& ApiRequest::setMaxAttempts(int attempts) {
    maxAttempts = attempts;
    return *this;
}

std::optional<QByteArray> ApiRequest::header(const QByteArray& name) const {
    for (const Header& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return std::nullopt;
}

} // namespace cc::net
