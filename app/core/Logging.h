#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace cc {

struct LoggingOptions {
    QString directory; // where the JSON log lives; empty: no file
    QString baseName = QStringLiteral("console");
    qint64 maxFileBytes = 5 * 1024 * 1024; // rotate past this size
    int keepFiles = 5;                     // current file plus four older ones
    bool toStderr = true;                  // human-readable lines on stderr
    // stderr shows this level and above of what the category filter lets through: warnings by default, so a
    // terminal is not flooded with a line per request (the file keeps the info lines); --log-level
    // (applyLevel) lowers or raises it.
    QtMsgType stderrLevel = QtWarningMsg;
};

// The process-wide message handler: every qDebug/qCInfo/cc::log call becomes a redacted JSON line in a
// size-rotated file (written by a background thread, so no caller waits on the disk) and a human-readable
// line on stderr.
class Logging {
public:
    static void install(const LoggingOptions& options);
    // Flushes and stops the writer thread, then restores Qt's default handler. Safe to call twice.
    static void shutdown();
    // Waits until everything logged so far is on disk (tests, and before the process exits).
    static void flush();

    static bool isInstalled();
    static QString currentLogFile();
    static QString directory();

    // Applies `--log-level`: enables that level and above for the console's categories and Qt's own, on
    // stderr too. QT_LOGGING_RULES still wins, as Qt applies it after these rules. Returns false for an
    // unknown level.
    static bool applyLevel(const QString& level);
    // Lowers or raises what reaches stderr (the file keeps everything the filter lets through).
    static void setStderrLevel(QtMsgType level);
    static QtMsgType stderrLevel();
    static std::optional<QString> validateLevel(const QString& level); // an error text, or nullopt

    // The standard place for logs: <AppDataLocation>/logs.
    static QString defaultDirectory();
};

} // namespace cc
