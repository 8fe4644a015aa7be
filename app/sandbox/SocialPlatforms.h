#pragma once

#include "app/sandbox/AuthorizationCodeStore.h"
#include "app/sandbox/HttpRequest.h"
#include "app/sandbox/HttpResponse.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace cc {
class Clock;
class RandomSource;
} // namespace cc

namespace cc::sandbox {

// Two simulated social platforms, "chirper" and "photogram", for the console's connected accounts. Each is a
// small OAuth 2.0 server for the public client "campaign-console" under /_social/<platform>: a consent page
// (no sign-in: the demo account is already "signed in" there), authorization code + PKCE S256, refresh
// tokens rotated with reuse detection, access tokens valid for an hour on the injected clock, revocation and
// a /api/me profile. GET /_social lists them.
class SocialPlatforms {
    Q_DECLARE_TR_FUNCTIONS(cc::sandbox::SocialPlatforms)

public:
    static constexpr int kAccessTokenSeconds = 3600;

    SocialPlatforms(const Clock& clock, RandomSource& random);

    void setBaseUrl(const QString& baseUrl) { m_baseUrl = baseUrl; }
    // `subPath` is the part after /_social ("", "/chirper/oauth/token", ...).
    HttpResponse handle(const HttpRequest& request, const QString& subPath);

private:
    struct Platform {
        QString id;
        QString name;
        QString handle;
        QString accountId;
        QString scopes;
    };
    struct Access {
        QString family;
        qint64 expiresMs = 0;
    };
    struct Refresh {
        QString family;
        bool used = false;
    };
    struct Family {
        QString platform;
        QString scope;
        bool revoked = false;
    };

    HttpResponse directory() const;
    HttpResponse authorize(const HttpRequest& request, const Platform& platform);
    HttpResponse token(const HttpRequest& request, const Platform& platform);
    HttpResponse me(const HttpRequest& request, const Platform& platform) const;
    HttpResponse revoke(const HttpRequest& request);
    QJsonObject mintTokens(const QString& family);
    QString randomToken(const char* prefix);
    void revokeFamily(const QString& family);

    const Clock& m_clock;
    RandomSource& m_random;
    QString m_baseUrl;
    QList<Platform> m_platforms;
    AuthorizationCodeStore m_codes;
    QHash<QString, QPair<QByteArray, qint64>> m_tickets; // consent ticket -> (raw query, issued at)
    QHash<QString, Access> m_access;
    QHash<QString, Refresh> m_refresh;
    QHash<QString, Family> m_families;
};

} // namespace cc::sandbox
