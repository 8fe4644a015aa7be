#include "app/health/HealthHistory.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

namespace cc::health {
namespace {

using R = UptimeMath::Resolution;

class HealthHistoryTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_history = std::make_unique<HealthHistory>(path(), QStringLiteral("history-test"));
        ASSERT_TRUE(m_history->open().ok());
    }
    QString path() const { return m_dir.filePath(QStringLiteral("profile/health.sqlite")); }
    static QDateTime t(int day, int hour, int minute, int second = 0) {
        return QDateTime(QDate(2026, 3, day), QTime(hour, minute, second), Qt::UTC);
    }
    void record(HealthState state, const QDateTime& at, qint64 latency = 10, const QString& error = {},
                const QString& service = QStringLiteral("rest")) {
        const auto written = m_history->record(service, state, latency, error, at);
        ASSERT_TRUE(written.ok()) << written.error().toString().toStdString() << " kind "
                                  << int(written.error().kind) << written.error().detail.toStdString();
    }
    QList<UptimeMath::Bucket> buckets(R resolution, const QString& service = QStringLiteral("rest")) {
        return m_history->buckets(service, resolution, 0, t(31, 0, 0).toSecsSinceEpoch()).value();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<HealthHistory> m_history;
};

TEST_F(HealthHistoryTest, FileIsOwnerOnly) {
    record(HealthState::Healthy, t(1, 12, 0));
    const auto permissions = QFile::permissions(path());
    EXPECT_TRUE(permissions & QFileDevice::ReadOwner);
    EXPECT_FALSE(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                QFileDevice::WriteOther));
}

TEST_F(HealthHistoryTest, EveryResultRollsIntoMinuteHourAndDayBuckets) {
    record(HealthState::Healthy, t(1, 12, 0, 10), 10);
    record(HealthState::Healthy, t(1, 12, 0, 50), 30);
    record(HealthState::Unhealthy, t(1, 12, 1, 0), -1, QStringLiteral("HTTP 503"));
    record(HealthState::Degraded, t(1, 12, 59, 59), 2500, QStringLiteral("slow"));
    record(HealthState::Healthy, t(1, 13, 0, 0), 20);

    const auto minutes = buckets(R::Minute);
    ASSERT_EQ(minutes.size(), 4);
    EXPECT_EQ(minutes[0].startSec, t(1, 12, 0).toSecsSinceEpoch());
    EXPECT_EQ(minutes[0].up, 2);
    EXPECT_EQ(minutes[0].latencyMin, 10);
    EXPECT_EQ(minutes[0].latencyMax, 30);
    EXPECT_EQ(minutes[0].latencyAvg(), 20);
    EXPECT_EQ(minutes[1].down, 1);
    EXPECT_EQ(minutes[1].latencyCount, 0);

    const auto hours = buckets(R::Hour);
    ASSERT_EQ(hours.size(), 2) << "12:59:59 and 13:00:00 are different hours";
    EXPECT_EQ(hours[0].up, 3) << "degraded counts as up";
    EXPECT_EQ(hours[0].down, 1);
    EXPECT_EQ(hours[0].latencyMax, 2500);
    EXPECT_EQ(hours[1].up, 1);

    const auto days = buckets(R::Day);
    ASSERT_EQ(days.size(), 1);
    EXPECT_EQ(days[0].up + days[0].down, 5);
}

TEST_F(HealthHistoryTest, UnknownResultsAreNotCounted) {
    record(HealthState::Unknown, t(1, 12, 0));
    EXPECT_TRUE(buckets(R::Minute).isEmpty());
    EXPECT_FALSE(m_history->uptime(QStringLiteral("rest"), 86'400, t(1, 12, 1)).value().has_value());
}

TEST_F(HealthHistoryTest, UptimeOverTheLastDayWeekAndMonth) {
    // 40 days ago: down (outside every window); 3 days ago: 1 up 1 down; today: 2 up.
    record(HealthState::Unhealthy, t(1, 12, 0), 10, QStringLiteral("x"));
    record(HealthState::Healthy, t(27, 12, 0));
    record(HealthState::Unhealthy, t(27, 12, 5), 10, QStringLiteral("x"));
    record(HealthState::Healthy, t(30, 11, 0));
    record(HealthState::Healthy, t(30, 11, 30));
    const QDateTime now = t(30, 12, 0);
    EXPECT_DOUBLE_EQ(*m_history->uptime(QStringLiteral("rest"), 86'400, now).value(), 100.0);
    EXPECT_DOUBLE_EQ(*m_history->uptime(QStringLiteral("rest"), 7 * 86'400, now).value(), 75.0);
    // 1 March is 29 days before the 30th: inside 30 days.
    EXPECT_DOUBLE_EQ(*m_history->uptime(QStringLiteral("rest"), 30 * 86'400, now).value(), 60.0);
}

TEST_F(HealthHistoryTest, OldBucketsArePrunedByResolution) {
    record(HealthState::Healthy, t(1, 12, 0));
    ASSERT_TRUE(m_history->prune(t(2, 12, 1).toSecsSinceEpoch()).ok());
    EXPECT_TRUE(buckets(R::Minute).isEmpty()) << "minute buckets are kept 24 h";
    EXPECT_EQ(buckets(R::Hour).size(), 1);
    EXPECT_EQ(buckets(R::Day).size(), 1);
    ASSERT_TRUE(m_history->prune(t(1, 12, 0).addDays(31).toSecsSinceEpoch()).ok());
    EXPECT_TRUE(buckets(R::Hour).isEmpty()) << "hour buckets are kept 30 days";
    EXPECT_EQ(buckets(R::Day).size(), 1);
}

TEST_F(HealthHistoryTest, AFailureOpensAnIncidentAndRecoveryClosesItWithItsDuration) {
    record(HealthState::Healthy, t(1, 12, 0));
    record(HealthState::Degraded, t(1, 12, 1), 10, QStringLiteral("slow"));
    record(HealthState::Unhealthy, t(1, 12, 2), 10, QStringLiteral("HTTP 503"));
    ASSERT_TRUE(m_history->openIncident(QStringLiteral("rest")).has_value());
    record(HealthState::Healthy, t(1, 12, 4, 30));
    EXPECT_FALSE(m_history->openIncident(QStringLiteral("rest")).has_value());

    const auto incidents = m_history->incidents().value();
    ASSERT_EQ(incidents.size(), 1);
    const Incident& incident = incidents.first();
    EXPECT_EQ(incident.startedUtc, t(1, 12, 1));
    EXPECT_EQ(incident.resolvedUtc, t(1, 12, 4, 30));
    EXPECT_EQ(incident.durationSec(t(5, 0, 0)), 210);
    EXPECT_EQ(incident.worst, HealthState::Unhealthy);
    EXPECT_EQ(incident.firstError, QStringLiteral("slow"));
    EXPECT_EQ(incident.lastError, QStringLiteral("HTTP 503"));
}

TEST_F(HealthHistoryTest, UnknownNeitherOpensNorClosesAnIncident) {
    record(HealthState::Unknown, t(1, 12, 0));
    EXPECT_TRUE(m_history->incidents().value().isEmpty());
    record(HealthState::Unhealthy, t(1, 12, 1), 10, QStringLiteral("down"));
    record(HealthState::Unknown, t(1, 12, 2));
    EXPECT_TRUE(m_history->openIncident(QStringLiteral("rest")).has_value());
}

TEST_F(HealthHistoryTest, AnOpenIncidentSurvivesARestart) {
    record(HealthState::Unhealthy, t(1, 12, 0), 10, QStringLiteral("down"));
    m_history.reset();
    m_history = std::make_unique<HealthHistory>(path(), QStringLiteral("history-test-2"));
    ASSERT_TRUE(m_history->open().ok());
    record(HealthState::Healthy, t(1, 12, 10));
    const auto incidents = m_history->incidents().value();
    ASSERT_EQ(incidents.size(), 1);
    EXPECT_EQ(incidents.first().durationSec(t(9, 0, 0)), 600);
}

TEST_F(HealthHistoryTest, StateChangesAreRecordedOncePerChange) {
    record(HealthState::Healthy, t(1, 12, 0));
    record(HealthState::Healthy, t(1, 12, 1));
    record(HealthState::Unhealthy, t(1, 12, 2), 10, QStringLiteral("down"));
    record(HealthState::Healthy, t(1, 12, 3));
    const auto changes = m_history->changes(QStringLiteral("rest"), t(1, 0, 0)).value();
    ASSERT_EQ(changes.size(), 3);
    EXPECT_EQ(changes[1].state, HealthState::Unhealthy);
    EXPECT_EQ(changes[1].reason, QStringLiteral("down"));
    // From 12:02:30 on: the change in force then (unhealthy at 12:02) comes first.
    const auto later = m_history->changes(QStringLiteral("rest"), t(1, 12, 2, 30)).value();
    ASSERT_EQ(later.size(), 2);
    EXPECT_EQ(later[0].atUtc, t(1, 12, 2));
}

TEST_F(HealthHistoryTest, SnapshotHoldsEachServicesHistoryAndTheIncidents) {
    record(HealthState::Healthy, t(1, 12, 0), 10, {}, QStringLiteral("rest"));
    record(HealthState::Unhealthy, t(1, 12, 0), 10, QStringLiteral("down"), QStringLiteral("auth"));
    const auto snapshot =
        m_history->snapshot({QStringLiteral("rest"), QStringLiteral("auth")}, t(1, 12, 1)).value();
    ASSERT_EQ(snapshot.services.size(), 2);
    EXPECT_DOUBLE_EQ(*snapshot.service(QStringLiteral("rest"))->uptime24h, 100.0);
    EXPECT_DOUBLE_EQ(*snapshot.service(QStringLiteral("auth"))->uptime30d, 0.0);
    EXPECT_EQ(snapshot.service(QStringLiteral("rest"))->minutes.size(), 1);
    ASSERT_EQ(snapshot.incidents.size(), 1);
    EXPECT_TRUE(snapshot.incidents.first().isOpen());
}

TEST(HealthHistoryPath, SitsInTheProfilesDataFolder) {
    const QString path = HealthHistory::defaultPath(QStringLiteral("staging"), QStringLiteral("/data"));
    EXPECT_EQ(path, QStringLiteral("/data/data/staging/health.sqlite"));
}

} // namespace
} // namespace cc::health
