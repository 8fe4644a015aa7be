#include "app/cli/CampaignsSession.h"

#include "app/cli/CtlContext.h"
#include "app/data/DataPaths.h"
#include "app/net/ServiceConfig.h"

#include <QDir>

namespace cc::cli {

CampaignsSession::CampaignsSession(CtlContext& context)
    : m_context(context) {}

CampaignsSession::~CampaignsSession() {
    // The store and repository hold references to the cache and the client: destroy them first.
    m_store.reset();
    m_repository.reset();
    m_cache.reset();
    m_outbox.reset();
    m_client.reset();
}

std::optional<Error> CampaignsSession::open() {
    const Result<Profile> profile = m_context.resolveProfile();
    if (!profile) {
        return profile.error();
    }
    m_profile = profile.value();
    m_token = qEnvironmentVariable(kTokenVariable);
    const QString userId = data::DataPaths::userIdFromAccessToken(m_token);
    if (m_token.isEmpty() || userId.isEmpty()) {
        return Error(ErrorKind::Auth,
                     tr("not signed in: set %1 to an access token (a stopgap until campaignctl reads the "
                        "console's session).")
                         .arg(QLatin1String(kTokenVariable)));
    }

    m_client = std::make_unique<net::ApiClient>(SystemClock::instance(), SystemRandom::instance());
    QUrl restBase;
    for (const net::ServiceConfig& config :
         net::ServiceConfig::supabase(m_profile.projectUrl, m_profile.anonKey)) {
        if (auto refused = m_client->addService(config)) {
            return Error(ErrorKind::Config, *refused);
        }
        if (config.name == QLatin1String("rest")) {
            restBase = config.baseUrl;
        }
    }
    const QString token = m_token;
    m_client->setTokenProvider([token] { return token; });
    m_repository = std::make_unique<data::CampaignRepository>(*m_client, restBase);

    const QString directory = data::DataPaths::directory(m_profile.name, userId);
    m_outbox =
        std::make_unique<data::Outbox>(data::DataPaths::outboxFile(directory), QStringLiteral("ctl-outbox"),
                                       SystemClock::instance(), SystemRandom::instance());
    if (Result<bool> opened = m_outbox->open(); !opened.ok()) {
        return opened.error();
    }
    m_cache = std::make_unique<data::CampaignCache>(data::DataPaths::cacheFile(directory));
    std::optional<Error> cacheError;
    runUntil([&](std::function<void()> quit) {
        m_cache->open(m_cache.get(), [&, quit](Result<bool> opened, QString movedAside) {
            if (!opened.ok()) {
                cacheError = opened.error();
            } else if (!movedAside.isEmpty()) {
                m_context.err << tr("warning: the local cache was damaged; it was moved to %1 and is rebuilt "
                                    "from the server.")
                                     .arg(QDir::toNativeSeparators(movedAside))
                              << '\n';
                m_context.err.flush();
            }
            quit();
        });
    });
    if (cacheError) {
        return cacheError;
    }
    m_store = std::make_unique<data::CampaignStore>(*m_repository, *m_cache, SystemClock::instance());
    return std::nullopt;
}

void CampaignsSession::runUntil(const std::function<void(std::function<void()>)>& start) {
    QEventLoop loop;
    bool finished = false;
    start([&loop, &finished] {
        finished = true;
        loop.quit();
    });
    if (!finished) {
        loop.exec();
    }
}

CampaignsSession::SyncReport CampaignsSession::sync() {
    SyncReport report;
    data::OutboxSender sender(*m_outbox, *m_repository, SystemRandom::instance(),
                              data::OutboxSender::Options{.stopWhenUnreachable = true});
    QObject::connect(&sender, &data::OutboxSender::applied, &sender,
                     [&](const data::OutboxOperation& op, const data::WriteOutcome& outcome) {
                         ++report.applied;
                         report.outcomes.append(outcome);
                         if (op.kind == data::OutboxOperation::Kind::Delete) {
                             m_store->removed(op.campaignId);
                         } else if (outcome.row) {
                             m_store->applied(*outcome.row);
                         }
                     });
    QObject::connect(&sender, &data::OutboxSender::conflict, &sender,
                     [&](const data::OutboxOperation& op, const data::Campaign& server) {
                         data::OutboxOperation withServer = op;
                         withServer.server = server;
                         withServer.state = data::OutboxOperation::State::Conflict;
                         report.conflicts.append(withServer);
                         m_store->applied(server);
                     });
    QObject::connect(&sender, &data::OutboxSender::failed, &sender,
                     [&](const data::OutboxOperation& op, const Error& error) {
                         report.failures.append({op, error});
                     });
    runUntil([&](std::function<void()> quit) {
        QObject::connect(&sender, &data::OutboxSender::drained, &sender, quit);
        QObject::connect(&sender, &data::OutboxSender::stopped, &sender, [&report, quit](const Error& error) {
            report.stoppedBy = error;
            quit();
        });
        sender.start();
    });
    // Let the cache writes queued above finish before the command returns and the cache is closed: they are
    // ordered on the worker, so one more round trip is enough.
    runUntil([&](std::function<void()> quit) {
        m_cache->run<bool>([](data::CacheDatabase&) { return Result<bool>(true); }, m_cache.get(),
                           [quit](Result<bool>) { quit(); });
    });
    return report;
}

} // namespace cc::cli
