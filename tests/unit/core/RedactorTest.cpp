#include "app/core/Redactor.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>

namespace cc {
namespace {

const QString kJwt = QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                                    "eyJzdWIiOiIxMjM0NTY3ODkwIiwicm9sZSI6ImFub24ifQ."
                                    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");

class SensitiveKey : public ::testing::TestWithParam<const char*> {};

TEST_P(SensitiveKey, IsRecognisedInEverySpelling) {
    const QString key = QString::fromLatin1(GetParam());
    EXPECT_TRUE(Redactor::isSensitiveKey(key));
    EXPECT_TRUE(Redactor::isSensitiveKey(key.toUpper()));
    QString dashed = key;
    dashed.replace(QLatin1Char('_'), QLatin1Char('-'));
    EXPECT_TRUE(Redactor::isSensitiveKey(dashed));
}

TEST_P(SensitiveKey, ValueIsMaskedInJson) {
    const QString key = QString::fromLatin1(GetParam());
    const QJsonObject in{{key, QStringLiteral("s3cr3t-value")}, {QStringLiteral("status"), 200}};
    const QJsonObject out = Redactor::redactJson(in).toObject();
    EXPECT_EQ(out.value(key).toString(), Redactor::kMask);
    EXPECT_EQ(out.value(QStringLiteral("status")).toInt(), 200);
}

TEST_P(SensitiveKey, ValueIsMaskedInAQueryString) {
    const QString key = QString::fromLatin1(GetParam());
    const QString text = QStringLiteral("GET /cb?state=abc&%1=s3cr3t-value&x=1").arg(key);
    const QString out = Redactor::redactText(text);
    EXPECT_FALSE(out.contains(QStringLiteral("s3cr3t-value"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("state=abc")));
    EXPECT_TRUE(out.contains(QStringLiteral("x=1")));
}

TEST_P(SensitiveKey, ValueIsMaskedInAHeaderLine) {
    const QString key = QString::fromLatin1(GetParam());
    const QString out = Redactor::redactText(QStringLiteral("%1: s3cr3t-value").arg(key));
    EXPECT_FALSE(out.contains(QStringLiteral("s3cr3t-value"))) << out.toStdString();
}

TEST_P(SensitiveKey, ValueIsMaskedInJsonEmbeddedInText) {
    const QString key = QString::fromLatin1(GetParam());
    const QString out =
        Redactor::redactText(QStringLiteral("body={\"%1\":\"s3cr3t-value\",\"ok\":true}").arg(key));
    EXPECT_FALSE(out.contains(QStringLiteral("s3cr3t-value"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("\"ok\":true")));
}

INSTANTIATE_TEST_SUITE_P(Redactor, SensitiveKey,
                         ::testing::Values("authorization", "apikey", "access_token", "refresh_token",
                                           "id_token", "code", "code_verifier", "password", "client_secret",
                                           "api_key"));

TEST(Redactor, OrdinaryKeysAreKept) {
    EXPECT_FALSE(Redactor::isSensitiveKey(QStringLiteral("status")));
    EXPECT_FALSE(Redactor::isSensitiveKey(QStringLiteral("error_code")));
    EXPECT_FALSE(Redactor::isSensitiveKey(QStringLiteral("name")));
}

TEST(Redactor, JwtInFreeTextIsMasked) {
    const QString out =
        Redactor::redactText(QStringLiteral("token refused: ") + kJwt + QStringLiteral(" (expired)"));
    EXPECT_FALSE(out.contains(QStringLiteral("eyJ")));
    EXPECT_TRUE(out.startsWith(QStringLiteral("token refused: ")));
    EXPECT_TRUE(out.endsWith(QStringLiteral(" (expired)")));
}

TEST(Redactor, BearerTokenIsMasked) {
    const QString out = Redactor::redactText(QStringLiteral("sent Bearer abc.def-ghi_jkl to the server"));
    EXPECT_EQ(out, QStringLiteral("sent Bearer [REDACTED] to the server"));
}

TEST(Redactor, AuthorizationHeaderWithBearerIsMaskedOnce) {
    const QString out = Redactor::redactText(QStringLiteral("Authorization: Bearer opaque-token-123"));
    EXPECT_FALSE(out.contains(QStringLiteral("opaque-token-123")));
    EXPECT_FALSE(out.contains(QStringLiteral("[REDACTED] [REDACTED]")));
}

TEST(Redactor, NestedJsonIsRedactedAtEveryDepth) {
    const QJsonObject in{
        {QStringLiteral("session"),
         QJsonObject{
             {QStringLiteral("access_token"), QStringLiteral("a1")},
             {QStringLiteral("user"), QJsonObject{{QStringLiteral("email"), QStringLiteral("m@x.io")}}}}},
        {QStringLiteral("list"), QJsonArray{QJsonObject{{QStringLiteral("password"), QStringLiteral("p")}},
                                            QStringLiteral("Bearer zzz")}},
        {QStringLiteral("note"), kJwt},
    };
    const QJsonObject out = Redactor::redactJson(in).toObject();
    const QJsonObject session = out.value(QStringLiteral("session")).toObject();
    EXPECT_EQ(session.value(QStringLiteral("access_token")).toString(), Redactor::kMask);
    EXPECT_EQ(session.value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(),
              QStringLiteral("m@x.io"));
    const QJsonArray list = out.value(QStringLiteral("list")).toArray();
    EXPECT_EQ(list.at(0).toObject().value(QStringLiteral("password")).toString(), Redactor::kMask);
    EXPECT_EQ(list.at(1).toString(), QStringLiteral("Bearer [REDACTED]"));
    EXPECT_EQ(out.value(QStringLiteral("note")).toString(), Redactor::kMask);
}

TEST(Redactor, UrlQueryAndUserInfoAreCleaned) {
    const QUrl url(
        QStringLiteral("https://user:pw@example.com/cb?code=abc123&state=xyz#access_token=fragsecret"));
    const QString out = Redactor::redactUrl(url);
    EXPECT_FALSE(out.contains(QStringLiteral("abc123")));
    EXPECT_FALSE(out.contains(QStringLiteral("pw@")));
    EXPECT_FALSE(out.contains(QStringLiteral("fragsecret")));
    EXPECT_FALSE(out.contains(QStringLiteral("xyz"))) << "the state binds a sign-in in progress";
    EXPECT_TRUE(out.contains(QStringLiteral("state=[REDACTED]"))) << out.toStdString();
}

TEST(Redactor, AnOidcAuthorizeUrlInTextLosesStateNonceAndChallenge) {
    const QString text = QStringLiteral(
        "Unable to detect a web browser to launch 'https://id.example.com/authorize?response_type=code&"
        "client_id=campaign-console&state=s3cr3t-state&nonce=n0nce&code_challenge=ch4llenge&"
        "code_challenge_method=S256'");
    const QString out = Redactor::redactText(text);
    for (const char* secret : {"s3cr3t-state", "n0nce", "ch4llenge"}) {
        EXPECT_FALSE(out.contains(QLatin1String(secret))) << out.toStdString();
    }
    EXPECT_TRUE(out.contains(QStringLiteral("client_id=campaign-console"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("code_challenge_method=S256"))) << out.toStdString();
    EXPECT_TRUE(out.endsWith(QLatin1Char('\''))) << out.toStdString();
}

TEST(Redactor, TheStateInsideGoTruesRedirectToIsMaskedToo) {
    const QString text = QStringLiteral(
        "opening "
        "http://127.0.0.1:5555/auth/v1/authorize?provider=github&redirect_to=http%3A%2F%2F127.0.0.1%3A"
        "40000%2Fcallback%3Fstate%3Dinner-state&code_challenge=xyz");
    const QString out = Redactor::redactText(text);
    EXPECT_FALSE(out.contains(QStringLiteral("inner-state"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("provider=github"))) << out.toStdString();
}

TEST(Redactor, AStateOutsideAUrlIsNoSecret) {
    const QJsonObject context{{QStringLiteral("state"), QStringLiteral("live")}};
    EXPECT_EQ(Redactor::redactJson(context).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("live"));
}

TEST(Redactor, SensitiveHeaderValueIsMaskedEntirely) {
    EXPECT_EQ(Redactor::redactHeader(QStringLiteral("apikey"), QStringLiteral("anything")), Redactor::kMask);
    EXPECT_EQ(Redactor::redactHeader(QStringLiteral("Accept"), QStringLiteral("application/json")),
              QStringLiteral("application/json"));
}

TEST(Redactor, TextWithoutSecretsIsUnchanged) {
    const QString text = QStringLiteral("GET /rest/v1/campaigns?select=id,name&limit=50 -> 200 in 12 ms");
    EXPECT_EQ(Redactor::redactText(text), text);
}

} // namespace
} // namespace cc
