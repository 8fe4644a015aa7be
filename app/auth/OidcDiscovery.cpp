#include "app/auth/OidcDiscovery.h"

#include "app/core/Profile.h"
#include "app/core/UrlPolicy.h"
#include "app/net/ApiClient.h"

#include <QPointer>
#include <QTimer>

namespace cc::auth {

void OidcDiscovery::resolve(const Profile& profile, net::ApiClient& client, QObject* context, Done done) {
    QPointer<QObject> guard(context);
    auto later = [guard, done](Result<AuthEndpoints> result) {
        QTimer::singleShot(0, guard.data(), [guard, done, result] {
            if (guard) {
                done(result);
            }
        });
    };
    if (profile.authFlavor != QLatin1String("oidc")) {
        if (auto refused = UrlPolicy::check(profile.projectUrl)) {
            later(Error(ErrorKind::Config, *refused, QStringLiteral("project URL refused")));
            return;
        }
        later(AuthEndpoints::supabase(profile.projectUrl));
        return;
    }
    const QUrl issuer = profile.oidcIssuer;
    if (!issuer.isValid() || issuer.host().isEmpty()) {
        later(Error(ErrorKind::Config, tr("The profile has no valid OpenID Connect issuer URL."),
                    QStringLiteral("oidc profile without issuer")));
        return;
    }
    if (auto refused = UrlPolicy::check(issuer)) {
        later(Error(ErrorKind::Config, *refused, QStringLiteral("issuer refused by the URL policy")));
        return;
    }
    net::ApiRequest request = net::ApiRequest::get(AuthEndpoints::discoveryUrl(issuer));
    request.bodyFormat = net::ApiRequest::BodyFormat::Json;
    net::ApiCall* call = client.send(request);
    QObject::connect(
        call, &net::ApiCall::finished, context, [issuer, done](const net::ApiResponse& response) {
            if (!response.ok()) {
                Error error = response.error;
                error.message =
                    tr("The sign-in server's configuration could not be fetched: %1").arg(error.message);
                done(error);
                return;
            }
            done(AuthEndpoints::fromDiscovery(response.json.toObject(), issuer));
        });
}

} // namespace cc::auth
