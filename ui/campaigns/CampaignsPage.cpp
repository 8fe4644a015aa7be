#include "ui/campaigns/CampaignsPage.h"

#include "app/data/CampaignRules.h"
#include "app/email/EmailClient.h"
#include "ui/campaigns/CampaignDetailPane.h"
#include "ui/campaigns/CampaignEditorDialog.h"
#include "ui/campaigns/CampaignTableView.h"
#include "ui/campaigns/MessageBar.h"
#include "ui/shell/UiSettings.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cc::ui {

using data::Campaign;
using data::CampaignStore;

CampaignsPage::CampaignsPage(data::CampaignStore& store, data::Outbox& outbox, data::OutboxSender& sender,
                             const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_outbox(outbox)
    , m_clock(clock)
    , m_changes(store, outbox, sender) {
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("campaignSearch"));
    m_search->setPlaceholderText(tr("Search campaigns by name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString& status : data::CampaignRules::statuses()) {
        m_status->addItem(status, status);
    }
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_channel->setAccessibleName(tr("Channel filter"));
    m_channel->addItem(tr("All channels"), QString());
    for (const QString& channel : data::CampaignRules::channels()) {
        m_channel->addItem(channel, channel);
    }
    m_freshness = new QLabel;
    m_freshness->setObjectName(QStringLiteral("freshness"));
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("counts"));
    m_offline = new QLabel;
    m_offline->setObjectName(QStringLiteral("offlineBanner"));
    m_offline->setWordWrap(true);
    m_offline->setStyleSheet(QStringLiteral(
        "#offlineBanner { background: #fce8e6; color: #8c1d18; padding: 6px 10px; border-radius: 4px; }"));
    m_offline->hide();
    m_messages = new MessageBar;

    m_table = new CampaignTableView(m_model);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView* header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_detail = new CampaignDetailPane;
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("campaignSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_columnMenu = new QMenu(tr("&Columns"), this);
    m_columnMenu->setObjectName(QStringLiteral("columnMenu"));
    m_sortMenu = new QMenu(tr("&Sort by"), this);
    auto* viewButton = new QToolButton;
    viewButton->setText(tr("&View"));
    viewButton->setPopupMode(QToolButton::InstantPopup);
    auto* viewMenu = new QMenu(this);
    viewMenu->addMenu(m_sortMenu);
    viewMenu->addMenu(m_columnMenu);
    viewButton->setMenu(viewMenu);

    auto* toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("campaignActions"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_channel);
    bar->addWidget(viewButton);
    auto* status = new QHBoxLayout;
    status->addWidget(m_counts);
    status->addStretch(1);
    status->addWidget(m_freshness);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(toolbar);
    layout->addWidget(m_offline);
    layout->addWidget(m_messages);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(status);

    buildActions();
    for (QAction* a : actions()) {
        toolbar->addAction(a);
        if (a->objectName() != QLatin1String("focusSearch") &&
            a->objectName() != QLatin1String("undoDelete")) {
            m_table->addAction(a);
        }
    }
    toolbar->removeAction(action(QStringLiteral("focusSearch")));
    toolbar->removeAction(action(QStringLiteral("undoDelete")));

    for (int column = CampaignTableModel::NameColumn + 1; column < CampaignTableModel::ColumnCount;
         ++column) {
        QAction* toggle =
            m_columnMenu->addAction(m_model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        toggle->setCheckable(true);
        toggle->setData(column);
        connect(toggle, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
    }
    for (int column = CampaignTableModel::NameColumn; column < CampaignTableModel::ColumnCount; ++column) {
        const QString label = m_model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        m_sortMenu->addAction(tr("%1, ascending").arg(label), this,
                              [this, column] { sortBy(column, Qt::AscendingOrder); });
        m_sortMenu->addAction(tr("%1, descending").arg(label), this,
                              [this, column] { sortBy(column, Qt::DescendingOrder); });
    }
    restoreViewSettings();

    connect(m_search, &QLineEdit::textChanged, this,
            [this] { refresh(false, CampaignStore::Revalidation::Debounced); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { refresh(false); });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] { refresh(false); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openEditor(index.row()); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, &CampaignsPage::onSortIndicator);
    connect(header, &QHeaderView::customContextMenuRequested, this, &CampaignsPage::showColumnMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignsPage::updateDetail);
    connect(&m_model, &CampaignTableModel::moreRequested, this, &CampaignsPage::loadMore);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &CampaignsPage::updateDetail);
    connect(&m_changes, &CampaignChanges::changed, this, [this] {
        updateMarkers();
        updateDetail();
    });
    connect(&m_changes, &CampaignChanges::rowApplied, this,
            [this](const Campaign& row) { m_pendingRows.applied(row, m_filter); });
    connect(&m_changes, &CampaignChanges::rowRemoved, this,
            [this](const QString& id) { m_model.removeIds({id}); });
    connect(&m_changes, &CampaignChanges::conflicted, this, [this](const data::OutboxOperation& op) {
        const int row = m_model.rowOf(op.campaignId);
        const QString name = row >= 0 ? m_model.campaign(row).name : op.campaignId;
        const QString id = op.campaignId;
        m_messages->showMessage(
            tr("“%1” was changed by someone else.").arg(name), MessageBar::Tone::Warning, tr("&Resolve…"),
            [this, id] { openConflict(id); }, 0);
    });
    connect(&m_changes, &CampaignChanges::refused, this,
            [this](const data::OutboxOperation&, const Error& e) {
                showError(tr("The server refused a change: %1").arg(e.message));
            });
    connect(&m_changes, &CampaignChanges::undoFailed, this, [this](const Error& e) {
        showError(tr("Could not bring the deleted campaigns back: %1").arg(e.message));
    });
    connect(m_detail, &CampaignDetailPane::resolveRequested, this,
            [this](const QString& id) { openConflict(id); });
    connect(m_detail, &CampaignDetailPane::discardRequested, this, [this](qint64 seq) {
        m_changes.discard(seq, [this](Result<bool> done) {
            if (!done.ok()) {
                showError(done.error().message);
            }
            refresh(false);
        });
    });
    m_ageTicker.setInterval(30'000);
    connect(&m_ageTicker, &QTimer::timeout, this, &CampaignsPage::updateFreshnessText);
    m_ageTicker.start();
    updateActions();
}

CampaignsPage::~CampaignsPage() = default;

void CampaignsPage::buildActions() {
    const auto make = [this](const QString& name, const QString& text, const QKeySequence& key,
                             const std::function<void()>& slot) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(key.isEmpty() ? text
                                    : tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                        key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    make(QStringLiteral("newCampaign"), tr("&New…"), QKeySequence::New, [this] { openEditor(-1); });
    make(QStringLiteral("duplicateCampaign"), tr("D&uplicate…"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid()) {
            duplicate(current.row());
        }
    });
    make(QStringLiteral("deleteCampaigns"), tr("&Delete"), QKeySequence::Delete,
         [this] { deleteSelected(); });
    make(QStringLiteral("pauseCampaigns"), tr("&Pause"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
         [this] { bulkSetStatus(QStringLiteral("paused")); });
    make(QStringLiteral("archiveCampaigns"), tr("&Archive"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
         [this] { bulkSetStatus(QStringLiteral("archived")); });
    make(QStringLiteral("budgetCampaigns"), tr("&Budget…"), QKeySequence(Qt::CTRL | Qt::Key_B),
         [this] { askBudget(); });
    make(QStringLiteral("exportCsv"), tr("&Export CSV…"), QKeySequence(Qt::CTRL | Qt::Key_E),
         [this] { askExportPath(); });
    make(QStringLiteral("sendTestEmail"), tr("Send &test e-mail…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { openSendTestEmail(); });
    make(QStringLiteral("refreshCampaigns"), tr("&Refresh"), QKeySequence::Refresh,
         [this] { refresh(true); });
    make(QStringLiteral("focusSearch"), tr("Search"), QKeySequence::Find, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    make(QStringLiteral("undoDelete"), tr("&Undo delete"), QKeySequence::Undo, [this] { undoDelete(); });
}

QAction* CampaignsPage::action(const QString& objectName) const {
    for (QAction* a : actions()) {
        if (a->objectName() == objectName) {
            return a;
        }
    }
    return nullptr;
}

void CampaignsPage::setEmailClient(email::EmailClient* client) {
    m_email = client;
    updateActions();
}

QList<Campaign> CampaignsPage::selectedCampaigns() const {
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QList<Campaign> out;
    for (int row : rows) {
        if (row < m_model.rowCount()) {
            out.append(m_model.campaign(row));
        }
    }
    return out;
}

void CampaignsPage::updateActions() {
    const int selected = static_cast<int>(m_table->selectionModel()->selectedRows().size());
    for (const QString& name : {QStringLiteral("deleteCampaigns"), QStringLiteral("pauseCampaigns"),
                                QStringLiteral("archiveCampaigns"), QStringLiteral("budgetCampaigns")}) {
        action(name)->setEnabled(selected > 0);
    }
    action(QStringLiteral("duplicateCampaign"))->setEnabled(selected == 1);
    action(QStringLiteral("sendTestEmail"))->setEnabled(selected == 1 && m_email);
}

void CampaignsPage::refresh(bool force, CampaignStore::Revalidation revalidation) {
    m_filter.search = m_search->text().trimmed();
    const QString status = m_status->currentData().toString();
    m_filter.statuses = status.isEmpty() ? QStringList() : QStringList{status};
    const QString channel = m_channel->currentData().toString();
    m_filter.channels = channel.isEmpty() ? QStringList() : QStringList{channel};
    m_filter.offset = 0;
    m_filter.limit = kWindow;
    const quint64 generation = ++m_generation;
    m_freshness->setText(tr("Refreshing…"));
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
    const QLocale locale;
    m_counts->setText(
        tr("%1 of %2").arg(locale.toString(m_model.rowCount()), locale.toString(m_model.total())));
    m_offline->setVisible(m_last.error.isError());
    if (m_last.error.isError()) {
        m_offline->setText(
            tr("Offline: the server cannot be reached (%1). You are seeing cached data; changes "
               "are kept on this computer and sent when it is back.")
                .arg(m_last.error.message));
        m_freshness->setText(tr("Offline: showing cached data"));
        m_freshness->setToolTip(m_last.error.message);
        m_freshness->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return;
    }
    m_freshness->setStyleSheet(QString());
    m_freshness->setToolTip(QString());
    if (m_last.revalidating) {
        m_freshness->setText(tr("Refreshing…"));
        return;
    }
    const data::Freshness fresh =
        data::Freshness::classify(m_last.freshness.syncedAt, m_clock.nowUtc(), m_store.ttlMs());
    if (fresh.state == data::Freshness::State::Never) {
        m_freshness->setText(tr("Not synced yet"));
        return;
    }
    const int minutes = static_cast<int>(fresh.ageMs / 60'000);
    m_freshness->setText(minutes < 1 ? tr("Updated just now") : tr("Updated %n min ago", nullptr, minutes));
}

void CampaignsPage::updateMarkers() {
    m_pendingRows.showMarkers(m_changes.pending());
}

void CampaignsPage::updateDetail() {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row =
        current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {})
            ? current.row()
            : (selectedCampaigns().size() == 1 ? m_model.rowOf(selectedCampaigns().first().id) : -1);
    if (row < 0 || row >= m_model.rowCount()) {
        m_detail->clear();
        return;
    }
    const Campaign& c = m_model.campaign(row);
    const PendingChanges pending = m_changes.pending();
    m_detail->showCampaign(c, pending.state(c.id), pending.unresolved(c.id));
}

void CampaignsPage::showError(const QString& text) {
    m_messages->showMessage(text, MessageBar::Tone::Error);
}

void CampaignsPage::submit(const Campaign& before, const Campaign& after) {
    // Shown as pending (and sent) only once the outbox has it on disk, committed off this thread.
    m_changes.save(before, after, [this](Result<Campaign> saved) {
        if (!saved.ok()) {
            showError(saved.error().message);
            return;
        }
        m_model.upsertLocal(saved.value());
        updateMarkers();
    });
}

void CampaignsPage::openEditor(int row) {
    const Campaign before = row >= 0 && row < m_model.rowCount() ? m_model.campaign(row) : Campaign();
    auto* dialog = new CampaignEditorDialog(before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] { submit(before, dialog->campaign()); });
    dialog->open();
}

CampaignEditorDialog* CampaignsPage::duplicate(int row) {
    if (row < 0 || row >= m_model.rowCount()) {
        return nullptr;
    }
    Campaign copy = m_model.campaign(row);
    copy.id.clear();
    copy.userId.clear();
    copy.createdAt.clear();
    copy.updatedAt.clear();
    copy.status = QStringLiteral("draft");
    copy.sentCount = copy.openCount = copy.clickCount = 0;
    copy.name = tr("Copy of %1").arg(copy.name).left(data::CampaignRules::kMaxNameLength);
    auto* dialog = new CampaignEditorDialog(copy, this);
    dialog->setWindowTitle(tr("Duplicate campaign"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { submit(Campaign(), dialog->campaign()); });
    dialog->open();
    return dialog;
}

void CampaignsPage::deleteSelected() {
    const QList<Campaign> rows = selectedCampaigns();
    if (rows.isEmpty()) {
        return;
    }
    // The rows go (and Undo is offered) once the deletion is durable in the outbox.
    m_changes.remove(rows, [this](Result<CampaignChanges::Deletion> deleted) {
        if (!deleted.ok()) {
            showError(deleted.error().message);
            return;
        }
        const QList<Campaign>& rows = deleted.value().rows;
        QSet<QString> ids;
        for (const Campaign& c : rows) {
            ids.insert(c.id);
        }
        m_model.removeIds(ids);
        m_lastDeletion = deleted.value();
        const QString text = rows.size() == 1
                                 ? tr("Deleted “%1”.").arg(rows.first().name)
                                 : tr("Deleted %n campaigns.", nullptr, static_cast<int>(rows.size()));
        m_messages->showMessage(text, MessageBar::Tone::Info, tr("&Undo"), [this] { undoDelete(); });
        updateFreshnessText();
    });
}

void CampaignsPage::undoDelete() {
    if (!m_lastDeletion) {
        return;
    }
    const CampaignChanges::Deletion deletion = *m_lastDeletion;
    m_lastDeletion.reset();
    m_messages->dismiss();
    m_changes.undo(deletion, [this, rows = deletion.rows](Result<bool> undone) {
        if (!undone.ok()) {
            showError(undone.error().message);
            return;
        }
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            m_model.upsertLocal(*it);
        }
        updateMarkers();
        updateFreshnessText();
    });
}

void CampaignsPage::applyLocally(const QStringList& ids, const QJsonObject& values) {
    for (const QString& id : ids) {
        const int row = m_model.rowOf(id);
        if (row < 0) {
            continue;
        }
        Campaign c = m_model.campaign(row);
        for (auto it = values.begin(); it != values.end(); ++it) {
            c.setValue(it.key(), it.value());
        }
        m_model.upsertLocal(c);
    }
}

void CampaignsPage::bulkSetStatus(const QString& status) {
    QStringList ids;
    for (const Campaign& c : selectedCampaigns()) {
        ids.append(c.id);
    }
    const QJsonObject values{{QStringLiteral("status"), status}};
    // One transaction; shown once it is durable in the outbox.
    m_changes.bulkUpdate(ids, values, [this, ids, values, status](Result<bool> queued) {
        if (!queued.ok()) {
            showError(queued.error().message);
            return;
        }
        applyLocally(ids, values);
        m_messages->showMessage(
            tr("%n campaign(s) set to %1.", nullptr, static_cast<int>(ids.size())).arg(status),
            MessageBar::Tone::Info);
    });
}

void CampaignsPage::bulkSetBudget(double budget) {
    Campaign probe;
    probe.name = QStringLiteral("x");
    probe.budget = budget;
    if (const auto problems = data::CampaignRules::validateField(probe, QStringLiteral("budget"));
        !problems.isEmpty()) {
        showError(problems.first().message);
        return;
    }
    QStringList ids;
    for (const Campaign& c : selectedCampaigns()) {
        ids.append(c.id);
    }
    const QJsonObject values{{QStringLiteral("budget"), budget}};
    m_changes.bulkUpdate(ids, values, [this, ids, values, budget](Result<bool> queued) {
        if (!queued.ok()) {
            showError(queued.error().message);
            return;
        }
        applyLocally(ids, values);
        m_messages->showMessage(
            tr("Budget of %n campaign(s) set to %1.", nullptr, static_cast<int>(ids.size()))
                .arg(QLocale().toString(budget, 'f', 2)),
            MessageBar::Tone::Info);
    });
}

} // namespace cc::ui
