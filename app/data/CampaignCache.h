#pragma once

#include "app/core/Error.h"
#include "app/data/CacheDatabase.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

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
        QPointer<QObject> guard(context);
        post([work = std::move(work), guard, done = std::move(done)](CacheDatabase& db) {
            auto result = std::make_shared<Result<T>>(work(db));
            if (!guard) {
                return;
            }
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, result] {
                    if (guard) {
                        done(std::move(*result));
                    }
                },
                Qt::QueuedConnection);
        });
    }

    // Destroys `value` on the worker thread, after the tasks before it. For large results the caller is done
    // with: thousands of small frees of memory the worker allocated cost the GUI thread milliseconds.
    template <typename T>
    void discard(T value) {
        post([held = std::make_shared<T>(std::move(value))](CacheDatabase&) {});
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
    void post(std::function<void(CacheDatabase&)> task);

    QString m_path;
    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread
    std::shared_ptr<CacheDatabase> m_db;
};

} // namespace cc::data
