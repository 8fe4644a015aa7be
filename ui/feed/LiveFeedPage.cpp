#include "ui/feed/LiveFeedPage.h"

#include "ui/common/CachedTextDelegate.h"
#include "ui/feed/LiveFeedFilterModel.h"
#include "ui/feed/LiveFeedModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cc::ui {

using realtime::CampaignEvent;
using realtime::ConnectionState;

LiveFeedPage::LiveFeedPage(LiveFeedModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model) {
    m_filter = new LiveFeedFilterModel(model, this);
    m_filter->setSourceModel(nullptr); // attached only while a filter is set (see useFilter)

    m_connection = new QLabel;
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_connection->setTextFormat(Qt::RichText);
    m_lastEvent = new QLabel;
    m_lastEvent->setObjectName(QStringLiteral("lastEvent"));

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All changes"), -1);
    m_kind->addItem(tr("Created"), static_cast<int>(CampaignEvent::Kind::Created));
    m_kind->addItem(tr("Changed"), static_cast<int>(CampaignEvent::Kind::Changed));
    m_kind->addItem(tr("Deleted"), static_cast<int>(CampaignEvent::Kind::Deleted));
    auto* kindLabel = new QLabel(tr("&Show:"));
    kindLabel->setBuddy(m_kind);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("feedSearch"));
    m_search->setPlaceholderText(tr("Filter by campaign, person or field"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Filter:"));
    searchLabel->setBuddy(m_search);
    m_pause = new QPushButton(tr("&Pause"));
    m_pause->setObjectName(QStringLiteral("pauseFeed"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop adding new changes to the list; they are kept and counted."));
    m_pending = new QLabel;
    m_pending->setObjectName(QStringLiteral("pendingChanges"));
    m_pending->setStyleSheet(QStringLiteral("font-weight: bold; color: #9a6700;"));
    m_pending->hide();
    m_open = new QPushButton(tr("&Open campaign"));
    m_open->setObjectName(QStringLiteral("openCampaign"));
    m_open->setEnabled(false);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("feedCount"));

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("feedTable"));
    m_table->setModel(&m_model);
    m_table->setItemDelegate(new CachedTextDelegate(m_table)); // repaints often under live changes
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move within it
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false); // as the campaigns table
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: 10,000 rows are never measured one by one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    header->resizeSection(LiveFeedModel::TimeColumn,
                          metrics.horizontalAdvance(QStringLiteral("00:00:00")) + 24);
    header->resizeSection(LiveFeedModel::KindColumn, metrics.horizontalAdvance(tr("changed")) + 32);
    header->resizeSection(LiveFeedModel::CampaignColumn, metrics.averageCharWidth() * 28);
    header->resizeSection(LiveFeedModel::WhoColumn, metrics.averageCharWidth() * 26);
    header->setStretchLastSection(true);

    auto* status = new QHBoxLayout;
    status->addWidget(m_connection);
    status->addSpacing(16);
    status->addWidget(m_lastEvent);
    status->addStretch(1);
    status->addWidget(m_count);
    auto* bar = new QHBoxLayout;
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addSpacing(8);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_pending);
    bar->addWidget(m_pause);
    bar->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(status);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    setTabOrder(m_kind, m_search);
    setTabOrder(m_search, m_pause);
    setTabOrder(m_pause, m_open);
    setTabOrder(m_open, m_table);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(kFilterDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(&m_filterDelay, &QTimer::timeout, this, &LiveFeedPage::applyFilterNow);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_filter->setKind(kind < 0
                              ? std::nullopt
                              : std::optional<CampaignEvent::Kind>(static_cast<CampaignEvent::Kind>(kind)));
        useFilter();
        updateCount();
    });
    connect(m_pause, &QPushButton::toggled, this, &LiveFeedPage::setPaused);
    connect(m_open, &QPushButton::clicked, this, &LiveFeedPage::openCurrent);
    connect(m_table, &QTableView::activated, this, &LiveFeedPage::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_open->setEnabled(current.isValid()); });
    connect(&m_model, &LiveFeedModel::pendingCountChanged, this, &LiveFeedPage::updatePending);
    connect(&m_model, &LiveFeedModel::lastEventChanged, this, &LiveFeedPage::updateLastEvent);
    // The count line is refreshed at most a few times a second, however fast rows arrive.
    m_countDelay.setSingleShot(true);
    m_countDelay.setInterval(200);
    connect(&m_countDelay, &QTimer::timeout, this, &LiveFeedPage::updateCount);
    const auto countLater = [this] {
        if (!m_countDelay.isActive()) {
            updateCount(); // at once, then once more when the burst has settled
            m_countDelay.start();
        }
    };
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, countLater);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, countLater);
    connect(&m_model, &QAbstractItemModel::modelReset, this, countLater);

    setConnectionState(ConnectionState::Disconnected);
    updateLastEvent();
    updateCount();
    updatePending(m_model.pendingCount());
}

QString LiveFeedPage::stateText(ConnectionState state) {
    switch (state) {
    case ConnectionState::Disconnected:
        return tr("Not connected");
    case ConnectionState::Connecting:
        return tr("Connecting…");
    case ConnectionState::Joining:
        return tr("Subscribing to changes…");
    case ConnectionState::Live:
        return tr("Live");
    case ConnectionState::Reconnecting:
        return tr("Reconnecting…");
    case ConnectionState::AuthFailed:
        return tr("Not connected: sign in again");
    }
    return {};
}

void LiveFeedPage::setConnectionState(ConnectionState state) {
    const QString color = state == ConnectionState::Live ? QStringLiteral("#1b7f3b")
                          : state == ConnectionState::Disconnected || state == ConnectionState::AuthFailed
                              ? QStringLiteral("#b3261e")
                              : QStringLiteral("#9a6700");
    // The dot is decoration; the words carry the state (colour is never the only signal).
    m_connection->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                              .arg(color, stateText(state).toHtmlEscaped()));
    m_connection->setAccessibleName(stateText(state));
}

void LiveFeedPage::setPaused(bool paused) {
    if (m_pause->isChecked() != paused) {
        m_pause->setChecked(paused); // comes back here through toggled
        return;
    }
    m_model.setPaused(paused);
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    updatePending(m_model.pendingCount());
}

void LiveFeedPage::applyFilterNow() {
    m_filterDelay.stop();
    m_filter->setText(m_search->text());
    useFilter();
    updateCount();
}

void LiveFeedPage::useFilter() {
    // The proxy maps every row on every insert: under a storm that is most of the cost, so the table shows
    // the model itself unless a filter is set.
    const bool filtering = m_kind->currentData().toInt() >= 0 || !m_search->text().trimmed().isEmpty();
    QAbstractItemModel* wanted = filtering ? static_cast<QAbstractItemModel*>(m_filter) : &m_model;
    if (m_table->model() == wanted) {
        return;
    }
    m_filter->setSourceModel(filtering ? &m_model : nullptr);
    m_table->setModel(wanted);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_open->setEnabled(current.isValid()); });
    m_open->setEnabled(false);
}

void LiveFeedPage::openCurrent() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const QString id = current.data(LiveFeedModel::CampaignIdRole).toString();
    if (!id.isEmpty()) {
        emit openCampaign(id);
    }
}

void LiveFeedPage::updatePending(int count) {
    m_pending->setVisible(m_model.isPaused());
    m_pending->setText(count == 0   ? tr("Paused")
                       : count == 1 ? tr("1 new change")
                                    : tr("%1 new changes").arg(QLocale().toString(count)));
}

void LiveFeedPage::updateLastEvent() {
    const QDateTime at = m_model.lastEventAt();
    m_lastEvent->setText(
        at.isValid() ? tr("Last change at %1").arg(at.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                     : tr("No changes yet"));
}

void LiveFeedPage::updateCount() {
    const QLocale locale;
    const int shown = m_table->model()->rowCount();
    const int all = m_model.rowCount();
    if (shown != all) {
        m_count->setText(tr("%1 of %2 changes").arg(locale.toString(shown), locale.toString(all)));
    } else {
        m_count->setText(all == 1 ? tr("1 change") : tr("%1 changes").arg(locale.toString(all)));
    }
}

} // namespace cc::ui
