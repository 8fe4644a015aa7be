#pragma once

namespace cc::ui {

class ConsoleApplication;
class StartupBenchmark;

// The console's measuring and looking tools, attached from main() between ConsoleApplication::start() and
// exec(), so the shell itself knows nothing of them:
// - --benchmark-startup: the time from the process's start to the first painted campaign rows (from the cache
//   when it holds them), as one JSON line on stdout; exit code 1 when no rows come within a minute.
// - --screenshot FILE: the window saved once it has painted and is no longer busy, then the program ends.
class ConsoleHooks {
public:
    static void attach(ConsoleApplication& console, StartupBenchmark& startup);

private:
    static void benchmarkStartup(ConsoleApplication& console, StartupBenchmark& startup);
    static void takeScreenshot(ConsoleApplication& console);
};

} // namespace cc::ui
