#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cc {

// A named backend the console can connect to. Holds no secrets: the anon (publishable) key is public by
// design; tokens and API keys live in the keychain.
struct Profile {
    QString name;
    QUrl projectUrl;                                 // https://<ref>.supabase.co, or http://127.0.0.1:PORT
    QString anonKey;                                 // the publishable key sent as `apikey`
    QString authFlavor = QStringLiteral("supabase"); // "supabase" (GoTrue PKCE) or "oidc"
    QString authProvider; // GoTrue provider for the supabase flavour ("github", ...)
    QUrl oidcIssuer;      // for the oidc flavour
    QString clientId = QStringLiteral("campaign-console");
    QStringList scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile"),
                          QStringLiteral("offline_access")};
    QUrl emailApiUrl;                                   // empty: <projectUrl>/api/email
    QString environment = QStringLiteral("production"); // production, staging, local
    QString color;                                      // "#rrggbb"; empty: the environment's colour

    static QStringList environments();
    static QStringList authFlavors();
    // The colour used when a profile has none: red for production, amber for staging, green for local.
    static QString defaultColor(const QString& environment);
    QString effectiveColor() const;
    QUrl effectiveEmailApiUrl() const;

    bool operator==(const Profile&) const = default;
};

// One problem with a profile, tied to the field the user must change.
struct ProfileIssue {
    QString
        field; // "name", "projectUrl", "anonKey", "authFlavor", "clientId", "oidcIssuer", "emailApiUrl", ...
    QString message;
    bool operator==(const ProfileIssue&) const = default;
};

} // namespace cc
