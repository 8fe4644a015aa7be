#pragma once

#include "app/core/Clock.h"
#include "app/core/Error.h"
#include "app/sandbox/HttpRequest.h"
#include "app/sandbox/HttpResponse.h"
#include "app/sandbox/SandboxInfo.h"
#include "app/sandbox/SandboxOptions.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace cc::sandbox {

class AuthService;
class DemoActivity;
class EmailService;
class FaultInjector;
class HealthReporter;
class HttpFrontend;
class KeyRing;
class OAuthServer;
class SocialPlatforms;
class RealtimeServer;
class RestApi;
class SandboxDatabase;

// The local Supabase-compatible backend: PostgREST (/rest/v1), GoTrue (/auth/v1, with its OAuth 2.0 /
// OpenID Connect authorization server), the e-mail API (/api/email), simulated social platforms (/_social),
// /health and fault injection (/_sandbox/faults), on SQLite, served by QtHttpServer on
// loopback.
//
// A plain object with no globals, so it runs the same in campaign-sandbox, in `campaign-console --demo` and
// in tests (several at once if needed):
//
//   cc::sandbox::SandboxServer server(options);
//   if (auto started = server.start(); !started) { ... started.error() ... }
//   const cc::sandbox::SandboxInfo& info = server.info(); // url, keys, demo users
//
// Time comes from the injected clock (JWT expiry, timestamps, idempotency retention), so tests can expire
// tokens without sleeping.
class SandboxServer : public QObject {
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options, const Clock& clock = SystemClock::instance(),
                           QObject* parent = nullptr);
    ~SandboxServer() override;

    // Opens the database, creates the demo users, seeds (only into an empty table) and listens. Returns the
    // base URL (http://127.0.0.1:PORT).
    Result<QUrl> start();
    // Stops listening and closes every connection. Safe to call twice. Emits stopped().
    void stop();
    // The demo colleagues (options().activityIntervalMs > 0), else nullptr.
    DemoActivity* activity() const { return m_activity.get(); }
    bool isRunning() const;

    const SandboxInfo& info() const { return m_info; }
    QUrl url() const { return m_info.url; }
    const SandboxOptions& options() const { return m_options; }

    // Dispatches one request exactly as if it had arrived on the socket (faults included).
    HttpResponse handle(const HttpRequest& request);
    // Fault injection without HTTP (the same rules as POST /_sandbox/faults). An error text if invalid.
    std::optional<QString> configureFaults(const QJsonObject& rules);
    void clearFaults();
    // The number of campaigns stored (for the demo's status bar and tests).
    qint64 campaignCount() const;

signals:
    void stopped();
    // Every request as it arrives (before faults): tests count the requests an action really made.
    void requestReceived(const QByteArray& method, const QString& path);

private:
    HttpResponse dispatch(const HttpRequest& request);
    HttpResponse withFaults(const QString& service, const std::function<HttpResponse()>& work);
    HttpResponse faultsEndpoint(const HttpRequest& request);
    HttpResponse healthEndpoint();
    void registerHealthChecks();
    std::optional<QString> faultOutage(const QString& service) const;

    SandboxOptions m_options;
    const Clock& m_clock;
    SandboxInfo m_info;
    std::unique_ptr<SandboxDatabase> m_database;
    std::unique_ptr<KeyRing> m_keys;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<OAuthServer> m_oauth;
    std::unique_ptr<SocialPlatforms> m_social;
    std::unique_ptr<RestApi> m_rest;
    std::unique_ptr<EmailService> m_email;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<HealthReporter> m_health;
    std::unique_ptr<RealtimeServer> m_realtime;
    HttpFrontend* m_http = nullptr;           // a child QObject
    std::unique_ptr<DemoActivity> m_activity; // --activity / --demo: colleagues changing campaigns
};

} // namespace cc::sandbox
