#pragma once

#include "app/core/CommonOptions.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

#include <optional>

namespace cc::cli {

// Exit codes shared by every campaignctl command (scripts depend on them).
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// What a command needs from its surroundings: the streams to write to, the global options and output helpers
// that honour --json.
class CtlContext {
public:
    CtlContext(QTextStream& out, QTextStream& err);

    QTextStream& out;
    QTextStream& err;
    CommonOptions common;
    bool json = false;
    QString settingsFile; // --config: a specific settings file (tests); empty for the standard one

    // The options every command accepts, before or after its name: the common ones plus --json and --config.
    static void addGlobalOptions(QCommandLineParser& parser);
    // Parses a command's arguments, answers --help and reads the global options. Returns the exit code when
    // the command must stop here (help shown, usage error), nullopt when it should go on.
    std::optional<int> parseCommand(QCommandLineParser& parser, const QStringList& arguments);

    void printJson(const QJsonValue& value);
    int usageError(const QString& message, const QString& helpText = {});
    int failure(const QString& message);
};

} // namespace cc::cli
