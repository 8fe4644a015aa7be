// A storm of live changes against the real pipeline, offscreen: ChangeApplier (cache on its worker thread)
// -> CampaignLiveUpdater -> CampaignTableModel in the Campaigns page's table view, and -> LiveFeedModel (+
// FeedHistory) in a LiveFeedPage. Each round's changes are encoded beforehand as the Phoenix text frames the
// server sends; during the round they are decoded and submitted on the GUI thread at the requested rate, as
// the socket delivers them to RealtimeClient. A 2 ms probe timer records the longest gap between its ticks
// beyond its interval (the stall).
#include "app/core/Clock.h"
#include "app/data/CampaignCache.h"
#include "app/realtime/ChangeApplier.h"
#include "app/realtime/FeedHistory.h"
#include "app/realtime/PhoenixMessage.h"
#include "tests/support/SignalWaiter.h"
#include "ui/campaigns/CampaignTableModel.h"
#include "ui/campaigns/CampaignTableView.h"
#include "ui/common/CachedTextDelegate.h"
#include "ui/feed/CampaignLiveUpdater.h"
#include "ui/feed/LiveFeedModel.h"
#include "ui/feed/LiveFeedPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QPaintEvent>
#include <QRandomGenerator>
#include <QSplitter>
#include <QStackedLayout>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

namespace {

using namespace cc;

qint64 rssKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

QString stamp(qint64 n) {
    return QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC).addMSecs(n).toString(Qt::ISODateWithMs);
}

data::Campaign seedRow(int i) {
    data::Campaign c;
    c.id = QStringLiteral("seed-%1").arg(i, 5, 10, QLatin1Char('0'));
    c.userId = QStringLiteral("u-%1").arg(i % 7);
    c.name = QStringLiteral("Campaign %1").arg(i);
    c.status = QStringLiteral("active");
    c.budget = 1000 + i;
    c.createdAt = stamp(i * 1000);
    c.updatedAt = c.createdAt;
    return c;
}

// The event loop runs until `done` (or the timeout): the tests' waiter, a nested loop only in this driver.
void runUntil(const std::function<bool()>& done, int timeoutMs) {
    cc::test::waitUntil(done, timeoutMs);
}

qint64 threadCpuUs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<qint64>(t.tv_sec) * 1'000'000 + t.tv_nsec / 1000;
}

// STORM_TRACE=1: every event delivery that takes longer than 4 ms is printed (receiver, event type), to see
// what a stall is made of, and the GUI thread's CPU time per kind of outermost event is summed.
class TracingApplication : public QApplication {
public:
    using QApplication::QApplication;

    struct Cost {
        qint64 count = 0;
        qint64 cpuUs = 0;
        qint64 worstCpuUs = 0;
    };

    bool notify(QObject* receiver, QEvent* event) override {
        // Worker threads' events are not the GUI's time.
        if (!m_trace || QThread::currentThread() != thread()) {
            return QApplication::notify(receiver, event);
        }
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuBefore = threadCpuUs();
        const int type = event->type();
        QByteArray name = QByteArray::number(type) + " to " + receiver->metaObject()->className() +
                          QByteArray(" ") + receiver->objectName().toUtf8();
        if (const auto* t = qobject_cast<QTimer*>(receiver)) {
            name += "every " + QByteArray::number(t->interval()) + " ms";
        }
        ++m_depth;
        const bool done = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 us = timer.nsecsElapsed() / 1000;
        const qint64 cpuUs = threadCpuUs() - cpuBefore;
        if (us > 4000) {
            // Wall time against this thread's CPU time: the difference is time the scheduler gave others.
            std::fprintf(stderr, "  slow event %s: %.1f ms (cpu %.1f ms)\n", name.constData(), us / 1000.0,
                         cpuUs / 1000.0);
        }
        if (m_depth == 0) {
            m_sinceProbe.append({name, us, cpuUs});
            Cost& cost = m_costs[name];
            ++cost.count;
            cost.cpuUs += cpuUs;
            cost.worstCpuUs = std::max(cost.worstCpuUs, cpuUs);
        }
        return done;
    }

    // The costliest kinds of event since the last call, then forgets them.
    void printCosts() {
        if (!m_trace) {
            return;
        }
        QList<std::pair<QByteArray, Cost>> costs;
        for (auto it = m_costs.cbegin(); it != m_costs.cend(); ++it) {
            costs.append({it.key(), it.value()});
        }
        std::sort(costs.begin(), costs.end(),
                  [](const auto& a, const auto& b) { return a.second.cpuUs > b.second.cpuUs; });
        for (qsizetype i = 0; i < std::min<qsizetype>(8, costs.size()); ++i) {
            const Cost& c = costs.at(i).second;
            std::fprintf(stderr, "  GUI cpu %7.1f ms in %6lld x %s (mean %.2f ms, worst %.1f ms)\n",
                         c.cpuUs / 1000.0, static_cast<long long>(c.count), costs.at(i).first.constData(),
                         static_cast<double>(c.cpuUs) / 1000.0 / std::max<qint64>(1, c.count),
                         c.worstCpuUs / 1000.0);
        }
        m_costs.clear();
    }

    // The probe ticked: what ran since the previous tick is forgotten, unless `worst` (the longest gap yet),
    // then it is kept to be printed with printWorstGap().
    void probeTicked(bool worst) {
        if (worst) {
            m_worstGap = m_sinceProbe;
        }
        m_sinceProbe.clear();
    }

    void printWorstGap() {
        if (!m_trace) {
            return;
        }
        std::fprintf(stderr, "  the worst gap was made of:\n");
        for (const Delivery& d : m_worstGap) {
            if (d.wallUs >= 100) {
                std::fprintf(stderr, "    %6.2f ms (cpu %.2f) %s\n", d.wallUs / 1000.0, d.cpuUs / 1000.0,
                             d.name.constData());
            }
        }
        m_worstGap.clear();
    }

private:
    struct Delivery {
        QByteArray name;
        qint64 wallUs = 0;
        qint64 cpuUs = 0;
    };
    QList<Delivery> m_sinceProbe;
    QList<Delivery> m_worstGap;
    bool m_trace = qEnvironmentVariableIsSet("STORM_TRACE");
    int m_depth = 0;
    QHash<QByteArray, Cost> m_costs;
};

class PaintCounter : public QObject {
public:
    qint64 count = 0;
    std::function<int()> layouts;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::Paint) {
            return QObject::eventFilter(watched, event);
        }
        ++count;
        if (!qEnvironmentVariableIsSet("STORM_TRACE")) {
            return QObject::eventFilter(watched, event);
        }
        const qint64 cpu = threadCpuUs();
        const int before = layouts();
        watched->removeEventFilter(this);
        QCoreApplication::sendEvent(watched, event);
        watched->installEventFilter(this);
        std::fprintf(stderr, "  paint cpu %.1f ms, %d layouts, region %d rects, bounding %dx%d\n",
                     (threadCpuUs() - cpu) / 1000.0, layouts() - before,
                     static_cast<int>(static_cast<QPaintEvent*>(event)->region().rectCount()),
                     static_cast<QPaintEvent*>(event)->region().boundingRect().width(),
                     static_cast<QPaintEvent*>(event)->region().boundingRect().height());
        return true;
    }
};

} // namespace

int main(int argc, char** argv) {
    TracingApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.info=false"));
    const int rate = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    const int seconds = argc > 2 ? QByteArray(argv[2]).toInt() : 10;
    const int rounds = argc > 3 ? QByteArray(argv[3]).toInt() : 2;
    // Which page the window shows: "alternate" (the table in odd rounds, the feed in even ones), "table",
    // "feed" or "both".
    const QString mode = argc > 4 ? QString::fromLocal8Bit(argv[4]) : QStringLiteral("alternate");
    constexpr int kSeeded = 2000;
    constexpr int kWindow = 200;

    QTemporaryDir dir;
    SystemClock& clock = SystemClock::instance();
    data::CampaignCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
    bool ready = false;
    cache.open(&app, [&](Result<bool>, QString) { ready = true; });
    runUntil([&] { return ready; }, 10'000);
    QList<data::Campaign> seeded;
    for (int i = 0; i < kSeeded; ++i) {
        seeded.append(seedRow(i));
    }
    ready = false;
    cache.run<bool>([seeded](data::CacheDatabase& db) { return db.upsert(seeded); }, &app,
                    [&](Result<bool>) { ready = true; });
    runUntil([&] { return ready; }, 30'000);

    // The campaigns table: the newest 200 of 2,000, as the page loads its first window.
    ui::CampaignTableModel table;
    QList<data::Campaign> window = seeded;
    std::sort(window.begin(), window.end(), &ui::CampaignLiveUpdater::newestFirst);
    table.reset(window.mid(0, kWindow), kSeeded);
    ui::CampaignTableView tableView(table); // the Campaigns page's view
    auto* tableDelegate = qobject_cast<ui::CachedTextDelegate*>(tableView.itemDelegate());

    realtime::ChangeApplier applier(cache, clock);
    ui::CampaignLiveUpdater updater(table, clock);
    // Where a batch's GUI time goes (the slowest batch of each stage is reported).
    QElapsedTimer stage;
    qint64 worstTableUs = 0;
    qint64 worstFeedUs = 0;
    qint64 worstBatch = 0;
    qint64 tableUs = 0; // totals, for the cost per change / per feed event
    qint64 tableChanges = 0;
    qint64 feedUs = 0;
    qint64 feedEvents = 0;
    QObject::connect(&applier, &realtime::ChangeApplier::changesApplied,
                     [&](const QList<realtime::CampaignEvent>& c) {
                         tableChanges += c.size();
                         stage.start();
                     });
    QObject::connect(&applier, &realtime::ChangeApplier::changesApplied, &updater,
                     &ui::CampaignLiveUpdater::apply);
    QObject::connect(&applier, &realtime::ChangeApplier::changesApplied, [&] {
        tableUs += stage.nsecsElapsed() / 1000;
        worstTableUs = std::max(worstTableUs, stage.nsecsElapsed() / 1000);
    });
    realtime::FeedHistory history(realtime::FeedHistory::fileIn(dir.path()), clock);
    ui::LiveFeedModel feed(clock);
    feed.setHistory(&history);
    QObject::connect(&applier, &realtime::ChangeApplier::feedEntriesRecorded,
                     [&](const QList<realtime::FeedEntry>& e) {
                         worstBatch = std::max<qint64>(worstBatch, e.size());
                         feedEvents += e.size();
                         stage.start();
                     });
    QObject::connect(&applier, &realtime::ChangeApplier::feedEntriesRecorded, &feed,
                     &ui::LiveFeedModel::addEntries);
    QObject::connect(&applier, &realtime::ChangeApplier::feedEntriesRecorded, [&] {
        feedUs += stage.nsecsElapsed() / 1000;
        worstFeedUs = std::max(worstFeedUs, stage.nsecsElapsed() / 1000);
    });
    ui::LiveFeedPage page(feed);
    page.setConnectionState(realtime::ConnectionState::Live);
    // As in the console: one window whose pages take turns (the campaigns table or the live feed, never
    // both at once); "both" puts them side by side, a harder case than the console ever meets.
    QWidget windowWidget;
    auto* stack = new QStackedLayout;
    QSplitter* split = nullptr;
    if (mode == QLatin1String("both")) {
        split = new QSplitter;
        split->addWidget(&tableView);
        split->addWidget(&page);
        stack->addWidget(split);
    } else {
        stack->addWidget(&tableView);
        stack->addWidget(&page);
    }
    windowWidget.setLayout(stack);
    windowWidget.resize(split ? 1800 : 1000, 650);
    const auto showPage = [&](int round) {
        const bool feedPage =
            mode == QLatin1String("feed") || (mode == QLatin1String("alternate") && round % 2 == 0);
        if (!split) {
            stack->setCurrentWidget(feedPage ? static_cast<QWidget*>(&page) : &tableView);
        }
        return split ? "both" : feedPage ? "live feed" : "campaigns table";
    };
    showPage(1);
    windowWidget.show();
    runUntil([] { return false; }, 500); // settle: first paints, history load

    // STORM_PAINT=1: how long one full repaint of each view takes (both were just shown with their rows).
    if (qEnvironmentVariableIsSet("STORM_PAINT")) {
        for (QWidget* view : {static_cast<QWidget*>(tableView.viewport()), static_cast<QWidget*>(&page)}) {
            QElapsedTimer paint;
            paint.start();
            constexpr int kRepaints = 200;
            for (int i = 0; i < kRepaints; ++i) {
                view->repaint();
            }
            std::printf("full repaint of %s: %.2f ms\n", view->metaObject()->className(),
                        static_cast<double>(paint.nsecsElapsed()) / 1e6 / kRepaints);
        }
        // And with every text laid out again (a new delegate, an empty cache).
        QElapsedTimer cold;
        qint64 coldNs = 0;
        constexpr int kColdRepaints = 50;
        int laidOut = 0;
        for (int i = 0; i < kColdRepaints; ++i) {
            auto* fresh = new ui::CachedTextDelegate(&tableView);
            tableView.setItemDelegate(fresh);
            cold.start();
            tableView.viewport()->repaint();
            coldNs += cold.nsecsElapsed();
            laidOut = fresh->layouts();
        }
        tableView.setItemDelegate(tableDelegate);
        std::printf("repaint of the table laying out all %d texts: %.2f ms\n", laidOut,
                    static_cast<double>(coldNs) / 1e6 / kColdRepaints);
        // And with every row flashing, as under a storm.
        for (int row = 0; row < table.rowCount(); ++row) {
            updater.flasher().flash(table.campaign(row).id);
        }
        QElapsedTimer flashing;
        flashing.start();
        constexpr int kFlashingRepaints = 100;
        for (int i = 0; i < kFlashingRepaints; ++i) {
            tableView.viewport()->repaint();
        }
        std::printf("repaint of the table with every row flashing: %.2f ms\n",
                    static_cast<double>(flashing.nsecsElapsed()) / 1e6 / kFlashingRepaints);
        runUntil([&] { return !updater.flasher().isTicking(); }, 5'000);
    }

    QRandomGenerator random(42);
    qint64 serial = kSeeded * 1000;
    int insertedCount = 0;
    QStringList inserted;
    const auto makeChange = [&]() {
        realtime::PostgresChange c;
        c.schema = QStringLiteral("public");
        c.table = QStringLiteral("campaigns");
        c.commitTimestamp = QDateTime::currentDateTimeUtc();
        const int dice = static_cast<int>(random.bounded(100));
        ++serial;
        if (dice < 4 || (dice < 8 && inserted.isEmpty())) {
            data::Campaign row = seedRow(kSeeded + insertedCount);
            row.id = QStringLiteral("new-%1").arg(insertedCount++);
            row.createdAt = stamp(serial * 1000); // newest: lands at the top of the table
            row.updatedAt = row.createdAt;
            c.type = realtime::PostgresChange::Type::Insert;
            c.record = row.toJson();
            inserted.append(row.id);
        } else if (dice < 8) {
            c.type = realtime::PostgresChange::Type::Delete;
            c.oldRecord = {{QStringLiteral("id"), inserted.takeFirst()}};
        } else {
            data::Campaign row = seedRow(static_cast<int>(random.bounded(kSeeded)));
            row.status = dice % 2 ? QStringLiteral("paused") : QStringLiteral("active");
            row.budget = random.bounded(100000);
            row.updatedAt = stamp(serial * 1000);
            c.type = realtime::PostgresChange::Type::Update;
            c.record = row.toJson();
            c.oldRecord = {{QStringLiteral("id"), row.id}};
        }
        return c;
    };

    std::printf("storm: %d events/s for %d s x %d rounds; table %d of %d rows; feed ring %d\n", rate, seconds,
                rounds, kWindow, kSeeded, feed.capacity());
    std::printf("rss before: %lld kB\n", static_cast<long long>(rssKb()));
    for (int round = 1; round <= rounds; ++round) {
        const char* shown = showPage(round);
        runUntil([] { return false; }, 200); // the page's first paint is not the storm's
        // The round's frames as the socket would deliver them (text frames of protocol 2.0.0), made
        // beforehand: the timed part does on the GUI thread what RealtimeClient does with each frame
        // (decode, parse the change, submit it).
        const qint64 total = static_cast<qint64>(rate) * seconds;
        QList<QString> frames;
        frames.reserve(total);
        for (qint64 i = 0; i < total; ++i) {
            frames.append(
                QString::fromUtf8(realtime::PhoenixMessage::postgresChanges(
                                      QStringLiteral("realtime:campaigns"), makeChange().toPayload())
                                      .encode(realtime::ProtocolVersion::V2)));
        }
        constexpr int kProbeMs = 2;
        QElapsedTimer clockWall;
        clockWall.start();
        qint64 lastProbe = 0;
        qint64 worstGap = 0;
        qint64 over16 = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            const qint64 now = clockWall.nsecsElapsed() / 1000;
            const qint64 gap = now - lastProbe;
            lastProbe = now;
            app.probeTicked(gap > worstGap);
            worstGap = std::max(worstGap, gap);
            over16 += gap > 16'000 + kProbeMs * 1000 ? 1 : 0;
        });
        qint64 sent = 0;
        qint64 rejected = 0;
        QTimer producer;
        producer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&producer, &QTimer::timeout, [&] {
            const qint64 due = std::min(total, clockWall.elapsed() * rate / 1000);
            for (; sent < due; ++sent) {
                const QByteArray bytes = frames.at(sent).toUtf8();
                const Result<realtime::PhoenixMessage> message =
                    realtime::PhoenixMessage::decode(bytes, realtime::ProtocolVersion::V2);
                const Result<realtime::PostgresChange> change =
                    message.ok() ? realtime::PostgresChange::fromPayload(message.value().payload)
                                 : Result<realtime::PostgresChange>(message.error());
                if (change.ok()) {
                    applier.submit(change.value());
                } else {
                    ++rejected;
                }
            }
        });
        const qint64 batchesBefore = applier.batchCount();
        app.printCosts(); // forgets what came before the round
        // How many repaints the shown views made, and how many cell texts they had to lay out.
        const auto* feedDelegate = qobject_cast<ui::CachedTextDelegate*>(page.table()->itemDelegate());
        const int layoutsBefore = tableDelegate->layouts() + (feedDelegate ? feedDelegate->layouts() : 0);
        PaintCounter paints;
        paints.layouts = [&] {
            return tableDelegate->layouts() + (feedDelegate ? feedDelegate->layouts() : 0);
        };
        tableView.viewport()->installEventFilter(&paints);
        page.table()->viewport()->installEventFilter(&paints);
        lastProbe = clockWall.nsecsElapsed() / 1000;
        probe.start(kProbeMs);
        producer.start(1);
        runUntil([&] { return sent >= total; }, (seconds + 30) * 1000);
        producer.stop();
        runUntil([&] { return applier.isIdle(); }, 30'000);
        const qint64 elapsedMs = clockWall.elapsed();
        probe.stop();
        app.printCosts(); // the round's
        app.printWorstGap();
        // Let the flashes fade and the history writer drain before measuring memory.
        bool drained = false;
        history.whenIdle(&app, [&] { drained = true; });
        runUntil([&] { return drained && !updater.flasher().isTicking(); }, 60'000);
        frames.clear();
        frames.squeeze();
        std::printf("round %d: %lld repaints, %d cell texts laid out\n", round,
                    static_cast<long long>(paints.count),
                    tableDelegate->layouts() + (feedDelegate ? feedDelegate->layouts() : 0) - layoutsBefore);
        if (rejected > 0) {
            std::printf("round %d: %lld frames rejected by the decoder\n", round,
                        static_cast<long long>(rejected));
        }
        std::printf(
            "round %d (%s shown): %lld events in %lld ms (%.0f/s), %lld batches, worst probe gap %.1f ms "
            "(stall %.1f ms beyond the %d ms probe), %lld gaps > 16 ms; table %d rows of %lld, feed %d; "
            "rss %lld kB\n",
            round, shown, static_cast<long long>(sent), static_cast<long long>(elapsedMs),
            sent * 1000.0 / std::max<qint64>(1, elapsedMs),
            static_cast<long long>(applier.batchCount() - batchesBefore), worstGap / 1000.0,
            std::max<qint64>(0, worstGap - kProbeMs * 1000) / 1000.0, kProbeMs,
            static_cast<long long>(over16), table.rowCount(), static_cast<long long>(table.total()),
            feed.rowCount(), static_cast<long long>(rssKb()));
    }
    std::printf("slowest batch: table update %.1f ms, feed update %.1f ms; largest batch %lld events\n",
                worstTableUs / 1000.0, worstFeedUs / 1000.0, static_cast<long long>(worstBatch));
    std::printf("GUI time per table change %.1f us, per feed event %.1f us\n",
                static_cast<double>(tableUs) / std::max<qint64>(1, tableChanges),
                static_cast<double>(feedUs) / std::max<qint64>(1, feedEvents));
    std::printf("dropped events: %lld\n", static_cast<long long>(applier.droppedCount()));
    // The views live on the stack, longer than the window that holds them.
    tableView.setParent(nullptr);
    page.setParent(nullptr);
    return 0;
}
