#include "app/net/RedirectPolicy.h"

#include <gtest/gtest.h>

namespace cc::net {
namespace {

using Verdict = RedirectPolicy::Verdict;

const QUrl kHttps(QStringLiteral("https://abcd.supabase.co/rest/v1/campaigns"));
const QUrl kHttpsElsewhere(QStringLiteral("https://cdn.example.com/campaigns"));

TEST(RedirectPolicy, FollowsAnHttpsRedirectKeepingTheMethodFor307And308) {
    for (int status : {307, 308}) {
        const auto d = RedirectPolicy::decide("POST", status, kHttps, kHttpsElsewhere, 0);
        EXPECT_EQ(d.verdict, Verdict::Follow) << status;
        EXPECT_FALSE(d.becomesGet) << status;
    }
}

TEST(RedirectPolicy, A303AlwaysContinuesAsGet) {
    for (const char* method : {"GET", "POST", "PATCH", "DELETE"}) {
        EXPECT_TRUE(RedirectPolicy::decide(method, 303, kHttps, kHttpsElsewhere, 0).becomesGet) << method;
    }
}

TEST(RedirectPolicy, A301Or302TurnsOnlyAPostIntoAGet) {
    for (int status : {301, 302}) {
        EXPECT_TRUE(RedirectPolicy::decide("POST", status, kHttps, kHttpsElsewhere, 0).becomesGet) << status;
        EXPECT_TRUE(RedirectPolicy::decide("post", status, kHttps, kHttpsElsewhere, 0).becomesGet) << status;
        EXPECT_FALSE(RedirectPolicy::decide("PATCH", status, kHttps, kHttpsElsewhere, 0).becomesGet)
            << status;
        EXPECT_FALSE(RedirectPolicy::decide("GET", status, kHttps, kHttpsElsewhere, 0).becomesGet) << status;
    }
}

TEST(RedirectPolicy, AHeadStaysAHead) {
    EXPECT_FALSE(RedirectPolicy::decide("HEAD", 303, kHttps, kHttpsElsewhere, 0).becomesGet);
}

TEST(RedirectPolicy, NeverFromHttpsToPlainHttp) {
    const auto d =
        RedirectPolicy::decide("GET", 302, kHttps, QUrl(QStringLiteral("http://127.0.0.1:8080/x")), 0);
    EXPECT_EQ(d.verdict, Verdict::RefuseInsecure) << "not even to loopback";
}

TEST(RedirectPolicy, NeverToPlainHttpBeyondLoopback) {
    const QUrl loopback(QStringLiteral("http://127.0.0.1:54321/rest/v1"));
    EXPECT_EQ(
        RedirectPolicy::decide("GET", 302, loopback, QUrl(QStringLiteral("http://example.com/x")), 0).verdict,
        Verdict::RefuseInsecure);
    EXPECT_EQ(
        RedirectPolicy::decide("GET", 302, loopback, QUrl(QStringLiteral("http://localhost:1/x")), 0).verdict,
        Verdict::Follow);
}

TEST(RedirectPolicy, StopsAfterFiveRedirects) {
    EXPECT_EQ(RedirectPolicy::decide("GET", 302, kHttps, kHttpsElsewhere, 4).verdict, Verdict::Follow);
    EXPECT_EQ(RedirectPolicy::decide("GET", 302, kHttps, kHttpsElsewhere, 5).verdict, Verdict::RefuseTooMany);
}

TEST(RedirectPolicy, AnInsecureTargetIsReportedAsSuchEvenAtTheLimit) {
    EXPECT_EQ(
        RedirectPolicy::decide("GET", 302, kHttps, QUrl(QStringLiteral("http://example.com")), 9).verdict,
        Verdict::RefuseInsecure);
}

} // namespace
} // namespace cc::net
