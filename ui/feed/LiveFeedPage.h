#pragma once

#include "app/realtime/ConnectionState.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cc::ui {

class LiveFeedFilterModel;
class LiveFeedModel;

// The live change feed: newest first, with the connection state and the time of the last change always in
// view, filters by kind and text, and pause/resume (new changes are counted while paused). Activating an
// entry (double click, Enter, or "Open campaign") asks for that campaign to be opened. Works without a
// realtime client ("Not connected") until setConnectionState is fed.
class LiveFeedPage : public QWidget {
    Q_OBJECT

public:
    static constexpr int kFilterDelayMs = 150;

    explicit LiveFeedPage(LiveFeedModel& model, QWidget* parent = nullptr);

    LiveFeedModel& model() { return m_model; }
    LiveFeedFilterModel* filterModel() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QComboBox* kindFilter() const { return m_kind; }
    QLineEdit* searchBox() const { return m_search; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* openButton() const { return m_open; }
    QLabel* connectionLabel() const { return m_connection; }
    QLabel* lastEventLabel() const { return m_lastEvent; }
    QLabel* pendingLabel() const { return m_pending; }
    QLabel* countLabel() const { return m_count; }

    static QString stateText(realtime::ConnectionState state);

public slots:
    // RealtimeClient::stateChanged.
    void setConnectionState(cc::realtime::ConnectionState state);
    void setPaused(bool paused);
    // The filter text, applied after kFilterDelayMs like typing.
    void applyFilterNow();

signals:
    void openCampaign(const QString& id);

private:
    void openCurrent();
    void useFilter();
    void updatePending(int count);
    void updateLastEvent();
    void updateCount();

    LiveFeedModel& m_model;
    LiveFeedFilterModel* m_filter;
    QTableView* m_table;
    QComboBox* m_kind;
    QLineEdit* m_search;
    QPushButton* m_pause;
    QPushButton* m_open;
    QLabel* m_connection;
    QLabel* m_lastEvent;
    QLabel* m_pending;
    QLabel* m_count;
    QTimer m_filterDelay;
    QTimer m_countDelay;
};

} // namespace cc::ui
