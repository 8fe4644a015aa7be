#include "app/auth/TokenRequests.h"

#include "app/auth/IdToken.h"
#include "app/core/Profile.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace cc::auth {

namespace {

net::ApiRequest formPost(const QUrl& url, const QList<QPair<QString, QString>>& fields) {
    QUrlQuery form;
    for (const auto& [key, value] : fields) {
        // QUrlQuery leaves '+' alone, which a form decoder reads as a space: encode it by hand.
        form.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                          QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    net::ApiRequest request(QByteArrayLiteral("POST"), url);
    request.body = form.query(QUrl::FullyEncoded).toLatin1();
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    return request;
}

net::ApiRequest jsonPost(const QUrl& url, const QJsonObject& body, const Profile& profile) {
    net::ApiRequest request = net::ApiRequest::post(url, QJsonDocument(body));
    if (!profile.anonKey.isEmpty()) {
        // GoTrue wants the project's publishable key; as the bearer too, so no stale user token goes along.
        request.setHeader(QByteArrayLiteral("apikey"), profile.anonKey.toUtf8());
        request.setHeader(QByteArrayLiteral("Authorization"), "Bearer " + profile.anonKey.toUtf8());
    }
    return request;
}

QUrl withGrant(QUrl url, const QString& grant) {
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("grant_type"));
    query.addQueryItem(QStringLiteral("grant_type"), grant);
    url.setQuery(query);
    return url;
}

net::ApiRequest once(net::ApiRequest request) {
    request.setMaxAttempts(1);
    request.setAttemptTimeout(30'000);
    request.setDeadline(30'000);
    request.bodyFormat = net::ApiRequest::BodyFormat::Auto;
    return request;
}

} // namespace

net::ApiRequest TokenRequests::codeExchange(const AuthEndpoints& e, const Profile& profile,
                                            const QString& code, const QString& verifier,
                                            const QUrl& redirectUri) {
    if (!e.isOidc()) {
        return once(jsonPost(
            withGrant(e.token, QStringLiteral("pkce")),
            {{QStringLiteral("auth_code"), code}, {QStringLiteral("code_verifier"), verifier}}, profile));
    }
    return once(formPost(e.token, {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                   {QStringLiteral("code"), code},
                                   {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
                                   {QStringLiteral("client_id"), profile.clientId},
                                   {QStringLiteral("code_verifier"), verifier}}));
}

net::ApiRequest TokenRequests::refresh(const AuthEndpoints& e, const Profile& profile,
                                       const SessionTokens& tokens) {
    if (!e.isOidc()) {
        return once(jsonPost(withGrant(e.token, QStringLiteral("refresh_token")),
                             {{QStringLiteral("refresh_token"), tokens.refreshToken}}, profile));
    }
    return once(formPost(e.token, {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                   {QStringLiteral("refresh_token"), tokens.refreshToken},
                                   {QStringLiteral("client_id"), profile.clientId}}));
}

net::ApiRequest TokenRequests::passwordGrant(const AuthEndpoints& e, const Profile& profile,
                                             const QString& email, const QString& password) {
    return once(jsonPost(withGrant(e.token, QStringLiteral("password")),
                         {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}},
                         profile));
}

net::ApiRequest TokenRequests::revoke(const AuthEndpoints& e, const Profile& profile,
                                      const SessionTokens& tokens) {
    if (!e.isOidc()) {
        net::ApiRequest request = jsonPost(e.revocation, {}, profile);
        request.setHeader(QByteArrayLiteral("Authorization"), "Bearer " + tokens.accessToken.toUtf8());
        return once(request);
    }
    if (e.revocation.isEmpty()) {
        return {};
    }
    return once(formPost(e.revocation, {{QStringLiteral("token"), tokens.refreshToken},
                                        {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")},
                                        {QStringLiteral("client_id"), profile.clientId}}));
}

Result<SessionTokens> TokenRequests::read(const net::ApiResponse& response, const QDateTime& receivedAtUtc) {
    if (!response.ok()) {
        Error error = response.error;
        if (isSessionGone(error)) {
            error.kind = ErrorKind::Auth;
            error.message = tr("Your session has ended; please sign in again.");
        }
        return error;
    }
    Result<SessionTokens> tokens = SessionTokens::fromTokenResponse(response.json.toObject(), receivedAtUtc);
    if (tokens && !tokens.value().idToken.isEmpty()) {
        const Result<QJsonObject> claims = IdToken::claims(tokens.value().idToken);
        if (!claims) {
            return claims.error();
        }
        IdToken::applyClaims(claims.value(), tokens.value());
    }
    return tokens;
}

bool TokenRequests::isSessionGone(const Error& error) {
    static const QStringList codes{QStringLiteral("refresh_token_already_used"),
                                   QStringLiteral("refresh_token_not_found"),
                                   QStringLiteral("session_expired"), QStringLiteral("session_not_found"),
                                   QStringLiteral("invalid_grant")};
    return error.httpStatus >= 400 && error.httpStatus < 500 && codes.contains(error.code);
}

} // namespace cc::auth
