#include "ui/campaigns/CampaignsPage.h"

#include "app/email/EmailClient.h"
#include "ui/campaigns/CampaignDetailPane.h"
#include "ui/campaigns/CampaignEditing.h"
#include "ui/campaigns/CampaignExporter.h"
#include "ui/campaigns/CampaignViewSettings.h"
#include "ui/campaigns/MessageBar.h"
#include "ui/campaigns/SendTestEmailDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace cc::ui {

using data::Campaign;
using data::CampaignStore;

CampaignsPage::CampaignsPage(data::CampaignStore& store, data::Outbox& outbox, data::OutboxSender& sender,
                             const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_changes(store, outbox, sender) {
    buildLayout();
    connectParts();
    m_view->restore();
    m_filter.orderColumn = m_view->sortKey();
    m_filter.descending = m_view->descending();
    updateActions();
}

void CampaignsPage::buildLayout() {
    m_filters = new CampaignFilterBar;
    m_status = new CampaignStatusLine(m_clock, m_store.ttlMs(), this);
    m_messages = new MessageBar;

    m_table = new CampaignTableView(m_model);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_detail = new CampaignDetailPane;
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("campaignSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_actions = new CampaignActions(*this);
    m_editing = new CampaignEditing(m_changes, m_model, *m_messages, *this);
    m_view = new CampaignViewSettings(*m_table, m_model, *this);
    m_exporter = new CampaignExporter(m_store, m_changes, *m_messages, *this);

    m_table->addActions(m_actions->rowActions());
    setFocusProxy(m_table);
    m_filters->letShortcutsThrough(m_actions->shortcutsOverText());
    m_filters->addTrailingWidget(m_view->menuButton());
    auto* status = new QHBoxLayout;
    status->addWidget(m_status->counts());
    status->addStretch(1);
    status->addWidget(m_status->freshness());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_actions->makeToolbar());
    layout->addWidget(m_status->offlineBanner());
    layout->addWidget(m_messages);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(status);
}

void CampaignsPage::connectParts() {
    connect(m_filters, &CampaignFilterBar::changed, this, [this] { refresh(false); });
    connect(m_filters, &CampaignFilterBar::searchEdited, this,
            [this] { refresh(false, CampaignStore::Revalidation::Debounced); });
    connect(m_actions, &CampaignActions::triggered, this, &CampaignsPage::onAction);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { m_editing->openEditor(m_model.campaign(index.row())); });
    connect(m_view, &CampaignViewSettings::sortChanged, this, [this] {
        m_filter.orderColumn = m_view->sortKey();
        m_filter.descending = m_view->descending();
        refresh(false);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignsPage::updateDetail);
    connect(&m_model, &CampaignTableModel::moreRequested, this, &CampaignsPage::loadMore);
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateDetail();
        updateActions();
    });
    // The markers, the counts and the actions that need rows (Export) follow every change of the rows,
    // whoever made it: an edit, the outbox, a live change.
    connect(m_editing, &CampaignEditing::rowsChanged, this, &CampaignsPage::updateIndicators);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &CampaignsPage::updateIndicators);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &CampaignsPage::updateIndicators);
    connect(m_editing, &CampaignEditing::undoAvailable, this, &CampaignsPage::updateActions);
    connect(m_editing, &CampaignEditing::created, this, &CampaignsPage::showCampaign);
    connect(&m_changes, &CampaignChanges::changed, this, [this] {
        updateMarkers();
        updateDetail();
    });
    connect(&m_changes, &CampaignChanges::rowApplied, this,
            [this](const Campaign& row) { m_pendingRows.applied(row, m_filter); });
    connect(&m_changes, &CampaignChanges::rowRemoved, this,
            [this](const QString& id) { m_model.removeIds({id}); });
    connect(m_detail, &CampaignDetailPane::resolveRequested, m_editing, &CampaignEditing::openConflict);
    connect(m_detail, &CampaignDetailPane::discardRequested, m_editing, &CampaignEditing::discard);
    connect(m_editing, &CampaignEditing::discarded, this, [this] { refresh(false); });
    connect(m_exporter, &CampaignExporter::finished, this, &CampaignsPage::exported);
}

void CampaignsPage::onAction(CampaignAction which) {
    switch (which) {
    case CampaignAction::New:
        m_editing->openEditor(Campaign());
        break;
    case CampaignAction::Duplicate:
        if (m_table->currentIndex().isValid()) {
            m_editing->duplicate(m_model.campaign(m_table->currentIndex().row()));
        }
        break;
    case CampaignAction::Delete:
        m_editing->remove(m_table->selectedCampaigns());
        break;
    case CampaignAction::Pause:
        m_editing->setStatus(m_table->selectedIds(), QStringLiteral("paused"));
        break;
    case CampaignAction::Archive:
        m_editing->setStatus(m_table->selectedIds(), QStringLiteral("archived"));
        break;
    case CampaignAction::Budget:
        m_editing->askBudget(m_table->selectedCampaigns());
        break;
    case CampaignAction::Export:
        m_exporter->askPath(m_filter, m_table->exportColumns());
        break;
    case CampaignAction::SendTestEmail:
        openSendTestEmail();
        break;
    case CampaignAction::Refresh:
        refresh(true);
        break;
    case CampaignAction::FocusSearch:
        m_filters->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchBox()->selectAll();
        break;
    case CampaignAction::UndoDelete:
        m_editing->undoDelete();
        break;
    }
}

void CampaignsPage::setEmailClient(email::EmailClient* client) {
    m_email = client;
    updateActions();
}

void CampaignsPage::updateActions() {
    m_actions->update({.selected = m_table->selectedCount(),
                       .shown = m_model.rowCount(),
                       .emailConfigured = m_email != nullptr,
                       .canUndoDelete = m_editing->canUndoDelete()});
}

void CampaignsPage::refresh(bool force, CampaignStore::Revalidation revalidation) {
    m_filters->apply(m_filter);
    m_filter.offset = 0;
    m_filter.limit = kWindow;
    const quint64 generation = ++m_generation;
    m_status->showRefreshing();
    setProperty("busy", true); // until the final answer (the screenshot mode waits for it)
    m_store.query(
        m_filter, force,
        [this, generation](const CampaignStore::Answer& answer) { onAnswer(answer, generation); },
        revalidation);
}

void CampaignsPage::onAnswer(const CampaignStore::Answer& answer, quint64 generation) {
    if (generation != m_generation) {
        return; // an older filter's answer arriving late
    }
    // A failed revalidation keeps the rows already shown.
    if (!answer.error.isError() || !answer.rows.isEmpty() || m_model.rowCount() == 0) {
        // Edits still in the outbox are shown over the server's (or cache's) rows, and the campaigns it still
        // has to create among them: the user sees their change.
        QList<Campaign> rows = answer.rows;
        const qsizetype before = rows.size();
        const PendingChanges pending = m_changes.pending();
        pending.overlay(rows);
        const QString current = m_detail->campaignId();
        m_model.reset(rows, answer.total - (before - rows.size()));
        m_pendingRows.answered(pending, m_filter);
        if (const int row = m_model.rowOf(current); row >= 0) {
            m_table->selectRow(row);
        }
    }
    m_last = answer;
    updateMarkers();
    updateFreshnessText();
    if (!answer.revalidating) {
        setProperty("busy", false);
    }
    emit answered(answer.source == CampaignStore::Answer::Source::Server, !answer.revalidating);
}

void CampaignsPage::loadMore(qint64 offset) {
    data::CampaignFilter window = m_filter;
    window.offset = offset;
    window.limit = kWindow;
    const quint64 generation = m_generation;
    // Further windows come from the cache only: the first window's revalidation refreshed this filter.
    m_store.query(window, false, [this, generation](const CampaignStore::Answer& answer) {
        if (generation == m_generation && answer.source == CampaignStore::Answer::Source::Cache) {
            QList<Campaign> rows = answer.rows;
            const PendingChanges pending = m_changes.pending();
            pending.overlay(rows);
            m_model.append(rows, m_model.total());
            m_pendingRows.appended(pending, m_filter);
        }
    });
}

void CampaignsPage::updateFreshnessText() {
    m_status->show(m_last, m_model.rowCount(), m_model.total());
}

void CampaignsPage::updateMarkers() {
    m_pendingRows.showMarkers(m_changes.pending());
}

void CampaignsPage::updateIndicators() {
    updateMarkers();
    updateFreshnessText();
    updateActions();
}

void CampaignsPage::updateDetail() {
    const int row = m_table->detailRow();
    if (row < 0) {
        m_detail->clear();
        return;
    }
    const Campaign& c = m_model.campaign(row);
    const PendingChanges pending = m_changes.pending();
    m_detail->showCampaign(c, pending.state(c.id), pending.unresolved(c.id));
}

SendTestEmailDialog* CampaignsPage::openSendTestEmail() {
    const QList<Campaign> selected = m_table->selectedCampaigns();
    if (!m_email || selected.size() != 1) {
        return nullptr;
    }
    auto* dialog = new SendTestEmailDialog(*m_email, selected.first(), m_userEmail, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CampaignsPage::showCampaign(const QString& id) {
    const int row = m_model.rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model.index(row, CampaignTableModel::NameColumn));
        m_table->setFocus();
        return;
    }
    QPointer<CampaignsPage> self(this);
    m_store.get(id, [self, id](Result<std::optional<data::Campaign>> found) {
        if (!self) {
            return;
        }
        if (!found.ok() || !found.value()) {
            self->m_messages->showMessage(tr("That campaign no longer exists."), MessageBar::Tone::Warning);
            return;
        }
        // Searching for its name brings it into the first window; select it once the answer is shown.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(self, &CampaignsPage::answered, self, [self, id, connection](bool, bool final) {
            const int row = self->m_model.rowOf(id);
            if (row >= 0) {
                self->m_table->selectRow(row);
            }
            if (final || row >= 0) {
                disconnect(*connection);
            }
        });
        self->m_filters->searchFor(found.value()->name);
        self->refresh(false);
    });
}

} // namespace cc::ui
