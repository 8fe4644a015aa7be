#include "app/net/ServiceConfig.h"

#include "app/core/SupabaseEndpoints.h"

namespace cc::net {

QList<ServiceConfig> ServiceConfig::supabase(const QUrl& projectUrl, const QString& apiKey) {
    // The project's own e-mail API; a profile naming another e-mail URL configures that service itself.
    const SupabaseEndpoints project = SupabaseEndpoints::forProject(projectUrl);
    QList<ServiceConfig> services;
    for (const auto& [name, url] :
         {std::pair{QStringLiteral("rest"), project.rest}, std::pair{QStringLiteral("auth"), project.auth},
          std::pair{QStringLiteral("realtime"), project.realtime},
          std::pair{QStringLiteral("email"), project.email}}) {
        ServiceConfig config;
        config.name = name;
        config.baseUrl = url;
        config.apiKey = apiKey;
        services.append(config);
    }
    return services;
}

} // namespace cc::net
