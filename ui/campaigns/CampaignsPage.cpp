#include "ui/campaigns/CampaignsPage.h"

#include "app/data/CampaignRules.h"
#include "ui/campaigns/CampaignEditorDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

namespace cc::ui {

using data::Campaign;
using data::CampaignStore;
using data::OutboxOperation;

CampaignsPage::CampaignsPage(data::CampaignStore& store, data::Outbox& outbox, data::OutboxSender& sender,
                             const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_outbox(outbox)
    , m_sender(sender)
    , m_clock(clock) {
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("campaignSearch"));
    m_search->setPlaceholderText(tr("Search campaigns by name"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString& status : data::CampaignRules::statuses()) {
        m_status->addItem(status, status);
    }
    m_refresh = new QPushButton(tr("&Refresh"));
    m_new = new QPushButton(tr("&New campaign…"));
    m_freshness = new QLabel;
    m_freshness->setObjectName(QStringLiteral("freshness"));
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("counts"));

    m_table = new QTableView;
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CampaignTableModel::NameColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_refresh);
    bar->addWidget(m_new);
    auto* status = new QHBoxLayout;
    status->addWidget(m_counts);
    status->addStretch(1);
    status->addWidget(m_freshness);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(status);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, [this] { refresh(false); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { refresh(false); });
    connect(m_refresh, &QPushButton::clicked, this, [this] { refresh(true); });
    connect(m_new, &QPushButton::clicked, this, [this] { openEditor(-1); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openEditor(index.row()); });
    connect(&m_model, &CampaignTableModel::moreRequested, this, &CampaignsPage::loadMore);
    connect(&m_sender, &data::OutboxSender::applied, this,
            [this](const OutboxOperation&, const data::WriteOutcome& outcome) {
                if (outcome.row) {
                    m_store.applied(*outcome.row);
                    m_model.upsertLocal(*outcome.row);
                }
                updateMarkers();
            });
    connect(&m_sender, &data::OutboxSender::conflict, this, &CampaignsPage::updateMarkers);
    connect(&m_sender, &data::OutboxSender::failed, this, &CampaignsPage::updateMarkers);
    m_ageTicker.setInterval(30'000);
    connect(&m_ageTicker, &QTimer::timeout, this, &CampaignsPage::updateFreshnessText);
    m_ageTicker.start();
}

void CampaignsPage::refresh(bool force) {
    m_filter.search = m_search->text().trimmed();
    const QString status = m_status->currentData().toString();
    m_filter.statuses = status.isEmpty() ? QStringList() : QStringList{status};
    m_filter.offset = 0;
    m_filter.limit = kWindow;
    const quint64 generation = ++m_generation;
    m_freshness->setText(tr("Refreshing…"));
    m_store.query(m_filter, force,
                  [this, generation](const CampaignStore::Answer& answer) { onAnswer(answer, generation); });
}

void CampaignsPage::onAnswer(const CampaignStore::Answer& answer, quint64 generation) {
    if (generation != m_generation) {
        return; // an older filter's answer arriving late
    }
    // A failed revalidation keeps the rows already shown.
    if (!answer.error.isError() || !answer.rows.isEmpty() || m_model.rowCount() == 0) {
        // Edits still in the outbox are shown over the server's (or cache's) rows: the user sees their
        // change.
        QList<Campaign> rows = answer.rows;
        const Result<QList<OutboxOperation>> ops = m_outbox.all();
        if (ops.ok()) {
            for (const OutboxOperation& op : ops.value()) {
                if (op.kind != OutboxOperation::Kind::Update || op.state != OutboxOperation::State::Pending) {
                    continue;
                }
                for (Campaign& row : rows) {
                    if (row.id == op.campaignId) {
                        for (auto it = op.payload.begin(); it != op.payload.end(); ++it) {
                            row.setValue(it.key(), it.value());
                        }
                    }
                }
            }
        }
        m_model.reset(rows, answer.total);
    }
    m_last = answer;
    updateMarkers();
    updateFreshnessText();
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
            m_model.append(answer.rows, m_model.total());
        }
    });
}

void CampaignsPage::updateFreshnessText() {
    const QLocale locale;
    m_counts->setText(
        tr("%1 of %2").arg(locale.toString(m_model.rowCount()), locale.toString(m_model.total())));
    if (m_last.error.isError()) {
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
    QHash<QString, CampaignTableModel::Marker> markers;
    const Result<QList<OutboxOperation>> ops = m_outbox.all();
    if (ops.ok()) {
        for (const OutboxOperation& op : ops.value()) {
            markers.insert(op.campaignId, op.state == OutboxOperation::State::Pending
                                              ? CampaignTableModel::Marker::Pending
                                              : CampaignTableModel::Marker::Conflict);
        }
    }
    m_model.setMarkers(markers);
}

void CampaignsPage::submit(const Campaign& before, const Campaign& after) {
    OutboxOperation op;
    Campaign shown = after;
    if (before.id.isEmpty()) {
        op.kind = OutboxOperation::Kind::Create;
        shown.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        op.campaignId = shown.id;
        op.payload = shown.toWriteJson();
        op.payload.insert(QStringLiteral("id"), shown.id);
    } else {
        const QStringList changed = Campaign::changedFields(before, after);
        if (changed.isEmpty()) {
            return;
        }
        op.kind = OutboxOperation::Kind::Update;
        op.campaignId = before.id;
        op.baseUpdatedAt = before.updatedAt;
        op.payload = after.toWriteJson(changed);
    }
    // Shown as pending, and sent, only once the outbox has it on disk (committed off this thread).
    m_outbox.enqueue(op, this, [this, shown](Result<OutboxOperation> queued) {
        if (!queued.ok()) {
            m_freshness->setText(queued.error().message);
            return;
        }
        m_model.upsertLocal(shown);
        updateMarkers();
        m_sender.start();
    });
}

void CampaignsPage::openEditor(int row) {
    const Campaign before = row >= 0 && row < m_model.rowCount() ? m_model.campaign(row) : Campaign();
    auto* dialog = new CampaignEditorDialog(before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] { submit(before, dialog->campaign()); });
    dialog->open();
}

} // namespace cc::ui
