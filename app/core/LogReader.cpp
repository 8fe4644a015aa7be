#include "app/core/LogReader.h"

#include <QFile>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace cc {

LogReader::LogReader(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<LogChunk>::resultsReadyAt, this, &LogReader::deliver);
    connect(&m_watcher, &QFutureWatcher<LogChunk>::finished, this, &LogReader::complete);
}

LogReader::~LogReader() {
    // The worker owns copies of everything it touches, so it may finish on its own after we are gone.
    cancel();
}

void LogReader::start(const QStringList& files, int chunkSize) {
    cancel();
    auto stats = std::make_shared<Stats>();
    m_stats = stats;
    m_running = true;
    const int size = qMax(1, chunkSize);
    m_watcher.setFuture(QtConcurrent::run([files, size, stats](QPromise<LogChunk>& promise) {
        *stats = read(
            files, size, [&promise](LogChunk chunk) { promise.addResult(std::move(chunk)); },
            [&promise] { return promise.isCanceled(); });
    }));
}

void LogReader::cancel() {
    if (!m_running) {
        return;
    }
    m_running = false;
    m_watcher.cancel();
    // Detach, so late results and the finished signal of the old run cannot reach the receiver.
    m_watcher.setFuture(QFuture<LogChunk>());
}

bool LogReader::isRunning() const {
    return m_running;
}

void LogReader::deliver(int begin, int end) {
    for (int i = begin; i < end; ++i) {
        emit chunkReady(m_watcher.future().resultAt(i));
    }
}

void LogReader::complete() {
    if (!m_running) {
        return;
    }
    m_running = false;
    const Stats stats = m_stats ? *m_stats : Stats{};
    // Release the chunks the future still holds; the receiver has its own (implicitly shared) copies.
    m_watcher.setFuture(QFuture<LogChunk>());
    emit finished(stats);
}

LogReader::Stats LogReader::read(const QStringList& files, int chunkSize,
                                 const std::function<void(LogChunk)>& sink,
                                 const std::function<bool()>& cancelled) {
    Stats stats;
    LogChunk chunk;
    chunk.reserve(chunkSize);
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        ++stats.files;
        // A rotated file is at most a few megabytes: reading it whole is faster than line by line.
        const QByteArray content = file.readAll();
        if (path == files.first()) {
            // Followed from its last complete line on: a line still being written is read again by the tail.
            stats.newestFileBytes = content.lastIndexOf('\n') + 1;
        }
        const QList<QByteArray> lines = content.split('\n');
        for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
            if (cancelled && cancelled()) {
                return stats;
            }
            const QByteArray line = it->trimmed();
            if (line.isEmpty()) {
                continue;
            }
            auto record = LogRecord::fromJsonLine(line);
            if (!record) {
                ++stats.skipped;
                continue;
            }
            ++stats.records;
            chunk.append(LogEntry::from(std::move(*record)));
            if (chunk.size() >= chunkSize) {
                sink(std::exchange(chunk, {}));
                chunk.reserve(chunkSize);
            }
        }
    }
    if (!chunk.isEmpty()) {
        sink(std::move(chunk));
    }
    return stats;
}

LogReader::Tail LogReader::readTail(const QString& path, qint64 offset) {
    Tail tail;
    tail.offset = offset;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return tail;
    }
    if (file.size() < offset) {
        tail.restarted = true;
        tail.offset = 0;
        return tail;
    }
    file.seek(offset);
    QByteArray added = file.readAll();
    added.truncate(added.lastIndexOf('\n') + 1);
    tail.offset = offset + added.size();
    const QList<QByteArray> lines = added.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray line = it->trimmed();
        if (auto record = line.isEmpty() ? std::nullopt : LogRecord::fromJsonLine(line)) {
            tail.entries.append(LogEntry::from(std::move(*record)));
        }
    }
    return tail;
}

} // namespace cc
