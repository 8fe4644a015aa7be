#include "app/auth/SessionTokens.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cc::auth {

namespace {

Error decodeError(const QString& detail) {
    return Error(ErrorKind::Decode,
                 QCoreApplication::translate("cc::auth::SessionTokens",
                                             "The sign-in server sent an incomplete answer."),
                 detail);
}

QString str(const QJsonObject& json, const char* key) {
    return json.value(QLatin1String(key)).toString();
}

} // namespace

Result<SessionTokens> SessionTokens::fromTokenResponse(const QJsonObject& json,
                                                       const QDateTime& receivedAtUtc) {
    SessionTokens tokens;
    tokens.accessToken = str(json, "access_token");
    tokens.refreshToken = str(json, "refresh_token");
    tokens.idToken = str(json, "id_token");
    tokens.tokenType = json.value(QStringLiteral("token_type")).toString(QStringLiteral("bearer"));
    tokens.expiresIn = json.value(QStringLiteral("expires_in")).toVariant().toLongLong();
    tokens.receivedAtUtc = receivedAtUtc.toUTC();
    const QJsonObject user = json.value(QStringLiteral("user")).toObject();
    tokens.userId = str(user, "id");
    tokens.email = str(user, "email");
    tokens.role = user.value(QStringLiteral("app_metadata"))
                      .toObject()
                      .value(QStringLiteral("role"))
                      .toString(str(user, "role"));
    if (tokens.accessToken.isEmpty()) {
        return decodeError(QStringLiteral("token response without access_token"));
    }
    if (tokens.expiresIn <= 0) {
        return decodeError(QStringLiteral("token response without a positive expires_in"));
    }
    if (tokens.tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
        return decodeError(QStringLiteral("unsupported token_type %1").arg(tokens.tokenType));
    }
    return tokens;
}

QByteArray SessionTokens::toSecret() const {
    const QJsonObject json{
        {QStringLiteral("access_token"), accessToken},
        {QStringLiteral("refresh_token"), refreshToken},
        {QStringLiteral("id_token"), idToken},
        {QStringLiteral("token_type"), tokenType},
        {QStringLiteral("expires_in"), expiresIn},
        {QStringLiteral("received_at"), receivedAtUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), userId},
                                             {QStringLiteral("email"), email},
                                             {QStringLiteral("role"), role}}},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<SessionTokens> SessionTokens::fromSecret(const QByteArray& secret) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(secret, &parseError);
    if (!doc.isObject()) {
        return decodeError(
            QStringLiteral("stored session is not a JSON object: %1").arg(parseError.errorString()));
    }
    const QJsonObject json = doc.object();
    const QDateTime received =
        QDateTime::fromString(json.value(QStringLiteral("received_at")).toString(), Qt::ISODateWithMs);
    if (!received.isValid()) {
        return decodeError(QStringLiteral("stored session without received_at"));
    }
    return fromTokenResponse(json, received);
}

} // namespace cc::auth
