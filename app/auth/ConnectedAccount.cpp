#include "app/auth/ConnectedAccount.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cc::auth {

SocialPlatform SocialPlatform::fromJson(const QJsonObject& json, const QUrl& base) {
    auto url = [&](const char* key) {
        return base.resolved(QUrl(json.value(QLatin1String(key)).toString()));
    };
    SocialPlatform p;
    p.id = json.value(QStringLiteral("id")).toString();
    p.name = json.value(QStringLiteral("name")).toString(p.id);
    p.authorize = url("authorize");
    p.token = url("token");
    p.me = url("me");
    p.revoke = url("revoke");
    const QJsonValue scopes = json.value(QStringLiteral("scopes"));
    if (scopes.isArray()) {
        for (const QJsonValue& s : scopes.toArray()) {
            p.scopes << s.toString();
        }
    } else {
        p.scopes = scopes.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return p;
}

QByteArray ConnectedAccount::toSecret() const {
    const QJsonObject json{
        {QStringLiteral("tokens"), QJsonDocument::fromJson(tokens.toSecret()).object()},
        {QStringLiteral("handle"), handle},
        {QStringLiteral("name"), displayName},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<ConnectedAccount> ConnectedAccount::fromSecret(const QString& platform,
                                                             const QByteArray& secret) {
    const QJsonObject json = QJsonDocument::fromJson(secret).object();
    const Result<SessionTokens> tokens = SessionTokens::fromSecret(
        QJsonDocument(json.value(QStringLiteral("tokens")).toObject()).toJson(QJsonDocument::Compact));
    if (!tokens) {
        return std::nullopt;
    }
    ConnectedAccount account;
    account.platform = platform;
    account.tokens = tokens.value();
    account.handle = json.value(QStringLiteral("handle")).toString();
    account.displayName = json.value(QStringLiteral("name")).toString();
    for (const QJsonValue& s : json.value(QStringLiteral("scopes")).toArray()) {
        account.scopes << s.toString();
    }
    return account;
}

} // namespace cc::auth
