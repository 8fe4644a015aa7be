#pragma once

#include "app/sandbox/HttpRequest.h"
#include "app/sandbox/HttpResponse.h"
#include "app/sandbox/SandboxInfo.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace cc {
class Clock;
class RandomSource;
} // namespace cc

namespace cc::sandbox {

class KeyRing;

// Colleagues at work, for the demo: every interval one of the demo marketers changes one of their own
// campaigns (pauses or resumes it, schedules a draft, adjusts a budget) through the sandbox's own REST
// endpoint, with their own token. So the change takes the same path as any client's write (row-level
// security, commit, realtime event), and the console's live feed and table have something to show.
class DemoActivity : public QObject {
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    DemoActivity(Handler handler, const KeyRing& keys, QList<SandboxUser> users, RandomSource& random,
                 int intervalMs, QObject* parent = nullptr);

    // One colleague's change now; false when nothing could be changed (no marketer, no campaign).
    bool act();
    int changesMade() const { return m_changes; }

private:
    HttpRequest request(QByteArray method, const QString& query, const QString& token,
                        const QByteArray& body = {}) const;

    Handler m_handler;
    const KeyRing& m_keys;
    QList<SandboxUser> m_marketers;
    RandomSource& m_random;
    QTimer m_timer;
    int m_changes = 0;
};

} // namespace cc::sandbox
