#include "app/net/ErrorMapper.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

namespace cc::net {
namespace {

using Headers = ErrorMapper::Headers;

TEST(ErrorMapper, PostgrestBodyGivesCodeTranslatedMessageAndDetail) {
    const Error e = ErrorMapper::fromHttp(
        409,
        R"({"code":"23505","message":"duplicate key value","details":"Key (id)=(1) already exists.","hint":"use upsert"})",
        {});
    EXPECT_EQ(e.kind, ErrorKind::Http);
    EXPECT_EQ(e.httpStatus, 409);
    EXPECT_EQ(e.code, QStringLiteral("23505"));
    EXPECT_FALSE(e.message.isEmpty());
    EXPECT_TRUE(e.detail.contains(QStringLiteral("HTTP 409 [23505] duplicate key value")));
    EXPECT_TRUE(e.detail.contains(QStringLiteral("details: Key (id)=(1) already exists.")));
    EXPECT_TRUE(e.detail.contains(QStringLiteral("hint: use upsert")));
}

TEST(ErrorMapper, SingularResponseErrorHasItsOwnMessage) {
    const Error e = ErrorMapper::fromHttp(
        406,
        R"({"code":"PGRST116","message":"Cannot coerce the result to a single JSON object","details":"The result contains 0 rows"})",
        {});
    EXPECT_EQ(e.code, QStringLiteral("PGRST116"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("exactly one")));
}

TEST(ErrorMapper, StatusesMapToKinds) {
    EXPECT_EQ(ErrorMapper::fromHttp(401, "{}", {}).kind, ErrorKind::Auth);
    EXPECT_EQ(ErrorMapper::fromHttp(429, "{}", {}).kind, ErrorKind::RateLimited);
    EXPECT_EQ(ErrorMapper::fromHttp(403, "{}", {}).kind, ErrorKind::Http);
    EXPECT_EQ(ErrorMapper::fromHttp(503, "", {}).kind, ErrorKind::Http);
    EXPECT_NE(ErrorMapper::fromHttp(403, "{}", {}).message, ErrorMapper::fromHttp(404, "{}", {}).message);
}

TEST(ErrorMapper, GoTrueBodiesInBothShapes) {
    const Error modern =
        ErrorMapper::fromHttp(400, R"({"code":"validation_failed","message":"bad email"})", {});
    EXPECT_EQ(modern.code, QStringLiteral("validation_failed"));
    EXPECT_TRUE(modern.detail.contains(QStringLiteral("bad email")));
    const Error legacy =
        ErrorMapper::fromHttp(400, R"({"code":400,"error_code":"bad_json","msg":"oops"})", {});
    EXPECT_EQ(legacy.code, QStringLiteral("bad_json"));
    EXPECT_TRUE(legacy.detail.contains(QStringLiteral("oops")));
    const Error oauth =
        ErrorMapper::fromHttp(400, R"({"error":"invalid_grant","error_description":"expired"})", {});
    EXPECT_EQ(oauth.code, QStringLiteral("invalid_grant"));
    EXPECT_TRUE(oauth.detail.contains(QStringLiteral("expired")));
}

TEST(ErrorMapper, NonJsonBodiesAreQuotedShortAndSimplified) {
    const Error e = ErrorMapper::fromHttp(
        502, QByteArray("<html>\n<body>Bad gateway</body></html>") + QByteArray(1000, 'x'), {});
    EXPECT_TRUE(e.detail.contains(QStringLiteral("<html> <body>Bad gateway")));
    EXPECT_LT(e.detail.size(), 400);
}

TEST(ErrorMapper, SecretsEchoedByTheServerAreRedacted) {
    const Error e = ErrorMapper::fromHttp(
        400,
        R"({"message":"bad token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefgh for apikey=sb_secret_zzz"})",
        {});
    EXPECT_FALSE(e.detail.contains(QStringLiteral("eyJhbGciOiJIUzI1NiJ9"))) << e.detail.toStdString();
    EXPECT_FALSE(e.detail.contains(QStringLiteral("sb_secret_zzz"))) << e.detail.toStdString();
}

TEST(ErrorMapper, JwtExpiredIsRecognisedInAllItsForms) {
    EXPECT_TRUE(ErrorMapper::isJwtExpired(
        ErrorMapper::fromHttp(401, R"({"code":"PGRST303","message":"JWT expired"})", {}), {}));
    EXPECT_TRUE(ErrorMapper::isJwtExpired(
        ErrorMapper::fromHttp(401, R"({"code":"PGRST301","message":"JWT expired"})", {}), {}));
    EXPECT_TRUE(
        ErrorMapper::isJwtExpired(ErrorMapper::fromHttp(401, R"({"message":"JWT expired"})", {}), {}));
    const Headers h{{"WWW-Authenticate", R"(Bearer error="invalid_token", error_description="JWT expired")"}};
    EXPECT_TRUE(ErrorMapper::isJwtExpired(ErrorMapper::fromHttp(401, "", h), h));
}

TEST(ErrorMapper, OtherAuthFailuresAreNotJwtExpiry) {
    EXPECT_FALSE(ErrorMapper::isJwtExpired(
        ErrorMapper::fromHttp(401, R"({"message":"No API key found in request"})", {}), {}));
    EXPECT_FALSE(ErrorMapper::isJwtExpired(
        ErrorMapper::fromHttp(403, R"({"code":"PGRST303","message":"JWT expired"})", {}), {}));
    EXPECT_FALSE(ErrorMapper::isJwtExpired(
        ErrorMapper::fromHttp(401, R"({"code":"PGRST302","message":"anonymous disabled"})", {}), {}));
}

TEST(ErrorMapper, NetworkErrorsMapToKinds) {
    EXPECT_EQ(ErrorMapper::fromNetwork(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused")).kind,
              ErrorKind::Network);
    EXPECT_EQ(ErrorMapper::fromNetwork(QNetworkReply::RemoteHostClosedError, QStringLiteral("closed")).kind,
              ErrorKind::Network);
    EXPECT_EQ(ErrorMapper::fromNetwork(QNetworkReply::TimeoutError, QStringLiteral("t")).kind,
              ErrorKind::Timeout);
    EXPECT_EQ(ErrorMapper::fromNetwork(QNetworkReply::SslHandshakeFailedError, QStringLiteral("t")).kind,
              ErrorKind::Tls);
    EXPECT_EQ(ErrorMapper::fromNetwork(QNetworkReply::InsecureRedirectError, QStringLiteral("t")).kind,
              ErrorKind::Tls);
    EXPECT_EQ(ErrorMapper::fromNetwork(QNetworkReply::OperationCanceledError, QStringLiteral("t")).kind,
              ErrorKind::Cancelled);
    EXPECT_EQ(ErrorMapper::fromNetwork(QNetworkReply::NoError, {}).kind, ErrorKind::None);
}

TEST(ErrorMapper, CircuitOpenSaysWhenItWillTryAgain) {
    const Error e = ErrorMapper::circuitOpen(QStringLiteral("rest"), 29'001, QStringLiteral("open"));
    EXPECT_EQ(e.kind, ErrorKind::CircuitOpen);
    EXPECT_TRUE(e.message.contains(QStringLiteral("30 second"))) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("rest")));
    const Error probing = ErrorMapper::circuitOpen(QStringLiteral("rest"), 0, QStringLiteral("probe"));
    EXPECT_TRUE(probing.message.contains(QStringLiteral("recovered")));
}

} // namespace
} // namespace cc::net
