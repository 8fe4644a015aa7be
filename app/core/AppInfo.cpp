#include "app/core/AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace cc {

namespace {
// Constant-initialised, so an executable's static registration may run before anything else.
const char* g_commit = nullptr;
} // namespace

void AppInfo::apply() {
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignConsole"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("campaign-console.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("campaign-console"));
    QCoreApplication::setApplicationVersion(versionText());
}

QString AppInfo::version() {
    return QStringLiteral(CONSOLE_VERSION);
}

QString AppInfo::commit() {
    return g_commit ? QString::fromLatin1(g_commit) : QString();
}

void AppInfo::setCommit(const char* commit) {
    g_commit = commit;
}

QString AppInfo::versionText() {
    const QString built = commit();
    return built.isEmpty() ? version() : QStringLiteral("%1 (git %2)").arg(version(), built);
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
