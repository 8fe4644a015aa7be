#pragma once

#include <QMutex>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <typeindex>
#include <unordered_map>
#include <vector>

namespace cc {

class EventBus;

// Keeps a subscription alive; destroying it (or calling reset()) unsubscribes. Movable, not copyable.
class Subscription {
public:
    Subscription() = default;
    Subscription(Subscription&& other) noexcept;
    Subscription& operator=(Subscription&& other) noexcept;
    Subscription(const Subscription&) = delete;
    Subscription& operator=(const Subscription&) = delete;
    ~Subscription();

    void reset();
    bool isActive() const;

private:
    friend class EventBus;
    struct State;
    Subscription(std::weak_ptr<State> state, quint64 id);

    std::weak_ptr<State> m_state;
    quint64 m_id = 0;
};

// An application-wide publish/subscribe channel for typed events (any copyable struct).
//
// Each handler runs on the thread of the QObject it was subscribed with (queued across threads, direct on the
// same thread), so a subscriber never needs locks of its own. A handler that throws is logged and does not
// stop delivery to the others. Subscribers whose context object is destroyed are skipped and dropped.
class EventBus : public QObject {
    Q_OBJECT

public:
    explicit EventBus(QObject* parent = nullptr);
    ~EventBus() override;

    template <typename Event>
    [[nodiscard]] Subscription subscribe(QObject* context, std::function<void(const Event&)> handler) {
        return subscribeErased(std::type_index(typeid(Event)), context,
                               [handler = std::move(handler)](const std::shared_ptr<const void>& event) {
                                   handler(*static_cast<const Event*>(event.get()));
                               });
    }

    template <typename Event>
    void publish(Event event) {
        publishErased(std::type_index(typeid(Event)), std::make_shared<const Event>(std::move(event)),
                      typeid(Event).name());
    }

    // The number of live subscriptions for an event type (for tests and diagnostics).
    template <typename Event>
    int subscriberCount() const {
        return subscriberCountErased(std::type_index(typeid(Event)));
    }

    // The type-erased form of a handler; an implementation detail shared with Subscription's state.
    using ErasedHandler = std::function<void(const std::shared_ptr<const void>&)>;

private:
    Subscription subscribeErased(std::type_index type, QObject* context, ErasedHandler handler);
    void publishErased(std::type_index type, std::shared_ptr<const void> event, const char* typeName);
    int subscriberCountErased(std::type_index type) const;

    std::shared_ptr<Subscription::State> m_state;
};

} // namespace cc
