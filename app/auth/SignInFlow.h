#pragma once

#include "app/auth/AuthEndpoints.h"
#include "app/auth/SessionTokens.h"
#include "app/core/Profile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace cc {
class BrowserOpener;
class RandomSource;
} // namespace cc
namespace cc::net {
class ApiCall;
class ApiClient;
} // namespace cc::net

namespace cc::auth {

class LoopbackRedirectListener;

// One authorization-code sign-in with PKCE S256 in the system browser (RFC 8252, RFC 7636), for either
// flavour: endpoints (discovery for oidc), a fresh verifier and state, the loopback listener, the browser,
// the code exchange (one attempt, never retried: codes are single-use), and for oidc the identity from the ID
// token or the userinfo endpoint. The same flow links connected accounts (setEndpoints + setScopes).
//
// `client` must be an ApiClient without a session-refresh hook (sign-in traffic must not wait for a session).
class SignInFlow : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Discovering, WaitingForBrowser, Exchanging, Succeeded, Failed };
    Q_ENUM(State)

    static constexpr int kDefaultTimeoutMs = 5 * 60 * 1000;

    SignInFlow(Profile profile, net::ApiClient& client, RandomSource& random, QObject* parent = nullptr);
    ~SignInFlow() override;

    // Skip discovery (connected accounts, explicit endpoints).
    void setEndpoints(const AuthEndpoints& endpoints) { m_endpoints = endpoints; }
    // Overrides the profile's scopes (oidc flavour only).
    void setScopes(const QStringList& scopes) { m_scopes = scopes; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Starts the flow; `browser` may be null (campaignctl --no-browser): the link is only published through
    // authorizationUrlReady. The opener must outlive the call (it is used synchronously).
    void start(BrowserOpener* browser);
    // Ends a flow in progress as cancelled: failed() with a Cancelled error. Nothing after success.
    void cancel();

    State state() const { return m_state; }
    // The link the browser was sent to ("Copy sign-in link"); empty until authorizationUrlReady.
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QUrl redirectUri() const;
    const AuthEndpoints& endpoints() const { return *m_endpoints; }
    bool hasEndpoints() const { return m_endpoints.has_value(); }

    // The authorization URL for a flavour, exposed for tests.
    static QUrl buildAuthorizationUrl(const AuthEndpoints& endpoints, const Profile& profile,
                                      const QStringList& scopes, const QUrl& redirectUri,
                                      const QString& state, const QString& challenge);

Q_SIGNALS:
    void stateChanged(cc::auth::SignInFlow::State state);
    void authorizationUrlReady(const QUrl& url);
    // The browser could not be started; the flow keeps waiting (the user can open the copied link).
    void browserFailed(const cc::Error& error);
    void succeeded(const cc::auth::SessionTokens& tokens);
    void failed(const cc::Error& error);

private:
    void onEndpoints(BrowserOpener* browser);
    void chooseProvider(BrowserOpener* browser);
    void resolveEndpoints(BrowserOpener* browser);
    void onCode(const QString& code);
    void fetchUserinfo(SessionTokens tokens);
    void fail(const Error& error);
    void setState(State state);

    Profile m_profile;
    net::ApiClient& m_client;
    RandomSource& m_random;
    std::optional<AuthEndpoints> m_endpoints;
    QStringList m_scopes;
    int m_timeoutMs = kDefaultTimeoutMs;
    State m_state = State::Idle;
    QString m_verifier;
    QUrl m_authorizationUrl;
    LoopbackRedirectListener* m_listener = nullptr;
    QPointer<net::ApiCall> m_call;
};

} // namespace cc::auth

Q_DECLARE_METATYPE(cc::auth::SessionTokens)
