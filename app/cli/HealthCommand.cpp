#include "app/cli/HealthCommand.h"

#include "app/core/Clock.h"
#include "app/core/RandomSource.h"
#include "app/health/HealthMonitor.h"
#include "app/health/StandardChecks.h"
#include "app/net/ApiClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>

namespace cc::cli {

namespace {

bool readSeconds(const QCommandLineParser& parser, const QString& name, int min, int max, int& out) {
    if (!parser.isSet(name)) {
        return true;
    }
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        return false;
    }
    out = value;
    return true;
}

// Every way the check cannot run ends the same: the context has printed why (a usage error or a failure),
// and the exit code says "unknown", not the context's 1 or 2 (which would read as degraded or down).
int unknown(int /*printed*/) {
    return HealthCommand::ExitUnknown;
}

} // namespace

HealthCommand::HealthCommand(CtlContext& context)
    : m_context(context) {}

int HealthCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    m_context.command = QStringLiteral("health");
    parser.setApplicationDescription(tr(
        "Check the profile's backend services (REST API, Auth, E-mail API, the backend's /health document).\n"
        "Exit code: 0 all healthy, 1 something degraded, 2 something down, 3 the check could not run."));
    CtlContext::addGlobalOptions(parser);
    parser.addOptions({
        {QStringLiteral("watch"), tr("Check again every interval until interrupted.")},
        {QStringLiteral("interval"), tr("Seconds between checks with --watch (default 30)."),
         QStringLiteral("seconds")},
        {QStringLiteral("rounds"), tr("With --watch: stop after this many rounds."), QStringLiteral("count")},
        {QStringLiteral("timeout"), tr("Seconds each check may take (default 10)."),
         QStringLiteral("seconds")},
    });
    if (auto exit = m_context.parseCommand(parser, arguments)) {
        return *exit == ExitOk ? ExitHealthy : ExitUnknown; // --help, or a usage error
    }
    if (!parser.positionalArguments().isEmpty()) {
        return unknown(
            m_context.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()),
                                 m_context.helpText(parser)));
    }
    int intervalSeconds = 30;
    int rounds = 0; // 0: forever
    int timeoutSeconds = 10;
    if (!readSeconds(parser, QStringLiteral("interval"), 1, 86'400, intervalSeconds)) {
        return unknown(m_context.usageError(tr("--interval must be a number of seconds from 1 to 86400."),
                                            m_context.helpText(parser)));
    }
    if (!readSeconds(parser, QStringLiteral("rounds"), 1, 1'000'000, rounds)) {
        return unknown(
            m_context.usageError(tr("--rounds must be a positive number."), m_context.helpText(parser)));
    }
    if (!readSeconds(parser, QStringLiteral("timeout"), 1, 300, timeoutSeconds)) {
        return unknown(m_context.usageError(tr("--timeout must be a number of seconds from 1 to 300."),
                                            m_context.helpText(parser)));
    }
    const bool watch = parser.isSet(QStringLiteral("watch"));
    if (!watch) {
        rounds = 1;
    }

    const Result<Profile> profile = m_context.resolveProfile();
    if (!profile) {
        return unknown(m_context.failure(profile.error().message));
    }

    QNetworkAccessManager network;
    net::ApiClient client(SystemClock::instance(), SystemRandom::instance(), &network);
    for (net::ServiceConfig config :
         net::ServiceConfig::supabase(profile.value().projectUrl, profile.value().anonKey)) {
        config.sendBearerToken = false; // the health endpoints need no user
        if (auto refused = client.addService(config)) {
            return unknown(m_context.failure(*refused));
        }
    }
    health::QtHealthScheduler scheduler;
    health::HealthMonitor::Options options;
    options.intervalMs = qint64(intervalSeconds) * 1000;
    options.graceMs = 0; // a script wants the truth at once
    health::HealthMonitor monitor(SystemClock::instance(), scheduler, options);
    monitor.watch(&client);
    for (auto& check : health::StandardChecks::backendChecks(client, profile.value())) {
        check->setTimeoutMs(qint64(timeoutSeconds) * 1000);
        monitor.addCheck(std::move(check));
    }

    // A command-line program with nothing else to do: the event loop runs the rounds (each bounded by the
    // checks' timeouts) and ends after the last one.
    int exitCode = ExitHealthy;
    int done = 0;
    QEventLoop loop;
    QObject::connect(&monitor, &health::HealthMonitor::roundFinished, &loop, [&] {
        exitCode = print(monitor, profile.value().name);
        ++done;
        if (rounds > 0 && done >= rounds) {
            loop.quit();
        }
    });
    monitor.start();
    loop.exec();
    monitor.stop();
    return exitCode;
}

int HealthCommand::print(const health::HealthMonitor& monitor, const QString& profileName) {
    using health::HealthState;
    using health::HealthStates;
    const auto overall = monitor.overall();
    const QList<health::ServiceHealth> services = monitor.services();
    if (m_context.json) {
        QJsonArray list;
        for (const health::ServiceHealth& service : services) {
            list.append(service.toJson());
        }
        m_context.printJson(
            QJsonObject{{QStringLiteral("profile"), profileName},
                        {QStringLiteral("state"), HealthStates::key(overall.state)},
                        {QStringLiteral("summary"), health::HealthAggregator::summaryText(overall)},
                        {QStringLiteral("services"), list}});
    } else {
        m_context.out << tr("%1: %2").arg(profileName, health::HealthAggregator::summaryText(overall))
                      << '\n';
        for (const health::ServiceHealth& service : services) {
            const QString latency =
                service.latencyMs() >= 0 ? tr("%L1 ms").arg(service.latencyMs()) : QStringLiteral("-");
            m_context.out << QStringLiteral("  %1 %2 %3 %4")
                                 .arg(service.stateText(), -10)
                                 .arg(service.title, -18)
                                 .arg(latency, 9)
                                 .arg(service.summary)
                          << '\n';
            if (!service.reason.isEmpty()) {
                m_context.out << QStringLiteral("             %1").arg(service.reason) << '\n';
            }
            const QString breaker = service.breakerText();
            if (service.client && service.client->breaker != net::CircuitBreaker::State::Closed) {
                m_context.out << QStringLiteral("             ") << tr("breaker: %1").arg(breaker) << '\n';
            }
        }
    }
    m_context.out.flush();
    switch (overall.state) {
    case HealthState::Healthy:
        return ExitHealthy;
    case HealthState::Unhealthy:
        return ExitUnhealthy;
    case HealthState::Degraded:
    case HealthState::Unknown:
        break;
    }
    return ExitDegraded;
}

} // namespace cc::cli
