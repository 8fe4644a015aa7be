#include "tests/integration/sandbox/SandboxFixture.h"
#include "tests/support/QtPrinters.h"

#include <QJsonArray>

namespace cc::sandbox::test {
namespace {

class SandboxRestReadTest : public SandboxFixture {
protected:
    TestReply read(const QString& query, const QList<QPair<QByteArray, QByteArray>>& headers) {
        return m_client->get(QStringLiteral("/rest/v1/campaigns") + query, headers);
    }
    QList<QPair<QByteArray, QByteArray>> maria() { return asUser(accessToken(marketer(0))); }
};

TEST_F(SandboxRestReadTest, AnonSeesNoRows) {
    const TestReply reply = read(QStringLiteral("?select=id"), anon());
    EXPECT_EQ(reply.status, 200);
    EXPECT_TRUE(reply.array().isEmpty());
}

TEST_F(SandboxRestReadTest, MarketerSeesOnlyOwnRows) {
    const TestReply reply = read(QStringLiteral("?select=id,user_id"), maria());
    ASSERT_EQ(reply.status, 200);
    ASSERT_FALSE(reply.array().isEmpty());
    for (const QJsonValue& row : reply.array()) {
        EXPECT_EQ(row.toObject().value(QStringLiteral("user_id")).toString(), marketer(0).id);
    }
}

TEST_F(SandboxRestReadTest, AdminAndServiceRoleSeeEveryRow) {
    EXPECT_EQ(read(QStringLiteral("?select=id"), asUser(accessToken(admin()))).array().size(), 60);
    EXPECT_EQ(read(QStringLiteral("?select=id"), serviceRole()).array().size(), 60);
}

TEST_F(SandboxRestReadTest, SelectReturnsOnlyTheNamedColumns) {
    const TestReply reply = read(QStringLiteral("?select=id,name&limit=1"), serviceRole());
    ASSERT_EQ(reply.array().size(), 1);
    EXPECT_EQ(reply.array().first().toObject().keys(),
              (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
}

TEST_F(SandboxRestReadTest, RowsHavePostgrestTypes) {
    const QJsonObject row = read(QStringLiteral("?limit=1"), serviceRole()).array().first().toObject();
    EXPECT_TRUE(row.value(QStringLiteral("budget")).isDouble());
    EXPECT_TRUE(row.value(QStringLiteral("audience_size")).isDouble());
    EXPECT_TRUE(row.value(QStringLiteral("start_date")).isString());
    EXPECT_EQ(row.keys().size(), 15);
}

TEST_F(SandboxRestReadTest, FiltersAndOrderApply) {
    const TestReply reply = read(
        QStringLiteral("?select=status,budget&status=in.(active,paused)&budget=gte.100&order=budget.desc"),
        serviceRole());
    ASSERT_EQ(reply.status, 200);
    double previous = 1e300;
    for (const QJsonValue& value : reply.array()) {
        const QJsonObject row = value.toObject();
        EXPECT_TRUE(row.value(QStringLiteral("status")) == QStringLiteral("active") ||
                    row.value(QStringLiteral("status")) == QStringLiteral("paused"));
        EXPECT_LE(row.value(QStringLiteral("budget")).toDouble(), previous);
        previous = row.value(QStringLiteral("budget")).toDouble();
    }
}

TEST_F(SandboxRestReadTest, OrAndNotFiltersCombine) {
    const TestReply all = read(QStringLiteral("?select=status"), serviceRole());
    const TestReply either =
        read(QStringLiteral("?select=status&or=(status.eq.draft,status.eq.scheduled)"), serviceRole());
    const TestReply neither =
        read(QStringLiteral("?select=status&status=not.in.(draft,scheduled)"), serviceRole());
    EXPECT_EQ(either.array().size() + neither.array().size(), all.array().size());
    for (const QJsonValue& row : either.array()) {
        const QString status = row.toObject().value(QStringLiteral("status")).toString();
        EXPECT_TRUE(status == QStringLiteral("draft") || status == QStringLiteral("scheduled"))
            << status.toStdString();
    }
}

TEST_F(SandboxRestReadTest, IlikeUsesStarWildcardsAndPlusAsSpace) {
    const TestReply reply = read(QStringLiteral("?select=name&name=ilike.*spring+sale*"), serviceRole());
    ASSERT_EQ(reply.status, 200);
    for (const QJsonValue& row : reply.array()) {
        EXPECT_TRUE(row.toObject()
                        .value(QStringLiteral("name"))
                        .toString()
                        .startsWith(QStringLiteral("Spring Sale")));
    }
}

TEST_F(SandboxRestReadTest, UnknownColumnIs42703) {
    const TestReply reply = read(QStringLiteral("?select=id,nope"), serviceRole());
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("42703"));
    EXPECT_EQ(
        read(QStringLiteral("?nope=eq.1"), serviceRole()).object().value(QStringLiteral("code")).toString(),
        QStringLiteral("42703"));
}

TEST_F(SandboxRestReadTest, MalformedFilterIsPgrst100) {
    const TestReply reply = read(QStringLiteral("?budget=between.1"), serviceRole());
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("PGRST100"));
    EXPECT_TRUE(reply.object().contains(QStringLiteral("hint")));
    EXPECT_TRUE(reply.object().contains(QStringLiteral("details")));
}

TEST_F(SandboxRestReadTest, BadValueIs22P02) {
    const TestReply reply = read(QStringLiteral("?audience_size=eq.many"), serviceRole());
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("22P02"));
}

TEST_F(SandboxRestReadTest, ExactCountGivesContentRangeAnd206ForAPartialPage) {
    const TestReply reply = read(QStringLiteral("?select=id&limit=10&offset=5"),
                                 serviceRole() + QPair<QByteArray, QByteArray>("Prefer", "count=exact"));
    EXPECT_EQ(reply.status, 206);
    EXPECT_EQ(reply.header("content-range"), QByteArray("5-14/60"));
    const TestReply whole = read(QStringLiteral("?select=id"),
                                 serviceRole() + QPair<QByteArray, QByteArray>("Prefer", "count=exact"));
    EXPECT_EQ(whole.status, 200);
    EXPECT_EQ(whole.header("content-range"), QByteArray("0-59/60"));
    const TestReply uncounted = read(QStringLiteral("?select=id&limit=3"), serviceRole());
    EXPECT_EQ(uncounted.header("content-range"), QByteArray("0-2/*"));
}

TEST_F(SandboxRestReadTest, RangeHeaderPages) {
    const TestReply reply = read(QStringLiteral("?select=id"),
                                 serviceRole() + QPair<QByteArray, QByteArray>("Range-Unit", "items") +
                                     QPair<QByteArray, QByteArray>("Range", "10-19"));
    EXPECT_EQ(reply.array().size(), 10);
    EXPECT_EQ(reply.header("content-range"), QByteArray("10-19/*"));
}

TEST_F(SandboxRestReadTest, OffsetBeyondTheTotalIs416) {
    const TestReply reply = read(QStringLiteral("?offset=500"),
                                 serviceRole() + QPair<QByteArray, QByteArray>("Prefer", "count=exact"));
    EXPECT_EQ(reply.status, 416);
    EXPECT_EQ(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("PGRST103"));
}

TEST_F(SandboxRestReadTest, SingularObjectNeedsExactlyOneRow) {
    const QString id = read(QStringLiteral("?select=id&limit=1"), serviceRole())
                           .array()
                           .first()
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    const auto object =
        serviceRole() + QPair<QByteArray, QByteArray>("Accept", "application/vnd.pgrst.object+json");
    const TestReply one = read(QStringLiteral("?id=eq.") + id, object);
    EXPECT_EQ(one.status, 200);
    EXPECT_EQ(one.object().value(QStringLiteral("id")).toString(), id);
    EXPECT_TRUE(one.header("content-type").startsWith("application/vnd.pgrst.object+json"));

    const TestReply many = read(QStringLiteral("?select=id"), object);
    EXPECT_EQ(many.status, 406);
    EXPECT_EQ(many.object().value(QStringLiteral("code")).toString(), QStringLiteral("PGRST116"));
    EXPECT_EQ(many.object().value(QStringLiteral("details")).toString(),
              QStringLiteral("The result contains 60 rows"));
}

TEST_F(SandboxRestReadTest, HeadReturnsTheCountWithoutABody) {
    const TestReply reply =
        m_client->send("HEAD", QStringLiteral("/rest/v1/campaigns?select=id"), {},
                       serviceRole() + QPair<QByteArray, QByteArray>("Prefer", "count=exact"));
    EXPECT_EQ(reply.status, 200);
    EXPECT_TRUE(reply.body.isEmpty());
    EXPECT_EQ(reply.header("content-range"), QByteArray("0-59/60"));
}

TEST_F(SandboxRestReadTest, UnknownTableIs404) {
    const TestReply reply = m_client->get(QStringLiteral("/rest/v1/nope"), serviceRole());
    EXPECT_EQ(reply.status, 404);
    EXPECT_EQ(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("PGRST205"));
}

class SandboxMaxRowsTest : public SandboxFixture {
protected:
    SandboxOptions options() const override {
        SandboxOptions options = SandboxFixture::options();
        options.seedCount = 1200;
        return options;
    }
};

TEST_F(SandboxMaxRowsTest, AtMostOneThousandRowsPerResponse) {
    const TestReply reply =
        m_client->get(QStringLiteral("/rest/v1/campaigns?select=id"),
                      serviceRole() + QPair<QByteArray, QByteArray>("Prefer", "count=exact"));
    EXPECT_EQ(reply.array().size(), 1000);
    EXPECT_EQ(reply.status, 206);
    EXPECT_EQ(reply.header("content-range"), QByteArray("0-999/1200"));
    EXPECT_EQ(
        m_client->get(QStringLiteral("/rest/v1/campaigns?select=id&limit=20"), serviceRole()).array().size(),
        20);
}

} // namespace
} // namespace cc::sandbox::test
