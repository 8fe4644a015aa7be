#include "ui/shell/ConsoleStartup.h"

#include "app/core/AppInfo.h"
#include "app/core/Logging.h"
#include "app/core/Translations.h"
#include "ui/shell/Icons.h"
#include "ui/shell/UiSettings.h"

#include <QApplication>
#include <QSettings>

namespace cc::ui {

namespace {

QStringList argumentList(int argc, char** argv) {
    QStringList list;
    for (int i = 0; i < argc; ++i) {
        list << QString::fromLocal8Bit(argv[i]);
    }
    return list;
}

} // namespace

bool ConsoleStartup::canOpenWindows(const QStringList& arguments) {
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || arguments.contains(QStringLiteral("-platform")) ||
        arguments.contains(QStringLiteral("--platform"))) {
        return true;
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

ConsoleStartup::Outcome ConsoleStartup::run(int& argc, char** argv) {
    AppInfo::apply();
    Outcome outcome;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!canOpenWindows(argumentList(argc, argv))) {
        outcome.app = std::make_unique<QCoreApplication>(argc, argv);
        const auto parsed = ConsoleCommandLine::parse(QCoreApplication::arguments(), out, err);
        if (parsed.exitCode) {
            outcome.exitCode = parsed.exitCode;
            return outcome;
        }
        err << tr("%1: no display found: neither DISPLAY nor WAYLAND_DISPLAY is set.\n"
                  "Start it from a desktop session, or set QT_QPA_PLATFORM=offscreen to run without a "
                  "screen.")
                   .arg(QCoreApplication::applicationName())
            << '\n';
        outcome.exitCode = kExitFailure;
        return outcome;
    }
    outcome.app = std::make_unique<QApplication>(argc, argv);
    const auto parsed = ConsoleCommandLine::parse(QCoreApplication::arguments(), out, err);
    if (parsed.exitCode) {
        outcome.exitCode = parsed.exitCode;
        return outcome;
    }
    outcome.options = parsed.options;
    QGuiApplication::setApplicationDisplayName(AppInfo::displayName());
    QGuiApplication::setDesktopFileName(QStringLiteral("campaign-console"));
    QGuiApplication::setWindowIcon(Icons::application());

    Logging::install({.directory = Logging::defaultDirectory()});
    if (!outcome.options.common.logLevel.isEmpty()) {
        Logging::applyLevel(outcome.options.common.logLevel);
    }
    const QString saved = UiSettings::open()->value(UiSettings::kLanguage).toString();
    outcome.language = Translations::choose(outcome.options.common.language, saved);
    Translations::install(outcome.language);
    return outcome;
}

} // namespace cc::ui
