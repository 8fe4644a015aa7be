#include "app/sandbox/EmbeddedSandbox.h"

#include "app/sandbox/SandboxServer.h"

#include <QMetaObject>

namespace cc::sandbox {

EmbeddedSandbox::EmbeddedSandbox(QObject* parent)
    : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

EmbeddedSandbox::~EmbeddedSandbox() {
    if (!m_thread.isRunning()) {
        return;
    }
    // Runs after any start still queued on the worker (events are delivered in order), so the server it made
    // is stopped and deleted on the thread that owns its sockets and database connection.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            if (m_server) {
                m_server->stop();
                delete m_server;
                m_server = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void EmbeddedSandbox::start(const SandboxOptions& options) {
    if (m_thread.isRunning()) {
        return;
    }
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [this, options] {
        auto* server = new SandboxServer(options);
        const Result<QUrl> result = server->start();
        if (!result) {
            delete server;
            const Error error = result.error();
            QMetaObject::invokeMethod(
                this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
            return;
        }
        m_server = server;
        const SandboxInfo info = server->info();
        const qint64 count = server->campaignCount();
        QMetaObject::invokeMethod(
            this,
            [this, info, count] {
                m_info = info;
                m_running = true;
                Q_EMIT started(info, count);
            },
            Qt::QueuedConnection);
    });
}

} // namespace cc::sandbox
