#include "app/sandbox/FaultInjector.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

namespace cc::sandbox {
namespace {

QJsonObject rules(const char* service, QJsonObject rule, qint64 seed = 9) {
    return {{QStringLiteral("seed"), seed}, {QLatin1String(service), rule}};
}

TEST(FaultInjector, NoRuleMeansNoFault) {
    FaultInjector faults;
    const auto decision = faults.decide(QStringLiteral("rest"));
    EXPECT_FALSE(decision.drop);
    EXPECT_EQ(decision.status, 0);
    EXPECT_EQ(decision.delayMs, 0);
}

TEST(FaultInjector, StatusAloneFailsEveryRequestWithRetryAfter) {
    FaultInjector faults;
    ASSERT_FALSE(faults.configure(
        rules("auth", {{QStringLiteral("status"), 503}, {QStringLiteral("retry_after"), 4}})));
    for (int i = 0; i < 20; ++i) {
        const auto decision = faults.decide(QStringLiteral("auth"));
        EXPECT_EQ(decision.status, 503);
        EXPECT_EQ(decision.retryAfterSeconds, 4);
    }
    EXPECT_EQ(faults.decide(QStringLiteral("rest")).status, 0);
}

TEST(FaultInjector, ErrorRateIsReproducibleWithTheSameSeed) {
    FaultInjector a;
    FaultInjector b;
    const QJsonObject config =
        rules("rest", {{QStringLiteral("error_rate"), 0.5}, {QStringLiteral("status"), 500}});
    ASSERT_FALSE(a.configure(config));
    ASSERT_FALSE(b.configure(config));
    int failures = 0;
    for (int i = 0; i < 200; ++i) {
        const int status = a.decide(QStringLiteral("rest")).status;
        EXPECT_EQ(status, b.decide(QStringLiteral("rest")).status);
        failures += status != 0 ? 1 : 0;
    }
    EXPECT_GT(failures, 60);
    EXPECT_LT(failures, 140);
}

TEST(FaultInjector, LatencyAndDropsAreReported) {
    FaultInjector faults;
    ASSERT_FALSE(faults.configure(
        rules("email", {{QStringLiteral("latency_ms"), 250}, {QStringLiteral("drop_rate"), 1.0}})));
    const auto decision = faults.decide(QStringLiteral("email"));
    EXPECT_TRUE(decision.drop);
    EXPECT_EQ(decision.delayMs, 250);
}

TEST(FaultInjector, InvalidConfigurationChangesNothing) {
    FaultInjector faults;
    ASSERT_FALSE(faults.configure(rules("rest", {{QStringLiteral("status"), 502}})));
    EXPECT_TRUE(faults.configure(rules("rest", {{QStringLiteral("error_rate"), 2.0}})));
    EXPECT_TRUE(faults.configure(rules("nosuch", {{QStringLiteral("status"), 500}})));
    EXPECT_TRUE(faults.configure(rules("rest", {{QStringLiteral("status"), 200}})));
    EXPECT_TRUE(faults.configure(rules("rest", {{QStringLiteral("typo"), 1}})));
    EXPECT_EQ(faults.decide(QStringLiteral("rest")).status, 502);
}

TEST(FaultInjector, ClearRemovesEveryRule) {
    FaultInjector faults;
    ASSERT_FALSE(faults.configure(rules("health", {{QStringLiteral("status"), 500}})));
    faults.clear();
    EXPECT_EQ(faults.decide(QStringLiteral("health")).status, 0);
    EXPECT_FALSE(faults.rule(QStringLiteral("health")).has_value());
}

} // namespace
} // namespace cc::sandbox
