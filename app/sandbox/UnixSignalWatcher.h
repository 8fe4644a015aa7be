#pragma once

#include <QObject>

class QSocketNotifier;

namespace cc::sandbox {

// Turns SIGINT/SIGTERM into a Qt signal. The handler only write()s the signal number into a socket pair (one
// of the few async-signal-safe things it may do); a QSocketNotifier reads it in the event loop, where
// anything is allowed. One instance per process: the handler needs a file descriptor it can reach without
// locks.
class UnixSignalWatcher : public QObject {
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject* parent = nullptr);
    ~UnixSignalWatcher() override;

    // Installs the handlers for SIGINT and SIGTERM; false if the socket pair or sigaction failed.
    bool watchTerminationSignals();

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace cc::sandbox
