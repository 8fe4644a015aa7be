#pragma once

#include "app/cli/ProfileDoctor.h"
#include "app/core/Profile.h"

#include <QObject>
#include <QTimer>
#include <QWebSocket>

namespace cc::cli {

// campaignctl doctor's realtime check: one WebSocket to <url>/realtime/v1/websocket with the profile's key,
// one phx_join of a postgres_changes channel on public.campaigns, and a verdict from what the server answers
// (the handshake status, the join reply's "<Code>: <message>" reason, the "Subscribed to PostgreSQL" system
// message). Deliberately not the console's RealtimeClient: no reconnects, no retries, one attempt reported as
// is.
class RealtimeProbe : public QObject {
    Q_OBJECT
public:
    explicit RealtimeProbe(Profile profile, QObject* parent = nullptr);

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    // Starts the attempt; finished() follows once, with the verdict (part "realtime").
    void run();
    const DoctorFinding& finding() const { return m_finding; }

    // The socket URL for a project URL: http -> ws, https -> wss, path /realtime/v1/websocket, apikey and
    // vsn.
    static QUrl socketUrl(const QUrl& projectUrl, const QString& apiKey);
    // The verdict for a join refused with Supabase's reason ("Unauthorized: ...", "TenantNotFound: ...").
    static DoctorFinding judgeJoinError(const QString& reason);

signals:
    void finished();

private:
    void onConnected();
    void onText(const QString& text);
    void onSocketError();
    void conclude(DoctorFinding finding);

    Profile m_profile;
    QWebSocket m_socket;
    QTimer m_timeout;
    int m_timeoutMs = 10000;
    bool m_connected = false;
    bool m_joined = false;
    bool m_done = false;
    DoctorFinding m_finding;
};

} // namespace cc::cli
