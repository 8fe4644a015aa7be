#include "app/sandbox/Jwt.h"
#include "app/core/ConstantTime.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace cc::sandbox {

namespace {

QByteArray hmac(const QByteArray& data, const QByteArray& secret) {
    return QMessageAuthenticationCode::hash(data, secret, QCryptographicHash::Sha256);
}


std::optional<QJsonObject> decodePart(const QByteArray& part) {
    const auto decoded =
        QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

Jwt::Verified fail(Jwt::Failure failure, const QString& message) {
    Jwt::Verified result;
    result.failure = failure;
    result.message = message;
    return result;
}

} // namespace

QString Jwt::Verified::postgrestCode() const {
    switch (failure) {
    case Failure::Expired:
    case Failure::NotYetValid:
    case Failure::IssuedInFuture:
        return QStringLiteral("PGRST303");
    default:
        return QStringLiteral("PGRST301");
    }
}

QByteArray Jwt::base64Url(const QByteArray& data) {
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString Jwt::sign(const QJsonObject& claims, const QByteArray& secret) {
    static const QByteArray header = base64Url(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray signingInput =
        header + '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(signingInput + '.' + base64Url(hmac(signingInput, secret)));
}

Jwt::Verified Jwt::verify(const QString& token, const QByteArray& secret, qint64 nowSeconds) {
    const QByteArray raw = token.toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() != 3) {
        return fail(Failure::Malformed, QStringLiteral("Expected 3 parts in JWT; got %1").arg(parts.size()));
    }
    const auto header = decodePart(parts[0]);
    const auto claims = decodePart(parts[1]);
    if (!header || !claims) {
        return fail(Failure::Malformed, QStringLiteral("JWT cryptographic operation failed"));
    }
    if (header->value(QStringLiteral("alg")).toString() != QStringLiteral("HS256")) {
        return fail(Failure::BadAlgorithm, QStringLiteral("Wrong or unsupported encoding algorithm"));
    }
    const auto signature = QByteArray::fromBase64Encoding(
        parts[2], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                      QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || !ConstantTime::equals(*signature, hmac(parts[0] + '.' + parts[1], secret))) {
        return fail(Failure::BadSignature, QStringLiteral("JWT cryptographic operation failed"));
    }
    const auto number = [&](const char* name) -> std::optional<qint64> {
        const QJsonValue value = claims->value(QLatin1String(name));
        if (!value.isDouble()) {
            return std::nullopt;
        }
        return static_cast<qint64>(value.toDouble());
    };
    if (const auto exp = number("exp"); exp && nowSeconds > *exp + kClockSkewSeconds) {
        return fail(Failure::Expired, QStringLiteral("JWT expired"));
    }
    if (const auto nbf = number("nbf"); nbf && nowSeconds + kClockSkewSeconds < *nbf) {
        return fail(Failure::NotYetValid, QStringLiteral("JWT not yet valid"));
    }
    if (const auto iat = number("iat"); iat && nowSeconds + kClockSkewSeconds < *iat) {
        return fail(Failure::IssuedInFuture, QStringLiteral("JWT issued at future"));
    }
    Verified result;
    result.claims = *claims;
    return result;
}

} // namespace cc::sandbox
