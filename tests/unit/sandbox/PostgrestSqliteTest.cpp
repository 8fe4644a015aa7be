// Runs the SQL the grammar produces against a real (in-memory) SQLite table, to prove that the translated
// operators keep PostgreSQL's semantics: case rules, NULL logic, enum order, time zones, quoting, paging.
#include "app/sandbox/postgrest/QueryParser.h"
#include "tests/unit/sandbox/PostgrestTestSupport.h"

#include <gtest/gtest.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace cc::sandbox::postgrest {
namespace {

using test::q;

struct Row {
    const char* name;
    const char* status;
    const char* channel;
    double budget;
    const char* startDate;
    const char* endDate; // nullptr = NULL
    qint64 audience;
    const char* createdAt;
    int approved; // -1 = NULL
    const char* notes;
};

const Row kRows[] = {
    {"Summer Sale", "active", "email", 1500.5, "2024-06-01", "2024-06-30", 12000,
     "2024-05-01T10:00:00.000000+00:00", 1, "launch (phase 1)"},
    {"summer sale", "draft", "social", 0, "2024-07-01", nullptr, 0, "2024-05-02T08:00:00.000000+00:00", 0,
     nullptr},
    {"ÄPFEL Promo", "scheduled", "ads", 250, "2024-09-01", "2024-09-15", 500,
     "2024-05-03T00:00:00.000000+00:00", -1, "Hebdon, John"},
    {"äpfel promo", "paused", "email", 99.99, "2024-03-01", "2024-04-01", 800,
     "2024-04-01T12:00:00.000000+00:00", 1, "50% off"},
    {"Hebdon, John", "completed", "email", 10, "2023-01-01", "2023-02-01", 100,
     "2023-01-01T00:00:00.000000+00:00", 0, "say \"hi\""},
    {"50% off", "archived", "social", 5000, "2022-01-01", "2022-12-31", 999999,
     "2022-01-01T00:00:00.000000+00:00", -1, "under_score"},
    {"under_score", "active", "ads", 1, "2024-01-01", nullptr, 5, "2024-01-01T00:00:00.000000+00:00", 1,
     nullptr},
    {"[beta] test?", "draft", "email", 2, "2024-02-01", "2024-02-02", 6, "2024-02-01T00:00:00.000000+00:00",
     0, "Ωmega"},
    {"Robert'); DROP TABLE campaigns;--", "draft", "ads", 3, "2024-02-01", nullptr, 7,
     "2024-02-01T00:00:00.000000+00:00", -1, nullptr},
};
constexpr int kRowCount = int(std::size(kRows));

const char* const kRobert = "Robert'); DROP TABLE campaigns;--";

class PostgrestSqlite : public ::testing::Test {
protected:
    void SetUp() override {
        static int counter = 0;
        m_connection = QStringLiteral("postgrest-sqlite-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        // The sandbox must open its database the same way: ilike/match/imatch compile to REGEXP.
        db.setConnectOptions(QStringLiteral("QSQLITE_ENABLE_REGEXP"));
        ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
        exec(QStringLiteral(
            "CREATE TABLE campaigns (id TEXT PRIMARY KEY, user_id TEXT, name TEXT NOT NULL, "
            "status TEXT, channel TEXT, budget REAL, currency TEXT, start_date TEXT, end_date TEXT, "
            "audience_size INTEGER, created_at TEXT, approved INTEGER, notes TEXT)"));
        for (int i = 0; i < kRowCount; ++i) {
            const Row& row = kRows[i];
            QSqlQuery insert(db);
            insert.prepare(
                QStringLiteral("INSERT INTO campaigns VALUES (?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?)"));
            insert.addBindValue(idOf(i));
            insert.addBindValue(QStringLiteral("10000000-0000-4000-8000-000000000001"));
            insert.addBindValue(q(row.name));
            insert.addBindValue(q(row.status));
            insert.addBindValue(q(row.channel));
            insert.addBindValue(row.budget);
            insert.addBindValue(q(row.startDate));
            insert.addBindValue(row.endDate ? QVariant(q(row.endDate)) : QVariant());
            insert.addBindValue(row.audience);
            insert.addBindValue(q(row.createdAt));
            insert.addBindValue(row.approved < 0 ? QVariant() : QVariant(qint64(row.approved)));
            insert.addBindValue(row.notes ? QVariant(q(row.notes)) : QVariant());
            ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
        }
    }

    void TearDown() override {
        QSqlDatabase::database(m_connection).close();
        QSqlDatabase::removeDatabase(m_connection);
    }

    static QString idOf(int row) {
        return QStringLiteral("00000000-0000-4000-8000-0000000000a%1").arg(row + 1);
    }

    void exec(const QString& sql) {
        QSqlQuery query(QSqlDatabase::database(m_connection));
        ASSERT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
    }

    // Names of the rows a GET with this (percent-encoded) query string returns; sorted unless the query
    // orders.
    QStringList names(const char* encoded) {
        const auto parsed = QueryParser::parseRead(test::wire(encoded), test::campaignsSchema());
        const ReadQuery read = test::valueOf(parsed);
        if (std::holds_alternative<PostgrestError>(parsed)) {
            return {q("<error>")};
        }
        QString sql = QStringLiteral("SELECT name FROM campaigns");
        if (!read.where.isEmpty()) {
            sql += QStringLiteral(" WHERE ") + read.where.sql;
        }
        if (!read.order.isEmpty()) {
            sql += QStringLiteral(" ORDER BY ") + read.orderBySql();
        }
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        QSqlQuery query(QSqlDatabase::database(m_connection));
        if (!query.prepare(sql)) {
            ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
            return {};
        }
        for (const QVariant& param : read.where.params) {
            query.addBindValue(param);
        }
        query.addBindValue(read.limit.value_or(-1));
        query.addBindValue(read.offset.value_or(0));
        if (!query.exec()) {
            ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
            return {};
        }
        QStringList result;
        while (query.next()) {
            result.append(query.value(0).toString());
        }
        if (read.order.isEmpty()) {
            result.sort();
        }
        return result;
    }

    int rowCount() {
        QSqlQuery query(QSqlDatabase::database(m_connection));
        if (!query.exec(QStringLiteral("SELECT count(*) FROM campaigns")) || !query.next()) {
            return -1;
        }
        return query.value(0).toInt();
    }

    static QStringList sorted(QStringList names) {
        names.sort();
        return names;
    }

    static QStringList all() {
        QStringList names;
        for (const Row& row : kRows) {
            names.append(q(row.name));
        }
        return sorted(names);
    }

    QString m_connection;
};

TEST_F(PostgrestSqlite, EqIsExactAndCaseSensitive) {
    EXPECT_EQ(names("name=eq.Summer%20Sale"), QStringList{q("Summer Sale")});
    EXPECT_EQ(names("name=eq.Summer+Sale"), QStringList{q("Summer Sale")});
    EXPECT_EQ(names("name=eq.SUMMER%20SALE"), QStringList());
}

TEST_F(PostgrestSqlite, LikeIsCaseSensitive) {
    EXPECT_EQ(names("name=like.Summer*"), QStringList{q("Summer Sale")});
    EXPECT_EQ(names("name=like.*sale"), QStringList{q("summer sale")});
    EXPECT_EQ(names("name=like.%25Sale"), QStringList{q("Summer Sale")});
}

TEST_F(PostgrestSqlite, IlikeFoldsAsciiCase) {
    EXPECT_EQ(names("name=ilike.summer*"), sorted({q("Summer Sale"), q("summer sale")}));
}

TEST_F(PostgrestSqlite, IlikeFoldsNonAsciiCase) {
    EXPECT_EQ(names("name=ilike.%C3%A4pfel*"), sorted({q("ÄPFEL Promo"), q("äpfel promo")}));
    EXPECT_EQ(names("name=ilike.%C3%84PFEL%20PROMO"), sorted({q("ÄPFEL Promo"), q("äpfel promo")}));
    EXPECT_EQ(names("notes=ilike.%CF%89MEGA"), QStringList{q("[beta] test?")}); // ωMEGA vs Ωmega
}

TEST_F(PostgrestSqlite, LikeWildcardsAndEscapes) {
    EXPECT_EQ(names("name=like.50%5C%25*"), QStringList{q("50% off")});       // 50\%*
    EXPECT_EQ(names("name=like.under_score"), QStringList{q("under_score")}); // _ is any one character
    EXPECT_EQ(names("name=like.under%5C_score"), QStringList{q("under_score")});
    EXPECT_EQ(names("name=like.under%5C_scor"), QStringList());
    EXPECT_EQ(names("name=like.under?score"), QStringList()); // ? is not a LIKE wildcard
    EXPECT_EQ(names("name=like.[beta]*"), QStringList{q("[beta] test?")});
    EXPECT_EQ(names("name=ilike.*TEST?"), QStringList{q("[beta] test?")});
    EXPECT_EQ(names("name=ilike.*)*"), QStringList{q(kRobert)});
}

TEST_F(PostgrestSqlite, InWithQuotedValues) {
    EXPECT_EQ(names("name=in.(%22Hebdon,%20John%22,%2250%25%20off%22)"),
              sorted({q("Hebdon, John"), q("50% off")}));
    EXPECT_EQ(names("name=in.()"), QStringList());
    EXPECT_EQ(names("name=not.in.()"), all());
    EXPECT_EQ(names("audience_size=in.(0,%205,6)"),
              sorted({q("summer sale"), q("under_score"), q("[beta] test?")}));
}

TEST_F(PostgrestSqlite, NegationsExcludeNullsLikePostgres) {
    const QStringList withNotes = sorted({q("Summer Sale"), q("ÄPFEL Promo"), q("äpfel promo"),
                                          q("Hebdon, John"), q("50% off"), q("[beta] test?")});
    EXPECT_EQ(names("notes=neq.x"), withNotes);
    EXPECT_EQ(names("notes=not.eq.x"), withNotes);
    EXPECT_EQ(names("notes=not.ilike.*a*"), sorted({q("ÄPFEL Promo"), q("äpfel promo"), q("50% off")}));
    EXPECT_EQ(names("notes=not.like.*a*"), sorted({q("ÄPFEL Promo"), q("äpfel promo"), q("50% off")}));
    EXPECT_EQ(names("notes=not.in.(x)"), withNotes);
}

TEST_F(PostgrestSqlite, IsNullAndTrileans) {
    const QStringList noEnd = sorted({q("summer sale"), q("under_score"), q(kRobert)});
    EXPECT_EQ(names("end_date=is.null"), noEnd);
    EXPECT_EQ(names("end_date=not.is.null").size(), kRowCount - 3);
    EXPECT_EQ(names("end_date=is.not_null").size(), kRowCount - 3);
    EXPECT_EQ(names("approved=is.true"), sorted({q("Summer Sale"), q("äpfel promo"), q("under_score")}));
    EXPECT_EQ(names("approved=is.false"), sorted({q("summer sale"), q("Hebdon, John"), q("[beta] test?")}));
    EXPECT_EQ(names("approved=is.unknown"), sorted({q("ÄPFEL Promo"), q("50% off"), q(kRobert)}));
    EXPECT_EQ(names("approved=not.is.true").size(), kRowCount - 3);
    EXPECT_EQ(names("approved=eq.yes"), sorted({q("Summer Sale"), q("äpfel promo"), q("under_score")}));
}

TEST_F(PostgrestSqlite, NumericComparisons) {
    EXPECT_EQ(names("budget=gt.1000"), sorted({q("Summer Sale"), q("50% off")}));
    EXPECT_EQ(names("budget=lte.2"), sorted({q("summer sale"), q("under_score"), q("[beta] test?")}));
    EXPECT_EQ(names("budget=eq.99.99"), QStringList{q("äpfel promo")});
    EXPECT_EQ(names("audience_size=lte.6"), sorted({q("summer sale"), q("under_score"), q("[beta] test?")}));
    EXPECT_EQ(names("audience_size=gt.100000"), QStringList{q("50% off")}); // numeric, not text, order
}

TEST_F(PostgrestSqlite, DateAndTimestampComparisons) {
    EXPECT_EQ(names("and=(start_date.gte.2024-01-01,start_date.lt.2024-7-1)"),
              sorted({q("Summer Sale"), q("äpfel promo"), q("under_score"), q("[beta] test?"), q(kRobert)}));
    // 11:00 at +02:00 is 09:00 UTC: the row created at 10:00 UTC is later.
    EXPECT_EQ(names("created_at=gt.2024-05-01T11:00:00%2B02:00"),
              sorted({q("Summer Sale"), q("summer sale"), q("ÄPFEL Promo")}));
    EXPECT_EQ(names("created_at=eq.2024-05-01T12:00:00%2B02:00"), QStringList{q("Summer Sale")});
}

TEST_F(PostgrestSqlite, EnumComparisonsFollowDeclarationOrder) {
    EXPECT_EQ(names("status=gt.active"), sorted({q("äpfel promo"), q("Hebdon, John"), q("50% off")}));
    EXPECT_EQ(names("status=lt.scheduled"), sorted({q("summer sale"), q("[beta] test?"), q(kRobert)}));
    EXPECT_EQ(names("status=gt.archived"), QStringList());
    EXPECT_EQ(names("status=not.gt.archived"), all());
}

TEST_F(PostgrestSqlite, UuidInputIsCanonicalised) {
    EXPECT_EQ(names("id=eq.00000000-0000-4000-8000-0000000000A1"), QStringList{q("Summer Sale")});
    EXPECT_EQ(names("id=in.(%7B000000000000400080000000000000a2%7D)"), QStringList{q("summer sale")});
}

TEST_F(PostgrestSqlite, LogicTrees) {
    EXPECT_EQ(names("or=(status.eq.draft,and(budget.gt.1000,channel.eq.email))"),
              sorted({q("Summer Sale"), q("summer sale"), q("[beta] test?"), q(kRobert)}));
    EXPECT_EQ(names("not.or=(status.eq.draft,status.eq.active)"),
              sorted({q("ÄPFEL Promo"), q("äpfel promo"), q("Hebdon, John"), q("50% off")}));
    EXPECT_EQ(names("or=(name.eq.%22Hebdon,%20John%22,notes.eq.%22Hebdon,%20John%22)"),
              sorted({q("Hebdon, John"), q("ÄPFEL Promo")}));
    EXPECT_EQ(names("channel=eq.email&or=(approved.is.true,budget.lt.5)"),
              sorted({q("Summer Sale"), q("äpfel promo"), q("[beta] test?")}));
}

TEST_F(PostgrestSqlite, RegexOperators) {
    EXPECT_EQ(names("name=match.%5E%5BSs%5Dummer"), sorted({q("Summer Sale"), q("summer sale")}));
    EXPECT_EQ(names("name=imatch.PROMO%24"), sorted({q("ÄPFEL Promo"), q("äpfel promo")}));
    EXPECT_EQ(names("notes=not.match.a"), sorted({q("ÄPFEL Promo"), q("äpfel promo"), q("50% off")}));
}

TEST_F(PostgrestSqlite, IsDistinctTreatsNullAsAValue) {
    EXPECT_EQ(names("notes=isdistinct.50%25%20off").size(), kRowCount - 1);
}

TEST_F(PostgrestSqlite, OrderByEnumDeclarationThenName) {
    EXPECT_EQ(
        names("order=status.asc,name.asc"),
        (QStringList{q(kRobert), q("[beta] test?"), q("summer sale"), q("ÄPFEL Promo"), q("Summer Sale"),
                     q("under_score"), q("äpfel promo"), q("Hebdon, John"), q("50% off")}));
}

TEST_F(PostgrestSqlite, OrderPlacesNullsLikePostgres) {
    const QStringList dated{q("50% off"),     q("Hebdon, John"), q("[beta] test?"),
                            q("äpfel promo"), q("Summer Sale"),  q("ÄPFEL Promo")};
    const QStringList undated{q(kRobert), q("summer sale"), q("under_score")};
    QStringList reversed(dated.rbegin(), dated.rend());
    EXPECT_EQ(names("order=end_date.asc,name"), dated + undated);
    EXPECT_EQ(names("order=end_date,name"), dated + undated);
    EXPECT_EQ(names("order=end_date.desc,name"), undated + reversed);
    EXPECT_EQ(names("order=end_date.desc.nullslast,name"), reversed + undated);
    EXPECT_EQ(names("order=end_date.nullsfirst,name"), undated + dated);
}

TEST_F(PostgrestSqlite, LimitAndOffsetPage) {
    EXPECT_EQ(names("order=audience_size&limit=3&offset=2"),
              (QStringList{q("[beta] test?"), q(kRobert), q("Hebdon, John")}));
    EXPECT_EQ(names("order=audience_size&limit=0"), QStringList());
    EXPECT_EQ(names("order=audience_size&offset=8"), QStringList{q("50% off")});
}

TEST_F(PostgrestSqlite, InjectionAttemptsMatchLiterallyAndLeaveTheTableIntact) {
    EXPECT_EQ(names("name=eq.Robert')%3B%20DROP%20TABLE%20campaigns%3B--"), QStringList{q(kRobert)});
    EXPECT_EQ(names("name=eq.x'%20OR%20'1'%3D'1"), QStringList());
    EXPECT_EQ(names("or=(name.eq.%22x')%20OR%20('1'%3D'1%22,name.like.*'*)"), QStringList{q(kRobert)});
    EXPECT_EQ(names("name=ilike.*%22%20OR%201%3D1%20--"), QStringList());
    EXPECT_EQ(rowCount(), kRowCount);
}

TEST_F(PostgrestSqlite, FiltersDriveADelete) {
    const auto where = test::valueOf(
        QueryParser::parseFilters(test::wire("status=eq.draft&select=name"), test::campaignsSchema()));
    QSqlQuery query(QSqlDatabase::database(m_connection));
    ASSERT_TRUE(query.prepare(QStringLiteral("DELETE FROM campaigns WHERE ") + where.sql));
    for (const QVariant& param : where.params) {
        query.addBindValue(param);
    }
    ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
    EXPECT_EQ(query.numRowsAffected(), 3);
    EXPECT_EQ(rowCount(), kRowCount - 3);
}

} // namespace
} // namespace cc::sandbox::postgrest
