// The shell's value types and helpers that need no network: requests, responses, JSON decoding, service
// matching and the headers of an attempt.
#include "app/net/ApiRequest.h"
#include "app/net/ApiResponse.h"
#include "app/net/ApiService.h"
#include "app/net/JsonBodyDecoder.h"
#include "app/net/ServiceConfig.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>

namespace cc::net {
namespace {

TEST(JsonBodyDecoder, DecodesObjectsArraysAndScalars) {
    EXPECT_EQ(JsonBodyDecoder::decode(R"({"a":1})").value.toObject().value(QStringLiteral("a")).toInt(), 1);
    EXPECT_EQ(JsonBodyDecoder::decode("[1,2,3]").value.toArray().size(), 3);
    EXPECT_EQ(JsonBodyDecoder::decode(" 3 ").value.toInt(), 3);
    EXPECT_EQ(JsonBodyDecoder::decode(R"("text")").value.toString(), QStringLiteral("text"));
    EXPECT_TRUE(JsonBodyDecoder::decode("null").ok);
    EXPECT_TRUE(JsonBodyDecoder::decode("null").value.isNull());
}

TEST(JsonBodyDecoder, MalformedBodiesFailWithAnOffsetAndNoContent) {
    for (const char* bad : {R"({"a":)", "[1,2", "1,2", "", "nope", "{} {}"}) {
        const auto d = JsonBodyDecoder::decode(bad);
        EXPECT_FALSE(d.ok) << bad;
        EXPECT_TRUE(d.value.isUndefined()) << bad;
        EXPECT_FALSE(d.errorDetail.isEmpty()) << bad;
    }
}

TEST(JsonBodyDecoder, JsonContentTypes) {
    EXPECT_TRUE(JsonBodyDecoder::isJsonContentType("application/json"));
    EXPECT_TRUE(JsonBodyDecoder::isJsonContentType("Application/JSON; charset=utf-8"));
    EXPECT_TRUE(JsonBodyDecoder::isJsonContentType("application/vnd.pgrst.object+json;nulls=stripped"));
    EXPECT_FALSE(JsonBodyDecoder::isJsonContentType("text/csv"));
    EXPECT_FALSE(JsonBodyDecoder::isJsonContentType(""));
}

TEST(JsonBodyDecoder, OnlyBodiesAbove256KiBGoOffThread) {
    EXPECT_FALSE(JsonBodyDecoder::shouldDecodeOffThread(256 * 1024));
    EXPECT_TRUE(JsonBodyDecoder::shouldDecodeOffThread(256 * 1024 + 1));
}

TEST(ApiRequest, FactoriesAndFluentSetters) {
    const QUrl url(QStringLiteral("https://x.supabase.co/rest/v1/t"));
    ApiRequest r = ApiRequest::patch(url, QJsonDocument(QJsonObject{{QStringLiteral("done"), true}}))
                       .setHeader("Prefer", "return=minimal")
                       .setHeader("prefer", "return=representation")
                       .setIdempotencyKey(QStringLiteral("k1"))
                       .setAttemptTimeout(100)
                       .setDeadline(200)
                       .setMaxAttempts(5);
    EXPECT_EQ(r.method, QByteArray("PATCH"));
    EXPECT_EQ(r.body, QByteArray(R"({"done":true})"));
    EXPECT_EQ(r.contentType, QByteArray("application/json"));
    EXPECT_EQ(r.headers.size(), 1);
    EXPECT_EQ(r.header("PREFER"), QByteArray("return=representation"));
    EXPECT_TRUE(r.hasIdempotencyKey());
    EXPECT_EQ(r.attemptTimeoutMs, 100);
    EXPECT_EQ(r.deadlineMs, 200);
    EXPECT_EQ(r.maxAttempts, 5);
    EXPECT_EQ(ApiRequest::del(url).method, QByteArray("DELETE"));
    EXPECT_EQ(ApiRequest::head(url).method, QByteArray("HEAD"));
}

TEST(ApiResponse, HeadersAndContentRange) {
    ApiResponse r;
    r.headers = {{"content-range", "0-24/3573"}};
    EXPECT_EQ(r.header("Content-Range"), QByteArray("0-24/3573"));
    EXPECT_EQ(r.contentRangeTotal(), 3573);
    r.headers = {{"Content-Range", "0-24/*"}};
    EXPECT_FALSE(r.contentRangeTotal().has_value());
    r.headers = {};
    EXPECT_FALSE(r.contentRangeTotal().has_value());
}

TEST(ServiceConfig, SupabaseServicesShareTheProjectUrl) {
    const auto services =
        ServiceConfig::supabase(QUrl(QStringLiteral("https://ref.supabase.co/")), QStringLiteral("anon"));
    ASSERT_EQ(services.size(), 4);
    EXPECT_EQ(services[0].name, QStringLiteral("rest"));
    EXPECT_EQ(services[0].baseUrl, QUrl(QStringLiteral("https://ref.supabase.co/rest/v1")));
    EXPECT_EQ(services[1].baseUrl, QUrl(QStringLiteral("https://ref.supabase.co/auth/v1")));
    EXPECT_EQ(services[3].baseUrl, QUrl(QStringLiteral("https://ref.supabase.co/api/email")));
    EXPECT_EQ(services[0].apiKey, QStringLiteral("anon"));
    EXPECT_EQ(services[0].attemptTimeoutMs, 15'000);
    EXPECT_EQ(services[0].deadlineMs, 45'000);
}

class ApiServiceTest : public ::testing::Test {
protected:
    ServiceConfig config() {
        ServiceConfig c;
        c.name = QStringLiteral("rest");
        c.baseUrl = QUrl(QStringLiteral("https://ref.supabase.co/rest/v1/"));
        c.apiKey = QStringLiteral("anon-key");
        c.headers = {{"X-Client-Info", "campaign-console"}};
        return c;
    }
    test::ManualClock clock;
};

TEST_F(ApiServiceTest, MatchesWholePathSegmentsOnTheSameOrigin) {
    ApiService service(config(), clock);
    EXPECT_EQ(service.matchLength(QUrl(QStringLiteral("https://ref.supabase.co/rest/v1/campaigns"))), 8);
    EXPECT_EQ(service.matchLength(QUrl(QStringLiteral("https://REF.supabase.co:443/rest/v1"))), 8);
    EXPECT_EQ(service.matchLength(QUrl(QStringLiteral("https://ref.supabase.co/rest/v10"))), -1);
    EXPECT_EQ(service.matchLength(QUrl(QStringLiteral("https://ref.supabase.co/auth/v1/token"))), -1);
    EXPECT_EQ(service.matchLength(QUrl(QStringLiteral("http://ref.supabase.co/rest/v1/x"))), -1);
    EXPECT_EQ(service.matchLength(QUrl(QStringLiteral("https://ref.supabase.co:8443/rest/v1/x"))), -1);
    EXPECT_EQ(service.matchLength(QUrl(QStringLiteral("https://evil.co/rest/v1/x"))), -1);
}

TEST_F(ApiServiceTest, AttemptHeadersCarryTheKeysAndTheCallsOwnHeadersWin) {
    ApiService service(config(), clock);
    ApiRequest request = ApiRequest::post(QUrl(QStringLiteral("https://ref.supabase.co/rest/v1/t")),
                                          QJsonDocument(QJsonObject{}))
                             .setHeader("Accept", "application/vnd.pgrst.object+json")
                             .setIdempotencyKey(QStringLiteral("op-1"));
    const QNetworkRequest r = service.buildRequest(request, QStringLiteral("tok"));
    EXPECT_EQ(r.rawHeader("apikey"), QByteArray("anon-key"));
    EXPECT_EQ(r.rawHeader("Authorization"), QByteArray("Bearer tok"));
    EXPECT_EQ(r.rawHeader("Accept"), QByteArray("application/vnd.pgrst.object+json"));
    EXPECT_EQ(r.rawHeader("Content-Type"), QByteArray("application/json"));
    EXPECT_EQ(r.rawHeader("Idempotency-Key"), QByteArray("op-1"));
    EXPECT_EQ(r.rawHeader("X-Client-Info"), QByteArray("campaign-console"));
    EXPECT_EQ(r.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
              static_cast<int>(QNetworkRequest::ManualRedirectPolicy))
        << "ApiCall follows redirects itself";
}

TEST_F(ApiServiceTest, ARequestWithoutCredentialsCarriesNeitherKey) {
    ApiService service(config(), clock);
    const QNetworkRequest r = service.buildRequest(
        ApiRequest::get(QUrl(QStringLiteral("https://elsewhere.example/x"))), QStringLiteral("tok"), false);
    EXPECT_FALSE(r.hasRawHeader("apikey"));
    EXPECT_FALSE(r.hasRawHeader("Authorization"));
    EXPECT_EQ(r.rawHeader("X-Client-Info"), QByteArray("campaign-console"));
}

TEST_F(ApiServiceTest, NoBearerWhenSignedOutOrDisabled) {
    ApiService service(config(), clock);
    const ApiRequest request = ApiRequest::get(QUrl(QStringLiteral("https://ref.supabase.co/rest/v1/t")));
    EXPECT_FALSE(service.buildRequest(request, QString()).hasRawHeader("Authorization"));
    ServiceConfig noBearer = config();
    noBearer.sendBearerToken = false;
    ApiService email(noBearer, clock);
    EXPECT_FALSE(email.buildRequest(request, QStringLiteral("tok")).hasRawHeader("Authorization"));
    EXPECT_FALSE(email.buildRequest(request, QStringLiteral("tok")).hasRawHeader("Content-Type"));
}

TEST_F(ApiServiceTest, SnapshotCombinesMetricsBreakerLimiterAndBudget) {
    ApiService service(config(), clock);
    auto admission = service.breaker().tryAcquire(clock.monotonicMs());
    service.breaker().recordFailure(admission.permit, clock.monotonicMs());
    service.budget().recordFailure();
    service.throttle(clock.monotonicMs() + 1'000);
    const ServiceMetricsSnapshot s = service.snapshot();
    EXPECT_EQ(s.service, QStringLiteral("rest"));
    EXPECT_EQ(s.breakerState, CircuitBreaker::State::Closed);
    EXPECT_TRUE(s.throttled);
    EXPECT_DOUBLE_EQ(s.availableTokens, 0.0);
    EXPECT_DOUBLE_EQ(s.retryBudgetTokens, 9.0);
}

} // namespace
} // namespace cc::net
