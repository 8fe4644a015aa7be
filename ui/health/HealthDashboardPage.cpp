#include "ui/health/HealthDashboardPage.h"

#include "app/health/HealthAggregator.h"
#include "app/health/HealthHistoryService.h"
#include "app/health/HealthMonitor.h"
#include "ui/health/HealthNotifier.h"
#include "ui/health/HealthPalette.h"
#include "ui/health/IncidentTableModel.h"
#include "ui/health/LatencyChart.h"
#include "ui/health/ServiceTile.h"
#include "ui/health/StateTimelineStrip.h"
#include "ui/shell/PageHeader.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace cc::ui {

using health::HealthState;

namespace {

constexpr int kTileColumns = 3;

// The banner's background: the overall state's tint with a coloured left bar, painted so style sheets are not
// needed.
class BannerFrame : public QWidget {
public:
    using QWidget::QWidget;
    HealthState state = HealthState::Unknown;

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        p.setPen(QPen(HealthPalette::color(state), 1.0));
        p.setBrush(HealthPalette::tint(state));
        p.drawRoundedRect(r, 6, 6);
        p.setPen(Qt::NoPen);
        p.setBrush(HealthPalette::color(state));
        p.drawRoundedRect(QRectF(r.left(), r.top(), 8, r.height()), 4, 4);
    }
};

QLabel* sectionTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setWeight(QFont::DemiBold);
    label->setFont(bold);
    return label;
}

} // namespace

HealthDashboardPage::HealthDashboardPage(health::HealthMonitor& monitor,
                                         health::HealthHistoryService* history, const Clock& clock,
                                         HealthNotifier* notifier, QWidget* parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_history(history)
    , m_clock(clock)
    , m_notifier(notifier) {
    auto* header =
        new PageHeader(tr("Health"),
                       tr("Whether every service the console depends on works, and since when it does "
                          "not. Checked every %L1 s and on demand.")
                           .arg(monitor.options().intervalMs / 1000),
                       this);
    m_mute = new QCheckBox(tr("Notify me of changes"), this);
    m_mute->setChecked(notifier != nullptr && !notifier->isMuted());
    m_mute->setEnabled(notifier != nullptr);
    m_mute->setToolTip(tr("Show a desktop notification when a service changes state"));
    connect(m_mute, &QCheckBox::toggled, this, [this](bool on) {
        if (m_notifier) {
            m_notifier->setMuted(!on);
        }
    });
    m_checkNow = new QPushButton(tr("&Check now"), this);
    m_checkNow->setToolTip(tr("Run every check now (F5)"));
    m_checkNow->setShortcut(QKeySequence::Refresh);
    connect(m_checkNow, &QPushButton::clicked, this, [this] { m_monitor.checkNow(); });
    header->addAction(m_mute);
    header->addAction(m_checkNow);

    auto* banner = new BannerFrame(this);
    m_bannerBox = banner;
    m_bannerIcon = new QLabel(banner);
    m_bannerText = new QLabel(banner);
    m_bannerText->setObjectName(QStringLiteral("healthBanner"));
    QFont big = m_bannerText->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setWeight(QFont::DemiBold);
    m_bannerText->setFont(big);
    m_bannerDetail = new QLabel(banner);
    m_bannerDetail->setWordWrap(true);
    auto* bannerTexts = new QVBoxLayout;
    bannerTexts->setSpacing(2);
    bannerTexts->addWidget(m_bannerText);
    bannerTexts->addWidget(m_bannerDetail);
    auto* bannerLayout = new QHBoxLayout(banner);
    bannerLayout->setContentsMargins(20, 10, 12, 10);
    bannerLayout->addWidget(m_bannerIcon);
    bannerLayout->addLayout(bannerTexts, 1);

    auto* tiles = new QWidget(this);
    m_tileGrid = new QGridLayout(tiles);
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    m_tileGrid->setSpacing(10);

    m_chart = new LatencyChart(this);

    auto* strips = new QWidget(this);
    m_stripGrid = new QGridLayout(strips);
    m_stripGrid->setContentsMargins(0, 0, 0, 0);
    m_stripGrid->setHorizontalSpacing(10);
    m_stripGrid->setVerticalSpacing(4);
    m_stripGrid->setColumnStretch(1, 1);

    m_incidentModel = new IncidentTableModel(this);
    m_incidentView = new QTableView(this);
    m_incidentView->setModel(m_incidentModel);
    m_incidentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_incidentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_incidentView->verticalHeader()->hide();
    m_incidentView->horizontalHeader()->setStretchLastSection(true);
    m_incidentView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_incidentView->horizontalHeader()->setSectionResizeMode(IncidentTableModel::LastError,
                                                             QHeaderView::Stretch);
    m_incidentView->setWordWrap(false);
    m_incidentView->setMinimumHeight(150);
    m_incidentView->setAccessibleName(tr("Incidents"));
    m_noIncidents = new QLabel(tr("No incidents in this period"), this);
    m_noIncidents->setObjectName(QStringLiteral("noIncidents"));
    m_noIncidents->setForegroundRole(QPalette::PlaceholderText);
    m_noIncidents->hide();
    m_historyError = new QLabel(this);
    m_historyError->setWordWrap(true);
    m_historyError->hide();

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(16, 16, 16, 16);
    column->setSpacing(12);
    column->addWidget(header);
    column->addWidget(banner);
    column->addWidget(tiles);
    // What only means something once there are checks: hidden without a profile.
    m_historySections = new QWidget(content);
    auto* sections = new QVBoxLayout(m_historySections);
    sections->setContentsMargins(0, 0, 0, 0);
    sections->setSpacing(12);
    sections->addWidget(m_chart);
    sections->addWidget(sectionTitle(tr("State over the last 24 hours"), m_historySections));
    sections->addWidget(strips);
    sections->addWidget(sectionTitle(tr("Incidents"), m_historySections));
    sections->addWidget(m_historyError);
    sections->addWidget(m_noIncidents);
    sections->addWidget(m_incidentView);
    column->addWidget(m_historySections);
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_reload.setSingleShot(true);
    m_reload.setInterval(kReloadDebounceMs);
    connect(&m_reload, &QTimer::timeout, this, &HealthDashboardPage::reloadHistory);

    connect(&m_monitor, &health::HealthMonitor::serviceUpdated, this, &HealthDashboardPage::onServiceUpdated);
    connect(&m_monitor, &health::HealthMonitor::roundStarted, this, [this] {
        m_checkNow->setEnabled(false);
        m_checkNow->setText(tr("Checking…"));
    });
    connect(&m_monitor, &health::HealthMonitor::roundFinished, this, [this] {
        m_checkNow->setEnabled(true);
        m_checkNow->setText(tr("&Check now"));
    });
    connect(&m_monitor, &health::HealthMonitor::checksChanged, this, [this] {
        rebuildServices();
        reloadHistory();
    });
    connectHistory();
    rebuildServices();
    reloadHistory();
}

HealthDashboardPage::~HealthDashboardPage() = default;

void HealthDashboardPage::setHistory(health::HealthHistoryService* history) {
    m_history = history;
    connectHistory();
    ++m_loadGeneration; // an answer from the previous file is stale
    reloadHistory();
}

void HealthDashboardPage::connectHistory() {
    for (const QMetaObject::Connection& connection : std::as_const(m_historyConnections)) {
        disconnect(connection);
    }
    m_historyConnections.clear();
    if (m_history == nullptr) {
        return;
    }
    m_historyConnections << connect(m_history, &health::HealthHistoryService::recorded, this, [this] {
        if (!m_reload.isActive()) {
            m_reload.start();
        }
    });
    m_historyConnections << connect(
        m_history, &health::HealthHistoryService::failed, this, [this](const Error& error) {
            m_historyError->setText(tr("History unavailable: %1").arg(error.message));
            m_historyError->show();
        });
}

QHash<QString, QString> HealthDashboardPage::titles() const {
    QHash<QString, QString> map;
    for (const health::ServiceHealth& service : m_monitor.services()) {
        map.insert(service.name, service.title);
    }
    return map;
}

void HealthDashboardPage::rebuildServices() {
    qDeleteAll(m_tiles);
    qDeleteAll(m_strips);
    m_tiles.clear();
    m_strips.clear();
    while (QLayoutItem* item = m_stripGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_order.clear();
    const QList<health::ServiceHealth> services = m_monitor.services();
    QWidget* previous = m_checkNow;
    for (int i = 0; i < services.size(); ++i) {
        const health::ServiceHealth& service = services.at(i);
        m_order << service.name;
        auto* tile = new ServiceTile(service.name, m_tileGrid->parentWidget());
        tile->setHealth(service);
        m_tileGrid->addWidget(tile, i / kTileColumns, i % kTileColumns);
        m_tiles.insert(service.name, tile);
        setTabOrder(previous, tile);
        previous = tile;

        auto* label = new QLabel(service.title, m_stripGrid->parentWidget());
        auto* strip = new StateTimelineStrip(m_stripGrid->parentWidget());
        strip->setAccessibleName(tr("%1 over the last 24 hours").arg(service.title));
        m_stripGrid->addWidget(label, i, 0);
        m_stripGrid->addWidget(strip, i, 1);
        m_strips.insert(service.name, strip);
    }
    for (int c = 0; c < kTileColumns; ++c) {
        m_tileGrid->setColumnStretch(c, 1);
    }
    m_historySections->setVisible(!services.isEmpty());
    updateIncidentsPlaceholder();
    updateBanner();
}

bool HealthDashboardPage::historyShown() const {
    return !m_historySections->isHidden();
}

void HealthDashboardPage::updateIncidentsPlaceholder() {
    const bool none = m_loaded && m_incidentModel->rowCount() == 0;
    m_noIncidents->setVisible(none);
    m_incidentView->setVisible(!none);
}

void HealthDashboardPage::onServiceUpdated(const health::ServiceHealth& health) {
    ServiceTile* tile = m_tiles.value(health.name);
    if (tile == nullptr) {
        rebuildServices(); // a check was added
        return;
    }
    tile->setHealth(health);
    updateBanner();
}

QString HealthDashboardPage::bannerText() const {
    return m_bannerText->text();
}

void HealthDashboardPage::updateBanner() {
    const auto overall = m_monitor.overall();
    if (overall.total() == 0) {
        // No profile, so nothing to check: say how to get something here rather than "Checking…".
        const QString text = tr("No profile in use");
        m_bannerText->setText(text);
        m_bannerDetail->setText(tr("Add a profile in Settings (or choose one there) to check its services "
                                   "here: REST, Auth, Realtime, e-mail, the local cache and the keychain."));
        static_cast<BannerFrame*>(m_bannerBox)->state = overall.state;
        m_bannerIcon->setPixmap(HealthPalette::pixmap(overall.state, 32, devicePixelRatioF()));
        m_bannerBox->setAccessibleName(tr("Overall health: %1").arg(text));
        m_bannerBox->update();
        return;
    }
    const QString text = health::HealthAggregator::summaryText(overall);
    m_bannerText->setText(text);
    static_cast<BannerFrame*>(m_bannerBox)->state = overall.state;
    m_bannerIcon->setPixmap(HealthPalette::pixmap(overall.state, 32, devicePixelRatioF()));
    QStringList problems;
    QDateTime last;
    for (const health::ServiceHealth& service : m_monitor.services()) {
        if (service.state == HealthState::Degraded || service.state == HealthState::Unhealthy) {
            problems << tr("%1: %2").arg(service.title, service.stateText().toLower());
        }
        if (service.lastCheckUtc.isValid() && (!last.isValid() || service.lastCheckUtc > last)) {
            last = service.lastCheckUtc;
        }
    }
    QString detail = problems.join(QStringLiteral(" · "));
    const QString checked =
        last.isValid() ? tr("Last checked at %1").arg(last.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                       : tr("Checking…");
    m_bannerDetail->setText(detail.isEmpty() ? checked : detail + QStringLiteral(" — ") + checked);
    m_bannerBox->setAccessibleName(tr("Overall health: %1").arg(text));
    m_bannerBox->update();
}

void HealthDashboardPage::reloadHistory() {
    if (m_history == nullptr) {
        return;
    }
    const quint64 generation = ++m_loadGeneration;
    m_history->loadSnapshot(
        m_order, m_clock.nowUtc(), this, [this, generation](const Result<health::HistorySnapshot>& snapshot) {
            if (generation != m_loadGeneration) {
                return; // a newer load is on its way
            }
            if (!snapshot) {
                m_historyError->setText(tr("History unavailable: %1").arg(snapshot.error().message));
                m_historyError->show();
                return;
            }
            setSnapshot(snapshot.value());
        });
}

void HealthDashboardPage::setSnapshot(const health::HistorySnapshot& snapshot) {
    m_snapshot = snapshot;
    m_historyError->hide();
    const QHash<QString, QString> names = titles();
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it) {
        it.value()->setHistory(snapshot.service(it.key()));
    }
    const QDateTime to = snapshot.atUtc;
    const QDateTime from = to.addSecs(-86'400);
    for (auto it = m_strips.cbegin(); it != m_strips.cend(); ++it) {
        const health::ServiceHistory* history = snapshot.service(it.key());
        it.value()->setChanges(history ? history->changes : QList<health::StateChange>{}, from, to);
    }
    m_chart->setHistory(snapshot, names);
    m_incidentModel->setIncidents(snapshot.incidents, to, names);
    m_loaded = true;
    updateIncidentsPlaceholder();
    emit historyApplied();
}

} // namespace cc::ui
