// How long the health dashboard takes to open with 30 days of history for 6 services (target < 200 ms):
// constructing the page, reading the history snapshot on its thread (24 h of minute buckets, 30 days of hour
// buckets, the state changes and incidents), applying it to the tiles, chart, timelines and incident list,
// and rendering the page once. Run offscreen:
//   QT_QPA_PLATFORM=offscreen build/bench/tests/bench/health/health_benchmarks
#include "tests/ui/health/DashboardDemo.h"
#include "ui/health/HealthDashboardPage.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

namespace {

bool waitForHistory(cc::ui::HealthDashboardPage& page) {
    if (page.historyLoaded()) {
        return true;
    }
    QEventLoop loop;
    QObject::connect(&page, &cc::ui::HealthDashboardPage::historyApplied, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    return page.historyLoaded();
}

void BM_OpenDashboard30Days6Services(benchmark::State& state) {
    cc::ui::test::DashboardDemo demo(30);
    demo.writeHistory(true);
    demo.emailFailing();
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto page =
            std::make_unique<cc::ui::HealthDashboardPage>(*demo.monitor, demo.history.get(), demo.clock);
        page->resize(1280, 800);
        page->show();
        if (!waitForHistory(*page)) {
            state.SkipWithError("the history did not load");
            return;
        }
        const QPixmap shot = page->grab(); // one full render
        benchmark::DoNotOptimize(shot.cacheKey());
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        page.reset();
    }
}
BENCHMARK(BM_OpenDashboard30Days6Services)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(20);

// The history read alone (worker thread), for comparison.
void BM_LoadHistorySnapshot(benchmark::State& state) {
    cc::ui::test::DashboardDemo demo(30);
    demo.writeHistory(true);
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        bool done = false;
        QEventLoop loop;
        QObject context;
        demo.history->loadSnapshot(cc::ui::test::DashboardDemo::services(), demo.clock.nowUtc(), &context,
                                   [&](const cc::Result<cc::health::HistorySnapshot>& snapshot) {
                                       done = snapshot.ok();
                                       loop.quit();
                                   });
        loop.exec();
        if (!done) {
            state.SkipWithError("the history did not load");
            return;
        }
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
    }
}
BENCHMARK(BM_LoadHistorySnapshot)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(20);

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("console.health.info=false"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
