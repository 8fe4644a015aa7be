#pragma once

#include "app/core/Error.h"
#include "app/sandbox/SandboxInfo.h"
#include "app/sandbox/SandboxOptions.h"

#include <QObject>
#include <QThread>

namespace cc::sandbox {

class SandboxServer;

// Runs a SandboxServer on a thread of its own, for `campaign-console --demo`: opening the database and
// seeding thousands of rows, and every request the sandbox serves, stay off the GUI thread.
class EmbeddedSandbox : public QObject {
    Q_OBJECT

public:
    explicit EmbeddedSandbox(QObject* parent = nullptr);
    // Stops the server on its thread and joins the thread.
    ~EmbeddedSandbox() override;

    // Starts the server asynchronously; started() or failed() follows on this object's thread.
    void start(const SandboxOptions& options);
    bool isRunning() const { return m_running; }
    const SandboxInfo& info() const { return m_info; }

Q_SIGNALS:
    void started(const cc::sandbox::SandboxInfo& info, qint64 campaignCount);
    void failed(const cc::Error& error);

private:
    QThread m_thread;
    QObject* m_worker = nullptr;       // lives on m_thread: the context the server's work is queued to
    SandboxServer* m_server = nullptr; // created, used and deleted on m_thread only
    SandboxInfo m_info;
    bool m_running = false;
};

} // namespace cc::sandbox
