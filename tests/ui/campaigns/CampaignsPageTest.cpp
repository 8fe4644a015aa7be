// The campaigns view offscreen against the in-process sandbox: search and filter update the table, the
// editor rejects each invalid field with its message, the offline banner, pending markers. Screenshots of the
// view and the editor go to $CAMPAIGNS_SCREENSHOT_DIR when set.
#include "ui/campaigns/CampaignsPage.h"
#include "app/data/CampaignCache.h"
#include "app/data/CampaignStore.h"
#include "app/data/Outbox.h"
#include "app/data/OutboxSender.h"
#include "tests/integration/data/DataFixture.h"
#include "ui/campaigns/CampaignEditorDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QTableView>

namespace cc::ui {
namespace {

class CampaignsPageTest : public data::test::DataFixture {
protected:
    void SetUp() override {
        DataFixture::SetUp();
        ASSERT_TRUE(m_outbox.open().ok());
        bool opened = false;
        m_cache.open(&m_cache, [&](Result<bool> r, QString) { opened = r.ok(); });
        ASSERT_TRUE(cc::test::waitUntil([&] { return opened; }));
        m_store = std::make_unique<data::CampaignStore>(*m_repository, m_cache, m_clock);
        m_sender = std::make_unique<data::OutboxSender>(
            m_outbox, *m_repository, m_random,
            data::OutboxSender::Options{.baseDelayMs = 20, .maxDelayMs = 50});
        m_page = std::make_unique<CampaignsPage>(*m_store, m_outbox, *m_sender, m_clock);
        m_page->resize(960, 540);
        m_page->show();
    }
    void TearDown() override {
        m_page.reset();
        m_sender.reset();
        m_store.reset();
        DataFixture::TearDown();
    }

    // Runs `action` and waits for the last answer (the server's, or a fresh cache's) to reach the table.
    void settle(const std::function<void()>& action) {
        bool settled = false;
        auto connection = QObject::connect(m_page.get(), &CampaignsPage::answered,
                                           [&](bool, bool final) { settled = settled || final; });
        action();
        EXPECT_TRUE(cc::test::waitUntil([&] { return settled; }, 10'000));
        QObject::disconnect(connection);
    }

    void screenshot(QWidget* widget, const QString& name) {
        const QString dir = qEnvironmentVariable("CAMPAIGNS_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            // grab() does not run pending layout requests: a label whose text just changed would be cut.
            if (widget->layout()) {
                widget->layout()->activate();
            }
            EXPECT_TRUE(widget->grab().save(dir + QLatin1Char('/') + name));
        }
    }

    QTemporaryDir m_files;
    data::Outbox m_outbox{m_files.filePath(QStringLiteral("outbox.sqlite")), QStringLiteral("ui-outbox"),
                          m_clock, m_random};
    data::CampaignCache m_cache{m_files.filePath(QStringLiteral("cache.sqlite"))};
    std::unique_ptr<data::CampaignStore> m_store;
    std::unique_ptr<data::OutboxSender> m_sender;
    std::unique_ptr<CampaignsPage> m_page;
};

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
            screenshot(&dialog, QStringLiteral("campaign-editor-error.png"));
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
    m_page->submit(before, after);
    const QModelIndex sync = m_page->model().index(0, CampaignTableModel::SyncColumn);
    // Pending once the outbox has committed it (on its own thread).
    EXPECT_TRUE(cc::test::waitUntil([&] { return sync.data().toString() == QLatin1String("pending"); }));
    m_page->refresh(true);
    ASSERT_TRUE(cc::test::waitUntil(
        [&] { return m_page->freshnessLabel()->text().startsWith(QStringLiteral("Offline")); }, 15'000));
    EXPECT_GT(m_page->model().rowCount(), 0) << "cached rows stay visible";
    EXPECT_EQ(m_page->model().campaign(0).budget, 4242) << "the pending edit is shown over the cached row";
    screenshot(m_page.get(), QStringLiteral("campaigns-offline-pending.png"));

    m_clock.advance(1'000);
    startServer();
    m_sender->start();
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_outbox.pendingCount().value() == 0; }, 15'000));
    ASSERT_TRUE(cc::test::waitUntil([&] { return sync.data().toString().isEmpty(); }, 5'000));
    EXPECT_EQ(get(before.id).value()->budget, 4242);
}

} // namespace
} // namespace cc::ui
