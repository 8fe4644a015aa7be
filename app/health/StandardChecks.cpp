#include "app/health/StandardChecks.h"
#include "app/core/SupabaseEndpoints.h"
#include "app/core/UrlPaths.h"

#include "app/health/BackendHealthDocument.h"
#include "app/health/HttpHealthCheck.h"

#include <QUrlQuery>

namespace cc::health {

std::unique_ptr<HealthCheck> StandardChecks::rest(net::ApiClient& client, const Profile& profile) {
    QUrl url = SupabaseEndpoints::forProfile(profile).restTable(QStringLiteral("campaigns"));
    url.setQuery(QUrlQuery{{QStringLiteral("select"), QStringLiteral("id")},
                           {QStringLiteral("limit"), QStringLiteral("1")}});
    return std::make_unique<HttpHealthCheck>(client,
                                             HttpHealthCheck::Options{QStringLiteral("rest"), tr("REST API"),
                                                                      url, QStringLiteral("rest"),
                                                                      kTimeoutMs},
                                             HttpHealthCheck::Validator(&HttpHealthCheck::expectJsonArray));
}

std::unique_ptr<HealthCheck> StandardChecks::auth(net::ApiClient& client, const Profile& profile) {
    return std::make_unique<HttpHealthCheck>(
        client,
        HttpHealthCheck::Options{QStringLiteral("auth"), tr("Auth"),
                                 SupabaseEndpoints::forProfile(profile).authPath(QStringLiteral("health")),
                                 QStringLiteral("auth"), kTimeoutMs},
        HttpHealthCheck::Validator(&HttpHealthCheck::expectGoTrueHealth));
}

std::unique_ptr<HealthCheck> StandardChecks::email(net::ApiClient& client, const Profile& profile) {
    return std::make_unique<HttpHealthCheck>(
        client,
        HttpHealthCheck::Options{QStringLiteral("email"), tr("E-mail API"),
                                 UrlPaths::join(SupabaseEndpoints::forProfile(profile).email, u"health"),
                                 QStringLiteral("email"), kTimeoutMs},
        HttpHealthCheck::Validator(&HttpHealthCheck::expectHealthyStatus));
}

std::unique_ptr<HealthCheck> StandardChecks::backend(net::ApiClient& client, const Profile& profile) {
    return std::make_unique<HttpHealthCheck>(
        client,
        HttpHealthCheck::Options{QStringLiteral("backend"), tr("Backend /health"),
                                 SupabaseEndpoints::forProfile(profile).health, QString(), kTimeoutMs},
        HttpHealthCheck::Interpreter(
            [](const net::ApiResponse& response) { return BackendHealthDocument::interpret(response); }));
}

std::vector<std::unique_ptr<HealthCheck>> StandardChecks::backendChecks(net::ApiClient& client,
                                                                        const Profile& profile) {
    std::vector<std::unique_ptr<HealthCheck>> checks;
    checks.push_back(rest(client, profile));
    checks.push_back(auth(client, profile));
    checks.push_back(email(client, profile));
    checks.push_back(backend(client, profile));
    return checks;
}

} // namespace cc::health
