#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace cc::ui {

// The GUI's preferences live in the same INI file as the profiles (ProfileStore), so one file holds all of
// a user's settings and campaignctl sees the same ones.
class UiSettings {
public:
    static std::unique_ptr<QSettings> open();

    static inline const QString kLanguage = QStringLiteral("console/language");
    static inline const QString kGeometry = QStringLiteral("window/geometry");
    static inline const QString kWindowState = QStringLiteral("window/state");
    static inline const QString kPage = QStringLiteral("window/page");
};

} // namespace cc::ui
