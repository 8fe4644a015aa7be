// The local SQL cache: migrations, file permissions, corrupt files, disk full, queries and pruning.
#include "app/data/CacheDatabase.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace cc::data {
namespace {

Campaign row(const QString& id, const QString& name, const QString& status = QStringLiteral("active"),
             const QString& created = QStringLiteral("2026-03-01T09:00:00.000000+00:00")) {
    Campaign c;
    c.id = id;
    c.name = name;
    c.status = status;
    c.createdAt = created;
    c.updatedAt = created;
    return c;
}

class CacheDatabaseTest : public ::testing::Test {
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("cache/campaigns.sqlite")); }
    QTemporaryDir m_dir;
};

TEST_F(CacheDatabaseTest, AFreshFileGetsTheLatestSchema) {
    CacheDatabase db(path(), QStringLiteral("t1"));
    ASSERT_TRUE(db.open().ok());
    EXPECT_EQ(db.schemaVersion(), CacheDatabase::migrations().size());
    EXPECT_TRUE(db.movedAsideTo().isEmpty());
}

TEST_F(CacheDatabaseTest, TheFileIsReadableByItsOwnerOnly) {
    CacheDatabase db(path(), QStringLiteral("t2"));
    ASSERT_TRUE(db.open().ok());
    ASSERT_TRUE(db.upsert({row(QStringLiteral("a"), QStringLiteral("A"))}).ok());
    for (const QString& file : {path(), path() + QStringLiteral("-wal")}) {
        ASSERT_TRUE(QFile::exists(file)) << file.toStdString();
        EXPECT_EQ(QFile::permissions(file) & 0x0777 &
                      ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                  0)
            << file.toStdString();
        EXPECT_FALSE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther));
    }
}

TEST_F(CacheDatabaseTest, AVersionOneFileIsMigratedKeepingItsRows) {
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("cache")));
        QSqlDatabase v1 = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        v1.setDatabaseName(path());
        ASSERT_TRUE(v1.open());
        QSqlQuery q(v1);
        for (const QString& statement : CacheDatabase::migrations().first()) {
            ASSERT_TRUE(q.exec(statement));
        }
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO campaigns VALUES ('x', 'Old', 'draft', 'email', '', '', "
                                  "'{\"id\":\"x\",\"name\":\"Old\"}')")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version=1")));
        v1.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    CacheDatabase db(path(), QStringLiteral("t3"));
    ASSERT_TRUE(db.open().ok());
    EXPECT_EQ(db.schemaVersion(), CacheDatabase::migrations().size());
    auto found = db.find(QStringLiteral("x"));
    ASSERT_TRUE(found.ok() && found.value());
    EXPECT_EQ(found.value()->name, QStringLiteral("Old"));
    CampaignFilter search;
    search.search = QStringLiteral("OL");
    EXPECT_EQ(db.query(search).value().total, 1) << "a migrated row is found by a search";
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("t3")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                      "'campaigns_status_channel_idx'")) &&
                q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST_F(CacheDatabaseTest, AVersionThreeFileGetsItsSortableColumnsFromTheJsonCopies) {
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("cache")));
        QSqlDatabase v3 = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        v3.setDatabaseName(path());
        ASSERT_TRUE(v3.open());
        QSqlQuery q(v3);
        for (int version = 0; version < 3; ++version) {
            for (const QString& statement : CacheDatabase::migrations().at(version)) {
                ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
            }
        }
        for (const auto& [id, budget] : {std::pair{"a", 30}, std::pair{"b", 5}, std::pair{"c", 12}}) {
            ASSERT_TRUE(
                q.exec(QStringLiteral("INSERT INTO campaigns (id, name, status, channel, row_json) VALUES "
                                      "('%1', 'n', 'draft', 'email', "
                                      "'{\"id\":\"%1\",\"name\":\"n\",\"status\":\"draft\",\"channel\":"
                                      "\"email\",\"budget\":%2}')")
                           .arg(QLatin1String(id))
                           .arg(budget)));
        }
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version=3")));
        v3.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    CacheDatabase db(path(), QStringLiteral("t3b"));
    ASSERT_TRUE(db.open().ok());
    CampaignFilter byBudget;
    byBudget.orderColumn = QStringLiteral("budget");
    QStringList ids;
    const auto answer = db.query(byBudget); // kept: the loop must not run over a destroyed temporary's rows
    for (const Campaign& c : answer.value().rows) {
        ids.append(c.id);
    }
    EXPECT_EQ(ids, (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
}

TEST_F(CacheDatabaseTest, AFullSyncIntoAnEmptyCacheKeepsTheRowsWrittenBesideIt) {
    CacheDatabase db(path(), QStringLiteral("t3c"));
    ASSERT_TRUE(db.open().ok());
    ASSERT_TRUE(db.beginFullSync().ok());
    ASSERT_TRUE(db.upsert({row(QStringLiteral("1"), QStringLiteral("synced"))}, true).ok());
    ASSERT_TRUE(db.upsert({row(QStringLiteral("2"), QStringLiteral("created meanwhile"))}).ok());
    ASSERT_EQ(db.finishFullSync(QDateTime::currentDateTimeUtc()).value(), 0);
    EXPECT_EQ(db.count().value(), 2) << "nothing to prune after a first sync";
}

TEST_F(CacheDatabaseTest, ACorruptFileIsMovedAsideAndRebuilt) {
    QDir().mkpath(m_dir.filePath(QStringLiteral("cache")));
    QFile garbage(path());
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'z'));
    garbage.close();
    CacheDatabase db(path(), QStringLiteral("t4"));
    ASSERT_TRUE(db.open().ok());
    EXPECT_FALSE(db.movedAsideTo().isEmpty());
    EXPECT_TRUE(QFile::exists(db.movedAsideTo()));
    EXPECT_EQ(db.schemaVersion(), CacheDatabase::migrations().size());
    EXPECT_EQ(db.count().value(), 0);
}

// Damage inside the file (the header still reads): the fast open lets it through, verify() finds it and
// leaves a marker, and the next open checks fully and moves the file aside.
TEST_F(CacheDatabaseTest, DamageFoundAfterOpeningIsMovedAsideAtTheNextOpen) {
    {
        CacheDatabase db(path(), QStringLiteral("t6a"));
        ASSERT_TRUE(db.open().ok());
        QList<Campaign> rows;
        for (int i = 0; i < 2000; ++i) {
            rows.append(
                row(QStringLiteral("id-%1").arg(i), QStringLiteral("Campaign %1 ").arg(i).repeated(8)));
        }
        ASSERT_TRUE(db.upsert(rows).ok());
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("t6a")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_GT(file.size(), 200 * 1024);
    for (qint64 page = 8; page * 4096 < file.size() - 4096; page += 7) { // leave page 1 (the header) alone
        file.seek(page * 4096 + 100);
        file.write(QByteArray(300, '\xAB'));
    }
    file.close();
    {
        CacheDatabase db(path(), QStringLiteral("t6b"));
        ASSERT_TRUE(db.open().ok()) << "the header is intact: the fast open succeeds";
        EXPECT_TRUE(db.movedAsideTo().isEmpty());
        const Result<bool> verified = db.verify();
        ASSERT_FALSE(verified.ok());
        EXPECT_EQ(verified.error().kind, ErrorKind::Validation);
    }
    EXPECT_TRUE(QFile::exists(path() + QStringLiteral(".damaged")));
    CacheDatabase db(path(), QStringLiteral("t6c"));
    ASSERT_TRUE(db.open().ok());
    EXPECT_FALSE(db.movedAsideTo().isEmpty());
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral(".damaged")));
    EXPECT_EQ(db.count().value(), 0);
    EXPECT_TRUE(db.verify().ok());
}

TEST_F(CacheDatabaseTest, AFileFromANewerVersionIsRebuilt) {
    {
        CacheDatabase db(path(), QStringLiteral("t5a"));
        ASSERT_TRUE(db.open().ok());
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("t5a")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version=99")));
    }
    CacheDatabase db(path(), QStringLiteral("t5"));
    ASSERT_TRUE(db.open().ok());
    EXPECT_FALSE(db.movedAsideTo().isEmpty());
    EXPECT_EQ(db.schemaVersion(), CacheDatabase::migrations().size());
}

TEST_F(CacheDatabaseTest, DiskFullIsReportedAsStorageError) {
    CacheDatabase db(path(), QStringLiteral("t6"));
    ASSERT_TRUE(db.open().ok());
    db.limitPages(8);
    QList<Campaign> many;
    for (int i = 0; i < 2000; ++i) {
        many.append(row(QString::number(i), QString(150, QLatin1Char('n'))));
    }
    const Result<bool> stored = db.upsert(many);
    ASSERT_FALSE(stored.ok());
    EXPECT_EQ(stored.error().kind, ErrorKind::Storage);
    EXPECT_TRUE(stored.error().message.contains(QStringLiteral("disk is full")))
        << stored.error().message.toStdString();
    EXPECT_EQ(db.count().value(), 0) << "a failed batch is rolled back whole";
}

TEST_F(CacheDatabaseTest, QueriesFilterSearchLiterallyAndPage) {
    CacheDatabase db(path(), QStringLiteral("t7"));
    ASSERT_TRUE(db.open().ok());
    ASSERT_TRUE(db.upsert({row(QStringLiteral("1"), QStringLiteral("Spring Sale"), QStringLiteral("active"),
                               QStringLiteral("2026-03-03T00:00:00.000000+00:00")),
                           row(QStringLiteral("2"), QStringLiteral("50% off"), QStringLiteral("paused"),
                               QStringLiteral("2026-03-02T00:00:00.000000+00:00")),
                           row(QStringLiteral("3"), QStringLiteral("500 off"), QStringLiteral("active"),
                               QStringLiteral("2026-03-01T00:00:00.000000+00:00"))})
                    .ok());
    CampaignFilter f;
    f.search = QStringLiteral("SPRING");
    EXPECT_EQ(db.query(f).value().total, 1);
    f.search = QStringLiteral("50%");
    EXPECT_EQ(db.query(f).value().rows.size(), 1) << "% is literal";
    f = {};
    f.statuses = {QStringLiteral("active")};
    EXPECT_EQ(db.query(f).value().total, 2);
    f = {};
    f.limit = 1;
    f.offset = 1;
    const auto page = db.query(f).value();
    EXPECT_EQ(page.total, 3);
    ASSERT_EQ(page.rows.size(), 1);
    EXPECT_EQ(page.rows.first().id, QStringLiteral("2")) << "newest first";
}

TEST_F(CacheDatabaseTest, TheTotalIsRightForEveryWindow) {
    CacheDatabase db(path(), QStringLiteral("t7w"));
    ASSERT_TRUE(db.open().ok());
    ASSERT_TRUE(db.upsert({row(QStringLiteral("1"), QStringLiteral("a")),
                           row(QStringLiteral("2"), QStringLiteral("b")),
                           row(QStringLiteral("3"), QStringLiteral("c"))})
                    .ok());
    const auto total = [&](qint64 limit, qint64 offset) {
        CampaignFilter f;
        f.limit = limit;
        f.offset = offset;
        return db.query(f).value().total;
    };
    EXPECT_EQ(total(2, 0), 3) << "a full window counts";
    EXPECT_EQ(total(2, 2), 3) << "the last, partial window";
    EXPECT_EQ(total(2, 5), 3) << "a window past the end";
    EXPECT_EQ(total(5, 0), 3);
    EXPECT_EQ(total(-1, 0), 3);
    EXPECT_EQ(total(3, 0), 3) << "exactly full";
}

TEST_F(CacheDatabaseTest, SearchFoldsCaseBeyondAscii) {
    CacheDatabase db(path(), QStringLiteral("t7u"));
    ASSERT_TRUE(db.open().ok());
    ASSERT_TRUE(db.upsert({row(QStringLiteral("1"), QStringLiteral("Été à Zürich")),
                           row(QStringLiteral("2"), QStringLiteral("Winter"))})
                    .ok());
    CampaignFilter f;
    f.search = QStringLiteral("ÉTÉ");
    EXPECT_EQ(db.query(f).value().total, 1);
    f.search = QStringLiteral("zÜRICH");
    EXPECT_EQ(db.query(f).value().total, 1);
}

TEST_F(CacheDatabaseTest, ASearchIsAnsweredFromTheIndexWithoutReadingTheRows) {
    CacheDatabase db(path(), QStringLiteral("t7p"));
    ASSERT_TRUE(db.open().ok());
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("t7p")));
    // The count scans the narrow search index (a covering index), not the table with its JSON copies.
    ASSERT_TRUE(q.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT count(*) FROM campaigns WHERE instr(name_lower, 'x') > 0")));
    QStringList plan;
    while (q.next()) {
        plan.append(q.value(3).toString());
    }
    EXPECT_TRUE(plan.join(QLatin1Char(' ')).contains(QStringLiteral("COVERING INDEX campaigns_search_idx")))
        << plan.join(QLatin1Char('|')).toStdString();
}

TEST_F(CacheDatabaseTest, RemoveMissingPrunesOnlyRowsInsideTheFilter) {
    CacheDatabase db(path(), QStringLiteral("t8"));
    ASSERT_TRUE(db.open().ok());
    ASSERT_TRUE(db.upsert({row(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("active")),
                           row(QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("active")),
                           row(QStringLiteral("3"), QStringLiteral("c"), QStringLiteral("paused"))})
                    .ok());
    CampaignFilter active;
    active.statuses = {QStringLiteral("active")};
    ASSERT_TRUE(db.removeMissing(active, {QStringLiteral("1")}).ok());
    EXPECT_FALSE(db.find(QStringLiteral("2")).value().has_value());
    EXPECT_TRUE(db.find(QStringLiteral("3")).value().has_value());
}

TEST_F(CacheDatabaseTest, FindManyAnswersTheHeldRowsAsStored) {
    CacheDatabase db(path(), QStringLiteral("t10"));
    ASSERT_TRUE(db.open().ok());
    const Campaign a = row(QStringLiteral("a"), QStringLiteral("Alpha"));
    const Campaign b = row(QStringLiteral("b"), QStringLiteral("Bravo"), QStringLiteral("paused"));
    ASSERT_TRUE(db.upsert({a, b, row(QStringLiteral("c"), QStringLiteral("Charlie"))}).ok());
    const auto found = db.findMany({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("missing")});
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found.value().size(), 2) << "c was not asked for, missing is not held";
    EXPECT_EQ(found.value().value(QStringLiteral("b")).campaign.status, QStringLiteral("paused"));
    EXPECT_EQ(found.value().value(QStringLiteral("a")).json, a.toJson());
    EXPECT_TRUE(db.findMany({}).value().isEmpty());
}

TEST_F(CacheDatabaseTest, SyncTimesSurviveReopening) {
    const QDateTime at(QDate(2026, 3, 1), QTime(9, 0, 0, 123), Qt::UTC);
    {
        CacheDatabase db(path(), QStringLiteral("t9a"));
        ASSERT_TRUE(db.open().ok());
        ASSERT_TRUE(db.setSyncedAt(QStringLiteral("k"), at).ok());
    }
    CacheDatabase db(path(), QStringLiteral("t9"));
    ASSERT_TRUE(db.open().ok());
    EXPECT_EQ(db.syncedAt(QStringLiteral("k")).value(), at);
    EXPECT_FALSE(db.syncedAt(QStringLiteral("other")).value().has_value());
}

// Garbled bytes in a row (a bad disk, a killed writer on a file system that lies) are never shown as a
// campaign: the row is skipped, counted and removed, to be fetched again.
TEST_F(CacheDatabaseTest, RowsThatFailToParseAreNeverShown) {
    CacheDatabase db(path(), QStringLiteral("damaged"));
    ASSERT_TRUE(db.open().ok());
    ASSERT_TRUE(db.upsert({row(QStringLiteral("a"), QStringLiteral("A")),
                           row(QStringLiteral("b"), QStringLiteral("B")),
                           row(QStringLiteral("c"), QStringLiteral("C")),
                           row(QStringLiteral("d"), QStringLiteral("D"))})
                    .ok());
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("garble"));
        raw.setDatabaseName(path());
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(
            q.exec(QStringLiteral("UPDATE campaigns SET row_json = '{\"id\":\"a\",\"na' WHERE id = 'a'")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE campaigns SET row_json = '{}' WHERE id = 'b'")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE campaigns SET row_json = replace(row_json, '\"id\":\"c\"', "
                                          "'\"id\":\"\u00e7\"') WHERE id = 'c'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("garble"));

    const auto page = db.query(CampaignFilter{});
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page.value().rows.size(), 1);
    EXPECT_EQ(page.value().rows.first().id, QStringLiteral("d"));
    EXPECT_EQ(db.damagedRows(), 3);
    EXPECT_FALSE(db.find(QStringLiteral("a")).value().has_value()) << "removed, to be fetched again";
    EXPECT_EQ(db.count().value(), 1);
}

} // namespace
} // namespace cc::data
