#include "app/core/ProfileValidator.h"

#include "app/core/UrlPolicy.h"

#include <QRegularExpression>

namespace cc {

QList<ProfileIssue> ProfileValidator::validate(const Profile& profile, const QStringList& otherNames) {
    QList<ProfileIssue> issues;
    const QString name = profile.name.trimmed();
    if (name.isEmpty()) {
        issues.append({QStringLiteral("name"), tr("The profile needs a name.")});
    } else if (name.size() > kMaxNameLength) {
        issues.append({QStringLiteral("name"),
                       tr("The name is too long (at most %1 characters).").arg(kMaxNameLength)});
    } else if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        issues.append({QStringLiteral("name"), tr("The name must not contain / or \\.")});
    } else if (otherNames.contains(name, Qt::CaseInsensitive)) {
        issues.append({QStringLiteral("name"), tr("A profile named \"%1\" already exists.").arg(name)});
    }

    if (profile.projectUrl.isEmpty()) {
        issues.append({QStringLiteral("projectUrl"), tr("The project URL is required.")});
    } else if (auto problem = UrlPolicy::check(profile.projectUrl)) {
        issues.append({QStringLiteral("projectUrl"), *problem});
    }

    if (profile.anonKey.trimmed().isEmpty()) {
        issues.append({QStringLiteral("anonKey"),
                       tr("The anon (publishable) key is required: find it in the project's API settings.")});
    } else if (profile.anonKey.contains(QRegularExpression(QStringLiteral("\\s")))) {
        issues.append({QStringLiteral("anonKey"), tr("The key must not contain spaces or line breaks.")});
    } else if (profile.anonKey.startsWith(QLatin1String("sb_secret_"))) {
        issues.append({QStringLiteral("anonKey"),
                       tr("This is a secret key; a desktop app must use the publishable (anon) key.")});
    }

    if (!Profile::authFlavors().contains(profile.authFlavor)) {
        issues.append({QStringLiteral("authFlavor"),
                       tr("Unknown sign-in type \"%1\": use supabase or oidc.").arg(profile.authFlavor)});
    }
    if (profile.clientId.trimmed().isEmpty()) {
        issues.append({QStringLiteral("clientId"), tr("The OAuth client id is required.")});
    }
    if (profile.authFlavor == QLatin1String("oidc")) {
        if (profile.oidcIssuer.isEmpty()) {
            issues.append({QStringLiteral("oidcIssuer"), tr("The OpenID Connect issuer URL is required.")});
        } else if (auto problem = UrlPolicy::check(profile.oidcIssuer)) {
            issues.append({QStringLiteral("oidcIssuer"), *problem});
        }
    }
    if (!profile.emailApiUrl.isEmpty()) {
        if (auto problem = UrlPolicy::check(profile.emailApiUrl)) {
            issues.append({QStringLiteral("emailApiUrl"), *problem});
        }
    }

    if (!Profile::environments().contains(profile.environment)) {
        issues.append(
            {QStringLiteral("environment"),
             tr("Unknown environment \"%1\": use production, staging or local.").arg(profile.environment)});
    }
    static const QRegularExpression colorPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!profile.color.isEmpty() && !colorPattern.match(profile.color).hasMatch()) {
        issues.append({QStringLiteral("color"), tr("The colour must look like #1a2b3c.")});
    }
    return issues;
}

} // namespace cc
