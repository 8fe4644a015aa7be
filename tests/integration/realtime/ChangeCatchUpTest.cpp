// The catch-up fetch on its own, against the sandbox's REST API and a real cache (no socket involved).
#include "tests/integration/realtime/RealtimeFixture.h"

namespace cc::realtime::test {
namespace {

class ChangeCatchUpTest : public RealtimeFixture {
protected:
    Result<QList<PostgresChange>> runCatchUp(const QString& since, QString* newest = nullptr) {
        std::optional<Result<QList<PostgresChange>>> result;
        m_catchUp->run(
            since,
            [newest](const QString& n) {
                if (newest) {
                    *newest = n;
                }
            },
            [&result](Result<QList<PostgresChange>> r) { result = std::move(r); });
        EXPECT_TRUE(cc::test::waitUntil([&] { return result.has_value(); }, 10'000));
        return result ? std::move(*result) : Result<QList<PostgresChange>>(Error(ErrorKind::Timeout, {}));
    }

    void cache(const QList<data::Campaign>& rows) {
        bool done = false;
        m_cache->run<bool>([rows](data::CacheDatabase& db) { return db.upsert(rows); }, m_cache.get(),
                           [&done](Result<bool>) { done = true; });
        ASSERT_TRUE(cc::test::waitUntil([&] { return done; }));
    }
};

TEST_F(ChangeCatchUpTest, WithNothingKnownItOnlyLearnsWhereTheServerStands) {
    const data::Campaign newest = create(QStringLiteral("Newest"));
    QString mark;
    const auto result = runCatchUp({}, &mark);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_TRUE(result.value().isEmpty());
    EXPECT_EQ(mark, newest.updatedAt);
}

TEST_F(ChangeCatchUpTest, ReportsRowsChangedSinceTheNewestCachedOne) {
    const data::Campaign known = create(QStringLiteral("Known"));
    cache({known});
    const data::Campaign added = create(QStringLiteral("Added later"));
    const data::Campaign changed = update(known, {{QStringLiteral("status"), QStringLiteral("active")}});
    QString mark;
    const auto result = runCatchUp({}, &mark); // the cache's newest row is the starting point
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.value().size(), 2);
    EXPECT_EQ(result.value()[0].type, PostgresChange::Type::Insert);
    EXPECT_EQ(result.value()[0].record.value(QStringLiteral("id")).toString(), added.id);
    EXPECT_EQ(result.value()[1].type, PostgresChange::Type::Update);
    EXPECT_EQ(result.value()[1].record.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_EQ(result.value()[1].oldRecord.value(QStringLiteral("status")).toString(), known.status);
    EXPECT_EQ(mark, changed.updatedAt);
}

TEST_F(ChangeCatchUpTest, RowsTheCacheAlreadyHoldsAreNotReported) {
    const data::Campaign a = create(QStringLiteral("A"));
    const data::Campaign b = create(QStringLiteral("B"));
    cache({a, b});
    const auto result = runCatchUp(a.updatedAt);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.value().isEmpty());
}

TEST_F(ChangeCatchUpTest, TheClientsHighWaterWinsOverAnOlderCache) {
    const data::Campaign old = create(QStringLiteral("Old"));
    cache({old});
    const data::Campaign seen = create(QStringLiteral("Seen live"));
    const data::Campaign missed = create(QStringLiteral("Missed"));
    const auto result = runCatchUp(seen.updatedAt);
    ASSERT_TRUE(result.ok());
    QStringList ids;
    for (const PostgresChange& c : result.value()) {
        ids.append(c.record.value(QStringLiteral("id")).toString());
    }
    EXPECT_FALSE(ids.contains(old.id));
    EXPECT_TRUE(ids.contains(missed.id));
}

TEST_F(ChangeCatchUpTest, AFailedFetchIsAnError) {
    const data::Campaign row = create(QStringLiteral("Row"));
    cache({row});
    m_server->stop();
    const auto result = runCatchUp(row.updatedAt);
    EXPECT_FALSE(result.ok());
}

} // namespace
} // namespace cc::realtime::test
