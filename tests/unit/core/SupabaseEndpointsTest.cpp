#include "app/core/SupabaseEndpoints.h"
#include "app/core/Profile.h"

#include <gtest/gtest.h>

#include <QUrlQuery>

namespace cc {
namespace {

TEST(SupabaseEndpointsTest, ServicesLiveUnderTheProjectUrl) {
    const auto e = SupabaseEndpoints::forProject(QUrl(QStringLiteral("https://abcd.supabase.co/")));
    EXPECT_EQ(e.project.toString(), QStringLiteral("https://abcd.supabase.co/"));
    EXPECT_EQ(e.rest.toString(), QStringLiteral("https://abcd.supabase.co/rest/v1"));
    EXPECT_EQ(e.auth.toString(), QStringLiteral("https://abcd.supabase.co/auth/v1"));
    EXPECT_EQ(e.realtime.toString(), QStringLiteral("https://abcd.supabase.co/realtime/v1"));
    EXPECT_EQ(e.email.toString(), QStringLiteral("https://abcd.supabase.co/api/email"));
    EXPECT_EQ(e.health.toString(), QStringLiteral("https://abcd.supabase.co/health"));
}

TEST(SupabaseEndpointsTest, AProjectBehindAPathPrefixKeepsIt) {
    const auto e =
        SupabaseEndpoints::forProject(QUrl(QStringLiteral("http://127.0.0.1:9000/gateway//?debug#x")));
    EXPECT_EQ(e.rest.toString(), QStringLiteral("http://127.0.0.1:9000/gateway/rest/v1"));
    EXPECT_EQ(e.restTable(QStringLiteral("campaigns")).toString(),
              QStringLiteral("http://127.0.0.1:9000/gateway/rest/v1/campaigns"));
    EXPECT_EQ(e.rpc(QStringLiteral("execute_transaction")).toString(),
              QStringLiteral("http://127.0.0.1:9000/gateway/rest/v1/rpc/execute_transaction"));
    EXPECT_EQ(e.authPath(QStringLiteral("token")).toString(),
              QStringLiteral("http://127.0.0.1:9000/gateway/auth/v1/token"));
}

TEST(SupabaseEndpointsTest, TheProfilesOwnEmailUrlWins) {
    Profile profile;
    profile.projectUrl = QUrl(QStringLiteral("https://abcd.supabase.co"));
    profile.emailApiUrl = QUrl(QStringLiteral("https://mail.example.com/v2"));
    EXPECT_EQ(SupabaseEndpoints::forProfile(profile).email.toString(),
              QStringLiteral("https://mail.example.com/v2"));
    EXPECT_EQ(profile.effectiveEmailApiUrl(), SupabaseEndpoints::forProfile(profile).email);
}

TEST(SupabaseEndpointsTest, RealtimeSocketIsWssForHttpsProjects) {
    const auto e = SupabaseEndpoints::forProject(QUrl(QStringLiteral("https://abcd.supabase.co/")));
    const QUrl socket = e.realtimeSocket(QStringLiteral("KEY"), QStringLiteral("2.0.0"));
    EXPECT_EQ(socket.scheme(), QStringLiteral("wss"));
    EXPECT_EQ(socket.path(), QStringLiteral("/realtime/v1/websocket"));
    const QUrlQuery query(socket);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("apikey")), QStringLiteral("KEY"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("vsn")), QStringLiteral("2.0.0"));
}

TEST(SupabaseEndpointsTest, RealtimeSocketIsWsOnIpv6Loopback) {
    const auto e = SupabaseEndpoints::forProject(QUrl(QStringLiteral("http://[::1]:54321/#frag")));
    const QUrl socket = e.realtimeSocket(QStringLiteral("k"), QStringLiteral("1.0.0"));
    EXPECT_EQ(socket.toString(), QStringLiteral("ws://[::1]:54321/realtime/v1/websocket?apikey=k&vsn=1.0.0"));
}

TEST(SupabaseEndpointsTest, RealtimeSocketEncodesTheKey) {
    const auto e = SupabaseEndpoints::forProject(QUrl(QStringLiteral("https://abcd.supabase.co")));
    const QUrl socket = e.realtimeSocket(QStringLiteral("a&b=c"), QStringLiteral("2.0.0"));
    EXPECT_EQ(QUrlQuery(socket).queryItemValue(QStringLiteral("apikey"), QUrl::FullyDecoded),
              QStringLiteral("a&b=c"));
}

} // namespace
} // namespace cc
