// Deep jump: windows of the campaign cache at any depth, in any order (target: under 50 ms for the first
// page and for any depth, any sort column, both directions, with 100,000 cached). Fills a cache file with
// `count` campaigns (names, statuses, budgets, dates with ties and NULLs), opens it, builds the in-memory
// indexes as the console does a moment after start-up, then times CacheDatabase::query for 200 rows at the
// top, the middle and the bottom of every order (the first query of an order includes sorting it), for the
// whole cache, one status, and a search. `sql` also times the plain SQL answer (LIMIT ... OFFSET ..., what
// the cache answers before its indexes are built) for a few orders.
//   cache_window_bench [count] [sql]
#include "app/data/CacheDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

namespace {

using cc::data::CacheDatabase;
using cc::data::Campaign;
using cc::data::CampaignFilter;

qint64 statusKb(const char* field) {
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

QList<Campaign> syntheticRows(int first, int count, std::mt19937& random) {
    static const QStringList words = {QStringLiteral("Spring"),   QStringLiteral("Sale"),
                                      QStringLiteral("Nordics"),  QStringLiteral("Black Friday"),
                                      QStringLiteral("Webinar"),  QStringLiteral("Launch"),
                                      QStringLiteral("Win-back"), QStringLiteral("Zürich")};
    static const QStringList statuses = {QStringLiteral("draft"), QStringLiteral("active"),
                                         QStringLiteral("paused"), QStringLiteral("archived")};
    static const QStringList channels = {QStringLiteral("email"), QStringLiteral("sms"),
                                         QStringLiteral("push")};
    const auto roll = [&random](unsigned below) { return static_cast<int>(random() % below); };
    QList<Campaign> rows;
    for (int i = first; i < first + count; ++i) {
        Campaign c;
        c.id = QStringLiteral("%1-4000-8000-%2")
                   .arg(random(), 8, 16, QLatin1Char('0'))
                   .arg(i, 12, 10, QLatin1Char('0'));
        c.name = words.at(roll(8)) + QLatin1Char(' ') + words.at(roll(8)) + QLatin1Char(' ') +
                 QString::number(roll(5000));
        c.status = statuses.at(roll(4));
        c.channel = channels.at(roll(3));
        c.budget = roll(200) * 50.0;
        c.audienceSize = roll(100000);
        c.sentCount = roll(3) == 0 ? 0 : roll(100000);
        if (roll(4) != 0) {
            c.startDate = QDate(2026, 1, 1).addDays(roll(365));
            c.endDate = roll(3) == 0 ? QDate() : c.startDate.addDays(roll(90));
        }
        c.createdAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc())
                          .addMSecs(static_cast<qint64>(i) * 60'000)
                          .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000+00:00"));
        c.updatedAt = c.createdAt;
        rows.append(c);
    }
    return rows;
}

double timeQuery(CacheDatabase& db, const CampaignFilter& filter, qint64* total = nullptr) {
    QElapsedTimer timer;
    timer.start();
    const auto page = db.query(filter);
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!page.ok() || (filter.offset < page.value().total && page.value().rows.isEmpty())) {
        std::fprintf(stderr, "query failed\n");
        std::exit(1);
    }
    if (total != nullptr) {
        *total = page.value().total;
    }
    return ms;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100'000;
    const bool sql = argc > 2 && QLatin1String(argv[2]) == QLatin1String("sql");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        CacheDatabase fill(path, QStringLiteral("fill"));
        if (!fill.open().ok()) {
            return 1;
        }
        std::mt19937 random(16);
        for (int first = 0; first < count; first += 1000) {
            if (!fill.upsert(syntheticRows(first, std::min(1000, count - first), random)).ok()) {
                return 1;
            }
        }
    }
    CacheDatabase db(path, QStringLiteral("windows"));
    if (!db.open().ok()) {
        return 1;
    }
    const qint64 rssBefore = statusKb("VmRSS");
    QElapsedTimer warm;
    warm.start();
    if (!db.warmSearchIndex().ok()) {
        return 1;
    }
    std::printf("%d campaigns cached; in-memory indexes built in %lld ms (RSS +%.1f MB)\n", count,
                static_cast<long long>(warm.elapsed()), (statusKb("VmRSS") - rssBefore) / 1024.0);

    QStringList orders = CampaignFilter::sortableColumns();
    orders.prepend(QString()); // newest first
    struct View {
        const char* name;
        CampaignFilter filter;
    };
    std::vector<View> views(3);
    views[0].name = "all";
    views[1].name = "status=paused";
    views[1].filter.statuses = {QStringLiteral("paused")};
    views[2].name = "search \"sale\"";
    views[2].filter.search = QStringLiteral("sale");
    double worstFirst = 0;
    double worstDeep = 0;
    for (View& view : views) {
        std::printf("%s:\n", view.name);
        for (const QString& column : orders) {
            for (const bool descending : {false, true}) {
                CampaignFilter filter = view.filter;
                filter.orderColumn = column;
                filter.descending = descending;
                filter.limit = 200;
                filter.offset = 0;
                qint64 total = 0;
                const double first = timeQuery(db, filter, &total);
                filter.offset = total / 2;
                const double middle = timeQuery(db, filter);
                filter.offset = std::max<qint64>(0, total - 200);
                const double last = timeQuery(db, filter);
                worstFirst = std::max(worstFirst, first);
                worstDeep = std::max({worstDeep, middle, last});
                std::printf("  %-14s %-4s first page %6.1f ms, rows %6lld+ %6.1f ms, rows %6lld+ %6.1f ms\n",
                            column.isEmpty() ? "(newest)" : qPrintable(column), descending ? "desc" : "asc",
                            first, static_cast<long long>(total / 2), middle,
                            static_cast<long long>(std::max<qint64>(0, total - 200)), last);
            }
        }
    }
    std::printf(
        "worst first page %.1f ms (sorting a new order included), worst deep window %.1f ms; RSS %.1f MB\n",
        worstFirst, worstDeep, statusKb("VmRSS") / 1024.0);
    if (sql) {
        CacheDatabase plain(path, QStringLiteral("plain")); // never warmed: SQL alone
        if (!plain.open().ok()) {
            return 1;
        }
        for (const QString& column : {QString(), QStringLiteral("name"), QStringLiteral("budget")}) {
            CampaignFilter filter;
            filter.orderColumn = column;
            filter.limit = 200;
            const double first = timeQuery(plain, filter);
            filter.offset = count - 200;
            const double last = timeQuery(plain, filter);
            std::printf("plain SQL (LIMIT/OFFSET) by %-10s first page %6.1f ms, rows %d+ %7.1f ms\n",
                        column.isEmpty() ? "(newest)" : qPrintable(column), first, count - 200, last);
        }
    }
    return worstFirst < 50 && worstDeep < 50 ? 0 : 1;
}
