#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace cc {
class RandomSource;
}

namespace cc::auth {

// RFC 7636 Proof Key for Code Exchange, S256 only (a client that can do S256 must), plus the `state` value
// and the constant-time comparison the loopback redirect needs.
class Pkce {
public:
    static constexpr int kRandomBytes = 32; // 256 bits; encodes to 43 base64url characters

    // base64url without padding (RFC 4648 §5), as PKCE and JWTs use it.
    static QByteArray base64Url(QByteArrayView bytes);
    // A code_verifier: 32 random octets from `random`, base64url-encoded (43 characters of [A-Za-z0-9-_]).
    static QString createVerifier(RandomSource& random);
    // code_challenge = BASE64URL(SHA256(ASCII(code_verifier))).
    static QString challengeS256(const QString& verifier);
    // An unguessable `state` (32 random octets, base64url) bound to one authorization request.
    static QString createState(RandomSource& random);
};

} // namespace cc::auth
