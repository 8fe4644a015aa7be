#include "app/auth/AuthEndpoints.h"

#include "app/core/SupabaseEndpoints.h"
#include "app/core/UrlPaths.h"
#include "app/core/UrlPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cc::auth {

namespace {

QString trAuth(const char* text) {
    return QCoreApplication::translate("cc::auth::AuthEndpoints", text);
}

Error discoveryError(const QString& detail) {
    return Error(ErrorKind::Config,
                 trAuth("The sign-in server's configuration is not usable; check the issuer URL."), detail);
}

} // namespace

AuthEndpoints AuthEndpoints::supabase(const QUrl& projectUrl) {
    AuthEndpoints e;
    e.flavor = Flavor::Supabase;
    const SupabaseEndpoints project = SupabaseEndpoints::forProject(projectUrl);
    e.issuer = project.auth;
    e.authorization = project.authPath(QStringLiteral("authorize"));
    e.token = project.authPath(QStringLiteral("token"));
    e.user = project.authPath(QStringLiteral("user"));
    e.revocation = project.authPath(QStringLiteral("logout"));
    return e;
}

QUrl AuthEndpoints::discoveryUrl(const QUrl& issuer) {
    return UrlPaths::join(issuer, u".well-known/openid-configuration");
}

Result<AuthEndpoints> AuthEndpoints::fromDiscovery(const QJsonObject& document, const QUrl& expectedIssuer) {
    AuthEndpoints e;
    e.flavor = Flavor::Oidc;
    const QString issuer = document.value(QStringLiteral("issuer")).toString();
    auto normalised = [](QString s) {
        while (s.endsWith(QLatin1Char('/'))) {
            s.chop(1);
        }
        return s;
    };
    if (issuer.isEmpty() || normalised(issuer) != normalised(expectedIssuer.toString(QUrl::FullyEncoded))) {
        return discoveryError(QStringLiteral("issuer mismatch: asked for %1, document says %2")
                                  .arg(expectedIssuer.toString(), issuer));
    }
    e.issuer = QUrl(issuer);
    struct Field {
        const char* key;
        QUrl* target;
        bool required;
    };
    const Field fields[] = {{"authorization_endpoint", &e.authorization, true},
                            {"token_endpoint", &e.token, true},
                            {"userinfo_endpoint", &e.userinfo, false},
                            {"revocation_endpoint", &e.revocation, false}};
    for (const Field& f : fields) {
        const QString value = document.value(QLatin1String(f.key)).toString();
        if (value.isEmpty()) {
            if (f.required) {
                return discoveryError(
                    QStringLiteral("discovery document without %1").arg(QLatin1String(f.key)));
            }
            continue;
        }
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            return discoveryError(QStringLiteral("%1 is not a valid URL").arg(QLatin1String(f.key)));
        }
        if (auto refused = UrlPolicy::check(url)) {
            return Error(ErrorKind::Config, *refused,
                         QStringLiteral("%1 refused by the URL policy").arg(QLatin1String(f.key)));
        }
        *f.target = url;
    }
    e.issParameterSupported =
        document.value(QStringLiteral("authorization_response_iss_parameter_supported")).toBool();
    const QJsonArray methods = document.value(QStringLiteral("code_challenge_methods_supported")).toArray();
    bool s256 = false;
    for (const QJsonValue& m : methods) {
        s256 = s256 || m.toString() == QLatin1String("S256");
    }
    if (!s256) {
        return Error(
            ErrorKind::Config,
            trAuth("The sign-in server does not support PKCE with S256, which the console requires."),
            QStringLiteral("code_challenge_methods_supported lacks S256"));
    }
    return e;
}

} // namespace cc::auth
