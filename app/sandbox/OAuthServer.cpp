#include "app/sandbox/OAuthServer.h"

#include "app/core/Clock.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/core/RandomSource.h"
#include "app/sandbox/AuthService.h"
#include "app/sandbox/KeyRing.h"
#include "app/sandbox/LoginPages.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cc::sandbox {

namespace {

constexpr qint64 kTicketLifetimeMs = 5 * 60 * 1000;
const char* const kSupabaseClient = "supabase"; // the client id recorded on GoTrue-flavour codes

QStringList supportedScopes() {
    return {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile"),
            QStringLiteral("offline_access")};
}

QString param(const QUrlQuery& query, const QString& name) {
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

// "maria.marketer@campaigns.test" -> "Maria Marketer".
QString displayName(const QString& email) {
    QStringList words = email.section(QLatin1Char('@'), 0, 0).split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (QString& word : words) {
        word[0] = word[0].toUpper();
    }
    return words.join(QLatin1Char(' '));
}

QString loopbackHost(const QUrl& uri) {
    const QString host = uri.host();
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
}

} // namespace

OAuthServer::OAuthServer(AuthService& auth, const KeyRing& keys, const Clock& clock, RandomSource& random)
    : m_auth(auth)
    , m_keys(keys)
    , m_clock(clock)
    , m_random(random)
    , m_codes(clock, random) {}

bool OAuthServer::isPublic(const QString& subPath) {
    return subPath == QStringLiteral("/.well-known/openid-configuration") ||
           subPath == QStringLiteral("/.well-known/oauth-authorization-server") ||
           subPath.startsWith(QStringLiteral("/oauth/")) || subPath == QStringLiteral("/authorize");
}

bool OAuthServer::handles(const HttpRequest& request, const QString& subPath) {
    if (isPublic(subPath)) {
        return true;
    }
    if (subPath == QStringLiteral("/settings")) {
        return true;
    }
    return subPath == QStringLiteral("/token") &&
           param(request.query, QStringLiteral("grant_type")) == QStringLiteral("pkce");
}

bool OAuthServer::isRegisteredRedirect(const QUrl& uri) {
    if (!uri.isValid() || uri.scheme() != QStringLiteral("http") ||
        (uri.host() != QStringLiteral("127.0.0.1") && uri.host() != QStringLiteral("::1"))) {
        return false;
    }
    QString canonical = QStringLiteral("http://") + loopbackHost(uri);
    if (uri.port() != -1) {
        canonical += QStringLiteral(":%1").arg(uri.port());
    }
    canonical += QStringLiteral("/callback");
    // Compared as text against the registration, so no query, fragment, user info, alternative spelling or
    // path trick gets through.
    return uri.toString(QUrl::FullyEncoded) == canonical;
}

HttpResponse OAuthServer::handle(const HttpRequest& request, const QString& subPath) {
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
    if (subPath.startsWith(QStringLiteral("/.well-known/")) && get) {
        return discovery();
    }
    if (subPath == QStringLiteral("/settings") && get) {
        return m_settings.response();
    }
    if (subPath == QStringLiteral("/oauth/authorize") && (get || post)) {
        return authorize(request, Flavour::Oidc);
    }
    if (subPath == QStringLiteral("/authorize") && (get || post)) {
        return authorize(request, Flavour::Supabase);
    }
    if (subPath == QStringLiteral("/oauth/token") && post) {
        return token(request);
    }
    if (subPath == QStringLiteral("/token") && post) {
        return pkceGrant(request);
    }
    if (subPath == QStringLiteral("/oauth/userinfo") && (get || post)) {
        return userInfo(request);
    }
    if (subPath == QStringLiteral("/oauth/revoke") && post) {
        return revoke(request);
    }
    return oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("Method or path not supported"));
}

HttpResponse OAuthServer::discovery() const {
    const QString base = m_issuer;
    return HttpResponse::json(
        200,
        QJsonObject{
            {QStringLiteral("issuer"), base},
            {QStringLiteral("authorization_endpoint"), base + QStringLiteral("/oauth/authorize")},
            {QStringLiteral("token_endpoint"), base + QStringLiteral("/oauth/token")},
            {QStringLiteral("userinfo_endpoint"), base + QStringLiteral("/oauth/userinfo")},
            {QStringLiteral("revocation_endpoint"), base + QStringLiteral("/oauth/revoke")},
            {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
            {QStringLiteral("response_modes_supported"), QJsonArray{QStringLiteral("query")}},
            {QStringLiteral("grant_types_supported"),
             QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
            {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
            {QStringLiteral("scopes_supported"), QJsonArray::fromStringList(supportedScopes())},
            {QStringLiteral("token_endpoint_auth_methods_supported"), QJsonArray{QStringLiteral("none")}},
            {QStringLiteral("revocation_endpoint_auth_methods_supported"),
             QJsonArray{QStringLiteral("none")}},
            {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
            // The ID token is signed with the sandbox secret like every other sandbox JWT; a public client
            // cannot check an HS256 signature, so it takes the ID token from the TLS-less loopback token
            // response only (OIDC Core §3.1.3.7 allows that for tokens received directly).
            {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("HS256")}},
            {QStringLiteral("claims_supported"),
             QJsonArray{QStringLiteral("sub"), QStringLiteral("email"), QStringLiteral("email_verified"),
                        QStringLiteral("name"), QStringLiteral("role")}},
            {QStringLiteral("authorization_response_iss_parameter_supported"), true}});
}

std::variant<OAuthServer::Authorization, HttpResponse> OAuthServer::validate(const HttpRequest& request,
                                                                             Flavour flavour) const {
    const QUrlQuery& query = request.query;
    Authorization authorization;
    authorization.flavour = flavour;
    const QString redirectName =
        flavour == Flavour::Oidc ? QStringLiteral("redirect_uri") : QStringLiteral("redirect_to");
    for (const QString& name : {QStringLiteral("client_id"), redirectName, QStringLiteral("state")}) {
        if (query.allQueryItemValues(name).size() > 1) {
            return LoginPages::error(400, tr("The sign-in request repeats the parameter %1.").arg(name));
        }
    }
    const QUrl redirect(param(query, redirectName), QUrl::StrictMode);
    if (flavour == Flavour::Oidc) {
        if (param(query, QStringLiteral("client_id")) != QLatin1String(kClientId)) {
            return LoginPages::error(400, tr("The application asking you to sign in is not registered."));
        }
        if (!isRegisteredRedirect(redirect)) {
            return LoginPages::error(400, tr("The application's redirect address is not registered."));
        }
    } else {
        authorization.provider = param(query, QStringLiteral("provider"));
        if (authorization.provider.isEmpty()) {
            return LoginPages::error(400, tr("No sign-in provider was named."));
        }
        if (!m_settings.isEnabled(authorization.provider)) {
            return GoTrueSettings::providerDisabled();
        }
        // GoTrue checks redirect_to against its allow list; the sandbox's list is the loopback interface.
        const bool loopback =
            redirect.isValid() && redirect.scheme() == QStringLiteral("http") &&
            (redirect.host() == QStringLiteral("127.0.0.1") || redirect.host() == QStringLiteral("::1") ||
             redirect.host() == QStringLiteral("localhost")) &&
            redirect.userInfo().isEmpty() && !redirect.hasFragment();
        if (!loopback) {
            return LoginPages::error(400, tr("The application's redirect address is not allowed."));
        }
    }
    authorization.redirect = redirect;
    authorization.state = param(query, QStringLiteral("state"));
    authorization.nonce = param(query, QStringLiteral("nonce"));
    // From here on the redirect URI is trusted, so problems go back to the application (RFC 6749 §4.1.2.1).
    if (flavour == Flavour::Oidc && param(query, QStringLiteral("response_type")) != QStringLiteral("code")) {
        return errorRedirect(authorization, QStringLiteral("unsupported_response_type"),
                             QStringLiteral("Only response_type=code is supported"));
    }
    authorization.challenge = param(query, QStringLiteral("code_challenge"));
    const QString method = param(query, QStringLiteral("code_challenge_method"));
    if (authorization.challenge.isEmpty()) {
        return errorRedirect(authorization, QStringLiteral("invalid_request"),
                             QStringLiteral("code_challenge is required (PKCE)"));
    }
    const bool s256 = flavour == Flavour::Oidc
                          ? method == QStringLiteral("S256")
                          : method.compare(QStringLiteral("s256"), Qt::CaseInsensitive) == 0;
    if (!s256) {
        return errorRedirect(authorization, QStringLiteral("invalid_request"),
                             QStringLiteral("code_challenge_method must be S256"));
    }
    if (!AuthorizationCodeStore::isValidPkceValue(authorization.challenge)) {
        return errorRedirect(authorization, QStringLiteral("invalid_request"),
                             QStringLiteral("code_challenge is malformed"));
    }
    if (flavour == Flavour::Oidc) {
        const QStringList scopes =
            param(query, QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& scope : scopes) {
            if (!supportedScopes().contains(scope)) {
                return errorRedirect(authorization, QStringLiteral("invalid_scope"),
                                     QStringLiteral("Unknown scope: %1").arg(scope));
            }
        }
        authorization.scope = scopes.join(QLatin1Char(' '));
    }
    return authorization;
}

HttpResponse OAuthServer::authorize(const HttpRequest& request, Flavour flavour) {
    auto validated = validate(request, flavour);
    if (auto* refused = std::get_if<HttpResponse>(&validated)) {
        return *refused;
    }
    const Authorization& authorization = std::get<Authorization>(validated);
    if (request.method != "POST") {
        return signInPage();
    }
    const QUrlQuery form = HttpRequest::decodeQuery(request.body);
    if (form.hasQueryItem(QStringLiteral("decision"))) {
        return afterConsent(request, authorization, form);
    }
    return afterSignIn(request, form);
}

HttpResponse OAuthServer::signInPage(const QString& problem) const {
    QStringList emails;
    for (const SandboxUser& user : m_auth.users()) {
        emails.append(user.email);
    }
    return LoginPages::signIn(tr("Sign in to the Campaign Console sandbox"), emails, {}, problem);
}

HttpResponse OAuthServer::afterSignIn(const HttpRequest& request, const QUrlQuery& form) {
    const QString email = param(form, QStringLiteral("email"));
    if (!m_auth.checkPassword(email, param(form, QStringLiteral("password")))) {
        HttpResponse page = signInPage(tr("The e-mail address or the password is wrong."));
        page.status = 401;
        return page;
    }
    const SandboxUser* user = m_auth.findUserByEmail(email);
    const qint64 now = m_clock.monotonicMs();
    m_tickets.removeIf([&](const auto& entry) { return now - entry.value().issuedMs > kTicketLifetimeMs; });
    const QString ticket = QString::fromLatin1(
        m_random.bytes(24).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_tickets.insert(ticket, Ticket{user->id, request.canonicalQuery(), now});
    const QStringList scopes =
        param(request.query, QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return LoginPages::consent(tr("Allow Campaign Console to use the sandbox as %1?").arg(user->email),
                               scopes, {{QStringLiteral("ticket"), ticket}});
}

HttpResponse OAuthServer::afterConsent(const HttpRequest& request, const Authorization& authorization,
                                       const QUrlQuery& form) {
    const Ticket ticket = m_tickets.take(param(form, QStringLiteral("ticket")));
    const SandboxUser* user = m_auth.findUser(ticket.userId);
    if (user == nullptr || ticket.request != request.canonicalQuery() ||
        m_clock.monotonicMs() - ticket.issuedMs > kTicketLifetimeMs) {
        return LoginPages::error(400, tr("This sign-in page has expired. Start signing in again."));
    }
    if (param(form, QStringLiteral("decision")) != QStringLiteral("allow")) {
        log::info(lcSandbox(), QStringLiteral("authorization denied"), {{QStringLiteral("user"), user->id}});
        return errorRedirect(authorization, QStringLiteral("access_denied"),
                             QStringLiteral("The user denied the request"));
    }
    AuthorizationCodeStore::Grant grant;
    grant.clientId =
        authorization.flavour == Flavour::Oidc ? QLatin1String(kClientId) : QLatin1String(kSupabaseClient);
    grant.redirectUri =
        authorization.flavour == Flavour::Oidc ? authorization.redirect.toString() : QString();
    grant.codeChallenge = authorization.challenge;
    grant.subject = user->id;
    grant.scope = authorization.scope;
    grant.nonce = authorization.nonce;
    const QString code = m_codes.issue(grant);
    log::info(lcSandbox(), QStringLiteral("authorization code issued"), {{QStringLiteral("user"), user->id}});
    if (authorization.flavour == Flavour::Supabase) {
        return redirect(authorization, {{QStringLiteral("code"), code}});
    }
    QList<QPair<QString, QString>> params{{QStringLiteral("code"), code}};
    if (!authorization.state.isEmpty()) {
        params.append({QStringLiteral("state"), authorization.state});
    }
    params.append({QStringLiteral("iss"), m_issuer});
    return redirect(authorization, params);
}

HttpResponse OAuthServer::redirect(const Authorization& authorization,
                                   const QList<QPair<QString, QString>>& params) const {
    QUrl target = authorization.redirect;
    QByteArray query = target.query(QUrl::FullyEncoded).toLatin1();
    for (const auto& [name, value] : params) {
        if (!query.isEmpty()) {
            query += '&';
        }
        query += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    target.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    HttpResponse response = HttpResponse::empty(302);
    response.setHeader("Location", target.toEncoded());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    return response;
}

HttpResponse OAuthServer::errorRedirect(const Authorization& authorization, const QString& error,
                                        const QString& description) const {
    QList<QPair<QString, QString>> params{{QStringLiteral("error"), error},
                                          {QStringLiteral("error_description"), description}};
    if (authorization.flavour == Flavour::Oidc) {
        if (!authorization.state.isEmpty()) {
            params.append({QStringLiteral("state"), authorization.state});
        }
        params.append({QStringLiteral("iss"), m_issuer});
    }
    return redirect(authorization, params);
}

HttpResponse OAuthServer::oauthError(int status, const QString& error, const QString& description) {
    HttpResponse response =
        HttpResponse::json(status, QJsonObject{{QStringLiteral("error"), error},
                                               {QStringLiteral("error_description"), description}});
    response.setHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse OAuthServer::token(const HttpRequest& request) {
    if (!request.header("content-type").startsWith("application/x-www-form-urlencoded")) {
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The body must be application/x-www-form-urlencoded"));
    }
    const QUrlQuery form = HttpRequest::decodeQuery(request.body);
    if (param(form, QStringLiteral("client_id")) != QLatin1String(kClientId)) {
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unknown client"));
    }
    const QString grant = param(form, QStringLiteral("grant_type"));
    if (grant == QStringLiteral("authorization_code")) {
        return codeGrant(form);
    }
    if (grant == QStringLiteral("refresh_token")) {
        return refreshGrant(form);
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("grant_type must be authorization_code or refresh_token"));
}

HttpResponse OAuthServer::codeGrant(const QUrlQuery& form) {
    const QString code = param(form, QStringLiteral("code"));
    if (code.isEmpty()) {
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("code is required"));
    }
    const AuthorizationCodeStore::Redeemed redeemed =
        m_codes.redeem(code, QLatin1String(kClientId), param(form, QStringLiteral("redirect_uri")),
                       param(form, QStringLiteral("code_verifier")));
    using Failure = AuthorizationCodeStore::Failure;
    switch (redeemed.failure) {
    case Failure::None:
        break;
    case Failure::Reused:
        for (const QString& session : redeemed.revokedSessions) {
            m_auth.revokeSession(session);
        }
        log::warning(lcSandbox(), QStringLiteral("authorization code reused; its tokens are revoked"), {});
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The code was already used"));
    case Failure::Expired:
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The code has expired"));
    case Failure::VerifierMismatch:
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("code_verifier does not match the code_challenge"));
    case Failure::RedirectMismatch:
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("redirect_uri differs from the authorization request"));
    case Failure::ClientMismatch:
    case Failure::Unknown:
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Unknown code"));
    }
    const SandboxUser* user = m_auth.findUser(redeemed.grant.subject);
    if (user == nullptr) {
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The user no longer exists"));
    }
    const AuthService::StartedSession started = m_auth.startSession(*user);
    m_codes.attachSession(code, started.sessionId);
    m_sessionScopes.insert(started.sessionId, {redeemed.grant.scope, redeemed.grant.nonce});
    return HttpResponse::json(200,
                              tokenResponse(started.session, redeemed.grant.scope, redeemed.grant.nonce));
}

HttpResponse OAuthServer::refreshGrant(const QUrlQuery& form) {
    const QString refreshToken = param(form, QStringLiteral("refresh_token"));
    if (refreshToken.isEmpty()) {
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("refresh_token is required"));
    }
    // Only sessions this client started: a GoTrue password session's refresh token is not the client's.
    const QString sessionId = m_auth.sessionOfRefreshToken(refreshToken);
    if (!m_sessionScopes.contains(sessionId)) {
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Unknown refresh token"));
    }
    if (m_auth.isSpentRefreshToken(refreshToken)) {
        // Stricter than GoTrue's grace for concurrent refreshes: the console refreshes single-flight, so a
        // rotated token coming back means a copy exists, and the whole family goes (RFC 9700 §4.14.2).
        m_auth.revokeSession(sessionId);
        log::warning(lcSandbox(), QStringLiteral("refresh token reused; the session is revoked"), {});
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("Refresh token already used; the session is revoked"));
    }
    auto refreshed = m_auth.refreshSession(refreshToken);
    if (auto* outcome = std::get_if<SessionStore::Outcome>(&refreshed)) {
        const QString description = *outcome == SessionStore::Outcome::AlreadyUsed
                                        ? QStringLiteral("Refresh token already used; the session is revoked")
                                        : QStringLiteral("Refresh token revoked or unknown");
        return oauthError(400, QStringLiteral("invalid_grant"), description);
    }
    const auto& started = std::get<AuthService::StartedSession>(refreshed);
    const auto [scope, nonce] = m_sessionScopes.value(started.sessionId);
    return HttpResponse::json(200, tokenResponse(started.session, scope, {}));
}

QJsonObject OAuthServer::tokenResponse(const QJsonObject& session, const QString& scope,
                                       const QString& nonce) const {
    QJsonObject out{{QStringLiteral("access_token"), session.value(QStringLiteral("access_token"))},
                    {QStringLiteral("token_type"), QStringLiteral("bearer")},
                    {QStringLiteral("expires_in"), session.value(QStringLiteral("expires_in"))},
                    {QStringLiteral("refresh_token"), session.value(QStringLiteral("refresh_token"))},
                    {QStringLiteral("scope"), scope}};
    if (scope.split(QLatin1Char(' ')).contains(QStringLiteral("openid"))) {
        const QJsonObject user = session.value(QStringLiteral("user")).toObject();
        const QString email = user.value(QStringLiteral("email")).toString();
        const qint64 now = m_keys.nowSeconds();
        QJsonObject claims{
            {QStringLiteral("iss"), m_issuer},
            {QStringLiteral("sub"), user.value(QStringLiteral("id"))},
            {QStringLiteral("aud"), QLatin1String(kClientId)},
            {QStringLiteral("iat"), now},
            {QStringLiteral("auth_time"), now},
            {QStringLiteral("exp"), now + session.value(QStringLiteral("expires_in")).toInteger()},
            {QStringLiteral("email"), email},
            {QStringLiteral("email_verified"), true},
            {QStringLiteral("name"), displayName(email)}};
        if (!nonce.isEmpty()) {
            claims.insert(QStringLiteral("nonce"), nonce);
        }
        out.insert(QStringLiteral("id_token"), m_keys.sign(claims));
    }
    return out;
}

HttpResponse OAuthServer::pkceGrant(const HttpRequest& request) {
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString code = body.value(QStringLiteral("auth_code")).toString();
    const QString verifier = body.value(QStringLiteral("code_verifier")).toString();
    if (code.isEmpty() || verifier.isEmpty()) {
        return m_auth.error(
            request, 400, QStringLiteral("validation_failed"),
            QStringLiteral("invalid request: both auth code and code verifier should be non-empty"));
    }
    const AuthorizationCodeStore::Redeemed redeemed =
        m_codes.redeem(code, QLatin1String(kSupabaseClient), {}, verifier);
    using Failure = AuthorizationCodeStore::Failure;
    if (redeemed.failure == Failure::Reused) {
        for (const QString& session : redeemed.revokedSessions) {
            m_auth.revokeSession(session);
        }
    }
    if (redeemed.failure == Failure::Expired) {
        return m_auth.error(request, 400, QStringLiteral("flow_state_expired"),
                            QStringLiteral("Flow state has expired"));
    }
    if (redeemed.failure == Failure::VerifierMismatch) {
        return m_auth.error(request, 400, QStringLiteral("bad_code_verifier"),
                            QStringLiteral("code challenge does not match previously saved code verifier"));
    }
    const SandboxUser* user = redeemed.ok() ? m_auth.findUser(redeemed.grant.subject) : nullptr;
    if (user == nullptr) {
        return m_auth.error(request, 404, QStringLiteral("flow_state_not_found"),
                            QStringLiteral("invalid flow state, no valid flow state found"));
    }
    const AuthService::StartedSession started = m_auth.startSession(*user);
    m_codes.attachSession(code, started.sessionId);
    return HttpResponse::json(200, started.session);
}

HttpResponse OAuthServer::userInfo(const HttpRequest& request) const {
    const auto claims = m_auth.activeClaims(request.bearerToken());
    const SandboxUser* user =
        claims ? m_auth.findUser(claims->value(QStringLiteral("sub")).toString()) : nullptr;
    if (user == nullptr) {
        HttpResponse response = oauthError(401, QStringLiteral("invalid_token"),
                                           QStringLiteral("The access token is invalid, expired or revoked"));
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return response;
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("sub"), user->id},
                                               {QStringLiteral("email"), user->email},
                                               {QStringLiteral("email_verified"), true},
                                               {QStringLiteral("name"), displayName(user->email)},
                                               {QStringLiteral("role"), user->role}});
}

HttpResponse OAuthServer::revoke(const HttpRequest& request) {
    const QUrlQuery form = HttpRequest::decodeQuery(request.body);
    const QString token = param(form, QStringLiteral("token"));
    if (token.isEmpty()) {
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("token is required"));
    }
    // RFC 7009 §2.2: unknown or already revoked tokens are answered 200 as well.
    if (m_auth.revokeToken(token)) {
        log::info(lcSandbox(), QStringLiteral("token revoked"), {});
    }
    return HttpResponse::empty(200);
}

} // namespace cc::sandbox
