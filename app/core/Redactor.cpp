#include "app/core/Redactor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

namespace cc {

namespace {

QString normalizedKey(const QString& key) {
    QString k = key.trimmed().toLower();
    k.replace(QLatin1Char('-'), QLatin1Char('_'));
    return k;
}

const QSet<QString>& sensitiveKeys() {
    static const QSet<QString> keys = {
        QStringLiteral("authorization"),
        QStringLiteral("proxy_authorization"),
        QStringLiteral("apikey"),
        QStringLiteral("api_key"),
        QStringLiteral("x_api_key"),
        QStringLiteral("access_token"),
        QStringLiteral("refresh_token"),
        QStringLiteral("id_token"),
        QStringLiteral("provider_token"),
        QStringLiteral("provider_refresh_token"),
        QStringLiteral("token"),
        QStringLiteral("code"),
        QStringLiteral("code_verifier"),
        QStringLiteral("password"),
        QStringLiteral("passwd"),
        QStringLiteral("secret"),
        QStringLiteral("client_secret"),
        QStringLiteral("jwt_secret"),
        QStringLiteral("service_role_key"),
        QStringLiteral("email_api_key"),
        QStringLiteral("cookie"),
        QStringLiteral("set_cookie"),
    };
    return keys;
}

// The key alternatives for the text patterns, with '-' and '_' both accepted.
QString keyAlternation() {
    QStringList parts;
    for (const QString& key : sensitiveKeys()) {
        QString pattern = QRegularExpression::escape(key);
        pattern.replace(QStringLiteral("_"), QStringLiteral("[-_]"));
        parts << pattern;
    }
    // Longest first, so "access_token" wins over "token".
    std::sort(parts.begin(), parts.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return parts.join(QLatin1Char('|'));
}

} // namespace

bool Redactor::isSensitiveKey(const QString& key) {
    return sensitiveKeys().contains(normalizedKey(key));
}

QString Redactor::redactText(const QString& input) {
    if (input.isEmpty()) {
        return input;
    }
    // A JWT: three base64url segments, the first two starting with '{"' encoded ("eyJ").
    static const QRegularExpression jwt(
        QStringLiteral(R"(eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*)"));
    // "Bearer <anything token-like>" and "Basic <credentials>".
    static const QRegularExpression scheme(QStringLiteral(R"(\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    // key=value (query strings, form bodies), "key": "value" (JSON inside text), key: value (headers).
    static const QRegularExpression pairs(
        QStringLiteral(R"((?<![A-Za-z0-9_-])(%1)("?\s*[:=]\s*"?)([^&\s",;}\]]+))").arg(keyAlternation()),
        QRegularExpression::CaseInsensitiveOption);

    QString text = input;
    text.replace(jwt, kMask);
    text.replace(scheme, QStringLiteral("\\1 ") + kMask);
    text.replace(pairs, QStringLiteral("\\1\\2") + kMask);
    // A "Authorization: Bearer [REDACTED]" has become "Authorization: [REDACTED] [REDACTED]"; tidy it.
    text.replace(kMask + QLatin1Char(' ') + kMask, kMask);
    return text;
}

QJsonValue Redactor::redactJson(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Object: {
        QJsonObject in = value.toObject();
        QJsonObject out;
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (isSensitiveKey(it.key()) && !it.value().isNull()) {
                out.insert(it.key(), kMask);
            } else {
                out.insert(it.key(), redactJson(it.value()));
            }
        }
        return out;
    }
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray()) {
            out.append(redactJson(item));
        }
        return out;
    }
    case QJsonValue::String:
        return redactText(value.toString());
    default:
        return value;
    }
}

QString Redactor::redactUrl(const QUrl& url) {
    QUrl copy = url;
    copy.setUserInfo({});
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        QUrlQuery cleaned;
        for (const auto& [key, val] : query.queryItems(QUrl::FullyEncoded)) {
            cleaned.addQueryItem(key, isSensitiveKey(QUrl::fromPercentEncoding(key.toUtf8())) ? kMask : val);
        }
        copy.setQuery(cleaned);
    }
    if (copy.hasFragment()) {
        // OAuth implicit-style fragments carry tokens; the fragment is never needed in a log.
        copy.setFragment(redactText(copy.fragment()));
    }
    return redactText(copy.toString(QUrl::FullyEncoded));
}

QString Redactor::redactHeader(const QString& name, const QString& value) {
    return isSensitiveKey(name) ? kMask : redactText(value);
}

} // namespace cc
