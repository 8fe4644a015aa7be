// Searches answered through the in-memory search index select, count and order exactly the rows the SQL
// search does, after every kind of write the cache makes (upserts, removals, pruning, full syncs).
#include "app/data/CacheDatabase.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <random>

namespace cc::data {
namespace {

const QStringList kWords = {QStringLiteral("Spring"), QStringLiteral("Sale"),    QStringLiteral("Nordics"),
                            QStringLiteral("Été"),    QStringLiteral("Zürich"),  QStringLiteral("50%"),
                            QStringLiteral("Launch"), QStringLiteral("Win_back")};
const QStringList kStatuses = {QStringLiteral("draft"), QStringLiteral("active"), QStringLiteral("paused"),
                               QStringLiteral("archived")};
const QStringList kChannels = {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("push")};

class CacheSearchAgreementTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_indexed.open().ok());
        ASSERT_TRUE(m_sqlOnly.open().ok()); // never warmed: SQL answers alone
    }

    QString pick(const QStringList& from) {
        return from.at(static_cast<qsizetype>(m_random() % static_cast<unsigned>(from.size())));
    }

    Campaign randomRow(int id) {
        Campaign c;
        c.id = QStringLiteral("id-%1").arg(id, 5, 10, QLatin1Char('0'));
        c.name = pick(kWords) + QLatin1Char(' ') + pick(kWords) + QLatin1Char(' ') + QString::number(id % 97);
        c.status = pick(kStatuses);
        c.channel = pick(kChannels);
        // Few distinct times, so that the id decides many places in the order.
        c.createdAt = QStringLiteral("2026-03-%1T09:00:00.000000+00:00")
                          .arg(1 + m_random() % 9, 2, 10, QLatin1Char('0'));
        c.updatedAt = c.createdAt;
        return c;
    }

    QList<Campaign> randomRows(int count, int idRange) {
        QList<Campaign> rows;
        for (int i = 0; i < count; ++i) {
            rows.append(randomRow(static_cast<int>(m_random() % static_cast<unsigned>(idRange))));
        }
        return rows;
    }

    QStringList randomIds(int count, int idRange) {
        QStringList ids;
        for (const Campaign& c : randomRows(count, idRange)) {
            ids.append(c.id);
        }
        return ids;
    }

    // Compares both answers for filters that take the listed-ids path, the walk-the-order path, and no match.
    void expectAgreement(const char* after) {
        const QList<QString> searches = {
            QStringLiteral("s"), QStringLiteral("SALE"),     QStringLiteral("été"),    QStringLiteral("50%"),
            QStringLiteral("_"), QStringLiteral("zürich 1"), QStringLiteral("nothing")};
        for (const QString& search : searches) {
            for (int variant = 0; variant < 4; ++variant) {
                CampaignFilter filter;
                filter.search = search;
                filter.limit = variant == 3 ? -1 : 50;
                filter.offset = variant == 2 ? 60 : 0;
                if (variant == 1) {
                    filter.statuses = {QStringLiteral("active"), QStringLiteral("paused")};
                    filter.channels = {QStringLiteral("sms")};
                    filter.orderColumn = QStringLiteral("name");
                    filter.descending = true;
                }
                const auto indexed = m_indexed.query(filter);
                const auto sqlOnly = m_sqlOnly.query(filter);
                ASSERT_TRUE(indexed.ok() && sqlOnly.ok()) << after;
                EXPECT_EQ(indexed.value().total, sqlOnly.value().total)
                    << after << ": \"" << search.toStdString() << "\" variant " << variant;
                QStringList a;
                QStringList b;
                for (const Campaign& c : indexed.value().rows) {
                    a.append(c.id);
                }
                for (const Campaign& c : sqlOnly.value().rows) {
                    b.append(c.id);
                }
                EXPECT_EQ(a, b) << after << ": \"" << search.toStdString() << "\" variant " << variant;
            }
        }
    }

    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(QStringLiteral("campaigns.sqlite"));
    CacheDatabase m_indexed{m_path, QStringLiteral("agree-indexed")};
    CacheDatabase m_sqlOnly{m_path, QStringLiteral("agree-sql")};
    std::mt19937 m_random{20261125};
};

TEST_F(CacheSearchAgreementTest, AfterUpsertsOfNewAndExistingRows) {
    ASSERT_TRUE(m_indexed.upsert(randomRows(1500, 3000)).ok());
    ASSERT_TRUE(m_indexed.warmSearchIndex().ok());
    expectAgreement("the first rows");
    ASSERT_TRUE(m_indexed.upsert(randomRows(800, 3000)).ok()); // renames, new statuses, new rows
    expectAgreement("updates");
}

TEST_F(CacheSearchAgreementTest, AfterRemovalsAndPruning) {
    ASSERT_TRUE(m_indexed.upsert(randomRows(1500, 3000)).ok());
    ASSERT_TRUE(m_indexed.warmSearchIndex().ok());
    ASSERT_TRUE(m_indexed.remove(randomIds(300, 3000)).ok());
    expectAgreement("removals");
    CampaignFilter paused;
    paused.statuses = {QStringLiteral("paused")};
    ASSERT_TRUE(m_indexed.removeMissing(paused, randomIds(100, 3000)).ok());
    expectAgreement("pruning the paused rows");
}

TEST_F(CacheSearchAgreementTest, AFullSyncDropsTheIndexAndItIsBuiltAgainAfterwards) {
    ASSERT_TRUE(m_indexed.upsert(randomRows(1500, 3000)).ok());
    ASSERT_TRUE(m_indexed.warmSearchIndex().ok());
    ASSERT_TRUE(m_indexed.beginFullSync().ok());
    EXPECT_FALSE(m_indexed.hasSearchIndex());
    ASSERT_TRUE(m_indexed.upsert(randomRows(700, 6000), true).ok());
    EXPECT_FALSE(m_indexed.warmSearchIndex().value()) << "not while the sync runs";
    EXPECT_FALSE(m_indexed.hasSearchIndex());
    ASSERT_TRUE(m_indexed.upsert(randomRows(700, 6000), true).ok());
    expectAgreement("during a full sync");
    ASSERT_TRUE(m_indexed.finishFullSync(QDateTime::currentDateTimeUtc()).ok());
    ASSERT_TRUE(m_indexed.rewarmSearchIndex().value());
    EXPECT_TRUE(m_indexed.hasSearchIndex());
    expectAgreement("a full sync");
}

TEST_F(CacheSearchAgreementTest, AnAbandonedFullSyncLetsTheIndexBeBuilt) {
    ASSERT_TRUE(m_indexed.upsert(randomRows(300, 3000)).ok());
    ASSERT_TRUE(m_indexed.beginFullSync().ok());
    EXPECT_FALSE(m_indexed.warmSearchIndex().value());
    m_indexed.abandonFullSync();
    EXPECT_TRUE(m_indexed.rewarmSearchIndex().value());
    EXPECT_TRUE(m_indexed.hasSearchIndex());
    expectAgreement("an abandoned sync");
}

TEST_F(CacheSearchAgreementTest, AProgramThatNeverSearchedDoesNotBuildTheIndexAfterASync) {
    ASSERT_TRUE(m_indexed.beginFullSync().ok());
    ASSERT_TRUE(m_indexed.upsert(randomRows(300, 3000), true).ok());
    ASSERT_TRUE(m_indexed.finishFullSync(QDateTime::currentDateTimeUtc()).ok());
    EXPECT_TRUE(m_indexed.rewarmSearchIndex().value());
    EXPECT_FALSE(m_indexed.hasSearchIndex());
}

TEST_F(CacheSearchAgreementTest, AFailedWriteLeavesTheIndexAsTheFile) {
    ASSERT_TRUE(m_indexed.upsert(randomRows(1500, 3000)).ok());
    ASSERT_TRUE(m_indexed.warmSearchIndex().ok());
    m_indexed.limitPages(1); // the next write that needs a page fails like a full disk
    QList<Campaign> big = randomRows(400, 100000);
    for (Campaign& c : big) {
        c.name += QString(2000, QLatin1Char('x'));
    }
    ASSERT_FALSE(m_indexed.upsert(big).ok());
    expectAgreement("a failed write");
}

TEST_F(CacheSearchAgreementTest, TheIndexFollowsWritesMadeBeforeAndAfterItIsBuilt) {
    ASSERT_TRUE(m_indexed.upsert(randomRows(1500, 3000)).ok());
    ASSERT_TRUE(m_indexed.remove(randomIds(200, 3000)).ok());
    ASSERT_TRUE(m_indexed.warmSearchIndex().ok());
    ASSERT_TRUE(m_indexed.hasSearchIndex());
    EXPECT_FALSE(m_sqlOnly.hasSearchIndex());
    ASSERT_TRUE(m_indexed.upsert(randomRows(500, 3000)).ok());
    ASSERT_TRUE(m_indexed.remove(randomIds(200, 3000)).ok());
    expectAgreement("writes on both sides of the warm-up");
}

TEST_F(CacheSearchAgreementTest, ManyRenamesKeepTheIndexRight) {
    // Longer names do not fit their old place: the index's name buffer is compacted on the way.
    ASSERT_TRUE(m_indexed.upsert(randomRows(1500, 1500)).ok());
    ASSERT_TRUE(m_indexed.warmSearchIndex().ok());
    for (int round = 0; round < 6; ++round) {
        QList<Campaign> rows = randomRows(1500, 1500);
        for (Campaign& c : rows) {
            c.name += QString(200 * round, QLatin1Char('y'));
        }
        ASSERT_TRUE(m_indexed.upsert(rows).ok());
    }
    expectAgreement("renames");
}

} // namespace
} // namespace cc::data
