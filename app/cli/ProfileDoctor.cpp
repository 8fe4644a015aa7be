#include "app/cli/ProfileDoctor.h"

#include "app/auth/SignInSetupCheck.h"
#include "app/cli/RealtimeProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace cc::cli {

namespace {

const QStringList kOrder{QStringLiteral("rest"), QStringLiteral("auth"),     QStringLiteral("signin"),
                         QStringLiteral("rpc"),  QStringLiteral("realtime"), QStringLiteral("email")};

DoctorFinding good(const QString& part, const QString& summary) {
    return {part, true, summary, {}};
}

DoctorFinding bad(const QString& part, const QString& summary, const QString& fix) {
    return {part, false, summary, fix};
}

QString code(const QJsonObject& body) {
    return body.value(QStringLiteral("code")).toString();
}

QString serverMessage(const QJsonObject& body) {
    const QString message = body.value(QStringLiteral("message")).toString();
    return message.isEmpty() ? body.value(QStringLiteral("msg")).toString() : message;
}

} // namespace

QJsonObject DoctorFinding::toJson() const {
    QJsonObject object{
        {QStringLiteral("part"), part}, {QStringLiteral("ok"), ok}, {QStringLiteral("summary"), summary}};
    if (!ok) {
        object.insert(QStringLiteral("fix"), fix);
    }
    return object;
}

ProfileDoctor::ProfileDoctor(Profile profile, QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_network(network) {}

bool ProfileDoctor::allOk() const {
    return std::all_of(m_findings.begin(), m_findings.end(), [](const DoctorFinding& f) { return f.ok; });
}

QUrl ProfileDoctor::under(const QString& path) const {
    QString base = m_profile.projectUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    return QUrl(base + path);
}

void ProfileDoctor::run() {
    m_findings.clear();
    m_pending = 6;
    probe(QStringLiteral("rest"), under(QStringLiteral("/rest/v1/campaigns?select=id&limit=1")), "GET", {},
          &ProfileDoctor::judgeRest);
    if (m_profile.authFlavor == QStringLiteral("oidc")) {
        QString issuer = m_profile.oidcIssuer.toString(QUrl::FullyEncoded);
        while (issuer.endsWith(QLatin1Char('/'))) {
            issuer.chop(1);
        }
        probe(QStringLiteral("auth"), QUrl(issuer + QStringLiteral("/.well-known/openid-configuration")),
              "GET", {}, &ProfileDoctor::judgeDiscovery);
    } else {
        probe(QStringLiteral("auth"), under(QStringLiteral("/auth/v1/health")), "GET", {},
              &ProfileDoctor::judgeAuth);
    }
    // An empty operation list is refused (400 22023) before anything runs, by the sandbox and the SQL alike;
    // a missing function is 404 PGRST202. So this tells "present" from "absent" without changing data.
    probe(QStringLiteral("rpc"), under(QStringLiteral("/rest/v1/rpc/execute_transaction")), "POST",
          R"({"operations":[]})", &ProfileDoctor::judgeRpc);
    QString email = m_profile.effectiveEmailApiUrl().toString(QUrl::FullyEncoded);
    while (email.endsWith(QLatin1Char('/'))) {
        email.chop(1);
    }
    probe(QStringLiteral("email"), QUrl(email + QStringLiteral("/health")), "GET", {},
          &ProfileDoctor::judgeEmail);
    auto* signIn =
        new auth::SignInSetupCheck(m_profile, m_network, auth::SignInSetupCheck::Audience::CommandLine, this);
    signIn->setTimeoutMs(m_timeoutMs);
    connect(signIn, &auth::SignInSetupCheck::finished, this, [this, signIn] {
        signIn->deleteLater();
        const auth::SignInSetupFinding& found = signIn->finding();
        record({QStringLiteral("signin"), found.ok, found.summary, found.fix});
    });
    signIn->run();
    auto* realtime = new RealtimeProbe(m_profile, this);
    realtime->setTimeoutMs(m_timeoutMs);
    connect(realtime, &RealtimeProbe::finished, this, [this, realtime] {
        realtime->deleteLater();
        record(realtime->finding());
    });
    realtime->run();
}

void ProfileDoctor::record(DoctorFinding finding) {
    m_findings.append(std::move(finding));
    if (--m_pending == 0) {
        std::sort(m_findings.begin(), m_findings.end(), [](const DoctorFinding& a, const DoctorFinding& b) {
            return kOrder.indexOf(a.part) < kOrder.indexOf(b.part);
        });
        emit finished();
    }
}

void ProfileDoctor::probe(const QString& part, const QUrl& url, const QByteArray& method,
                          const QByteArray& body, Judge judge) {
    QNetworkRequest request(url);
    request.setRawHeader("apikey", m_profile.anonKey.toUtf8());
    // Supabase accepts the key itself as the bearer when nobody is signed in (legacy and new keys alike).
    request.setRawHeader("Authorization", "Bearer " + m_profile.anonKey.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] { reply->abort(); });
    timer->start(m_timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, part, judge, timer] {
        const bool timedOut = !timer->isActive();
        timer->stop();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (answer.status == 0) {
            answer.networkError =
                timedOut ? tr("no answer within %1 s").arg(m_timeoutMs / 1000.0) : reply->errorString();
        }
        answer.raw = reply->readAll();
        answer.body = QJsonDocument::fromJson(answer.raw).object();
        reply->deleteLater();
        DoctorFinding finding = (this->*judge)(answer);
        finding.part = part;
        record(finding);
    });
}

std::optional<DoctorFinding> ProfileDoctor::judgeCommon(const QString& part, const Answer& answer) const {
    if (answer.status == 0) {
        return bad(part, tr("No answer from the server: %1.").arg(answer.networkError),
                   part == QStringLiteral("email")
                       ? tr("Check the URLs in the profile (--url or --email-url) and the network; a paused "
                            "Supabase project must be restored in the dashboard.")
                       : tr("Check the URL in the profile (--url) and the network; a paused Supabase project "
                            "must be restored in the dashboard."));
    }
    const QString message = serverMessage(answer.body);
    if (answer.status == 401 && (message.contains(QStringLiteral("API key"), Qt::CaseInsensitive) ||
                                 code(answer.body).startsWith(QStringLiteral("PGRST30")))) {
        return bad(
            part, tr("The server refused the profile's anon key (%1).").arg(message),
            tr("Copy the anon (publishable) key from Project Settings > API and save it in the profile "
               "(campaignctl profiles add --anon-key ...)."));
    }
    if (answer.status >= 500) {
        return bad(part, tr("The server is failing: HTTP %1 %2").arg(answer.status).arg(message).trimmed(),
                   tr("This is on the server side: check the project's status in the Supabase dashboard and "
                      "try again later."));
    }
    return std::nullopt;
}

DoctorFinding ProfileDoctor::judgeRest(const Answer& answer) const {
    const QString part = QStringLiteral("rest");
    if (auto common = judgeCommon(part, answer)) {
        return *common;
    }
    if (answer.status == 200 || answer.status == 206) {
        return good(part, tr("The data API answers and the campaigns table is there."));
    }
    if (answer.status == 404 || code(answer.body) == QStringLiteral("42P01") ||
        code(answer.body) == QStringLiteral("PGRST205")) {
        return bad(part, tr("The campaigns table does not exist (%1).").arg(serverMessage(answer.body)),
                   tr("Run the migrations in resources/supabase/migrations on the project "
                      "(docs/real-supabase.md, step 2)."));
    }
    return bad(part,
               tr("The data API answered HTTP %1: %2").arg(answer.status).arg(serverMessage(answer.body)),
               tr("Check that the profile's URL is the project URL (https://<ref>.supabase.co)."));
}

DoctorFinding ProfileDoctor::judgeAuth(const Answer& answer) const {
    const QString part = QStringLiteral("auth");
    if (auto common = judgeCommon(part, answer)) {
        return *common;
    }
    if (answer.status == 200) {
        return good(part,
                    tr("Supabase Auth answers (%1).")
                        .arg(answer.body.value(QStringLiteral("name")).toString(QStringLiteral("GoTrue"))));
    }
    return bad(
        part, tr("Supabase Auth answered HTTP %1 to its health check.").arg(answer.status),
        tr("Check that the profile's URL is the project URL and that Auth is enabled for the project."));
}

DoctorFinding ProfileDoctor::judgeDiscovery(const Answer& answer) const {
    const QString part = QStringLiteral("auth");
    const QString fix =
        tr("Set --issuer to https://<ref>.supabase.co/auth/v1 and enable the OAuth 2.1 server "
           "(Authentication > OAuth Server).");
    if (answer.status == 0) {
        return bad(part, tr("No answer from the OpenID issuer: %1.").arg(answer.networkError), fix);
    }
    if (answer.status != 200 || answer.body.isEmpty()) {
        return bad(part, tr("The issuer has no OpenID configuration (HTTP %1).").arg(answer.status), fix);
    }
    const QJsonArray methods =
        answer.body.value(QStringLiteral("code_challenge_methods_supported")).toArray();
    if (!methods.contains(QStringLiteral("S256"))) {
        return bad(part, tr("The issuer does not offer PKCE with S256."), fix);
    }
    return good(part, tr("The OpenID issuer answers and supports PKCE (S256)."));
}

DoctorFinding ProfileDoctor::judgeRpc(const Answer& answer) const {
    const QString part = QStringLiteral("rpc");
    if (auto common = judgeCommon(part, answer)) {
        return *common;
    }
    if (answer.status == 400 && code(answer.body) == QStringLiteral("22023")) {
        return good(part, tr("execute_transaction is installed."));
    }
    if (answer.status == 404 || code(answer.body) == QStringLiteral("PGRST202")) {
        return bad(part, tr("The function public.execute_transaction(operations) is missing."),
                   tr("Run resources/supabase/migrations/20261125090300_execute_transaction.sql (and the "
                      "migrations before it), then reload the schema cache: NOTIFY pgrst, 'reload schema'."));
    }
    return bad(
        part,
        tr("execute_transaction answered HTTP %1: %2").arg(answer.status).arg(serverMessage(answer.body)),
        tr("Re-run the migrations: the installed function does not behave like the console expects."));
}

DoctorFinding ProfileDoctor::judgeEmail(const Answer& answer) const {
    const QString part = QStringLiteral("email");
    if (auto common = judgeCommon(part, answer)) {
        return *common;
    }
    if (answer.status == 200) {
        return good(part, tr("The e-mail API answers."));
    }
    return bad(part, tr("The e-mail API answered HTTP %1 to its health check.").arg(answer.status),
               tr("Set --email-url to the e-mail API's base URL (default <url>/api/email)."));
}

} // namespace cc::cli
