#include "ui/common/FileDialogFolder.h"

#include "ui/shell/UiSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace cc::ui {

QString FileDialogFolder::start() {
    const QString last = UiSettings::open()->value(kSettingsKey).toString();
    // A folder that is gone (a removed USB stick) is no place to start.
    if (!last.isEmpty() && QFileInfo(last).isDir()) {
        return last;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString FileDialogFolder::suggest(const QString& fileName) {
    return QDir(start()).filePath(fileName);
}

void FileDialogFolder::remember(const QString& chosenFile) {
    if (chosenFile.isEmpty()) {
        return;
    }
    UiSettings::open()->setValue(kSettingsKey, QFileInfo(chosenFile).absolutePath());
}

} // namespace cc::ui
