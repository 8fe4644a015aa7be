#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace cc {

// Loads the console's translations (embedded at :/i18n/) and Qt's own for one language.
class Translations {
public:
    // The languages the console ships, source language first: "en", "de", "fr".
    static QStringList available();
    // The language to use: `requested` (--lang) if given, else the saved choice, else the system locale's
    // language if shipped, else English.
    static QString choose(const QString& requested, const QString& saved);
    // Installs translators for `language` on the application; returns false if the language is not shipped.
    // English installs nothing (the source strings are English).
    static bool install(const QString& language);
    // The name of a language in that language ("Deutsch"), for the language chooser.
    static QString nativeName(const QString& language);
};

} // namespace cc
