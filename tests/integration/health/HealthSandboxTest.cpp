#include "app/core/ProfileStore.h"
#include "app/core/RandomSource.h"
#include "app/health/HealthHistory.h"
#include "app/health/HealthHistoryService.h"
#include "app/health/HealthMonitor.h"
#include "app/health/StandardChecks.h"
#include "app/net/ApiCall.h"
#include "app/net/ApiClient.h"
#include "app/sandbox/SandboxServer.h"
#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"
#include "tests/unit/cli/CtlRunner.h"
#include "tests/unit/health/ManualScheduler.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

namespace cc::health {
namespace {

// The monitor against a real sandbox over loopback, with fault injection. Time is a manual clock shared by
// the sandbox, the API client and the monitor's scheduler: a round is "one interval later" exactly, while the
// HTTP traffic is real.
class HealthSandboxTest : public cc::test::IsolatedTest {
protected:
    static constexpr qint64 kInterval = 30'000;

    void SetUp() override {
        IsolatedTest::SetUp();
        sandbox::SandboxOptions options;
        options.seedCount = 5;
        m_server = std::make_unique<sandbox::SandboxServer>(options, m_clock);
        const auto started = m_server->start();
        ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
        m_profile = m_server->info().localProfile();

        m_client = std::make_unique<net::ApiClient>(m_clock, m_random, &m_network);
        for (net::ServiceConfig config :
             net::ServiceConfig::supabase(m_profile.projectUrl, m_profile.anonKey)) {
            config.sendBearerToken = false;
            ASSERT_FALSE(m_client->addService(config));
        }
        HealthMonitor::Options monitorOptions;
        monitorOptions.intervalMs = kInterval;
        monitorOptions.graceMs = 0;
        m_monitor = std::make_unique<HealthMonitor>(m_clock, m_scheduler, monitorOptions);
        m_monitor->watch(m_client.get());
        for (auto& check : StandardChecks::backendChecks(*m_client, m_profile)) {
            m_monitor->addCheck(std::move(check));
        }
    }
    void TearDown() override {
        m_monitor.reset();
        m_client.reset();
        m_server.reset();
        IsolatedTest::TearDown();
    }

    // Starts the monitor and waits for its first round.
    void startAndWait() {
        cc::test::SignalCounter rounds(m_monitor.get(), &HealthMonitor::roundFinished);
        m_monitor->start();
        ASSERT_TRUE(rounds.waitForCount(1, 15'000));
    }
    // Moves time on by one interval (the next round starts) and waits for that round to finish.
    void nextInterval() {
        cc::test::SignalCounter rounds(m_monitor.get(), &HealthMonitor::roundFinished);
        m_scheduler.advance(kInterval);
        ASSERT_TRUE(rounds.waitForCount(1, 15'000));
    }
    void fault(const char* json) {
        ASSERT_FALSE(m_server->configureFaults(QJsonDocument::fromJson(json).object()));
    }
    HealthState stateOf(const QString& name) const { return m_monitor->service(name)->state; }

    cc::test::ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    test::ManualScheduler m_scheduler{m_clock};
    SeededRandom m_random{7};
    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    Profile m_profile;
    std::unique_ptr<net::ApiClient> m_client;
    std::unique_ptr<HealthMonitor> m_monitor;
};

TEST_F(HealthSandboxTest, EveryServiceOfAWorkingSandboxIsHealthy) {
    startAndWait();
    for (const ServiceHealth& service : m_monitor->services()) {
        EXPECT_EQ(service.state, HealthState::Healthy)
            << service.name.toStdString() << ": " << service.reason.toStdString();
        EXPECT_GE(service.latencyMs(), 0);
    }
    const ServiceHealth backend = *m_monitor->service(QStringLiteral("backend"));
    EXPECT_GE(backend.check.subChecks.size(), 4) << "database, rest, auth, email";
    EXPECT_EQ(m_monitor->overall().state, HealthState::Healthy);
}

TEST_F(HealthSandboxTest, AFailingServiceIsUnhealthyWithinOneInterval) {
    startAndWait();
    fault(R"({"rest": {"status": 503}})");
    nextInterval();
    const ServiceHealth rest = *m_monitor->service(QStringLiteral("rest"));
    EXPECT_EQ(rest.state, HealthState::Unhealthy);
    EXPECT_EQ(rest.summary, QStringLiteral("HTTP 503"));
    EXPECT_EQ(stateOf(QStringLiteral("auth")), HealthState::Healthy)
        << "one failing service takes no other down";
    const ServiceHealth backend = *m_monitor->service(QStringLiteral("backend"));
    EXPECT_EQ(backend.state, HealthState::Degraded) << "the /health document names the failing part";
    EXPECT_TRUE(backend.reason.contains(QStringLiteral("rest"))) << backend.reason.toStdString();
}

TEST_F(HealthSandboxTest, AnOpenBreakerShowsAtOnceWithItsEnd) {
    startAndWait();
    fault(R"({"email": {"status": 503}})");
    // (Latency comes from the injected clock, which stands still here: "slow" is tested through campaignctl.)
    // Real traffic of the console fails until the client's breaker opens (5 failures in a row).
    QUrl url = m_profile.projectUrl;
    url.setPath(QStringLiteral("/api/email/messages"));
    for (int i = 0; i < 5; ++i) {
        net::ApiCall* call = m_client->send(net::ApiRequest::get(url).setMaxAttempts(1));
        ASSERT_TRUE(cc::test::waitForSignal(call, &net::ApiCall::finished, 10'000));
    }
    ASSERT_EQ(m_client->metrics(QStringLiteral("email"))->breakerState, net::CircuitBreaker::State::Open);
    // Without waiting for the next round: the breaker's change alone updates the service.
    const ServiceHealth email = *m_monitor->service(QStringLiteral("email"));
    EXPECT_EQ(email.state, HealthState::Unhealthy);
    const QString until = m_clock.nowUtc().addSecs(30).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    EXPECT_EQ(email.breakerText(), QStringLiteral("Open until %1").arg(until));
    EXPECT_TRUE(email.reason.contains(until)) << email.reason.toStdString();

    // The next round's check is refused by the open breaker, and says so.
    nextInterval();
    EXPECT_EQ(stateOf(QStringLiteral("email")), HealthState::Unhealthy);
}

TEST_F(HealthSandboxTest, RecoveryClosesTheIncidentWithItsDuration) {
    QTemporaryDir dir;
    HealthHistoryService history(dir.filePath(QStringLiteral("health.sqlite")));
    history.attach(*m_monitor);
    startAndWait(); // 09:00:00 healthy
    fault(R"({"auth": {"status": 500}})");
    nextInterval(); // 09:00:30 down: the incident starts
    nextInterval(); // 09:01:00 still down
    m_server->clearFaults();
    nextInterval(); // 09:01:30 healthy again
    EXPECT_EQ(stateOf(QStringLiteral("auth")), HealthState::Healthy);

    std::optional<Result<HistorySnapshot>> snapshot;
    history.loadSnapshot({QStringLiteral("auth")}, m_clock.nowUtc(), m_monitor.get(),
                         [&](const Result<HistorySnapshot>& loaded) { snapshot = loaded; });
    ASSERT_TRUE(cc::test::waitUntil([&] { return snapshot.has_value(); }, 10'000));
    ASSERT_TRUE(snapshot->ok());
    QList<Incident> incidents;
    for (const Incident& incident : snapshot->value().incidents) {
        if (incident.service == QStringLiteral("auth")) {
            incidents.append(incident);
        }
    }
    ASSERT_EQ(incidents.size(), 1);
    const Incident& incident = incidents.first();
    EXPECT_EQ(incident.service, QStringLiteral("auth"));
    EXPECT_FALSE(incident.isOpen());
    EXPECT_EQ(incident.startedUtc, QDateTime(QDate(2026, 3, 1), QTime(9, 0, 30), Qt::UTC));
    EXPECT_EQ(incident.durationSec(m_clock.nowUtc()), 60);
    EXPECT_FALSE(incident.lastError.isEmpty());
    // Four results for auth: healthy, down, down, healthy.
    const ServiceHistory* auth = snapshot->value().service(QStringLiteral("auth"));
    ASSERT_NE(auth, nullptr);
    EXPECT_DOUBLE_EQ(*auth->uptime24h, 50.0);
}

// --- campaignctl health ----------------------------------------------------------------------------------

class HealthCtlTest : public HealthSandboxTest {
protected:
    void SetUp() override {
        HealthSandboxTest::SetUp();
        m_settings = homePath() + QStringLiteral("/ctl.ini");
        ProfileStore store(m_settings);
        ASSERT_TRUE(store.add(m_profile).ok());
    }
    cc::test::CtlRun health(QStringList extra = {}) {
        QStringList args{QStringLiteral("health"), QStringLiteral("--config"), m_settings,
                         QStringLiteral("--profile"), m_profile.name};
        return cc::test::runCtl(args + extra);
    }
    QString m_settings;
};

TEST_F(HealthCtlTest, ExitsZeroWhenHealthy) {
    const auto run = health({QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("state")).toString(), QStringLiteral("healthy"));
    EXPECT_EQ(report.value(QStringLiteral("summary")).toString(), QStringLiteral("All systems operational"));
}

TEST_F(HealthCtlTest, ExitsOneWhenDegraded) {
    fault(R"({"email": {"latency_ms": 2300}})");
    const auto run = health();
    EXPECT_EQ(run.exitCode, 1) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("1 service degraded"))) << run.out.toStdString();
}

TEST_F(HealthCtlTest, ExitsTwoWhenAServiceIsDown) {
    fault(R"({"rest": {"status": 503}})");
    const auto run = health();
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("HTTP 503"))) << run.out.toStdString();
}

TEST_F(HealthCtlTest, AHangingServiceTimesOutAsDown) {
    fault(R"({"auth": {"latency_ms": 4000}})");
    const auto run = health({QStringLiteral("--timeout"), QStringLiteral("1")});
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString();
}

TEST_F(HealthCtlTest, WatchPrintsEveryRound) {
    const auto run = health({QStringLiteral("--watch"), QStringLiteral("--interval"), QStringLiteral("1"),
                             QStringLiteral("--rounds"), QStringLiteral("2"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.trimmed().split(QLatin1Char('\n')).size(), 2) << run.out.toStdString();
}

TEST(HealthCtlDemo, DemoSandboxIsHealthy) {
    const auto run = cc::test::runCtl({QStringLiteral("--demo"), QStringLiteral("health")});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("All systems operational"))) << run.out.toStdString();
}

TEST(HealthCtlUsage, ABadIntervalIsUnknownNotDown) {
    const auto run =
        cc::test::runCtl({QStringLiteral("health"), QStringLiteral("--interval"), QStringLiteral("0")});
    EXPECT_EQ(run.exitCode, 3) << "a monitoring script must not read a typo as an outage";
    EXPECT_TRUE(run.err.contains(QStringLiteral("--interval"))) << run.err.toStdString();
}

TEST_F(HealthCtlTest, AnUnknownProfileIsUnknownNotDegraded) {
    const auto run = cc::test::runCtl({QStringLiteral("health"), QStringLiteral("--config"), m_settings,
                                       QStringLiteral("--profile"), QStringLiteral("no-such-profile")});
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("no-such-profile"))) << run.err.toStdString();
}

} // namespace
} // namespace cc::health
