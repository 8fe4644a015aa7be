#include "app/cli/WatchCommand.h"

#include "app/cli/CampaignsSession.h"
#include "app/cli/TerminalText.h"
#include "app/core/Clock.h"
#include "app/core/RandomSource.h"
#include "app/data/CampaignRepository.h"
#include "app/net/ApiClient.h"
#include "app/net/ServiceConfig.h"
#include "app/realtime/ChangeBinding.h"
#include "app/realtime/ChangeCatchUp.h"
#include "app/realtime/RealtimeClient.h"
#include "app/sandbox/EmbeddedSandbox.h"
#include "app/sandbox/UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace cc::cli {

using realtime::ConnectionState;
using realtime::PostgresChange;
using realtime::RealtimeClient;

namespace {

// After stop(): the leave and the close handshake normally take a round trip; never hang on a dead server.
constexpr int kStopGraceMs = 5'000;

} // namespace

WatchCommand::WatchCommand(CtlContext& context)
    : m_context(context) {}

QJsonObject WatchCommand::toJsonLine(const PostgresChange& change) {
    const QJsonValue id = change.row().value(QStringLiteral("id"));
    return QJsonObject{
        {QStringLiteral("type"), PostgresChange::typeName(change.type)},
        {QStringLiteral("schema"), change.schema},
        {QStringLiteral("table"), change.table},
        {QStringLiteral("commit_timestamp"), change.commitTimestamp.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("id"), id},
        {QStringLiteral("record"), change.record},
        {QStringLiteral("old_record"), change.oldRecord},
    };
}

QString WatchCommand::toHumanLine(const PostgresChange& change) {
    const QJsonObject& row = change.row();
    QStringList parts{change.commitTimestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                      PostgresChange::typeName(change.type),
                      row.value(QStringLiteral("id")).toVariant().toString()};
    const QString name = row.value(QStringLiteral("name")).toString();
    if (!name.isEmpty()) {
        parts.append(QLatin1Char('"') + name + QLatin1Char('"'));
    }
    if (change.type == PostgresChange::Type::Update) {
        for (auto it = change.record.begin(); it != change.record.end(); ++it) {
            if (it.key() == QLatin1String("updated_at") || !change.oldRecord.contains(it.key())) {
                continue;
            }
            const QJsonValue before = change.oldRecord.value(it.key());
            if (before != it.value()) {
                parts.append(
                    tr("%1: %2 → %3")
                        .arg(it.key(), before.toVariant().toString(), it.value().toVariant().toString()));
            }
        }
    }
    // Names and values come from other users: escaped, so they cannot act on the terminal.
    return TerminalText::escaped(parts.join(QStringLiteral("  ")));
}

int WatchCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    m_context.command = QStringLiteral("watch");
    parser.setApplicationDescription(
        tr("Print every change to campaigns as it happens, until interrupted (Ctrl+C).\n"
           "Uses the profile's session (campaignctl login); with --demo, the demo's administrator."));
    CtlContext::addGlobalOptions(parser);
    parser.addOption({QStringLiteral("event"),
                      tr("Only changes of kind <kind>: INSERT, UPDATE, DELETE or *."), QStringLiteral("kind"),
                      QStringLiteral("*")});
    parser.addOption({QStringLiteral("filter"), tr("Only rows matching <expr>, e.g. status=eq.active."),
                      QStringLiteral("expr")});
    parser.addOption({QStringLiteral("max-events"), tr("Stop after <n> changes."), QStringLiteral("n")});
    if (auto exit = m_context.parseCommand(parser, arguments)) {
        return *exit;
    }
    const Result<realtime::ChangeBinding> binding = realtime::ChangeBinding::fromJson(
        QJsonObject{{QStringLiteral("event"), parser.value(QStringLiteral("event")).toUpper()},
                    {QStringLiteral("schema"), QStringLiteral("public")},
                    {QStringLiteral("table"), data::CampaignRepository::kTable},
                    {QStringLiteral("filter"), parser.value(QStringLiteral("filter"))}});
    if (!binding.ok()) {
        return m_context.usageError(binding.error().message, m_context.helpText(parser));
    }
    qint64 maxEvents = -1;
    if (parser.isSet(QStringLiteral("max-events"))) {
        bool ok = false;
        maxEvents = parser.value(QStringLiteral("max-events")).toLongLong(&ok);
        if (!ok || maxEvents < 1) {
            return m_context.usageError(tr("--max-events needs a number of one or more."),
                                        m_context.helpText(parser));
        }
    }

    // The same signed-in user as `campaigns` (the stored session, the demo's administrator, or the token in
    // CAMPAIGN_CONSOLE_ACCESS_TOKEN), with its cache: the catch-up after each join starts from what it holds.
    CampaignsSession session(m_context);
    if (const std::optional<Error> error = session.open()) {
        return error->kind == ErrorKind::Config ? m_context.usageError(error->message)
                                                : m_context.failure(error->message);
    }
    QEventLoop loop; // campaignctl's main loop for this command (it has no other)
    int exitCode = ExitOk;
    const Profile& profile = session.profile();
    RealtimeClient realtimeClient(profile.projectUrl, profile.anonKey, SystemClock::instance(),
                                  SystemRandom::instance());
    realtimeClient.setTokenProvider([&session] { return session.accessToken(); });
    realtimeClient.setRefreshHook(
        [&session](RealtimeClient::RefreshDone done) { session.refreshToken(std::move(done)); });
    realtime::ChangeCatchUp catchUp(session.repository(), &session.cache());
    catchUp.attach(realtimeClient);
    realtimeClient.addChannel(QStringLiteral("campaigns-watch"), {binding.value()});

    qint64 printed = 0;
    bool stopping = false;
    const auto finish = [&](int code) {
        if (stopping) {
            return;
        }
        stopping = true;
        exitCode = code;
        realtimeClient.stop();
        QTimer::singleShot(kStopGraceMs, &loop, &QEventLoop::quit);
    };
    QObject::connect(&realtimeClient, &RealtimeClient::stopped, &loop, [&] {
        if (stopping) {
            loop.quit();
        }
    });
    QObject::connect(&realtimeClient, &RealtimeClient::changeReceived, &loop,
                     [&](const PostgresChange& change) {
                         if (stopping) {
                             return;
                         }
                         if (m_context.json) {
                             m_context.printJson(toJsonLine(change));
                         } else {
                             m_context.out << toHumanLine(change) << '\n';
                             m_context.out.flush();
                         }
                         if (maxEvents > 0 && ++printed >= maxEvents) {
                             finish(ExitOk);
                         }
                     });
    QObject::connect(&realtimeClient, &RealtimeClient::stateChanged, &loop, [&](ConnectionState state) {
        m_context.err << tr("watch: %1").arg(realtime::connectionStateName(state)) << '\n';
        m_context.err.flush();
        if (!stopping && (state == ConnectionState::AuthFailed ||
                          (state == ConnectionState::Disconnected && realtimeClient.lastError().isError()))) {
            m_context.err << tr("campaignctl: %1").arg(realtimeClient.lastError().message) << '\n';
            m_context.err.flush();
            stopping = true;
            exitCode = ExitFailure;
            QTimer::singleShot(kStopGraceMs, &loop, &QEventLoop::quit);
        }
    });
    sandbox::UnixSignalWatcher signalWatcher;
    if (signalWatcher.watchTerminationSignals()) {
        QObject::connect(&signalWatcher, &sandbox::UnixSignalWatcher::terminationRequested, &loop,
                         [&](int) { finish(ExitOk); });
    }
    realtimeClient.start();
    loop.exec();
    return exitCode;
}

} // namespace cc::cli
