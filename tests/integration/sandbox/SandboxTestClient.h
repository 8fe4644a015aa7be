#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace cc::sandbox::test {

// A reply read to the end: what a test asserts on.
struct TestReply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
    QJsonObject object() const;
    QJsonArray array() const;
};

// Real HTTP over loopback through QNetworkAccessManager, waiting for each reply with the event loop (never
// blocking the sandbox, which runs in the same thread).
class SandboxTestClient {
public:
    explicit SandboxTestClient(QUrl base);

    // Sent with every request unless overridden; e.g. {"apikey", anon}.
    void setDefaultHeader(const QByteArray& name, const QByteArray& value);
    void clearDefaultHeaders();

    TestReply send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                   const QList<QPair<QByteArray, QByteArray>>& headers = {});
    TestReply get(const QString& pathAndQuery, const QList<QPair<QByteArray, QByteArray>>& headers = {}) {
        return send("GET", pathAndQuery, {}, headers);
    }
    TestReply postJson(const QString& pathAndQuery, const QJsonValue& body,
                       const QList<QPair<QByteArray, QByteArray>>& headers = {});
    TestReply patchJson(const QString& pathAndQuery, const QJsonValue& body,
                        const QList<QPair<QByteArray, QByteArray>>& headers = {});

    QNetworkAccessManager& network() { return m_network; }
    QUrl url(const QString& pathAndQuery) const;

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
    QList<QPair<QByteArray, QByteArray>> m_defaults;
};

} // namespace cc::sandbox::test
