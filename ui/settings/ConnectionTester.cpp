#include "ui/settings/ConnectionTester.h"

#include "app/auth/SignInSetupCheck.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/core/Redactor.h"
#include "app/core/UrlPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace cc::ui {

ConnectionTester::ConnectionTester(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionTester::onTimeout);
}

ConnectionTester::~ConnectionTester() {
    cancel();
}

QUrl ConnectionTester::healthUrl(const Profile& profile) {
    QUrl url = profile.projectUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    url.setPath(path + QStringLiteral("/auth/v1/health"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void ConnectionTester::test(const Profile& profile) {
    cancel();
    m_profile = profile;
    m_url = healthUrl(profile);
    if (auto problem = UrlPolicy::check(m_url)) {
        // Reported from the event loop, like every other result, so callers see one behaviour.
        ConnectionTestResult result;
        result.message = *problem;
        QMetaObject::invokeMethod(
            this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(m_url);
    request.setRawHeader("apikey", profile.anonKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_timedOut = false;
    m_elapsed.start();
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ConnectionTester::onFinished);
    m_timer.start(m_timeoutMs);
}

void ConnectionTester::cancel() {
    m_timer.stop();
    delete m_signInCheck.data(); // its answer is never reported
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void ConnectionTester::onTimeout() {
    if (m_reply) {
        m_timedOut = true;
        m_reply->abort(); // finishes the reply with OperationCanceledError -> onFinished
    }
}

void ConnectionTester::onFinished() {
    m_timer.stop();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply) {
        return;
    }
    reply->deleteLater();

    ConnectionTestResult result;
    result.elapsedMs = m_elapsed.elapsed();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto error = reply->error();
    m_lastNetworkError = error;
    if (m_timedOut) {
        result.message = tr("No answer within %1 s. Check the project URL and your network.")
                             .arg(m_timeoutMs / 1000.0, 0, 'g', 3);
    } else if (result.httpStatus >= 200 && result.httpStatus < 300) {
        result.ok = true;
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const QString version = body.value(QStringLiteral("version")).toString();
        result.message = version.isEmpty()
                             ? tr("Connected: the Auth service answered in %1 ms.").arg(result.elapsedMs)
                             : tr("Connected: the Auth service (%1) answered in %2 ms.")
                                   .arg(version)
                                   .arg(result.elapsedMs);
        checkSignIn(result);
        return;
    } else if (result.httpStatus == 401 || result.httpStatus == 403) {
        result.message =
            tr("The server refused the key (HTTP %1). Check the anon key.").arg(result.httpStatus);
    } else if (result.httpStatus == 404) {
        result.message = tr("The server answered HTTP 404: this does not look like a Supabase project URL.");
    } else if (result.httpStatus != 0) {
        result.message = tr("The server answered HTTP %1.").arg(result.httpStatus);
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        result.message = tr("The secure connection failed: %1").arg(reply->errorString());
    } else if (error == QNetworkReply::HostNotFoundError) {
        result.message = tr("The host %1 was not found. Check the project URL.").arg(m_url.host());
    } else {
        result.message = tr("Could not connect: %1").arg(reply->errorString());
    }
    report(result);
}

void ConnectionTester::checkSignIn(ConnectionTestResult reachable) {
    auto* check =
        new auth::SignInSetupCheck(m_profile, *m_network, auth::SignInSetupCheck::Audience::Settings, this);
    check->setTimeoutMs(m_timeoutMs);
    m_signInCheck = check;
    connect(check, &auth::SignInSetupCheck::finished, this, [this, check, reachable]() mutable {
        check->deleteLater();
        m_signInCheck = nullptr;
        const auth::SignInSetupFinding& found = check->finding();
        reachable.providers = found.providers;
        reachable.suggestedProvider = found.suggestedProvider;
        if (found.ok) {
            reachable.message += QLatin1Char(' ') + found.summary;
        } else {
            reachable.ok = false;
            reachable.message = tr("Connected, but sign-in would fail: %1 %2").arg(found.summary, found.fix);
        }
        report(reachable);
    });
    check->run();
}

void ConnectionTester::report(const ConnectionTestResult& result) {
    const QJsonObject context{
        {QStringLiteral("url"), Redactor::redactUrl(m_url)},
        {QStringLiteral("ok"), result.ok},
        {QStringLiteral("status"), result.httpStatus},
        {QStringLiteral("elapsed_ms"), result.elapsedMs},
    };
    if (result.ok) {
        log::info(lcUi(), QStringLiteral("connection test succeeded"), context);
    } else {
        const ErrorKind kind = m_timedOut               ? ErrorKind::Timeout
                               : result.httpStatus != 0 ? ErrorKind::Http
                               : m_lastNetworkError == QNetworkReply::SslHandshakeFailedError
                                   ? ErrorKind::Tls
                                   : ErrorKind::Network;
        log::warning(lcUi(), QStringLiteral("connection test failed"), context, Error(kind, result.message));
    }
    emit finished(result);
}

} // namespace cc::ui
