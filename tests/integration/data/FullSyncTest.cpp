// The full initial sync against the sandbox: every row into the cache page by page, rows the server lost
// removed, the unfiltered view fresh afterwards; a full disk or an unreachable backend reported with nothing
// removed; the repository's stream only fetches the next page when asked, and reads every row once over
// several lanes.
#include "app/data/CampaignCache.h"
#include "app/data/CampaignStore.h"
#include "tests/integration/data/DataFixture.h"

namespace cc::data::test {
namespace {

class FullSyncTest : public DataFixture {
protected:
    int seedCount() const override { return 3'000; }

    void SetUp() override {
        DataFixture::SetUp();
        bool opened = false;
        m_cache.open(&m_cache, [&](Result<bool> r, QString) { opened = r.ok(); });
        ASSERT_TRUE(cc::test::waitUntil([&] { return opened; }));
        m_store = std::make_unique<CampaignStore>(*m_repository, m_cache, m_clock);
    }
    void TearDown() override {
        m_store.reset();
        DataFixture::TearDown();
    }

    template <typename T>
    Result<T> onCache(std::function<Result<T>(CacheDatabase&)> work) {
        std::optional<Result<T>> result;
        m_cache.run<T>(std::move(work), &m_cache, [&](Result<T> r) { result = std::move(r); });
        EXPECT_TRUE(cc::test::waitUntil([&] { return result.has_value(); }, 10'000));
        return result ? *result : Result<T>(Error(ErrorKind::Storage, QStringLiteral("timeout")));
    }

    // A cached row the server does not have (deleted there while this client was away).
    void addGhost() {
        Campaign ghost;
        ghost.id = QStringLiteral("00000000-0000-4000-8000-00000000dead");
        ghost.name = QStringLiteral("ghost");
        ghost.createdAt = QStringLiteral("2020-01-01T00:00:00.000000+00:00");
        ASSERT_TRUE(onCache<bool>([ghost](CacheDatabase& db) { return db.upsert({ghost}); }).ok());
    }
    bool ghostCached() {
        const auto found = onCache<std::optional<Campaign>>([](CacheDatabase& db) {
            return db.find(QStringLiteral("00000000-0000-4000-8000-00000000dead"));
        });
        return found.ok() && found.value().has_value();
    }

    Result<qint64> syncAll(QList<qint64>* progress = nullptr) {
        std::optional<Result<qint64>> result;
        m_store->syncAll(
            [progress](qint64 stored, std::optional<qint64>) {
                if (progress) {
                    progress->append(stored);
                }
            },
            [&](Result<qint64> r) { result = std::move(r); });
        EXPECT_TRUE(cc::test::waitUntil([&] { return result.has_value(); }, 30'000));
        return result ? *result : Result<qint64>(Error(ErrorKind::Storage, QStringLiteral("timeout")));
    }

    qint64 serverTotal() {
        PostgrestQuery all;
        all.countExact().limit(1);
        return list(all).value().total.value_or(-1);
    }

    QTemporaryDir m_files;
    CampaignCache m_cache{m_files.filePath(QStringLiteral("cache.sqlite"))};
    std::unique_ptr<CampaignStore> m_store;
};

TEST_F(FullSyncTest, EveryRowIsStoredPageByPageAndRowsTheServerLostAreRemoved) {
    addGhost();
    const qint64 total = serverTotal();
    ASSERT_GT(total, CampaignRepository::kPageSize) << "the test needs more than one page";
    QList<qint64> progress;
    const Result<qint64> synced = syncAll(&progress);
    ASSERT_TRUE(synced.ok()) << synced.error().toString().toStdString();
    EXPECT_EQ(synced.value(), total);
    EXPECT_GE(progress.size(), 2) << "one progress report per stored page";
    EXPECT_EQ(progress.last(), total);
    EXPECT_EQ(onCache<qint64>([](CacheDatabase& db) { return db.count(); }).value(), total);
    EXPECT_FALSE(ghostCached());

    // The unfiltered view is fresh now: answered from the cache alone.
    std::optional<CampaignStore::Answer> answer;
    CampaignFilter window;
    window.limit = 200;
    m_store->query(window, false, [&](const CampaignStore::Answer& a) { answer = a; });
    ASSERT_TRUE(cc::test::waitUntil([&] { return answer.has_value(); }));
    EXPECT_EQ(answer->freshness.state, Freshness::State::Fresh);
    EXPECT_FALSE(answer->revalidating);
    EXPECT_EQ(answer->total, total);
}

TEST_F(FullSyncTest, AFullDiskIsReportedAndNothingIsRemoved) {
    addGhost();
    ASSERT_TRUE(onCache<bool>([](CacheDatabase& db) {
                    db.limitPages(12);
                    return Result<bool>(true);
                }).ok());
    const Result<qint64> synced = syncAll();
    ASSERT_FALSE(synced.ok());
    EXPECT_EQ(synced.error().kind, ErrorKind::Storage);
    EXPECT_TRUE(synced.error().message.contains(QStringLiteral("disk is full")))
        << synced.error().message.toStdString();
    EXPECT_TRUE(ghostCached()) << "an incomplete sync must not prune";
}

TEST_F(FullSyncTest, AnUnreachableBackendIsReportedAndNothingIsRemoved) {
    addGhost();
    stopServer();
    const Result<qint64> synced = syncAll();
    ASSERT_FALSE(synced.ok());
    EXPECT_TRUE(ghostCached());
}

TEST_F(FullSyncTest, TheStreamFetchesTheNextPageOnlyWhenAskedFor) {
    int pages = 0;
    std::function<void()> more;
    std::optional<Result<qint64>> done;
    m_repository->stream(
        PostgrestQuery(),
        [&](QJsonArray page, std::optional<qint64>, std::function<void()> next) {
            EXPECT_LE(page.size(), CampaignRepository::kPageSize);
            ++pages;
            more = std::move(next);
        },
        [&](Result<qint64> r) { done = std::move(r); });
    ASSERT_TRUE(cc::test::waitUntil([&] { return pages == 1; }, 10'000));
    EXPECT_FALSE(cc::test::waitUntil([&] { return pages > 1 || done.has_value(); }, 300))
        << "no second page before the receiver asks";
    while (!done) {
        const int seen = pages;
        std::function<void()> next = std::move(more);
        more = nullptr;
        ASSERT_TRUE(next);
        next();
        ASSERT_TRUE(cc::test::waitUntil([&] { return pages > seen || done.has_value(); }, 10'000));
    }
    ASSERT_TRUE(done->ok());
    EXPECT_EQ(done->value(), serverTotal());
    EXPECT_GE(pages, 2);
}

TEST_F(FullSyncTest, TheStreamReadsEveryRowOnceOverSeveralLanes) {
    QSet<QString> ids;
    qint64 delivered = 0;
    std::optional<qint64> lastTotal;
    std::optional<Result<qint64>> done;
    PostgrestQuery all;
    all.countExact();
    m_repository->stream(
        all,
        [&](QJsonArray page, std::optional<qint64> total, std::function<void()> next) {
            for (const QJsonValue& row : page) {
                ids.insert(row.toObject().value(QStringLiteral("id")).toString());
            }
            delivered += page.size();
            lastTotal = total;
            next();
        },
        [&](Result<qint64> r) { done = std::move(r); }, 4);
    ASSERT_TRUE(cc::test::waitUntil([&] { return done.has_value(); }, 30'000));
    ASSERT_TRUE(done->ok()) << done->error().toString().toStdString();
    const qint64 total = serverTotal();
    EXPECT_EQ(done->value(), total);
    EXPECT_EQ(delivered, total) << "no row twice";
    EXPECT_EQ(ids.size(), total);
    EXPECT_EQ(lastTotal, std::optional<qint64>(total)) << "the lanes' counts add up to the whole";
}

} // namespace
} // namespace cc::data::test
