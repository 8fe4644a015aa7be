#include "app/core/AppInfo.h"
#include "app/core/CommonOptions.h"
#include "app/core/Logging.h"
#include "app/core/ProfileStore.h"
#include "app/core/Translations.h"
#include "app/sandbox/SandboxOptions.h"
#include "app/sandbox/SandboxServer.h"
#include "app/sandbox/UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

// campaign-sandbox: prints one JSON line (URL, keys, demo users) on stdout, logs to stderr, stops on
// SIGINT/SIGTERM.
int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    cc::AppInfo::apply();
    QCoreApplication::setApplicationName(QStringLiteral("campaign-sandbox"));
    // A server: its info lines (listening, requests) are what its operator watches.
    cc::Logging::install({.directory = {}, .toStderr = true, .stderrLevel = QtDebugMsg});

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local Supabase-compatible backend for Campaign Console."));
    cc::CommonOptions::addTo(parser, true, true);
    cc::sandbox::SandboxOptions::addTo(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "campaign-sandbox: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion();
    }
    cc::CommonOptions common;
    // --demo: the console's demo data set, unless --seed asks for another; --profile NAME: save (or update) a
    // `local` profile called NAME that points at this run, so `campaign-console --profile NAME` connects to
    // it.
    cc::sandbox::SandboxOptions options = parser.isSet(QStringLiteral("demo"))
                                              ? cc::sandbox::SandboxOptions::demo()
                                              : cc::sandbox::SandboxOptions();
    std::optional<QString> problem = cc::CommonOptions::readFrom(parser, common);
    if (problem && problem == common.checkCombination()) {
        problem.reset(); // --demo with --profile makes sense here: the demo data set, saved as a profile
    }
    if (!problem) {
        problem = cc::sandbox::SandboxOptions::readFrom(parser, options);
    }
    if (problem) {
        std::fprintf(stderr, "campaign-sandbox: %s\n", qPrintable(*problem));
        return 2;
    }
    if (!common.logLevel.isEmpty()) {
        cc::Logging::applyLevel(common.logLevel);
    }
    cc::Translations::install(cc::Translations::choose(common.language, {}));

    cc::sandbox::UnixSignalWatcher watcher;
    cc::sandbox::SandboxServer server(options);
    QObject::connect(&watcher, &cc::sandbox::UnixSignalWatcher::terminationRequested, &app, [&] {
        server.stop();
        QCoreApplication::quit();
    });
    if (!watcher.watchTerminationSignals()) {
        std::fprintf(stderr, "campaign-sandbox: cannot install the SIGINT/SIGTERM handlers\n");
        return 1;
    }
    const auto started = server.start();
    if (!started) {
        std::fprintf(stderr, "campaign-sandbox: %s\n", qPrintable(started.error().toString()));
        return 1;
    }
    if (!common.profile.isEmpty()) {
        cc::Profile profile = server.info().localProfile();
        profile.name = common.profile;
        cc::ProfileStore store;
        const auto saved =
            store.find(profile.name) ? store.update(profile.name, profile) : store.add(profile);
        if (!saved) {
            std::fprintf(stderr, "campaign-sandbox: %s\n", qPrintable(saved.error().toString()));
            return 1;
        }
    }
    std::fprintf(stdout, "%s\n", server.info().toJsonLine().constData());
    std::fflush(stdout);
    const int code = app.exec();
    cc::Logging::shutdown();
    return code;
}
