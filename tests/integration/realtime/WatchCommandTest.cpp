// campaignctl watch end to end: the real binary against an in-process sandbox, REST writes from this process,
// JSON lines on its stdout, SIGINT to stop it.
#include "app/cli/WatchCommand.h"
#include "app/data/CampaignRepository.h"
#include "app/net/ApiClient.h"
#include "app/net/ServiceConfig.h"
#include "app/sandbox/SandboxServer.h"
#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <csignal>

namespace cc::realtime::test {
namespace {

class WatchCommandTest : public cc::test::IsolatedTest {
protected:
    void SetUp() override {
        IsolatedTest::SetUp();
        sandbox::SandboxOptions options;
        options.seedCount = 5;
        options.jwtSecret = QStringLiteral("watch-integration-secret-with-32-chars!");
        m_server = std::make_unique<sandbox::SandboxServer>(options, SystemClock::instance());
        const auto started = m_server->start();
        ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
        m_url = started.value();
        m_api = std::make_unique<net::ApiClient>(SystemClock::instance(), m_random);
        for (const net::ServiceConfig& config :
             net::ServiceConfig::supabase(m_url, m_server->info().anonKey)) {
            ASSERT_FALSE(m_api->addService(config).has_value());
        }
        m_api->setTokenProvider([this] { return m_token; });
        QUrl rest = m_url;
        rest.setPath(QStringLiteral("/rest/v1"));
        m_repository = std::make_unique<data::CampaignRepository>(*m_api, rest);
        m_token = signIn();
        ASSERT_FALSE(m_token.isEmpty());
        m_settings = m_dir.filePath(QStringLiteral("settings.ini"));
        QProcess add;
        add.start(QStringLiteral(CAMPAIGNCTL_PATH),
                  {QStringLiteral("--config"), m_settings, QStringLiteral("profiles"), QStringLiteral("add"),
                   QStringLiteral("--name"), QStringLiteral("local"), QStringLiteral("--url"),
                   m_url.toString(), QStringLiteral("--anon-key"), m_server->info().anonKey,
                   QStringLiteral("--environment"), QStringLiteral("local")});
        ASSERT_TRUE(cc::test::waitUntil([&] { return add.state() == QProcess::NotRunning; }, 30'000));
        ASSERT_EQ(add.exitCode(), 0) << add.readAllStandardError().toStdString();
    }

    void TearDown() override {
        m_repository.reset();
        m_api.reset();
        m_server.reset();
        IsolatedTest::TearDown();
    }

    QString signIn() {
        const sandbox::SandboxUser& user = m_server->info().users.at(0);
        QUrl url = m_url;
        url.setPath(QStringLiteral("/auth/v1/token"));
        url.setQuery(QStringLiteral("grant_type=password"));
        std::optional<net::ApiResponse> response;
        net::ApiCall* call = m_api->send(net::ApiRequest::post(
            url, QJsonDocument(QJsonObject{{QStringLiteral("email"), user.email},
                                           {QStringLiteral("password"), user.password}})));
        QObject::connect(call, &net::ApiCall::finished,
                         [&response](const net::ApiResponse& r) { response = r; });
        EXPECT_TRUE(cc::test::waitUntil([&] { return response.has_value(); }, 10'000));
        return response && response->ok()
                   ? response->json.toObject().value(QStringLiteral("access_token")).toString()
                   : QString();
    }

    std::unique_ptr<QProcess> spawnWatch(const QStringList& extra) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAMPAIGN_CONSOLE_ACCESS_TOKEN"), m_token);
        process->setProcessEnvironment(env);
        QStringList arguments{QStringLiteral("--config"), m_settings, QStringLiteral("watch"),
                              QStringLiteral("--profile"), QStringLiteral("local")};
        arguments << extra;
        process->start(QStringLiteral(CAMPAIGNCTL_PATH), arguments);
        return process;
    }

    data::Campaign create(const QString& name) {
        data::Campaign c;
        c.name = name;
        std::optional<data::WriteOutcome> outcome;
        m_repository->create(c, QUuid::createUuid().toString(QUuid::WithoutBraces),
                             [&](data::WriteOutcome o) { outcome = std::move(o); });
        EXPECT_TRUE(cc::test::waitUntil([&] { return outcome.has_value(); }, 10'000));
        return outcome && outcome->row ? *outcome->row : data::Campaign{};
    }

    SeededRandom m_random{5};
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<net::ApiClient> m_api;
    std::unique_ptr<data::CampaignRepository> m_repository;
    QUrl m_url;
    QString m_token;
    QString m_settings;
};

TEST_F(WatchCommandTest, StreamsChangesAsJsonLinesUntilInterrupted) {
    auto watch = spawnWatch({QStringLiteral("--json")});
    QString err;
    ASSERT_TRUE(cc::test::waitUntil(
        [&] {
            err += QString::fromUtf8(watch->readAllStandardError());
            return err.contains(QStringLiteral("watch: live")) || watch->state() == QProcess::NotRunning;
        },
        20'000))
        << err.toStdString();
    ASSERT_TRUE(err.contains(QStringLiteral("watch: live"))) << err.toStdString();

    const data::Campaign first = create(QStringLiteral("Watched one"));
    const data::Campaign second = create(QStringLiteral("Watched two"));
    QString out;
    ASSERT_TRUE(cc::test::waitUntil(
        [&] {
            out += QString::fromUtf8(watch->readAllStandardOutput());
            return out.count(QLatin1Char('\n')) >= 2;
        },
        10'000))
        << out.toStdString();
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << out.toStdString();
    const QJsonObject line = QJsonDocument::fromJson(lines[0].toUtf8()).object();
    EXPECT_EQ(line.value(QStringLiteral("type")).toString(), QStringLiteral("INSERT"));
    EXPECT_EQ(line.value(QStringLiteral("table")).toString(), QStringLiteral("campaigns"));
    EXPECT_EQ(line.value(QStringLiteral("id")).toString(), first.id);
    EXPECT_EQ(line.value(QStringLiteral("record")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Watched one"));
    EXPECT_EQ(QJsonDocument::fromJson(lines[1].toUtf8()).object().value(QStringLiteral("id")).toString(),
              second.id);

    ::kill(static_cast<pid_t>(watch->processId()), SIGINT);
    ASSERT_TRUE(cc::test::waitUntil([&] { return watch->state() == QProcess::NotRunning; }, 10'000));
    EXPECT_EQ(watch->exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(watch->exitCode(), 0) << watch->readAllStandardError().toStdString();
}

TEST_F(WatchCommandTest, HumanLinesAndMaxEventsEndTheCommand) {
    auto watch = spawnWatch({QStringLiteral("--max-events"), QStringLiteral("1")});
    QString err;
    ASSERT_TRUE(cc::test::waitUntil(
        [&] {
            err += QString::fromUtf8(watch->readAllStandardError());
            return err.contains(QStringLiteral("watch: live")) || watch->state() == QProcess::NotRunning;
        },
        20'000))
        << err.toStdString();
    const data::Campaign row = create(QStringLiteral("Readable"));
    ASSERT_TRUE(cc::test::waitUntil([&] { return watch->state() == QProcess::NotRunning; }, 10'000));
    EXPECT_EQ(watch->exitCode(), 0);
    const QString out = QString::fromUtf8(watch->readAllStandardOutput());
    EXPECT_TRUE(out.contains(QStringLiteral("INSERT"))) << out.toStdString();
    EXPECT_TRUE(out.contains(row.id)) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("\"Readable\""))) << out.toStdString();
}

TEST_F(WatchCommandTest, NotSignedInItSaysHowToSignIn) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CAMPAIGN_CONSOLE_ACCESS_TOKEN"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CAMPAIGNCTL_PATH),
                  {QStringLiteral("--config"), m_settings, QStringLiteral("watch"),
                   QStringLiteral("--profile"), QStringLiteral("local")});
    ASSERT_TRUE(cc::test::waitUntil([&] { return process.state() == QProcess::NotRunning; }, 20'000));
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(process.readAllStandardError().contains("campaignctl login"));
}

TEST(WatchCommandLines, TheHumanLineNamesTheChangedFields) {
    PostgresChange change;
    change.type = PostgresChange::Type::Update;
    change.schema = QStringLiteral("public");
    change.table = QStringLiteral("campaigns");
    change.commitTimestamp = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    change.record = {{QStringLiteral("id"), QStringLiteral("c1")},
                     {QStringLiteral("name"), QStringLiteral("Spring")},
                     {QStringLiteral("status"), QStringLiteral("paused")}};
    change.oldRecord = {{QStringLiteral("id"), QStringLiteral("c1")},
                        {QStringLiteral("name"), QStringLiteral("Spring")},
                        {QStringLiteral("status"), QStringLiteral("active")}};
    const QString line = cli::WatchCommand::toHumanLine(change);
    EXPECT_TRUE(line.contains(QStringLiteral("UPDATE  c1  \"Spring\"  status: active → paused")))
        << line.toStdString();
    const QJsonObject json = cli::WatchCommand::toJsonLine(change);
    EXPECT_EQ(json.value(QStringLiteral("type")).toString(), QStringLiteral("UPDATE"));
    EXPECT_EQ(json.value(QStringLiteral("old_record")).toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("active"));
}

} // namespace
} // namespace cc::realtime::test
