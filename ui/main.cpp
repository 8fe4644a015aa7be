#include "ui/shell/ConsoleApplication.h"
#include "ui/shell/ConsoleHooks.h"
#include "ui/shell/StartupBenchmark.h"

int main(int argc, char* argv[]) {
    cc::ui::StartupBenchmark startup; // from here on: the clock of --benchmark-startup
    cc::ui::ConsoleApplication console(argc, argv);
    if (const auto exitCode = console.start()) {
        return *exitCode;
    }
    cc::ui::ConsoleHooks::attach(console, startup);
    return console.exec();
}
