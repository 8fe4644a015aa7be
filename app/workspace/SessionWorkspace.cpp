#include "app/workspace/SessionWorkspace.h"

#include "app/auth/Session.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/data/CampaignCache.h"
#include "app/data/CampaignStore.h"
#include "app/data/DataPaths.h"
#include "app/data/OutboxSender.h"

#include <QPointer>

namespace cc {

SessionWorkspace::SessionWorkspace(auth::Session& session, Clock& clock, RandomSource& random,
                                   QNetworkAccessManager* network, UserWorkspace::Options options,
                                   bool liveChanges, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
    , m_random(random)
    , m_network(network)
    , m_options(std::move(options))
    , m_liveEnabled(liveChanges) {
    connect(&session, &auth::Session::signedIn, this, &SessionWorkspace::onSignedIn);
    connect(&session, &auth::Session::signedOut, this, &SessionWorkspace::close);
    if (session.isSignedIn()) {
        onSignedIn();
    }
}

SessionWorkspace::~SessionWorkspace() {
    // Live parts still leaving their channels go now: they must not outlive the clock and session they use.
    for (const QPointer<LiveChanges>& leaving : std::as_const(m_leaving)) {
        delete leaving.data();
    }
    m_live.reset();
    m_workspace.reset();
}

void SessionWorkspace::onSignedIn() {
    const QString userId = data::DataPaths::userIdFromAccessToken(m_session.accessToken());
    if (m_workspace && m_workspace->userId() == userId) {
        return; // the same user again (a repeated sign-in): keep the open workspace
    }
    close();
    if (userId.isEmpty()) {
        Q_EMIT failed(Error(ErrorKind::Auth, tr("The access token does not name a user.")));
        return;
    }
    m_workspace =
        std::make_unique<UserWorkspace>(m_session.profile(), m_clock, m_random, m_network, m_options);
    m_session.attach(m_workspace->apiClient());
    Q_EMIT this->opening();
    UserWorkspace* opening = m_workspace.get();
    opening->open(userId, [this, opening](Result<bool> opened, QString movedAside) {
        if (m_workspace.get() != opening) {
            return; // signed out meanwhile
        }
        if (!opened.ok()) {
            log::warning(lcData(), QStringLiteral("workspace did not open"), {}, opened.error());
            m_workspace.reset();
            Q_EMIT failed(opened.error());
            return;
        }
        m_ready = true;
        if (m_liveEnabled) {
            m_live = std::make_unique<LiveChanges>(*opening, m_session, m_clock, m_random);
        }
        log::info(lcData(), QStringLiteral("workspace open"),
                  {{QStringLiteral("profile"), m_session.profile().name},
                   {QStringLiteral("moved_aside"), movedAside}});
        Q_EMIT ready(opening, movedAside);
        opening->sender().start(); // edits left from an earlier run go out now
        startFullSync(*opening);
        // A cache found damaged after opening is reopened: the next open moves it aside and rebuilds it.
        // Queued: the cache emitting the signal is destroyed by the reopen.
        connect(
            &opening->cache(), &data::CampaignCache::damaged, this,
            [this, opening] {
                if (m_workspace.get() == opening) {
                    close();
                    onSignedIn();
                }
            },
            Qt::QueuedConnection);
        if (m_live) {
            m_live->start();
        }
    });
}

// The initial full sync, so the user can work offline with every campaign: at the first sign-in, and again
// when the last one is more than a day old (realtime and the catch-up keep the cache current in between).
void SessionWorkspace::startFullSync(UserWorkspace& workspace) {
    QPointer<UserWorkspace> target(&workspace);
    workspace.store().lastFullSync([this, target](Result<std::optional<QDateTime>> last) {
        if (!target || target != m_workspace.get()) {
            return;
        }
        const QDateTime now = m_clock.nowUtc();
        if (last.ok() && last.value() && last.value()->msecsTo(now) < kFullSyncEveryMs) {
            return;
        }
        Q_EMIT fullSyncProgress(0, std::nullopt);
        target->store().syncAll(
            [this, target](qint64 stored, std::optional<qint64> total) {
                if (target == m_workspace.get()) {
                    Q_EMIT fullSyncProgress(stored, total);
                }
            },
            [this, target](Result<qint64> done) {
                if (target != m_workspace.get()) {
                    return;
                }
                if (!done.ok()) {
                    log::warning(lcData(), QStringLiteral("full sync failed"), {}, done.error());
                } else {
                    log::info(lcData(), QStringLiteral("full sync done"),
                              {{QStringLiteral("rows"), done.value()}});
                }
                Q_EMIT fullSyncFinished(done.ok() ? Error() : done.error());
            });
    });
}

void SessionWorkspace::close() {
    if (!m_workspace) {
        return;
    }
    if (m_ready) {
        m_ready = false;
        Q_EMIT closing();
    }
    if (m_live) {
        m_leaving.removeAll(nullptr);
        m_leaving.append(m_live.get());
        m_live.release()->shutDown(); // leaves its channels cleanly, then deletes itself
    }
    m_workspace.reset();
}

} // namespace cc
