#include "app/auth/SignInSetupCheck.h"

#include "app/auth/IdToken.h"
#include "app/auth/Pkce.h"
#include "app/core/RandomSource.h"
#include "app/core/UrlPolicy.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace cc::auth {

namespace {

// Any port: the console listens on one the system picks, so only this shape can be checked.
const QString kProbeRedirect = QStringLiteral("http://127.0.0.1:53682/callback");
const QString kRedirectPattern = QStringLiteral("http://127.0.0.1:*/**");

SignInSetupFinding good(const QString& summary) {
    return {true, summary, {}, {}, {}};
}

SignInSetupFinding bad(const QString& summary, const QString& fix) {
    return {false, summary, fix, {}, {}};
}

QString message(const QJsonObject& body) {
    for (const char* key : {"msg", "message", "error_description", "error"}) {
        const QString text = body.value(QLatin1String(key)).toString();
        if (!text.isEmpty()) {
            return text;
        }
    }
    return {};
}

} // namespace

SignInSetupCheck::SignInSetupCheck(Profile profile, QNetworkAccessManager& network, Audience audience,
                                   QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_network(network)
    , m_audience(audience) {}

QUrl SignInSetupCheck::under(const QString& path) const {
    QString base = m_profile.projectUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    return QUrl(base + path);
}

QString SignInSetupCheck::editProviderFix(const QString& provider) const {
    if (m_audience == Audience::Settings) {
        return tr("Choose %1 as the provider in the profile and save it.").arg(provider);
    }
    return tr("Run: campaignctl profiles edit %1 --provider %2").arg(m_profile.name, provider);
}

QString SignInSetupCheck::providerToUse() const {
    if (!m_profile.authProvider.isEmpty()) {
        return m_profile.authProvider;
    }
    return m_settings ? m_settings->soleProvider() : QString();
}

void SignInSetupCheck::run() {
    if (m_profile.authFlavor == QStringLiteral("oidc")) {
        finish(
            good(tr("Sign-in goes through the OpenID issuer; its discovery document is checked instead.")));
        return;
    }
    get(under(QStringLiteral("/auth/v1/settings")),
        [this](int status, const QByteArray& raw, const QUrl&, const QString& networkError) {
            const QJsonObject body = QJsonDocument::fromJson(raw).object();
            m_settings = AuthSettings::fromJson(body);
            if (auto verdict = judgeSettings(status, body, networkError)) {
                finish(*verdict);
                return;
            }
            QUrl authorize = under(QStringLiteral("/auth/v1/authorize"));
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("provider"), providerToUse());
            query.addQueryItem(QStringLiteral("redirect_to"),
                               QString::fromLatin1(QUrl::toPercentEncoding(kProbeRedirect)));
            query.addQueryItem(QStringLiteral("code_challenge"),
                               Pkce::challengeS256(Pkce::createVerifier(SystemRandom::instance())));
            query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("s256"));
            authorize.setQuery(query);
            get(authorize,
                [this](int status, const QByteArray& raw, const QUrl& location, const QString& networkError) {
                    finish(judgeAuthorize(status, raw, location, networkError));
                });
        });
}

std::optional<SignInSetupFinding> SignInSetupCheck::judgeSettings(int status, const QJsonObject& body,
                                                                  const QString& networkError) const {
    if (status == 0) {
        return bad(tr("No answer from the Auth service: %1.").arg(networkError),
                   tr("Check the project URL and the network.") +
                       (m_audience == Audience::CommandLine
                            ? QStringLiteral(" (campaignctl profiles edit %1 --url URL)").arg(m_profile.name)
                            : QString()));
    }
    if (status == 401 || status == 403) {
        return bad(tr("The Auth service refused the anon key (HTTP %1).").arg(status),
                   tr("Copy the anon (publishable) key from Project Settings > API into the profile."));
    }
    const std::optional<AuthSettings> settings = AuthSettings::fromJson(body);
    if (status != 200 || !settings) {
        return bad(
            tr("The Auth service did not say which sign-in providers it offers (HTTP %1).").arg(status),
            tr("Check that the profile's URL is the project URL (https://<ref>.supabase.co)."));
    }
    const QString enableFix = tr("Enable a provider in the Supabase dashboard: Authentication > Sign In / "
                                 "Providers (docs/real-supabase.md).");
    if (settings->browserProviders.isEmpty()) {
        SignInSetupFinding finding =
            bad(tr("The project has no browser sign-in provider enabled."), enableFix);
        return finding;
    }
    const QString offered = settings->browserProviders.join(QStringLiteral(", "));
    const QString named = m_profile.authProvider;
    if (named.isEmpty()) {
        const QString sole = settings->soleProvider();
        SignInSetupFinding finding =
            bad(tr("The profile names no sign-in provider; the project offers: %1.").arg(offered),
                sole.isEmpty() ? editProviderFix(settings->browserProviders.first()) : editProviderFix(sole));
        finding.providers = settings->browserProviders;
        finding.suggestedProvider = sole;
        return finding;
    }
    if (!settings->offers(named)) {
        SignInSetupFinding finding =
            bad(tr("The provider %1 is not enabled on the server; it offers: %2.").arg(named, offered),
                tr("Enable %1 in the Supabase dashboard (Authentication > Sign In / Providers), or: %2")
                    .arg(named, editProviderFix(settings->browserProviders.first())));
        finding.providers = settings->browserProviders;
        finding.suggestedProvider = settings->soleProvider();
        return finding;
    }
    return std::nullopt;
}

SignInSetupFinding SignInSetupCheck::judgeAuthorize(int status, const QByteArray& raw, const QUrl& location,
                                                    const QString& networkError) const {
    const QString provider = providerToUse();
    const QString redirectFix =
        tr("Add %1 to Authentication > URL Configuration > Redirect URLs (docs/real-supabase.md).")
            .arg(kRedirectPattern);
    SignInSetupFinding finding = [&]() -> SignInSetupFinding {
        if (status == 0) {
            return bad(tr("No answer from the sign-in page: %1.").arg(networkError),
                       tr("Check the project URL and the network."));
        }
        const QJsonObject body = QJsonDocument::fromJson(raw).object();
        if (body.value(QStringLiteral("error_code")).toString() == QStringLiteral("provider_disabled")) {
            return bad(tr("The server refuses the provider %1: %2").arg(provider, message(body)),
                       tr("Enable %1 in the Supabase dashboard (Authentication > Sign In / Providers).")
                           .arg(provider));
        }
        if (status >= 400) {
            const QString text = body.isEmpty() ? QString::fromUtf8(raw) : message(body);
            if (text.contains(QStringLiteral("redirect"), Qt::CaseInsensitive)) {
                return bad(tr("The server does not allow sign-in to return to this computer."), redirectFix);
            }
            return bad(tr("The sign-in page answered HTTP %1: %2").arg(status).arg(message(body)).trimmed(),
                       tr("Check the provider's settings in the Supabase dashboard."));
        }
        if (status >= 300 && status < 400) {
            const QUrlQuery back(location);
            if (UrlPolicy::isLoopbackHost(location.host()) && back.hasQueryItem(QStringLiteral("error"))) {
                // Refused after the redirect was trusted: e.g. no PKCE.
                return bad(
                    tr("The server refused the sign-in request: %1")
                        .arg(back.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)),
                    tr("Update the console: it must send a PKCE (S256) challenge."));
            }
            // GoTrue sends the browser on to the provider; what it will come back to travels in the signed
            // state (its `referrer`), and a PKCE flow in `flow_state_id`.
            const QString state = QUrlQuery(location).queryItemValue(QStringLiteral("state"));
            const auto claims = IdToken::claims(state);
            if (claims) {
                const QJsonObject c = claims.value();
                const QUrl referrer(c.value(QStringLiteral("referrer")).toString());
                if (c.contains(QStringLiteral("referrer")) && !UrlPolicy::isLoopbackHost(referrer.host())) {
                    return bad(tr("The server would send the sign-in back to %1, not to this computer.")
                                   .arg(referrer.toString(QUrl::RemoveQuery | QUrl::RemovePath)),
                               redirectFix);
                }
                if (c.contains(QStringLiteral("flow_state_id")) &&
                    c.value(QStringLiteral("flow_state_id")).toString().isEmpty()) {
                    return bad(tr("The server did not start a PKCE flow."),
                               tr("Update Supabase Auth (GoTrue) to a version with PKCE (v2.40 or later)."));
                }
            }
        }
        return good(
            tr("Sign-in with %1 is enabled, may return to this computer and uses PKCE.").arg(provider));
    }();
    if (m_settings) {
        finding.providers = m_settings->browserProviders;
    }
    return finding;
}

void SignInSetupCheck::get(const QUrl& url, std::function<void(int, QByteArray, QUrl, QString)> done) {
    QNetworkRequest request(url);
    request.setRawHeader("apikey", m_profile.anonKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_network.get(request);
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] { reply->abort(); });
    timer->start(m_timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer, done = std::move(done)] {
        const bool timedOut = !timer->isActive();
        timer->stop();
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString error = status != 0 ? QString()
                              : timedOut  ? tr("no answer within %1 s").arg(m_timeoutMs / 1000.0)
                                          : reply->errorString();
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        done(status, reply->readAll(), location, error);
    });
}

void SignInSetupCheck::finish(SignInSetupFinding finding) {
    m_finding = std::move(finding);
    emit finished();
}

} // namespace cc::auth
