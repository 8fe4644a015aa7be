#pragma once

#include "app/sandbox/Caller.h"
#include "app/sandbox/HttpRequest.h"
#include "app/sandbox/HttpResponse.h"
#include "app/sandbox/Jwt.h"

#include <QByteArray>
#include <QString>

#include <variant>

namespace cc {
class Clock;
}

namespace cc::sandbox {

// The sandbox's keys and the gateway's checks in front of every API: the anon and service-role keys (HS256
// JWTs signed with the sandbox secret, like Supabase's legacy keys), the `apikey` requirement, and the
// mapping of `Authorization: Bearer <JWT>` to a Caller with PostgREST's JWT errors.
class KeyRing {
public:
    KeyRing(QByteArray secret, const Clock& clock);

    const QString& anonKey() const { return m_anonKey; }
    const QString& serviceRoleKey() const { return m_serviceRoleKey; }

    QString sign(const QJsonObject& claims) const;
    Jwt::Verified verify(const QString& token) const;
    qint64 nowSeconds() const;

    // The gateway's key check: 401 {"message":"No API key found in request"} without `apikey` (header or
    // query), 401 "Invalid API key" for a key this sandbox did not issue. nullopt when the request may pass.
    std::optional<HttpResponse> checkApiKey(const HttpRequest& request) const;

    // The caller the request acts as: the bearer JWT's role and user, or the apikey's role without one.
    // An expired or forged JWT gives PostgREST's 401 PGRST301/PGRST303 with WWW-Authenticate.
    std::variant<Caller, HttpResponse> callerFor(const HttpRequest& request) const;
    // The caller a verified JWT's claims describe.
    static Caller callerFromClaims(const QJsonObject& claims);

    static HttpResponse jwtError(const Jwt::Verified& failure);

private:
    QByteArray m_secret;
    const Clock& m_clock;
    QString m_anonKey;
    QString m_serviceRoleKey;
};

} // namespace cc::sandbox
