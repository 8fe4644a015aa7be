#pragma once

#include "app/core/Profile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace cc::ui {

struct ConnectionTestResult {
    bool ok = false;
    QString message; // translated, for the user
    int httpStatus = 0;
    qint64 elapsedMs = 0;
    QStringList providers;     // the server's enabled browser sign-in providers, when it said
    QString suggestedProvider; // its only one, for a profile that names none or a disabled one
};

// "Test connection" in Settings: one asynchronous GET of <projectUrl>/auth/v1/health with the apikey header,
// then the browser sign-in setup (auth::SignInSetupCheck: provider enabled, loopback redirect allowed, PKCE).
// Never blocks; gives up after a timeout (10 s by default) and says why it failed in words a user can act on.
class ConnectionTester : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 10'000;

    explicit ConnectionTester(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ConnectionTester() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    // Starts a test; a test still running is abandoned (its result is never reported).
    void test(const Profile& profile);
    void cancel();
    bool isRunning() const { return !m_reply.isNull() || !m_signInCheck.isNull(); }

    static QUrl healthUrl(const Profile& profile);

signals:
    void finished(const cc::ui::ConnectionTestResult& result);

private:
    void onFinished();
    void checkSignIn(ConnectionTestResult reachable);
    void onTimeout();
    void report(const ConnectionTestResult& result);

    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QUrl m_url;
    Profile m_profile;
    QPointer<QObject> m_signInCheck;
    int m_timeoutMs = kDefaultTimeoutMs;
    bool m_timedOut = false;
    int m_lastNetworkError = 0; // QNetworkReply::NetworkError of the last reply
};

} // namespace cc::ui
