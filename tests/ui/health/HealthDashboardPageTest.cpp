// The health dashboard offscreen: banner, tiles (state as text and icon, breaker, uptime, last error), the
// history (timeline, incidents, chart ranges), "Check now", keyboard order and the notification setting.
#include "ui/health/HealthDashboardPage.h"
#include "app/health/HealthAggregator.h"
#include "app/health/RealtimeHealthCheck.h"
#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"
#include "tests/ui/health/DashboardDemo.h"
#include "ui/health/HealthNotifier.h"
#include "ui/health/IncidentTableModel.h"
#include "ui/health/LatencyChart.h"
#include "ui/health/ServiceTile.h"
#include "ui/health/StateTimelineStrip.h"
#include "ui/shell/UiSettings.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <algorithm>

namespace cc::ui {
namespace {

using health::HealthState;

class HealthDashboardPageTest : public cc::test::IsolatedTest {
protected:
    void open(bool withHistory = true) {
        if (withHistory) {
            m_demo.writeHistory(true);
        }
        m_notifier = std::make_unique<HealthNotifier>(*m_demo.monitor);
        m_page = std::make_unique<HealthDashboardPage>(*m_demo.monitor, m_demo.history.get(), m_demo.clock,
                                                       m_notifier.get());
        m_page->resize(1200, 900);
        m_page->show();
        if (withHistory) {
            ASSERT_TRUE(cc::test::waitUntil([&] { return m_page->historyLoaded(); }, 10'000));
        }
    }
    void TearDown() override {
        m_page.reset();
        m_notifier.reset();
        IsolatedTest::TearDown();
    }

    test::DashboardDemo m_demo;
    std::unique_ptr<HealthNotifier> m_notifier;
    std::unique_ptr<HealthDashboardPage> m_page;
};

TEST_F(HealthDashboardPageTest, BeforeAnyCheckTheBannerSaysChecking) {
    open(false);
    EXPECT_EQ(m_page->bannerText(), QStringLiteral("Checking 6 services…"));
    EXPECT_EQ(m_page->tile(QStringLiteral("rest"))->stateText(), QStringLiteral("Checking"));
}

TEST_F(HealthDashboardPageTest, AfterOneCheckTheChartAndTimelinesShowIt) {
    m_demo.history =
        std::make_unique<health::HealthHistoryService>(m_demo.dir.filePath(QStringLiteral("health.sqlite")));
    m_demo.history->attach(*m_demo.monitor);
    open(false);
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_page->historyLoaded(); }, 10'000)); // the empty file
    m_demo.allHealthy();
    m_demo.clock.advance(20'000); // the history is read a moment after the check
    ASSERT_TRUE(cc::test::waitForSignal(m_page.get(), &HealthDashboardPage::historyApplied, 10'000));

    LatencyChart* chart = m_page->latencyChart();
    EXPECT_EQ(chart->range(), LatencyChart::Range::Day);
    EXPECT_EQ(chart->pointCount(), 6) << "one point per service: the five minutes still running";
    const QList<HealthState> cells = m_page->timeline(QStringLiteral("rest"))->cells();
    ASSERT_EQ(cells.size(), StateTimelineStrip::kCells);
    EXPECT_EQ(cells.last(), HealthState::Healthy) << "the slot still running shows the first check";
    EXPECT_EQ(cells.first(), HealthState::Unknown);
    EXPECT_TRUE(m_page->noIncidentsLabel()->isVisible());
    EXPECT_EQ(m_page->noIncidentsLabel()->text(), QStringLiteral("No incidents in this period"));
    EXPECT_FALSE(m_page->incidentView()->isVisible());
}

TEST_F(HealthDashboardPageTest, WithoutAProfileThePageSaysWhatToDo) {
    open(false);
    m_demo.monitor->clearChecks();
    EXPECT_EQ(m_page->bannerText(), QStringLiteral("No profile in use"));
    const QList<QLabel*> labels = m_page->findChildren<QLabel*>();
    const bool explains = std::any_of(labels.begin(), labels.end(), [](QLabel* label) {
        return label->isVisible() && label->text().contains(QStringLiteral("Add a profile in Settings"));
    });
    EXPECT_TRUE(explains);
    EXPECT_FALSE(m_page->historyShown()) << "no empty chart, timelines or incident table";
}

TEST_F(HealthDashboardPageTest, AllHealthyReadsAllSystemsOperational) {
    open();
    m_demo.allHealthy();
    EXPECT_EQ(m_page->bannerText(), QStringLiteral("All systems operational"));
    ServiceTile* rest = m_page->tile(QStringLiteral("rest"));
    EXPECT_EQ(rest->stateText(), QStringLiteral("Healthy"));
    EXPECT_EQ(rest->breakerText(), QStringLiteral("Breaker: Closed"));
    EXPECT_TRUE(rest->uptimeText().startsWith(QStringLiteral("Uptime: 24 h 100.0%")))
        << rest->uptimeText().toStdString();
    EXPECT_TRUE(rest->accessibleDescription().contains(QStringLiteral("p95 144 ms")))
        << rest->accessibleDescription().toStdString();
}

TEST_F(HealthDashboardPageTest, AFailingServiceShowsItsStateBreakerAndError) {
    open();
    m_demo.emailFailing();
    EXPECT_EQ(m_page->bannerText(), QStringLiteral("1 service down, 1 degraded"));
    ServiceTile* email = m_page->tile(QStringLiteral("email"));
    EXPECT_EQ(email->state(), HealthState::Unhealthy);
    EXPECT_EQ(email->stateText(), QStringLiteral("Down"));
    EXPECT_TRUE(email->breakerText().startsWith(QStringLiteral("Breaker: Open until")))
        << email->breakerText().toStdString();
    EXPECT_TRUE(email->lastErrorText().contains(QStringLiteral("try it again")))
        << email->lastErrorText().toStdString();
    EXPECT_EQ(m_page->tile(QStringLiteral("backend"))->stateText(), QStringLiteral("Degraded"));
}

TEST_F(HealthDashboardPageTest, HistoryFillsTimelinesIncidentsAndChart) {
    open();
    IncidentTableModel* incidents = m_page->incidents();
    ASSERT_EQ(incidents->rowCount(), 3);
    EXPECT_EQ(incidents->data(incidents->index(0, IncidentTableModel::Resolved)).toString(),
              QStringLiteral("Ongoing"));
    EXPECT_EQ(incidents->data(incidents->index(1, IncidentTableModel::Duration)).toString(),
              QStringLiteral("25 min"));
    EXPECT_EQ(incidents->data(incidents->index(1, IncidentTableModel::Service)).toString(),
              QStringLiteral("Auth"));
    EXPECT_FALSE(m_page->noIncidentsLabel()->isVisible());

    const auto& authSegments = m_page->timeline(QStringLiteral("auth"))->segments();
    ASSERT_EQ(authSegments.size(), 3) << "healthy, degraded for 25 min, healthy";
    EXPECT_EQ(authSegments[1].state, HealthState::Degraded);
    EXPECT_EQ(authSegments[1].fromUtc.secsTo(authSegments[1].toUtc), 25 * 60);

    LatencyChart* chart = m_page->latencyChart();
    EXPECT_EQ(chart->range(), LatencyChart::Range::Day);
    const int day = chart->pointCount();
    chart->setRange(LatencyChart::Range::Hour);
    const int hour = chart->pointCount();
    chart->setRange(LatencyChart::Range::Week);
    const int week = chart->pointCount();
    EXPECT_EQ(hour, 6 * 61);
    EXPECT_EQ(day, 6 * 289) << "24 h are drawn in five-minute averages";
    EXPECT_EQ(week, 6 * 168) << "the hour bucket that starts before the window is left out";
}

TEST_F(HealthDashboardPageTest, NewResultsReloadTheHistory) {
    open();
    m_demo.history->attach(*m_demo.monitor);
    m_demo.emailFailing();
    ASSERT_TRUE(cc::test::waitForSignal(m_page.get(), &HealthDashboardPage::historyApplied, 10'000));
    // emailFailing() first records a healthy round (which resolves the stored e-mail incident), then the
    // failing one: a new e-mail incident and one for the backend's degradation.
    EXPECT_EQ(m_page->incidents()->rowCount(), 5);
    EXPECT_EQ(
        m_page->incidents()->data(m_page->incidents()->index(0, IncidentTableModel::Resolved)).toString(),
        QStringLiteral("Ongoing"));
}

TEST_F(HealthDashboardPageTest, CheckNowRunsARound) {
    open(false);
    cc::test::SignalCounter rounds(m_demo.monitor.get(), &health::HealthMonitor::roundFinished);
    m_page->checkNowButton()->click();
    EXPECT_EQ(rounds.count(), 1);
    EXPECT_TRUE(m_page->checkNowButton()->isEnabled());
}

TEST_F(HealthDashboardPageTest, TilesAreInTheTabOrderAfterCheckNow) {
    open(false);
    QWidget* next = m_page->checkNowButton()->nextInFocusChain();
    EXPECT_EQ(next, m_page->tile(QStringLiteral("rest")));
    EXPECT_EQ(m_page->tile(QStringLiteral("rest"))->focusPolicy(), Qt::StrongFocus);
    EXPECT_FALSE(m_page->tile(QStringLiteral("rest"))->accessibleName().isEmpty());
}

TEST_F(HealthDashboardPageTest, StateChangesNotifyUnlessMuted) {
    open(false);
    m_demo.allHealthy();
    EXPECT_EQ(m_notifier->notificationCount(), 0) << "the first answer is not news";
    m_demo.emailFailing();
    EXPECT_GE(m_notifier->notificationCount(), 1);
    EXPECT_EQ(m_notifier->lastTitle().isEmpty(), false);
    const int before = m_notifier->notificationCount();
    m_page->muteBox()->setChecked(false);
    EXPECT_TRUE(UiSettings::open()->value(HealthNotifier::kMutedKey).toBool());
    m_demo.allHealthy();
    EXPECT_EQ(m_notifier->notificationCount(), before);
    HealthNotifier again(*m_demo.monitor);
    EXPECT_TRUE(again.isMuted()) << "the setting is remembered";
}

TEST_F(HealthDashboardPageTest, AProfileChangeRebuildsTheTiles) {
    open(false);
    m_demo.monitor->clearChecks();
    EXPECT_EQ(m_page->tile(QStringLiteral("rest")), nullptr);
    m_demo.monitor->addCheck(std::make_unique<health::RealtimeHealthCheck>());
    ASSERT_NE(m_page->tile(QStringLiteral("realtime")), nullptr);
    m_demo.monitor->checkNow();
    EXPECT_EQ(m_page->tile(QStringLiteral("realtime"))->stateText(), QStringLiteral("Unknown"));
    EXPECT_EQ(m_page->bannerText(), QStringLiteral("Checking 1 service…"));
}

TEST(StateTimelineStrip, SegmentsMergeEqualStatesAndClipToTheWindow) {
    const QDateTime from(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to = from.addSecs(3600);
    const QList<health::StateChange> changes{
        {QStringLiteral("x"), from.addSecs(-600), HealthState::Healthy, {}},
        {QStringLiteral("x"), from.addSecs(600), HealthState::Unhealthy, QStringLiteral("down")},
        {QStringLiteral("x"), from.addSecs(900), HealthState::Unhealthy, QStringLiteral("still")},
        {QStringLiteral("x"), from.addSecs(1200), HealthState::Healthy, {}},
    };
    const auto segments = StateTimelineStrip::segmentsFor(changes, from, to);
    ASSERT_EQ(segments.size(), 3);
    EXPECT_EQ(segments[0].fromUtc, from);
    EXPECT_EQ(segments[1].fromUtc, from.addSecs(600));
    EXPECT_EQ(segments[1].toUtc, from.addSecs(1200));
    EXPECT_EQ(segments[2].toUtc, to);
    EXPECT_EQ(StateTimelineStrip::segmentsFor({}, from, to).first().state, HealthState::Unknown);
}

TEST(StateTimelineStrip, ASlotShowsTheWorstStateKnownInIt) {
    const QDateTime from(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to = from.addSecs(4 * 3600);
    const QList<StateTimelineStrip::Segment> segments{
        {from, from.addSecs(3600 + 60), HealthState::Unknown, {}},
        {from.addSecs(3600 + 60), from.addSecs(3600 + 120), HealthState::Unhealthy, QStringLiteral("down")},
        {from.addSecs(3600 + 120), to.addSecs(-3600), HealthState::Healthy, {}},
        {to.addSecs(-3600), to, HealthState::Unknown, {}},
    };
    const QList<HealthState> cells = StateTimelineStrip::cellStates(segments, from, to, 4);
    EXPECT_EQ(cells, (QList<HealthState>{HealthState::Unknown, HealthState::Unhealthy, HealthState::Healthy,
                                         HealthState::Unknown}))
        << "a one-minute outage fills its hour; a segment ending on a slot's start stays out of it";
}

TEST(IncidentTableModel, DurationTexts) {
    EXPECT_EQ(IncidentTableModel::durationText(45), QStringLiteral("45 s"));
    EXPECT_EQ(IncidentTableModel::durationText(200), QStringLiteral("3 min 20 s"));
    EXPECT_EQ(IncidentTableModel::durationText(7500), QStringLiteral("2 h 5 min"));
    EXPECT_EQ(IncidentTableModel::durationText(3 * 86'400 + 4 * 3600), QStringLiteral("3 d 4 h"));
}

} // namespace
} // namespace cc::ui
