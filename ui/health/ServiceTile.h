#pragma once

#include "app/health/HistoryTypes.h"
#include "app/health/ServiceHealth.h"

#include <QFrame>

class QLabel;

namespace cc::ui {

// One service on the dashboard: its state as colour, icon and text; latency now and p95; uptime over 24 h,
// 7 d and 30 d; the breaker; the last error; the time of the last check. Focusable, with an accessible
// description that reads the whole tile.
class ServiceTile : public QFrame {
    Q_OBJECT

public:
    explicit ServiceTile(const QString& name, QWidget* parent = nullptr);

    void setHealth(const health::ServiceHealth& health);
    void setHistory(const health::ServiceHistory* history);

    const QString& serviceName() const { return m_name; }
    health::HealthState state() const { return m_health.state; }
    QString stateText() const;
    QString uptimeText() const;
    QString breakerText() const;
    QString lastErrorText() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void updateTexts();

    QString m_name;
    health::ServiceHealth m_health;
    std::optional<double> m_uptime[3];
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_summary;
    QLabel* m_latency;
    QLabel* m_uptimeLabel;
    QLabel* m_breaker;
    QLabel* m_error;
    QLabel* m_checked;
};

} // namespace cc::ui
