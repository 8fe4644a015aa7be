#include "app/auth/IdToken.h"

#include "app/auth/SessionTokens.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cc::auth {

Result<QJsonObject> IdToken::claims(const QString& jwt) {
    const QStringList parts = jwt.split(QLatin1Char('.'));
    auto bad = [](const QString& detail) {
        return Error(ErrorKind::Decode,
                     QCoreApplication::translate("cc::auth::IdToken",
                                                 "The sign-in server sent an unreadable identity token."),
                     detail);
    };
    if (parts.size() != 3) {
        return bad(QStringLiteral("id_token has %1 parts, expected 3").arg(parts.size()));
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return bad(QStringLiteral("id_token payload is not base64url"));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    if (!doc.isObject()) {
        return bad(QStringLiteral("id_token payload is not a JSON object"));
    }
    return doc.object();
}

void IdToken::applyClaims(const QJsonObject& claims, SessionTokens& tokens) {
    auto fill = [](QString& target, const QString& value) {
        if (target.isEmpty() && !value.isEmpty()) {
            target = value;
        }
    };
    fill(tokens.userId, claims.value(QStringLiteral("sub")).toString());
    fill(tokens.email, claims.value(QStringLiteral("email")).toString());
    fill(tokens.role, claims.value(QStringLiteral("app_metadata"))
                          .toObject()
                          .value(QStringLiteral("role"))
                          .toString(claims.value(QStringLiteral("role")).toString()));
}

} // namespace cc::auth
