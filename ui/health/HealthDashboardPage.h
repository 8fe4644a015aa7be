#pragma once

#include "app/core/Clock.h"
#include "app/health/HistoryTypes.h"
#include "app/health/ServiceHealth.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace cc::health {
class HealthHistoryService;
class HealthMonitor;
} // namespace cc::health

namespace cc::ui {

class HealthNotifier;
class IncidentTableModel;
class LatencyChart;
class ServiceTile;
class StateTimelineStrip;

// The administrator's health dashboard: a summary banner ("All systems operational" / "2 services degraded"),
// a tile per service, the latency chart (1 h / 24 h / 7 d), a 24-hour state timeline per service, the
// incident list and "Check now". Live states come from the monitor; the past from the history service, read
// on its thread and reloaded (debounced) as results are recorded. `history` and `notifier` may be null.
class HealthDashboardPage : public QWidget {
    Q_OBJECT

public:
    static constexpr int kReloadDebounceMs = 2'000;

    HealthDashboardPage(health::HealthMonitor& monitor, health::HealthHistoryService* history,
                        const Clock& clock, HealthNotifier* notifier = nullptr, QWidget* parent = nullptr);
    ~HealthDashboardPage() override;

    QString bannerText() const;
    QLabel* banner() const { return m_bannerText; }
    QPushButton* checkNowButton() const { return m_checkNow; }
    QCheckBox* muteBox() const { return m_mute; }
    ServiceTile* tile(const QString& service) const { return m_tiles.value(service); }
    StateTimelineStrip* timeline(const QString& service) const { return m_strips.value(service); }
    LatencyChart* latencyChart() const { return m_chart; }
    IncidentTableModel* incidents() const { return m_incidentModel; }
    QTableView* incidentView() const { return m_incidentView; }
    // "No incidents in this period", shown instead of an empty table.
    QLabel* noIncidentsLabel() const { return m_noIncidents; }
    // Whether the history sections (chart, timelines, incidents) are shown: not without checks (no profile).
    bool historyShown() const;
    bool historyLoaded() const { return m_loaded; }

    // Another history file (a profile change); null: none.
    void setHistory(health::HealthHistoryService* history);

public slots:
    // Reads the history again (on the history's thread); historyApplied() follows.
    void reloadHistory();
    void setSnapshot(const health::HistorySnapshot& snapshot);

signals:
    void historyApplied();

private:
    void rebuildServices();
    void connectHistory();
    void onServiceUpdated(const health::ServiceHealth& health);
    void updateBanner();
    void updateIncidentsPlaceholder();
    QHash<QString, QString> titles() const;

    health::HealthMonitor& m_monitor;
    health::HealthHistoryService* m_history;
    const Clock& m_clock;
    HealthNotifier* m_notifier;
    QWidget* m_bannerBox;
    QLabel* m_bannerIcon;
    QLabel* m_bannerText;
    QLabel* m_bannerDetail;
    QPushButton* m_checkNow;
    QCheckBox* m_mute;
    QGridLayout* m_tileGrid;
    QGridLayout* m_stripGrid;
    QHash<QString, ServiceTile*> m_tiles;
    QHash<QString, StateTimelineStrip*> m_strips;
    QStringList m_order;
    LatencyChart* m_chart;
    IncidentTableModel* m_incidentModel;
    QTableView* m_incidentView;
    QLabel* m_noIncidents;
    QWidget* m_historySections;
    QLabel* m_historyError;
    health::HistorySnapshot m_snapshot;
    QTimer m_reload;
    bool m_loaded = false;
    quint64 m_loadGeneration = 0;
    QList<QMetaObject::Connection> m_historyConnections;
};

} // namespace cc::ui
