#include "app/sandbox/GoTrueSettings.h"

namespace cc::sandbox {

const QStringList& GoTrueSettings::knownProviders() {
    static const QStringList list{QStringLiteral("anonymous_users"),
                                  QStringLiteral("apple"),
                                  QStringLiteral("azure"),
                                  QStringLiteral("bitbucket"),
                                  QStringLiteral("discord"),
                                  QStringLiteral("facebook"),
                                  QStringLiteral("figma"),
                                  QStringLiteral("fly"),
                                  QStringLiteral("github"),
                                  QStringLiteral("gitlab"),
                                  QStringLiteral("google"),
                                  QStringLiteral("keycloak"),
                                  QStringLiteral("kakao"),
                                  QStringLiteral("linkedin"),
                                  QStringLiteral("linkedin_oidc"),
                                  QStringLiteral("notion"),
                                  QStringLiteral("spotify"),
                                  QStringLiteral("slack"),
                                  QStringLiteral("slack_oidc"),
                                  QStringLiteral("workos"),
                                  QStringLiteral("twitch"),
                                  QStringLiteral("twitter"),
                                  QStringLiteral("email"),
                                  QStringLiteral("phone"),
                                  QStringLiteral("zoom")};
    return list;
}

QJsonObject GoTrueSettings::toJson() const {
    QJsonObject external;
    for (const QString& provider : knownProviders()) {
        external.insert(provider, provider == QStringLiteral("email") || m_enabled.contains(provider));
    }
    for (const QString& provider : m_enabled) {
        external.insert(provider, true); // the sandbox's own, which GoTrue does not know
    }
    return {{QStringLiteral("external"), external},
            {QStringLiteral("disable_signup"), true}, // the sandbox's users are seeded
            {QStringLiteral("mailer_autoconfirm"), false},
            {QStringLiteral("phone_autoconfirm"), false},
            {QStringLiteral("sms_provider"), QString()},
            {QStringLiteral("saml_enabled"), false}};
}

HttpResponse GoTrueSettings::response() const {
    return HttpResponse::json(200, toJson());
}

HttpResponse GoTrueSettings::providerDisabled() {
    return HttpResponse::json(
        400, QJsonObject{{QStringLiteral("code"), 400},
                         {QStringLiteral("error_code"), QStringLiteral("provider_disabled")},
                         {QStringLiteral("msg"), QStringLiteral("Unsupported provider: "
                                                                "provider is not enabled")}});
}

} // namespace cc::sandbox
