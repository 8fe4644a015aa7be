// The campaigns view offscreen against the in-process sandbox: search and filter update the table, the
// editor rejects each invalid field with its message, the offline banner, pending markers, a change the
// outbox cannot store, undo of a deletion still queued. Screenshots of the view and the editor go to
// $CAMPAIGNS_SCREENSHOT_DIR when set.
#include "ui/campaigns/CampaignsPage.h"
#include "app/data/CampaignCache.h"
#include "app/data/CampaignStore.h"
#include "app/data/Outbox.h"
#include "app/data/OutboxSender.h"
#include "tests/ui/campaigns/CampaignsPageFixture.h"
#include "ui/campaigns/CampaignEditing.h"
#include "ui/campaigns/CampaignEditorDialog.h"
#include "ui/campaigns/CampaignViewSettings.h"
#include "ui/campaigns/MessageBar.h"

#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QTableView>

namespace cc::ui {
namespace {

class CampaignsPageTest : public test::CampaignsPageFixture {};

TEST_F(CampaignsPageTest, SearchAndStatusFilterUpdateTheTable) {
    settle([&] { m_page->refresh(true); });
    const int all = m_page->model().rowCount();
    ASSERT_GT(all, 3);
    const QString name = m_page->model().campaign(2).name;
    const QString fragment = name.mid(1, 5).toUpper();
    settle([&] { m_page->searchBox()->setText(fragment); });
    ASSERT_GT(m_page->model().rowCount(), 0);
    EXPECT_LT(m_page->model().rowCount(), all);
    for (int row = 0; row < m_page->model().rowCount(); ++row) {
        EXPECT_TRUE(m_page->model().campaign(row).name.contains(fragment, Qt::CaseInsensitive));
    }
    settle([&] { m_page->searchBox()->clear(); });
    settle([&] {
        m_page->statusFilter()->setCurrentIndex(m_page->statusFilter()->findData(QStringLiteral("paused")));
    });
    for (int row = 0; row < m_page->model().rowCount(); ++row) {
        EXPECT_EQ(m_page->model().campaign(row).status, QStringLiteral("paused"));
    }
    EXPECT_TRUE(m_page->freshnessLabel()->text().contains(QStringLiteral("Updated")))
        << m_page->freshnessLabel()->text().toStdString();
}

TEST_F(CampaignsPageTest, TheEditorRejectsEachInvalidFieldWithItsMessage) {
    data::Campaign base;
    base.name = QStringLiteral("Valid");
    base.startDate = QDate(2026, 5, 1);
    CampaignEditorDialog dialog(base);
    EXPECT_TRUE(dialog.isValid());
    const QList<QPair<QString, QString>> bad = {
        {QStringLiteral("name"), QString()},
        {QStringLiteral("budget"), QStringLiteral("-1")},
        {QStringLiteral("currency"), QStringLiteral("eu")},
        {QStringLiteral("end_date"), QStringLiteral("2026-04-30")},
        {QStringLiteral("audience_size"), QStringLiteral("-3")},
        {QStringLiteral("start_date"), QStringLiteral("May 1st")},
    };
    for (const auto& [field, value] : bad) {
        auto* edit = dialog.findChild<QLineEdit*>(field);
        ASSERT_TRUE(edit) << field.toStdString();
        const QString good = edit->text();
        edit->setText(value);
        EXPECT_FALSE(dialog.isValid()) << field.toStdString();
        EXPECT_FALSE(dialog.fieldError(field).isEmpty()) << field.toStdString();
        if (field == QLatin1String("currency")) {
            dialog.resize(420, 460);
            dialog.show();
            screenshot(&dialog, QStringLiteral("campui-editor-error.png"));
        }
        edit->setText(good);
        EXPECT_TRUE(dialog.isValid()) << field.toStdString() << " recovers";
        EXPECT_TRUE(dialog.fieldError(field).isEmpty());
    }
}

TEST_F(CampaignsPageTest, OfflineBannerAndPendingMarkers) {
    settle([&] { m_page->refresh(true); });
    ASSERT_GT(m_page->model().rowCount(), 0);
    const data::Campaign before = m_page->model().campaign(0);
    stopServer();
    data::Campaign after = before;
    after.budget = 4242;
    m_page->editing().submit(before, after);
    const QModelIndex sync = m_page->model().index(0, CampaignTableModel::SyncColumn);
    // Pending once the outbox has committed it (on its own thread).
    EXPECT_TRUE(cc::test::waitUntil([&] { return sync.data().toString() == QLatin1String("pending"); }));
    m_page->refresh(true);
    ASSERT_TRUE(cc::test::waitUntil(
        [&] { return m_page->freshnessLabel()->text().startsWith(QStringLiteral("Offline")); }, 15'000));
    EXPECT_GT(m_page->model().rowCount(), 0) << "cached rows stay visible";
    EXPECT_FALSE(m_page->offlineBanner()->isHidden()) << "the offline banner shows";
    EXPECT_TRUE(m_page->offlineBanner()->text().startsWith(QStringLiteral("Offline")));
    EXPECT_EQ(m_page->model().campaign(0).budget, 4242) << "the pending edit is shown over the cached row";
    screenshot(m_page.get(), QStringLiteral("campui-offline-pending.png"));

    m_clock.advance(1'000);
    startServer();
    m_sender->start();
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_outbox.pendingCount().value() == 0; }, 15'000));
    ASSERT_TRUE(cc::test::waitUntil([&] { return sync.data().toString().isEmpty(); }, 5'000));
    EXPECT_EQ(get(before.id).value()->budget, 4242);
    settle([&] { m_page->refresh(true); });
    EXPECT_TRUE(m_page->offlineBanner()->isHidden()) << "the banner goes when the server is back";
}

TEST_F(CampaignsPageTest, AChangeTheOutboxCannotStoreIsAnErrorNotAPendingRow) {
    settle([&] { m_page->refresh(true); });
    ASSERT_GT(m_page->model().rowCount(), 0);
    bool full = false;
    m_outbox.run<bool>(
        [](data::OutboxDatabase& db) {
            db.limitPages(1); // no room to grow: like a full disk
            return Result<bool>(true);
        },
        false, &m_outbox, [&](Result<bool> r) { full = r.ok(); });
    ASSERT_TRUE(cc::test::waitUntil([&] { return full; }));
    const data::Campaign before = m_page->model().campaign(0);
    data::Campaign after = before;
    after.name = QString(64 * 1024, QLatin1Char('x'));
    m_page->editing().submit(before, after);
    ASSERT_TRUE(cc::test::waitUntil([&] {
        return m_page->messageBar()->text().contains(QStringLiteral("full"));
    })) << m_page->messageBar()->text().toStdString();
    EXPECT_EQ(m_page->model().campaign(0).name, before.name) << "nothing is shown as saved";
    EXPECT_EQ(m_page->model().marker(before.id), CampaignTableModel::Marker::None);
    EXPECT_EQ(m_outbox.pendingCount().value(), 0);
}

TEST_F(CampaignsPageTest, UndoWhileTheDeletionIsStillQueuedWithdrawsIt) {
    settle([&] { m_page->refresh(true); });
    ASSERT_GT(m_page->model().rowCount(), 0);
    const data::Campaign a = m_page->model().campaign(0);
    // An earlier change of `a` the server refused holds back the deletion: it stays queued, never sent.
    bool held = false;
    m_outbox.run<bool>(
        [id = a.id](data::OutboxDatabase& db) -> Result<bool> {
            data::OutboxOperation refused;
            refused.kind = data::OutboxOperation::Kind::Update;
            refused.campaignId = id;
            refused.payload = {{QStringLiteral("budget"), -1}};
            const Result<data::OutboxOperation> queued = db.enqueue(refused);
            if (!queued.ok()) {
                return queued.error();
            }
            return db.markFailed(queued.value().seq, QStringLiteral("refused"));
        },
        true, &m_outbox, [&](Result<bool> r) { held = r.ok(); });
    ASSERT_TRUE(cc::test::waitUntil([&] { return held; }));
    m_page->table()->selectRow(0);
    m_page->editing().remove(m_page->table()->selectedCampaigns());
    EXPECT_GE(m_page->model().rowOf(a.id), 0) << "not gone before the deletion is durable";
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_page->model().rowOf(a.id) == -1; }));
    EXPECT_EQ(m_outbox.all().value().size(), 2);
    m_page->editing().undoDelete();
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_page->model().rowOf(a.id) >= 0; }));
    const QList<data::OutboxOperation> left = m_outbox.all().value();
    ASSERT_EQ(left.size(), 1) << "withdrawn, not re-created";
    EXPECT_EQ(left.first().state, data::OutboxOperation::State::Failed);
    const auto onServer = get(a.id);
    ASSERT_TRUE(onServer.ok()) << onServer.error().toString().toStdString();
    ASSERT_TRUE(onServer.value()) << "never deleted on the server";
    EXPECT_EQ(onServer.value()->updatedAt, a.updatedAt);
}

} // namespace
} // namespace cc::ui
