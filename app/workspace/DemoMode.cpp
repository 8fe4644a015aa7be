#include "app/workspace/DemoMode.h"

#include "app/auth/PasswordSignIn.h"
#include "app/auth/Session.h"
#include "app/email/EmailClient.h"
#include "app/sandbox/EmbeddedSandbox.h"

#include <QPointer>

namespace cc {

DemoMode::DemoMode(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_tokens(m_secrets) {
    m_tokens.setMemoryOnly(Error(ErrorKind::Config, tr("demo sessions are never stored")),
                           auth::TokenStore::Why::ByChoice);
}

DemoMode::~DemoMode() = default;

void DemoMode::start(const sandbox::SandboxOptions& options) {
    m_sandbox = std::make_unique<sandbox::EmbeddedSandbox>();
    connect(m_sandbox.get(), &sandbox::EmbeddedSandbox::started, this,
            [this](const sandbox::SandboxInfo& info, qint64 campaigns) {
                m_info = info;
                const Profile local = info.localProfile();
                // The sandbox's e-mail key, so "Send test e-mail" works without a trip to Settings.
                m_tokens.secrets().write(email::EmailClient::secretKey(local.name), info.emailApiKey.toUtf8(),
                                         this, [](const auth::SecretResult&) {});
                Q_EMIT started(local, campaigns);
            });
    connect(m_sandbox.get(), &sandbox::EmbeddedSandbox::failed, this, &DemoMode::failed);
    m_sandbox->start(options);
}

std::optional<Profile> DemoMode::profile() const {
    if (!m_info) {
        return std::nullopt;
    }
    return m_info->localProfile();
}

bool DemoMode::owns(const Profile& profile) const {
    const std::optional<Profile> local = this->profile();
    return local && profile.name == local->name && profile.projectUrl == local->projectUrl &&
           profile.anonKey == local->anonKey;
}

void DemoMode::signInAdministrator(auth::Session& session, net::ApiClient& signInClient, QObject* context,
                                   std::function<void(std::optional<Error>)> done) {
    const sandbox::SandboxUser* admin = nullptr;
    if (m_info) {
        for (const sandbox::SandboxUser& user : m_info->users) {
            if (user.role == QLatin1String("admin")) {
                admin = &user;
                break;
            }
        }
    }
    if (!admin) {
        done(Error(ErrorKind::Config, tr("The demo sandbox has no administrator to sign in.")));
        return;
    }
    QPointer<auth::Session> target(&session);
    QPointer<QObject> guard(context);
    auth::PasswordSignIn::signIn(signInClient, session.profile(), m_clock, admin->email, admin->password,
                                 [target, guard, done = std::move(done)](Result<auth::SessionTokens> tokens) {
                                     if (!guard || !target) {
                                         return;
                                     }
                                     if (!tokens) {
                                         done(tokens.error());
                                         return;
                                     }
                                     target->adopt(tokens.value());
                                     done(std::nullopt);
                                 });
}

} // namespace cc
