#include "app/cli/AuthCommand.h"

#include "app/cli/CtlSession.h"

#include "app/auth/CommandBrowserOpener.h"
#include "app/auth/KeychainProbe.h"
#include "app/auth/KeychainSecretStore.h"
#include "app/auth/Session.h"
#include "app/auth/SignInFlow.h"
#include "app/auth/TokenStore.h"
#include "app/core/Clock.h"
#include "app/core/RandomSource.h"
#include "app/net/ApiClient.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonObject>

#include <memory>

namespace cc::cli {

namespace {

QJsonObject identity(const auth::Session& session) {
    const auth::SessionTokens& t = session.tokens();
    return {{QStringLiteral("email"), t.email},
            {QStringLiteral("user_id"), t.userId},
            {QStringLiteral("role"), t.role},
            {QStringLiteral("expires_at"), t.expiresAtUtc().toString(Qt::ISODate)},
            {QStringLiteral("profile"), session.profile().name}};
}

} // namespace

AuthCommand::AuthCommand(CtlContext& context)
    : m_context(context) {}

std::optional<int> AuthCommand::parse(QCommandLineParser& parser, const QStringList& arguments,
                                      Profile& profile) {
    CtlContext::addGlobalOptions(parser); // --profile NAME or --demo choose the profile
    if (auto exit = m_context.parseCommand(parser, arguments)) {
        return exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return m_context.usageError(
            tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()),
            m_context.helpText(parser));
    }
    const Result<Profile> resolved = m_context.resolveProfile();
    if (!resolved) {
        return m_context.failure(resolved.error().message);
    }
    profile = resolved.value();
    return std::nullopt;
}

int AuthCommand::login(const QStringList& arguments) {
    QCommandLineParser parser;
    m_context.command = QStringLiteral("login");
    parser.setApplicationDescription(tr("Sign in to a profile in the browser. Prints the sign-in link and "
                                        "waits for the browser to come back."));
    parser.addOption({QStringLiteral("no-browser"), tr("Only print the link; do not open a browser.")});
    Profile profile;
    if (auto exit = parse(parser, arguments, profile)) {
        return *exit;
    }
    CtlSession rt(profile, m_context.demo());
    QEventLoop loop;
    int code = ExitFailure;

    std::unique_ptr<BrowserOpener> browser;
    if (!parser.isSet(QStringLiteral("no-browser"))) {
        browser = auth::CommandBrowserOpener::fromEnvironment();
        if (!browser) {
            browser = std::make_unique<auth::CommandBrowserOpener>(QStringLiteral("xdg-open"));
        }
    }
    auth::SignInFlow flow(profile, rt.client, SystemRandom::instance());
    QObject::connect(&flow, &auth::SignInFlow::authorizationUrlReady, [this](const QUrl& url) {
        m_context.err << tr("Open this link in a browser to sign in:") << '\n';
        m_context.err.flush();
        m_context.out << url.toString(QUrl::FullyEncoded) << '\n';
        m_context.out.flush();
        m_context.err << tr("Waiting for the browser (Ctrl+C to stop)...") << '\n';
        m_context.err.flush();
    });
    QObject::connect(&flow, &auth::SignInFlow::failed, &loop, [&](const Error& error) {
        code = m_context.failure(error.message);
        loop.quit();
    });
    QObject::connect(&flow, &auth::SignInFlow::succeeded, &rt.session,
                     [&](const auth::SessionTokens& tokens) { rt.session.adopt(tokens); });
    QObject::connect(&rt.session, &auth::Session::problem, &loop, [this](const Error& error) {
        m_context.err << error.message << '\n';
        m_context.err.flush();
    });
    QObject::connect(&rt.session, &auth::Session::signedIn, &loop, [&] {
        if (m_context.json) {
            m_context.printJson(identity(rt.session));
        } else {
            m_context.out << tr("Signed in as %1 (profile %2).").arg(rt.session.tokens().email, profile.name)
                          << '\n';
            m_context.out.flush();
        }
        if (rt.tokens.isMemoryOnly()) {
            m_context.err << rt.tokens.notice() << '\n';
            m_context.err.flush();
        }
        code = ExitOk;
        loop.quit();
    });

    // Find out first whether the keychain can keep the session; without one, sign in for this process only.
    auth::KeychainProbe probe(rt.keychain);
    QObject::connect(&probe, &auth::KeychainProbe::finished, &loop, [&](bool usable, const Error& error) {
        if (!usable) {
            rt.tokens.setMemoryOnly(error);
            m_context.err
                << tr("No usable keychain (%1): the session will not be remembered.").arg(error.message)
                << '\n';
            m_context.err.flush();
        }
        flow.start(browser.get());
    });
    probe.start();
    loop.exec();
    return code;
}

int AuthCommand::whoami(const QStringList& arguments) {
    QCommandLineParser parser;
    m_context.command = QStringLiteral("whoami");
    parser.setApplicationDescription(tr("Show who is signed in to a profile."));
    Profile profile;
    if (auto exit = parse(parser, arguments, profile)) {
        return *exit;
    }
    CtlSession rt(profile, m_context.demo());
    if (const std::optional<Error> notSignedIn = rt.restore()) {
        return m_context.failure(notSignedIn->message);
    }
    const QJsonObject id = identity(rt.session);
    if (m_context.json) {
        m_context.printJson(id);
        return ExitOk;
    }
    m_context.out << tr("%1 (user %2, role %3) on profile %4; the access token expires at %5.")
                         .arg(id.value(QStringLiteral("email")).toString(),
                              id.value(QStringLiteral("user_id")).toString(),
                              id.value(QStringLiteral("role")).toString(), profile.name,
                              id.value(QStringLiteral("expires_at")).toString())
                  << '\n';
    m_context.out.flush();
    return ExitOk;
}

int AuthCommand::logout(const QStringList& arguments) {
    QCommandLineParser parser;
    m_context.command = QStringLiteral("logout");
    parser.setApplicationDescription(
        tr("Sign out of a profile: revoke the session on the server and delete it from the keychain."));
    Profile profile;
    if (auto exit = parse(parser, arguments, profile)) {
        return *exit;
    }
    CtlSession rt(profile, m_context.demo());
    QEventLoop loop;
    int code = ExitOk;
    QObject::connect(&rt.session, &auth::Session::signOutFinished, &loop, [&] {
        m_context.out << tr("Signed out of profile %1.").arg(profile.name) << '\n';
        m_context.out.flush();
        loop.quit();
    });
    QObject::connect(&rt.session, &auth::Session::restored, &loop, [&](bool) {
        // Sign out even when nothing was restored: the entry may be unreadable but still present.
        rt.session.signOut();
    });
    rt.session.restore();
    loop.exec();
    return code;
}

} // namespace cc::cli
