#include "app/sandbox/SandboxServer.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/core/RandomSource.h"
#include "app/sandbox/AuthService.h"
#include "app/sandbox/DemoActivity.h"
#include "app/sandbox/EmailService.h"
#include "app/sandbox/FaultInjector.h"
#include "app/sandbox/HealthReporter.h"
#include "app/sandbox/HttpFrontend.h"
#include "app/sandbox/KeyRing.h"
#include "app/sandbox/OAuthServer.h"
#include "app/sandbox/RestApi.h"
#include "app/sandbox/SandboxDatabase.h"
#include "app/sandbox/Seeder.h"
#include "app/sandbox/SocialPlatforms.h"
#include "app/sandbox/realtime/RealtimeServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTcpServer>

namespace cc::sandbox {

namespace {

HttpResponse plainError(int status, const QString& message) {
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("message"), message}});
}

QString randomToken(int bytes) {
    return QString::fromLatin1(SystemRandom::instance().bytes(bytes).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock) {}

SandboxServer::~SandboxServer() {
    stop();
}

bool SandboxServer::isRunning() const {
    return m_http != nullptr;
}

Result<QUrl> SandboxServer::start() {
    if (isRunning()) {
        return m_info.url;
    }
    const auto fail = [](ErrorKind kind, const QString& detail) {
        return Error(kind, tr("The sandbox could not start."), detail);
    };
    m_faults = std::make_unique<FaultInjector>(m_options.seedRandom);
    if (!m_options.faults.isEmpty()) {
        QJsonParseError parseError{};
        const QJsonDocument rules = QJsonDocument::fromJson(m_options.faults.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !rules.isObject()) {
            return fail(ErrorKind::Config,
                        QStringLiteral("--faults is not a JSON object: %1").arg(parseError.errorString()));
        }
        if (auto problem = m_faults->configure(rules.object())) {
            return fail(ErrorKind::Config, QStringLiteral("--faults: %1").arg(*problem));
        }
    }

    m_database = std::make_unique<SandboxDatabase>(m_options.database);
    if (auto problem = m_database->open()) {
        return fail(ErrorKind::Storage, *problem);
    }
    const QByteArray secret =
        m_options.jwtSecret.isEmpty() ? randomToken(32).toLatin1() : m_options.jwtSecret.toUtf8();
    m_keys = std::make_unique<KeyRing>(secret, m_clock);
    m_auth = std::make_unique<AuthService>(*m_database, *m_keys, m_clock, SystemRandom::instance(),
                                           m_options.jwtExpirySeconds);
    if (auto problem = m_auth->prepareUsers(m_options.seedRandom)) {
        return fail(ErrorKind::Storage, *problem);
    }
    m_oauth = std::make_unique<OAuthServer>(*m_auth, *m_keys, m_clock, SystemRandom::instance());
    m_oauth->setProviders(m_options.providers);
    m_social = std::make_unique<SocialPlatforms>(m_clock, SystemRandom::instance());
    m_rest = std::make_unique<RestApi>(*m_database, *m_keys, m_clock, SystemRandom::instance());
    m_email = std::make_unique<EmailService>(*m_database, m_clock, SystemRandom::instance(),
                                             QStringLiteral("cc_email_") + randomToken(24));
    m_realtime = std::make_unique<RealtimeServer>(*m_keys, m_clock, *m_faults);
    m_rest->changes().setListener(
        [this](const QList<realtime::PostgresChange>& changes) { m_realtime->broadcast(changes); });
    m_health = std::make_unique<HealthReporter>();
    registerHealthChecks();

    if (m_options.seedCount > 0 && campaignCount() == 0) {
        QElapsedTimer timer;
        timer.start();
        Seeder::Plan plan;
        plan.count = m_options.seedCount;
        plan.seed = m_options.seedRandom;
        plan.now = m_clock.nowUtc();
        plan.today = plan.now.date();
        plan.owners = m_auth->users();
        if (auto problem = Seeder::seed(*m_database, plan)) {
            return fail(ErrorKind::Storage, *problem);
        }
        log::info(lcSandbox(), QStringLiteral("seeded demo campaigns"),
                  {{QStringLiteral("count"), m_options.seedCount},
                   {QStringLiteral("elapsed_ms"), timer.elapsed()}});
    }

    auto* http = new HttpFrontend([this](const HttpRequest& request) { return handle(request); }, this);
    http->setWebSocketUpgrade(RealtimeServer::kPath, [this](const HttpRequest& request) {
        return m_realtime->checkUpgrade(request);
    });
    connect(http, &HttpFrontend::newWebSocketConnection, this, [this, http] {
        while (http->hasPendingWebSocketConnections()) {
            m_realtime->accept(http->nextPendingWebSocketConnection());
        }
    });
    QHostAddress address;
    if (m_options.host == QStringLiteral("localhost")) {
        address = QHostAddress(QHostAddress::LocalHost);
    } else if (!address.setAddress(m_options.host)) {
        delete http;
        return fail(ErrorKind::Config, QStringLiteral("%1 is not an IP address").arg(m_options.host));
    }
    const quint16 port = http->listenRefusingOversizedBodies(address, m_options.port);
    if (port == 0) {
        delete http;
        return fail(ErrorKind::Network,
                    QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(m_options.port));
    }
    m_http = http;
    if (m_options.activityIntervalMs > 0) {
        m_activity = std::make_unique<DemoActivity>(
            [this](const HttpRequest& request) { return handle(request); }, *m_keys, m_auth->users(),
            SystemRandom::instance(), m_options.activityIntervalMs);
    }

    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(port);
    m_info.url = url;
    m_info.anonKey = m_keys->anonKey();
    m_info.serviceRoleKey = m_keys->serviceRoleKey();
    m_info.emailApiKey = m_email->apiKey();
    m_info.users = m_auth->users();
    m_auth->setIssuer(url.toString() + QStringLiteral("/auth/v1"));
    m_oauth->setIssuer(url.toString() + QStringLiteral("/auth/v1"));
    m_social->setBaseUrl(url.toString() + QStringLiteral("/_social"));
    log::info(lcSandbox(), QStringLiteral("sandbox listening"),
              {{QStringLiteral("url"), url.toString()},
               {QStringLiteral("database"), m_options.database},
               {QStringLiteral("campaigns"), campaignCount()}});
    return url;
}

void SandboxServer::stop() {
    if (m_http == nullptr) {
        return;
    }
    m_activity.reset();
    m_http->shutdown();
    if (m_realtime) {
        m_realtime->shutdown();
    }
    // Deferred: stop() may run inside a request this frontend is still handling.
    m_http->deleteLater();
    m_http = nullptr;
    log::info(lcSandbox(), QStringLiteral("sandbox stopped"),
              {{QStringLiteral("url"), m_info.url.toString()}});
    emit stopped();
}

qint64 SandboxServer::campaignCount() const {
    if (!m_database || !m_database->isOpen()) {
        return 0;
    }
    QSqlQuery query(m_database->connection());
    if (query.exec(QStringLiteral("SELECT count(*) FROM campaigns")) && query.next()) {
        return query.value(0).toLongLong();
    }
    return 0;
}

std::optional<QString> SandboxServer::configureFaults(const QJsonObject& rules) {
    if (!m_faults) {
        return QStringLiteral("not started");
    }
    std::optional<QString> problem = m_faults->configure(rules);
    if (!problem && m_realtime) {
        m_realtime->applyFaults();
    }
    return problem;
}

void SandboxServer::clearFaults() {
    if (m_faults) {
        m_faults->clear();
    }
}

HttpResponse SandboxServer::handle(const HttpRequest& request) {
    if (!m_database) {
        return plainError(503, QStringLiteral("The sandbox is not running"));
    }
    emit requestReceived(request.method, request.path);
    return dispatch(request);
}

HttpResponse SandboxServer::dispatch(const HttpRequest& request) {
    const QString& path = request.path;
    if (path == QStringLiteral("/health")) {
        return withFaults(QStringLiteral("health"), [&] {
            return request.method == "GET" || request.method == "HEAD"
                       ? healthEndpoint()
                       : plainError(405, QStringLiteral("Method Not Allowed"));
        });
    }
    if (path.startsWith(QStringLiteral("/auth/v1/"))) {
        return withFaults(QStringLiteral("auth"), [&] {
            const QString subPath = path.mid(8);
            // The browser pages and the standards endpoints are reached without the gateway's apikey, as
            // GoTrue's /authorize is behind Kong.
            if (!OAuthServer::isPublic(subPath)) {
                if (auto rejected = m_keys->checkApiKey(request)) {
                    return *rejected;
                }
            }
            if (OAuthServer::handles(request, subPath)) {
                return m_oauth->handle(request, subPath);
            }
            return m_auth->handle(request, subPath);
        });
    }
    if (path == QStringLiteral("/_social") || path.startsWith(QStringLiteral("/_social/"))) {
        return withFaults(QStringLiteral("social"), [&] { return m_social->handle(request, path.mid(8)); });
    }
    if (path.startsWith(QStringLiteral("/rest/v1/"))) {
        return withFaults(QStringLiteral("rest"), [&] { return m_rest->handle(request, path.mid(8)); });
    }
    if (path.startsWith(QStringLiteral("/api/email/"))) {
        return withFaults(QStringLiteral("email"), [&] { return m_email->handle(request, path.mid(10)); });
    }
    if (path.startsWith(QStringLiteral("/realtime/v1/"))) {
        return withFaults(QStringLiteral("realtime"), [&] {
            return path == RealtimeServer::kPath
                       ? HttpResponse::json(400,
                                            QJsonObject{{QStringLiteral("error"),
                                                         QStringLiteral("Expected a WebSocket upgrade")}})
                       : plainError(404, QStringLiteral("no Route matched with those values"));
        });
    }
    if (path == QStringLiteral("/_sandbox/faults")) {
        return faultsEndpoint(request);
    }
    return plainError(404, QStringLiteral("no Route matched with those values"));
}

HttpResponse SandboxServer::withFaults(const QString& service, const std::function<HttpResponse()>& work) {
    const FaultInjector::Decision decision = m_faults->decide(service);
    HttpResponse response;
    if (decision.drop) {
        response.dropConnection = true;
    } else if (decision.status != 0) {
        response = HttpResponse::json(
            decision.status,
            QJsonObject{
                {QStringLiteral("code"), QStringLiteral("sandbox_fault")},
                {QStringLiteral("message"),
                 QStringLiteral("Injected fault: HTTP %1 from %2").arg(decision.status).arg(service)},
                {QStringLiteral("details"), QJsonValue::Null},
                {QStringLiteral("hint"), QStringLiteral("DELETE /_sandbox/faults clears injected faults")}});
        if (decision.retryAfterSeconds > 0) {
            response.setHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
        }
    } else {
        response = work();
    }
    response.delayMs = decision.delayMs;
    return response;
}

HttpResponse SandboxServer::faultsEndpoint(const HttpRequest& request) {
    if (auto rejected = m_keys->checkApiKey(request)) {
        return *rejected;
    }
    auto caller = m_keys->callerFor(request);
    if (auto* failure = std::get_if<HttpResponse>(&caller)) {
        return *failure;
    }
    if (std::get<Caller>(caller).role != Caller::Role::ServiceRole) {
        return plainError(403, QStringLiteral("Fault injection needs the service-role key"));
    }
    if (request.method == "POST") {
        QJsonParseError parseError{};
        const QJsonDocument rules = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !rules.isObject()) {
            return plainError(400, QStringLiteral("The body must be a JSON object of fault rules"));
        }
        if (auto problem = m_faults->configure(rules.object())) {
            return plainError(400, *problem);
        }
        log::info(lcSandbox(), QStringLiteral("faults configured"), m_faults->toJson());
        m_realtime->applyFaults();
    } else if (request.method == "DELETE") {
        m_faults->clear();
        log::info(lcSandbox(), QStringLiteral("faults cleared"));
    } else if (request.method != "GET") {
        return plainError(405, QStringLiteral("Method Not Allowed"));
    }
    return HttpResponse::json(200, m_faults->toJson());
}

std::optional<QString> SandboxServer::faultOutage(const QString& service) const {
    const auto rule = m_faults->rule(service);
    if (rule && (rule->errorRate >= 1.0 || rule->dropRate >= 1.0)) {
        return rule->dropRate >= 1.0
                   ? QStringLiteral("fault injected: every connection is dropped")
                   : QStringLiteral("fault injected: every request fails with HTTP %1").arg(rule->status);
    }
    return std::nullopt;
}

void SandboxServer::registerHealthChecks() {
    m_health->add(QStringLiteral("database"), [this]() -> std::optional<QString> {
        QSqlQuery query(m_database->connection());
        if (!query.exec(QStringLiteral("SELECT 1")) || !query.next()) {
            return QStringLiteral("SQLite does not answer");
        }
        return std::nullopt;
    });
    m_health->add(QStringLiteral("rest"), [this]() -> std::optional<QString> {
        QString error;
        if (!m_rest->probe(&error)) {
            return error;
        }
        return faultOutage(QStringLiteral("rest"));
    });
    m_health->add(QStringLiteral("auth"), [this]() -> std::optional<QString> {
        // A signature round trip exercises the key material every session depends on.
        if (!m_keys->verify(m_keys->sign({{QStringLiteral("role"), QStringLiteral("anon")}})).ok()) {
            return QStringLiteral("cannot verify its own tokens");
        }
        return faultOutage(QStringLiteral("auth"));
    });
    m_health->add(QStringLiteral("realtime"),
                  [this]() -> std::optional<QString> { return m_realtime->probe(); });
    m_health->add(QStringLiteral("email"), [this]() -> std::optional<QString> {
        QString error;
        if (!m_email->probe(&error)) {
            return error;
        }
        return faultOutage(QStringLiteral("email"));
    });
}

HttpResponse SandboxServer::healthEndpoint() {
    const QJsonObject report = m_health->report(m_clock.nowUtc());
    return HttpResponse::json(m_health->isHealthy(report) ? 200 : 503, report);
}

} // namespace cc::sandbox
