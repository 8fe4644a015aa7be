#include "app/health/HealthMonitor.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"
#include "tests/unit/health/FakeCheck.h"
#include "tests/unit/health/ManualScheduler.h"

#include <gtest/gtest.h>

namespace cc::health {
namespace {

using test::FakeCheck;

class HealthMonitorTest : public ::testing::Test {
protected:
    HealthMonitor::Options options() const {
        HealthMonitor::Options o;
        o.intervalMs = 30'000;
        o.graceMs = 0;
        return o;
    }
    FakeCheck* add(const QString& name, qint64 timeoutMs = 1'000, const QString& metrics = {}) {
        return static_cast<FakeCheck*>(
            m_monitor.addCheck(std::make_unique<FakeCheck>(name, timeoutMs, metrics)));
    }
    HealthState stateOf(const QString& name) const { return m_monitor.service(name)->state; }

    cc::test::ManualClock m_clock;
    test::ManualScheduler m_scheduler{m_clock};
    HealthMonitor m_monitor{m_clock, m_scheduler, options()};
};

TEST_F(HealthMonitorTest, BeforeTheFirstRoundEveryServiceIsChecking) {
    add(QStringLiteral("rest"));
    EXPECT_EQ(stateOf(QStringLiteral("rest")), HealthState::Unknown);
    EXPECT_EQ(m_monitor.service(QStringLiteral("rest"))->summary, QStringLiteral("Checking…"));
}

TEST_F(HealthMonitorTest, StartRunsEveryCheckAtOnceThenOnTheInterval) {
    FakeCheck* rest = add(QStringLiteral("rest"));
    FakeCheck* auth = add(QStringLiteral("auth"));
    cc::test::SignalCounter rounds(&m_monitor, &HealthMonitor::roundFinished);
    m_monitor.start();
    EXPECT_EQ(rest->runs, 1);
    EXPECT_EQ(auth->runs, 1);
    EXPECT_EQ(rounds.count(), 1);
    EXPECT_EQ(stateOf(QStringLiteral("rest")), HealthState::Healthy);
    m_scheduler.advance(29'999);
    EXPECT_EQ(rest->runs, 1);
    m_scheduler.advance(1);
    EXPECT_EQ(rest->runs, 2);
    m_scheduler.advance(30'000);
    EXPECT_EQ(rest->runs, 3);
    EXPECT_EQ(rounds.count(), 3);
}

TEST_F(HealthMonitorTest, CheckNowRunsOutsideTheSchedule) {
    FakeCheck* rest = add(QStringLiteral("rest"));
    m_monitor.checkNow();
    m_monitor.checkNow();
    EXPECT_EQ(rest->runs, 2);
}

TEST_F(HealthMonitorTest, ChecksRunInParallel) {
    FakeCheck* slow = add(QStringLiteral("slow"), 5'000);
    FakeCheck* fast = add(QStringLiteral("fast"));
    slow->mode = FakeCheck::Mode::Hold;
    m_monitor.checkNow();
    EXPECT_EQ(fast->runs, 1) << "a slow check does not hold up the others";
    EXPECT_EQ(stateOf(QStringLiteral("fast")), HealthState::Healthy);
    EXPECT_TRUE(m_monitor.isChecking());
    slow->answer(CheckResult::healthy(QStringLiteral("late but fine"), 4000));
    EXPECT_FALSE(m_monitor.isChecking());
    EXPECT_EQ(stateOf(QStringLiteral("slow")), HealthState::Healthy);
}

TEST_F(HealthMonitorTest, AHangingCheckTimesOutAsUnhealthyAndIsCancelled) {
    FakeCheck* hang = add(QStringLiteral("hang"), 2'000);
    hang->mode = FakeCheck::Mode::Hold;
    cc::test::SignalCounter rounds(&m_monitor, &HealthMonitor::roundFinished);
    m_monitor.checkNow();
    m_scheduler.advance(1'999);
    EXPECT_EQ(stateOf(QStringLiteral("hang")), HealthState::Unknown);
    m_scheduler.advance(1);
    const ServiceHealth health = *m_monitor.service(QStringLiteral("hang"));
    EXPECT_EQ(health.state, HealthState::Unhealthy);
    EXPECT_TRUE(health.reason.contains(QStringLiteral("did not answer within 2 s")))
        << health.reason.toStdString();
    EXPECT_EQ(hang->cancels, 1);
    EXPECT_EQ(rounds.count(), 1);
}

TEST_F(HealthMonitorTest, AnAnswerAfterTheTimeoutIsIgnored) {
    FakeCheck* hang = add(QStringLiteral("hang"), 2'000);
    hang->mode = FakeCheck::Mode::Hold;
    m_monitor.checkNow();
    m_scheduler.advance(2'000);
    hang->answer(CheckResult::healthy(QStringLiteral("too late")));
    EXPECT_EQ(stateOf(QStringLiteral("hang")), HealthState::Unhealthy);
}

TEST_F(HealthMonitorTest, AHungCheckIsNotStartedTwice) {
    FakeCheck* hang = add(QStringLiteral("hang"), 60'000);
    hang->mode = FakeCheck::Mode::Hold;
    m_monitor.start();
    m_scheduler.advance(30'000);
    EXPECT_EQ(hang->runs, 1) << "still running from the first round";
    m_scheduler.advance(30'000); // timed out at 60 s, then the round at 60 s starts it again
    EXPECT_EQ(hang->runs, 2);
}

TEST_F(HealthMonitorTest, AThrowingCheckIsUnhealthyWithTheReasonAndTheOthersGoOn) {
    FakeCheck* bad = add(QStringLiteral("bad"));
    FakeCheck* good = add(QStringLiteral("good"));
    bad->mode = FakeCheck::Mode::Throw;
    m_monitor.checkNow();
    const ServiceHealth health = *m_monitor.service(QStringLiteral("bad"));
    EXPECT_EQ(health.state, HealthState::Unhealthy);
    EXPECT_TRUE(health.reason.contains(QStringLiteral("boom"))) << health.reason.toStdString();
    EXPECT_EQ(good->runs, 1);
    EXPECT_EQ(stateOf(QStringLiteral("good")), HealthState::Healthy);
    EXPECT_FALSE(m_monitor.isChecking());
    EXPECT_EQ(m_scheduler.pending(), 0) << "the timeout of the failed run is cancelled";
}

TEST_F(HealthMonitorTest, GarbageResultsAreUnhealthy) {
    FakeCheck* check = add(QStringLiteral("garbage"));
    check->next.state = static_cast<HealthState>(42);
    m_monitor.checkNow();
    ServiceHealth health = *m_monitor.service(QStringLiteral("garbage"));
    EXPECT_EQ(health.state, HealthState::Unhealthy);
    EXPECT_TRUE(health.reason.contains(QStringLiteral("invalid result"))) << health.reason.toStdString();

    check->next = CheckResult::healthy(QStringLiteral("fine"), -5);
    m_monitor.checkNow();
    EXPECT_EQ(stateOf(QStringLiteral("garbage")), HealthState::Unhealthy);

    check->next = CheckResult();
    check->next.state = HealthState::Unhealthy; // failing without any reason
    m_monitor.checkNow();
    health = *m_monitor.service(QStringLiteral("garbage"));
    EXPECT_EQ(health.state, HealthState::Unhealthy);
    EXPECT_TRUE(health.reason.contains(QStringLiteral("without a reason"))) << health.reason.toStdString();
}

TEST_F(HealthMonitorTest, ASecondAnswerOfOneRunIsIgnored) {
    FakeCheck* check = add(QStringLiteral("twice"));
    check->mode = FakeCheck::Mode::Hold;
    cc::test::SignalCounter checked(&m_monitor, &HealthMonitor::checked);
    m_monitor.checkNow();
    check->answer(CheckResult::healthy(QStringLiteral("one")));
    check->answer(CheckResult::unhealthy(QStringLiteral("two"), QStringLiteral("two")));
    EXPECT_EQ(checked.count(), 1);
    EXPECT_EQ(stateOf(QStringLiteral("twice")), HealthState::Healthy);
}

TEST_F(HealthMonitorTest, ResultsAreStampedWithTheClock) {
    add(QStringLiteral("rest"));
    m_clock.advance(5'000);
    m_monitor.checkNow();
    EXPECT_EQ(m_monitor.service(QStringLiteral("rest"))->lastCheckUtc, m_clock.nowUtc());
}

TEST_F(HealthMonitorTest, StateChangesAreSignalledOnce) {
    FakeCheck* check = add(QStringLiteral("rest"));
    QList<QPair<HealthState, HealthState>> changes;
    QObject::connect(&m_monitor, &HealthMonitor::stateChanged, &m_monitor,
                     [&](const ServiceHealth& health, HealthState from) {
                         changes.append({from, health.state});
                     });
    m_monitor.checkNow();
    m_monitor.checkNow();
    check->next = CheckResult::unhealthy(QStringLiteral("HTTP 503"), QStringLiteral("down"));
    m_monitor.checkNow();
    m_monitor.checkNow();
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[0], qMakePair(HealthState::Unknown, HealthState::Healthy));
    EXPECT_EQ(changes[1], qMakePair(HealthState::Healthy, HealthState::Unhealthy));
}

TEST_F(HealthMonitorTest, GraceShowsAFailingStartAsStartingUpUntilItEnds) {
    HealthMonitor::Options o = options();
    o.graceMs = 10'000;
    HealthMonitor monitor(m_clock, m_scheduler, o);
    auto* check =
        static_cast<FakeCheck*>(monitor.addCheck(std::make_unique<FakeCheck>(QStringLiteral("rest"))));
    check->next = CheckResult::unhealthy(QStringLiteral("HTTP 503"), QStringLiteral("coming up"));
    monitor.start();
    EXPECT_EQ(monitor.service(QStringLiteral("rest"))->state, HealthState::Unknown);
    EXPECT_EQ(monitor.service(QStringLiteral("rest"))->summary, QStringLiteral("Starting up…"));
    m_clock.advance(10'000);
    monitor.checkNow();
    EXPECT_EQ(monitor.service(QStringLiteral("rest"))->state, HealthState::Unhealthy);
}

TEST_F(HealthMonitorTest, ClientMetricsMakeAHealthyCheckUnhealthy) {
    add(QStringLiteral("rest"), 1'000, QStringLiteral("rest"));
    net::ServiceMetricsSnapshot snapshot;
    snapshot.service = QStringLiteral("rest");
    snapshot.successes = 2;
    snapshot.failures = 8;
    m_monitor.setMetricsSource([&](const QString& service) -> std::optional<net::ServiceMetricsSnapshot> {
        if (service == QStringLiteral("rest")) {
            return snapshot;
        }
        return std::nullopt;
    });
    m_monitor.checkNow();
    const ServiceHealth health = *m_monitor.service(QStringLiteral("rest"));
    EXPECT_EQ(health.state, HealthState::Unhealthy) << "green while 80% of real calls fail would be a lie";
    EXPECT_TRUE(health.reason.contains(QStringLiteral("80%"))) << health.reason.toStdString();
}

TEST_F(HealthMonitorTest, OldClientFailuresAgeOutOfTheWindow) {
    add(QStringLiteral("rest"), 1'000, QStringLiteral("rest"));
    net::ServiceMetricsSnapshot snapshot;
    snapshot.failures = 10;
    m_monitor.setMetricsSource([&](const QString&) { return std::optional(snapshot); });
    m_monitor.checkNow();
    EXPECT_EQ(stateOf(QStringLiteral("rest")), HealthState::Unhealthy);
    m_clock.advance(6 * 60'000);
    snapshot.successes = 20; // the service recovered: only successes since
    m_monitor.checkNow();
    m_clock.advance(6 * 60'000);
    m_monitor.checkNow();
    EXPECT_EQ(stateOf(QStringLiteral("rest")), HealthState::Healthy);
}

TEST_F(HealthMonitorTest, ClearChecksDuringARoundIsSafe) {
    FakeCheck* hang = add(QStringLiteral("hang"));
    hang->mode = FakeCheck::Mode::Hold;
    m_monitor.checkNow();
    auto done = hang->held;
    m_monitor.clearChecks();
    done(CheckResult::healthy(QStringLiteral("after the check is gone")));
    m_scheduler.advance(5'000);
    EXPECT_TRUE(m_monitor.services().isEmpty());
    EXPECT_FALSE(m_monitor.isChecking());
}

TEST_F(HealthMonitorTest, StopEndsTheSchedule) {
    FakeCheck* rest = add(QStringLiteral("rest"));
    m_monitor.start();
    m_monitor.stop();
    m_scheduler.advance(120'000);
    EXPECT_EQ(rest->runs, 1);
}

} // namespace
} // namespace cc::health
