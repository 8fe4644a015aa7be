// The typed PostgREST query builder: every operator, quoting inside lists and or-groups, percent-encoding,
// paging and preferences. Round trips go through the sandbox's own PostgREST grammar, so a value that the
// builder quotes or encodes wrongly comes back different.
#include "app/data/PostgrestQuery.h"
#include "app/sandbox/CampaignTable.h"
#include "app/sandbox/postgrest/FilterGrammar.h"
#include "app/sandbox/postgrest/QueryParser.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QUrlQuery>

namespace cc::data {
namespace {

using Op = PostgrestQuery::Op;
namespace pg = cc::sandbox::postgrest;

// The query's items decoded as PostgREST decodes them.
QList<QPair<QString, QString>> decoded(const PostgrestQuery& q) {
    const QUrl url = q.apply(QUrl(QStringLiteral("http://127.0.0.1:1/rest/v1/campaigns")));
    return pg::QueryParser::decodedItems(QUrlQuery(url));
}

pg::FilterExpr parsedFilter(const PostgrestQuery& q) {
    const auto items = decoded(q);
    EXPECT_EQ(items.size(), 1);
    auto parsed = pg::FilterGrammar::parseFilter(items.first().first, items.first().second);
    EXPECT_TRUE(std::holds_alternative<pg::FilterExpr>(parsed)) << items.first().second.toStdString();
    return std::holds_alternative<pg::FilterExpr>(parsed) ? std::get<pg::FilterExpr>(parsed)
                                                          : pg::FilterExpr{};
}

const QStringList& hostileValues() {
    static const QStringList values = {
        QStringLiteral("plain"),         QStringLiteral("with space"),
        QStringLiteral("a,b"),           QStringLiteral("a.b"),
        QStringLiteral("x:y"),           QStringLiteral("(paren)"),
        QStringLiteral("quote\"inside"), QStringLiteral("back\\slash"),
        QStringLiteral("amp&er=sand"),   QStringLiteral("plus+sign"),
        QStringLiteral("percent%20"),    QStringLiteral("hash#tag"),
        QStringLiteral("q?mark"),        QStringLiteral(" lead and trail "),
        QStringLiteral("Zürich ✓ 日本"), QStringLiteral("{braces}"),
        QStringLiteral("null"),          QStringLiteral(""),
        QStringLiteral("semi;colon"),    QStringLiteral("star*"),
    };
    return values;
}

TEST(PostgrestQuery, EveryComparisonOperatorHasItsName) {
    const QList<QPair<Op, QString>> ops = {
        {Op::Eq, QStringLiteral("eq")},     {Op::Neq, QStringLiteral("neq")},
        {Op::Gt, QStringLiteral("gt")},     {Op::Gte, QStringLiteral("gte")},
        {Op::Lt, QStringLiteral("lt")},     {Op::Lte, QStringLiteral("lte")},
        {Op::Like, QStringLiteral("like")}, {Op::ILike, QStringLiteral("ilike")}};
    for (const auto& [op, name] : ops) {
        PostgrestQuery q;
        q.filter({QStringLiteral("budget"), op, 5});
        EXPECT_EQ(q.toQueryString(), QStringLiteral("budget=") + name + QStringLiteral(".5"));
    }
}

TEST(PostgrestQuery, SingleValuesRoundTripThroughThePostgrestGrammar) {
    for (const QString& value : hostileValues()) {
        PostgrestQuery q;
        q.eq(QStringLiteral("name"), value);
        const pg::FilterExpr f = parsedFilter(q);
        EXPECT_EQ(f.op, pg::FilterOp::Eq);
        EXPECT_EQ(f.value, value) << value.toStdString();
    }
}

TEST(PostgrestQuery, InListValuesAreQuotedAndRoundTrip) {
    QVariantList values;
    for (const QString& v : hostileValues()) {
        values.append(v);
    }
    PostgrestQuery q;
    q.in(QStringLiteral("name"), values);
    const pg::FilterExpr f = parsedFilter(q);
    EXPECT_EQ(f.op, pg::FilterOp::In);
    ASSERT_EQ(f.list.size(), hostileValues().size());
    for (int i = 0; i < f.list.size(); ++i) {
        EXPECT_EQ(f.list[i], hostileValues()[i]);
    }
}

TEST(PostgrestQuery, PlainListValuesStayUnquoted) {
    PostgrestQuery q;
    q.in(QStringLiteral("status"), {QStringLiteral("active"), QStringLiteral("paused")});
    EXPECT_EQ(q.toQueryString(), QStringLiteral("status=in.%28active%2Cpaused%29"));
    EXPECT_EQ(PostgrestQuery::quoteListValue(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(PostgrestQuery::quoteListValue(QStringLiteral("say \"hi\"")),
              QStringLiteral("\"say \\\"hi\\\"\""));
    EXPECT_EQ(PostgrestQuery::quoteListValue(QString()), QStringLiteral("\"\""));
}

TEST(PostgrestQuery, OrGroupValuesRoundTripThroughTheLogicGrammar) {
    for (const QString& value : hostileValues()) {
        PostgrestQuery q;
        q.anyOf({{QStringLiteral("name"), Op::ILike, value}, {QStringLiteral("status"), Op::Eq, value}});
        const auto items = decoded(q);
        ASSERT_EQ(items.size(), 1);
        EXPECT_EQ(items.first().first, QStringLiteral("or"));
        auto parsed = pg::FilterGrammar::parseLogic(items.first().first, items.first().second);
        ASSERT_TRUE(std::holds_alternative<pg::LogicTree>(parsed)) << items.first().second.toStdString();
        const pg::LogicTree& tree = std::get<pg::LogicTree>(parsed);
        EXPECT_TRUE(tree.isOr);
        ASSERT_EQ(tree.children.size(), 2u);
        EXPECT_EQ(tree.children[0].filter.value, value) << value.toStdString();
        EXPECT_EQ(tree.children[0].filter.op, pg::FilterOp::ILike);
        EXPECT_EQ(tree.children[1].filter.value, value) << value.toStdString();
    }
}

TEST(PostgrestQuery, NegatedFiltersAndGroupsCarryNot) {
    PostgrestQuery q;
    q.filter({QStringLiteral("status"), Op::Eq, QStringLiteral("archived"), true});
    q.anyOf({{QStringLiteral("budget"), Op::Lt, 1}}, true);
    EXPECT_EQ(q.toQueryString(), QStringLiteral("status=not.eq.archived&not.or=%28budget.lt.1%29"));
}

TEST(PostgrestQuery, IsTakesOnlyItsFixedOperands) {
    const QList<QPair<PostgrestQuery::IsValue, QString>> cases = {
        {PostgrestQuery::IsValue::Null, QStringLiteral("null")},
        {PostgrestQuery::IsValue::NotNull, QStringLiteral("not_null")},
        {PostgrestQuery::IsValue::True, QStringLiteral("true")},
        {PostgrestQuery::IsValue::False, QStringLiteral("false")},
        {PostgrestQuery::IsValue::Unknown, QStringLiteral("unknown")}};
    for (const auto& [value, text] : cases) {
        PostgrestQuery q;
        q.is(QStringLiteral("end_date"), value);
        EXPECT_EQ(q.toQueryString(), QStringLiteral("end_date=is.") + text);
        EXPECT_EQ(parsedFilter(q).op, pg::FilterOp::Is);
    }
}

TEST(PostgrestQuery, PlusAndAmpersandArePercentEncoded) {
    PostgrestQuery q;
    q.eq(QStringLiteral("updated_at"), QStringLiteral("2026-03-01T09:00:00.000000+00:00"));
    EXPECT_EQ(q.toQueryString(), QStringLiteral("updated_at=eq.2026-03-01T09%3A00%3A00.000000%2B00%3A00"));
    EXPECT_EQ(PostgrestQuery::encode(QStringLiteral("a&b=c d")), QStringLiteral("a%26b%3Dc%20d"));
    EXPECT_EQ(PostgrestQuery::encode(QStringLiteral("é")), QStringLiteral("%C3%A9"));
}

TEST(PostgrestQuery, EncodedQuerySurvivesQUrlUnchanged) {
    PostgrestQuery q;
    q.eq(QStringLiteral("name"), QStringLiteral("a+b %25 & c"));
    const QUrl url = q.apply(QUrl(QStringLiteral("https://x.supabase.co/rest/v1/campaigns?old=1")));
    EXPECT_EQ(url.query(QUrl::FullyEncoded), q.toQueryString());
    EXPECT_EQ(parsedFilter(q).value, QStringLiteral("a+b %25 & c"));
}

TEST(PostgrestQuery, ScalarsAreRenderedAsPostgresText) {
    EXPECT_EQ(PostgrestQuery::scalarText(true), QStringLiteral("true"));
    EXPECT_EQ(PostgrestQuery::scalarText(2.5), QStringLiteral("2.5"));
    EXPECT_EQ(PostgrestQuery::scalarText(QDate(2026, 3, 1)), QStringLiteral("2026-03-01"));
    EXPECT_EQ(PostgrestQuery::scalarText(qint64(1234567890123)), QStringLiteral("1234567890123"));
}

TEST(PostgrestQuery, ContainsPatternEscapesLikeMetacharacters) {
    EXPECT_EQ(PostgrestQuery::containsPattern(QStringLiteral("spring")), QStringLiteral("*spring*"));
    EXPECT_EQ(PostgrestQuery::containsPattern(QStringLiteral("50%_off\\")),
              QStringLiteral("*50\\%\\_off\\\\*"));
    EXPECT_EQ(PostgrestQuery::containsPattern(QStringLiteral("a*b")), QStringLiteral("*a_b*"));
}

TEST(PostgrestQuery, SelectOrderAndPagingInAStableOrder) {
    PostgrestQuery q;
    q.select({QStringLiteral("id"), QStringLiteral("name")})
        .eq(QStringLiteral("channel"), QStringLiteral("email"))
        .orderBy(QStringLiteral("created_at"), PostgrestQuery::Direction::Desc, PostgrestQuery::Nulls::Last)
        .orderBy(QStringLiteral("id"))
        .range(30, 44);
    EXPECT_EQ(q.toQueryString(), QStringLiteral("select=id%2Cname&channel=eq.email&order=created_at.desc."
                                                "nullslast%2Cid.asc&limit=15&offset=30"));
    const auto order =
        pg::QueryParser::parseOrder(decoded(q)[2].second, cc::sandbox::CampaignTable::schema());
    ASSERT_TRUE(std::holds_alternative<QList<pg::OrderTerm>>(order));
    EXPECT_EQ(std::get<QList<pg::OrderTerm>>(order).size(), 2);
}

TEST(PostgrestQuery, NullsFirstAndDefaults) {
    PostgrestQuery q;
    q.orderBy(QStringLiteral("end_date"), PostgrestQuery::Direction::Asc, PostgrestQuery::Nulls::First);
    EXPECT_EQ(q.toQueryString(), QStringLiteral("order=end_date.asc.nullsfirst"));
    EXPECT_EQ(PostgrestQuery().toQueryString(), QString());
}

TEST(PostgrestQuery, NegativePagingIsClampedToZero) {
    PostgrestQuery q;
    q.limit(-5).offset(-1);
    EXPECT_EQ(q.toQueryString(), QStringLiteral("limit=0&offset=0"));
}

TEST(PostgrestQuery, CountExactIsAPreferHeader) {
    PostgrestQuery q;
    EXPECT_TRUE(q.preferHeader().isEmpty());
    q.countExact();
    EXPECT_EQ(q.preferHeader(), QByteArrayLiteral("count=exact"));
    EXPECT_FALSE(q.toQueryString().contains(QStringLiteral("count")));
}

TEST(PostgrestQuery, EmptyInListIsTheEmptyList) {
    PostgrestQuery q;
    q.in(QStringLiteral("status"), {});
    EXPECT_TRUE(parsedFilter(q).list.isEmpty());
    PostgrestQuery one;
    one.in(QStringLiteral("status"), {QString()});
    EXPECT_EQ(parsedFilter(one).list, QStringList{QString()});
}

} // namespace
} // namespace cc::data
