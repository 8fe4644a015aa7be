#include "app/cli/CtlSession.h"

#include "app/core/Clock.h"
#include "app/core/RandomSource.h"
#include "app/workspace/DemoMode.h"

#include <QEventLoop>

namespace cc::cli {

ProfileContext::Options CtlSession::contextOptions() {
    ProfileContext::Options options;
    options.followSession = false; // a command opens its own workspace, once signed in
    options.liveChanges = false;
    options.accounts = false;
    options.workspace.outboxConnection = QStringLiteral("ctl-outbox");
    options.workspace.stopSendingWhenUnreachable = true; // report and exit instead of waiting
    return options;
}

CtlSession::CtlSession(const Profile& profile, DemoMode* demo)
    : m_demo(demo)
    , m_keychainTokens(m_keychain)
    , m_context(std::make_unique<ProfileContext>(profile, demo ? demo->tokens() : m_keychainTokens,
                                                 SystemClock::instance(), SystemRandom::instance(), nullptr,
                                                 contextOptions()))
    , keychain(m_keychain)
    , tokens(m_context->tokens())
    , client(m_context->signInClient())
    , session(m_context->session()) {}

CtlSession::~CtlSession() = default;

std::optional<Error> CtlSession::restore() {
    QEventLoop loop;
    Error problem;
    QObject::connect(&session, &auth::Session::problem, &loop, [&](const Error& e) { problem = e; });
    QObject::connect(&session, &auth::Session::restored, &loop, [&](bool signedIn) {
        // A restored session that was due is being refreshed: go on once that is over.
        if (signedIn && session.isRefreshing()) {
            QObject::connect(&session, &auth::Session::refreshed, &loop, &QEventLoop::quit);
            QObject::connect(&session, &auth::Session::signedOut, &loop, &QEventLoop::quit);
            QObject::connect(&session, &auth::Session::problem, &loop, &QEventLoop::quit);
            return;
        }
        loop.quit();
    });
    session.restore();
    loop.exec();
    if (session.isSignedIn()) {
        return std::nullopt;
    }
    const QString name = session.profile().name;
    return Error(
        ErrorKind::Auth,
        problem.isError()
            ? tr("not signed in to profile %1: %2").arg(name, problem.message)
            : tr("not signed in to profile %1: run 'campaignctl login --profile %1' first.").arg(name));
}

std::optional<Error> CtlSession::signInDemoUser() {
    if (!m_demo) {
        return Error(ErrorKind::Config, tr("the demo sign-in did not complete"));
    }
    QEventLoop loop;
    std::optional<Error> failed;
    // The session stores the tokens before it says signedIn (or problem, when it could not).
    QObject::connect(&session, &auth::Session::signedIn, &loop, &QEventLoop::quit);
    QObject::connect(&session, &auth::Session::problem, &loop, [&](const Error& e) {
        failed = e;
        loop.quit();
    });
    bool refused = false;
    m_demo->signInAdministrator(session, client, &loop, [&](std::optional<Error> error) {
        if (error) {
            failed = std::move(error);
            refused = true;
            loop.quit();
        }
    });
    if (!refused) {
        loop.exec();
    }
    if (!failed && !session.isSignedIn()) {
        failed = Error(ErrorKind::Auth, tr("the demo sign-in did not complete"));
    }
    return failed;
}

} // namespace cc::cli
