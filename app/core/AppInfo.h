#pragma once

#include <QString>

namespace cc {

// Names shared by the three executables, so campaignctl, the GUI and the sandbox read the same settings file.
class AppInfo {
public:
    static void apply(); // sets organisation, application name and version on QCoreApplication
    static QString version();
    static QString displayName();
};

} // namespace cc
