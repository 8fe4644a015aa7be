#pragma once

#include <QString>

namespace cc {

// Names shared by the three executables, so campaignctl, the GUI and the sandbox read the same settings file.
class AppInfo {
public:
    static void apply(); // sets organisation, application name and version on QCoreApplication
    static QString version();
    static QString displayName();
    // <config dir>/CampaignConsole/campaign-console.ini, resolved from the environment on every call. (QSettings'
    // own UserScope path is cached for the whole process, which would pin tests to the first HOME they saw.)
    static QString settingsPath();
};

} // namespace cc
