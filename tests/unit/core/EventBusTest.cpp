#include "app/core/EventBus.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

#include <QThread>

#include <atomic>
#include <stdexcept>

namespace cc {
namespace {

struct ProfileChanged {
    QString name;
};
struct ConnectionLost {
    int code = 0;
};

TEST(EventBus, DeliversATypedEventToItsSubscribers) {
    EventBus bus;
    QObject receiver;
    QString received;
    auto sub = bus.subscribe<ProfileChanged>(&receiver, [&](const ProfileChanged& e) { received = e.name; });
    bus.publish(ProfileChanged{QStringLiteral("staging")});
    EXPECT_EQ(received, QStringLiteral("staging"));
}

TEST(EventBus, DoesNotDeliverOtherEventTypes) {
    EventBus bus;
    QObject receiver;
    int calls = 0;
    auto sub = bus.subscribe<ProfileChanged>(&receiver, [&](const ProfileChanged&) { ++calls; });
    bus.publish(ConnectionLost{3});
    EXPECT_EQ(calls, 0);
}

TEST(EventBus, DestroyingTheSubscriptionUnsubscribes) {
    EventBus bus;
    QObject receiver;
    int calls = 0;
    {
        auto sub = bus.subscribe<ProfileChanged>(&receiver, [&](const ProfileChanged&) { ++calls; });
        EXPECT_EQ(bus.subscriberCount<ProfileChanged>(), 1);
    }
    EXPECT_EQ(bus.subscriberCount<ProfileChanged>(), 0);
    bus.publish(ProfileChanged{});
    EXPECT_EQ(calls, 0);
}

TEST(EventBus, MovedSubscriptionStaysActive) {
    EventBus bus;
    QObject receiver;
    int calls = 0;
    Subscription outer;
    {
        auto sub = bus.subscribe<ProfileChanged>(&receiver, [&](const ProfileChanged&) { ++calls; });
        outer = std::move(sub);
        EXPECT_FALSE(sub.isActive());
    }
    EXPECT_TRUE(outer.isActive());
    bus.publish(ProfileChanged{});
    EXPECT_EQ(calls, 1);
}

TEST(EventBus, DestroyedContextIsSkipped) {
    EventBus bus;
    int calls = 0;
    auto receiver = std::make_unique<QObject>();
    auto sub = bus.subscribe<ProfileChanged>(receiver.get(), [&](const ProfileChanged&) { ++calls; });
    receiver.reset();
    bus.publish(ProfileChanged{});
    EXPECT_EQ(calls, 0);
    EXPECT_EQ(bus.subscriberCount<ProfileChanged>(), 0);
}

TEST(EventBus, ThrowingHandlerDoesNotStopTheOthers) {
    EventBus bus;
    QObject receiver;
    int calls = 0;
    auto bad = bus.subscribe<ProfileChanged>(&receiver,
                                             [](const ProfileChanged&) { throw std::runtime_error("boom"); });
    auto good = bus.subscribe<ProfileChanged>(&receiver, [&](const ProfileChanged&) { ++calls; });
    bus.publish(ProfileChanged{});
    bus.publish(ProfileChanged{});
    EXPECT_EQ(calls, 2);
}

TEST(EventBus, DeliversOnTheSubscribersThread) {
    EventBus bus;
    QThread worker;
    worker.start();
    QObject receiver;
    receiver.moveToThread(&worker);
    std::atomic<QThread*> deliveredOn = nullptr;
    auto sub = bus.subscribe<ConnectionLost>(
        &receiver, [&](const ConnectionLost&) { deliveredOn = QThread::currentThread(); });
    bus.publish(ConnectionLost{1});
    EXPECT_TRUE(test::waitUntil([&] { return deliveredOn.load() != nullptr; }));
    EXPECT_EQ(deliveredOn.load(), &worker);
    worker.quit();
    worker.wait();
}

TEST(EventBus, UnsubscribingBeforeAQueuedDeliveryDropsIt) {
    EventBus bus;
    QThread worker;
    worker.start();
    QObject receiver;
    receiver.moveToThread(&worker);
    std::atomic<int> calls = 0;
    // Block the worker so the delivery stays queued while we unsubscribe.
    std::atomic<bool> release = false;
    QMetaObject::invokeMethod(&receiver, [&] {
        while (!release) {
            QThread::yieldCurrentThread();
        }
    });
    auto sub = bus.subscribe<ConnectionLost>(&receiver, [&](const ConnectionLost&) { ++calls; });
    bus.publish(ConnectionLost{1});
    sub.reset();
    release = true;
    bool drained = false;
    QMetaObject::invokeMethod(&receiver, [&] { drained = true; });
    EXPECT_TRUE(test::waitUntil([&] { return drained; }));
    EXPECT_EQ(calls.load(), 0);
    worker.quit();
    worker.wait();
}

} // namespace
} // namespace cc
