#include "app/sandbox/AuthorizationCodeStore.h"
#include "app/core/RandomSource.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

namespace cc::sandbox {
namespace {

const QString kVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
const QString kChallenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
const QString kRedirect = QStringLiteral("http://127.0.0.1:5000/callback");

class AuthorizationCodeStoreTest : public ::testing::Test {
protected:
    QString issue() {
        AuthorizationCodeStore::Grant grant;
        grant.clientId = QStringLiteral("campaign-console");
        grant.redirectUri = kRedirect;
        grant.codeChallenge = kChallenge;
        grant.subject = QStringLiteral("user-1");
        return m_store.issue(grant);
    }
    AuthorizationCodeStore::Failure redeem(const QString& code, const QString& verifier = kVerifier,
                                           const QString& redirect = kRedirect,
                                           const QString& client = QStringLiteral("campaign-console")) {
        return m_store.redeem(code, client, redirect, verifier).failure;
    }

    test::ManualClock m_clock;
    SeededRandom m_random{5};
    AuthorizationCodeStore m_store{m_clock, m_random};
};

using Failure = AuthorizationCodeStore::Failure;

TEST_F(AuthorizationCodeStoreTest, ChallengeIsTheRfc7636AppendixBValue) {
    EXPECT_EQ(AuthorizationCodeStore::challengeS256(kVerifier), kChallenge);
}

TEST_F(AuthorizationCodeStoreTest, PkceValuesAre43To128UnreservedCharacters) {
    EXPECT_TRUE(AuthorizationCodeStore::isValidPkceValue(kVerifier));
    EXPECT_TRUE(AuthorizationCodeStore::isValidPkceValue(QString(128, QLatin1Char('~'))));
    EXPECT_FALSE(AuthorizationCodeStore::isValidPkceValue(QString(42, QLatin1Char('a'))));
    EXPECT_FALSE(AuthorizationCodeStore::isValidPkceValue(QString(129, QLatin1Char('a'))));
    EXPECT_FALSE(AuthorizationCodeStore::isValidPkceValue(kVerifier + QStringLiteral("+")));
}

TEST_F(AuthorizationCodeStoreTest, CodeRedeemsOnceWithTheGrant) {
    const QString code = issue();
    const auto redeemed = m_store.redeem(code, QStringLiteral("campaign-console"), kRedirect, kVerifier);
    ASSERT_TRUE(redeemed.ok());
    EXPECT_EQ(redeemed.grant.subject, QStringLiteral("user-1"));
    EXPECT_EQ(redeem(code), Failure::Reused);
}

TEST_F(AuthorizationCodeStoreTest, ReuseReportsTheSessionsIssuedFromTheCodeOnce) {
    const QString code = issue();
    ASSERT_EQ(redeem(code), Failure::None);
    m_store.attachSession(code, QStringLiteral("session-1"));
    EXPECT_EQ(m_store.redeem(code, QStringLiteral("campaign-console"), kRedirect, kVerifier).revokedSessions,
              QStringList{QStringLiteral("session-1")});
    EXPECT_TRUE(m_store.redeem(code, QStringLiteral("campaign-console"), kRedirect, kVerifier)
                    .revokedSessions.isEmpty());
}

TEST_F(AuthorizationCodeStoreTest, CodeExpiresAfterFiveMinutes) {
    const QString fresh = issue();
    const QString stale = issue();
    m_clock.advance(AuthorizationCodeStore::kLifetimeMs);
    EXPECT_EQ(redeem(fresh), Failure::None);
    m_clock.advance(1);
    EXPECT_EQ(redeem(stale), Failure::Expired);
}

TEST_F(AuthorizationCodeStoreTest, MismatchesFailAndConsumeTheCode) {
    const QString verifier = issue();
    EXPECT_EQ(redeem(verifier, QString(kVerifier).replace(0, 1, QLatin1Char('e'))),
              Failure::VerifierMismatch);
    EXPECT_EQ(redeem(verifier), Failure::Reused);
    EXPECT_EQ(redeem(issue(), kVerifier, QStringLiteral("http://127.0.0.1:5001/callback")),
              Failure::RedirectMismatch);
    EXPECT_EQ(redeem(issue(), kVerifier, kRedirect, QStringLiteral("other")), Failure::ClientMismatch);
    EXPECT_EQ(redeem(issue(), QString()), Failure::VerifierMismatch);
}

TEST_F(AuthorizationCodeStoreTest, UnknownCodesAreUnknown) {
    EXPECT_EQ(redeem(QStringLiteral("nope")), Failure::Unknown);
    EXPECT_EQ(redeem(QString()), Failure::Unknown);
}

TEST_F(AuthorizationCodeStoreTest, CodesAreDistinctAndLong) {
    const QString a = issue();
    const QString b = issue();
    EXPECT_NE(a, b);
    EXPECT_GE(a.size(), 43);
}

} // namespace
} // namespace cc::sandbox
