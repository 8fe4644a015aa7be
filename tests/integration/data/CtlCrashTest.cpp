// campaignctl against the in-process sandbox: the commands end to end, and the crash test: `campaigns sync`
// killed with SIGKILL at random moments, again and again, until it finishes; then every queued edit must be
// on the server exactly once (a create applied twice would fail with a duplicate key and stay in the outbox)
// and chained edits must end at the last value.
#include "app/data/DataPaths.h"
#include "app/data/OutboxDatabase.h"
#include "tests/integration/data/CtlFixture.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace cc::data::test {
namespace {

class CtlCrashTest : public CtlFixture {};

TEST_F(CtlCrashTest, CommandsWorkEndToEnd) {
    const Run created =
        ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("From the CLI"), QStringLiteral("--budget"), QStringLiteral("12.5"),
             QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--json")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString() << created.out.toStdString();
    const QString id =
        QJsonDocument::fromJson(created.out.toUtf8()).object().value(QStringLiteral("id")).toString();
    ASSERT_FALSE(id.isEmpty()) << created.out.toStdString();
    EXPECT_TRUE(QFile::exists(outboxPath())) << "the outbox lives in the profile's and user's folder";

    const Run listed = ctl({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--search"),
                            QStringLiteral("from the cli"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonObject page = QJsonDocument::fromJson(listed.out.toUtf8()).object();
    EXPECT_EQ(page.value(QStringLiteral("total")).toInt(), 1);
    EXPECT_EQ(page.value(QStringLiteral("source")).toString(), QStringLiteral("server"));

    const Run invalid = ctl({QStringLiteral("campaigns"), QStringLiteral("update"), id,
                             QStringLiteral("--currency"), QStringLiteral("eur")});
    EXPECT_EQ(invalid.exitCode, 2);
    EXPECT_TRUE(invalid.err.contains(QStringLiteral("currency"))) << invalid.err.toStdString();

    m_clock.advance(5);
    const Run updated = ctl({QStringLiteral("campaigns"), QStringLiteral("update"), id,
                             QStringLiteral("--status"), QStringLiteral("paused")});
    ASSERT_EQ(updated.exitCode, 0) << updated.err.toStdString() << updated.out.toStdString();
    EXPECT_EQ(get(id).value()->status, QStringLiteral("paused"));

    const Run shown = ctl({QStringLiteral("campaigns"), QStringLiteral("show"), id});
    EXPECT_EQ(shown.exitCode, 0);
    EXPECT_TRUE(shown.out.contains(QStringLiteral("status: paused"))) << shown.out.toStdString();

    const Run removed = ctl({QStringLiteral("campaigns"), QStringLiteral("delete"), id});
    EXPECT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_FALSE(get(id).value().has_value());

    // Offline: the cached list stands in, and an edit waits in the outbox for `sync`.
    ASSERT_EQ(ctl({QStringLiteral("campaigns"), QStringLiteral("list")}).exitCode, 0);
    stopServer();
    const Run offlineList =
        ctl({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(offlineList.exitCode, 0) << offlineList.err.toStdString();
    EXPECT_TRUE(offlineList.err.contains(QStringLiteral("offline"))) << offlineList.err.toStdString();
    EXPECT_EQ(
        QJsonDocument::fromJson(offlineList.out.toUtf8()).object().value(QStringLiteral("source")).toString(),
        QStringLiteral("cache"));
    const Run queued = ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("--name"),
                            QStringLiteral("queued offline")});
    EXPECT_EQ(queued.exitCode, 3) << "queued";
    EXPECT_TRUE(queued.out.contains(QStringLiteral("waiting"))) << queued.out.toStdString();
    startServer();
    const Run synced = ctl({QStringLiteral("campaigns"), QStringLiteral("sync")});
    EXPECT_EQ(synced.exitCode, 0) << synced.out.toStdString() << synced.err.toStdString();
    PostgrestQuery q;
    q.eq(QStringLiteral("name"), QStringLiteral("queued offline"));
    EXPECT_EQ(list(q).value().rows.size(), 1);
}

TEST_F(CtlCrashTest, SigkillMidReplayNeverLosesOrDuplicatesAnEdit) {
    PostgrestQuery ten;
    ten.limit(10);
    const QList<Campaign> existing = list(ten).value().rows;
    ASSERT_EQ(existing.size(), 10);
    constexpr int kCreates = 150;
    {
        // The test plays the part of an earlier campaignctl session that queued these edits offline.
        ASSERT_TRUE(ctl({QStringLiteral("campaigns"), QStringLiteral("sync")}).exitCode == 0);
        OutboxDatabase outbox(outboxPath(), QStringLiteral("crash-seed"), m_clock, m_random);
        ASSERT_TRUE(outbox.open().ok());
        for (int i = 0; i < kCreates; ++i) {
            OutboxOperation create;
            create.kind = OutboxOperation::Kind::Create;
            create.campaignId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            create.payload = {{QStringLiteral("id"), create.campaignId},
                              {QStringLiteral("name"), QStringLiteral("crash-%1").arg(i)}};
            ASSERT_TRUE(outbox.enqueue(create).ok());
            if (i < existing.size()) {
                for (int round : {1, 2}) {
                    OutboxOperation update;
                    update.kind = OutboxOperation::Kind::Update;
                    update.campaignId = existing[i].id;
                    update.baseUpdatedAt = existing[i].updatedAt;
                    update.payload = {{QStringLiteral("budget"), round * 1000 + i}};
                    ASSERT_TRUE(outbox.enqueue(update).ok());
                }
            }
        }
    }

    SeededRandom delays(2026);
    int kills = 0;
    int runs = 0;
    bool finished = false;
    while (!finished && runs < 200) {
        ++runs;
        m_clock.advance(3);
        std::unique_ptr<QProcess> process(spawn({QStringLiteral("campaigns"), QStringLiteral("sync")}));
        const qint64 delay = delays.between(10, 150);
        QElapsedTimer timer;
        timer.start();
        cc::test::waitUntil(
            [&] { return process->state() == QProcess::NotRunning || timer.elapsed() >= delay; }, 10'000);
        if (process->state() != QProcess::NotRunning) {
            process->kill(); // SIGKILL
            ++kills;
        }
        ASSERT_TRUE(cc::test::waitUntil([&] { return process->state() == QProcess::NotRunning; }, 30'000));
        if (process->exitStatus() == QProcess::NormalExit) {
            ASSERT_EQ(process->exitCode(), 0) << process->readAllStandardOutput().toStdString()
                                              << process->readAllStandardError().toStdString();
            finished = true;
        }
    }
    ASSERT_TRUE(finished) << "sync never completed in " << runs << " runs";
    EXPECT_GE(kills, 5) << "the test must actually interrupt replays";
    std::cout << "[ crash    ] " << kills << " SIGKILLs over " << runs << " runs\n";

    OutboxDatabase outbox(outboxPath(), QStringLiteral("crash-check"), m_clock, m_random);
    ASSERT_TRUE(outbox.open().ok());
    EXPECT_TRUE(outbox.all().value().isEmpty()) << "nothing failed or conflicted";
    PostgrestQuery crashRows;
    crashRows.like(QStringLiteral("name"), QStringLiteral("crash-*"));
    const auto created = list(crashRows).value().rows;
    QMap<QString, int> seen;
    for (const Campaign& c : created) {
        ++seen[c.name];
    }
    EXPECT_EQ(seen.size(), kCreates);
    for (auto it = seen.begin(); it != seen.end(); ++it) {
        EXPECT_EQ(it.value(), 1) << it.key().toStdString();
    }
    for (int i = 0; i < existing.size(); ++i) {
        EXPECT_EQ(get(existing[i].id).value()->budget, 2000 + i) << "the last of the chained edits wins";
    }
}

TEST_F(CtlCrashTest, SigkillRightAfterTheOutboxCommitStillLandsExactlyOnce) {
    // campaignctl commits each edit on the outbox's worker thread: the moment the edit shows up in the file,
    // the process is killed (before, during or after sending it). A later sync must put it on the server
    // exactly once, whichever it was.
    ASSERT_EQ(ctl({QStringLiteral("campaigns"), QStringLiteral("sync")}).exitCode, 0);
    constexpr int kEdits = 12;
    int killedAfterCommit = 0;
    for (int i = 0; i < kEdits; ++i) {
        const QString name = QStringLiteral("killed-after-commit-%1").arg(i);
        std::unique_ptr<QProcess> process(
            spawn({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("--name"), name}));
        const auto inFile = [&] {
            OutboxDatabase outbox(outboxPath(), QStringLiteral("kill-watch"), m_clock, m_random);
            if (!QFile::exists(outboxPath()) || !outbox.open().ok() || !outbox.all().ok()) {
                return false;
            }
            const QList<OutboxOperation> ops = outbox.all().value();
            return std::any_of(ops.begin(), ops.end(), [&](const OutboxOperation& op) {
                return op.payload.value(QStringLiteral("name")).toString() == name;
            });
        };
        cc::test::waitUntil([&] { return inFile() || process->state() == QProcess::NotRunning; }, 20'000);
        if (process->state() != QProcess::NotRunning) {
            process->kill(); // SIGKILL, right after the commit
            ++killedAfterCommit;
        }
        ASSERT_TRUE(cc::test::waitUntil([&] { return process->state() == QProcess::NotRunning; }, 30'000));
    }
    EXPECT_GE(killedAfterCommit, kEdits / 2) << "most runs must be killed right after the commit";
    std::cout << "[ crash    ] " << killedAfterCommit << " of " << kEdits
              << " creates killed right after their outbox commit\n";
    const Run synced = ctl({QStringLiteral("campaigns"), QStringLiteral("sync")});
    ASSERT_EQ(synced.exitCode, 0) << synced.out.toStdString() << synced.err.toStdString();

    PostgrestQuery rows;
    rows.like(QStringLiteral("name"), QStringLiteral("killed-after-commit-*"));
    const QList<Campaign> landed = list(rows).value().rows;
    QMap<QString, int> seen;
    for (const Campaign& c : landed) {
        ++seen[c.name];
    }
    EXPECT_EQ(seen.size(), kEdits) << "every committed edit reached the server";
    for (auto it = seen.begin(); it != seen.end(); ++it) {
        EXPECT_EQ(it.value(), 1) << it.key().toStdString();
    }
}

} // namespace
} // namespace cc::data::test
