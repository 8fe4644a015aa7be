#pragma once

#include <QFile>
#include <QString>

namespace cc {

// An append-only log file that rotates by size: NAME.log is current, NAME.1.log the previous one, and so on
// up to NAME.(keep-1).log; the oldest is deleted. Not thread-safe: LogSink serialises access.
class RotatingLogFile {
public:
    static constexpr qint64 kDefaultMaxBytes = 5 * 1024 * 1024;
    static constexpr int kDefaultKeep = 5;

    RotatingLogFile(QString directory, QString baseName, qint64 maxBytes = kDefaultMaxBytes,
                    int keepFiles = kDefaultKeep);

    // Appends one line (a newline is added). Rotates first if the line would take the file past the limit.
    // Returns false when the write failed (disk full, permissions); the caller reports it once.
    bool append(const QByteArray& line);
    void flush();

    QString currentPath() const;
    // Every file of this log that exists, newest first (current, .1, .2, ...).
    QStringList existingFiles() const;
    QString lastError() const { return m_lastError; }

    static QStringList filesIn(const QString& directory, const QString& baseName,
                               int keepFiles = kDefaultKeep);

private:
    bool ensureOpen();
    void rotate();
    QString pathFor(int index) const;

    QString m_directory;
    QString m_baseName;
    qint64 m_maxBytes;
    int m_keep;
    QFile m_file;
    QString m_lastError;
};

} // namespace cc
