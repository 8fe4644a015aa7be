#include "app/net/ServiceConfig.h"

namespace cc::net {

QList<ServiceConfig> ServiceConfig::supabase(const QUrl& projectUrl, const QString& apiKey) {
    auto at = [&](const QString& path) {
        QUrl url = projectUrl;
        QString base = url.path();
        while (base.endsWith(QLatin1Char('/'))) {
            base.chop(1);
        }
        url.setPath(base + path);
        return url;
    };
    QList<ServiceConfig> services;
    for (const auto& [name, path] : {std::pair{QStringLiteral("rest"), QStringLiteral("/rest/v1")},
                                     std::pair{QStringLiteral("auth"), QStringLiteral("/auth/v1")},
                                     std::pair{QStringLiteral("realtime"), QStringLiteral("/realtime/v1")},
                                     std::pair{QStringLiteral("email"), QStringLiteral("/api/email")}}) {
        ServiceConfig config;
        config.name = name;
        config.baseUrl = at(path);
        config.apiKey = apiKey;
        services.append(config);
    }
    return services;
}

} // namespace cc::net
