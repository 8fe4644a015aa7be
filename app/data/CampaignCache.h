#pragma once

#include "app/core/Error.h"
#include "app/core/WorkerThread.h"
#include "app/data/CacheDatabase.h"

#include <QObject>

#include <functional>

namespace cc::data {

// The SQL cache off the calling thread: a worker thread owns the SQLite connection (Qt SQL connections
// belong to the thread that opened them) and runs every task in order; each result comes back on the
// caller's thread through its callback, unless the `context` object is gone by then.
class CampaignCache : public QObject {
    Q_OBJECT

public:
    static constexpr int kVerifyDelayMs = 2'000;

    explicit CampaignCache(QString path, QObject* parent = nullptr);
    ~CampaignCache() override;

    const QString& path() const { return m_path; }

    // Runs `work` on the worker thread (the database is opened by the first task, see open()).
    template <typename T>
    void run(std::function<Result<T>(CacheDatabase&)> work, QObject* context,
             std::function<void(Result<T>)> done) {
        m_worker.run<T>(std::move(work), context, std::move(done));
    }

    // Destroys `value` on the worker thread (see WorkerThread::discard).
    template <typename T>
    void discard(T value) {
        m_worker.discard(std::move(value));
    }

    // Opens (migrating, or moving a corrupt file aside and rebuilding it). `movedAside` is the corrupt file's
    // new name when that happened.
    void open(QObject* context, std::function<void(Result<bool> opened, QString movedAside)> done);

    // Builds the cache's in-memory search index on the worker: once, a moment after open(), and again
    // after a full sync (which drops it) with `onlyIfUsed`, if it had been built before.
    void warmSearchIndex(bool onlyIfUsed = false);

signals:
    // The full check after opening found the file damaged: it is checked fully (and moved aside) at the
    // next open, so the owner should reopen it.
    void damaged(const cc::Error& error);

private:
    QString m_path;
    WorkerThread<CacheDatabase> m_worker;
};

} // namespace cc::data
