#include "app/workspace/LiveChanges.h"

#include "app/auth/Session.h"
#include "app/data/CampaignRepository.h"
#include "app/data/OutboxSender.h"
#include "app/realtime/ChangeApplier.h"
#include "app/realtime/ChangeBinding.h"
#include "app/realtime/ChangeCatchUp.h"
#include "app/realtime/FeedHistory.h"
#include "app/realtime/RealtimeClient.h"
#include "app/workspace/UserWorkspace.h"

#include <QPointer>
#include <QTimer>

namespace cc {

LiveChanges::LiveChanges(UserWorkspace& workspace, auth::Session& session, Clock& clock, RandomSource& random,
                         QObject* parent)
    : QObject(parent)
    , m_client(std::make_unique<realtime::RealtimeClient>(workspace.profile().projectUrl,
                                                          workspace.profile().anonKey, clock, random))
    , m_catchUp(std::make_unique<realtime::ChangeCatchUp>(workspace.repository(), &workspace.cache()))
    , m_applier(std::make_unique<realtime::ChangeApplier>(workspace.cache(), clock))
    , m_history(std::make_unique<realtime::FeedHistory>(realtime::FeedHistory::fileIn(workspace.directory()),
                                                        clock)) {
    QPointer<auth::Session> s(&session);
    m_client->setTokenProvider([s] { return s ? s->accessToken() : QString(); });
    m_client->setRefreshHook([s](realtime::RealtimeClient::RefreshDone done) {
        if (!s || !s->isSignedIn()) {
            done(false);
            return;
        }
        s->refresh(std::move(done)); // single-flight with the API client's refreshes
    });
    connect(&session, &auth::Session::refreshed, m_client.get(), &realtime::RealtimeClient::tokenChanged);
    connect(&session, &auth::Session::signedOut, m_client.get(), &realtime::RealtimeClient::stop);
    m_catchUp->attach(*m_client);
    const Result<realtime::ChangeBinding> everyChange =
        realtime::ChangeBinding::fromJson({{QStringLiteral("event"), QStringLiteral("*")},
                                           {QStringLiteral("schema"), QStringLiteral("public")},
                                           {QStringLiteral("table"), data::CampaignRepository::kTable}});
    m_client->addChannel(QStringLiteral("campaigns"), {everyChange.value()});

    m_applier->setStore(&workspace.store());
    connect(m_client.get(), &realtime::RealtimeClient::changeReceived, m_applier.get(),
            &realtime::ChangeApplier::submit);
    // This console's own writes come back as changes too: the applier recognises them by what was sent.
    realtime::ChangeApplier* applier = m_applier.get();
    connect(&workspace.sender(), &data::OutboxSender::sending, applier,
            [applier](const data::OutboxOperation& op) { applier->ownWrites().noteSending(op); });
    connect(&workspace.sender(), &data::OutboxSender::applied, applier,
            [applier](const data::OutboxOperation& op, const data::WriteOutcome& outcome) {
                applier->ownWrites().noteApplied(op, outcome);
            });
}

LiveChanges::~LiveChanges() {
    // The client's channels leave with the socket; the applier's queued batch is dropped with the cache.
    m_client.reset();
    m_catchUp.reset();
    m_applier.reset();
    m_history.reset();
}

void LiveChanges::start() {
    // The first catch-up fills in what the cache had not seen (it may hold only the first window of rows):
    // into the table, not into the feed. After a reconnect, what the catch-up finds is news and is shown.
    m_applier->setQuiet(true);
    realtime::ChangeApplier* applier = m_applier.get();
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_client.get(), &realtime::RealtimeClient::resynced, applier, [applier, once] {
        applier->setQuiet(false);
        disconnect(*once);
    });
    m_client->start();
}

void LiveChanges::shutDown() {
    m_applier.reset();
    m_catchUp.reset();
    m_history.reset();
    connect(m_client.get(), &realtime::RealtimeClient::stopped, this, &QObject::deleteLater);
    QTimer::singleShot(kShutdownGraceMs, this, &QObject::deleteLater);
    if (m_client->isRunning()) {
        m_client->stop();
    } else {
        deleteLater();
    }
}

} // namespace cc
