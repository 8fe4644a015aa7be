#include "app/sandbox/postgrest/QueryParser.h"
#include "app/sandbox/postgrest/ReadQuery.h"
#include "tests/unit/sandbox/PostgrestTestSupport.h"

#include <gtest/gtest.h>

#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>

namespace cc::sandbox::postgrest {
namespace {

using test::campaignsSchema;
using test::errorOf;
using test::q;
using test::valueOf;
using test::wire;

ReadQuery read(const char* encoded) {
    return valueOf(QueryParser::parseRead(wire(encoded), campaignsSchema()));
}

PostgrestError readError(const char* encoded) {
    return errorOf(QueryParser::parseRead(wire(encoded), campaignsSchema()));
}

TEST(PostgrestDecoding, PlusIsASpaceAndPercent2BIsAPlus) {
    const auto items = QueryParser::decodedItems(wire("name=eq.a+b&currency=eq.1%2B2"));
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).second, q("eq.a b"));
    EXPECT_EQ(items.at(1).second, q("eq.1+2"));
    // The same through a request URL, as the server will pass it.
    const QUrl url(q("http://127.0.0.1/rest/v1/campaigns?name=eq.a+b&currency=eq.1%2B2"));
    EXPECT_EQ(QueryParser::decodedItems(QUrlQuery(url)), items);
}

TEST(PostgrestDecoding, PercentEncodedUtf8AndReservedCharactersAreDecoded) {
    const auto items = QueryParser::decodedItems(wire("name=in.(%22Hebdon%2CJohn%22,%C3%84pfel)&x%26y=1"));
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).second, q("in.(\"Hebdon,John\",Äpfel)"));
    EXPECT_EQ(items.at(1).first, q("x&y"));
}

TEST(PostgrestDecoding, KeysWithoutValuesAreDroppedAndSemicolonsStayInValues) {
    const auto items = QueryParser::decodedItems(wire("a=1;b=2&flag&&c="));
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0), (QPair<QString, QString>{q("a"), q("1;b=2")}));
    EXPECT_EQ(items.at(1), (QPair<QString, QString>{q("c"), QString()}));
}

TEST(PostgrestRead, NoParametersSelectsEverythingUnfilteredUnordered) {
    const ReadQuery query = read("");
    EXPECT_TRUE(query.select.isEmpty());
    EXPECT_TRUE(query.where.isEmpty());
    EXPECT_TRUE(query.order.isEmpty());
    EXPECT_FALSE(query.limit.has_value());
    EXPECT_FALSE(query.offset.has_value());
    EXPECT_TRUE(query.orderBySql().isEmpty());
}

TEST(PostgrestRead, SeveralFiltersAreAnded) {
    const ReadQuery query = read("audience_size=gt.10&name=eq.x&or=(status.eq.draft,status.eq.active)");
    EXPECT_EQ(query.where.sql,
              q("\"audience_size\" > ? AND \"name\" = ? AND (\"status\" = ? OR \"status\" = ?)"));
    EXPECT_EQ(query.where.params, (QVariantList{qint64(10), q("x"), q("draft"), q("active")}));
}

TEST(PostgrestRead, TheSameColumnMayBeFilteredTwice) {
    EXPECT_EQ(read("audience_size=gt.1&audience_size=lt.5").where.sql,
              q("\"audience_size\" > ? AND \"audience_size\" < ?"));
}

TEST(PostgrestRead, ReservedKeysAreNotFilters) {
    const ReadQuery query = read("select=id&order=name&limit=1&offset=2&on_conflict=id&columns=name");
    EXPECT_TRUE(query.where.isEmpty());
}

TEST(PostgrestRead, FilterOnAnEmbeddedResourceIsRefused) {
    const PostgrestError error = readError("author.name=eq.x");
    EXPECT_EQ(error.code, q("PGRST108"));
    EXPECT_EQ(error.message, q("'author' is not an embedded resource in this request"));
    EXPECT_EQ(readError("author.order=name").code, q("PGRST108"));
    EXPECT_EQ(readError("author.or=(a.eq.1)").code, q("PGRST108"));
}

TEST(PostgrestRead, SyntaxErrorsWinOverUnknownColumns) {
    EXPECT_EQ(readError("nope=eq.1&name=foo").code, q("PGRST100"));
    EXPECT_EQ(readError("select=nope&order=name.sideways").code, q("PGRST100"));
}

TEST(PostgrestRead, OrderErrorsAreReportedBeforeFilterErrors) {
    EXPECT_TRUE(readError("name=foo&order=name.sideways").message.startsWith(q("\"failed to parse order")));
}

TEST(PostgrestRead, SelectColumnsAreCheckedBeforeFilterColumns) {
    EXPECT_EQ(readError("select=nope1&nope2=eq.1").message, q("column campaigns.nope1 does not exist"));
}

TEST(PostgrestRead, OverlongQueryIsRefused) {
    const QByteArray big = "name=eq." + QByteArray(QueryParser::kMaxQueryLength, 'a');
    const auto result = QueryParser::parseRead(QUrlQuery(QString::fromLatin1(big)), campaignsSchema());
    EXPECT_EQ(errorOf(result).code, q("PGRST100"));
    EXPECT_EQ(errorOf(QueryParser::parseFilters(QUrlQuery(QString::fromLatin1(big)), campaignsSchema())).code,
              q("PGRST100"));
}

TEST(PostgrestSelect, ListsColumnsInRequestOrder) {
    EXPECT_EQ(read("select=name,id").select, (QStringList{q("name"), q("id")}));
}

TEST(PostgrestSelect, StarAndEmptyMeanAllColumns) {
    const QStringList all = campaignsSchema().columnNames();
    EXPECT_EQ(read("select=*").select, all);
    EXPECT_EQ(valueOf(QueryParser::parseSelect(QString(), campaignsSchema())), all);
    EXPECT_EQ(read("select=id,*").select, QStringList{q("id")} + all);
}

TEST(PostgrestSelect, BlanksAndQuotedNamesAreAccepted) {
    EXPECT_EQ(valueOf(QueryParser::parseSelect(q(" id , \"name\" "), campaignsSchema())),
              (QStringList{q("id"), q("name")}));
}

TEST(PostgrestSelect, UnknownColumnIsAnUndefinedColumnError) {
    const PostgrestError error = readError("select=id,secret");
    EXPECT_EQ(error.httpStatus, 400);
    EXPECT_EQ(error.code, q("42703"));
    EXPECT_EQ(error.message, q("column campaigns.secret does not exist"));
}

TEST(PostgrestSelect, EmbeddingIsAMissingRelationship) {
    const PostgrestError error = readError("select=id,owner:profiles(name)");
    EXPECT_EQ(error.code, q("PGRST200"));
    EXPECT_EQ(error.message,
              q("Could not find a relationship between 'campaigns' and 'profiles' in the schema cache"));
    EXPECT_EQ(readError("select=id,profiles!inner(*)").code, q("PGRST200"));
}

TEST(PostgrestSelect, RenamingAndCastingAreRefused) {
    EXPECT_EQ(readError("select=title:name").code, q("PGRST100"));
    EXPECT_EQ(readError("select=budget::text").code, q("PGRST100"));
}

TEST(PostgrestSelect, MalformedListsAreSyntaxErrors) {
    for (const char* select : {"select=id,", "select=,id", "select=id name(", "select=id!",
                               "select=id::", "select=(id)", "select=id)"}) {
        const PostgrestError error = readError(select);
        EXPECT_EQ(error.code, q("PGRST100")) << select;
        EXPECT_TRUE(error.message.startsWith(q("\"failed to parse select parameter ("))) << select;
    }
}

TEST(PostgrestOrder, DefaultsToAscendingWithPostgresNullPlacement) {
    const ReadQuery query = read("order=name");
    ASSERT_EQ(query.order.size(), 1);
    EXPECT_EQ(query.order.first().column, q("name"));
    EXPECT_FALSE(query.order.first().descending);
    EXPECT_FALSE(query.order.first().nullsFirst.has_value());
    EXPECT_EQ(query.orderBySql(), q("\"name\" ASC NULLS LAST"));
}

TEST(PostgrestOrder, AllVariants) {
    struct Case {
        const char* query;
        const char* sql;
    };
    const Case cases[] = {
        {"order=name.asc", "\"name\" ASC NULLS LAST"},
        {"order=name.desc", "\"name\" DESC NULLS FIRST"},
        {"order=name.nullsfirst", "\"name\" ASC NULLS FIRST"},
        {"order=name.desc.nullslast", "\"name\" DESC NULLS LAST"},
        {"order=name.asc.nullsfirst", "\"name\" ASC NULLS FIRST"},
        {"order=end_date.desc,name", "\"end_date\" DESC NULLS FIRST, \"name\" ASC NULLS LAST"},
        {"order=%20name%20.desc%20,%20id", "\"name\" DESC NULLS FIRST, \"id\" ASC NULLS LAST"},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(read(c.query).orderBySql(), q(c.sql)) << c.query;
    }
}

TEST(PostgrestOrder, EnumsSortByDeclarationOrder) {
    EXPECT_EQ(read("order=channel.desc").orderBySql(), q("CASE \"channel\" WHEN 'email' THEN 0 WHEN 'social' "
                                                         "THEN 1 WHEN 'ads' THEN 2 END DESC NULLS FIRST"));
}

TEST(PostgrestOrder, MalformedTermsAreSyntaxErrors) {
    struct Case {
        const char* query;
        const char* details;
    };
    const Case cases[] = {
        {"order=name.ac", "unexpected \"a\" expecting \"asc\", \"desc\", \"nullsfirst\" or \"nullslast\""},
        {"order=name.descc", "unexpected \"c\" expecting delimiter (.), \",\" or end of input"},
        {"order=name.asc.nlsfst", "unexpected \"n\" expecting \"nullsfirst\" or \"nullslast\""},
        {"order=name.nullslasttt", "unexpected \"t\" expecting delimiter (.), \",\" or end of input"},
        {"order=", "unexpected end of input expecting field name (* or [a..z0..9_$])"},
        {"order=name,", "unexpected end of input expecting field name (* or [a..z0..9_$])"},
    };
    for (const Case& c : cases) {
        const PostgrestError error = readError(c.query);
        EXPECT_EQ(error.code, q("PGRST100")) << c.query;
        EXPECT_EQ(error.details, q(c.details)) << c.query;
    }
}

TEST(PostgrestOrder, UnknownColumnIsAnUndefinedColumnError) {
    EXPECT_EQ(readError("order=name,nope.desc").message, q("column campaigns.nope does not exist"));
}

TEST(PostgrestPaging, LimitAndOffsetAreParsed) {
    const ReadQuery query = read("limit=25&offset=50");
    EXPECT_EQ(query.limit, 25);
    EXPECT_EQ(query.offset, 50);
    EXPECT_EQ(read("limit=0").limit, 0);
}

TEST(PostgrestPaging, InvalidLimitOrOffsetIsRefused) {
    for (const char* query : {"limit=-1", "limit=abc", "limit=", "limit=1.5", "limit=%201", "offset=-5",
                              "offset=x", "limit=99999999999999999999"}) {
        const PostgrestError error = readError(query);
        EXPECT_EQ(error.code, q("PGRST100")) << query;
        EXPECT_EQ(error.httpStatus, 400) << query;
    }
    EXPECT_EQ(readError("limit=ten").message,
              q("\"failed to parse limit parameter (ten)\" (line 1, column 1)"));
    EXPECT_EQ(readError("offset=-1").details, q("unexpected \"-\" expecting digit"));
}

TEST(PostgrestFilters, ForWritesTakeEveryNonReservedKey) {
    const auto result =
        QueryParser::parseFilters(wire("id=eq.9F5E1C4A-0D1B-4C7E-8A2B-3C4D5E6F7A8B&select=id&order=name"
                                       "&limit=x&columns=name&on_conflict=id"),
                                  campaignsSchema());
    const SqlFragment sql = valueOf(result);
    EXPECT_EQ(sql.sql, q("\"id\" = ?"));
    EXPECT_EQ(sql.params, QVariantList{q("9f5e1c4a-0d1b-4c7e-8a2b-3c4d5e6f7a8b")});
}

TEST(PostgrestFilters, NoFilterIsAnEmptyFragment) {
    EXPECT_TRUE(valueOf(QueryParser::parseFilters(wire("select=id"), campaignsSchema())).isEmpty());
}

TEST(PostgrestError, JsonHasPostgrestShapeWithNulls) {
    const QJsonObject json =
        PostgrestError::make(400, q("42703"), q("column campaigns.x does not exist")).toJson();
    EXPECT_EQ(json.value(q("code")).toString(), q("42703"));
    EXPECT_EQ(json.value(q("message")).toString(), q("column campaigns.x does not exist"));
    EXPECT_TRUE(json.value(q("details")).isNull());
    EXPECT_TRUE(json.value(q("hint")).isNull());
    EXPECT_EQ(json.size(), 4);
    EXPECT_EQ(PostgrestError::make(400, q("c"), q("m"), q("d"), q("h")).toJson().value(q("hint")).toString(),
              q("h"));
}

TEST(PostgrestSql, QuoteIdentifierDoublesQuotes) {
    EXPECT_EQ(quoteIdentifier(q("a\"b")), q("\"a\"\"b\""));
}

} // namespace
} // namespace cc::sandbox::postgrest
