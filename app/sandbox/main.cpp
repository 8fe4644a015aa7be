#include "app/core/AppInfo.h"
#include "app/core/CommonOptions.h"
#include "app/core/Logging.h"
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
    cc::Logging::install({});

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local Supabase-compatible backend for Campaign Console."));
    cc::CommonOptions::addTo(parser, false, false);
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
    cc::sandbox::SandboxOptions options;
    if (auto problem = cc::sandbox::SandboxOptions::readFrom(parser, options)) {
        std::fprintf(stderr, "campaign-sandbox: %s\n", qPrintable(*problem));
        return 2;
    }

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
    std::fprintf(stdout, "%s\n", server.info().toJsonLine().constData());
    std::fflush(stdout);
    const int code = app.exec();
    cc::Logging::shutdown();
    return code;
}
