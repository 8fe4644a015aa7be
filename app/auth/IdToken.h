#pragma once

#include "app/core/Error.h"

#include <QJsonObject>
#include <QString>

namespace cc::auth {

struct SessionTokens;

// Reads the claims of an OpenID Connect ID token (a JWS: header.payload.signature, base64url).
//
// The signature is deliberately NOT verified: the console is a public client that receives the ID token
// directly from the token endpoint over TLS (or loopback), in answer to its own PKCE-bound request. OIDC Core
// §3.1.3.7 allows the TLS server validation to take the place of the signature check in that case. The
// claims are used for display (who is signed in), never to authorise anything: the server checks the access
// token on every request.
class IdToken {
public:
    // The payload's claims; a Decode error for anything that is not a three-part JWT with a JSON payload.
    static Result<QJsonObject> claims(const QString& jwt);
    // Fills user id, e-mail and role from claims (sub, email, role or app_metadata.role) where empty.
    static void applyClaims(const QJsonObject& claims, SessionTokens& tokens);
};

} // namespace cc::auth
