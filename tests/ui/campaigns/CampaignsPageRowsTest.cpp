// Rows the page's own changes bring into the campaigns table, offscreen against a real sandbox on loopback:
// creates still in the outbox (a campaign created offline, the re-creation of an undone deletion) stay shown
// as pending across a refresh, a row the sender applied that the table does not show enters where it belongs,
// and an undo whose withdrawal fails after the server applied the deletion still brings the rows back.
#include "app/net/ApiCall.h"
#include "tests/ui/campaigns/CampaignsPageFixture.h"
#include "ui/campaigns/CampaignEditing.h"
#include "ui/campaigns/CampaignViewSettings.h"
#include "ui/campaigns/MessageBar.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>

namespace cc::ui {
namespace {

using data::Campaign;
using data::CampaignRepository;
using data::WriteOutcome;

class CampaignsPageRowsTest : public test::CampaignsPageFixture {
protected:
    int seedCount() const override { return 60; }

    void SetUp() override {
        CampaignsPageFixture::SetUp();
        settle([&] { m_page->refresh(true); });
        ASSERT_GT(m_page->model().rowCount(), 10);
    }

    bool shown(const QString& id) const { return m_page->model().rowOf(id) >= 0; }
    CampaignTableModel::Marker marker(const QString& id) const { return m_page->model().marker(id); }
    // A refresh while the backend is down: the cached rows, then the failed revalidation.
    void refreshOffline() {
        m_page->refresh(true);
        ASSERT_TRUE(cc::test::waitUntil(
            [&] { return m_page->freshnessLabel()->text().startsWith(QStringLiteral("Offline")); }, 15'000));
    }
    void reconnect() {
        m_clock.advance(1'000);
        startServer();
        m_sender->start();
        ASSERT_TRUE(cc::test::waitUntil([&] { return drained(); }, 15'000));
    }
    // Makes the outbox's own connection (on its worker thread) refuse writes, or accept them again; in order
    // with the outbox's other work.
    void setOutboxReadOnly(bool readOnly) {
        m_outbox.run<bool>(
            [readOnly](data::OutboxDatabase&) {
                QSqlQuery query(QSqlDatabase::database(QStringLiteral("ui-outbox"), false));
                return Result<bool>(
                    query.exec(QStringLiteral("PRAGMA query_only = %1").arg(readOnly ? 1 : 0)));
            },
            false, &m_outbox, {});
    }
    Campaign createOnServer(const QString& name, const QString& status) {
        Campaign c;
        c.name = name;
        c.status = status;
        c.budget = 10;
        const WriteOutcome created =
            wait([&](CampaignRepository::WriteDone done) { m_repository->create(c, key(), done); });
        EXPECT_EQ(created.status, WriteOutcome::Status::Applied);
        return created.row.value_or(Campaign());
    }
};

TEST_F(CampaignsPageRowsTest, AReCreationStillInTheOutboxStaysShownAfterARefresh) {
    const Campaign a = m_page->model().campaign(3);
    const Campaign b = m_page->model().campaign(4);
    const qint64 total = m_page->model().total();
    selectRows(3, 4);
    m_page->editing().remove(m_page->table()->selectedCampaigns());
    ASSERT_TRUE(cc::test::waitUntil([&] { return !shown(a.id) && drained(); }, 10'000));
    ASSERT_FALSE(get(a.id).value()) << "deleted on the server";
    // The backend goes away before the undo's re-creation reaches it; the page refreshes meanwhile.
    stopServer();
    ASSERT_TRUE(m_page->messageBar()->trigger()) << "the Undo button";
    ASSERT_TRUE(cc::test::waitUntil([&] { return shown(a.id) && shown(b.id); }));
    refreshOffline();
    EXPECT_TRUE(shown(a.id)) << "the re-creation is still in the outbox";
    EXPECT_TRUE(shown(b.id));
    EXPECT_EQ(marker(a.id), CampaignTableModel::Marker::Pending);
    EXPECT_EQ(marker(b.id), CampaignTableModel::Marker::Pending);
    EXPECT_EQ(m_page->model().total(), total);
}

TEST_F(CampaignsPageRowsTest, ANewCampaignIsCountedSelectedAndConfirmed) {
    const qint64 total = m_page->model().total();
    Campaign created;
    created.name = QStringLiteral("Brand new");
    m_page->editing().submit(Campaign(), created);
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_page->model().campaign(0).name == created.name; }));
    EXPECT_EQ(m_page->model().total(), total + 1);
    EXPECT_TRUE(m_page->countsLabel()->text().contains(QLocale().toString(total + 1)))
        << qPrintable(m_page->countsLabel()->text());
    ASSERT_EQ(m_page->table()->selectedCampaigns().size(), 1);
    EXPECT_EQ(m_page->table()->selectedCampaigns().first().name, created.name);
    EXPECT_TRUE(m_page->messageBar()->text().contains(created.name))
        << qPrintable(m_page->messageBar()->text());
}

TEST_F(CampaignsPageRowsTest, TheCountsFollowADeletionAndItsUndo) {
    const qint64 total = m_page->model().total();
    selectRows(3, 4);
    m_page->editing().remove(m_page->table()->selectedCampaigns());
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_page->model().total() == total - 2; }));
    EXPECT_TRUE(m_page->countsLabel()->text().contains(QLocale().toString(total - 2)))
        << qPrintable(m_page->countsLabel()->text());
    m_page->editing().undoDelete();
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_page->model().total() == total; }));
    EXPECT_TRUE(m_page->countsLabel()->text().contains(QLocale().toString(total)))
        << qPrintable(m_page->countsLabel()->text());
}

TEST_F(CampaignsPageRowsTest, ACampaignCreatedOfflineStaysShownAsPendingUntilTheServerHasIt) {
    stopServer();
    Campaign created;
    created.name = QStringLiteral("Made offline");
    m_page->editing().submit(Campaign(), created);
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_page->model().campaign(0).name == created.name; }));
    const QString id = m_page->model().campaign(0).id;
    const qint64 total = m_page->model().total();
    refreshOffline();
    ASSERT_TRUE(shown(id)) << "after a refresh";
    EXPECT_EQ(m_page->model().rowOf(id), 0) << "newest first: it will be the newest";
    EXPECT_EQ(marker(id), CampaignTableModel::Marker::Pending);
    EXPECT_EQ(m_page->model().total(), total);
    reconnect();
    ASSERT_TRUE(shown(id)) << "once applied";
    EXPECT_EQ(marker(id), CampaignTableModel::Marker::None);
    EXPECT_EQ(m_page->model().campaign(m_page->model().rowOf(id)).updatedAt, get(id).value()->updatedAt);
}

TEST_F(CampaignsPageRowsTest, APendingCreateOutsideTheFilterIsNotShown) {
    settle([&] {
        m_page->statusFilter()->setCurrentIndex(m_page->statusFilter()->findData(QStringLiteral("active")));
    });
    const qint64 total = m_page->model().total();
    stopServer();
    Campaign draft;
    draft.name = QStringLiteral("A draft made offline");
    bool stored = false;
    m_page->changes().save(Campaign(), draft, [&](Result<Campaign> saved) { stored = saved.ok(); });
    ASSERT_TRUE(cc::test::waitUntil([&] { return stored; }));
    refreshOffline();
    for (int row = 0; row < m_page->model().rowCount(); ++row) {
        EXPECT_EQ(m_page->model().campaign(row).status, QStringLiteral("active")) << row;
    }
    EXPECT_EQ(m_page->model().total(), total);
}

TEST_F(CampaignsPageRowsTest, AnAppliedRowTheTableDoesNotShowEntersWhereItBelongs) {
    settle([&] { m_page->viewSettings().sortBy(CampaignTableModel::NameColumn, Qt::AscendingOrder); });
    const qint64 total = m_page->model().total();
    const QString middle = m_page->model().campaign(m_page->model().rowCount() / 2).name;
    const Campaign row = createOnServer(middle + QStringLiteral(" (2)"), QStringLiteral("draft"));
    emit m_page->changes().rowApplied(row);
    const int at = m_page->model().rowOf(row.id);
    ASSERT_GE(at, 1);
    ASSERT_LT(at, m_page->model().rowCount() - 1);
    EXPECT_LE(m_page->model().campaign(at - 1).name, row.name);
    EXPECT_GE(m_page->model().campaign(at + 1).name, row.name);
    EXPECT_EQ(m_page->model().total(), total + 1);
}

TEST_F(CampaignsPageRowsTest, AnAppliedRowOutsideTheFilterIsNotShown) {
    settle([&] {
        m_page->statusFilter()->setCurrentIndex(m_page->statusFilter()->findData(QStringLiteral("active")));
    });
    const qint64 total = m_page->model().total();
    const Campaign row = createOnServer(QStringLiteral("Not active"), QStringLiteral("draft"));
    emit m_page->changes().rowApplied(row);
    EXPECT_FALSE(shown(row.id));
    EXPECT_EQ(m_page->model().total(), total);
}

TEST_F(CampaignsPageRowsTest, UndoWhoseWithdrawalFailsAfterTheDeletionWasAppliedBringsTheRowsBack) {
    const Campaign a = m_page->model().campaign(0);
    const Campaign b = m_page->model().campaign(1);
    const int rows = m_page->model().rowCount();
    selectRows(0, 1);
    // The user presses Undo just after the server answered the deletion, before the outbox recorded it as
    // applied, and the outbox cannot store the withdrawal (it comes after the completion on its thread).
    const QString rpc = QStringLiteral("/rest/v1/rpc/execute_transaction");
    bool undoPressed = false;
    auto onTheWire =
        QObject::connect(m_server.get(), &sandbox::SandboxServer::requestReceived,
                         [&](const QByteArray&, const QString& path) {
                             if (path != rpc || undoPressed) {
                                 return;
                             }
                             for (net::ApiCall* call : m_client->findChildren<net::ApiCall*>()) {
                                 if (!call->isFinished() && call->request().url.path() == rpc) {
                                     // After the sender's handler (connected first) has asked the outbox to
                                     // complete it.
                                     QObject::connect(call, &net::ApiCall::finished, m_page.get(), [&] {
                                         undoPressed = true;
                                         setOutboxReadOnly(true);
                                         m_page->action(CampaignAction::UndoDelete)->trigger();
                                         setOutboxReadOnly(false);
                                     });
                                 }
                             }
                         });
    m_page->editing().remove(m_page->table()->selectedCampaigns());
    ASSERT_TRUE(cc::test::waitUntil([&] { return undoPressed && drained() && get(a.id).value(); }, 10'000));
    QObject::disconnect(onTheWire);
    ASSERT_TRUE(get(b.id).value()) << "re-created on the server";
    ASSERT_TRUE(cc::test::waitUntil([&] { return shown(a.id) && shown(b.id); }))
        << m_page->messageBar()->text().toStdString();
    EXPECT_EQ(m_page->model().rowCount(), rows);
    EXPECT_FALSE(m_page->messageBar()->text().contains(QStringLiteral("failed")))
        << "the undo did not fail: " << m_page->messageBar()->text().toStdString();
}

} // namespace
} // namespace cc::ui
