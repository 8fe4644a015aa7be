#pragma once

#include "app/auth/SessionTokens.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace cc::auth {

// A social platform the sandbox or the backend offers for linking (GET /_social), and what is known about
// the profile's account on it.
struct SocialPlatform {
    QString id; // "chirper"
    QString name;
    QUrl authorize;
    QUrl token;
    QUrl me;
    QUrl revoke;
    QStringList scopes;

    // Relative URLs are resolved against `base` (the project URL).
    static SocialPlatform fromJson(const QJsonObject& json, const QUrl& base);
};

struct ConnectedAccount {
    enum class Health { Unknown, Healthy, Expired, Failing };

    QString platform; // SocialPlatform::id
    QString handle;   // "@ada"
    QString displayName;
    QStringList scopes;
    SessionTokens tokens; // only ever in memory and the keychain
    Health health = Health::Unknown;
    QString problem; // translated, when Failing

    bool isLinked() const { return !tokens.accessToken.isEmpty(); }
    // The keychain form: the tokens plus who the account is.
    QByteArray toSecret() const;
    static std::optional<ConnectedAccount> fromSecret(const QString& platform, const QByteArray& secret);
};

} // namespace cc::auth
