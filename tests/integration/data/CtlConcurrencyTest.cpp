// Several processes on one outbox (the console and campaignctl share it, and scripts run campaignctl in
// parallel): four `campaigns sync` at once must all succeed, and every queued edit must land on the server
// exactly once (the operations' Idempotency-Keys make a second sender's request a replay).
#include "app/data/OutboxDatabase.h"
#include "tests/integration/data/CtlFixture.h"

#include <QMap>
#include <QUuid>

#include <memory>

namespace cc::data::test {
namespace {

class CtlConcurrencyTest : public CtlFixture {};

TEST_F(CtlConcurrencyTest, FourSyncsAtOnceAllSucceedAndEveryEditLandsOnce) {
    PostgrestQuery five;
    five.limit(5);
    const QList<Campaign> existing = list(five).value().rows;
    ASSERT_EQ(existing.size(), 5);
    constexpr int kCreates = 60;
    constexpr int kProcesses = 4;
    ASSERT_EQ(ctl({QStringLiteral("campaigns"), QStringLiteral("sync")}).exitCode, 0);
    {
        // Queued by an earlier offline session.
        OutboxDatabase outbox(outboxPath(), QStringLiteral("concurrency-seed"), m_clock, m_random);
        ASSERT_TRUE(outbox.open().ok());
        for (int i = 0; i < kCreates; ++i) {
            OutboxOperation create;
            create.kind = OutboxOperation::Kind::Create;
            create.campaignId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            create.payload = {{QStringLiteral("id"), create.campaignId},
                              {QStringLiteral("name"), QStringLiteral("parallel-%1").arg(i)}};
            ASSERT_TRUE(outbox.enqueue(create).ok());
            if (i < existing.size()) {
                for (int round : {1, 2, 3}) {
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

    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < kProcesses; ++i) {
        processes.emplace_back(spawn({QStringLiteral("campaigns"), QStringLiteral("sync")}));
    }
    for (const auto& process : processes) {
        ASSERT_TRUE(cc::test::waitUntil([&] { return process->state() == QProcess::NotRunning; }, 120'000));
    }
    for (const auto& process : processes) {
        EXPECT_EQ(process->exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardOutput().toStdString()
                                          << process->readAllStandardError().toStdString();
    }

    OutboxDatabase outbox(outboxPath(), QStringLiteral("concurrency-check"), m_clock, m_random);
    ASSERT_TRUE(outbox.open().ok());
    EXPECT_TRUE(outbox.all().value().isEmpty()) << "nothing left, failed or conflicted";
    PostgrestQuery parallelRows;
    parallelRows.like(QStringLiteral("name"), QStringLiteral("parallel-*"));
    QMap<QString, int> seen;
    const QList<Campaign> created = list(parallelRows).value().rows;
    for (const Campaign& c : created) {
        ++seen[c.name];
    }
    EXPECT_EQ(seen.size(), kCreates);
    for (auto it = seen.begin(); it != seen.end(); ++it) {
        EXPECT_EQ(it.value(), 1) << it.key().toStdString();
    }
    for (int i = 0; i < existing.size(); ++i) {
        EXPECT_EQ(get(existing[i].id).value()->budget, 3000 + i) << "the last of the chained edits wins";
    }
}

} // namespace
} // namespace cc::data::test
