#pragma once

#include "app/sandbox/HttpRequest.h"
#include "app/sandbox/HttpResponse.h"
#include "app/sandbox/SandboxInfo.h"
#include "app/sandbox/SessionStore.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace cc {
class Clock;
class RandomSource;
} // namespace cc

namespace cc::sandbox {

class KeyRing;
class SandboxDatabase;

// The GoTrue part of the sandbox under /auth/v1: password and refresh-token grants, the current user, logout
// and health, with GoTrue's response and error shapes (errors are {"code","message"} when the client sends
// X-Supabase-Api-Version, as auth-js does, and the legacy {"code":status,"error_code","msg"} otherwise).
class AuthService {
public:
    AuthService(SandboxDatabase& database, const KeyRing& keys, const Clock& clock, RandomSource& secrets,
                int accessTokenSeconds);

    // Creates (or, for a file database, re-reads) the demo users: two marketers and an admin. Their ids come
    // from `seed`, so seeded data is reproducible; their passwords are fresh for every start.
    std::optional<QString> prepareUsers(quint64 seed);
    const QList<SandboxUser>& users() const { return m_users; }

    void setIssuer(const QString& issuer) { m_issuer = issuer; }

    // A request whose path starts with /auth/v1; `subPath` is the rest ("/token", "/user", ...).
    HttpResponse handle(const HttpRequest& request, const QString& subPath);

    // Signs a user in without HTTP (tests, the conformance wrapper): the session JSON GoTrue would return.
    QJsonObject signIn(const SandboxUser& user);

    static QJsonObject healthDocument();

private:
    HttpResponse token(const HttpRequest& request);
    HttpResponse passwordGrant(const HttpRequest& request, const QJsonObject& body);
    HttpResponse refreshGrant(const HttpRequest& request, const QJsonObject& body);
    HttpResponse currentUser(const HttpRequest& request);
    HttpResponse logout(const HttpRequest& request);

    // The verified claims of the bearer token, or GoTrue's 401 no_authorization / 403 bad_jwt /
    // 403 session_not_found.
    std::variant<QJsonObject, HttpResponse> requireSession(const HttpRequest& request);

    const SandboxUser* findUser(const QString& id) const;
    QJsonObject userJson(const SandboxUser& user) const;
    QJsonObject sessionJson(const SandboxUser& user, const QString& sessionId, const QString& refreshToken);
    HttpResponse error(const HttpRequest& request, int status, const QString& code,
                       const QString& message) const;
    static QJsonObject readBody(const HttpRequest& request);

    SandboxDatabase& m_database;
    const KeyRing& m_keys;
    const Clock& m_clock;
    RandomSource& m_secrets;
    int m_accessTokenSeconds;
    QString m_issuer;
    SessionStore m_sessions;
    QList<SandboxUser> m_users;
    QHash<QString, QString> m_createdAt;  // user id -> ISO timestamp
    QHash<QString, QString> m_lastSignIn; // user id -> ISO timestamp
};

} // namespace cc::sandbox
