#include "app/cli/RealtimeProbe.h"
#include "app/realtime/RealtimeClient.h"

#include "app/realtime/PhoenixEvents.h"
#include "app/realtime/PhoenixMessage.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace cc::cli {

namespace {

namespace events = realtime::events;
using realtime::PhoenixMessage;
using realtime::ProtocolVersion;

const QString kPart = QStringLiteral("realtime");
const QString kTopic = QStringLiteral("realtime:campaignctl-doctor");
const QString kJoinRef = QStringLiteral("1");

DoctorFinding verdict(bool ok, const QString& summary, const QString& fix = {}) {
    return {kPart, ok, summary, fix};
}

} // namespace

RealtimeProbe::RealtimeProbe(Profile profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile)) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        conclude(verdict(
            false,
            m_connected ? tr("Realtime accepted the connection but did not answer the join within %1 s.")
                              .arg(m_timeoutMs / 1000.0)
                        : tr("No answer from the realtime server within %1 s.").arg(m_timeoutMs / 1000.0),
            tr("Check that Realtime is enabled for the project and that nothing between here and the "
               "server blocks WebSockets.")));
    });
    connect(&m_socket, &QWebSocket::connected, this, &RealtimeProbe::onConnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &RealtimeProbe::onText);
    // Qt 6.4 reports WebSocket errors through error(); errorOccurred does not exist yet.
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &RealtimeProbe::onSocketError);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_connected) {
            conclude(
                verdict(false, tr("The realtime server closed the connection during the join."),
                        tr("The server or a proxy drops realtime sockets; on the sandbox, clear injected "
                           "faults (DELETE /_sandbox/faults).")));
        }
    });
}

QUrl RealtimeProbe::socketUrl(const QUrl& projectUrl, const QString& apiKey) {
    return realtime::RealtimeClient::socketUrl(projectUrl, apiKey, ProtocolVersion::V2);
}

void RealtimeProbe::run() {
    m_done = false;
    m_connected = false;
    m_joined = false;
    m_timeout.start(m_timeoutMs);
    m_socket.open(socketUrl(m_profile.projectUrl, m_profile.anonKey));
}

void RealtimeProbe::onConnected() {
    m_connected = true;
    const QJsonObject binding{{QStringLiteral("event"), QStringLiteral("*")},
                              {QStringLiteral("schema"), QStringLiteral("public")},
                              {QStringLiteral("table"), QStringLiteral("campaigns")}};
    const QJsonObject payload{
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("postgres_changes"), QJsonArray{binding}}}},
        {QStringLiteral("access_token"), m_profile.anonKey}};
    m_socket.sendTextMessage(
        QString::fromUtf8(PhoenixMessage::join(kTopic, kJoinRef, payload).encode(ProtocolVersion::V2)));
}

void RealtimeProbe::onText(const QString& text) {
    const Result<PhoenixMessage> decoded = PhoenixMessage::decode(text.toUtf8(), ProtocolVersion::V2);
    if (!decoded) {
        conclude(verdict(false,
                         tr("The realtime server sent a frame that is not Phoenix 2.0.0 (%1).")
                             .arg(decoded.error().detail),
                         tr("Check that the profile's URL is the Supabase project URL.")));
        return;
    }
    const PhoenixMessage& message = decoded.value();
    if (message.topic != kTopic) {
        return;
    }
    if (message.isReply() && message.ref == kJoinRef) {
        if (message.replyStatus() != QStringLiteral("ok")) {
            conclude(judgeJoinError(message.replyResponse().value(QStringLiteral("reason")).toString()));
            return;
        }
        m_joined = true;
        return;
    }
    if (message.event == events::kSystem && m_joined) {
        const QString status = message.payload.value(QStringLiteral("status")).toString();
        const QString text = message.payload.value(QStringLiteral("message")).toString();
        if (status == QStringLiteral("ok")) {
            conclude(verdict(true, tr("Realtime accepts a postgres_changes subscription on campaigns.")));
        } else {
            conclude(
                verdict(false, tr("Realtime joined but cannot stream campaign changes: %1").arg(text),
                        tr("Add the table to the publication: alter publication supabase_realtime add table "
                           "public.campaigns; (resources/supabase/migrations).")));
        }
    }
}

void RealtimeProbe::onSocketError() {
    if (m_connected) {
        return; // the disconnected() handler reports it
    }
    const QString error = m_socket.errorString();
    static const QRegularExpression statusPattern(QStringLiteral("\\b([1-5]\\d\\d)\\b"));
    const int status = statusPattern.match(error).captured(1).toInt();
    if (status == 401 || status == 403) {
        conclude(verdict(false,
                         tr("The realtime server refused the profile's anon key (HTTP %1).").arg(status),
                         tr("Copy the anon (publishable) key from Project Settings > API and save it in the "
                            "profile (campaignctl profiles add --anon-key ...).")));
    } else if (status == 404) {
        conclude(
            verdict(false, tr("The project has no realtime endpoint (HTTP 404)."),
                    tr("Check that the profile's URL is the project URL and that Realtime is enabled.")));
    } else if (status != 0) {
        conclude(
            verdict(false, tr("The realtime handshake failed with HTTP %1.").arg(status),
                    tr("This is on the server side: check the project's status in the Supabase dashboard.")));
    } else {
        conclude(verdict(false, tr("No answer from the realtime server: %1.").arg(error),
                         tr("Check the URL in the profile (--url) and the network; on the sandbox, clear "
                            "injected faults (DELETE /_sandbox/faults).")));
    }
}

DoctorFinding RealtimeProbe::judgeJoinError(const QString& reason) {
    const QString code = reason.section(QLatin1Char(':'), 0, 0).trimmed();
    const QString summary = tr("Realtime refused the join: %1").arg(reason);
    if (reason.contains(QStringLiteral("injected fault"))) {
        return verdict(false, summary,
                       tr("The sandbox injects realtime faults: clear them with DELETE /_sandbox/faults."));
    }
    if (code == QStringLiteral("InvalidJWTToken") || code == QStringLiteral("MalformedJWT") ||
        code == QStringLiteral("JwtSignatureError")) {
        return verdict(
            false, summary,
            tr("Copy the anon (publishable) key from Project Settings > API and save it in the profile "
               "(campaignctl profiles add --anon-key ...)."));
    }
    if (code == QStringLiteral("RealtimeDisabledForTenant") || code == QStringLiteral("TenantNotFound")) {
        return verdict(false, summary, tr("Enable Realtime for the project in the Supabase dashboard."));
    }
    if (code.endsWith(QStringLiteral("RateLimitReached"))) {
        return verdict(false, summary,
                       tr("Too many realtime clients or joins: close other consoles and retry."));
    }
    if (code == QStringLiteral("Unauthorized")) {
        return verdict(false, summary,
                       tr("Check the project's realtime authorization policies (realtime.messages)."));
    }
    return verdict(
        false, summary,
        tr("This is on the server side: check the project's status in the Supabase dashboard and try "
           "again later."));
}

void RealtimeProbe::conclude(DoctorFinding finding) {
    if (m_done) {
        return;
    }
    m_done = true;
    m_timeout.stop();
    m_finding = std::move(finding);
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        m_socket.sendTextMessage(QString::fromUtf8(
            PhoenixMessage::leave(kTopic, kJoinRef, QStringLiteral("2")).encode(ProtocolVersion::V2)));
    }
    m_socket.disconnect(this);
    m_socket.close();
    emit finished();
}

} // namespace cc::cli
