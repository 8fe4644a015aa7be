#pragma once

#include "app/core/Clock.h"
#include "app/core/Error.h"
#include "app/core/Profile.h"
#include "app/core/RandomSource.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace cc::net {
class ApiClient;
}
namespace cc::data {
class CampaignCache;
class CampaignRepository;
class CampaignStore;
class Outbox;
class OutboxSender;
} // namespace cc::data

namespace cc {

// Everything the console holds for one signed-in user of one profile: the API client every data request goes
// through (its token and 401 hook are given by the caller, normally Session::attach), the repository, the
// user's own cache and outbox files (one folder per profile and user, see DataPaths), the cache-aside store
// and the outbox sender. The GUI builds one after sign-in and drops it at sign-out; campaignctl builds one
// per command. Opening is asynchronous because the cache opens (and may rebuild itself) on its worker thread.
class UserWorkspace : public QObject {
    Q_OBJECT

public:
    struct Options {
        // Where the per-user folders live; empty: the standard AppDataLocation.
        QString dataRoot;
        // A distinct SQL connection name for the outbox (one per process and file).
        QString outboxConnection = QStringLiteral("workspace-outbox");
        // campaignctl reports and exits when the backend is unreachable; the GUI waits and retries.
        bool stopSendingWhenUnreachable = false;
    };

    UserWorkspace(Profile profile, Clock& clock, RandomSource& random, QNetworkAccessManager* network,
                  Options options, QObject* parent = nullptr);
    UserWorkspace(Profile profile, Clock& clock, RandomSource& random, QNetworkAccessManager* network,
                  QObject* parent = nullptr);
    ~UserWorkspace() override;

    // The client is ready (services added) as soon as the workspace exists, so a session can attach to it
    // before open().
    net::ApiClient& apiClient() { return *m_client; }
    // nullopt when the profile's URL or key was refused (the message says which).
    const std::optional<Error>& configurationError() const { return m_configError; }

    // Opens the user's outbox and cache. `done` gets the outcome and, when the cache was corrupt and moved
    // aside to be rebuilt, the damaged file's new name.
    void open(const QString& userId, std::function<void(Result<bool> opened, QString movedAside)> done);
    bool isOpen() const { return m_store != nullptr; }

    const Profile& profile() const { return m_profile; }
    const QString& userId() const { return m_userId; }
    const QString& directory() const { return m_directory; }
    data::CampaignRepository& repository() { return *m_repository; }
    data::CampaignCache& cache() { return *m_cache; }
    data::CampaignStore& store() { return *m_store; }
    data::Outbox& outbox() { return *m_outbox; }
    data::OutboxSender& sender() { return *m_sender; }

private:
    Profile m_profile;
    Clock& m_clock;
    RandomSource& m_random;
    Options m_options;
    std::optional<Error> m_configError;
    QString m_userId;
    QString m_directory;
    std::unique_ptr<net::ApiClient> m_client;
    std::unique_ptr<data::CampaignRepository> m_repository;
    std::unique_ptr<data::Outbox> m_outbox;
    std::unique_ptr<data::CampaignCache> m_cache;
    std::unique_ptr<data::CampaignStore> m_store;
    std::unique_ptr<data::OutboxSender> m_sender;
};

} // namespace cc
