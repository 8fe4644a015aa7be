#include "app/core/ProfileValidator.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

namespace cc {
namespace {

Profile validProfile() {
    Profile p;
    p.name = QStringLiteral("Production");
    p.projectUrl = QUrl(QStringLiteral("https://abcd.supabase.co"));
    p.anonKey = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.sig");
    return p;
}

QStringList fieldsOf(const QList<ProfileIssue>& issues) {
    QStringList fields;
    for (const auto& issue : issues) {
        fields << issue.field;
    }
    return fields;
}

TEST(ProfileValidator, AcceptsAValidProfile) {
    EXPECT_TRUE(ProfileValidator::validate(validProfile(), {}).isEmpty());
}

TEST(ProfileValidator, RejectsAnEmptyName) {
    Profile p = validProfile();
    p.name = QStringLiteral("   ");
    EXPECT_EQ(fieldsOf(ProfileValidator::validate(p, {})), QStringList{QStringLiteral("name")});
}

TEST(ProfileValidator, RejectsADuplicateNameIgnoringCase) {
    const auto issues = ProfileValidator::validate(validProfile(), {QStringLiteral("production")});
    ASSERT_EQ(fieldsOf(issues), QStringList{QStringLiteral("name")});
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("already exists")));
}

TEST(ProfileValidator, RejectsATooLongName) {
    Profile p = validProfile();
    p.name = QString(ProfileValidator::kMaxNameLength + 1, QLatin1Char('x'));
    EXPECT_EQ(fieldsOf(ProfileValidator::validate(p, {})), QStringList{QStringLiteral("name")});
}

TEST(ProfileValidator, RejectsAMalformedUrl) {
    Profile p = validProfile();
    p.projectUrl = QUrl(QStringLiteral("not a url"));
    const auto issues = ProfileValidator::validate(p, {});
    ASSERT_EQ(fieldsOf(issues), QStringList{QStringLiteral("projectUrl")});
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("not a valid address")));
}

TEST(ProfileValidator, RejectsAMissingUrl) {
    Profile p = validProfile();
    p.projectUrl = QUrl();
    EXPECT_EQ(fieldsOf(ProfileValidator::validate(p, {})), QStringList{QStringLiteral("projectUrl")});
}

TEST(ProfileValidator, RejectsAnUnsupportedScheme) {
    Profile p = validProfile();
    p.projectUrl = QUrl(QStringLiteral("ftp://abcd.supabase.co"));
    EXPECT_EQ(fieldsOf(ProfileValidator::validate(p, {})), QStringList{QStringLiteral("projectUrl")});
}

TEST(ProfileValidator, RefusesPlainHttpForARemoteHost) {
    Profile p = validProfile();
    p.projectUrl = QUrl(QStringLiteral("http://abcd.supabase.co"));
    const auto issues = ProfileValidator::validate(p, {});
    ASSERT_EQ(fieldsOf(issues), QStringList{QStringLiteral("projectUrl")});
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("HTTPS is required")));
}

TEST(ProfileValidator, AllowsPlainHttpOnLoopback) {
    for (const char* url :
         {"http://127.0.0.1:54321", "http://localhost:8000", "http://[::1]:9000", "http://127.2.3.4"}) {
        Profile p = validProfile();
        p.projectUrl = QUrl(QString::fromLatin1(url));
        EXPECT_TRUE(ProfileValidator::validate(p, {}).isEmpty()) << url;
    }
}

TEST(ProfileValidator, RejectsAUrlWithCredentials) {
    Profile p = validProfile();
    p.projectUrl = QUrl(QStringLiteral("https://user:pw@abcd.supabase.co"));
    EXPECT_EQ(fieldsOf(ProfileValidator::validate(p, {})), QStringList{QStringLiteral("projectUrl")});
}

TEST(ProfileValidator, RequiresTheAnonKey) {
    Profile p = validProfile();
    p.anonKey.clear();
    EXPECT_EQ(fieldsOf(ProfileValidator::validate(p, {})), QStringList{QStringLiteral("anonKey")});
}

TEST(ProfileValidator, RefusesASecretKey) {
    Profile p = validProfile();
    p.anonKey = QStringLiteral("sb_secret_abc");
    EXPECT_EQ(fieldsOf(ProfileValidator::validate(p, {})), QStringList{QStringLiteral("anonKey")});
}

TEST(ProfileValidator, RejectsAnUnknownAuthFlavor) {
    Profile p = validProfile();
    p.authFlavor = QStringLiteral("saml");
    EXPECT_EQ(fieldsOf(ProfileValidator::validate(p, {})), QStringList{QStringLiteral("authFlavor")});
}

TEST(ProfileValidator, OidcNeedsAnIssuer) {
    Profile p = validProfile();
    p.authFlavor = QStringLiteral("oidc");
    EXPECT_EQ(fieldsOf(ProfileValidator::validate(p, {})), QStringList{QStringLiteral("oidcIssuer")});
    p.oidcIssuer = QUrl(QStringLiteral("http://idp.example.com"));
    EXPECT_EQ(fieldsOf(ProfileValidator::validate(p, {})), QStringList{QStringLiteral("oidcIssuer")});
    p.oidcIssuer = QUrl(QStringLiteral("https://idp.example.com"));
    EXPECT_TRUE(ProfileValidator::validate(p, {}).isEmpty());
}

TEST(ProfileValidator, RequiresAClientId) {
    Profile p = validProfile();
    p.clientId.clear();
    EXPECT_EQ(fieldsOf(ProfileValidator::validate(p, {})), QStringList{QStringLiteral("clientId")});
}

TEST(ProfileValidator, EmailUrlFollowsTheHttpsRule) {
    Profile p = validProfile();
    p.emailApiUrl = QUrl(QStringLiteral("http://mail.example.com/api"));
    EXPECT_EQ(fieldsOf(ProfileValidator::validate(p, {})), QStringList{QStringLiteral("emailApiUrl")});
}

TEST(ProfileValidator, RejectsAnUnknownEnvironment) {
    Profile p = validProfile();
    p.environment = QStringLiteral("qa");
    EXPECT_EQ(fieldsOf(ProfileValidator::validate(p, {})), QStringList{QStringLiteral("environment")});
}

TEST(ProfileValidator, RejectsAMalformedColour) {
    Profile p = validProfile();
    p.color = QStringLiteral("red");
    EXPECT_EQ(fieldsOf(ProfileValidator::validate(p, {})), QStringList{QStringLiteral("color")});
}

TEST(ProfileValidator, ReportsEveryProblemAtOnce) {
    Profile p;
    p.clientId.clear();
    const QStringList fields = fieldsOf(ProfileValidator::validate(p, {}));
    EXPECT_TRUE(fields.contains(QStringLiteral("name")));
    EXPECT_TRUE(fields.contains(QStringLiteral("projectUrl")));
    EXPECT_TRUE(fields.contains(QStringLiteral("anonKey")));
    EXPECT_TRUE(fields.contains(QStringLiteral("clientId")));
}

TEST(Profile, EnvironmentsHaveDistinctDefaultColours) {
    EXPECT_NE(Profile::defaultColor(QStringLiteral("production")),
              Profile::defaultColor(QStringLiteral("staging")));
    EXPECT_NE(Profile::defaultColor(QStringLiteral("staging")),
              Profile::defaultColor(QStringLiteral("local")));
}

TEST(Profile, EmailUrlDefaultsToTheProjectsEmailApi) {
    Profile p = validProfile();
    EXPECT_EQ(p.effectiveEmailApiUrl(), QUrl(QStringLiteral("https://abcd.supabase.co/api/email")));
}

} // namespace
} // namespace cc
