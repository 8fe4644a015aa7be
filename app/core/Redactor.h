#pragma once

#include <QJsonValue>
#include <QString>
#include <QUrl>

namespace cc {

// Removes secrets from anything about to be logged or shown as technical detail (docs/architecture.md:
// secrets never reach logs). Two nets: by key (JSON keys, query parameters, header names, "key=value" and
// "key: value" text) and by shape (JWTs and bearer tokens anywhere in free text).
class Redactor {
public:
    static inline const QString kMask = QStringLiteral("[REDACTED]");

    // True for names whose values are secrets: authorization, apikey, access_token, password, code, ...
    // Case-insensitive; '-' and '_' are equivalent ("X-Api-Key" matches "x_api_key").
    static bool isSensitiveKey(const QString& key);

    // Free text: URLs (user info and sensitive query values, including an authorization request's state,
    // nonce and code_challenge, also inside a URL passed as a parameter), key/value pairs with sensitive
    // keys, JWT-shaped strings and "Bearer <token>".
    static QString redactText(const QString& text);
    // Nested JSON: sensitive keys lose their values; every string value also goes through redactText().
    static QJsonValue redactJson(const QJsonValue& value);
    // A URL with sensitive query parameters masked and any user info removed, as a display string.
    static QString redactUrl(const QUrl& url);
    // A header value for a named header: masked entirely for sensitive names, pattern-redacted otherwise.
    static QString redactHeader(const QString& name, const QString& value);

private:
    // redactText without the URL pass.
    static QString redactPatterns(const QString& text);
};

} // namespace cc
