#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace cc::auth {

// GoTrue's public sign-in configuration (GET /auth/v1/settings; supabase/auth internal/api/settings.go):
// which external providers are enabled. `email`, `phone` and `anonymous_users` sit in the same map but are
// not browser sign-ins, so browserProviders() leaves them out.
struct AuthSettings {
    QStringList browserProviders; // enabled, sorted
    bool disableSignup = false;

    // Null when `body` is not a settings document (no `external` object).
    static std::optional<AuthSettings> fromJson(const QJsonObject& body);
    bool offers(const QString& provider) const { return browserProviders.contains(provider); }
    // The provider a profile should use when it names none: the only one enabled, else none.
    QString soleProvider() const {
        return browserProviders.size() == 1 ? browserProviders.first() : QString();
    }
};

} // namespace cc::auth
