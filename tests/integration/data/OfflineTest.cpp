// The store and the outbox against the sandbox: offline edits replayed in order when it comes back, a
// conflict surfaced with both versions, stale-while-revalidate reads, a corrupt cache rebuilt from the
// server.
#include "app/data/CampaignCache.h"
#include "app/data/CampaignStore.h"
#include "app/data/Outbox.h"
#include "app/data/OutboxSender.h"
#include "tests/integration/data/DataFixture.h"

#include <QFile>

namespace cc::data::test {
namespace {

class OfflineTest : public DataFixture {
protected:
    OutboxOperation updateOp(const Campaign& base, const QJsonObject& changes) {
        OutboxOperation op;
        op.kind = OutboxOperation::Kind::Update;
        op.campaignId = base.id;
        op.baseUpdatedAt = base.updatedAt;
        op.payload = changes;
        return enqueue(op).value();
    }

    // The outbox commits on its own thread: wait for the callback.
    Result<OutboxOperation> enqueue(const OutboxOperation& op) {
        std::optional<Result<OutboxOperation>> result;
        m_outbox.enqueue(op, &m_outbox, [&](Result<OutboxOperation> r) { result = std::move(r); });
        EXPECT_TRUE(cc::test::waitUntil([&] { return result.has_value(); }));
        return result ? *result
                      : Result<OutboxOperation>(Error(ErrorKind::Storage, QStringLiteral("timeout")));
    }

    Result<bool> keepMine(qint64 seq) {
        std::optional<Result<bool>> result;
        m_outbox.keepMine(seq, &m_outbox, [&](Result<bool> r) { result = std::move(r); });
        EXPECT_TRUE(cc::test::waitUntil([&] { return result.has_value(); }));
        return result ? *result : Result<bool>(Error(ErrorKind::Storage, QStringLiteral("timeout")));
    }

    Campaign firstOwn() {
        PostgrestQuery q;
        q.limit(1);
        return list(q).value().rows.first();
    }

    OutboxSender::Options fast() const { return {.baseDelayMs = 20, .maxDelayMs = 100}; }

    QTemporaryDir m_files;
    Outbox m_outbox{m_files.filePath(QStringLiteral("outbox.sqlite")), QStringLiteral("offline-outbox"),
                    m_clock, m_random};
};

TEST_F(OfflineTest, EditsMadeOfflineAreReplayedInOrderWhenTheBackendReturns) {
    ASSERT_TRUE(m_outbox.open().ok());
    const Campaign base = firstOwn();
    stopServer();

    Campaign created;
    created.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    created.name = QStringLiteral("made offline");
    OutboxOperation create;
    create.kind = OutboxOperation::Kind::Create;
    create.campaignId = created.id;
    create.payload = created.toWriteJson();
    create.payload.insert(QStringLiteral("id"), created.id);
    ASSERT_TRUE(enqueue(create).ok());
    // Three edits of the same campaign, each made on top of the previous one (same server base).
    for (int budget : {10, 20, 30}) {
        updateOp(base, {{QStringLiteral("budget"), budget}});
    }
    // And one on the campaign created offline (no server version yet).
    OutboxOperation rename;
    rename.kind = OutboxOperation::Kind::Update;
    rename.campaignId = created.id;
    rename.payload = {{QStringLiteral("name"), QStringLiteral("renamed offline")}};
    ASSERT_TRUE(enqueue(rename).ok());

    OutboxSender sender(m_outbox, *m_repository, m_random, fast());
    cc::test::SignalCounter waiting(&sender, &OutboxSender::waiting);
    QStringList appliedOrder;
    QObject::connect(&sender, &OutboxSender::applied, [&](const OutboxOperation& op, const WriteOutcome&) {
        appliedOrder.append(OutboxOperation::kindName(op.kind) + QLatin1Char(':') +
                            QString::fromUtf8(QJsonDocument(op.payload).toJson(QJsonDocument::Compact)));
    });
    sender.start();
    ASSERT_TRUE(waiting.waitForCount(2, 15'000)) << "it keeps retrying while the backend is away";
    EXPECT_TRUE(appliedOrder.isEmpty());
    EXPECT_EQ(m_outbox.pendingCount().value(), 5);

    m_clock.advance(1'000);
    startServer();
    ASSERT_TRUE(cc::test::waitForSignal(&sender, &OutboxSender::drained, 20'000));
    ASSERT_EQ(appliedOrder.size(), 5);
    EXPECT_TRUE(appliedOrder[0].startsWith(QStringLiteral("create:")));
    EXPECT_TRUE(appliedOrder[1].contains(QStringLiteral("10")));
    EXPECT_TRUE(appliedOrder[3].contains(QStringLiteral("30")));
    EXPECT_TRUE(m_outbox.all().value().isEmpty()) << "no conflicts from our own chained edits";
    EXPECT_EQ(get(base.id).value()->budget, 30);
    EXPECT_EQ(get(created.id).value()->name, QStringLiteral("renamed offline"));
}

TEST_F(OfflineTest, AConflictIsSetAsideWithBothVersionsAndOthersStillGo) {
    ASSERT_TRUE(m_outbox.open().ok());
    PostgrestQuery two;
    two.limit(2);
    const auto rows = list(two).value().rows;
    m_clock.advance(10);
    const WriteOutcome theirs = wait([&](auto done) {
        m_repository->update(rows[0].id, rows[0].updatedAt,
                             {{QStringLiteral("name"), QStringLiteral("server side")}}, key(), done);
    });
    ASSERT_EQ(theirs.status, WriteOutcome::Status::Applied);
    const OutboxOperation mine = updateOp(rows[0], {{QStringLiteral("name"), QStringLiteral("my side")}});
    updateOp(rows[1], {{QStringLiteral("budget"), 5}});

    OutboxSender sender(m_outbox, *m_repository, m_random, fast());
    std::optional<Campaign> serverSide;
    QObject::connect(&sender, &OutboxSender::conflict,
                     [&](const OutboxOperation&, const Campaign& server) { serverSide = server; });
    sender.start();
    ASSERT_TRUE(cc::test::waitForSignal(&sender, &OutboxSender::drained, 10'000));
    ASSERT_TRUE(serverSide.has_value());
    EXPECT_EQ(serverSide->name, QStringLiteral("server side"));
    const auto kept = m_outbox.find(mine.seq).value();
    ASSERT_TRUE(kept.has_value());
    EXPECT_EQ(kept->state, OutboxOperation::State::Conflict);
    EXPECT_EQ(kept->payload.value(QStringLiteral("name")).toString(), QStringLiteral("my side"));
    EXPECT_EQ(get(rows[1].id).value()->budget, 5) << "another campaign's edit was not held back";

    // The user keeps theirs: it is sent on top of the server's version.
    ASSERT_TRUE(keepMine(mine.seq).ok());
    sender.start();
    ASSERT_TRUE(cc::test::waitForSignal(&sender, &OutboxSender::drained, 10'000));
    EXPECT_EQ(get(rows[0].id).value()->name, QStringLiteral("my side"));
}

TEST_F(OfflineTest, TheStoreAnswersFromCacheThenRevalidatesAndFallsBackWhenOffline) {
    CampaignCache cache(m_files.filePath(QStringLiteral("cache.sqlite")));
    bool opened = false;
    cache.open(&cache, [&](Result<bool> r, QString) { opened = r.ok(); });
    ASSERT_TRUE(cc::test::waitUntil([&] { return opened; }));
    CampaignStore store(*m_repository, cache, m_clock);
    QList<CampaignStore::Answer> answers;
    CampaignFilter all;
    store.query(all, false, [&](const CampaignStore::Answer& a) { answers.append(a); });
    ASSERT_TRUE(cc::test::waitUntil([&] { return answers.size() == 2; }, 10'000));
    EXPECT_EQ(answers[0].freshness.state, Freshness::State::Never);
    EXPECT_TRUE(answers[0].rows.isEmpty());
    EXPECT_EQ(answers[1].source, CampaignStore::Answer::Source::Server);
    const qint64 total = answers[1].total;
    EXPECT_GT(total, 0);
    EXPECT_EQ(answers[1].rows.size(), total);

    // Within the TTL: one answer, from the cache, fresh.
    answers.clear();
    m_clock.advance(60'000);
    store.query(all, false, [&](const CampaignStore::Answer& a) { answers.append(a); });
    ASSERT_TRUE(cc::test::waitUntil([&] { return answers.size() == 1; }));
    EXPECT_EQ(answers[0].freshness.state, Freshness::State::Fresh);
    EXPECT_FALSE(answers[0].revalidating);
    EXPECT_EQ(answers[0].rows.size(), total);

    // Stale and offline: the cached rows, with the reason.
    stopServer();
    answers.clear();
    m_clock.advance(5 * 60'000);
    store.query(all, false, [&](const CampaignStore::Answer& a) { answers.append(a); });
    ASSERT_TRUE(cc::test::waitUntil([&] { return answers.size() == 2; }, 20'000));
    EXPECT_EQ(answers[0].freshness.state, Freshness::State::Stale);
    EXPECT_TRUE(answers[1].error.isError());
    EXPECT_EQ(answers[1].rows.size(), total);
}

TEST_F(OfflineTest, ACorruptCacheIsMovedAsideAndRebuiltFromTheServer) {
    const QString path = m_files.filePath(QStringLiteral("cache.sqlite"));
    QFile garbage(path);
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(16384, '\x5a'));
    garbage.close();
    CampaignCache cache(path);
    std::optional<QString> movedAside;
    cache.open(&cache, [&](Result<bool> r, QString moved) {
        EXPECT_TRUE(r.ok());
        movedAside = moved;
    });
    ASSERT_TRUE(cc::test::waitUntil([&] { return movedAside.has_value(); }));
    EXPECT_FALSE(movedAside->isEmpty());
    EXPECT_TRUE(QFile::exists(*movedAside));
    CampaignStore store(*m_repository, cache, m_clock);
    std::optional<CampaignStore::Answer> server;
    store.query({}, true, [&](const CampaignStore::Answer& a) {
        if (a.source == CampaignStore::Answer::Source::Server) {
            server = a;
        }
    });
    ASSERT_TRUE(cc::test::waitUntil([&] { return server.has_value(); }, 10'000));
    EXPECT_FALSE(server->error.isError());
    EXPECT_GT(server->rows.size(), 0);
}

} // namespace
} // namespace cc::data::test
