#pragma once

#include "app/auth/AuthSettings.h"
#include "app/core/Profile.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#include <functional>

#include <optional>

class QNetworkAccessManager;

namespace cc::auth {

// The verdict on a profile's browser sign-in, with what to change when it would fail.
struct SignInSetupFinding {
    bool ok = false;
    QString summary;           // what was found, one sentence
    QString fix;               // what to change when !ok, one sentence
    QStringList providers;     // the server's enabled browser providers, when it said
    QString suggestedProvider; // the one to use when the profile names none or a disabled one and one is on
};

// Checks, for a Supabase (GoTrue) profile, what "Sign in with browser" needs before a browser is opened:
//   1. GET /auth/v1/settings: the profile's provider is among the enabled ones (none named: the only one);
//   2. GET /auth/v1/authorize?provider=...&redirect_to=<loopback>&code_challenge=... without following
//      the redirect: GoTrue accepts the provider, keeps the loopback redirect_to (it silently falls back to
//      the Site URL when the address is not in the project's Redirect URLs) and starts a PKCE flow.
// Each failure comes with its fix, worded for `audience`. Raw requests with a timeout, like the doctor's
// other probes: a diagnosis reports what one attempt gets. Step 2 leaves an unused PKCE flow state on a real
// project, which GoTrue expires by itself. OIDC profiles are not checked here (discovery covers them).
class SignInSetupCheck : public QObject {
    Q_OBJECT

public:
    enum class Audience { CommandLine, Settings };

    SignInSetupCheck(Profile profile, QNetworkAccessManager& network, Audience audience,
                     QObject* parent = nullptr);

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    // Starts the check; finished() follows once (also for a profile that cannot be checked).
    void run();
    const SignInSetupFinding& finding() const { return m_finding; }

    // Pure steps, for tests.
    // The verdict on the settings document; nullopt: the provider is fine, go on with the authorize probe.
    std::optional<SignInSetupFinding> judgeSettings(int status, const QJsonObject& body,
                                                    const QString& networkError) const;
    SignInSetupFinding judgeAuthorize(int status, const QByteArray& body, const QUrl& location,
                                      const QString& networkError) const;
    // The provider the authorize probe uses: the profile's, or the server's only one when it names none.
    QString providerToUse() const;

signals:
    void finished();

private:
    QUrl under(const QString& path) const;
    void get(const QUrl& url, std::function<void(int, QByteArray, QUrl, QString)> done);
    void finish(SignInSetupFinding finding);
    QString editProviderFix(const QString& provider) const;

    Profile m_profile;
    QNetworkAccessManager& m_network;
    Audience m_audience;
    int m_timeoutMs = 10'000;
    std::optional<AuthSettings> m_settings;
    SignInSetupFinding m_finding;
};

} // namespace cc::auth
