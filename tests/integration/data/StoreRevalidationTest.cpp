// The store's debounced revalidation (a search box): every query is answered from the cache at once, and only
// the last of a quick run of queries asks the server.
#include "app/data/CampaignCache.h"
#include "app/data/CampaignStore.h"
#include "tests/integration/data/DataFixture.h"

namespace cc::data::test {
namespace {

class StoreRevalidationTest : public DataFixture {
protected:
    void SetUp() override {
        DataFixture::SetUp();
        bool opened = false;
        m_cache.open(&m_cache, [&](Result<bool> r, QString) { opened = r.ok(); });
        ASSERT_TRUE(cc::test::waitUntil([&] { return opened; }));
        m_store = std::make_unique<CampaignStore>(*m_repository, m_cache, m_clock);
    }

    void query(const QString& search, CampaignStore::Revalidation revalidation) {
        CampaignFilter filter;
        filter.search = search;
        m_store->query(
            filter, false,
            [this, search](const CampaignStore::Answer& a) {
                m_answers.append(search + (a.source == CampaignStore::Answer::Source::Server
                                               ? QStringLiteral(" from the server")
                                               : QStringLiteral(" from the cache")));
            },
            revalidation);
    }

    QTemporaryDir m_files;
    CampaignCache m_cache{m_files.filePath(QStringLiteral("cache.sqlite"))};
    std::unique_ptr<CampaignStore> m_store;
    QStringList m_answers;
};

TEST_F(StoreRevalidationTest, DebouncedQueriesAnswerFromTheCacheAtOnceAndOnlyTheLastAsksTheServer) {
    for (const QString& typed : {QStringLiteral("c"), QStringLiteral("ca"), QStringLiteral("cam")}) {
        query(typed, CampaignStore::Revalidation::Debounced);
    }
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_answers.size() == 4; }, 10'000))
        << m_answers.join(", ").toStdString();
    EXPECT_EQ(m_answers,
              (QStringList{QStringLiteral("c from the cache"), QStringLiteral("ca from the cache"),
                           QStringLiteral("cam from the cache"), QStringLiteral("cam from the server")}));
    EXPECT_FALSE(
        cc::test::waitUntil([&] { return m_answers.size() > 4; }, 2 * CampaignStore::kRevalidateDebounceMs))
        << m_answers.join(", ").toStdString();
}

TEST_F(StoreRevalidationTest, AQueryRevalidatedNowIsNotReplacedByADebouncedOne) {
    query(QStringLiteral("c"), CampaignStore::Revalidation::Now);
    query(QStringLiteral("ca"), CampaignStore::Revalidation::Debounced);
    ASSERT_TRUE(cc::test::waitUntil([&] { return m_answers.size() == 4; }, 10'000))
        << m_answers.join(", ").toStdString();
    EXPECT_TRUE(m_answers.contains(QStringLiteral("c from the server")));
    EXPECT_TRUE(m_answers.contains(QStringLiteral("ca from the server")));
}

} // namespace
} // namespace cc::data::test
