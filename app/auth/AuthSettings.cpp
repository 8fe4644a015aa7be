#include "app/auth/AuthSettings.h"

namespace cc::auth {

std::optional<AuthSettings> AuthSettings::fromJson(const QJsonObject& body) {
    const QJsonValue external = body.value(QStringLiteral("external"));
    if (!external.isObject()) {
        return std::nullopt;
    }
    static const QStringList kNotBrowser{QStringLiteral("email"), QStringLiteral("phone"),
                                         QStringLiteral("anonymous_users")};
    AuthSettings settings;
    const QJsonObject map = external.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().toBool() && !kNotBrowser.contains(it.key())) {
            settings.browserProviders.append(it.key());
        }
    }
    settings.browserProviders.sort();
    settings.disableSignup = body.value(QStringLiteral("disable_signup")).toBool();
    return settings;
}

} // namespace cc::auth
