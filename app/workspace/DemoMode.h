#pragma once

#include "app/auth/MemorySecretStore.h"
#include "app/auth/TokenStore.h"
#include "app/core/Error.h"
#include "app/core/Profile.h"
#include "app/sandbox/SandboxInfo.h"
#include "app/sandbox/SandboxOptions.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace cc::auth {
class Session;
}
namespace cc::net {
class ApiClient;
}
namespace cc::sandbox {
class EmbeddedSandbox;
}

namespace cc {

class Clock;

// `--demo` for both programs: the embedded sandbox (its own thread), the `local` profile that points at it
// and is never saved, a memory-only secret store (demo sessions and the sandbox's e-mail key never reach the
// OS keychain: the sandbox forgets its users when it stops anyway) and the demo sign-in of the sandbox's
// administrator with the password grant, so the console shows data at once.
class DemoMode : public QObject {
    Q_OBJECT

public:
    explicit DemoMode(const Clock& clock, QObject* parent = nullptr);
    ~DemoMode() override;

    // Starts the sandbox on its thread; started() or failed() follows on this object's thread.
    void start(const sandbox::SandboxOptions& options = sandbox::SandboxOptions::demo());
    bool isRunning() const { return m_info.has_value(); }
    // What the running sandbox answers with (its URL, keys and generated users); nullopt until started().
    const std::optional<sandbox::SandboxInfo>& info() const { return m_info; }
    // The running sandbox's `local` profile.
    std::optional<Profile> profile() const;
    // Whether `profile` is this demo's own (not a saved profile that happens to point at the sandbox).
    bool owns(const Profile& profile) const;

    // The demo's memory-only token store, for the demo profile's session and secrets.
    auth::TokenStore& tokens() { return m_tokens; }

    // Signs the sandbox's administrator (who sees every campaign) into `session` through `signInClient`.
    // `done` gets nullopt once the session holds the tokens, else why not; it is not called when `context`
    // is destroyed first.
    void signInAdministrator(auth::Session& session, net::ApiClient& signInClient, QObject* context,
                             std::function<void(std::optional<Error>)> done);

Q_SIGNALS:
    void started(const cc::Profile& profile, qint64 campaignCount);
    void failed(const cc::Error& error);

private:
    const Clock& m_clock;
    std::unique_ptr<sandbox::EmbeddedSandbox> m_sandbox;
    // The token store's backing "keychain": memory too, and never asked, as the store is memory-only by
    // choice from the start.
    auth::MemorySecretStore m_secrets;
    auth::TokenStore m_tokens;
    std::optional<sandbox::SandboxInfo> m_info;
};

} // namespace cc
