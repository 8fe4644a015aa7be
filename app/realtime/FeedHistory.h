#pragma once

#include "app/core/Clock.h"
#include "app/core/Error.h"
#include "app/core/WorkerThread.h"
#include "app/realtime/FeedEntry.h"

#include <QObject>

#include <functional>

namespace cc::data {
class SqliteFile;
}

namespace cc::realtime {

// The live feed's last 24 hours on disk: its own SQLite file next to the cache (feed.sqlite in the profile's
// data directory, owner-only like every local store), written on a worker thread so the GUI never waits on
// it. Entries older than 24 h (by the injected clock) are pruned on open and with every append; the row
// count is capped too, so a storm cannot fill the disk.
class FeedHistory : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 kRetentionMs = 24LL * 60 * 60 * 1000;
    static constexpr int kMaxRows = 200'000;

    // <directory>/feed.sqlite, directory as given by data::DataPaths::directory().
    static QString fileIn(const QString& directory);
    static const QList<QStringList>& migrations();

    FeedHistory(QString path, const Clock& clock, QObject* parent = nullptr);
    ~FeedHistory() override;

    const QString& path() const { return m_path; }

    // Opens (creating the file), prunes, and answers with the last 24 h, newest first, at most `limit`.
    void load(int limit, QObject* context, std::function<void(Result<QList<FeedEntry>>)> done);
    // Stores entries (fire and forget; a failure is logged) and prunes.
    void append(const QList<FeedEntry>& entries);
    // Prunes now; answers with the number of entries removed.
    void prune(QObject* context, std::function<void(Result<int>)> done);
    // Called once every task posted before it has run.
    void whenIdle(QObject* context, std::function<void()> done);

    // Destroys `value` on the history's thread (see WorkerThread::discard): the feed's model gives it the
    // entries that fall off its ring.
    template <typename T>
    void discard(T value) {
        m_worker.discard(std::move(value));
    }

private:
    struct Store;
    qint64 cutoffMs() const;

    QString m_path;
    const Clock& m_clock;
    WorkerThread<Store> m_worker;
};

} // namespace cc::realtime
