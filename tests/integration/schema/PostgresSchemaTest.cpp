// What only PostgreSQL can show about the migrations: they re-apply over live data, the function and role
// set-up a Supabase project needs, the access-token hook, the realtime publication, and that no claim other
// than the signed top-level role makes an administrator.
#include "tests/integration/schema/PostgresBackend.h"
#include "tests/support/SignalWaiter.h"

#include <QDir>
#include <QProcess>

#include <memory>

#include <gtest/gtest.h>

namespace cc::schema::test {
namespace {

const QString kA = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kB = QStringLiteral("22222222-2222-4222-8222-222222222222");

QJsonObject marketerClaims(const QString& id) {
    return {{QStringLiteral("role"), QStringLiteral("authenticated")},
            {QStringLiteral("sub"), id},
            {QStringLiteral("aud"), QStringLiteral("authenticated")}};
}

// psql on the test cluster, fed through stdin so that a transaction can be left open while the test goes on.
std::unique_ptr<QProcess> startPsql() {
    auto psql = std::make_unique<QProcess>();
    psql->setProcessChannelMode(QProcess::MergedChannels);
    psql->start(qEnvironmentVariable("CC_PG_BIN") + QStringLiteral("/psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                 QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                 qEnvironmentVariable("CC_PG_HOST"), QStringLiteral("-p"), qEnvironmentVariable("CC_PG_PORT"),
                 QStringLiteral("-U"), QStringLiteral("postgres")});
    return psql;
}

QByteArray asMarketerWithKey(const QString& user, const char* key) {
    return QStringLiteral(
               "BEGIN;\nSET LOCAL ROLE authenticated;\n"
               "SELECT set_config('request.jwt.claims', '{\"role\":\"authenticated\",\"sub\":\"%1\"}', true) "
               "IS NULL, set_config('request.headers', '{\"idempotency-key\":\"%2\"}', true) IS NULL;\n"
               "SELECT 'ran:' || (public.execute_transaction("
               "'[{\"op\":\"insert\",\"values\":{\"name\":\"race\"}}]') IS NOT NULL);\n"
               "SELECT 'headers:' || coalesce(current_setting('response.headers', true), '');\n")
        .arg(user, QLatin1String(key))
        .toUtf8();
}

class PostgresSchemaTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(m_session.open(), QString());
        ASSERT_TRUE(
            m_session.asOwner(QStringLiteral("TRUNCATE public.campaigns, campaign_private.idempotency_keys"))
                .ok);
        for (const auto& [owner, name] : {std::pair{kA, "a"}, std::pair{kB, "b"}}) {
            const SqlOutcome inserted = m_session.asOwner(
                QStringLiteral("INSERT INTO public.campaigns (user_id, name) VALUES (?::uuid, ?)"),
                {owner, QLatin1String(name)});
            ASSERT_TRUE(inserted.ok) << inserted.message.toStdString();
        }
    }

    QJsonValue owner(const QString& sql) {
        const SqlOutcome outcome = m_session.asOwner(sql);
        EXPECT_TRUE(outcome.ok) << sql.toStdString() << ": " << outcome.message.toStdString();
        return outcome.value;
    }

    int visibleRows(const QJsonObject& claims) {
        const SqlOutcome outcome =
            m_session.asCaller(claims, QStringLiteral("SELECT count(*) FROM public.campaigns"));
        EXPECT_TRUE(outcome.ok) << outcome.message.toStdString();
        return outcome.value.toInt(-1);
    }

    PostgresSession m_session;
};

TEST_F(PostgresSchemaTest, MigrationsApplyAgainOverExistingData) {
    const QDir migrations(qEnvironmentVariable("CC_PG_MIGRATIONS"));
    const QStringList files = migrations.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 5);
    for (const QString& file : files) {
        QProcess psql;
        psql.setProcessChannelMode(QProcess::MergedChannels);
        psql.start(qEnvironmentVariable("CC_PG_BIN") + QStringLiteral("/psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                    QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                    qEnvironmentVariable("CC_PG_HOST"), QStringLiteral("-p"),
                    qEnvironmentVariable("CC_PG_PORT"), QStringLiteral("-U"), QStringLiteral("postgres"),
                    QStringLiteral("-f"), migrations.filePath(file)});
        ASSERT_TRUE(cc::test::waitForSignal(&psql, &QProcess::finished, 20000)) << file.toStdString();
        EXPECT_EQ(psql.exitCode(), 0) << file.toStdString() << ": " << psql.readAll().toStdString();
    }
    EXPECT_EQ(owner(QStringLiteral("SELECT count(*) FROM public.campaigns")).toInt(), 2);
    EXPECT_EQ(owner(QStringLiteral("SELECT count(*) FROM pg_policies WHERE tablename = 'campaigns'")).toInt(),
              4);
    EXPECT_EQ(
        owner(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'public.campaigns'::regclass "
                             "AND NOT tgisinternal"))
            .toInt(),
        1);
}

TEST_F(PostgresSchemaTest, ExecuteTransactionIsPlpgsqlSecurityInvoker) {
    EXPECT_EQ(owner(QStringLiteral("SELECT to_jsonb(p.prosecdef) FROM pg_proc p WHERE p.oid = "
                                   "'public.execute_transaction(jsonb)'::regprocedure")),
              QJsonValue(false));
    EXPECT_EQ(
        owner(QStringLiteral("SELECT to_jsonb(l.lanname) FROM pg_proc p JOIN pg_language l ON l.oid = "
                             "p.prolang WHERE p.oid = 'public.execute_transaction(jsonb)'::regprocedure")),
        QJsonValue(QStringLiteral("plpgsql")));
}

TEST_F(PostgresSchemaTest, RowLevelSecurityIsEnabled) {
    EXPECT_EQ(owner(QStringLiteral("SELECT to_jsonb(relrowsecurity) FROM pg_class WHERE oid = "
                                   "'public.campaigns'::regclass")),
              QJsonValue(true));
}

TEST_F(PostgresSchemaTest, CampaignsAreInTheRealtimePublication) {
    EXPECT_EQ(
        owner(QStringLiteral("SELECT count(*) FROM pg_publication_tables WHERE pubname = 'supabase_realtime' "
                             "AND schemaname = 'public' AND tablename = 'campaigns'"))
            .toInt(),
        1);
}

TEST_F(PostgresSchemaTest, TheApiLoginRoleMaySwitchToAdmin) {
    EXPECT_EQ(owner(QStringLiteral("SELECT to_jsonb(pg_has_role('authenticator', 'admin', 'MEMBER'))")),
              QJsonValue(true));
    EXPECT_EQ(owner(QStringLiteral("SELECT to_jsonb(pg_has_role('admin', 'authenticated', 'USAGE'))")),
              QJsonValue(true));
}

TEST_F(PostgresSchemaTest, MetadataRolesDoNotMakeAnAdmin) {
    QJsonObject userMetadata = marketerClaims(kA);
    userMetadata.insert(QStringLiteral("user_metadata"),
                        QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}});
    EXPECT_EQ(visibleRows(userMetadata), 1); // users can edit user_metadata themselves
    QJsonObject appMetadata = marketerClaims(kA);
    appMetadata.insert(QStringLiteral("app_metadata"),
                       QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}});
    EXPECT_EQ(visibleRows(appMetadata), 1); // needs the access-token hook to become role "admin"
    EXPECT_EQ(visibleRows({{QStringLiteral("role"), QStringLiteral("admin")}, {QStringLiteral("sub"), kA}}),
              2);
}

TEST_F(PostgresSchemaTest, ApiRolesCannotReachTheIdempotencyTable) {
    for (const char* role : {"anon", "authenticated", "admin"}) {
        QJsonObject claims = marketerClaims(kA);
        claims.insert(QStringLiteral("role"), QLatin1String(role));
        const SqlOutcome outcome = m_session.asCaller(
            claims, QStringLiteral("SELECT count(*) FROM campaign_private.idempotency_keys"));
        EXPECT_FALSE(outcome.ok) << role;
        EXPECT_EQ(outcome.sqlstate, QStringLiteral("42501")) << role;
    }
}

TEST_F(PostgresSchemaTest, AccessTokenHookPromotesAppMetadataAdminsOnly) {
    ASSERT_TRUE(m_session.asOwner(QStringLiteral("SET ROLE supabase_auth_admin")).ok);
    const QJsonValue admin = owner(QStringLiteral(
        "SELECT public.campaign_access_token_hook('{\"user_id\":\"x\",\"claims\":{\"role\":\"authenticated\","
        "\"app_metadata\":{\"role\":\"admin\"}}}')::text"));
    const QJsonValue marketer = owner(QStringLiteral(
        "SELECT public.campaign_access_token_hook('{\"user_id\":\"x\",\"claims\":{\"role\":\"authenticated\","
        "\"app_metadata\":{\"role\":\"marketer\"},\"user_metadata\":{\"role\":\"admin\"}}}')::text"));
    ASSERT_TRUE(m_session.asOwner(QStringLiteral("RESET ROLE")).ok);
    EXPECT_EQ(admin[QStringLiteral("claims")][QStringLiteral("role")], QJsonValue(QStringLiteral("admin")));
    EXPECT_EQ(marketer[QStringLiteral("claims")][QStringLiteral("role")],
              QJsonValue(QStringLiteral("authenticated")));

    const SqlOutcome byUser = m_session.asCaller(
        marketerClaims(kA),
        QStringLiteral("SELECT public.campaign_access_token_hook('{\"claims\":{}}')::text"));
    EXPECT_EQ(byUser.sqlstate, QStringLiteral("42501")) << byUser.message.toStdString();
}

TEST_F(PostgresSchemaTest, ConcurrentRetryWithTheSameKeyWaitsAndReplays) {
    // The first attempt inserts and keeps its transaction open; the retry must wait for it (advisory lock)
    // and then replay its response instead of inserting a second row.
    std::unique_ptr<QProcess> first = startPsql();
    first->write(asMarketerWithKey(kA, "race-key"));
    QByteArray firstOutput;
    ASSERT_TRUE(cc::test::waitUntil(
        [&] {
            firstOutput += first->readAll();
            return firstOutput.contains("headers:");
        },
        10000))
        << firstOutput.toStdString();

    std::unique_ptr<QProcess> retry = startPsql();
    retry->write(asMarketerWithKey(kA, "race-key") + "COMMIT;\n");
    retry->closeWriteChannel();
    ASSERT_TRUE(cc::test::waitUntil(
        [&] {
            const SqlOutcome waiting = m_session.asOwner(QStringLiteral(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND backend_type = "
                "'client backend'"));
            return waiting.value.toInt() == 1;
        },
        10000));
    EXPECT_EQ(retry->state(), QProcess::Running);

    first->write("COMMIT;\n");
    first->closeWriteChannel();
    ASSERT_TRUE(cc::test::waitForSignal(first.get(), &QProcess::finished, 10000));
    if (retry->state() != QProcess::NotRunning) {
        ASSERT_TRUE(cc::test::waitForSignal(retry.get(), &QProcess::finished, 10000));
    }
    const QByteArray retryOutput = retry->readAll();
    EXPECT_EQ(retry->exitCode(), 0) << retryOutput.toStdString();
    EXPECT_TRUE(retryOutput.contains("Idempotent-Replayed")) << retryOutput.toStdString();
    EXPECT_EQ(owner(QStringLiteral("SELECT count(*) FROM public.campaigns WHERE name = 'race'")).toInt(), 1);
}

} // namespace
} // namespace cc::schema::test
