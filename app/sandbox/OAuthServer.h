#pragma once

#include "app/sandbox/AuthorizationCodeStore.h"
#include "app/sandbox/GoTrueSettings.h"
#include "app/sandbox/HttpRequest.h"
#include "app/sandbox/HttpResponse.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace cc {
class Clock;
class RandomSource;
} // namespace cc

namespace cc::sandbox {

class AuthService;
class KeyRing;

// The sandbox as an authorization server for native apps (RFC 6749, RFC 7636, RFC 8252), in both flavours
// the console speaks, on top of AuthService's sessions:
//
//   oidc:     /auth/v1/.well-known/openid-configuration, /auth/v1/oauth/{authorize,token,userinfo,revoke}
//             for the public client "campaign-console" (loopback redirect http://127.0.0.1/callback, any
//             port; PKCE S256 required).
//   supabase: GoTrue's /auth/v1/authorize?provider=...&redirect_to=... and /auth/v1/token?grant_type=pkce,
//             for the enabled providers that /auth/v1/settings lists.
//
// The browser part is a sign-in page, then a consent page; the consent form carries a ticket (single-use,
// five minutes) bound to the exact authorization request, so a sign-in cannot be replayed onto another one.
class OAuthServer {
    Q_DECLARE_TR_FUNCTIONS(cc::sandbox::OAuthServer)

public:
    static constexpr const char* kClientId = "campaign-console";

    OAuthServer(AuthService& auth, const KeyRing& keys, const Clock& clock, RandomSource& random);

    void setIssuer(const QString& issuer) { m_issuer = issuer; }
    const QString& issuer() const { return m_issuer; }
    // The providers /authorize accepts (GoTrue's enabled external providers), listed by /settings.
    void setProviders(const QStringList& providers) { m_settings = GoTrueSettings(providers); }

    // True for the requests this class answers (`subPath` is the part after /auth/v1).
    static bool handles(const HttpRequest& request, const QString& subPath);
    // Browser-facing and standards endpoints that must work without the gateway's apikey.
    static bool isPublic(const QString& subPath);
    HttpResponse handle(const HttpRequest& request, const QString& subPath);

    // Loopback redirect URIs registered for the console: http://127.0.0.1/callback and http://[::1]/callback,
    // matched exactly except the port (RFC 8252 §7.3).
    static bool isRegisteredRedirect(const QUrl& uri);

private:
    enum class Flavour { Oidc, Supabase };
    struct Ticket {
        QString userId;
        QByteArray request; // the canonical query of the authorization request it belongs to
        qint64 issuedMs = 0;
    };
    struct Authorization {
        Flavour flavour = Flavour::Oidc;
        QUrl redirect;
        QString state;
        QString challenge;
        QString scope;
        QString nonce;
        QString provider;
    };

    HttpResponse discovery() const;
    HttpResponse authorize(const HttpRequest& request, Flavour flavour);
    // The validated authorization request, or the response that refuses it (an HTML error page while the
    // redirect URI is not trusted, an error redirect after).
    std::variant<Authorization, HttpResponse> validate(const HttpRequest& request, Flavour flavour) const;
    HttpResponse signInPage(const QString& problem = {}) const;
    HttpResponse afterSignIn(const HttpRequest& request, const QUrlQuery& form);
    HttpResponse afterConsent(const HttpRequest& request, const Authorization& authorization,
                              const QUrlQuery& form);
    HttpResponse redirect(const Authorization& authorization,
                          const QList<QPair<QString, QString>>& params) const;
    HttpResponse errorRedirect(const Authorization& authorization, const QString& error,
                               const QString& description) const;

    HttpResponse token(const HttpRequest& request);
    HttpResponse codeGrant(const QUrlQuery& form);
    HttpResponse refreshGrant(const QUrlQuery& form);
    HttpResponse pkceGrant(const HttpRequest& request);
    HttpResponse userInfo(const HttpRequest& request) const;
    HttpResponse revoke(const HttpRequest& request);
    QJsonObject tokenResponse(const QJsonObject& session, const QString& scope, const QString& nonce) const;

    static HttpResponse oauthError(int status, const QString& error, const QString& description);

    AuthService& m_auth;
    const KeyRing& m_keys;
    const Clock& m_clock;
    RandomSource& m_random;
    QString m_issuer;
    GoTrueSettings m_settings{{QStringLiteral("sandbox")}};
    AuthorizationCodeStore m_codes;
    QHash<QString, Ticket> m_tickets;
    QHash<QString, QPair<QString, QString>> m_sessionScopes; // session id -> (scope, nonce)
};

} // namespace cc::sandbox
