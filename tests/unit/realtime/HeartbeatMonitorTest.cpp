#include "app/realtime/HeartbeatMonitor.h"

#include <gtest/gtest.h>

namespace cc::realtime {
namespace {

using Action = HeartbeatMonitor::Action;
constexpr qint64 kStart = 1'000'000;

TEST(HeartbeatMonitor, NothingIsDueBeforeTwentyFiveSeconds) {
    HeartbeatMonitor monitor;
    monitor.reset(kStart);
    EXPECT_EQ(monitor.tick(kStart), Action::None);
    EXPECT_EQ(monitor.tick(kStart + 24'999), Action::None);
    EXPECT_EQ(monitor.nextDueMs(), kStart + 25'000);
}

TEST(HeartbeatMonitor, SendsAHeartbeatWhenDue) {
    HeartbeatMonitor monitor;
    monitor.reset(kStart);
    EXPECT_EQ(monitor.tick(kStart + 25'000), Action::SendHeartbeat);
}

TEST(HeartbeatMonitor, AnAnsweredHeartbeatKeepsTheRhythm) {
    HeartbeatMonitor monitor;
    monitor.reset(kStart);
    ASSERT_EQ(monitor.tick(kStart + 25'000), Action::SendHeartbeat);
    monitor.sent(QStringLiteral("7"), kStart + 25'000);
    EXPECT_TRUE(monitor.acknowledge(QStringLiteral("7"), kStart + 25'040));
    EXPECT_EQ(monitor.lastRoundTripMs(), 40);
    EXPECT_FALSE(monitor.isPending());
    EXPECT_EQ(monitor.tick(kStart + 49'999), Action::None);
    EXPECT_EQ(monitor.tick(kStart + 50'000), Action::SendHeartbeat);
}

TEST(HeartbeatMonitor, AnUnansweredHeartbeatTimesOutAtTheNextTick) {
    HeartbeatMonitor monitor;
    monitor.reset(kStart);
    ASSERT_EQ(monitor.tick(kStart + 25'000), Action::SendHeartbeat);
    monitor.sent(QStringLiteral("7"), kStart + 25'000);
    EXPECT_EQ(monitor.tick(kStart + 49'999), Action::None);
    EXPECT_EQ(monitor.tick(kStart + 50'000), Action::TimedOut);
}

TEST(HeartbeatMonitor, AReplyWithAnotherRefDoesNotCount) {
    HeartbeatMonitor monitor;
    monitor.reset(kStart);
    monitor.tick(kStart + 25'000);
    monitor.sent(QStringLiteral("7"), kStart + 25'000);
    EXPECT_FALSE(monitor.acknowledge(QStringLiteral("6"), kStart + 25'010));
    EXPECT_TRUE(monitor.isPending());
    EXPECT_EQ(monitor.tick(kStart + 50'000), Action::TimedOut);
}

TEST(HeartbeatMonitor, ANewSocketForgetsThePendingHeartbeatOfTheOldOne) {
    HeartbeatMonitor monitor;
    monitor.reset(kStart);
    monitor.tick(kStart + 25'000);
    monitor.sent(QStringLiteral("7"), kStart + 25'000);
    monitor.reset(kStart + 30'000); // reconnected
    EXPECT_FALSE(monitor.isPending());
    EXPECT_FALSE(monitor.acknowledge(QStringLiteral("7"), kStart + 30'010));
    EXPECT_EQ(monitor.tick(kStart + 50'000), Action::None);
    EXPECT_EQ(monitor.tick(kStart + 55'000), Action::SendHeartbeat);
}

TEST(HeartbeatMonitor, AStalledProcessGetsAGracePeriodBeforeATimeout) {
    HeartbeatMonitor monitor;
    monitor.reset(kStart);
    monitor.tick(kStart + 25'000);
    monitor.sent(QStringLiteral("7"), kStart + 25'000);
    // The next tick comes two minutes late: the reply may be unread in the socket.
    const qint64 late = kStart + 145'000;
    EXPECT_EQ(monitor.tick(late), Action::None);
    EXPECT_EQ(monitor.nextDueMs(), late + HeartbeatMonitor::kStallGraceMs);
    EXPECT_TRUE(monitor.acknowledge(QStringLiteral("7"), late + 5));
    EXPECT_EQ(monitor.tick(late + 10), Action::SendHeartbeat);
}

TEST(HeartbeatMonitor, TheGracePeriodIsGivenOnlyOnce) {
    HeartbeatMonitor monitor;
    monitor.reset(kStart);
    monitor.tick(kStart + 25'000);
    monitor.sent(QStringLiteral("7"), kStart + 25'000);
    const qint64 late = kStart + 145'000;
    ASSERT_EQ(monitor.tick(late), Action::None);
    EXPECT_EQ(monitor.tick(late + HeartbeatMonitor::kStallGraceMs), Action::TimedOut);
}

TEST(HeartbeatMonitor, AStoppedMonitorNeverAsksForAnything) {
    HeartbeatMonitor monitor;
    monitor.reset(kStart);
    monitor.stop();
    EXPECT_FALSE(monitor.isRunning());
    EXPECT_EQ(monitor.tick(kStart + 1'000'000), Action::None);
}

TEST(HeartbeatMonitor, TheIntervalIsConfigurable) {
    HeartbeatMonitor monitor(100);
    monitor.reset(0);
    EXPECT_EQ(monitor.tick(99), Action::None);
    EXPECT_EQ(monitor.tick(100), Action::SendHeartbeat);
}

} // namespace
} // namespace cc::realtime
