#pragma once

#include "app/core/EventBus.h"

#include <QObject>

#include <vector>

namespace cc::ui {

class MainWindow;

// The status bar as a subscriber of the domain events (app/workspace/DomainEvents.h): the connection state
// from ConnectivityChanged, and the full sync's progress and outcome as messages. Whoever publishes them
// (a profile's context, today) does not know the window.
class StatusBarEvents : public QObject {
    Q_OBJECT

public:
    StatusBarEvents(MainWindow& window, EventBus& bus);

private:
    void showMessage(const QString& text);

    MainWindow& m_window;
    std::vector<Subscription> m_subscriptions;
};

} // namespace cc::ui
