// Windows of the cache answered from its in-memory orders (CampaignOrderIndex: a slice at any depth, not an
// SQL OFFSET) hold exactly the rows, in exactly the order, of the plain SQL answer (ORDER BY ... LIMIT ...
// OFFSET ...): at every depth, for every sortable column in both directions, with ties and NULLs, filtered
// or not, and after every kind of write the cache makes.
#include "app/data/CacheDatabase.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <random>

namespace cc::data {
namespace {

const QStringList kWords = {QStringLiteral("Spring"), QStringLiteral("sale"),   QStringLiteral("Nordics"),
                            QStringLiteral("Été"),    QStringLiteral("Zürich"), QStringLiteral("Launch")};
const QStringList kStatuses = {QStringLiteral("draft"), QStringLiteral("active"), QStringLiteral("paused"),
                               QStringLiteral("archived")};
const QStringList kChannels = {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("push")};

class CacheWindowAgreementTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_indexed.open().ok());
        ASSERT_TRUE(m_sqlOnly.open().ok()); // never warmed: SQL answers alone
    }

    unsigned roll(unsigned below) { return static_cast<unsigned>(m_random() % below); }
    QString pick(const QStringList& from) { return from.at(roll(static_cast<unsigned>(from.size()))); }

    // Few distinct values per column, so that ties are many and the id decides; NULLs in every nullable
    // column, an empty text (which is not NULL) among the times.
    Campaign randomRow(int id) {
        Campaign c;
        c.id = QStringLiteral("id-%1").arg(id, 5, 10, QLatin1Char('0'));
        c.name = pick(kWords) + QLatin1Char(' ') + pick(kWords);
        c.status = pick(kStatuses);
        c.channel = pick(kChannels);
        c.budget = roll(3) == 0 ? 0.0 : (roll(2) == 0 ? 99.5 : 1200.0 + roll(4));
        c.audienceSize = roll(5) * 1000;
        c.sentCount = roll(2) == 0 ? 0 : 7;
        if (roll(3) != 0) {
            c.startDate = QDate(2026, 1 + static_cast<int>(roll(3)), 1);
        }
        if (roll(4) != 0) {
            c.endDate = QDate(2026, 12, 1 + static_cast<int>(roll(2)));
        }
        const unsigned time = roll(8);
        c.createdAt = time == 0   ? QString()
                      : time == 1 ? QStringLiteral("")
                                  : QStringLiteral("2026-03-0%1T09:00:00.000000+00:00").arg(time);
        c.updatedAt = roll(4) == 0 ? QString() : c.createdAt;
        return c;
    }

    QList<Campaign> randomRows(int count, int idRange) {
        QList<Campaign> rows;
        for (int i = 0; i < count; ++i) {
            rows.append(randomRow(static_cast<int>(roll(static_cast<unsigned>(idRange)))));
        }
        return rows;
    }

    QStringList randomIds(int count, int idRange) {
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            ids.append(randomRow(static_cast<int>(roll(static_cast<unsigned>(idRange)))).id);
        }
        return ids;
    }

    static QStringList idsOf(const QList<Campaign>& rows) {
        QStringList ids;
        for (const Campaign& c : rows) {
            ids.append(c.id);
        }
        return ids;
    }

    // Every window of `filter`'s view, from the first to past the last, in every order.
    void expectWindowsAgree(CampaignFilter filter, const char* after, qint64 window = 97) {
        QStringList orders = CampaignFilter::sortableColumns();
        orders.prepend(QString()); // newest first
        for (const QString& column : orders) {
            for (const bool descending : {false, true}) {
                filter.orderColumn = column;
                filter.descending = descending;
                filter.limit = window;
                for (filter.offset = 0;; filter.offset += window) {
                    const auto fromOrder = m_indexed.query(filter);
                    const auto fromSql = m_sqlOnly.query(filter);
                    ASSERT_TRUE(fromOrder.ok() && fromSql.ok()) << after;
                    const std::string where = std::string(after) + ": by \"" + column.toStdString() +
                                              (descending ? "\" desc" : "\" asc") + " at " +
                                              std::to_string(filter.offset);
                    ASSERT_EQ(idsOf(fromOrder.value().rows), idsOf(fromSql.value().rows)) << where;
                    ASSERT_EQ(fromOrder.value().total, fromSql.value().total) << where;
                    if (fromSql.value().rows.isEmpty()) {
                        break;
                    }
                }
            }
        }
    }

    void expectAllViewsAgree(const char* after) {
        expectWindowsAgree(CampaignFilter(), after);
        CampaignFilter paused;
        paused.statuses = {QStringLiteral("paused"), QStringLiteral("draft")};
        paused.channels = {QStringLiteral("sms")};
        expectWindowsAgree(paused, after, 31);
        CampaignFilter search; // more matches than the search index lists: the order is walked
        search.search = QStringLiteral("S");
        expectWindowsAgree(search, after);
    }

    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(QStringLiteral("campaigns.sqlite"));
    CacheDatabase m_indexed{m_path, QStringLiteral("windows-indexed")};
    CacheDatabase m_sqlOnly{m_path, QStringLiteral("windows-sql")};
    std::mt19937 m_random{20261208};
};

TEST_F(CacheWindowAgreementTest, EveryWindowOfEveryOrderAgreesWithTheSqlAnswer) {
    ASSERT_TRUE(m_indexed.upsert(randomRows(2600, 4000)).ok());
    ASSERT_TRUE(m_indexed.warmSearchIndex().ok());
    expectAllViewsAgree("the first rows");
}

TEST_F(CacheWindowAgreementTest, OrdersFollowUpdatesThatMoveRows) {
    ASSERT_TRUE(m_indexed.upsert(randomRows(2600, 4000)).ok());
    ASSERT_TRUE(m_indexed.warmSearchIndex().ok());
    expectWindowsAgree(CampaignFilter(), "sorted once");
    ASSERT_TRUE(m_indexed.upsert(randomRows(900, 4000)).ok()); // new values for old rows, and new rows
    expectAllViewsAgree("updates");
}

TEST_F(CacheWindowAgreementTest, OrdersFollowRemovalsAndPruning) {
    ASSERT_TRUE(m_indexed.upsert(randomRows(2600, 4000)).ok());
    ASSERT_TRUE(m_indexed.warmSearchIndex().ok());
    expectWindowsAgree(CampaignFilter(), "sorted once");
    ASSERT_TRUE(m_indexed.remove(randomIds(400, 4000)).ok());
    CampaignFilter active;
    active.statuses = {QStringLiteral("active")};
    ASSERT_TRUE(m_indexed.removeMissing(active, randomIds(100, 4000)).ok());
    expectAllViewsAgree("removals and pruning");
}

TEST_F(CacheWindowAgreementTest, OrdersAreBuiltAgainAfterAFullSync) {
    ASSERT_TRUE(m_indexed.upsert(randomRows(1500, 3000)).ok());
    ASSERT_TRUE(m_indexed.warmSearchIndex().ok());
    ASSERT_TRUE(m_indexed.beginFullSync().ok());
    ASSERT_TRUE(m_indexed.upsert(randomRows(2600, 6000), true).ok());
    expectWindowsAgree(CampaignFilter(), "during a full sync");
    ASSERT_TRUE(m_indexed.finishFullSync(QDateTime::currentDateTimeUtc()).ok());
    ASSERT_TRUE(m_indexed.rewarmSearchIndex().value());
    expectAllViewsAgree("a full sync");
}

TEST_F(CacheWindowAgreementTest, ManyRewritesOfLongTextsKeepTheOrdersRight) {
    // Longer names do not fit the old bytes: the order index's text buffer is compacted on the way.
    ASSERT_TRUE(m_indexed.upsert(randomRows(1500, 1500)).ok());
    ASSERT_TRUE(m_indexed.warmSearchIndex().ok());
    CampaignFilter byName;
    byName.orderColumn = QStringLiteral("name");
    expectWindowsAgree(byName, "sorted by name");
    for (int round = 1; round < 6; ++round) {
        QList<Campaign> rows = randomRows(1500, 1500);
        for (Campaign& c : rows) {
            c.name += QString(200 * round, QLatin1Char('y'));
        }
        ASSERT_TRUE(m_indexed.upsert(rows).ok());
    }
    expectAllViewsAgree("renames");
}

TEST_F(CacheWindowAgreementTest, AFailedWriteLeavesTheOrdersAsTheFile) {
    ASSERT_TRUE(m_indexed.upsert(randomRows(1500, 3000)).ok());
    ASSERT_TRUE(m_indexed.warmSearchIndex().ok());
    expectWindowsAgree(CampaignFilter(), "sorted once");
    m_indexed.limitPages(1); // the next write that needs a page fails like a full disk
    QList<Campaign> big = randomRows(400, 100000);
    for (Campaign& c : big) {
        c.name += QString(2000, QLatin1Char('x'));
    }
    ASSERT_FALSE(m_indexed.upsert(big).ok());
    expectWindowsAgree(CampaignFilter(), "a failed write");
}

TEST(CampaignOrderIndexTest, AnOrderIsSortedWhenFirstAskedForAndOnlyTheRecentlyUsedAreKept) {
    CampaignOrderIndex index;
    for (int i = 0; i < 10; ++i) {
        CampaignOrderIndex::Row row;
        row.rowId = i + 1;
        row.id = QStringLiteral("id-%1").arg(9 - i);
        for (qsizetype c = 0; c < CampaignFilter::sortableColumns().size(); ++c) {
            row.values.append(QVariant(qlonglong(i % 3)));
        }
        index.upsert(row);
    }
    EXPECT_EQ(index.sortedOrders(), 0);
    // Ties on the value: the id decides, ascending in both directions.
    EXPECT_EQ(index.window(0, false, 0, 4), (QList<qint64>{10, 7, 4, 1}));
    EXPECT_EQ(index.window(0, true, 0, 4), (QList<qint64>{9, 6, 3, 8}));
    EXPECT_EQ(index.window(1, false, 8, 5), (QList<qint64>{6, 3}));
    EXPECT_EQ(index.sortedOrders(), 3);
    EXPECT_EQ(index.window(2, false, 0, 1), (QList<qint64>{10}));
    EXPECT_EQ(index.sortedOrders(), CampaignOrderIndex::kMaxOrders);
}

} // namespace
} // namespace cc::data
