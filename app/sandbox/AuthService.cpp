#include "app/sandbox/AuthService.h"

#include "app/core/Clock.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/core/RandomSource.h"
#include "app/sandbox/KeyRing.h"
#include "app/sandbox/SandboxDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cc::sandbox {

namespace {

struct DemoAccount {
    const char* email;
    const char* role;
};
constexpr DemoAccount kAccounts[] = {
    {"maria.marketer@campaigns.test", "marketer"},
    {"max.marketer@campaigns.test", "marketer"},
    {"ada.admin@campaigns.test", "admin"},
};

QString isoNow(const Clock& clock) {
    return clock.nowUtc().toString(Qt::ISODateWithMs);
}

QString uuidFrom(RandomSource& random) {
    QByteArray bytes = random.bytes(16);
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace

AuthService::AuthService(SandboxDatabase& database, const KeyRing& keys, const Clock& clock,
                         RandomSource& secrets, int accessTokenSeconds)
    : m_database(database)
    , m_keys(keys)
    , m_clock(clock)
    , m_secrets(secrets)
    , m_accessTokenSeconds(accessTokenSeconds)
    , m_sessions(clock, secrets) {}

std::optional<QString> AuthService::prepareUsers(quint64 seed) {
    SeededRandom ids(seed ^ 0x5eed5e75ULL);
    m_users.clear();
    for (const DemoAccount& account : kAccounts) {
        SandboxUser user;
        user.email = QLatin1String(account.email);
        user.role = QLatin1String(account.role);
        const QString generatedId = uuidFrom(ids);
        // Readable but unguessable: the sandbox may listen on a shared machine with --allow-remote.
        user.password = QStringLiteral("demo-") +
                        QString::fromLatin1(m_secrets.bytes(9).toBase64(QByteArray::Base64UrlEncoding));

        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT id, created_at FROM sandbox_users WHERE email = ?"));
        query.addBindValue(user.email);
        if (!query.exec()) {
            return query.lastError().text();
        }
        if (query.next()) {
            user.id = query.value(0).toString();
            m_createdAt.insert(user.id, query.value(1).toString());
        } else {
            user.id = generatedId;
            const QString now = isoNow(m_clock);
            QSqlQuery insert(m_database.connection());
            insert.prepare(QStringLiteral(
                "INSERT INTO sandbox_users (id, email, role, created_at) VALUES (?, ?, ?, ?)"));
            insert.addBindValue(user.id);
            insert.addBindValue(user.email);
            insert.addBindValue(user.role);
            insert.addBindValue(now);
            if (!insert.exec()) {
                return insert.lastError().text();
            }
            m_createdAt.insert(user.id, now);
        }
        m_users.append(user);
    }
    return std::nullopt;
}

QJsonObject AuthService::healthDocument() {
    return {{QStringLiteral("version"), QStringLiteral("v2.170.0-sandbox")},
            {QStringLiteral("name"), QStringLiteral("GoTrue")},
            {QStringLiteral("description"),
             QStringLiteral("GoTrue is a user registration and authentication API")}};
}

HttpResponse AuthService::handle(const HttpRequest& request, const QString& subPath) {
    if (subPath == QStringLiteral("/health") && request.method == "GET") {
        return HttpResponse::json(200, healthDocument());
    }
    if (subPath == QStringLiteral("/token") && request.method == "POST") {
        return token(request);
    }
    if (subPath == QStringLiteral("/user") && request.method == "GET") {
        return currentUser(request);
    }
    if (subPath == QStringLiteral("/logout") && request.method == "POST") {
        return logout(request);
    }
    return error(request, 404, QStringLiteral("not_found"), QStringLiteral("Not Found"));
}

QJsonObject AuthService::readBody(const HttpRequest& request) {
    if (request.header("content-type").startsWith("application/x-www-form-urlencoded")) {
        QJsonObject out;
        const QUrlQuery form = HttpRequest::decodeQuery(request.body);
        for (const auto& [key, value] : form.queryItems(QUrl::FullyDecoded)) {
            out.insert(key, value);
        }
        return out;
    }
    return QJsonDocument::fromJson(request.body).object();
}

HttpResponse AuthService::token(const HttpRequest& request) {
    const QJsonObject body = readBody(request);
    QString grant = request.query.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grant.isEmpty()) {
        grant = body.value(QStringLiteral("grant_type")).toString();
    }
    if (grant == QStringLiteral("password")) {
        return passwordGrant(request, body);
    }
    if (grant == QStringLiteral("refresh_token")) {
        return refreshGrant(request, body);
    }
    return error(request, 400, QStringLiteral("validation_failed"), QStringLiteral("unsupported_grant_type"));
}

HttpResponse AuthService::passwordGrant(const HttpRequest& request, const QJsonObject& body) {
    const QString email = body.value(QStringLiteral("email")).toString().trimmed().toLower();
    const QString password = body.value(QStringLiteral("password")).toString();
    if (email.isEmpty() || password.isEmpty()) {
        return error(request, 400, QStringLiteral("validation_failed"),
                     QStringLiteral("missing email or phone"));
    }
    for (const SandboxUser& user : std::as_const(m_users)) {
        if (user.email == email && user.password == password) {
            log::info(lcSandbox(), QStringLiteral("password sign-in"), {{QStringLiteral("user"), user.id}});
            return HttpResponse::json(200, signIn(user));
        }
    }
    return error(request, 400, QStringLiteral("invalid_credentials"),
                 QStringLiteral("Invalid login credentials"));
}

QJsonObject AuthService::signIn(const SandboxUser& user) {
    m_lastSignIn.insert(user.id, isoNow(m_clock));
    const SessionStore::Issued issued = m_sessions.create(user.id);
    return sessionJson(user, issued.sessionId, issued.refreshToken);
}

HttpResponse AuthService::refreshGrant(const HttpRequest& request, const QJsonObject& body) {
    const QString refreshToken = body.value(QStringLiteral("refresh_token")).toString();
    if (refreshToken.isEmpty()) {
        return error(request, 400, QStringLiteral("validation_failed"),
                     QStringLiteral("refresh_token required"));
    }
    const SessionStore::Refreshed refreshed = m_sessions.refresh(refreshToken);
    const SandboxUser* user = refreshed.ok() ? findUser(refreshed.userId) : nullptr;
    if (user != nullptr) {
        HttpResponse response =
            HttpResponse::json(200, sessionJson(*user, refreshed.sessionId, refreshed.refreshToken));
        if (refreshed.outcome == SessionStore::Outcome::ReusedActive) {
            response.setHeader("sb-auth-refresh-token-reuse-cause", "concurrent-refresh");
        }
        return response;
    }
    switch (refreshed.outcome) {
    case SessionStore::Outcome::AlreadyUsed: {
        HttpResponse response = error(request, 400, QStringLiteral("refresh_token_already_used"),
                                      QStringLiteral("Invalid Refresh Token: Already Used"));
        response.setHeader("sb-auth-refresh-token-rotated", "true");
        return response;
    }
    case SessionStore::Outcome::SessionGone:
        return error(request, 400, QStringLiteral("session_not_found"),
                     QStringLiteral("Invalid Refresh Token: Session Not Found"));
    default:
        return error(request, 400, QStringLiteral("refresh_token_not_found"),
                     QStringLiteral("Invalid Refresh Token: Refresh Token Not Found"));
    }
}

std::variant<QJsonObject, HttpResponse> AuthService::requireSession(const HttpRequest& request) {
    const QString token = request.bearerToken();
    if (token.isEmpty()) {
        return error(request, 401, QStringLiteral("no_authorization"),
                     QStringLiteral("This endpoint requires a valid Bearer token"));
    }
    const Jwt::Verified verified = m_keys.verify(token);
    if (!verified.ok()) {
        return error(
            request, 403, QStringLiteral("bad_jwt"),
            QStringLiteral("invalid JWT: unable to parse or verify signature, %1").arg(verified.message));
    }
    const QString sub = verified.claims.value(QStringLiteral("sub")).toString();
    if (sub.isEmpty() || findUser(sub) == nullptr) {
        return error(request, 403, QStringLiteral("bad_jwt"),
                     QStringLiteral("invalid claim: missing sub claim"));
    }
    const QString sessionId = verified.claims.value(QStringLiteral("session_id")).toString();
    if (!m_sessions.isActive(sessionId)) {
        return error(request, 403, QStringLiteral("session_not_found"),
                     QStringLiteral("Session from session_id claim in JWT does not exist"));
    }
    return verified.claims;
}

HttpResponse AuthService::currentUser(const HttpRequest& request) {
    auto claims = requireSession(request);
    if (auto* failure = std::get_if<HttpResponse>(&claims)) {
        return *failure;
    }
    const SandboxUser* user = findUser(std::get<QJsonObject>(claims).value(QStringLiteral("sub")).toString());
    return HttpResponse::json(200, userJson(*user));
}

HttpResponse AuthService::logout(const HttpRequest& request) {
    auto claims = requireSession(request);
    if (auto* failure = std::get_if<HttpResponse>(&claims)) {
        return *failure;
    }
    const QJsonObject& verified = std::get<QJsonObject>(claims);
    const QString sessionId = verified.value(QStringLiteral("session_id")).toString();
    const QString userId = verified.value(QStringLiteral("sub")).toString();
    const QString scope = request.query.queryItemValue(QStringLiteral("scope"));
    if (scope == QStringLiteral("local")) {
        m_sessions.revoke(sessionId);
    } else if (scope == QStringLiteral("others")) {
        m_sessions.revokeUser(userId, sessionId);
    } else if (scope.isEmpty() || scope == QStringLiteral("global")) {
        m_sessions.revokeUser(userId);
    } else {
        return error(request, 400, QStringLiteral("validation_failed"),
                     QStringLiteral("Unsupported logout scope \"%1\"").arg(scope));
    }
    return HttpResponse::empty(204);
}

const SandboxUser* AuthService::findUser(const QString& id) const {
    for (const SandboxUser& user : m_users) {
        if (user.id == id) {
            return &user;
        }
    }
    return nullptr;
}

QJsonObject AuthService::userJson(const SandboxUser& user) const {
    const QString created = m_createdAt.value(user.id);
    const QString lastSignIn = m_lastSignIn.value(user.id, created);
    const QString role =
        user.role == QStringLiteral("admin") ? QStringLiteral("admin") : QStringLiteral("authenticated");
    const QJsonObject identity{
        {QStringLiteral("identity_id"), user.id},
        {QStringLiteral("id"), user.id},
        {QStringLiteral("user_id"), user.id},
        {QStringLiteral("identity_data"), QJsonObject{{QStringLiteral("email"), user.email},
                                                      {QStringLiteral("sub"), user.id},
                                                      {QStringLiteral("email_verified"), true}}},
        {QStringLiteral("provider"), QStringLiteral("email")},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("created_at"), created},
        {QStringLiteral("updated_at"), created},
        {QStringLiteral("last_sign_in_at"), lastSignIn}};
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("aud"), QStringLiteral("authenticated")},
            {QStringLiteral("role"), role},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("email_confirmed_at"), created},
            {QStringLiteral("phone"), QString()},
            {QStringLiteral("confirmed_at"), created},
            {QStringLiteral("last_sign_in_at"), lastSignIn},
            {QStringLiteral("app_metadata"),
             QJsonObject{{QStringLiteral("provider"), QStringLiteral("email")},
                         {QStringLiteral("providers"), QJsonArray{QStringLiteral("email")}},
                         {QStringLiteral("role"), user.role}}},
            {QStringLiteral("user_metadata"), QJsonObject{{QStringLiteral("role"), user.role}}},
            {QStringLiteral("identities"), QJsonArray{identity}},
            {QStringLiteral("created_at"), created},
            {QStringLiteral("updated_at"), lastSignIn},
            {QStringLiteral("is_anonymous"), false}};
}

QJsonObject AuthService::sessionJson(const SandboxUser& user, const QString& sessionId,
                                     const QString& refreshToken) {
    const qint64 now = m_keys.nowSeconds();
    const qint64 expiresAt = now + m_accessTokenSeconds;
    const QJsonObject claims{
        {QStringLiteral("iss"), m_issuer},
        {QStringLiteral("sub"), user.id},
        {QStringLiteral("aud"), QStringLiteral("authenticated")},
        {QStringLiteral("exp"), expiresAt},
        {QStringLiteral("iat"), now},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("phone"), QString()},
        {QStringLiteral("app_metadata"),
         QJsonObject{{QStringLiteral("provider"), QStringLiteral("email")},
                     {QStringLiteral("providers"), QJsonArray{QStringLiteral("email")}},
                     {QStringLiteral("role"), user.role}}},
        {QStringLiteral("user_metadata"), QJsonObject{{QStringLiteral("role"), user.role}}},
        // The database role PostgREST switches to: the admin has its own role (issue 5), marketers are
        // "authenticated" as in any Supabase project.
        {QStringLiteral("role"),
         user.role == QStringLiteral("admin") ? QStringLiteral("admin") : QStringLiteral("authenticated")},
        {QStringLiteral("aal"), QStringLiteral("aal1")},
        {QStringLiteral("amr"), QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("password")},
                                                       {QStringLiteral("timestamp"), now}}}},
        {QStringLiteral("session_id"), sessionId},
        {QStringLiteral("is_anonymous"), false}};
    return {{QStringLiteral("access_token"), m_keys.sign(claims)},
            {QStringLiteral("token_type"), QStringLiteral("bearer")},
            {QStringLiteral("expires_in"), m_accessTokenSeconds},
            {QStringLiteral("expires_at"), expiresAt},
            {QStringLiteral("refresh_token"), refreshToken},
            {QStringLiteral("user"), userJson(user)}};
}

HttpResponse AuthService::error(const HttpRequest& request, int status, const QString& code,
                                const QString& message) const {
    QJsonObject body;
    const bool versioned = request.hasHeader("x-supabase-api-version");
    if (versioned) {
        body = {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    } else {
        body = {{QStringLiteral("code"), status},
                {QStringLiteral("error_code"), code},
                {QStringLiteral("msg"), message}};
    }
    HttpResponse response = HttpResponse::json(status, body);
    response.setHeader("x-sb-error-code", code.toLatin1());
    if (versioned) {
        // auth-js reads the error's `code` only when the response names the API version it was written for.
        response.setHeader("X-Supabase-Api-Version", "2024-01-01");
    }
    return response;
}

} // namespace cc::sandbox
