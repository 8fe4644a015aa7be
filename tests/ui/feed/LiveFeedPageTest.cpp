// The live feed page offscreen: connection state and last change always shown ("Not connected" without a
// client), pause/resume with the count of waiting changes, filters, opening a campaign from the keyboard;
// and the pixels of a flashing campaigns row. Screenshots go to $FEED_SCREENSHOT_DIR when set.
#include "ui/feed/LiveFeedPage.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"
#include "tests/ui/feed/FeedTestData.h"
#include "ui/campaigns/CampaignTableView.h"
#include "ui/feed/CampaignLiveUpdater.h"
#include "ui/feed/LiveFeedFilterModel.h"
#include "ui/feed/LiveFeedModel.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace cc::ui {
namespace {

using namespace cc::ui::test;
using realtime::CampaignEvent;
using realtime::ConnectionState;

void screenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("FEED_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    if (widget->layout()) {
        widget->layout()->activate();
    }
    EXPECT_TRUE(widget->grab().save(dir + QLatin1Char('/') + name));
}

// A realistic burst: status flips, budget changes, a creation and a deletion, by several people.
QList<CampaignEvent> realisticBurst() {
    const QStringList names = {
        QStringLiteral("Spring sale 2026"),      QStringLiteral("Newsletter — March"),
        QStringLiteral("Loyalty re-engagement"), QStringLiteral("Black Friday teaser"),
        QStringLiteral("Webinar invite (EMEA)"), QStringLiteral("App onboarding drip")};
    const QStringList people = {QStringLiteral("3f1c9a2e-ops"), QStringLiteral("mia@example.com"),
                                QStringLiteral("jonas@example.com")};
    QList<CampaignEvent> events;
    for (int i = 0; i < 18; ++i) {
        data::Campaign before =
            campaign(QStringLiteral("c%1").arg(i % 6), names[i % 6], QStringLiteral("active"), i);
        before.userId = people[i % 3];
        data::Campaign after = before;
        if (i % 3 == 0) {
            after.status = QStringLiteral("paused");
        } else if (i % 3 == 1) {
            after.budget = 250 + 10 * i;
        } else {
            after.channel = QStringLiteral("sms");
            after.endDate = QDate(2026, 4, 30);
        }
        CampaignEvent e = changed(before, after, i == 7);
        e.committedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0, i), Qt::UTC);
        events.append(e);
    }
    CampaignEvent c = created(
        campaign(QStringLiteral("new"), QStringLiteral("Summer preview"), QStringLiteral("draft"), 30));
    c.committedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0, 20), Qt::UTC);
    events.append(c);
    CampaignEvent d = deleted(
        campaign(QStringLiteral("old"), QStringLiteral("Old test campaign"), QStringLiteral("archived"), 2));
    d.committedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0, 21), Qt::UTC);
    events.append(d);
    return events;
}

class LiveFeedPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_page.resize(1000, 520);
        m_page.show();
    }

    cc::test::ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 1), Qt::UTC)};
    LiveFeedModel m_model{m_clock};
    LiveFeedPage m_page{m_model};
};

TEST_F(LiveFeedPageTest, WithoutAClientItSaysNotConnectedAndNoChangesYet) {
    EXPECT_TRUE(m_page.connectionLabel()->text().contains(QStringLiteral("Not connected")));
    EXPECT_EQ(m_page.lastEventLabel()->text(), QStringLiteral("No changes yet"));
    m_page.setConnectionState(ConnectionState::Live);
    EXPECT_TRUE(m_page.connectionLabel()->text().contains(QStringLiteral("Live")));
    EXPECT_EQ(m_page.connectionLabel()->accessibleName(), QStringLiteral("Live"));
    m_page.setConnectionState(ConnectionState::Reconnecting);
    EXPECT_TRUE(m_page.connectionLabel()->text().contains(QStringLiteral("Reconnecting")));
    m_model.addEntries(entries(realisticBurst(), m_clock));
    EXPECT_TRUE(m_page.lastEventLabel()->text().startsWith(QStringLiteral("Last change at ")));
}

TEST_F(LiveFeedPageTest, PausingKeepsTheListStillAndCountsWhatWaits) {
    m_model.addEntries(entries(realisticBurst().mid(0, 3), m_clock));
    QTest::mouseClick(m_page.pauseButton(), Qt::LeftButton);
    EXPECT_TRUE(m_model.isPaused());
    EXPECT_EQ(m_page.pauseButton()->text(), QStringLiteral("&Resume"));
    m_model.addEntries(entries(realisticBurst().mid(3, 12), m_clock));
    EXPECT_EQ(m_page.table()->model()->rowCount(), 3);
    EXPECT_TRUE(m_page.pendingLabel()->isVisible());
    EXPECT_EQ(m_page.pendingLabel()->text(), QStringLiteral("12 new changes"));
    screenshot(&m_page, QStringLiteral("feed-paused.png"));
    QTest::mouseClick(m_page.pauseButton(), Qt::LeftButton);
    EXPECT_FALSE(m_model.isPaused());
    EXPECT_FALSE(m_page.pendingLabel()->isVisible());
    EXPECT_EQ(m_page.table()->model()->rowCount(), 15);
}

TEST_F(LiveFeedPageTest, KindAndTextFiltersNarrowTheList) {
    m_model.addEntries(entries(realisticBurst(), m_clock));
    m_page.kindFilter()->setCurrentIndex(
        m_page.kindFilter()->findData(static_cast<int>(CampaignEvent::Kind::Deleted)));
    EXPECT_EQ(m_page.table()->model()->rowCount(), 1);
    m_page.kindFilter()->setCurrentIndex(0);
    m_page.searchBox()->setText(QStringLiteral("webinar"));
    m_page.applyFilterNow();
    EXPECT_EQ(m_page.table()->model()->rowCount(), 3);
    QTest::qWait(LiveFeedPage::kFilterDelayMs); // the count line follows, throttled
    EXPECT_EQ(m_page.countLabel()->text(), QStringLiteral("3 of 20 changes"));
}

TEST_F(LiveFeedPageTest, EnterOnAnEntryAsksToOpenItsCampaign) {
    m_model.addEntries(entries(realisticBurst(), m_clock));
    QSignalSpy open(&m_page, &LiveFeedPage::openCampaign);
    QTableView* table = m_page.table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    EXPECT_TRUE(m_page.openButton()->isEnabled());
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open[0][0].toString(), QStringLiteral("new")); // second newest: the creation
    QTest::mouseClick(m_page.openButton(), Qt::LeftButton);
    EXPECT_EQ(open.count(), 2);
}

TEST_F(LiveFeedPageTest, AllStringsAreShownAndTheBurstScreenshotIsTaken) {
    m_page.setConnectionState(ConnectionState::Live);
    m_model.addEntries(entries(realisticBurst(), m_clock));
    ASSERT_EQ(m_page.table()->model()->rowCount(), 20);
    QTest::qWait(250);
    EXPECT_EQ(m_page.countLabel()->text(), QStringLiteral("20 changes"));
    m_page.table()->selectRow(2);
    screenshot(&m_page, QStringLiteral("feed-burst.png"));
}

TEST(CampaignFlashTest, AFlashingRowIsPaintedAmberAndFades) {
    cc::test::ManualClock clock;
    CampaignTableModel model;
    QList<data::Campaign> rows;
    const QStringList names = {
        QStringLiteral("Spring sale 2026"),      QStringLiteral("Newsletter — March"),
        QStringLiteral("Loyalty re-engagement"), QStringLiteral("Black Friday teaser"),
        QStringLiteral("Webinar invite (EMEA)"), QStringLiteral("App onboarding drip")};
    for (int i = 0; i < names.size(); ++i) {
        rows.append(campaign(QStringLiteral("c%1").arg(i), names[i], QStringLiteral("active"), 50 - i,
                             1000 + 250 * i));
    }
    model.reset(rows, rows.size());
    CampaignLiveUpdater updater(model, clock);
    CampaignTableView view(model); // the Campaigns page's table
    view.resize(860, 260);
    view.show();

    data::Campaign paused = rows[1];
    paused.status = QStringLiteral("paused");
    updater.apply({changed(rows[1], paused)}); // just now: full amber
    data::Campaign budget = rows[3];
    budget.budget = 4200;
    clock.advance(RowFlasher::kDurationMs / 2); // the earlier one is half faded
    updater.apply({changed(rows[3], budget)});
    clock.advance(RowFlasher::kDurationMs / 3);
    // Rows 1 (1/3 faded), 3 (just flashed), row 0 not flashing.
    const QImage image = view.grab().toImage();
    const auto sample = [&](int row) {
        const QRect cell = view.visualRect(model.index(row, CampaignTableModel::ChannelColumn));
        // visualRect is in viewport coordinates; the grab is of the whole view (frame and header too).
        const QPoint at = view.viewport()->mapTo(&view, QPoint(cell.right() - 4, cell.center().y()));
        return image.pixelColor(at * image.devicePixelRatio());
    };
    const QColor plain = sample(0);
    const QColor fading = sample(1);
    const QColor fresh = sample(3);
    // Amber: more red than blue, and the fresher flash is the stronger one.
    EXPECT_GT(fresh.red() - fresh.blue(), fading.red() - fading.blue());
    EXPECT_GT(fading.red() - fading.blue(), plain.red() - plain.blue());
    const QString dir = qEnvironmentVariable("FEED_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(image.save(dir + QStringLiteral("/feed-flash.png")));
    }
}

} // namespace
} // namespace cc::ui
