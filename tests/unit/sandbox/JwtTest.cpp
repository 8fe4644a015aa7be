#include "app/sandbox/Jwt.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

namespace cc::sandbox {
namespace {

const QByteArray kSecret = "super-secret-jwt-token-with-at-least-32-characters";
constexpr qint64 kNow = 1'800'000'000;

QJsonObject claims(qint64 exp = kNow + 3600) {
    return {{QStringLiteral("sub"), QStringLiteral("u1")},
            {QStringLiteral("role"), QStringLiteral("authenticated")},
            {QStringLiteral("iat"), kNow},
            {QStringLiteral("exp"), exp}};
}

TEST(Jwt, SignedTokenVerifiesAndKeepsItsClaims) {
    const QString token = Jwt::sign(claims(), kSecret);
    const Jwt::Verified verified = Jwt::verify(token, kSecret, kNow);
    ASSERT_TRUE(verified.ok()) << verified.message.toStdString();
    EXPECT_EQ(verified.claims.value(QStringLiteral("sub")).toString(), QStringLiteral("u1"));
}

TEST(Jwt, MatchesAReferenceTokenFromRfc7515StyleEncoding) {
    // Header and payload are base64url without padding; the signature is HMAC-SHA256 over "header.payload".
    const QString token = Jwt::sign({{QStringLiteral("a"), 1}}, "k");
    const QStringList parts = token.split(QLatin1Char('.'));
    ASSERT_EQ(parts.size(), 3);
    EXPECT_EQ(parts[0], QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"));
    EXPECT_EQ(parts[1], QStringLiteral("eyJhIjoxfQ"));
    EXPECT_FALSE(parts[2].contains(QLatin1Char('=')));
}

TEST(Jwt, WrongSecretIsABadSignatureWithPgrst301) {
    const Jwt::Verified verified = Jwt::verify(Jwt::sign(claims(), kSecret), "another-secret", kNow);
    EXPECT_EQ(verified.failure, Jwt::Failure::BadSignature);
    EXPECT_EQ(verified.postgrestCode(), QStringLiteral("PGRST301"));
}

TEST(Jwt, TamperedPayloadFailsTheSignature) {
    const QStringList parts = Jwt::sign(claims(), kSecret).split(QLatin1Char('.'));
    QJsonObject forged = claims();
    forged.insert(QStringLiteral("role"), QStringLiteral("service_role"));
    const QString token =
        parts[0] + QLatin1Char('.') +
        QString::fromLatin1(Jwt::base64Url(QJsonDocument(forged).toJson(QJsonDocument::Compact))) +
        QLatin1Char('.') + parts[2];
    EXPECT_EQ(Jwt::verify(token, kSecret, kNow).failure, Jwt::Failure::BadSignature);
}

TEST(Jwt, AlgorithmNoneIsRefused) {
    const QString token = QString::fromLatin1(Jwt::base64Url(R"({"alg":"none","typ":"JWT"})") + '.' +
                                              Jwt::base64Url(R"({"role":"service_role"})") + '.');
    EXPECT_EQ(Jwt::verify(token, kSecret, kNow).failure, Jwt::Failure::BadAlgorithm);
}

TEST(Jwt, GarbageIsMalformed) {
    EXPECT_EQ(Jwt::verify(QStringLiteral("not-a-jwt"), kSecret, kNow).failure, Jwt::Failure::Malformed);
    EXPECT_EQ(Jwt::verify(QStringLiteral("a.b.c"), kSecret, kNow).failure, Jwt::Failure::Malformed);
    EXPECT_EQ(Jwt::verify(QString(), kSecret, kNow).failure, Jwt::Failure::Malformed);
}

TEST(Jwt, ExpiryAllowsThirtySecondsOfSkewThenFailsWithPgrst303) {
    const QString token = Jwt::sign(claims(kNow), kSecret);
    EXPECT_TRUE(Jwt::verify(token, kSecret, kNow + Jwt::kClockSkewSeconds).ok());
    const Jwt::Verified expired = Jwt::verify(token, kSecret, kNow + Jwt::kClockSkewSeconds + 1);
    EXPECT_EQ(expired.failure, Jwt::Failure::Expired);
    EXPECT_EQ(expired.message, QStringLiteral("JWT expired"));
    EXPECT_EQ(expired.postgrestCode(), QStringLiteral("PGRST303"));
}

TEST(Jwt, IssuedInTheFutureIsRefused) {
    QJsonObject future = claims();
    future.insert(QStringLiteral("iat"), kNow + 120);
    EXPECT_EQ(Jwt::verify(Jwt::sign(future, kSecret), kSecret, kNow).failure, Jwt::Failure::IssuedInFuture);
}

TEST(Jwt, NotBeforeInTheFutureIsRefused) {
    QJsonObject early = claims();
    early.insert(QStringLiteral("nbf"), kNow + 120);
    EXPECT_EQ(Jwt::verify(Jwt::sign(early, kSecret), kSecret, kNow).failure, Jwt::Failure::NotYetValid);
}

} // namespace
} // namespace cc::sandbox
