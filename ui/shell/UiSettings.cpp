#include "ui/shell/UiSettings.h"

#include "app/core/OwnerOnlyPaths.h"

#include <QCoreApplication>
#include <QSettings>

namespace cc::ui {

std::unique_ptr<QSettings> UiSettings::open() {
    // The same arguments as ProfileStore(): Qt shares one cache per file inside a process.
    auto settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                QCoreApplication::organizationName(),
                                                QCoreApplication::applicationName());
    // Owner-only before QSettings first writes it (it would create it under the umask, 0644); QSettings
    // rewrites it through QSaveFile, which keeps the mode.
    OwnerOnlyPaths::makeFile(settings->fileName());
    return settings;
}

} // namespace cc::ui
