#include "ui/shell/UiSettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace cc::ui {

std::unique_ptr<QSettings> UiSettings::open() {
    // The same arguments as ProfileStore(): Qt shares one cache per file inside a process.
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QCoreApplication::organizationName(),
                                       QCoreApplication::applicationName());
}

} // namespace cc::ui
