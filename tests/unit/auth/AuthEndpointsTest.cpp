#include "app/auth/AuthEndpoints.h"
#include "app/auth/IdToken.h"
#include "app/auth/SessionTokens.h"
#include "app/auth/TokenRequests.h"
#include "tests/support/QtPrinters.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace cc::auth {
namespace {

QJsonObject document(const QString& issuer = QStringLiteral("https://id.example.org")) {
    return {{QStringLiteral("issuer"), issuer},
            {QStringLiteral("authorization_endpoint"), QStringLiteral("https://id.example.org/authorize")},
            {QStringLiteral("token_endpoint"), QStringLiteral("https://id.example.org/token")},
            {QStringLiteral("userinfo_endpoint"), QStringLiteral("https://id.example.org/userinfo")},
            {QStringLiteral("code_challenge_methods_supported"),
             QJsonArray{QStringLiteral("plain"), QStringLiteral("S256")}}};
}

TEST(AuthEndpointsTest, ValidDiscoveryDocumentGivesTheEndpoints) {
    const auto e = AuthEndpoints::fromDiscovery(document(), QUrl(QStringLiteral("https://id.example.org/")));
    ASSERT_TRUE(e.ok()) << e.error().detail.toStdString();
    EXPECT_TRUE(e.value().isOidc());
    EXPECT_EQ(e.value().token, QUrl(QStringLiteral("https://id.example.org/token")));
    EXPECT_TRUE(e.value().revocation.isEmpty());
}

TEST(AuthEndpointsTest, IssParameterSupportIsReadFromDiscovery) {
    QJsonObject doc = document();
    const auto without = AuthEndpoints::fromDiscovery(doc, QUrl(QStringLiteral("https://id.example.org")));
    ASSERT_TRUE(without.ok());
    EXPECT_FALSE(without.value().issParameterSupported);
    doc.insert(QStringLiteral("authorization_response_iss_parameter_supported"), true);
    const auto with = AuthEndpoints::fromDiscovery(doc, QUrl(QStringLiteral("https://id.example.org")));
    ASSERT_TRUE(with.ok());
    EXPECT_TRUE(with.value().issParameterSupported);
}

TEST(AuthEndpointsTest, IssuerMismatchIsRefused) {
    const auto e = AuthEndpoints::fromDiscovery(document(QStringLiteral("https://other.example.org")),
                                                QUrl(QStringLiteral("https://id.example.org")));
    ASSERT_FALSE(e.ok());
    EXPECT_TRUE(e.error().detail.contains(QStringLiteral("issuer mismatch")));
}

TEST(AuthEndpointsTest, PlainHttpEndpointOffLoopbackIsRefused) {
    QJsonObject doc = document();
    doc.insert(QStringLiteral("token_endpoint"), QStringLiteral("http://id.example.org/token"));
    EXPECT_FALSE(AuthEndpoints::fromDiscovery(doc, QUrl(QStringLiteral("https://id.example.org"))).ok());
}

TEST(AuthEndpointsTest, ServerWithoutS256IsRefused) {
    QJsonObject doc = document();
    doc.insert(QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("plain")});
    EXPECT_FALSE(AuthEndpoints::fromDiscovery(doc, QUrl(QStringLiteral("https://id.example.org"))).ok());
    doc.remove(QStringLiteral("code_challenge_methods_supported"));
    EXPECT_FALSE(AuthEndpoints::fromDiscovery(doc, QUrl(QStringLiteral("https://id.example.org"))).ok());
}

TEST(AuthEndpointsTest, MissingTokenEndpointIsRefused) {
    QJsonObject doc = document();
    doc.remove(QStringLiteral("token_endpoint"));
    EXPECT_FALSE(AuthEndpoints::fromDiscovery(doc, QUrl(QStringLiteral("https://id.example.org"))).ok());
}

TEST(AuthEndpointsTest, DiscoveryUrlIsAppendedToTheIssuerPath) {
    EXPECT_EQ(AuthEndpoints::discoveryUrl(QUrl(QStringLiteral("http://127.0.0.1:5/auth/v1"))),
              QUrl(QStringLiteral("http://127.0.0.1:5/auth/v1/.well-known/openid-configuration")));
}

TEST(AuthEndpointsTest, SupabaseEndpointsAreUnderAuthV1) {
    const auto e = AuthEndpoints::supabase(QUrl(QStringLiteral("https://ref.supabase.co")));
    EXPECT_EQ(e.authorization, QUrl(QStringLiteral("https://ref.supabase.co/auth/v1/authorize")));
    EXPECT_EQ(e.revocation, QUrl(QStringLiteral("https://ref.supabase.co/auth/v1/logout")));
}

TEST(IdTokenTest, ClaimsFillTheIdentity) {
    // {"sub":"u1","email":"a@b.c","app_metadata":{"role":"admin"}}
    const QString jwt =
        QStringLiteral("eyJhbGciOiJIUzI1NiJ9."
                       "eyJzdWIiOiJ1MSIsImVtYWlsIjoiYUBiLmMiLCJhcHBfbWV0YWRhdGEiOnsicm9sZSI6ImFkbWluIn19.x");
    const auto claims = IdToken::claims(jwt);
    ASSERT_TRUE(claims.ok());
    SessionTokens t;
    IdToken::applyClaims(claims.value(), t);
    EXPECT_EQ(t.userId, QStringLiteral("u1"));
    EXPECT_EQ(t.email, QStringLiteral("a@b.c"));
    EXPECT_EQ(t.role, QStringLiteral("admin"));
}

TEST(IdTokenTest, MalformedTokenIsADecodeError) {
    EXPECT_EQ(IdToken::claims(QStringLiteral("abc")).error().kind, ErrorKind::Decode);
    EXPECT_EQ(IdToken::claims(QStringLiteral("a.!!!.c")).error().kind, ErrorKind::Decode);
}

TEST(TokenRequestsTest, DeadRefreshCodesEndTheSession) {
    for (const char* code :
         {"refresh_token_already_used", "refresh_token_not_found", "session_expired", "invalid_grant"}) {
        Error e(ErrorKind::Http, QStringLiteral("x"));
        e.httpStatus = 400;
        e.code = QLatin1String(code);
        EXPECT_TRUE(TokenRequests::isSessionGone(e)) << code;
    }
    Error transient(ErrorKind::Http, QStringLiteral("x"));
    transient.httpStatus = 503;
    transient.code = QStringLiteral("invalid_grant");
    EXPECT_FALSE(TokenRequests::isSessionGone(transient));
}

} // namespace
} // namespace cc::auth
