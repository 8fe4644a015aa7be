// The feed model: newest first, a ring of fixed capacity, the pause buffer and its count, who and what
// changed, filters by kind and text, and the history loaded at start and written as entries arrive.
#include "ui/feed/LiveFeedModel.h"
#include "app/realtime/FeedHistory.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"
#include "tests/ui/feed/FeedTestData.h"
#include "ui/feed/LiveFeedFilterModel.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

namespace cc::ui {
namespace {

using namespace cc::ui::test;
using realtime::CampaignEvent;

QList<CampaignEvent> burst(int count, int from = 0) {
    QList<CampaignEvent> events;
    for (int i = from; i < from + count; ++i) {
        const data::Campaign before = campaign(
            QStringLiteral("id%1").arg(i), QStringLiteral("Campaign %1").arg(i), QStringLiteral("active"), 1);
        data::Campaign after = before;
        after.budget = 100 + i;
        events.append(changed(before, after));
    }
    return events;
}

class LiveFeedModelTest : public ::testing::Test {
protected:
    cc::test::ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC)};
};

TEST_F(LiveFeedModelTest, TheNewestChangeIsFirstWithWhoWhatAndWhen) {
    LiveFeedModel model(m_clock);
    data::Campaign before =
        campaign(QStringLiteral("x"), QStringLiteral("Spring sale"), QStringLiteral("active"), 1);
    data::Campaign after = before;
    after.status = QStringLiteral("paused");
    model.addEntries(entries({created(before), changed(before, after)}, m_clock));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, LiveFeedModel::KindColumn).data().toString(), QStringLiteral("changed"));
    EXPECT_EQ(model.index(1, LiveFeedModel::KindColumn).data().toString(), QStringLiteral("created"));
    EXPECT_EQ(model.index(0, LiveFeedModel::CampaignColumn).data().toString(), QStringLiteral("Spring sale"));
    EXPECT_EQ(model.index(0, LiveFeedModel::WhoColumn).data().toString(), QStringLiteral("User u"));
    EXPECT_EQ(model.index(0, LiveFeedModel::ChangesColumn).data().toString(),
              QStringLiteral("status: active → paused"));
    EXPECT_FALSE(model.index(0, LiveFeedModel::TimeColumn).data().toString().isEmpty());
    EXPECT_EQ(model.index(0, 0).data(LiveFeedModel::CampaignIdRole).toString(), QStringLiteral("x"));
    EXPECT_EQ(model.lastEventAt(), m_clock.nowUtc());
    model.setPeople({{QStringLiteral("u-1"), QStringLiteral("mia@example.com")}});
    EXPECT_EQ(model.index(0, LiveFeedModel::WhoColumn).data().toString(), QStringLiteral("mia@example.com"));
}

TEST_F(LiveFeedModelTest, TodaysChangesShowTheTimeAndTheDateIsAddedOnceTheDayIsOver) {
    LiveFeedModel model(m_clock);
    model.addEntries(entries(burst(1), m_clock));
    const QModelIndex time = model.index(0, LiveFeedModel::TimeColumn);
    const QString today = time.data().toString();
    EXPECT_EQ(today, model.entry(0).at.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    EXPECT_EQ(time.data().toString(), today) << "the same text at the next repaint";
    m_clock.advance(24 * 3'600'000);
    const QString later = time.data().toString();
    EXPECT_NE(later, today);
    EXPECT_TRUE(later.endsWith(today)) << later.toStdString();
}

TEST_F(LiveFeedModelTest, OurOwnChangeSaysYou) {
    LiveFeedModel model(m_clock);
    const data::Campaign row =
        campaign(QStringLiteral("x"), QStringLiteral("n"), QStringLiteral("active"), 1);
    model.addEntries(entries({changed(row, row, true)}, m_clock));
    EXPECT_EQ(model.index(0, LiveFeedModel::WhoColumn).data().toString(),
              QStringLiteral("You (this console)"));
}

TEST_F(LiveFeedModelTest, TheRingKeepsOnlyTheNewestEntries) {
    LiveFeedModel model(m_clock, 5);
    model.addEntries(entries(burst(3, 0), m_clock));
    model.addEntries(entries(burst(4, 3), m_clock));
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.entry(0).campaignId, QStringLiteral("id6"));
    EXPECT_EQ(model.entry(4).campaignId, QStringLiteral("id2"));
    model.addEntries(entries(burst(12, 100), m_clock)); // more than the ring in one go
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.entry(0).campaignId, QStringLiteral("id111"));
    EXPECT_EQ(model.entry(4).campaignId, QStringLiteral("id107"));
    EXPECT_EQ(LiveFeedModel(m_clock).capacity(), 10'000);
}

TEST_F(LiveFeedModelTest, PausedChangesAreBufferedCountedAndShownOnResume) {
    LiveFeedModel model(m_clock);
    model.addEntries(entries(burst(2), m_clock));
    cc::test::SignalCounter counted(&model, &LiveFeedModel::pendingCountChanged);
    model.setPaused(true);
    model.addEntries(entries(burst(7, 10), m_clock));
    model.addEntries(entries(burst(5, 20), m_clock));
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.pendingCount(), 12);
    EXPECT_EQ(counted.count(), 2);
    model.setPaused(false);
    EXPECT_EQ(model.pendingCount(), 0);
    ASSERT_EQ(model.rowCount(), 14);
    EXPECT_EQ(model.entry(0).campaignId, QStringLiteral("id24"));
    EXPECT_EQ(model.entry(12).campaignId, QStringLiteral("id1"));
}

TEST_F(LiveFeedModelTest, FiltersByKindAndByText) {
    LiveFeedModel model(m_clock);
    LiveFeedFilterModel filter(model);
    const data::Campaign a =
        campaign(QStringLiteral("a"), QStringLiteral("Winter gala"), QStringLiteral("active"), 1);
    const data::Campaign b =
        campaign(QStringLiteral("b"), QStringLiteral("Summer fair"), QStringLiteral("active"), 1);
    data::Campaign b2 = b;
    b2.channel = QStringLiteral("sms");
    model.addEntries(entries({created(a), changed(b, b2), deleted(a)}, m_clock));
    EXPECT_EQ(filter.rowCount(), 3);
    filter.setKind(CampaignEvent::Kind::Deleted);
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.index(0, 0).data(LiveFeedModel::CampaignIdRole).toString(), QStringLiteral("a"));
    filter.setKind(std::nullopt);
    filter.setText(QStringLiteral("WINTER"));
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setText(QStringLiteral("sms")); // the changed fields are searched too
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.index(0, 0).data(LiveFeedModel::CampaignIdRole).toString(), QStringLiteral("b"));
    filter.setKind(CampaignEvent::Kind::Created);
    EXPECT_EQ(filter.rowCount(), 0);
    // New entries go through the same filter.
    filter.setKind(std::nullopt);
    data::Campaign b3 = b2;
    b3.channel = QStringLiteral("email");
    model.addEntries(entries({changed(b2, b3)}, m_clock));
    EXPECT_EQ(filter.rowCount(), 2);
}

TEST_F(LiveFeedModelTest, TheLast24HoursAreLoadedAtStartAndNewEntriesAreStored) {
    QTemporaryDir dir;
    const QString path = realtime::FeedHistory::fileIn(dir.path());
    {
        realtime::FeedHistory history(path, m_clock);
        LiveFeedModel first(m_clock);
        first.setHistory(&history);
        ASSERT_TRUE(cc::test::waitForSignal(&first, &LiveFeedModel::historyLoaded));
        first.addEntries(entries(burst(3), m_clock));
    }
    m_clock.advance(60'000);
    realtime::FeedHistory history(path, m_clock);
    LiveFeedModel model(m_clock);
    model.addEntries(entries(burst(1, 50), m_clock)); // arrives before the history is read: stays on top
    model.setHistory(&history);
    ASSERT_TRUE(cc::test::waitForSignal(&model, &LiveFeedModel::historyLoaded));
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.entry(0).campaignId, QStringLiteral("id50"));
    EXPECT_EQ(model.entry(1).campaignId, QStringLiteral("id2"));
    EXPECT_EQ(model.entry(3).campaignId, QStringLiteral("id0"));
    EXPECT_EQ(model.entry(1).changesText(), QStringLiteral("budget: 100 → 102"));
}

} // namespace
} // namespace cc::ui
