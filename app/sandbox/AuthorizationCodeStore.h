#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc {
class Clock;
class RandomSource;
} // namespace cc

namespace cc::sandbox {

// Authorization codes (RFC 6749 §4.1.2, RFC 7636): single-use, valid for five minutes on the injected clock,
// bound to the client, the exact redirect URI and the PKCE S256 challenge. A code presented a second time
// fails and reports the sessions issued from it, so the caller can revoke them (RFC 6749 §4.1.2, RFC 9700
// §4.5.1).
class AuthorizationCodeStore {
public:
    static constexpr qint64 kLifetimeMs = 5 * 60 * 1000;

    struct Grant {
        QString clientId;
        QString redirectUri; // as sent on the authorization request; empty when not checked (GoTrue's pkce)
        QString codeChallenge;
        QString subject; // the user id (or the social handle)
        QString scope;
        QString nonce;
    };

    enum class Failure { None, Unknown, Expired, Reused, VerifierMismatch, ClientMismatch, RedirectMismatch };
    struct Redeemed {
        Failure failure = Failure::None;
        Grant grant;
        QStringList revokedSessions; // on Reused: the sessions issued from the code
        bool ok() const { return failure == Failure::None; }
    };

    AuthorizationCodeStore(const Clock& clock, RandomSource& random);

    QString issue(const Grant& grant);
    // Redeems a code once. `redirectUri` is compared only when the grant recorded one; `clientId` likewise.
    Redeemed redeem(const QString& code, const QString& clientId, const QString& redirectUri,
                    const QString& codeVerifier);
    // Records the session a redeemed code produced, for revocation on reuse.
    void attachSession(const QString& code, const QString& sessionId);

    // BASE64URL(SHA256(verifier)), RFC 7636 §4.2.
    static QString challengeS256(const QString& verifier);
    // 43 to 128 characters of [A-Za-z0-9-._~] (RFC 7636 §4.1 and §4.2 use the same rule).
    static bool isValidPkceValue(const QString& value);

private:
    struct Entry {
        Grant grant;
        qint64 issuedMs = 0;
        bool used = false;
        QStringList sessions;
    };
    void purge();

    const Clock& m_clock;
    RandomSource& m_random;
    QHash<QString, Entry> m_codes;
};

} // namespace cc::sandbox
