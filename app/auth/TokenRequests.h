#pragma once

#include "app/auth/AuthEndpoints.h"
#include "app/auth/SessionTokens.h"
#include "app/net/ApiRequest.h"
#include "app/net/ApiResponse.h"

#include <QCoreApplication>

namespace cc {
struct Profile;
}

namespace cc::auth {

// The token endpoint's requests for both flavours, as values, and the reading of their answers. None of
// them carries an Idempotency-Key and all allow one attempt only: an authorization code is single-use and a
// refresh token is rotated, so a blind retry would burn the grant (RFC 6749 §4.1.2, RFC 9700 §4.14.2).
class TokenRequests {
    Q_DECLARE_TR_FUNCTIONS(cc::auth::TokenRequests)

public:
    // supabase: POST /auth/v1/token?grant_type=pkce {auth_code, code_verifier};
    // oidc: form POST grant_type=authorization_code with code, redirect_uri, client_id, code_verifier.
    static net::ApiRequest codeExchange(const AuthEndpoints& endpoints, const Profile& profile,
                                        const QString& code, const QString& verifier,
                                        const QUrl& redirectUri);
    // supabase: POST /auth/v1/token?grant_type=refresh_token {refresh_token};
    // oidc: form POST grant_type=refresh_token with refresh_token and client_id.
    static net::ApiRequest refresh(const AuthEndpoints& endpoints, const Profile& profile,
                                   const SessionTokens& tokens);
    // supabase only: POST /auth/v1/token?grant_type=password {email, password}. Used for the demo sandbox's
    // generated users (`--demo` signs in without a browser); real sign-in always goes through the browser.
    static net::ApiRequest passwordGrant(const AuthEndpoints& endpoints, const Profile& profile,
                                         const QString& email, const QString& password);
    // supabase: POST /auth/v1/logout with the access token (revokes the refresh tokens of the session);
    // oidc: RFC 7009 form POST token=<refresh token>. Empty request (no URL) when the server has no endpoint.
    static net::ApiRequest revoke(const AuthEndpoints& endpoints, const Profile& profile,
                                  const SessionTokens& tokens);

    // Reads a token endpoint answer: the tokens, the identity from the GoTrue user object or the ID token's
    // claims. An Auth error (with the server's code) for an error answer.
    static Result<SessionTokens> read(const net::ApiResponse& response, const QDateTime& receivedAtUtc);

    // The answers after which the refresh token is dead and the user must sign in again.
    static bool isSessionGone(const Error& error);
};

} // namespace cc::auth
