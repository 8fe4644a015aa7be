#include "app/sandbox/realtime/RealtimeServer.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/realtime/PhoenixMessage.h"
#include "app/sandbox/FaultInjector.h"
#include "app/sandbox/KeyRing.h"
#include "app/sandbox/realtime/RealtimeConnection.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QWebSocket>

namespace cc::sandbox {

namespace {

const QString kRealtime = QStringLiteral("realtime");

HttpResponse handshakeError(int status, const QString& message) {
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("error"), message}});
}

// The handshake as the sandbox's handlers see requests: path, query and the headers that carry keys.
HttpRequest requestOf(const QWebSocket& socket) {
    HttpRequest request;
    request.method = "GET";
    request.path = socket.requestUrl().path();
    request.rawQuery = socket.requestUrl().query(QUrl::FullyEncoded).toLatin1();
    request.query = HttpRequest::decodeQuery(request.rawQuery);
    const QNetworkRequest handshake = socket.request();
    for (const QByteArray& name : handshake.rawHeaderList()) {
        request.headers.append({name.toLower(), handshake.rawHeader(name)});
    }
    return request;
}

QString apiKeyOf(const HttpRequest& request) {
    const QString header = QString::fromLatin1(request.header("apikey"));
    if (!header.isEmpty()) {
        return header;
    }
    const QString xApiKey = QString::fromLatin1(request.header("x-api-key"));
    return xApiKey.isEmpty() ? request.query.queryItemValue(QStringLiteral("apikey"), QUrl::FullyDecoded)
                             : xApiKey;
}

std::optional<realtime::ProtocolVersion> versionOf(const HttpRequest& request) {
    const QString vsn = request.query.queryItemValue(QStringLiteral("vsn"));
    // Phoenix's default when the client names none.
    return vsn.isEmpty() ? std::optional(realtime::ProtocolVersion::V1)
                         : realtime::protocolVersionFromVsn(vsn);
}

} // namespace

RealtimeServer::RealtimeServer(const KeyRing& keys, const Clock& clock, FaultInjector& faults,
                               QObject* parent)
    : QObject(parent)
    , m_keys(keys)
    , m_clock(clock)
    , m_faults(faults) {
    m_expiry.setInterval(kExpirySweepMs);
    connect(&m_expiry, &QTimer::timeout, this, &RealtimeServer::expireTokens);
}

RealtimeServer::~RealtimeServer() {
    shutdown();
}

std::optional<QString> RealtimeServer::keyProblem(const HttpRequest& request) const {
    HttpRequest keyed = request;
    if (const QString key = apiKeyOf(request); !key.isEmpty() && !request.hasHeader("apikey")) {
        keyed.headers.append({QByteArray("apikey"), key.toLatin1()}); // x-api-key and ?apikey= count too
    }
    if (const std::optional<HttpResponse> refused = m_keys.checkApiKey(keyed)) {
        return QJsonDocument::fromJson(refused->body).object().value(QStringLiteral("message")).toString();
    }
    return std::nullopt;
}

std::optional<HttpResponse> RealtimeServer::checkUpgrade(const HttpRequest& request) {
    const FaultInjector::Decision fault = m_faults.decide(kRealtime);
    if (fault.drop) {
        HttpResponse dropped;
        dropped.dropConnection = true;
        return dropped;
    }
    if (std::optional<QString> problem = keyProblem(request)) {
        return handshakeError(401, *problem);
    }
    if (!versionOf(request)) {
        return handshakeError(400, QStringLiteral("Unsupported vsn: use 1.0.0 or 2.0.0"));
    }
    return std::nullopt;
}

void RealtimeServer::accept(std::unique_ptr<QWebSocket> socket) {
    if (!socket) {
        return;
    }
    if (!m_expiry.isActive()) {
        m_expiry.start();
    }
    const HttpRequest request = requestOf(*socket);
    const std::optional<realtime::ProtocolVersion> version = versionOf(request);
    auto* connection = new RealtimeConnection(
        std::move(socket), version.value_or(realtime::ProtocolVersion::V1), apiKeyOf(request),
        RealtimeConnection::Context{m_keys, m_clock, m_faults}, this);
    m_connections.append(connection);
    connect(connection, &RealtimeConnection::closed, this, [this, connection] { remove(connection); });
    // The frontend checked the handshake already; this is the same check for sockets that reach us otherwise.
    if (request.path != kPath || !version || keyProblem(request)) {
        connection->closeWith(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("Invalid API key"));
        return;
    }
    log::info(lcSandbox(), QStringLiteral("realtime socket connected"),
              {{QStringLiteral("vsn"), realtime::vsnString(*version)},
               {QStringLiteral("sockets"), m_connections.size()}});
}

void RealtimeServer::remove(RealtimeConnection* connection) {
    if (m_connections.removeOne(connection)) {
        connection->deleteLater();
        log::info(lcSandbox(), QStringLiteral("realtime socket closed"),
                  {{QStringLiteral("sockets"), m_connections.size()}});
    }
}

void RealtimeServer::broadcast(const QList<realtime::PostgresChange>& changes) {
    const QList<RealtimeConnection*> connections = m_connections; // a drop during delivery changes the list
    for (RealtimeConnection* connection : connections) {
        connection->deliver(changes);
    }
}

void RealtimeServer::applyFaults() {
    const std::optional<FaultInjector::Rule> rule = m_faults.rule(kRealtime);
    if (!rule || rule->dropRate < 1.0) {
        return;
    }
    const QList<RealtimeConnection*> connections = m_connections;
    log::info(lcSandbox(), QStringLiteral("realtime sockets dropped by fault injection"),
              {{QStringLiteral("sockets"), connections.size()}});
    for (RealtimeConnection* connection : connections) {
        connection->drop();
    }
}

void RealtimeServer::expireTokens() {
    const QList<RealtimeConnection*> connections = m_connections;
    for (RealtimeConnection* connection : connections) {
        connection->expireTokens();
    }
}

void RealtimeServer::shutdown() {
    m_expiry.stop();
    const QList<RealtimeConnection*> connections = m_connections;
    m_connections.clear();
    for (RealtimeConnection* connection : connections) {
        connection->disconnect(this);
        connection->drop();
        connection->deleteLater();
    }
}

qsizetype RealtimeServer::channelCount() const {
    qsizetype count = 0;
    for (const RealtimeConnection* connection : m_connections) {
        count += connection->channelCount();
    }
    return count;
}

std::optional<QString> RealtimeServer::probe() const {
    const realtime::PhoenixMessage heartbeat = realtime::PhoenixMessage::heartbeat(QStringLiteral("1"));
    for (const auto version : {realtime::ProtocolVersion::V1, realtime::ProtocolVersion::V2}) {
        const Result<realtime::PhoenixMessage> decoded =
            realtime::PhoenixMessage::decode(heartbeat.encode(version), version);
        if (!decoded || !(decoded.value() == heartbeat)) {
            return QStringLiteral("the Phoenix codec does not round-trip a heartbeat");
        }
    }
    const std::optional<FaultInjector::Rule> rule = m_faults.rule(kRealtime);
    if (rule && rule->dropRate >= 1.0) {
        return QStringLiteral("fault injected: every realtime connection is dropped");
    }
    if (rule && rule->errorRate >= 1.0) {
        return QStringLiteral("fault injected: every realtime join is refused (HTTP %1)").arg(rule->status);
    }
    return std::nullopt;
}

} // namespace cc::sandbox
