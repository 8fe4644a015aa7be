#include "app/core/AppInfo.h"
#include "app/core/CommonOptions.h"
#include "app/core/Logging.h"
#include "app/sandbox/SandboxOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

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
    std::fprintf(stderr, "campaign-sandbox: the server arrives with the sandbox issue\n");
    return 1;
}
