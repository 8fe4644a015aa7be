#include "ui/shell/ConsoleHooks.h"

#include "ui/campaigns/CampaignsPage.h"
#include "ui/shell/ConsoleApplication.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ScreenshotTaker.h"
#include "ui/shell/StartupBenchmark.h"
#include "ui/shell/WorkspacePages.h"

#include <QElapsedTimer>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace cc::ui {

void ConsoleHooks::attach(ConsoleApplication& console, StartupBenchmark& startup) {
    if (console.options().benchmarkStartup) {
        benchmarkStartup(console, startup);
    }
    if (!console.options().screenshotFile.isEmpty()) {
        takeScreenshot(console);
    }
}

void ConsoleHooks::benchmarkStartup(ConsoleApplication& console, StartupBenchmark& startup) {
    MainWindow* window = console.mainWindow();
    window->setCurrentPage(Page::Campaigns);
    QObject::connect(console.pages(), &WorkspacePages::campaignsPageShown, &startup,
                     [&startup](CampaignsPage* page) { startup.watch(page->table()); });
    QObject::connect(
        &startup, &StartupBenchmark::finished, window, [](qint64 sinceStart, qint64 sinceMain, int rows) {
            std::printf("{\"first_rows_painted_ms\":%lld,\"since_main_ms\":%lld,\"rows\":%d}\n",
                        static_cast<long long>(sinceStart), static_cast<long long>(sinceMain), rows);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    QTimer::singleShot(60'000, window, [] {
        std::fprintf(stderr, "no campaign rows were painted within 60 s (signed in? data cached?)\n");
        QCoreApplication::exit(ConsoleApplication::kExitFailure);
    });
}

void ConsoleHooks::takeScreenshot(ConsoleApplication& console) {
    MainWindow* window = console.mainWindow();
    auto since = std::make_shared<QElapsedTimer>();
    since->start();
    const int delayMs = console.options().screenshotDelayMs;
    auto* screenshot = new ScreenshotTaker(
        window, console.options().screenshotFile,
        [window, since, delayMs] {
            if (since->elapsed() < delayMs) {
                return false;
            }
            const QWidget* page = window->pageWidget(window->currentPage());
            const bool starting = window->connectionState() == MainWindow::ConnectionState::Connecting;
            return !starting && (!page || !page->property("busy").toBool());
        },
        window);
    QObject::connect(screenshot, &ScreenshotTaker::finished, window, [](bool saved, const QString& message) {
        std::fprintf(saved ? stdout : stderr, "%s\n", qPrintable(message));
        QCoreApplication::exit(saved ? 0 : ConsoleApplication::kExitFailure);
    });
}

} // namespace cc::ui
