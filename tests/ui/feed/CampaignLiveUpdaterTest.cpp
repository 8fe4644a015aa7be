// Live changes in the campaigns table: minimal signals (dataChanged over the changed columns only), rows
// entering only where they belong in the filter, order and loaded window, leaving when deleted or filtered
// out, and the flash of a change made elsewhere fading on the clock.
#include "ui/feed/CampaignLiveUpdater.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"
#include "tests/ui/feed/FeedTestData.h"

#include <gtest/gtest.h>

#include <QColor>
#include <QSignalSpy>

#include <algorithm>

namespace cc::ui {
namespace {

using namespace cc::ui::test;

class CampaignLiveUpdaterTest : public ::testing::Test {
protected:
    void SetUp() override {
        // Newest created first, as the cache answers: minute 50, 40, 30, 20.
        m_rows = {campaign(QStringLiteral("d"), QStringLiteral("Delta"), QStringLiteral("active"), 50),
                  campaign(QStringLiteral("c"), QStringLiteral("Charlie"), QStringLiteral("active"), 40),
                  campaign(QStringLiteral("b"), QStringLiteral("Bravo"), QStringLiteral("paused"), 30),
                  campaign(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("active"), 20)};
        m_model.reset(m_rows, 4);
    }

    cc::test::ManualClock m_clock;
    CampaignTableModel m_model;
    CampaignLiveUpdater m_updater{m_model, m_clock};
    QList<data::Campaign> m_rows;
};

TEST_F(CampaignLiveUpdaterTest, AChangedFieldSignalsOnlyItsColumn) {
    QSignalSpy dataChanged(&m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&m_model, &QAbstractItemModel::modelReset);
    data::Campaign after = m_rows[2];
    after.status = QStringLiteral("active");
    m_updater.apply({changed(m_rows[2], after)});
    ASSERT_EQ(dataChanged.count(), 1);
    EXPECT_EQ(dataChanged[0][0].toModelIndex(), m_model.index(2, CampaignTableModel::StatusColumn));
    EXPECT_EQ(dataChanged[0][1].toModelIndex(), m_model.index(2, CampaignTableModel::StatusColumn));
    EXPECT_EQ(inserted.count() + removed.count() + reset.count(), 0);
    EXPECT_EQ(m_model.campaign(2).status, QStringLiteral("active"));
}

TEST_F(CampaignLiveUpdaterTest, AnUnchangedRowSignalsNothing) {
    QSignalSpy dataChanged(&m_model, &QAbstractItemModel::dataChanged);
    data::Campaign after = m_rows[1];
    after.openCount += 5; // a column the table does not show
    m_updater.apply({changed(m_rows[1], after, true)});
    EXPECT_EQ(dataChanged.count(), 0);
}

TEST_F(CampaignLiveUpdaterTest, ANewRowIsInsertedWhereItBelongsInTheOrder) {
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
    m_updater.apply(
        {created(campaign(QStringLiteral("n"), QStringLiteral("New"), QStringLiteral("draft"), 35))});
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted[0][1].toInt(), 2);
    EXPECT_EQ(m_model.campaign(2).id, QStringLiteral("n"));
    EXPECT_EQ(m_model.total(), 5);
}

TEST_F(CampaignLiveUpdaterTest, ANewRowFollowsTheTablesSortColumn) {
    data::CampaignFilter byName;
    byName.orderColumn = QStringLiteral("name");
    m_updater.setFilterSource([byName] { return byName; });
    m_model.reset({m_rows[3], m_rows[2], m_rows[1], m_rows[0]}, 4); // Alpha, Bravo, Charlie, Delta
    m_updater.apply(
        {created(campaign(QStringLiteral("n"), QStringLiteral("Bz"), QStringLiteral("draft"), 60))});
    EXPECT_EQ(m_model.campaign(2).id, QStringLiteral("n")) << "after Bravo by name, not first as the newest";
}

TEST_F(CampaignLiveUpdaterTest, ANewRowBeyondTheLoadedWindowOnlyCounts) {
    m_model.reset(m_rows, 400); // 4 of 400 loaded
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
    m_updater.apply(
        {created(campaign(QStringLiteral("old"), QStringLiteral("Old"), QStringLiteral("draft"), 1))});
    EXPECT_EQ(inserted.count(), 0);
    EXPECT_EQ(m_model.rowCount(), 4);
    EXPECT_EQ(m_model.total(), 401);
}

TEST_F(CampaignLiveUpdaterTest, ARowOutsideTheFilterIsNotInsertedAndOneLeavingItIsRemoved) {
    data::CampaignFilter filter;
    filter.statuses = {QStringLiteral("active")};
    m_model.reset({m_rows[0], m_rows[1], m_rows[3]}, 3);
    m_updater.setFilterSource([filter] { return filter; });
    m_updater.apply(
        {created(campaign(QStringLiteral("n"), QStringLiteral("New"), QStringLiteral("draft"), 45))});
    EXPECT_EQ(m_model.rowCount(), 3);
    data::Campaign paused = m_rows[1];
    paused.status = QStringLiteral("paused");
    m_updater.apply({changed(m_rows[1], paused)});
    ASSERT_EQ(m_model.rowCount(), 2);
    EXPECT_EQ(m_model.campaign(1).id, QStringLiteral("a"));
    EXPECT_EQ(m_model.total(), 2);
    EXPECT_EQ(m_updater.rowOf(QStringLiteral("c")), -1);
}

TEST_F(CampaignLiveUpdaterTest, ADeletedRowLeavesTheTable) {
    QSignalSpy removed(&m_model, &QAbstractItemModel::rowsRemoved);
    m_updater.apply({deleted(m_rows[1])});
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed[0][1].toInt(), 1);
    EXPECT_EQ(m_model.rowCount(), 3);
    EXPECT_EQ(m_model.total(), 3);
    EXPECT_EQ(m_updater.rowOf(QStringLiteral("b")), 1);
}

TEST_F(CampaignLiveUpdaterTest, ARowWhoseSortKeyChangedMovesToItsPlace) {
    data::Campaign after = m_rows[3];
    after.createdAt = QStringLiteral("2026-03-01T08:59:00.000Z");
    m_updater.apply({changed(m_rows[3], after)});
    EXPECT_EQ(m_model.campaign(0).id, QStringLiteral("a"));
    EXPECT_EQ(m_model.rowCount(), 4);
    EXPECT_EQ(m_model.total(), 4);
}

TEST_F(CampaignLiveUpdaterTest, AForeignChangeFlashesAndFadesOnTheClock) {
    data::Campaign after = m_rows[0];
    after.status = QStringLiteral("paused");
    m_updater.apply({changed(m_rows[0], after)});
    const QModelIndex cell = m_model.index(0, CampaignTableModel::NameColumn);
    EXPECT_DOUBLE_EQ(cell.data(CampaignTableModel::FlashRole).toDouble(), 1.0);
    const QColor full = cell.data(Qt::BackgroundRole).value<QColor>();
    EXPECT_TRUE(full.isValid());
    m_clock.advance(RowFlasher::kDurationMs / 2);
    EXPECT_NEAR(cell.data(CampaignTableModel::FlashRole).toDouble(), 0.5, 0.01);
    EXPECT_LT(cell.data(Qt::BackgroundRole).value<QColor>().alphaF(), full.alphaF());
    QSignalSpy repaint(&m_model, &QAbstractItemModel::dataChanged);
    m_updater.flasher().tick();
    ASSERT_EQ(repaint.count(), 1);
    EXPECT_EQ(repaint[0][0].toModelIndex().row(), 0);
    m_clock.advance(RowFlasher::kDurationMs / 2);
    EXPECT_EQ(cell.data(CampaignTableModel::FlashRole).toDouble(), 0.0);
    EXPECT_FALSE(cell.data(Qt::BackgroundRole).isValid());
    m_updater.flasher().tick(); // the last repaint, then the timer stops
    EXPECT_FALSE(m_updater.flasher().isTicking());
    EXPECT_EQ(m_updater.flasher().activeCount(), 0);
}

TEST_F(CampaignLiveUpdaterTest, FadingRowsAreRepaintedWithTheNextChanges) {
    data::Campaign first = m_rows[0];
    first.status = QStringLiteral("paused");
    m_updater.apply({changed(m_rows[0], first)});
    m_clock.advance(RowFlasher::kTickMs / 2);
    QSignalSpy repaint(&m_model, &QAbstractItemModel::dataChanged);
    data::Campaign second = m_rows[3];
    second.budget += 10;
    m_updater.apply({changed(m_rows[3], second)});
    const bool fadedRowRepainted =
        std::any_of(repaint.cbegin(), repaint.cend(), [](const QList<QVariant>& s) {
            return s[0].toModelIndex().row() == 0 &&
                   s[2].value<QList<int>>().contains(CampaignTableModel::FlashRole);
        });
    EXPECT_TRUE(fadedRowRepainted) << "row 0's fade step came with the change to row 3";
    EXPECT_TRUE(m_updater.flasher().isTicking());
}

TEST_F(CampaignLiveUpdaterTest, TheEchoOfOurOwnWriteDoesNotFlash) {
    data::Campaign after = m_rows[0];
    after.status = QStringLiteral("paused");
    m_updater.apply({changed(m_rows[0], after, true)});
    EXPECT_EQ(m_model.campaign(0).status, QStringLiteral("paused"));
    EXPECT_EQ(m_model.index(0, 1).data(CampaignTableModel::FlashRole).toDouble(), 0.0);
    EXPECT_FALSE(m_updater.flasher().isTicking());
}

TEST_F(CampaignLiveUpdaterTest, AChangeToARowBeyondTheLoadedWindowDoesNotFlash) {
    m_model.reset(m_rows, 400); // 4 of 400 loaded
    const data::Campaign before =
        campaign(QStringLiteral("far"), QStringLiteral("Far"), QStringLiteral("active"), 1);
    data::Campaign after = before;
    after.budget += 10;
    m_updater.apply({changed(before, after)});
    EXPECT_EQ(m_model.rowCount(), 4);
    EXPECT_EQ(m_model.total(), 400) << "it was counted and still is";
    EXPECT_FALSE(m_updater.flasher().isTicking());
    EXPECT_EQ(m_updater.flasher().activeCount(), 0);
}

TEST_F(CampaignLiveUpdaterTest, ParsedRowsFromTheCacheThreadAreUsedAsTheyAre) {
    // ChangeApplier hands over the campaigns already parsed; the table takes them, not a new parse.
    data::Campaign after = m_rows[1];
    after.name = QStringLiteral("Charlie renamed");
    realtime::CampaignEvent event = changed(m_rows[1], after);
    data::Campaign parsed = after;
    parsed.name = QStringLiteral("Charlie as parsed");
    event.parsedRecord = parsed;
    event.parsedOldRecord = m_rows[1];
    m_updater.apply({event});
    EXPECT_EQ(m_model.campaign(1).name, QStringLiteral("Charlie as parsed"));
}

} // namespace
} // namespace cc::ui
