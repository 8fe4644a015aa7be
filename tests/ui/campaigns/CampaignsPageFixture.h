#pragma once

// The campaigns page offscreen against the in-process sandbox (a real SandboxServer on loopback), with its
// own outbox, cache, store and sender. Screenshots go to $CAMPAIGNS_SCREENSHOT_DIR when it is set.
#include "app/data/CampaignCache.h"
#include "app/data/CampaignStore.h"
#include "app/data/Outbox.h"
#include "app/data/OutboxSender.h"
#include "tests/integration/data/DataFixture.h"
#include "ui/campaigns/CampaignsPage.h"

#include <QItemSelectionModel>
#include <QLayout>
#include <QTableView>

namespace cc::ui::test {

class CampaignsPageFixture : public data::test::DataFixture {
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

    // Selects rows first..last whole, the first one current, as a user's click and shift-click do.
    void selectRows(int first, int last) {
        QItemSelectionModel* selection = m_page->table()->selectionModel();
        selection->clearSelection();
        selection->select(QItemSelection(m_page->model().index(first, 0),
                                         m_page->model().index(last, CampaignTableModel::ColumnCount - 1)),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection->setCurrentIndex(m_page->model().index(first, 1), QItemSelectionModel::NoUpdate);
    }
    // Everything the page wrote has reached the server.
    bool drained() { return m_outbox.pendingCount().value() == 0; }

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

} // namespace cc::ui::test
