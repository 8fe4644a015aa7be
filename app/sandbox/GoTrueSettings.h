#pragma once

#include "app/sandbox/HttpResponse.h"

#include <QJsonObject>
#include <QStringList>

namespace cc::sandbox {

// GoTrue's public sign-in configuration, GET /auth/v1/settings, shaped as GoTrue answers it
// (supabase/auth internal/api/settings.go): an `external` map of every provider GoTrue knows to whether it
// is enabled, plus disable_signup, mailer_autoconfirm, phone_autoconfirm, sms_provider and saml_enabled.
// The sandbox's own browser sign-in page is a provider of its own, "sandbox"; `email` is on because the
// sandbox takes passwords.
class GoTrueSettings {
public:
    // The providers GoTrue's settings list, in its order.
    static const QStringList& knownProviders();

    explicit GoTrueSettings(QStringList enabled)
        : m_enabled(std::move(enabled)) {}

    // Whether `provider` may start a browser sign-in (/authorize?provider=...).
    bool isEnabled(const QString& provider) const { return m_enabled.contains(provider); }
    const QStringList& enabled() const { return m_enabled; }
    QJsonObject toJson() const;
    HttpResponse response() const;
    // GoTrue's answer to /authorize with a provider that is not enabled: 400 provider_disabled.
    static HttpResponse providerDisabled();

private:
    QStringList m_enabled;
};

} // namespace cc::sandbox
