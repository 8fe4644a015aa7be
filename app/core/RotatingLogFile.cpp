#include "app/core/RotatingLogFile.h"

#include "app/core/OwnerOnlyPaths.h"

#include <QDir>
#include <QFileInfo>

namespace cc {

RotatingLogFile::RotatingLogFile(QString directory, QString baseName, qint64 maxBytes, int keepFiles)
    : m_directory(std::move(directory))
    , m_baseName(std::move(baseName))
    , m_maxBytes(maxBytes)
    , m_keep(std::max(1, keepFiles)) {}

QString RotatingLogFile::pathFor(int index) const {
    const QString name = index == 0 ? QStringLiteral("%1.log").arg(m_baseName)
                                    : QStringLiteral("%1.%2.log").arg(m_baseName).arg(index);
    return QDir(m_directory).filePath(name);
}

QString RotatingLogFile::currentPath() const {
    return pathFor(0);
}

QStringList RotatingLogFile::existingFiles() const {
    return filesIn(m_directory, m_baseName, m_keep);
}

QStringList RotatingLogFile::filesIn(const QString& directory, const QString& baseName, int keepFiles) {
    RotatingLogFile probe(directory, baseName, kDefaultMaxBytes, keepFiles);
    QStringList files;
    for (int i = 0; i < probe.m_keep; ++i) {
        if (QFileInfo::exists(probe.pathFor(i))) {
            files << probe.pathFor(i);
        }
    }
    return files;
}

bool RotatingLogFile::ensureOpen() {
    if (m_file.isOpen()) {
        return true;
    }
    if (!OwnerOnlyPaths::makeDirectory(m_directory)) {
        m_lastError = QStringLiteral("cannot create log directory %1").arg(m_directory);
        return false;
    }
    m_file.setFileName(currentPath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_lastError = m_file.errorString();
        return false;
    }
    // Logs are redacted, but they still describe what a person did: owner-only.
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void RotatingLogFile::rotate() {
    m_file.close();
    QFile::remove(pathFor(m_keep - 1));
    for (int i = m_keep - 2; i >= 0; --i) {
        if (QFileInfo::exists(pathFor(i))) {
            QFile::rename(pathFor(i), pathFor(i + 1));
        }
    }
}

bool RotatingLogFile::append(const QByteArray& line) {
    if (!ensureOpen()) {
        return false;
    }
    const qint64 needed = line.size() + 1;
    if (m_file.size() > 0 && m_file.size() + needed > m_maxBytes) {
        rotate();
        if (!ensureOpen()) {
            return false;
        }
    }
    QByteArray data = line;
    data.append('\n');
    if (m_file.write(data) != data.size()) {
        m_lastError = m_file.errorString();
        return false;
    }
    return true;
}

void RotatingLogFile::flush() {
    if (m_file.isOpen()) {
        m_file.flush();
    }
}

} // namespace cc
