#pragma once

#include "app/core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cc::auth {

// What a successful token response gives the console (GoTrue's session object, or an OAuth 2.0 token
// response): the tokens, their lifetime as the server states it, and who signed in. Serialised only into the
// keychain.
struct SessionTokens {
    QString accessToken;
    QString refreshToken;
    QString idToken; // OIDC only
    QString tokenType = QStringLiteral("bearer");
    qint64 expiresIn = 0;    // seconds, as the server said
    QDateTime receivedAtUtc; // wall time of receipt, for display and for restoring after a restart
    QString userId;
    QString email;
    QString role;

    bool isValid() const { return !accessToken.isEmpty() && expiresIn > 0; }
    // The wall-clock expiry, for display and for a restored session (monotonic time does not survive
    // restarts).
    QDateTime expiresAtUtc() const { return receivedAtUtc.addSecs(expiresIn); }

    // Parses a token endpoint answer. A Decode error names what is missing; the body is never in the error.
    static Result<SessionTokens> fromTokenResponse(const QJsonObject& json, const QDateTime& receivedAtUtc);
    // The keychain form and back.
    QByteArray toSecret() const;
    static Result<SessionTokens> fromSecret(const QByteArray& secret);
};

} // namespace cc::auth
