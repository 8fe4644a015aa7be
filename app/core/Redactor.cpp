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

// The authorization request's own values: not secrets in a JSON context ("state": "live" is a health state),
// but in a URL they bind a sign-in in progress (state, nonce) or describe its verifier (code_challenge), so a
// log line must not carry them (RFC 9700 §4.7: the state is a one-time CSRF token).
const QSet<QString>& urlOnlySensitiveKeys() {
    static const QSet<QString> keys = {QStringLiteral("state"), QStringLiteral("code_challenge"),
                                       QStringLiteral("nonce")};
    return keys;
}

bool isUrlSensitiveKey(const QString& key) {
    return Redactor::isSensitiveKey(key) || urlOnlySensitiveKeys().contains(normalizedKey(key));
}

// The URL with user info removed and secret query values masked, also inside a URL carried as a parameter
// (GoTrue's redirect_to holds our state). `changed` says whether anything was removed.
QString cleanUrl(const QUrl& url, bool* changed) {
    QUrl copy = url;
    if (!copy.userInfo().isEmpty()) {
        copy.setUserInfo({});
        *changed = true;
    }
    if (copy.hasQuery()) {
        const QUrlQuery query(copy);
        QUrlQuery cleaned;
        for (const auto& [key, val] : query.queryItems(QUrl::FullyEncoded)) {
            const QString name = QUrl::fromPercentEncoding(key.toUtf8());
            if (isUrlSensitiveKey(name)) {
                cleaned.addQueryItem(key, Redactor::kMask);
                *changed = true;
                continue;
            }
            const QString decoded = QUrl::fromPercentEncoding(val.toUtf8());
            if (decoded.contains(QStringLiteral("://"))) {
                bool innerChanged = false;
                const QString inner = cleanUrl(QUrl(decoded, QUrl::TolerantMode), &innerChanged);
                if (innerChanged) {
                    cleaned.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(inner)));
                    *changed = true;
                    continue;
                }
            }
            cleaned.addQueryItem(key, val);
        }
        copy.setQuery(cleaned);
    }
    // The mask stays readable: "state=[REDACTED]", not "state=%5BREDACTED%5D".
    return copy.toString(QUrl::FullyEncoded)
        .replace(QString::fromLatin1(QUrl::toPercentEncoding(Redactor::kMask)), Redactor::kMask);
}

} // namespace

bool Redactor::isSensitiveKey(const QString& key) {
    return sensitiveKeys().contains(normalizedKey(key));
}

QString Redactor::redactText(const QString& input) {
    if (input.isEmpty()) {
        return input;
    }
    // URLs first, by their query parameters: Qt's own warnings (e.g. "Unable to detect a web browser to
    // launch '<authorize URL>'") carry whole authorization requests.
    static const QRegularExpression urlPattern(QStringLiteral(R"(\b[A-Za-z][A-Za-z0-9+.-]*://[^\s"'<>]+)"));
    QString withUrls;
    qsizetype last = 0;
    for (auto it = urlPattern.globalMatch(input); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        bool changed = false;
        const QString cleaned = cleanUrl(QUrl(match.captured(), QUrl::TolerantMode), &changed);
        withUrls += QStringView(input).mid(last, match.capturedStart() - last);
        withUrls += changed ? cleaned : match.captured();
        last = match.capturedEnd();
    }
    withUrls += QStringView(input).mid(last);
    return redactPatterns(withUrls);
}

QString Redactor::redactPatterns(const QString& input) {
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
    bool changed = false;
    QUrl copy(cleanUrl(url, &changed), QUrl::TolerantMode);
    if (copy.hasFragment()) {
        // OAuth implicit-style fragments carry tokens; the fragment is never needed in a log.
        copy.setFragment(redactPatterns(copy.fragment()));
    }
    return redactPatterns(copy.toString(QUrl::FullyEncoded));
}

QString Redactor::redactHeader(const QString& name, const QString& value) {
    return isSensitiveKey(name) ? kMask : redactText(value);
}

} // namespace cc
