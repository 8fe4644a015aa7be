#include "app/cli/CampaignsSession.h"

#include "app/cli/CtlContext.h"
#include "app/data/DataPaths.h"
#include "app/net/ServiceConfig.h"

#include <QDir>

namespace cc::cli {

CampaignsSession::CampaignsSession(CtlContext& context)
    : m_context(context) {}

CampaignsSession::~CampaignsSession() {
    // The workspace's client carries the session's hook: it goes first.
    m_workspace.reset();
    m_session.reset();
}

QString CampaignsSession::accessToken() const {
    return m_session ? m_session->session.accessToken() : m_fixedToken;
}

void CampaignsSession::refreshToken(std::function<void(bool)> done) {
    if (!m_session || !m_session->session.isSignedIn()) {
        done(false);
        return;
    }
    m_session->session.refresh(std::move(done));
}

std::optional<Error> CampaignsSession::signIn() {
    m_fixedToken = qEnvironmentVariable(kTokenVariable);
    if (!m_fixedToken.isEmpty()) {
        if (data::DataPaths::userIdFromAccessToken(m_fixedToken).isEmpty()) {
            return Error(
                ErrorKind::Auth,
                tr("%1 is not an access token (a JWT with a user id).").arg(QLatin1String(kTokenVariable)));
        }
        return std::nullopt;
    }
    m_session = std::make_unique<CtlSession>(m_profile, m_context.demo());
    if (m_context.demo()) {
        return m_session->signInDemoUser(); // the demo sandbox's administrator sees every campaign
    }
    return m_session->restore();
}

std::optional<Error> CampaignsSession::open() {
    const Result<Profile> profile = m_context.resolveProfile();
    if (!profile) {
        return profile.error();
    }
    m_profile = profile.value();
    if (auto notSignedIn = signIn()) {
        return notSignedIn;
    }
    if (m_session) {
        m_workspace = m_session->makeUserWorkspace();
    } else {
        m_workspace =
            std::make_unique<UserWorkspace>(m_profile, SystemClock::instance(), SystemRandom::instance(),
                                            nullptr, CtlSession::contextOptions().workspace);
        const QString token = m_fixedToken;
        m_workspace->apiClient().setTokenProvider([token] { return token; });
    }
    std::optional<Error> openError;
    runUntil([&](std::function<void()> quit) {
        m_workspace->open(data::DataPaths::userIdFromAccessToken(accessToken()),
                          [&, quit](Result<bool> opened, QString movedAside) {
                              if (!opened.ok()) {
                                  openError = opened.error();
                              } else if (!movedAside.isEmpty()) {
                                  m_context.err << tr("warning: the local cache was damaged; it was moved to "
                                                      "%1 and is rebuilt from the server.")
                                                       .arg(QDir::toNativeSeparators(movedAside))
                                                << '\n';
                                  m_context.err.flush();
                              }
                              quit();
                          });
    });
    return openError;
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
    data::OutboxSender& sender = m_workspace->sender();
    QObject scope; // this call's connections end with it

    QObject::connect(&sender, &data::OutboxSender::applied, &scope,
                     [&](const data::OutboxOperation& op, const data::WriteOutcome& outcome) {
                         ++report.applied;
                         report.outcomes.append(outcome);
                         if (op.kind == data::OutboxOperation::Kind::Delete) {
                             store().removed(op.campaignId);
                         } else if (outcome.row) {
                             store().applied(*outcome.row);
                         }
                     });
    QObject::connect(&sender, &data::OutboxSender::conflict, &scope,
                     [&](const data::OutboxOperation& op, const data::Campaign& server) {
                         data::OutboxOperation withServer = op;
                         withServer.server = server;
                         withServer.state = data::OutboxOperation::State::Conflict;
                         report.conflicts.append(withServer);
                         store().applied(server);
                     });
    QObject::connect(&sender, &data::OutboxSender::failed, &scope,
                     [&](const data::OutboxOperation& op, const Error& error) {
                         report.failures.append({op, error});
                     });
    runUntil([&](std::function<void()> quit) {
        QObject::connect(&sender, &data::OutboxSender::drained, &scope, quit);
        QObject::connect(&sender, &data::OutboxSender::stopped, &scope, [&report, quit](const Error& error) {
            report.stoppedBy = error;
            quit();
        });
        sender.start();
    });
    // Let the cache writes queued above finish before the command returns and the cache is closed: they are
    // ordered on the worker, so one more round trip is enough.
    runUntil([&](std::function<void()> quit) {
        cache().run<bool>([](data::CacheDatabase&) { return Result<bool>(true); }, &cache(),
                          [quit](Result<bool>) { quit(); });
    });
    return report;
}

} // namespace cc::cli
