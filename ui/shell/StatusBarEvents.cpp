#include "ui/shell/StatusBarEvents.h"

#include "app/workspace/DomainEvents.h"
#include "ui/shell/MainWindow.h"

#include <QStatusBar>

namespace cc::ui {

namespace {

constexpr int kMessageMs = 15'000;

} // namespace

StatusBarEvents::StatusBarEvents(MainWindow& window, EventBus& bus)
    : QObject(&window)
    , m_window(window) {
    m_subscriptions.push_back(
        bus.subscribe<events::ConnectivityChanged>(this, [this](const events::ConnectivityChanged& e) {
            using State = MainWindow::ConnectionState;
            switch (e.state) {
            case events::Connectivity::SignedOut:
                m_window.setConnectionState(State::NotConnected, tr("signed out of %1").arg(e.profile));
                break;
            case events::Connectivity::Connecting:
                m_window.setConnectionState(State::Connecting, e.detail);
                break;
            case events::Connectivity::Reachable:
                m_window.setConnectionState(State::Connected, tr("Live updates from %1").arg(e.profile));
                break;
            case events::Connectivity::Offline:
                m_window.setConnectionState(State::Offline, e.detail);
                break;
            }
        }));
    m_subscriptions.push_back(
        bus.subscribe<events::SyncProgress>(this, [this](const events::SyncProgress& e) {
            showMessage(
                e.total ? tr("Downloading campaigns for offline use: %L1 of %L2…").arg(e.stored).arg(*e.total)
                        : tr("Downloading campaigns for offline use…"));
        }));
    m_subscriptions.push_back(
        bus.subscribe<events::SyncFinished>(this, [this](const events::SyncFinished& e) {
            showMessage(
                e.error.isError()
                    ? tr("Not every campaign could be downloaded for offline use: %1").arg(e.error.message)
                    : tr("Every campaign is available offline."));
        }));
}

void StatusBarEvents::showMessage(const QString& text) {
    m_window.statusBar()->showMessage(text, kMessageMs);
}

} // namespace cc::ui
