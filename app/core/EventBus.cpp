#include "app/core/EventBus.h"

#include "app/core/LogCategories.h"

#include <QMetaObject>

#include <exception>

namespace cc {

struct Subscription::State {
    struct Entry {
        quint64 id;
        QPointer<QObject> context;
        EventBus::ErasedHandler handler;
    };
    mutable QMutex mutex;
    quint64 nextId = 1;
    std::unordered_map<std::type_index, std::vector<Entry>> entries;

    void remove(quint64 id) {
        QMutexLocker lock(&mutex);
        for (auto& [type, list] : entries) {
            std::erase_if(list, [id](const Entry& e) { return e.id == id; });
        }
    }
};

Subscription::Subscription(std::weak_ptr<State> state, quint64 id)
    : m_state(std::move(state))
    , m_id(id) {}

Subscription::Subscription(Subscription&& other) noexcept
    : m_state(std::move(other.m_state))
    , m_id(std::exchange(other.m_id, 0)) {}

Subscription& Subscription::operator=(Subscription&& other) noexcept {
    if (this != &other) {
        reset();
        m_state = std::move(other.m_state);
        m_id = std::exchange(other.m_id, 0);
    }
    return *this;
}

Subscription::~Subscription() {
    reset();
}

void Subscription::reset() {
    if (auto state = m_state.lock(); state && m_id != 0) {
        state->remove(m_id);
    }
    m_state.reset();
    m_id = 0;
}

bool Subscription::isActive() const {
    auto state = m_state.lock();
    if (!state || m_id == 0) {
        return false;
    }
    QMutexLocker lock(&state->mutex);
    for (const auto& [type, list] : state->entries) {
        for (const auto& entry : list) {
            if (entry.id == m_id) {
                return true;
            }
        }
    }
    return false;
}

EventBus::EventBus(QObject* parent)
    : QObject(parent)
    , m_state(std::make_shared<Subscription::State>()) {}

EventBus::~EventBus() = default;

Subscription EventBus::subscribeErased(std::type_index type, QObject* context, ErasedHandler handler) {
    Q_ASSERT(context);
    QMutexLocker lock(&m_state->mutex);
    const quint64 id = m_state->nextId++;
    m_state->entries[type].push_back({id, context, std::move(handler)});
    return Subscription(m_state, id);
}

void EventBus::publishErased(std::type_index type, std::shared_ptr<const void> event, const char* typeName) {
    std::vector<Subscription::State::Entry> targets;
    {
        QMutexLocker lock(&m_state->mutex);
        auto it = m_state->entries.find(type);
        if (it == m_state->entries.end()) {
            return;
        }
        std::erase_if(it->second, [](const auto& e) { return e.context.isNull(); });
        targets = it->second;
    }
    const QString name = QString::fromLatin1(typeName);
    std::weak_ptr<Subscription::State> weakState = m_state;
    for (const auto& target : targets) {
        QObject* context = target.context.data();
        if (!context) {
            continue;
        }
        const quint64 id = target.id;
        QMetaObject::invokeMethod(
            context,
            [weakState, id, handler = target.handler, event, name]() {
                // Unsubscribed between publish and a queued delivery: drop it.
                auto state = weakState.lock();
                if (!state) {
                    return;
                }
                {
                    QMutexLocker lock(&state->mutex);
                    bool alive = false;
                    for (const auto& [t, list] : state->entries) {
                        for (const auto& e : list) {
                            alive = alive || e.id == id;
                        }
                    }
                    if (!alive) {
                        return;
                    }
                }
                try {
                    handler(event);
                } catch (const std::exception& e) {
                    qCWarning(lcCore).noquote()
                        << "event handler failed for" << name << "subscription" << id << ":" << e.what();
                } catch (...) {
                    qCWarning(lcCore).noquote() << "event handler failed for" << name << "subscription" << id
                                                << ": unknown exception";
                }
            },
            Qt::AutoConnection);
    }
}

int EventBus::subscriberCountErased(std::type_index type) const {
    QMutexLocker lock(&m_state->mutex);
    auto it = m_state->entries.find(type);
    if (it == m_state->entries.end()) {
        return 0;
    }
    int count = 0;
    for (const auto& e : it->second) {
        count += e.context.isNull() ? 0 : 1;
    }
    return count;
}

} // namespace cc
