#include "app/sandbox/SocialPlatforms.h"

#include "app/core/Clock.h"
#include "app/core/RandomSource.h"
#include "app/sandbox/LoginPages.h"
#include "app/sandbox/OAuthServer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cc::sandbox {

namespace {

constexpr qint64 kTicketLifetimeMs = 5 * 60 * 1000;

QString param(const QUrlQuery& query, const QString& name) {
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

HttpResponse oauthError(int status, const QString& error, const QString& description) {
    HttpResponse response =
        HttpResponse::json(status, QJsonObject{{QStringLiteral("error"), error},
                                               {QStringLiteral("error_description"), description}});
    response.setHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse redirectTo(QUrl target, const QList<QPair<QString, QString>>& params) {
    QByteArray query;
    for (const auto& [name, value] : params) {
        query += (query.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' +
                 QUrl::toPercentEncoding(value);
    }
    target.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    HttpResponse response = HttpResponse::empty(302);
    response.setHeader("Location", target.toEncoded());
    response.setHeader("Cache-Control", "no-store");
    return response;
}

} // namespace

SocialPlatforms::SocialPlatforms(const Clock& clock, RandomSource& random)
    : m_clock(clock)
    , m_random(random)
    , m_codes(clock, random) {
    m_platforms = {
        {QStringLiteral("chirper"), QStringLiteral("Chirper"), QStringLiteral("@campaigns_demo"),
         QStringLiteral("chirper-1001"), QStringLiteral("post read")},
        {QStringLiteral("photogram"), QStringLiteral("Photogram"), QStringLiteral("campaigns.demo"),
         QStringLiteral("photogram-2002"), QStringLiteral("post read")},
    };
}

HttpResponse SocialPlatforms::handle(const HttpRequest& request, const QString& subPath) {
    if ((subPath.isEmpty() || subPath == QStringLiteral("/")) && request.method == "GET") {
        return directory();
    }
    const QStringList parts = subPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Platform* platform = nullptr;
    for (const Platform& candidate : std::as_const(m_platforms)) {
        if (!parts.isEmpty() && candidate.id == parts.first()) {
            platform = &candidate;
        }
    }
    if (platform == nullptr || parts.size() != 3) {
        return oauthError(404, QStringLiteral("not_found"), QStringLiteral("No such platform endpoint"));
    }
    const QString endpoint = parts.at(1) + QLatin1Char('/') + parts.at(2);
    if (endpoint == QStringLiteral("oauth/authorize") &&
        (request.method == "GET" || request.method == "POST")) {
        return authorize(request, *platform);
    }
    if (endpoint == QStringLiteral("oauth/token") && request.method == "POST") {
        return token(request, *platform);
    }
    if (endpoint == QStringLiteral("api/me") && request.method == "GET") {
        return me(request, *platform);
    }
    if (endpoint == QStringLiteral("oauth/revoke") && request.method == "POST") {
        return revoke(request);
    }
    return oauthError(404, QStringLiteral("not_found"), QStringLiteral("No such platform endpoint"));
}

HttpResponse SocialPlatforms::directory() const {
    QJsonArray list;
    for (const Platform& platform : m_platforms) {
        const QString base = m_baseUrl + QLatin1Char('/') + platform.id;
        list.append(QJsonObject{{QStringLiteral("id"), platform.id},
                                {QStringLiteral("name"), platform.name},
                                {QStringLiteral("authorize"), base + QStringLiteral("/oauth/authorize")},
                                {QStringLiteral("token"), base + QStringLiteral("/oauth/token")},
                                {QStringLiteral("me"), base + QStringLiteral("/api/me")},
                                {QStringLiteral("revoke"), base + QStringLiteral("/oauth/revoke")},
                                {QStringLiteral("scopes"), platform.scopes}});
    }
    return HttpResponse::json(200, list);
}

HttpResponse SocialPlatforms::authorize(const HttpRequest& request, const Platform& platform) {
    const QUrlQuery& query = request.query;
    if (param(query, QStringLiteral("client_id")) != QLatin1String(OAuthServer::kClientId)) {
        return LoginPages::error(400, tr("The application asking for access is not registered."));
    }
    const QUrl redirect(param(query, QStringLiteral("redirect_uri")), QUrl::StrictMode);
    if (query.allQueryItemValues(QStringLiteral("redirect_uri")).size() != 1 ||
        !OAuthServer::isRegisteredRedirect(redirect)) {
        return LoginPages::error(400, tr("The application's redirect address is not registered."));
    }
    QList<QPair<QString, QString>> tail;
    const QString state = param(query, QStringLiteral("state"));
    if (!state.isEmpty()) {
        tail.append({QStringLiteral("state"), state});
    }
    const auto fail = [&](const QString& error, const QString& description) {
        QList<QPair<QString, QString>> params{{QStringLiteral("error"), error},
                                              {QStringLiteral("error_description"), description}};
        return redirectTo(redirect, params + tail);
    };
    const QString challenge = param(query, QStringLiteral("code_challenge"));
    if (param(query, QStringLiteral("response_type")) != QStringLiteral("code")) {
        return fail(QStringLiteral("unsupported_response_type"), QStringLiteral("Only code is supported"));
    }
    if (param(query, QStringLiteral("code_challenge_method")) != QStringLiteral("S256") ||
        !AuthorizationCodeStore::isValidPkceValue(challenge)) {
        return fail(QStringLiteral("invalid_request"), QStringLiteral("PKCE with S256 is required"));
    }
    const QStringList allowed = platform.scopes.split(QLatin1Char(' '));
    QStringList scopes = param(query, QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& scope : std::as_const(scopes)) {
        if (!allowed.contains(scope)) {
            return fail(QStringLiteral("invalid_scope"), QStringLiteral("Unknown scope: %1").arg(scope));
        }
    }
    if (scopes.isEmpty()) {
        scopes = allowed;
    }
    const qint64 now = m_clock.monotonicMs();
    if (request.method != "POST") {
        m_tickets.removeIf([&](const auto& entry) { return now - entry.value().second > kTicketLifetimeMs; });
        const QString ticket = randomToken("t");
        m_tickets.insert(ticket, {request.rawQuery, now});
        return LoginPages::consent(
            tr("Allow Campaign Console to post as %1 on %2?").arg(platform.handle, platform.name), scopes,
            {{QStringLiteral("ticket"), ticket}});
    }
    const QUrlQuery form = HttpRequest::decodeQuery(request.body);
    const auto ticket = m_tickets.take(param(form, QStringLiteral("ticket")));
    if (ticket.first.isEmpty() || ticket.first != request.rawQuery ||
        now - ticket.second > kTicketLifetimeMs) {
        return LoginPages::error(400, tr("This page has expired. Start connecting the account again."));
    }
    if (param(form, QStringLiteral("decision")) != QStringLiteral("allow")) {
        return fail(QStringLiteral("access_denied"), QStringLiteral("The user denied the request"));
    }
    AuthorizationCodeStore::Grant grant;
    grant.clientId = QLatin1String(OAuthServer::kClientId) + QLatin1Char('@') + platform.id;
    grant.redirectUri = redirect.toString();
    grant.codeChallenge = challenge;
    grant.subject = platform.accountId;
    grant.scope = scopes.join(QLatin1Char(' '));
    const QList<QPair<QString, QString>> params{{QStringLiteral("code"), m_codes.issue(grant)}};
    return redirectTo(redirect, params + tail);
}

QString SocialPlatforms::randomToken(const char* prefix) {
    return QLatin1String(prefix) + QLatin1Char('_') +
           QString::fromLatin1(
               m_random.bytes(24).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject SocialPlatforms::mintTokens(const QString& family) {
    const QString access = randomToken("at");
    const QString refresh = randomToken("rt");
    m_access.insert(access, Access{family, m_clock.monotonicMs() + kAccessTokenSeconds * 1000LL});
    m_refresh.insert(refresh, Refresh{family, false});
    return {{QStringLiteral("access_token"), access},
            {QStringLiteral("token_type"), QStringLiteral("bearer")},
            {QStringLiteral("expires_in"), kAccessTokenSeconds},
            {QStringLiteral("refresh_token"), refresh},
            {QStringLiteral("scope"), m_families.value(family).scope}};
}

void SocialPlatforms::revokeFamily(const QString& family) {
    auto entry = m_families.find(family);
    if (entry != m_families.end()) {
        entry->revoked = true;
    }
    m_access.removeIf([&](const auto& access) { return access.value().family == family; });
}

HttpResponse SocialPlatforms::token(const HttpRequest& request, const Platform& platform) {
    const QUrlQuery form = HttpRequest::decodeQuery(request.body);
    if (param(form, QStringLiteral("client_id")) != QLatin1String(OAuthServer::kClientId)) {
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unknown client"));
    }
    const QString grantType = param(form, QStringLiteral("grant_type"));
    if (grantType == QStringLiteral("authorization_code")) {
        const QString code = param(form, QStringLiteral("code"));
        const auto redeemed = m_codes.redeem(
            code, QLatin1String(OAuthServer::kClientId) + QLatin1Char('@') + platform.id,
            param(form, QStringLiteral("redirect_uri")), param(form, QStringLiteral("code_verifier")));
        for (const QString& family : redeemed.revokedSessions) {
            revokeFamily(family);
        }
        if (!redeemed.ok()) {
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("The code is invalid, expired, already used or does not match"));
        }
        const QString family = randomToken("f");
        m_families.insert(family, Family{platform.id, redeemed.grant.scope, false});
        m_codes.attachSession(code, family);
        return HttpResponse::json(200, mintTokens(family));
    }
    if (grantType == QStringLiteral("refresh_token")) {
        auto refresh = m_refresh.find(param(form, QStringLiteral("refresh_token")));
        if (refresh == m_refresh.end() || m_families.value(refresh->family).platform != platform.id ||
            m_families.value(refresh->family).revoked) {
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("Unknown or revoked refresh token"));
        }
        if (refresh->used) {
            // A rotated token came back: someone holds a copy, so nothing from this grant is trusted any
            // more.
            revokeFamily(refresh->family);
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("Refresh token already used; the grant is revoked"));
        }
        refresh->used = true;
        return HttpResponse::json(200, mintTokens(refresh->family));
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("grant_type must be authorization_code or refresh_token"));
}

HttpResponse SocialPlatforms::me(const HttpRequest& request, const Platform& platform) const {
    const auto access = m_access.constFind(request.bearerToken());
    const bool valid = access != m_access.cend() && access->expiresMs > m_clock.monotonicMs() &&
                       m_families.value(access->family).platform == platform.id &&
                       !m_families.value(access->family).revoked;
    if (!valid) {
        HttpResponse response = oauthError(401, QStringLiteral("invalid_token"),
                                           QStringLiteral("The access token is invalid, expired or revoked"));
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return response;
    }
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("id"), platform.accountId},
                         {QStringLiteral("handle"), platform.handle},
                         {QStringLiteral("name"), QStringLiteral("Campaigns Demo")},
                         {QStringLiteral("scopes"),
                          QJsonArray::fromStringList(
                              m_families.value(access->family).scope.split(QLatin1Char(' ')))}});
}

HttpResponse SocialPlatforms::revoke(const HttpRequest& request) {
    const QString token = param(HttpRequest::decodeQuery(request.body), QStringLiteral("token"));
    QString family = m_refresh.value(token).family;
    if (family.isEmpty()) {
        family = m_access.value(token).family;
    }
    if (!family.isEmpty()) {
        revokeFamily(family);
    }
    return HttpResponse::empty(200); // RFC 7009 §2.2
}

} // namespace cc::sandbox
