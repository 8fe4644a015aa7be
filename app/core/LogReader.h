#pragma once

#include "app/core/LogEntry.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace cc {

// Reads JSON log files (newest first) on a worker thread and hands the records to the GUI thread in chunks,
// so a 100,000-line log never blocks the event loop: parsing happens in the pool, the receiver only appends.
class LogReader : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultChunkSize = 2000;

    struct Stats {
        qint64 records = 0;          // lines that were log records
        qint64 skipped = 0;          // non-empty lines that were not (truncated by a crash, foreign text)
        int files = 0;               // files that could be opened
        qint64 newestFileBytes = -1; // how much of the first (current) file was read; -1: it was not there
    };

    // The lines appended to a log file since `offset`, newest first, up to its last complete line.
    struct Tail {
        LogChunk entries;
        qint64 offset = 0;      // where the next read starts
        bool restarted = false; // the file is shorter than `offset`: it was rotated, read it all again
    };

    explicit LogReader(QObject* parent = nullptr);
    ~LogReader() override;

    // Starts reading `files` (newest first, as RotatingLogFile::filesIn lists them). A read in progress is
    // cancelled first: its remaining chunks are never delivered.
    void start(const QStringList& files, int chunkSize = kDefaultChunkSize);
    void cancel();
    bool isRunning() const;

    // The parsing itself, on the calling thread: newest record first (the files in order, each file's lines
    // from last to first). `sink` receives chunks of at most `chunkSize`; `cancelled` is polled per line.
    static Stats read(const QStringList& files, int chunkSize, const std::function<void(LogChunk)>& sink,
                      const std::function<bool()>& cancelled = {});

    // On the calling thread (the Logs page runs it in the pool): small, the few lines written since.
    static Tail readTail(const QString& path, qint64 offset);

signals:
    void chunkReady(const cc::LogChunk& chunk);
    // Emitted once per completed start(); not after cancel().
    void finished(const cc::LogReader::Stats& stats);

private:
    void deliver(int begin, int end);
    void complete();

    QFutureWatcher<LogChunk> m_watcher;
    std::shared_ptr<Stats> m_stats;
    bool m_running = false;
};

} // namespace cc
