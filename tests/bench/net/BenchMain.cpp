#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QLoggingCategory>

// Google Benchmark's main, with the QCoreApplication the client's timers and sockets need.
int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // Per-attempt log lines would measure the log, not the client.
    QLoggingCategory::setFilterRules(QStringLiteral("console.net.info=false\nconsole.net.warning=false"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
