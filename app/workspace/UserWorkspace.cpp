#include "app/workspace/UserWorkspace.h"

#include "app/data/CampaignCache.h"
#include "app/data/CampaignRepository.h"
#include "app/data/CampaignStore.h"
#include "app/data/DataPaths.h"
#include "app/data/Outbox.h"
#include "app/data/OutboxSender.h"
#include "app/net/ApiClient.h"
#include "app/net/ServiceConfig.h"

namespace cc {

UserWorkspace::UserWorkspace(Profile profile, Clock& clock, RandomSource& random,
                             QNetworkAccessManager* network, QObject* parent)
    : UserWorkspace(std::move(profile), clock, random, network, Options{}, parent) {}

UserWorkspace::UserWorkspace(Profile profile, Clock& clock, RandomSource& random,
                             QNetworkAccessManager* network, Options options, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_clock(clock)
    , m_random(random)
    , m_options(std::move(options))
    , m_client(std::make_unique<net::ApiClient>(clock, random, network)) {
    QUrl restBase;
    for (const net::ServiceConfig& config :
         net::ServiceConfig::supabase(m_profile.projectUrl, m_profile.anonKey)) {
        if (auto refused = m_client->addService(config)) {
            m_configError = Error(ErrorKind::Config, *refused);
        }
        if (config.name == QLatin1String("rest")) {
            restBase = config.baseUrl;
        }
    }
    m_repository = std::make_unique<data::CampaignRepository>(*m_client, restBase);
}

UserWorkspace::~UserWorkspace() {
    // Each holds references to the ones after it: the sender and store first, the client last.
    m_sender.reset();
    m_store.reset();
    m_cache.reset();
    m_outbox.reset();
    m_repository.reset();
    m_client.reset();
}

void UserWorkspace::open(const QString& userId, std::function<void(Result<bool>, QString)> done) {
    if (m_configError) {
        done(*m_configError, {});
        return;
    }
    m_userId = userId;
    m_directory = data::DataPaths::directory(m_profile.name, userId, m_options.dataRoot);
    m_outbox = std::make_unique<data::Outbox>(data::DataPaths::outboxFile(m_directory),
                                              m_options.outboxConnection, m_clock, m_random);
    if (Result<bool> opened = m_outbox->open(); !opened.ok()) {
        done(opened.error(), {});
        return;
    }
    m_cache = std::make_unique<data::CampaignCache>(data::DataPaths::cacheFile(m_directory));
    m_cache->open(this, [this, done = std::move(done)](Result<bool> opened, QString movedAside) {
        if (!opened.ok()) {
            done(opened, movedAside);
            return;
        }
        m_store = std::make_unique<data::CampaignStore>(*m_repository, *m_cache, m_clock);
        data::OutboxSender::Options sending;
        sending.stopWhenUnreachable = m_options.stopSendingWhenUnreachable;
        m_sender = std::make_unique<data::OutboxSender>(*m_outbox, *m_repository, m_random, sending);
        done(true, movedAside);
    });
}

} // namespace cc
