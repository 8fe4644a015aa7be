#include "tests/integration/sandbox/SandboxTestClient.h"

#include "tests/support/SignalWaiter.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkRequest>

namespace cc::sandbox::test {

QByteArray TestReply::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QJsonObject TestReply::object() const {
    return QJsonDocument::fromJson(body).object();
}

QJsonArray TestReply::array() const {
    return QJsonDocument::fromJson(body).array();
}

SandboxTestClient::SandboxTestClient(QUrl base)
    : m_base(std::move(base)) {}

void SandboxTestClient::setDefaultHeader(const QByteArray& name, const QByteArray& value) {
    m_defaults.removeIf(
        [&](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
    m_defaults.append({name, value});
}

void SandboxTestClient::clearDefaultHeaders() {
    m_defaults.clear();
}

QUrl SandboxTestClient::url(const QString& pathAndQuery) const {
    return QUrl(m_base.toString() + pathAndQuery);
}

TestReply SandboxTestClient::send(const QByteArray& method, const QString& pathAndQuery,
                                  const QByteArray& body,
                                  const QList<QPair<QByteArray, QByteArray>>& headers) {
    QNetworkRequest request(url(pathAndQuery));
    for (const auto& [name, value] : m_defaults) {
        request.setRawHeader(name, value);
    }
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type")) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply* reply = nullptr;
    if (method == "GET") {
        reply = m_network.get(request);
    } else if (method == "HEAD") {
        reply = m_network.head(request);
    } else {
        reply = m_network.sendCustomRequest(request, method, body);
    }
    TestReply result;
    if (!reply->isFinished() && !cc::test::waitForSignal(reply, &QNetworkReply::finished, 15000)) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

TestReply SandboxTestClient::postJson(const QString& pathAndQuery, const QJsonValue& body,
                                      const QList<QPair<QByteArray, QByteArray>>& headers) {
    const QByteArray bytes = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return send("POST", pathAndQuery, bytes, headers);
}

TestReply SandboxTestClient::patchJson(const QString& pathAndQuery, const QJsonValue& body,
                                       const QList<QPair<QByteArray, QByteArray>>& headers) {
    return send("PATCH", pathAndQuery, QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact),
                headers);
}

} // namespace cc::sandbox::test
