#include "app/core/AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace cc {

void AppInfo::apply() {
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignConsole"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("campaign-console.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("campaign-console"));
    QCoreApplication::setApplicationVersion(version());
}

QString AppInfo::version() {
    return QStringLiteral(CONSOLE_VERSION);
}

QString AppInfo::displayName() {
    return QStringLiteral("Campaign Console");
}

} // namespace cc

namespace cc {

QString AppInfo::settingsPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("CampaignConsole/campaign-console.ini"));
}

} // namespace cc
