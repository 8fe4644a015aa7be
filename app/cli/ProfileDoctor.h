#pragma once

#include "app/core/Profile.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace cc::cli {

// The verdict on one part of a profile's backend.
struct DoctorFinding {
    QString part; // "rest", "auth", "signin", "rpc", "realtime", "email"
    bool ok = false;
    QString summary; // what was found, one sentence
    QString fix;     // what to change when !ok, one sentence

    QJsonObject toJson() const;
};

// Tries each part a profile depends on, once and in parallel, and says precisely what is wrong and how to
// fix it: the data API (reachability, the anon key, the campaigns table), sign-in (GoTrue health, or the OIDC
// discovery document), the browser sign-in setup (SignInSetupCheck: provider enabled, loopback redirect
// allowed, PKCE), the execute_transaction RPC, and the e-mail API. Each probe is a single raw request
// with a timeout, deliberately not the ApiClient's retries and circuit breaker: a diagnosis must report what
// the server answers to one attempt. Realtime is one WebSocket join (RealtimeProbe).
class ProfileDoctor : public QObject {
    Q_OBJECT
public:
    ProfileDoctor(Profile profile, QNetworkAccessManager& network, QObject* parent = nullptr);

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    // Starts every probe; finished() follows once all have answered or timed out.
    void run();
    const QList<DoctorFinding>& findings() const { return m_findings; }
    bool allOk() const;

signals:
    void finished();

private:
    struct Answer {
        int status = 0; // 0: no HTTP answer
        QString networkError;
        QJsonObject body; // the JSON object body, if any
        QByteArray raw;
    };
    using Judge = DoctorFinding (ProfileDoctor::*)(const Answer&) const;

    void probe(const QString& part, const QUrl& url, const QByteArray& method, const QByteArray& body,
               Judge judge);
    QUrl under(const QString& path) const;

    DoctorFinding judgeRest(const Answer& answer) const;
    DoctorFinding judgeAuth(const Answer& answer) const;
    DoctorFinding judgeDiscovery(const Answer& answer) const;
    DoctorFinding judgeRpc(const Answer& answer) const;
    DoctorFinding judgeEmail(const Answer& answer) const;
    void record(DoctorFinding finding);
    // Findings every part shares: no answer at all, or the key refused.
    std::optional<DoctorFinding> judgeCommon(const QString& part, const Answer& answer) const;

    Profile m_profile;
    QNetworkAccessManager& m_network;
    int m_timeoutMs = 10000;
    int m_pending = 0;
    QList<DoctorFinding> m_findings;
};

} // namespace cc::cli
