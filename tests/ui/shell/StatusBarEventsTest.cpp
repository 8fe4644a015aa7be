#include "ui/shell/StatusBarEvents.h"

#include "app/core/EventBus.h"
#include "app/workspace/DomainEvents.h"
#include "tests/support/QtPrinters.h"
#include "ui/shell/MainWindow.h"

#include <gtest/gtest.h>

#include <QStatusBar>

namespace cc::ui {
namespace {

// The status bar follows the domain events of the profile in use, whoever publishes them.
class StatusBarEventsTest : public ::testing::Test {
protected:
    EventBus bus;
    MainWindow window;
    StatusBarEvents* status = new StatusBarEvents(window, bus);
};

TEST_F(StatusBarEventsTest, ReachableShowsConnectedWithTheProfile) {
    bus.publish(events::ConnectivityChanged{QStringLiteral("Staging"), events::Connectivity::Reachable, {}});
    EXPECT_EQ(window.connectionState(), MainWindow::ConnectionState::Connected);
    EXPECT_TRUE(window.connectionText().contains(QStringLiteral("Staging")));
}

TEST_F(StatusBarEventsTest, OfflineShowsTheReason) {
    bus.publish(events::ConnectivityChanged{QStringLiteral("Staging"), events::Connectivity::Offline,
                                            QStringLiteral("the server closed the socket")});
    EXPECT_EQ(window.connectionState(), MainWindow::ConnectionState::Offline);
    EXPECT_TRUE(window.connectionText().contains(QStringLiteral("the server closed the socket")));
}

TEST_F(StatusBarEventsTest, SignedOutIsNotOffline) {
    bus.publish(events::ConnectivityChanged{QStringLiteral("Staging"), events::Connectivity::Offline, {}});
    bus.publish(events::ConnectivityChanged{QStringLiteral("Staging"), events::Connectivity::SignedOut, {}});
    EXPECT_EQ(window.connectionState(), MainWindow::ConnectionState::NotConnected);
}

TEST_F(StatusBarEventsTest, ConnectingIsShownAsSuch) {
    bus.publish(events::ConnectivityChanged{QStringLiteral("Staging"), events::Connectivity::Connecting, {}});
    EXPECT_EQ(window.connectionState(), MainWindow::ConnectionState::Connecting);
}

TEST_F(StatusBarEventsTest, SyncProgressIsAMessageWithTheCounts) {
    bus.publish(events::SyncProgress{QStringLiteral("Staging"), 1200, 5000});
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("5,000")))
        << qPrintable(window.statusBar()->currentMessage());
}

TEST_F(StatusBarEventsTest, SyncFinishedSaysWhetherEverythingIsOffline) {
    bus.publish(events::SyncFinished{QStringLiteral("Staging"), Error()});
    const QString done = window.statusBar()->currentMessage();
    bus.publish(events::SyncFinished{QStringLiteral("Staging"),
                                     Error(ErrorKind::Network, QStringLiteral("timed out"))});
    const QString failed = window.statusBar()->currentMessage();
    EXPECT_FALSE(done.isEmpty());
    EXPECT_NE(done, failed);
    EXPECT_TRUE(failed.contains(QStringLiteral("timed out")));
}

TEST_F(StatusBarEventsTest, NothingIsHeardOnceTheWindowIsGone) {
    auto other = std::make_unique<MainWindow>();
    new StatusBarEvents(*other, bus);
    EXPECT_EQ(bus.subscriberCount<events::ConnectivityChanged>(), 2);
    other.reset();
    bus.publish(events::ConnectivityChanged{QStringLiteral("Staging"), events::Connectivity::Reachable, {}});
    EXPECT_EQ(bus.subscriberCount<events::ConnectivityChanged>(), 1);
}

} // namespace
} // namespace cc::ui
