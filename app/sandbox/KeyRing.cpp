#include "app/sandbox/KeyRing.h"

#include "app/core/Clock.h"
#include "app/sandbox/postgrest/PostgrestError.h"

namespace cc::sandbox {

namespace {

constexpr qint64 kTenYears = 10LL * 365 * 24 * 3600;

QJsonObject keyClaims(const QString& role, qint64 now) {
    return {{QStringLiteral("iss"), QStringLiteral("supabase-demo")},
            {QStringLiteral("ref"), QStringLiteral("sandbox")},
            {QStringLiteral("role"), role},
            {QStringLiteral("iat"), now},
            {QStringLiteral("exp"), now + kTenYears}};
}

} // namespace

KeyRing::KeyRing(QByteArray secret, const Clock& clock)
    : m_secret(std::move(secret))
    , m_clock(clock) {
    m_anonKey = sign(keyClaims(QStringLiteral("anon"), nowSeconds()));
    m_serviceRoleKey = sign(keyClaims(QStringLiteral("service_role"), nowSeconds()));
}

QString KeyRing::sign(const QJsonObject& claims) const {
    return Jwt::sign(claims, m_secret);
}

Jwt::Verified KeyRing::verify(const QString& token) const {
    return Jwt::verify(token, m_secret, nowSeconds());
}

qint64 KeyRing::nowSeconds() const {
    return m_clock.nowUtc().toSecsSinceEpoch();
}

std::optional<HttpResponse> KeyRing::checkApiKey(const HttpRequest& request) const {
    QString key = QString::fromLatin1(request.header("apikey"));
    if (key.isEmpty()) {
        key = request.query.queryItemValue(QStringLiteral("apikey"), QUrl::FullyDecoded);
    }
    if (key.isEmpty()) {
        return HttpResponse::json(
            401, QJsonObject{{QStringLiteral("message"), QStringLiteral("No API key found in request")}});
    }
    const Jwt::Verified verified = verify(key);
    const QString role = verified.claims.value(QStringLiteral("role")).toString();
    if (!verified.ok() || (role != QStringLiteral("anon") && role != QStringLiteral("service_role"))) {
        return HttpResponse::json(
            401,
            QJsonObject{{QStringLiteral("message"), QStringLiteral("Invalid API key")},
                        {QStringLiteral("hint"),
                         QStringLiteral("Double check your Supabase `anon` or `service_role` API key.")}});
    }
    return std::nullopt;
}

Caller KeyRing::callerFromClaims(const QJsonObject& claims) {
    Caller caller;
    caller.claims = claims;
    const QString role = claims.value(QStringLiteral("role")).toString();
    if (role == QStringLiteral("service_role")) {
        caller.role = Caller::Role::ServiceRole;
    } else if (role == QStringLiteral("admin")) {
        caller.role = Caller::Role::Admin;
    } else if (role == QStringLiteral("authenticated")) {
        caller.role = Caller::Role::Authenticated;
    } else {
        caller.role = Caller::Role::Anon;
    }
    if (caller.isUser()) {
        caller.userId = claims.value(QStringLiteral("sub")).toString();
        caller.email = claims.value(QStringLiteral("email")).toString();
        caller.sessionId = claims.value(QStringLiteral("session_id")).toString();
        if (caller.userId.isEmpty()) {
            caller.role = Caller::Role::Anon; // a user role without a user cannot own rows
        }
    }
    return caller;
}

std::variant<Caller, HttpResponse> KeyRing::callerFor(const HttpRequest& request) const {
    QString token = request.bearerToken();
    if (token.isEmpty()) {
        if (request.hasHeader("authorization")) {
            Jwt::Verified empty;
            empty.failure = Jwt::Failure::Malformed;
            empty.message = QStringLiteral("Empty JWT is sent in Authorization header");
            return jwtError(empty);
        }
        token = QString::fromLatin1(request.header("apikey"));
        if (token.isEmpty()) {
            token = request.query.queryItemValue(QStringLiteral("apikey"), QUrl::FullyDecoded);
        }
    }
    const Jwt::Verified verified = verify(token);
    if (!verified.ok()) {
        return jwtError(verified);
    }
    return callerFromClaims(verified.claims);
}

HttpResponse KeyRing::jwtError(const Jwt::Verified& failure) {
    const auto error = postgrest::PostgrestError::make(401, failure.postgrestCode(), failure.message);
    HttpResponse response = HttpResponse::json(401, error.toJson());
    response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"" +
                                               failure.message.toUtf8() + '"');
    response.setHeader("Proxy-Status", "PostgREST; error=" + error.code.toLatin1());
    return response;
}

} // namespace cc::sandbox
