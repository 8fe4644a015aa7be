#pragma once

#include "ui/shell/ConsoleCommandLine.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace cc::ui {

// The console process before any window: the application object (a QApplication when a display exists, else a
// QCoreApplication that still answers --help and usage errors), the command line, logging and translations.
class ConsoleStartup {
    Q_DECLARE_TR_FUNCTIONS(cc::ui::ConsoleStartup)

public:
    static constexpr int kExitFailure = 1;

    struct Outcome {
        std::unique_ptr<QCoreApplication> app;
        ConsoleOptions options;
        QString language;            // the one installed
        std::optional<int> exitCode; // set: the program ends here with it
    };

    static Outcome run(int& argc, char** argv);

    // Whether Qt can open a window: a platform was chosen (QT_QPA_PLATFORM, -platform) or a display exists.
    static bool canOpenWindows(const QStringList& arguments);
};

} // namespace cc::ui
