#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace cc::sandbox {

// HS256 JSON Web Tokens (RFC 7519), as Supabase's legacy anon/service-role keys and GoTrue's access tokens
// are. Verification follows PostgREST: a 30 s clock-skew allowance on exp/nbf/iat, and only HS256 is accepted
// (no "none", no algorithm confusion).
class Jwt {
public:
    enum class Failure {
        None,
        Malformed,      // not three base64url parts of JSON
        BadAlgorithm,   // header alg is not HS256
        BadSignature,   // signed with another secret, or tampered with
        Expired,        // exp is in the past (beyond the skew allowance)
        NotYetValid,    // nbf is in the future
        IssuedInFuture, // iat is in the future
    };

    struct Verified {
        Failure failure = Failure::None;
        QString message; // PostgREST's wording: "JWT expired", ...
        QJsonObject claims;

        bool ok() const { return failure == Failure::None; }
        // PostgREST v13+: PGRST303 for claim failures (expiry, nbf, iat), PGRST301 for undecodable tokens.
        QString postgrestCode() const;
    };

    static constexpr qint64 kClockSkewSeconds = 30;

    static QString sign(const QJsonObject& claims, const QByteArray& secret);
    static Verified verify(const QString& token, const QByteArray& secret, qint64 nowSeconds);

    static QByteArray base64Url(const QByteArray& data);
};

} // namespace cc::sandbox
