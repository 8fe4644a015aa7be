#pragma once

#include "app/core/CommonOptions.h"
#include "ui/shell/Page.h"

#include <QCoreApplication>
#include <QSize>
#include <QTextStream>

#include <optional>

namespace cc::ui {

struct ConsoleOptions {
    CommonOptions common;
    QString screenshotFile;    // --screenshot FILE: grab the window after the first paint, save, exit
    std::optional<Page> page;  // --page NAME: the page to open
    int screenshotDelayMs = 0; // --screenshot-delay MS: wait at least this long before grabbing
    QSize screenshotSize; // --screenshot-size WxH: the window's size for the picture (default size: none)
    // --benchmark-startup: print the time to the first campaign rows, exit
    bool benchmarkStartup = false;
};

// campaign-console's command line: the common options, the page to open and the screenshot and start-up
// measuring options (documented in --help: the README's screenshots and benchmarks use them). Exit codes
// follow campaignctl: 0 after --help/--version, 2 for usage errors (message on stderr).
class ConsoleCommandLine {
    Q_DECLARE_TR_FUNCTIONS(cc::ui::ConsoleCommandLine)

public:
    static constexpr int kExitUsage = 2;

    struct Parsed {
        std::optional<int> exitCode; // set: print nothing more, exit with this code
        ConsoleOptions options;
    };

    // `arguments` starts with the program name. Needs a QCoreApplication (for --help's text).
    static Parsed parse(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace cc::ui
