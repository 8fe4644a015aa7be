#include "app/core/Logging.h"

#include "app/core/LogRecord.h"
#include "app/core/RotatingLogFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace cc {

namespace {

// Owns the file and the thread that writes to it. Callers only push lines onto a queue.
class LogSink {
public:
    explicit LogSink(const LoggingOptions& options)
        : m_file(options.directory, options.baseName, options.maxFileBytes, options.keepFiles)
        , m_thread([this] { run(); }) {}

    ~LogSink() {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

    void push(QByteArray line) {
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(line));
            ++m_pushed;
        }
        m_wake.notify_one();
    }

    void flush() {
        std::unique_lock lock(m_mutex);
        const quint64 target = m_pushed;
        m_drained.wait(lock, [&] { return m_written >= target || m_stopping; });
    }

    // For qFatal: the process is about to abort, so write on the caller's thread.
    void writeNow(const QByteArray& line) {
        flush();
        std::lock_guard lock(m_fileMutex);
        m_file.append(line);
        m_file.flush();
    }

    QString currentPath() const { return m_file.currentPath(); }

private:
    void run() {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
            std::deque<QByteArray> batch;
            batch.swap(m_queue);
            lock.unlock();
            {
                std::lock_guard fileLock(m_fileMutex);
                for (const QByteArray& line : batch) {
                    if (!m_file.append(line) && !m_reportedFailure) {
                        // Reported once on stderr: logging about a logging failure would recurse.
                        m_reportedFailure = true;
                        std::fprintf(stderr, "campaign-console: cannot write the log file %s: %s\n",
                                     qPrintable(m_file.currentPath()), qPrintable(m_file.lastError()));
                    }
                }
                m_file.flush();
            }
            lock.lock();
            m_written += batch.size();
            m_drained.notify_all();
            if (m_stopping && m_queue.empty()) {
                return;
            }
        }
    }

    RotatingLogFile m_file;
    std::mutex m_mutex;
    std::mutex m_fileMutex;
    std::condition_variable m_wake;
    std::condition_variable m_drained;
    std::deque<QByteArray> m_queue;
    quint64 m_pushed = 0;
    quint64 m_written = 0;
    bool m_stopping = false;
    bool m_reportedFailure = false;
    std::thread m_thread;
};

struct LoggingState {
    std::mutex mutex;
    std::unique_ptr<LogSink> sink;
    LoggingOptions options;
    bool installed = false;
    QtMessageHandler previous = nullptr;
};

LoggingState& state() {
    static LoggingState s;
    return s;
}

std::mutex& stderrMutex() {
    static std::mutex m;
    return m;
}

void messageHandler(QtMsgType type, const QMessageLogContext& context, const QString& text) {
    const LogRecord record = LogRecord::fromQt(type, context.category, text, QDateTime::currentDateTimeUtc());
    LoggingState& s = state();
    bool toStderr = true;
    QtMsgType stderrLevel = QtDebugMsg;
    {
        std::lock_guard lock(s.mutex);
        toStderr = s.options.toStderr;
        stderrLevel = s.options.stderrLevel;
        if (s.sink) {
            if (type == QtFatalMsg) {
                s.sink->writeNow(record.toJsonLine());
            } else {
                s.sink->push(record.toJsonLine());
            }
        }
    }
    if (toStderr && LogRecord::severity(type) >= LogRecord::severity(stderrLevel)) {
        std::lock_guard lock(stderrMutex());
        std::fprintf(stderr, "%s\n", record.toHumanLine().toLocal8Bit().constData());
        std::fflush(stderr);
    }
}

} // namespace

void Logging::install(const LoggingOptions& options) {
    LoggingState& s = state();
    {
        std::lock_guard lock(s.mutex);
        s.sink.reset();
        s.options = options;
        if (!options.directory.isEmpty()) {
            s.sink = std::make_unique<LogSink>(options);
        }
        if (!s.installed) {
            s.previous = qInstallMessageHandler(messageHandler);
            s.installed = true;
        }
    }
}

void Logging::shutdown() {
    LoggingState& s = state();
    std::unique_ptr<LogSink> sink;
    {
        std::lock_guard lock(s.mutex);
        if (!s.installed) {
            return;
        }
        qInstallMessageHandler(s.previous);
        s.installed = false;
        sink = std::move(s.sink);
    }
    sink.reset(); // joins the writer after it drained the queue
}

void Logging::flush() {
    LoggingState& s = state();
    std::lock_guard lock(s.mutex);
    if (s.sink) {
        s.sink->flush();
    }
}

bool Logging::isInstalled() {
    std::lock_guard lock(state().mutex);
    return state().installed;
}

QString Logging::currentLogFile() {
    std::lock_guard lock(state().mutex);
    return state().sink ? state().sink->currentPath() : QString();
}

QString Logging::directory() {
    std::lock_guard lock(state().mutex);
    return state().options.directory;
}

std::optional<QString> Logging::validateLevel(const QString& level) {
    const auto parsed = LogRecord::levelFromName(level);
    if (!parsed || *parsed == QtFatalMsg) {
        return QCoreApplication::translate("cc::Logging",
                                           "Unknown log level \"%1\": use debug, info, warning or critical.")
            .arg(level);
    }
    return std::nullopt;
}

bool Logging::applyLevel(const QString& level) {
    if (validateLevel(level)) {
        return false;
    }
    const int threshold = LogRecord::severity(*LogRecord::levelFromName(level));
    QStringList rules;
    const QList<std::pair<QtMsgType, QString>> types = {
        {QtDebugMsg, QStringLiteral("debug")},
        {QtInfoMsg, QStringLiteral("info")},
        {QtWarningMsg, QStringLiteral("warning")},
        {QtCriticalMsg, QStringLiteral("critical")},
    };
    for (const auto& [type, name] : types) {
        const bool on = LogRecord::severity(type) >= threshold;
        // Qt's own debug output is noise even at "debug"; only our categories open up.
        if (type != QtDebugMsg || !on) {
            rules << QStringLiteral("*.%1=%2").arg(name,
                                                   on ? QStringLiteral("true") : QStringLiteral("false"));
        }
        rules << QStringLiteral("console.*.%1=%2")
                     .arg(name, on ? QStringLiteral("true") : QStringLiteral("false"));
        rules << QStringLiteral("default.%1=%2")
                     .arg(name, on ? QStringLiteral("true") : QStringLiteral("false"));
    }
    QLoggingCategory::setFilterRules(rules.join(QLatin1Char('\n')));
    // stderr opens up to the level asked for, never closes further than it was: what the category rules
    // (and QT_LOGGING_RULES, which wins) let through decides the rest.
    const QtMsgType asked = *LogRecord::levelFromName(level);
    if (LogRecord::severity(asked) < LogRecord::severity(stderrLevel())) {
        setStderrLevel(asked);
    }
    return true;
}

void Logging::setStderrLevel(QtMsgType level) {
    std::lock_guard lock(state().mutex);
    state().options.stderrLevel = level;
}

QtMsgType Logging::stderrLevel() {
    std::lock_guard lock(state().mutex);
    return state().options.stderrLevel;
}

QString Logging::defaultDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs"));
}

} // namespace cc
