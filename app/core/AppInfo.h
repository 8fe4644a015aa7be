#pragma once

#include <QString>

namespace cc {

// Names shared by the three executables, so campaignctl, the GUI and the sandbox read the same settings file.
class AppInfo {
public:
    // Sets organisation, application name and version (versionText()) on QCoreApplication.
    static void apply();
    static QString version(); // project(VERSION) of the top-level CMakeLists.txt, e.g. "0.1.0"
    // The Git commit the program was built from ("1a2b3c4d5e6f", "-dirty" when the tree had changes), or
    // empty when it was not built from a checkout. Each executable registers it (see
    // cmake/ConsoleVersion.cmake), so a new commit relinks three programs rather than every test.
    static QString commit();
    static void setCommit(const char* commit);
    // What --version and About show: "0.1.0 (git 1a2b3c4d5e6f)", or "0.1.0" without a commit.
    static QString versionText();
    static QString displayName();
    // <config dir>/CampaignConsole/campaign-console.ini, resolved from the environment on every call.
    // (QSettings' own UserScope path is cached for the whole process, which would pin tests to the first HOME
    // they saw.)
    static QString settingsPath();
};

} // namespace cc
