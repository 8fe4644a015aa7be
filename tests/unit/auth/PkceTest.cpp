#include "app/auth/Pkce.h"
#include "app/core/RandomSource.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

namespace cc::auth {
namespace {

// A RandomSource that returns fixed bytes, to reproduce RFC 7636 Appendix B.
class FixedBytes final : public RandomSource {
public:
    explicit FixedBytes(QByteArray bytes)
        : m_bytes(std::move(bytes)) {}
    quint64 next64() override {
        quint64 v = 0;
        for (int i = 0; i < 8; ++i) {
            v |= static_cast<quint64>(static_cast<unsigned char>(m_bytes.at(m_pos++ % m_bytes.size())))
                 << (8 * i);
        }
        return v;
    }

private:
    QByteArray m_bytes;
    int m_pos = 0;
};

TEST(Pkce, Rfc7636AppendixBChallenge) {
    EXPECT_EQ(Pkce::challengeS256(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
              QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

TEST(Pkce, Rfc7636AppendixBVerifierFromItsOctets) {
    const unsigned char octets[] = {116, 24,  223, 180, 151, 153, 224, 37,  79,  250, 96,
                                    125, 216, 173, 187, 186, 22,  212, 37,  77,  105, 214,
                                    191, 240, 91,  88,  5,   88,  83,  132, 141, 121};
    FixedBytes random(QByteArray(reinterpret_cast<const char*>(octets), sizeof octets));
    EXPECT_EQ(Pkce::createVerifier(random), QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
}

TEST(Pkce, VerifierHas43UnreservedCharacters) {
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    for (int i = 0; i < 50; ++i) {
        const QString verifier = Pkce::createVerifier(SystemRandom::instance());
        EXPECT_EQ(verifier.size(), 43);
        EXPECT_TRUE(unreserved.match(verifier).hasMatch()) << verifier.toStdString();
    }
}

TEST(Pkce, ChallengeIsUnpaddedBase64Url) {
    const QString challenge = Pkce::challengeS256(Pkce::createVerifier(SystemRandom::instance()));
    EXPECT_EQ(challenge.size(), 43);
    EXPECT_FALSE(challenge.contains(QLatin1Char('=')));
    EXPECT_FALSE(challenge.contains(QLatin1Char('+')));
    EXPECT_FALSE(challenge.contains(QLatin1Char('/')));
}

TEST(Pkce, StateIsLongAndDiffersEachTime) {
    const QString a = Pkce::createState(SystemRandom::instance());
    const QString b = Pkce::createState(SystemRandom::instance());
    EXPECT_EQ(a.size(), 43);
    EXPECT_NE(a, b);
}

} // namespace
} // namespace cc::auth
