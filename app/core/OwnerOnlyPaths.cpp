#include "app/core/OwnerOnlyPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

namespace cc {

namespace {

constexpr QFileDevice::Permissions kFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The standard locations whose sub-folders are the programs' own.
QStringList standardBases() {
    QStringList bases;
    for (const auto location : {QStandardPaths::GenericDataLocation, QStandardPaths::GenericConfigLocation,
                                QStandardPaths::GenericCacheLocation, QStandardPaths::TempLocation}) {
        const QString base = QStandardPaths::writableLocation(location);
        if (!base.isEmpty()) {
            bases.append(QDir::cleanPath(QFileInfo(base).absoluteFilePath()));
        }
    }
    return bases;
}

QString baseOf(const QString& path) {
    for (const QString& base : standardBases()) {
        if (path.startsWith(base + QLatin1Char('/'))) {
            return base;
        }
    }
    return {};
}

} // namespace

bool OwnerOnlyPaths::makeDirectory(const QString& path) {
    const QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // The missing levels, outermost first.
    QStringList missing;
    for (QString level = target; !QFileInfo::exists(level); level = QFileInfo(level).absolutePath()) {
        missing.prepend(level);
        if (level == QFileInfo(level).absolutePath()) {
            break;
        }
    }
    for (const QString& level : std::as_const(missing)) {
        // QDir::mkdir with permissions creates the folder with them, with no moment under the umask's mode.
        if (!QDir().mkdir(level, kFolder) && !QFileInfo(level).isDir()) {
            return false;
        }
    }
    if (!QFileInfo(target).isDir()) {
        return false;
    }
    QFile::setPermissions(target, kFolder);
    const QString base = baseOf(target);
    if (!base.isEmpty()) {
        for (QString level = QFileInfo(target).absolutePath(); level != base && level.startsWith(base);
             level = QFileInfo(level).absolutePath()) {
            QFile::setPermissions(level, kFolder);
        }
    }
    return true;
}

bool OwnerOnlyPaths::makeFile(const QString& path) {
    if (!makeDirectory(QFileInfo(path).absolutePath())) {
        return false;
    }
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly, kFile)) {
            return false;
        }
    }
    return restrictFile(path);
}

bool OwnerOnlyPaths::restrictFile(const QString& path) {
    // Group and other bits go; the owner's stay as they are (a settings file its owner made read-only stays
    // read-only).
    constexpr QFileDevice::Permissions kOwnerBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                                    QFileDevice::WriteUser | QFileDevice::ExeUser;
    return QFileInfo::exists(path) && QFile::setPermissions(path, QFile::permissions(path) & kOwnerBits);
}

} // namespace cc
