// The in-memory search index: which rows a search, status and channel filter select, kept in step with
// upserts and removals.
#include "app/data/CampaignSearchIndex.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace cc::data {
namespace {

CampaignFilter searchFor(const QString& text) {
    CampaignFilter filter;
    filter.search = text;
    return filter;
}

class CampaignSearchIndexTest : public ::testing::Test {
protected:
    void add(qint64 rowId, const QString& name, const QString& status = QStringLiteral("active"),
             const QString& channel = QStringLiteral("email")) {
        m_index.upsert(rowId, name.toLower(), status, channel);
    }
    qint64 count(const CampaignFilter& filter) const { return m_index.match(filter, 100).count; }
    QList<qint64> ids(const CampaignFilter& filter) const {
        QList<qint64> found = m_index.match(filter, 100).rowIds;
        std::sort(found.begin(), found.end());
        return found;
    }

    CampaignSearchIndex m_index;
};

TEST_F(CampaignSearchIndexTest, CountsTheRowsWhoseNameContainsTheText) {
    add(1, QStringLiteral("Spring Sale"));
    add(2, QStringLiteral("Summer sale"));
    add(3, QStringLiteral("Winter"));
    EXPECT_EQ(count(searchFor(QStringLiteral("sale"))), 2);
    EXPECT_EQ(ids(searchFor(QStringLiteral("SALE"))), (QList<qint64>{1, 2}));
    EXPECT_EQ(count(searchFor(QStringLiteral("autumn"))), 0);
}

TEST_F(CampaignSearchIndexTest, FoldsCaseBeyondAsciiLikeTheCache) {
    add(1, QStringLiteral("Été à Zürich"));
    add(2, QStringLiteral("ZURICH"));
    EXPECT_EQ(ids(searchFor(QStringLiteral("ZÜRICH"))), QList<qint64>{1});
    EXPECT_EQ(count(searchFor(QStringLiteral("été"))), 1);
}

TEST_F(CampaignSearchIndexTest, AccentsAreNotIgnored) {
    // As in the cache's SQL search and the server's ilike.
    add(1, QStringLiteral("café"));
    EXPECT_EQ(count(searchFor(QStringLiteral("cafe"))), 0);
    EXPECT_EQ(count(searchFor(QStringLiteral("afé"))), 1);
}

TEST_F(CampaignSearchIndexTest, SearchTextIsLiteral) {
    add(1, QStringLiteral("50% off"));
    add(2, QStringLiteral("500 off"));
    add(3, QStringLiteral("a_b"));
    add(4, QStringLiteral("axb"));
    EXPECT_EQ(ids(searchFor(QStringLiteral("50%"))), QList<qint64>{1});
    EXPECT_EQ(ids(searchFor(QStringLiteral("a_b"))), QList<qint64>{3});
}

TEST_F(CampaignSearchIndexTest, StatusAndChannelFiltersCombineWithTheSearch) {
    add(1, QStringLiteral("Sale"), QStringLiteral("active"), QStringLiteral("email"));
    add(2, QStringLiteral("Sale"), QStringLiteral("paused"), QStringLiteral("email"));
    add(3, QStringLiteral("Sale"), QStringLiteral("active"), QStringLiteral("sms"));
    add(4, QStringLiteral("Other"), QStringLiteral("active"), QStringLiteral("sms"));
    CampaignFilter filter = searchFor(QStringLiteral("sale"));
    filter.statuses = {QStringLiteral("active")};
    EXPECT_EQ(ids(filter), (QList<qint64>{1, 3}));
    filter.channels = {QStringLiteral("sms"), QStringLiteral("push")};
    EXPECT_EQ(ids(filter), QList<qint64>{3});
    filter.statuses = {QStringLiteral("active"), QStringLiteral("paused")};
    filter.channels = {QStringLiteral("email")};
    EXPECT_EQ(ids(filter), (QList<qint64>{1, 2}));
}

TEST_F(CampaignSearchIndexTest, AStatusNoRowHasMatchesNothing) {
    add(1, QStringLiteral("Sale"));
    CampaignFilter filter = searchFor(QStringLiteral("sale"));
    filter.statuses = {QStringLiteral("archived")};
    EXPECT_EQ(count(filter), 0);
}

TEST_F(CampaignSearchIndexTest, AnUpsertReplacesTheRowsEntry) {
    add(1, QStringLiteral("Spring"), QStringLiteral("active"));
    add(1, QStringLiteral("Autumn"), QStringLiteral("paused"));
    EXPECT_EQ(m_index.size(), 1);
    EXPECT_EQ(count(searchFor(QStringLiteral("spring"))), 0);
    CampaignFilter paused = searchFor(QStringLiteral("autumn"));
    paused.statuses = {QStringLiteral("paused")};
    EXPECT_EQ(count(paused), 1);
}

TEST_F(CampaignSearchIndexTest, ARemovedRowNoLongerMatchesAndTheOthersStay) {
    add(1, QStringLiteral("Sale one"));
    add(2, QStringLiteral("Sale two"));
    add(3, QStringLiteral("Sale three"));
    m_index.remove(1);
    EXPECT_EQ(ids(searchFor(QStringLiteral("sale"))), (QList<qint64>{2, 3}));
    // The last entry took the removed one's place: it can still be replaced and removed by id.
    add(3, QStringLiteral("Renamed"));
    EXPECT_EQ(ids(searchFor(QStringLiteral("sale"))), QList<qint64>{2});
    m_index.remove(3);
    EXPECT_EQ(m_index.size(), 1);
    EXPECT_EQ(count(searchFor(QStringLiteral("renamed"))), 0);
}

TEST_F(CampaignSearchIndexTest, RemovingAnUnknownIdChangesNothing) {
    add(1, QStringLiteral("Sale"));
    m_index.remove(99);
    EXPECT_EQ(m_index.size(), 1);
    EXPECT_EQ(count(searchFor(QStringLiteral("sale"))), 1);
}

TEST_F(CampaignSearchIndexTest, IdsAreListedOnlyUpToTheLimitButAlwaysCounted) {
    for (int i = 0; i < 10; ++i) {
        add(i, QStringLiteral("Sale %1").arg(i));
    }
    const CampaignSearchIndex::Matches few = m_index.match(searchFor(QStringLiteral("sale")), 10);
    EXPECT_TRUE(few.listed);
    EXPECT_EQ(few.rowIds.size(), 10);
    const CampaignSearchIndex::Matches many = m_index.match(searchFor(QStringLiteral("sale")), 9);
    EXPECT_FALSE(many.listed);
    EXPECT_TRUE(many.rowIds.isEmpty());
    EXPECT_EQ(many.count, 10);
}

TEST_F(CampaignSearchIndexTest, ClearForgetsEveryRow) {
    add(1, QStringLiteral("Sale"));
    m_index.clear();
    EXPECT_EQ(m_index.size(), 0);
    EXPECT_EQ(count(searchFor(QStringLiteral("sale"))), 0);
    add(1, QStringLiteral("Sale"));
    EXPECT_EQ(count(searchFor(QStringLiteral("sale"))), 1);
}

TEST_F(CampaignSearchIndexTest, ANameReplacedManyTimesIsFoundByItsLatestTextOnly) {
    // Longer names are appended and shorter ones written in place; the buffer is compacted on the way.
    for (int round = 0; round < 2000; ++round) {
        add(1, QStringLiteral("round %1 ").arg(round) + QString(round % 7 * 300, QLatin1Char('z')));
        add(2, QStringLiteral("stays"));
    }
    EXPECT_EQ(ids(searchFor(QStringLiteral("round 1999 "))), QList<qint64>{1});
    EXPECT_EQ(count(searchFor(QStringLiteral("round 1998 "))), 0);
    EXPECT_EQ(ids(searchFor(QStringLiteral("stays"))), QList<qint64>{2});
}

} // namespace
} // namespace cc::data
