#pragma once

#include "app/core/CommonOptions.h"
#include "app/core/Error.h"
#include "app/core/Profile.h"
#include "app/workspace/DemoMode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>

#include <memory>
#include <optional>

namespace cc::cli {

// Exit codes shared by every campaignctl command (scripts depend on them). A write's exit code says what
// happened to that command's change: applied (0), queued (3), conflict (4), refused for good (5).
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitQueued = 3,
    ExitConflict = 4,
    ExitRefused = 5
};

// What a command needs from its surroundings: the streams to write to, the global options and output helpers
// that honour --json.
class CtlContext {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CtlContext)

public:
    CtlContext(QTextStream& out, QTextStream& err);
    ~CtlContext();

    QTextStream& out;
    QTextStream& err;
    CommonOptions common;
    bool json = false;
    QString settingsFile; // --config: a specific settings file (tests); empty for the standard one
    QString command;      // the command being run, as CtlUsage names it ("campaigns create"): its usage line

    // The options every command accepts, before or after its name: the common ones plus --json and --config.
    static void addGlobalOptions(QCommandLineParser& parser);
    // Parses a command's arguments, answers --help and reads the global options. Returns the exit code when
    // the command must stop here (help shown, usage error), nullopt when it should go on.
    std::optional<int> parseCommand(QCommandLineParser& parser, const QStringList& arguments);
    // The command's help: the parser's options under the command's usage line (CtlUsage).
    QString helpText(const QCommandLineParser& parser) const;

    // The profile a command works on: with --demo the built-in sandbox's `local` profile (the sandbox starts
    // on first use and runs until the command ends), else --profile, else the current one.
    Result<Profile> resolveProfile();
    // With --demo, once resolveProfile() started the sandbox: the demo (its profile, memory-only tokens and
    // sign-in); else nullptr.
    DemoMode* demo() const { return m_demo && m_demo->isRunning() ? m_demo.get() : nullptr; }

    void printJson(const QJsonValue& value);
    int usageError(const QString& message, const QString& helpText = {});
    int failure(const QString& message);

private:
    std::unique_ptr<DemoMode> m_demo;
};

} // namespace cc::cli
