// The campaigns view's actions offscreen against a real sandbox on loopback: sorting, the column chooser,
// the detail pane, duplicate, delete and undo, bulk pause as ONE rpc request, CSV export, and the conflict
// dialog's three choices. Screenshots go to $CAMPAIGNS_SCREENSHOT_DIR when set.
#include "tests/ui/campaigns/CampaignsPageFixture.h"
#include "ui/campaigns/CampaignDetailPane.h"
#include "ui/campaigns/CampaignEditing.h"
#include "ui/campaigns/CampaignEditorDialog.h"
#include "ui/campaigns/CampaignExporter.h"
#include "ui/campaigns/CampaignViewSettings.h"
#include "ui/campaigns/ConflictDialog.h"
#include "ui/campaigns/MessageBar.h"
#include "ui/shell/UiSettings.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>

namespace cc::ui {
namespace {

using data::Campaign;
using data::CampaignRepository;
using data::WriteOutcome;

class CampaignsPageActionsTest : public test::CampaignsPageFixture {
protected:
    int seedCount() const override { return 120; }

    void SetUp() override {
        CampaignsPageFixture::SetUp();
        QObject::connect(m_server.get(), &sandbox::SandboxServer::requestReceived,
                         [this](const QByteArray& method, const QString& path) {
                             m_requests.append(QString::fromLatin1(method) + QLatin1Char(' ') + path);
                         });
        settle([&] { m_page->refresh(true); });
        ASSERT_GT(m_page->model().rowCount(), 60);
    }

    int count(const QString& request) const { return static_cast<int>(m_requests.count(request)); }
    // Makes `id` conflict: the server's row changes behind the page's back, then the page edits the old one.
    void makeConflict(const Campaign& before, const std::function<void(Campaign&)>& mine) {
        m_clock.advance(1'000); // the server stamps updated_at from this clock: a later change, a new stamp
        const WriteOutcome other = wait([&](CampaignRepository::WriteDone done) {
            m_repository->update(before.id, before.updatedAt,
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed elsewhere")}},
                                 key(), done);
        });
        ASSERT_EQ(other.status, WriteOutcome::Status::Applied);
        Campaign after = before;
        mine(after);
        m_page->editing().submit(before, after);
        ASSERT_TRUE(cc::test::waitUntil(
            [&] {
                const int row = m_page->model().rowOf(before.id);
                return row >= 0 && m_page->model().marker(before.id) == CampaignTableModel::Marker::Conflict;
            },
            10'000));
    }

    QStringList m_requests;
};

TEST_F(CampaignsPageActionsTest, SortingByAColumnReordersTheTable) {
    settle([&] { m_page->viewSettings().sortBy(CampaignTableModel::NameColumn, Qt::AscendingOrder); });
    EXPECT_EQ(m_page->filter().orderColumn, QStringLiteral("name"));
    for (int row = 1; row < m_page->model().rowCount(); ++row) {
        EXPECT_LE(m_page->model().campaign(row - 1).name, m_page->model().campaign(row).name) << row;
    }
    settle([&] { m_page->viewSettings().sortBy(CampaignTableModel::BudgetColumn, Qt::DescendingOrder); });
    for (int row = 1; row < m_page->model().rowCount(); ++row) {
        EXPECT_GE(m_page->model().campaign(row - 1).budget, m_page->model().campaign(row).budget) << row;
    }
    EXPECT_EQ(m_page->table()->horizontalHeader()->sortIndicatorSection(), CampaignTableModel::BudgetColumn);
    EXPECT_EQ(UiSettings::open()->value(CampaignViewSettings::kSortKey).toString(),
              QStringLiteral("-budget"));
}

TEST_F(CampaignsPageActionsTest, TheColumnChooserPersistsUnderConsoleSettings) {
    EXPECT_TRUE(m_page->table()->isColumnHidden(CampaignTableModel::AudienceColumn)) << "hidden by default";
    m_page->viewSettings().setColumnVisible(CampaignTableModel::AudienceColumn, true);
    m_page->viewSettings().setColumnVisible(CampaignTableModel::ChannelColumn, false);
    EXPECT_FALSE(m_page->table()->isColumnHidden(CampaignTableModel::AudienceColumn));
    const QStringList hidden =
        UiSettings::open()->value(CampaignViewSettings::kHiddenColumnsKey).toStringList();
    EXPECT_TRUE(hidden.contains(QStringLiteral("channel")));
    EXPECT_FALSE(hidden.contains(QStringLiteral("audience_size")));
    EXPECT_TRUE(CampaignViewSettings::kHiddenColumnsKey.startsWith(QStringLiteral("console/")));

    CampaignsPage again(*m_store, m_outbox, *m_sender, m_clock);
    EXPECT_TRUE(again.table()->isColumnHidden(CampaignTableModel::ChannelColumn));
    EXPECT_FALSE(again.table()->isColumnHidden(CampaignTableModel::AudienceColumn));
    m_page->viewSettings().setColumnVisible(CampaignTableModel::NameColumn, false);
    EXPECT_FALSE(m_page->table()->isColumnHidden(CampaignTableModel::NameColumn)) << "the name always shows";
}

TEST_F(CampaignsPageActionsTest, TheDetailPaneFollowsTheSelection) {
    selectRows(3, 3);
    EXPECT_EQ(m_page->detailPane()->campaignId(), m_page->model().campaign(3).id);
    EXPECT_EQ(m_page->detailPane()->fieldText(QStringLiteral("name")), m_page->model().campaign(3).name);
    EXPECT_EQ(m_page->detailPane()->fieldText(QStringLiteral("status")), m_page->model().campaign(3).status);
    EXPECT_TRUE(m_page->detailPane()->syncText().contains(QStringLiteral("Saved")));
    selectRows(7, 7);
    EXPECT_EQ(m_page->detailPane()->campaignId(), m_page->model().campaign(7).id);
    m_page->table()->selectionModel()->clearSelection();
    EXPECT_TRUE(m_page->detailPane()->campaignId().isEmpty());
}

TEST_F(CampaignsPageActionsTest, DuplicateCreatesACopyOnTheServer) {
    const Campaign original = m_page->model().campaign(4);
    selectRows(4, 4);
    CampaignEditorDialog* dialog = m_page->editing().duplicate(m_page->model().campaign(4));
    ASSERT_TRUE(dialog);
    const Campaign copy = dialog->campaign();
    EXPECT_TRUE(copy.id.isEmpty());
    EXPECT_EQ(copy.name, QStringLiteral("Copy of ") + original.name);
    dialog->accept();
    EXPECT_NE(m_page->model().campaign(0).name, copy.name) << "not shown before the outbox has it on disk";
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_page->model().campaign(0).name == copy.name; }))
        << "shown once it is durable";
    const QString id = m_page->model().campaign(0).id;
    EXPECT_NE(id, original.id);
    ASSERT_TRUE(cc::test::waitUntil([&] { return drained(); }, 10'000));
    const auto onServer = get(id);
    ASSERT_TRUE(onServer.ok() && onServer.value());
    EXPECT_EQ(onServer.value()->budget, original.budget);
    EXPECT_EQ(onServer.value()->status, QStringLiteral("draft"));
}

TEST_F(CampaignsPageActionsTest, DeleteThenUndoBringsTheRowsBack) {
    const Campaign a = m_page->model().campaign(0);
    const Campaign b = m_page->model().campaign(1);
    const int rows = m_page->model().rowCount();
    selectRows(0, 1);
    m_page->editing().remove(m_page->table()->selectedCampaigns());
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_page->model().rowCount() == rows - 2; }));
    EXPECT_EQ(m_page->model().rowOf(a.id), -1);
    EXPECT_TRUE(m_page->messageBar()->hasAction()) << m_page->messageBar()->text().toStdString();
    m_page->action(CampaignAction::UndoDelete)->trigger();
    ASSERT_TRUE(cc::test::waitUntil(
        [&] { return m_page->model().rowOf(a.id) >= 0 && m_page->model().rowOf(b.id) >= 0; }));
    ASSERT_TRUE(cc::test::waitUntil([&] { return drained(); }, 10'000));
    // Either withdrawn from the outbox or re-created after it was applied: the server has both.
    ASSERT_TRUE(cc::test::waitUntil(
        [&] {
            const auto ra = get(a.id);
            const auto rb = get(b.id);
            return ra.ok() && ra.value() && rb.ok() && rb.value() && drained();
        },
        10'000));
    EXPECT_EQ(get(a.id).value()->name, a.name);
    EXPECT_GE(m_page->model().rowOf(a.id), 0) << "still shown once everything is sent";
    EXPECT_GE(m_page->model().rowOf(b.id), 0);
}

TEST_F(CampaignsPageActionsTest, UndoWhileTheDeletionIsOnTheWireKeepsTheRowsShown) {
    const Campaign a = m_page->model().campaign(0);
    const Campaign b = m_page->model().campaign(1);
    const int rows = m_page->model().rowCount();
    selectRows(0, 1);
    // The user presses Undo while the server is handling the deletion: too late to withdraw it, so the outbox
    // answers the withdrawal first and the sender reports the deletion applied after it; the rows are
    // re-created.
    bool undoPressed = false;
    const QString rpc = QStringLiteral("POST /rest/v1/rpc/execute_transaction");
    auto onTheWire = QObject::connect(m_server.get(), &sandbox::SandboxServer::requestReceived,
                                      [&](const QByteArray& method, const QString& path) {
                                          if (!undoPressed &&
                                              QString::fromLatin1(method) + QLatin1Char(' ') + path == rpc) {
                                              undoPressed = true;
                                              m_page->action(CampaignAction::UndoDelete)->trigger();
                                          }
                                      });
    m_requests.clear();
    m_page->editing().remove(m_page->table()->selectedCampaigns());
    ASSERT_TRUE(cc::test::waitUntil([&] { return count(rpc) == 2 && drained(); }, 10'000))
        << "the deletion, then the re-creation: " << m_requests.join(QLatin1Char('\n')).toStdString();
    QObject::disconnect(onTheWire);
    ASSERT_TRUE(undoPressed);
    const auto ra = get(a.id);
    const auto rb = get(b.id);
    ASSERT_TRUE(ra.ok() && ra.value() && rb.ok() && rb.value()) << "the server has both again";
    EXPECT_EQ(m_page->model().rowCount(), rows) << "the table shows them too";
    const int row = m_page->model().rowOf(a.id);
    ASSERT_GE(row, 0);
    EXPECT_GE(m_page->model().rowOf(b.id), 0);
    EXPECT_EQ(m_page->model().campaign(row).updatedAt, ra.value()->updatedAt)
        << "as the server re-created it";
}

TEST_F(CampaignsPageActionsTest, UndoAfterTheServerDeletedItReCreatesTheCampaign) {
    const Campaign a = m_page->model().campaign(2);
    selectRows(2, 2);
    m_page->editing().remove(m_page->table()->selectedCampaigns());
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_page->model().rowOf(a.id) == -1; }));
    ASSERT_TRUE(cc::test::waitUntil([&] { return drained(); }, 10'000));
    const auto gone = get(a.id);
    ASSERT_TRUE(gone.ok());
    EXPECT_FALSE(gone.value()) << "deleted on the server";
    ASSERT_TRUE(m_page->messageBar()->trigger()) << "the Undo button";
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_page->model().rowOf(a.id) >= 0; }));
    ASSERT_TRUE(cc::test::waitUntil([&] { return drained(); }, 10'000));
    const auto back = get(a.id);
    ASSERT_TRUE(back.ok() && back.value());
    EXPECT_EQ(back.value()->name, a.name);
    EXPECT_EQ(back.value()->budget, a.budget);
}

TEST_F(CampaignsPageActionsTest, BulkPauseOfFiftyRowsIsOneRpcRequest) {
    selectRows(0, 49);
    ASSERT_EQ(m_page->table()->selectedCampaigns().size(), 50);
    QStringList ids;
    for (const Campaign& c : m_page->table()->selectedCampaigns()) {
        ids.append(c.id);
    }
    m_requests.clear();
    // The page marks the rows when the outbox reports the change durable (its handler runs before this one).
    bool sawPending = false;
    QObject::connect(&m_page->changes(), &CampaignChanges::changed, m_page.get(), [&] {
        sawPending = sawPending || m_page->model().marker(ids.first()) == CampaignTableModel::Marker::Pending;
    });
    m_page->action(CampaignAction::Pause)->trigger();
    EXPECT_EQ(m_page->model().marker(ids.first()), CampaignTableModel::Marker::None)
        << "not pending before it is durable";
    // The rows change in the same step that marks them (the outbox's callback).
    ASSERT_TRUE(cc::test::waitUntil([&] { return sawPending; }));
    for (int row = 0; row < 50; ++row) {
        EXPECT_EQ(m_page->model().campaign(row).status, QStringLiteral("paused")) << row;
    }
    ASSERT_TRUE(cc::test::waitUntil([&] { return drained(); }, 10'000));
    EXPECT_EQ(count(QStringLiteral("POST /rest/v1/rpc/execute_transaction")), 1)
        << m_requests.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(m_requests.size(), 1) << m_requests.join(QLatin1Char('\n')).toStdString();
    data::PostgrestQuery paused;
    paused.in(QStringLiteral("id"), QVariantList(ids.begin(), ids.end()))
        .eq(QStringLiteral("status"), QStringLiteral("paused"));
    const auto listed = list(paused);
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(listed.value().rows.size(), 50);
    ASSERT_TRUE(cc::test::waitUntil([&] {
        return m_page->model().index(0, CampaignTableModel::SyncColumn).data().toString().isEmpty();
    }));
}

TEST_F(CampaignsPageActionsTest, CsvExportWritesTheWholeFilteredView) {
    settle([&] {
        m_page->statusFilter()->setCurrentIndex(m_page->statusFilter()->findData(QStringLiteral("active")));
    });
    const qint64 total = m_page->model().total();
    ASSERT_GT(total, 0);
    const QString path = m_files.filePath(QStringLiteral("export.csv"));
    bool done = false;
    int rows = -1;
    QObject::connect(m_page.get(), &CampaignsPage::exported,
                     [&](const QString&, int n, const QString& error) {
                         done = true;
                         rows = n;
                         EXPECT_TRUE(error.isEmpty()) << error.toStdString();
                     });
    m_page->exporter().exportTo(path, m_page->filter(), m_page->table()->exportColumns());
    ASSERT_TRUE(cc::test::waitUntil([&] { return done; }, 10'000));
    EXPECT_EQ(rows, total);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    EXPECT_TRUE(lines.first().startsWith("id,name,status,channel,budget,currency"))
        << lines.first().toStdString();
    EXPECT_TRUE(lines.first().endsWith('\r')) << "RFC 4180 line ends";
    EXPECT_EQ(lines.size(), total + 2) << "header, rows, and the empty piece after the last CRLF";
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        EXPECT_TRUE(lines[i].contains(",active,")) << lines[i].toStdString();
    }
}

TEST_F(CampaignsPageActionsTest, ConflictDialogTakeTheirsDropsMyChange) {
    const Campaign before = m_page->model().campaign(5);
    makeConflict(before, [](Campaign& c) { c.budget = 777; });
    ConflictDialog* dialog = m_page->editing().openConflict(before.id);
    ASSERT_TRUE(dialog);
    dialog->resize(560, 420);
    screenshot(dialog, QStringLiteral("campui-conflict.png"));
    EXPECT_TRUE(dialog->differingFields().contains(QStringLiteral("budget")));
    EXPECT_EQ(dialog->theirs().name, QStringLiteral("Renamed elsewhere"));
    EXPECT_EQ(dialog->mine().budget, 777);
    dialog->takeTheirs();
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_outbox.all().value().isEmpty(); }));
    const int row = m_page->model().rowOf(before.id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(m_page->model().campaign(row).name, QStringLiteral("Renamed elsewhere"));
    EXPECT_EQ(m_page->model().campaign(row).budget, before.budget);
    EXPECT_EQ(get(before.id).value()->budget, before.budget);
}

TEST_F(CampaignsPageActionsTest, ConflictDialogKeepMineSendsMyChangeOnTopOfTheirs) {
    const Campaign before = m_page->model().campaign(6);
    makeConflict(before, [](Campaign& c) { c.budget = 888; });
    ConflictDialog* dialog = m_page->editing().openConflict(before.id);
    ASSERT_TRUE(dialog);
    dialog->keepMine();
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_outbox.all().value().isEmpty(); }, 10'000));
    const auto server = get(before.id);
    EXPECT_EQ(server.value()->budget, 888);
    EXPECT_EQ(server.value()->name, QStringLiteral("Renamed elsewhere")) << "their other change stays";
}

TEST_F(CampaignsPageActionsTest, ConflictDialogMergeKeepsTheChosenSidePerField) {
    const Campaign before = m_page->model().campaign(7);
    makeConflict(before, [](Campaign& c) {
        c.budget = 999;
        c.name = QStringLiteral("My name");
    });
    ConflictDialog* dialog = m_page->editing().openConflict(before.id);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->differingFields().contains(QStringLiteral("name")));
    dialog->setKeepMine(QStringLiteral("name"), false);
    dialog->setKeepMine(QStringLiteral("budget"), true);
    EXPECT_EQ(dialog->mergedPayload().keys(), QStringList{QStringLiteral("budget")});
    dialog->merge();
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_outbox.all().value().isEmpty(); }, 10'000));
    const auto server = get(before.id);
    EXPECT_EQ(server.value()->budget, 999);
    EXPECT_EQ(server.value()->name, QStringLiteral("Renamed elsewhere"));
}

TEST_F(CampaignsPageActionsTest, ScreenshotOfTheViewWithFiltersAndAPendingRow) {
    settle([&] {
        m_page->channelFilter()->setCurrentIndex(m_page->channelFilter()->findData(QStringLiteral("email")));
    });
    ASSERT_GT(m_page->model().rowCount(), 2);
    stopServer(); // the edit stays pending
    Campaign after = m_page->model().campaign(1);
    after.budget = 12'345;
    m_page->editing().submit(m_page->model().campaign(1), after);
    selectRows(1, 1);
    m_page->resize(1180, 620);
    ASSERT_TRUE(cc::test::waitUntil([&] {
        return m_page->model().index(1, CampaignTableModel::SyncColumn).data().toString() ==
               QLatin1String("pending");
    }));
    EXPECT_TRUE(m_page->detailPane()->syncText().contains(QStringLiteral("waiting")));
    screenshot(m_page.get(), QStringLiteral("campui-campaigns-pending.png"));
}

} // namespace
} // namespace cc::ui
