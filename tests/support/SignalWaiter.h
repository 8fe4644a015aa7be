#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <functional>

namespace cc::test {

// Runs the event loop until `condition` holds or `timeoutMs` passes; never sleeps. Returns the condition.
inline bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 5000) {
    if (condition()) {
        return true;
    }
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition()) {
            loop.quit();
        }
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(timeoutMs);
    loop.exec();
    return condition();
}

// Runs the event loop until `sender` emits `signal` (or the timeout passes). Returns whether it was emitted.
template <typename Sender, typename Signal>
bool waitForSignal(Sender* sender, Signal signal, int timeoutMs = 5000) {
    bool emitted = false;
    QEventLoop loop;
    auto connection = QObject::connect(sender, signal, &loop, [&] {
        emitted = true;
        loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    loop.exec();
    QObject::disconnect(connection);
    return emitted;
}

// Counts emissions of a signal, like QSignalSpy without the QtTest dependency.
class SignalCounter : public QObject {
public:
    template <typename Sender, typename Signal>
    SignalCounter(Sender* sender, Signal signal) {
        QObject::connect(sender, signal, this, [this] { ++m_count; });
    }
    int count() const { return m_count; }
    bool waitForCount(int n, int timeoutMs = 5000) {
        return waitUntil([&] { return m_count >= n; }, timeoutMs);
    }

private:
    int m_count = 0;
};

} // namespace cc::test
