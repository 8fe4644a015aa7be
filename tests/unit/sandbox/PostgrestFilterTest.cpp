#include "app/sandbox/postgrest/FilterGrammar.h"
#include "app/sandbox/postgrest/QueryParser.h"
#include "tests/unit/sandbox/PostgrestTestSupport.h"

#include <gtest/gtest.h>

namespace cc::sandbox::postgrest {
namespace {

using test::filterError;
using test::filterSql;
using test::q;

struct OperatorCase {
    const char* value;
    const char* sql;
};

class ComparisonOperator : public ::testing::TestWithParam<OperatorCase> {};

TEST_P(ComparisonOperator, BindsTheValueAsAParameter) {
    const SqlFragment sql = filterSql("audience_size", GetParam().value);
    EXPECT_EQ(sql.sql, q(GetParam().sql));
    ASSERT_EQ(sql.params.size(), 1);
    EXPECT_EQ(sql.params.first(), QVariant(qint64(42)));
}

INSTANTIATE_TEST_SUITE_P(PostgrestFilter, ComparisonOperator,
                         ::testing::Values(OperatorCase{"eq.42", "\"audience_size\" = ?"},
                                           OperatorCase{"neq.42", "\"audience_size\" <> ?"},
                                           OperatorCase{"gt.42", "\"audience_size\" > ?"},
                                           OperatorCase{"gte.42", "\"audience_size\" >= ?"},
                                           OperatorCase{"lt.42", "\"audience_size\" < ?"},
                                           OperatorCase{"lte.42", "\"audience_size\" <= ?"},
                                           OperatorCase{"isdistinct.42", "\"audience_size\" IS NOT ?"},
                                           OperatorCase{"not.eq.42", "NOT (\"audience_size\" = ?)"},
                                           OperatorCase{"not.gte.42", "NOT (\"audience_size\" >= ?)"},
                                           OperatorCase{"not.isdistinct.42",
                                                        "NOT (\"audience_size\" IS NOT ?)"}));

TEST(PostgrestFilter, TopLevelValueIsTakenVerbatimIncludingReservedCharacters) {
    const SqlFragment sql = filterSql("name", "eq.a.b,c(d)\"e\"");
    EXPECT_EQ(sql.params, QVariantList{q("a.b,c(d)\"e\"")});
}

TEST(PostgrestFilter, EmptyValueIsAnEmptyString) {
    EXPECT_EQ(filterSql("name", "eq.").params, QVariantList{QString()});
}

TEST(PostgrestFilter, LikeTranslatesStarWildcardsToGlob) {
    const SqlFragment sql = filterSql("name", "like.*Sale*");
    EXPECT_EQ(sql.sql, q("\"name\" GLOB ?"));
    EXPECT_EQ(sql.params, QVariantList{q("*Sale*")});
}

TEST(PostgrestFilter, LikeAcceptsPercentAndUnderscore) {
    EXPECT_EQ(filterSql("name", "like.a%b_c").params, QVariantList{q("a*b?c")});
}

TEST(PostgrestFilter, LikeEscapesGlobMetacharactersAndHonoursBackslash) {
    EXPECT_EQ(filterSql("name", "like.[x]?\\_\\%").params, QVariantList{q("[[]x][?]_%")});
}

TEST(PostgrestFilter, LikeEndingInEscapeIsRefused) {
    const PostgrestError error = filterError("name", "like.abc\\");
    EXPECT_EQ(error.code, q("22025"));
    EXPECT_EQ(error.httpStatus, 400);
}

TEST(PostgrestFilter, IlikeUsesAnAnchoredCaseInsensitiveRegexThatKeepsNull) {
    const SqlFragment sql = filterSql("name", "ilike.*a.b*");
    EXPECT_EQ(sql.sql, q("(CASE WHEN \"name\" IS NULL THEN NULL ELSE \"name\" REGEXP ? END)"));
    EXPECT_EQ(sql.params, QVariantList{q("(?is)\\A.*a\\.b.*\\z")});
}

TEST(PostgrestFilter, MatchAndImatchBindTheRegex) {
    EXPECT_EQ(filterSql("name", "match.^Sum").params, QVariantList{q("^Sum")});
    EXPECT_EQ(filterSql("name", "imatch.^sum").params, QVariantList{q("(?i)^sum")});
}

TEST(PostgrestFilter, InvalidRegexIsRefused) {
    EXPECT_EQ(filterError("name", "match.(unclosed").code, q("2201B"));
}

TEST(PostgrestFilter, PatternOperatorsOnNonTextColumnsDoNotExist) {
    for (const char* value : {"like.1*", "ilike.1*", "match.1", "imatch.1"}) {
        const PostgrestError error = filterError("audience_size", value);
        EXPECT_EQ(error.code, q("42883")) << value;
        EXPECT_EQ(error.httpStatus, 404) << value;
        EXPECT_TRUE(error.message.startsWith(q("operator does not exist: integer ~")))
            << error.message.toStdString();
    }
    EXPECT_EQ(filterError("status", "like.dr*").message,
              q("operator does not exist: campaign_status ~~ unknown"));
}

TEST(PostgrestFilter, ArrayAndRangeOperatorsDoNotExistForScalarColumns) {
    for (const char* value :
         {"cs.{a}", "cd.{a}", "ov.{a}", "sl.(1,2)", "sr.(1,2)", "nxr.(1,2)", "nxl.(1,2)", "adj.(1,2)"}) {
        EXPECT_EQ(filterError("name", value).code, q("42883")) << value;
    }
}

TEST(PostgrestFilter, FullTextSearchIsRecognisedButNotSupported) {
    EXPECT_EQ(filterError("name", "fts.cat").code, q("0A000"));
    EXPECT_EQ(filterError("name", "plfts(english).fat cat").code, q("0A000"));
    EXPECT_EQ(filterError("audience_size", "wfts.1").code, q("42883"));
}

TEST(PostgrestFilter, InBindsEachElement) {
    const SqlFragment sql = filterSql("audience_size", "in.(1,2,3)");
    EXPECT_EQ(sql.sql, q("\"audience_size\" IN (?, ?, ?)"));
    EXPECT_EQ(sql.params, (QVariantList{qint64(1), qint64(2), qint64(3)}));
}

TEST(PostgrestFilter, InQuotedElementsMayHoldCommasDotsParenthesesAndEscapes) {
    const SqlFragment sql =
        filterSql("name", "in.(\"Hebdon,John\",\"a.b\",\"(x)\",\"say \\\"hi\\\"\",\"c:\\\\d\",plain)");
    EXPECT_EQ(sql.params,
              (QVariantList{q("Hebdon,John"), q("a.b"), q("(x)"), q("say \"hi\""), q("c:\\d"), q("plain")}));
}

TEST(PostgrestFilter, InQuoteFollowedByTextIsPartOfAPlainElement) {
    EXPECT_EQ(filterSql("name", "in.(\"a\"b,c)").params, (QVariantList{q("\"a\"b"), q("c")}));
}

TEST(PostgrestFilter, InAllowsBlanksAroundParentheses) {
    EXPECT_EQ(filterSql("name", "in. ( a,b ) ").params, (QVariantList{q("a"), q("b ")}));
}

TEST(PostgrestFilter, EmptyInListMatchesNothing) {
    const SqlFragment sql = filterSql("name", "in.()");
    EXPECT_EQ(sql.sql, q("0"));
    EXPECT_TRUE(sql.params.isEmpty());
    EXPECT_EQ(filterSql("name", "not.in.()").sql, q("NOT (0)"));
}

TEST(PostgrestFilter, QuotedEmptyStringIsAnElement) {
    EXPECT_EQ(filterSql("name", "in.(\"\")").params, QVariantList{QString()});
}

TEST(PostgrestFilter, InWithoutParenthesesIsASyntaxError) {
    const PostgrestError error = filterError("name", "in.1,2");
    EXPECT_EQ(error.code, q("PGRST100"));
    EXPECT_EQ(error.message, q("\"failed to parse filter (in.1,2)\" (line 1, column 4)"));
    EXPECT_EQ(error.details, q("unexpected \"1\" expecting \"(\""));
}

TEST(PostgrestFilter, UnterminatedInListIsASyntaxError) {
    EXPECT_EQ(filterError("name", "in.(a,b").code, q("PGRST100"));
    EXPECT_EQ(filterError("name", "in.(\"a,b").code, q("PGRST100"));
    // An unterminated quote is just a character of a plain element, as in PostgREST.
    EXPECT_EQ(filterSql("name", "in.(\"a,b)").params, (QVariantList{q("\"a"), q("b")}));
}

TEST(PostgrestFilter, IsValues) {
    EXPECT_EQ(filterSql("end_date", "is.null").sql, q("\"end_date\" IS NULL"));
    EXPECT_EQ(filterSql("end_date", "is.NULL").sql, q("\"end_date\" IS NULL"));
    EXPECT_EQ(filterSql("end_date", "is.not_null").sql, q("\"end_date\" IS NOT NULL"));
    EXPECT_EQ(filterSql("end_date", "not.is.null").sql, q("NOT (\"end_date\" IS NULL)"));
    EXPECT_EQ(filterSql("approved", "is.true").sql, q("\"approved\" IS TRUE"));
    EXPECT_EQ(filterSql("approved", "is.False").sql, q("\"approved\" IS FALSE"));
    EXPECT_EQ(filterSql("approved", "is.unknown").sql, q("\"approved\" IS NULL"));
    EXPECT_TRUE(filterSql("approved", "is.true").params.isEmpty());
}

TEST(PostgrestFilter, IsTrileanOnNonBooleanIsATypeError) {
    const PostgrestError error = filterError("name", "is.true");
    EXPECT_EQ(error.code, q("42804"));
    EXPECT_EQ(error.message, q("argument of IS TRUE must be type boolean, not type text"));
}

TEST(PostgrestFilter, UnknownIsValueIsASyntaxError) {
    const PostgrestError error = filterError("end_date", "is.maybe");
    EXPECT_EQ(error.code, q("PGRST100"));
    EXPECT_EQ(error.details, q("unexpected \"m\" expecting null or trilean value (unknown, true, false)"));
    EXPECT_EQ(filterError("end_date", "is.nullx").code, q("PGRST100"));
}

TEST(PostgrestFilter, UnknownOperatorIsReportedLikePostgrest) {
    const PostgrestError error = filterError("name", "noop.0");
    EXPECT_EQ(error.httpStatus, 400);
    EXPECT_EQ(error.code, q("PGRST100"));
    EXPECT_EQ(error.message, q("\"failed to parse filter (noop.0)\" (line 1, column 6)"));
    EXPECT_EQ(error.details, q("unknown single value operator noop"));
}

TEST(PostgrestFilter, ValueWithoutOperatorIsReportedLikePostgrest) {
    const PostgrestError error = filterError("name", "foo");
    EXPECT_EQ(error.message, q("\"failed to parse filter (foo)\" (line 1, column 1)"));
    EXPECT_EQ(error.details, q("unexpected \"f\" expecting \"not\" or operator (eq, gt, ...)"));
    EXPECT_EQ(filterError("name", "").details,
              q("unexpected end of input expecting \"not\" or operator (eq, gt, ...)"));
}

TEST(PostgrestFilter, PercentSignsInTheInputDoNotCorruptTheMessage) {
    EXPECT_EQ(filterError("name", "%3%1.x").message,
              q("\"failed to parse filter (%3%1.x)\" (line 1, column 6)"));
}

TEST(PostgrestFilter, OperatorsAreCaseSensitive) {
    EXPECT_EQ(filterError("name", "EQ.x").code, q("PGRST100"));
}

TEST(PostgrestFilter, UnknownColumnIsAnUndefinedColumnError) {
    const PostgrestError error = filterError("nope", "eq.1");
    EXPECT_EQ(error.httpStatus, 400);
    EXPECT_EQ(error.code, q("42703"));
    EXPECT_EQ(error.message, q("column campaigns.nope does not exist"));
}

TEST(PostgrestFilter, ColumnNamesAreCaseSensitive) {
    EXPECT_EQ(filterError("Name", "eq.x").code, q("42703"));
}

TEST(PostgrestFilter, TypeErrorsUsePostgresMessages) {
    struct Case {
        const char* column;
        const char* value;
        const char* code;
        const char* message;
    };
    const Case cases[] = {
        {"audience_size", "eq.abc", "22P02", "invalid input syntax for type integer: \"abc\""},
        {"audience_size", "eq.1.5", "22P02", "invalid input syntax for type integer: \"1.5\""},
        {"audience_size", "eq.", "22P02", "invalid input syntax for type integer: \"\""},
        {"audience_size", "eq.99999999999", "22003",
         "value \"99999999999\" is out of range for type integer"},
        {"budget", "gt.ten", "22P02", "invalid input syntax for type numeric: \"ten\""},
        {"id", "eq.xyz", "22P02", "invalid input syntax for type uuid: \"xyz\""},
        {"start_date", "eq.yesterday-ish", "22P02", "invalid input syntax for type date: \"yesterday-ish\""},
        {"start_date", "eq.2024-02-30", "22008", "date/time field value out of range: \"2024-02-30\""},
        {"created_at", "gt.soon", "22P02",
         "invalid input syntax for type timestamp with time zone: \"soon\""},
        {"status", "eq.running", "22P02", "invalid input value for enum campaign_status: \"running\""},
        {"approved", "eq.perhaps", "22P02", "invalid input syntax for type boolean: \"perhaps\""},
    };
    for (const Case& c : cases) {
        const PostgrestError error = filterError(c.column, c.value);
        EXPECT_EQ(error.httpStatus, 400) << c.value;
        EXPECT_EQ(error.code, q(c.code)) << c.value;
        EXPECT_EQ(error.message, q(c.message)) << c.value;
    }
}

TEST(PostgrestFilter, TypeErrorInsideAnInListIsReported) {
    EXPECT_EQ(filterError("audience_size", "in.(1,two)").message,
              q("invalid input syntax for type integer: \"two\""));
}

TEST(PostgrestFilter, EnumRangeComparesByDeclarationOrder) {
    const SqlFragment sql = filterSql("status", "gt.active");
    EXPECT_EQ(sql.sql, q("\"status\" IN (?, ?, ?)"));
    EXPECT_EQ(sql.params, (QVariantList{q("paused"), q("completed"), q("archived")}));
    EXPECT_EQ(filterSql("status", "lte.scheduled").params, (QVariantList{q("draft"), q("scheduled")}));
    EXPECT_EQ(filterSql("status", "gt.archived").sql, q("(\"status\" <> \"status\")"));
}

TEST(PostgrestFilter, InjectionAttemptsStayParameters) {
    const char* attacks[] = {"eq.x' OR '1'='1", "eq.'; DROP TABLE campaigns; --", "eq.\" OR 1=1 --",
                             "like.*'||(SELECT 1)||'*", "in.(\"') OR 1=1 --\",x)"};
    for (const char* attack : attacks) {
        const SqlFragment sql = filterSql("name", attack);
        EXPECT_FALSE(sql.sql.contains(QLatin1Char('\''))) << attack;
        EXPECT_FALSE(sql.sql.contains(q("DROP"))) << attack;
        EXPECT_FALSE(sql.sql.contains(q("OR"))) << attack;
        EXPECT_FALSE(sql.params.isEmpty()) << attack;
    }
}

TEST(PostgrestFilter, ColumnNameInjectionIsAnUnknownColumn) {
    EXPECT_EQ(filterError("name\" = 1 OR 1=1 --", "eq.1").code, q("42703"));
}

TEST(PostgrestFilter, OrTreeCombinesFilters) {
    const SqlFragment sql = filterSql("or", "(audience_size.lt.18,audience_size.gt.21)");
    EXPECT_EQ(sql.sql, q("(\"audience_size\" < ? OR \"audience_size\" > ?)"));
    EXPECT_EQ(sql.params, (QVariantList{qint64(18), qint64(21)}));
}

TEST(PostgrestFilter, AndTreeAndNegations) {
    EXPECT_EQ(filterSql("and", "(audience_size.gte.0,audience_size.lte.100)").sql,
              q("(\"audience_size\" >= ? AND \"audience_size\" <= ?)"));
    EXPECT_EQ(filterSql("not.and", "(audience_size.gte.0,audience_size.lte.100)").sql,
              q("NOT (\"audience_size\" >= ? AND \"audience_size\" <= ?)"));
    EXPECT_EQ(filterSql("not.or", "(name.eq.a,name.not.eq.b)").sql,
              q("NOT (\"name\" = ? OR NOT (\"name\" = ?))"));
}

TEST(PostgrestFilter, NestedTrees) {
    const SqlFragment sql = filterSql("or", "(audience_size.eq.14,not.and(audience_size.gte.11,audience_size."
                                            "lte.17),and(name.eq.a,or(name.eq.b,name.is.null)))");
    EXPECT_EQ(sql.sql,
              q("(\"audience_size\" = ? OR NOT (\"audience_size\" >= ? AND \"audience_size\" <= ?) OR "
                "(\"name\" = ? AND (\"name\" = ? OR \"name\" IS NULL)))"));
    EXPECT_EQ(sql.params.size(), 5);
}

TEST(PostgrestFilter, TreeValuesEndAtCommaOrParenthesisUnlessQuoted) {
    const SqlFragment sql =
        filterSql("or", "(name.eq.\"a,b\",name.eq.\"c)d\",name.in.(\"e,f\",g),name.eq.h i)");
    EXPECT_EQ(sql.params, (QVariantList{q("a,b"), q("c)d"), q("e,f"), q("g"), q("h i")}));
}

TEST(PostgrestFilter, TreeAcceptsBlanksAroundItems) {
    // Like PostgREST, blanks around a field are dropped but an unquoted value keeps them.
    EXPECT_EQ(filterSql("or", "( name.eq.a , name.eq.b )").params, (QVariantList{q("a "), q("b ")}));
}

TEST(PostgrestFilter, TreeKeepsArrayLiteralsWhole) {
    EXPECT_EQ(filterSql("or", "(name.eq.{a,b},name.eq.c)").params, (QVariantList{q("{a,b}"), q("c")}));
}

TEST(PostgrestFilter, TreeWithUnknownColumnIsAnUndefinedColumnError) {
    EXPECT_EQ(filterError("or", "(name.eq.a,nope.eq.b)").message, q("column campaigns.nope does not exist"));
}

TEST(PostgrestFilter, MalformedTreesAreSyntaxErrors) {
    const char* trees[] = {"()",
                           "(name.eq.a",
                           "name.eq.a",
                           "(name.eq.a))",
                           "(name.eq.a,)",
                           "(name.noop.a)",
                           "(xor(name.eq.a))",
                           "(not.xor(name.eq.a))",
                           "(and)",
                           "(and(",
                           ".eq.1",
                           ""};
    for (const char* tree : trees) {
        const PostgrestError error = filterError("or", tree);
        EXPECT_EQ(error.code, q("PGRST100")) << tree;
        EXPECT_TRUE(error.message.startsWith(q("\"failed to parse logic tree (")))
            << error.message.toStdString();
    }
}

TEST(PostgrestFilter, EmptyTreeReportsTheExpectedAlternatives) {
    const PostgrestError error = filterError("or", "()");
    EXPECT_EQ(error.message, q("\"failed to parse logic tree (())\" (line 1, column 4)"));
    EXPECT_EQ(error.details,
              q("unexpected \")\" expecting field name (* or [a..z0..9_$]), negation operator (not) "
                "or logic operator (and, or)"));
}

TEST(PostgrestFilter, UnknownOperatorInATreeNamesTheOperator) {
    EXPECT_EQ(filterError("or", "(name.noop.a)").details, q("unknown single value operator noop"));
}

QString nested(int depth) {
    QString tree = q("name.eq.x");
    for (int i = 1; i < depth; ++i) {
        tree = q("or(") + tree + q(")");
    }
    return q("(") + tree + q(")");
}

TEST(PostgrestFilter, NestingUpToTheLimitIsAccepted) {
    const auto result =
        QueryParser::parseFilter(q("or"), nested(FilterGrammar::kMaxDepth), test::campaignsSchema());
    ASSERT_TRUE(std::holds_alternative<SqlFragment>(result));
    EXPECT_EQ(std::get<SqlFragment>(result).params, QVariantList{q("x")});
}

TEST(PostgrestFilter, NestingBeyondTheLimitIsRefused) {
    const auto result =
        QueryParser::parseFilter(q("or"), nested(FilterGrammar::kMaxDepth + 1), test::campaignsSchema());
    const PostgrestError error = test::errorOf(result);
    EXPECT_EQ(error.code, q("PGRST100"));
    EXPECT_EQ(error.details, q("logic tree nested deeper than 32 levels"));
}

TEST(PostgrestFilter, AbsurdNestingIsRefusedWithoutExhaustingTheStack) {
    const QString tree = q("(") + q("or(").repeated(20000) + q("name.eq.x") + q(")").repeated(20001);
    EXPECT_EQ(test::errorOf(QueryParser::parseFilter(q("or"), tree, test::campaignsSchema())).code,
              q("PGRST100"));
}

TEST(PostgrestFilter, TooManyBoundValuesAreRefused) {
    QStringList values;
    for (int i = 0; i <= QueryParser::kMaxParams; ++i) {
        values.append(QString::number(i));
    }
    const QString list = q("in.(") + values.join(QLatin1Char(',')) + q(")");
    EXPECT_EQ(test::errorOf(QueryParser::parseFilter(q("audience_size"), list, test::campaignsSchema())).code,
              q("54000"));
}

TEST(PostgrestFilter, NulCharacterInTextIsRefusedLikePostgres) {
    const QString value = q("eq.a") + QChar(0) + q("b");
    EXPECT_EQ(test::errorOf(QueryParser::parseFilter(q("name"), value, test::campaignsSchema())).code,
              q("22021"));
}

} // namespace
} // namespace cc::sandbox::postgrest
