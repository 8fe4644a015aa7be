#include "app/core/Profile.h"
#include "app/core/SupabaseEndpoints.h"

namespace cc {

QStringList Profile::environments() {
    return {QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("local")};
}

QStringList Profile::authFlavors() {
    return {QStringLiteral("supabase"), QStringLiteral("oidc")};
}

QString Profile::defaultColor(const QString& environment) {
    // The Okabe-Ito palette: distinguishable with the common colour-vision deficiencies.
    if (environment == QLatin1String("production")) {
        return QStringLiteral("#d55e00"); // vermillion
    }
    if (environment == QLatin1String("staging")) {
        return QStringLiteral("#e69f00"); // orange
    }
    return QStringLiteral("#009e73"); // bluish green
}

QString Profile::effectiveColor() const {
    return color.isEmpty() ? defaultColor(environment) : color;
}

QUrl Profile::effectiveEmailApiUrl() const {
    return SupabaseEndpoints::forProfile(*this).email;
}

} // namespace cc
