#include "app/cli/CtlSession.h"

#include "app/auth/PasswordSignIn.h"
#include "app/core/Clock.h"
#include "app/core/RandomSource.h"

#include <QEventLoop>

namespace cc::cli {

CtlSession::CtlSession(const Profile& profile)
    : tokens(keychain)
    , client(SystemClock::instance(), SystemRandom::instance())
    , session(profile, client, tokens, SystemClock::instance()) {
    for (const net::ServiceConfig& config :
         net::ServiceConfig::supabase(profile.projectUrl, profile.anonKey)) {
        // The sign-in client never sends a user's bearer token by itself; requests that need one set it.
        net::ServiceConfig c = config;
        c.sendBearerToken = false;
        client.addService(c);
    }
}

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

std::optional<Error> CtlSession::signInDemoUser(const QString& email, const QString& password) {
    tokens.setMemoryOnly(Error(ErrorKind::Config, tr("demo sessions are never stored")),
                         auth::TokenStore::Why::ByChoice);
    QEventLoop loop;
    std::optional<Error> failed;
    QObject::connect(&session, &auth::Session::signedIn, &loop, &QEventLoop::quit);
    QObject::connect(&session, &auth::Session::problem, &loop, [&](const Error& e) {
        failed = e;
        loop.quit();
    });
    auth::PasswordSignIn::signIn(client, session.profile(), SystemClock::instance(), email, password,
                                 [&](Result<auth::SessionTokens> result) {
                                     if (!result) {
                                         failed = result.error();
                                         loop.quit();
                                         return;
                                     }
                                     session.adopt(result.value());
                                 });
    loop.exec();
    if (!failed && !session.isSignedIn()) {
        failed = Error(ErrorKind::Auth, tr("the demo sign-in did not complete"));
    }
    return failed;
}

} // namespace cc::cli
