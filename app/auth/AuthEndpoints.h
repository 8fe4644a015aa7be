#pragma once

#include "app/core/Error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cc {
struct Profile;
}

namespace cc::auth {

// Where a profile's sign-in happens, for either flavour: filled from the project URL (supabase, GoTrue's
// fixed paths) or from OIDC discovery (oidc).
struct AuthEndpoints {
    enum class Flavor { Supabase, Oidc };

    Flavor flavor = Flavor::Supabase;
    QUrl issuer;
    QUrl authorization;
    QUrl token;
    QUrl userinfo;
    QUrl revocation; // oidc: RFC 7009 endpoint, may be empty; supabase: /auth/v1/logout
    QUrl user;       // supabase: /auth/v1/user
    // RFC 9207: the server puts `iss` on its authorization responses, so a response without one is refused.
    bool issParameterSupported = false;

    bool isOidc() const { return flavor == Flavor::Oidc; }

    // GoTrue's endpoints under <project>/auth/v1.
    static AuthEndpoints supabase(const QUrl& projectUrl);
    // Validates a discovery document (RFC 8414 / OIDC Discovery 1.0): the issuer must be exactly the one we
    // asked for (mix-up defence), every endpoint must pass UrlPolicy, S256 must be supported, and the
    // authorization and token endpoints must exist.
    static Result<AuthEndpoints> fromDiscovery(const QJsonObject& document, const QUrl& expectedIssuer);
    // {issuer}/.well-known/openid-configuration (appended to the issuer's path, as OIDC Discovery says).
    static QUrl discoveryUrl(const QUrl& issuer);
};

} // namespace cc::auth
