// Measures how long seeding 100,000 demo campaigns takes (target: under 3 s), into :memory: and into a WAL
// file.
//   sandbox_seed_bench [count]
#include "app/core/Clock.h"
#include "app/core/RandomSource.h"
#include "app/sandbox/AuthService.h"
#include "app/sandbox/KeyRing.h"
#include "app/sandbox/SandboxDatabase.h"
#include "app/sandbox/Seeder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {

int seedInto(const QString& path, int count) {
    using namespace cc::sandbox;
    SandboxDatabase database(path);
    if (auto problem = database.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(*problem));
        return 1;
    }
    cc::SystemClock& clock = cc::SystemClock::instance();
    KeyRing keys("bench-secret", clock);
    AuthService auth(database, keys, clock, cc::SystemRandom::instance(), 3600);
    if (auto problem = auth.prepareUsers(1)) {
        std::fprintf(stderr, "%s\n", qPrintable(*problem));
        return 1;
    }
    Seeder::Plan plan;
    plan.count = count;
    plan.seed = 1;
    plan.now = clock.nowUtc();
    plan.today = plan.now.date();
    plan.owners = auth.users();
    QElapsedTimer timer;
    timer.start();
    if (auto problem = Seeder::seed(database, plan)) {
        std::fprintf(stderr, "%s\n", qPrintable(*problem));
        return 1;
    }
    const qint64 elapsed = timer.elapsed();
    QSqlQuery countQuery(database.connection());
    countQuery.exec(QStringLiteral("SELECT count(*) FROM campaigns"));
    countQuery.next();
    std::printf("seed %-8s %lld rows in %lld ms (%.0f rows/s)\n",
                path == QStringLiteral(":memory:") ? "memory" : "file", countQuery.value(0).toLongLong(),
                elapsed, count * 1000.0 / std::max<qint64>(elapsed, 1));
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100'000;
    QTemporaryDir dir;
    int failures = seedInto(QStringLiteral(":memory:"), count);
    failures += seedInto(dir.filePath(QStringLiteral("bench.sqlite")), count);
    return failures == 0 ? 0 : 1;
}
