#include "app/core/Translations.h"

#include "app/core/LogCategories.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cc {

QStringList Translations::available() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString Translations::choose(const QString& requested, const QString& saved) {
    for (const QString& candidate : {requested, saved}) {
        const QString code = candidate.trimmed().toLower().left(2);
        if (!code.isEmpty() && available().contains(code)) {
            return code;
        }
    }
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = ui.left(2).toLower();
        if (available().contains(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

bool Translations::install(const QString& language) {
    static QTranslator* appTranslator = nullptr;
    static QTranslator* qtTranslator = nullptr;
    for (QTranslator** t : {&appTranslator, &qtTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    if (!available().contains(language)) {
        return false;
    }
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en")) {
        return true;
    }
    appTranslator = new QTranslator(QCoreApplication::instance());
    if (!appTranslator->load(QStringLiteral(":/i18n/campaign-console_%1.qm").arg(language))) {
        qCWarning(lcCore) << "translation for" << language << "is missing from the resources";
        delete appTranslator;
        appTranslator = nullptr;
        return false;
    }
    QCoreApplication::installTranslator(appTranslator);
    qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
        qtTranslator = nullptr;
    }
    return true;
}

QString Translations::nativeName(const QString& language) {
    // QLocale("en") is American English; the console's source language is plain English.
    if (language == QLatin1String("en")) {
        return QStringLiteral("English");
    }
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper();
    }
    return name.isEmpty() ? language : name;
}

} // namespace cc
